/-
Copyright (c) 2026 The hopfield-bridge authors. All rights reserved.
Released under Apache 2.0 license.
-/
import Hopfield.Bridge

/-!
# Worked examples

A teaching file: every main definition of the library evaluated on a concrete
network, first as `#eval` demonstrations (the values in the comments were
worked out by hand from the definitions, not copied from a Lean run), then as
small `example`s that the kernel checks.

* The paper's 4-neuron Hebbian network: patterns `[1, 1, -1, -1]` and
  `[-1, 1, -1, 1]`, thresholds `0`, start state `[1, -1, -1, 1]`; the cyclic
  dynamics reaches the stored pattern `[-1, 1, -1, 1]` after two updates.
* The paper's 2-neuron Boltzmann machine (`FastDemo.lean` in the paper's
  repository): `W = [[0, 1], [1, 0]]`, `θ = 0`, state `[1, -1]`, at `β = 1`.
  The exact mode needs a rational base `b = exp β`, and `exp 1` is not
  rational, so the demonstrations below use `b = 2` (that is, `β = log 2`).
* An asymmetric 2-neuron network whose cyclic dynamics never settles: the
  symmetry hypothesis of T4/T5 cannot be dropped.

This file is not imported by `Hopfield`; check it with
`lake env lean lean/Hopfield/Examples.lean`.

## Conventions
States are lists in site order; a configuration's index has site `0` as the
least significant bit, so index `1` of a 2-site network is `[1, -1]`.
-/

namespace Hopfield.Examples

/-! ## The 4-neuron Hebbian network -/

/-- The two stored patterns `[1, 1, -1, -1]` and `[-1, 1, -1, 1]`. -/
def patterns4 : Fin 2 → Fin 4 → ℚ := ![![1, 1, -1, -1], ![-1, 1, -1, 1]]

/-- Hebbian weights of `patterns4`: `W = Σ_k p_k p_kᵀ - 2 • 1`. -/
def W4 : Matrix (Fin 4) (Fin 4) ℚ := hebbian patterns4

/-- Zero thresholds. -/
def θ4 : Fin 4 → ℚ := 0

/-- The start state `[1, -1, -1, 1]`. -/
def start4 : Fin 4 → ℚ := ![1, -1, -1, 1]

/-- The stored pattern the dynamics reaches, `[-1, 1, -1, 1]`. -/
def target4 : Fin 4 → ℚ := ![-1, 1, -1, 1]

-- By hand: the only non-zero weights are `W 0 3 = W 3 0 = -2` and `W 1 2 = W 2 1 = -2`.
#eval (List.finRange 4).map fun u => (List.finRange 4).map fun v => W4 u v

-- Net inputs at the start state; by hand `[-2, 2, 2, -2]`.
#eval (List.finRange 4).map fun u => netInput W4 start4 u

-- Energies; by hand `E(start) = 4` and `E(target) = -4`. The change of one update is given
-- by T1 (`energy_up_sub`) and is never positive by T2 (`energy_up_le`).
#eval (energy W4 θ4 start4, energy W4 θ4 target4)

-- One update of site 0 flips it to `-1` (net input `-2 < 0`); by hand `[-1, -1, -1, 1]`.
#eval List.ofFn (up W4 θ4 start4 0)

-- The cyclic dynamics: by hand `[1, -1, -1, 1]`, `[-1, -1, -1, 1]`, `[-1, 1, -1, 1]`, …
#eval (trajectory W4 θ4 (cyclicSeq 4) start4 4).map List.ofFn

-- The first stable step; by hand `some 2` (T5 bounds it by `4 * 2 ^ 4`).
#eval convSteps W4 θ4 (cyclicSeq 4) start4 (4 * 2 ^ 4)

-- Stability: the start is not stable, the target is; by hand `(false, true)`.
#eval (decide (IsStable W4 θ4 start4), decide (IsStable W4 θ4 target4))

-- T7 (`hebbian_pattern_isStable`): two orthogonal patterns, `m = 2 < n = 4`, both stable.
#eval (List.finRange 2).map fun k => decide (IsStable W4 θ4 (patterns4 k))

-- The same instance through the JSON bridge (one result line).
#eval Bridge.runInstance "{\"schema\": \"hopfield-bridge/instance/1\", \
  \"name\": \"paper-hebbian-4\", \"n\": 4, \
  \"patterns\": [[1, 1, -1, -1], [-1, 1, -1, 1]], \"state\": [1, -1, -1, 1]}"

/-! ## The 2-neuron Boltzmann machine -/

/-- The weights `[[0, 1], [1, 0]]` of the paper's 2-neuron demo. -/
def W2 : Matrix (Fin 2) (Fin 2) ℤ := !![0, 1; 1, 0]

/-- Zero thresholds. -/
def θ2 : Fin 2 → ℤ := 0

/-- The demo state `[1, -1]`, configuration index `1`. -/
def c2 : Config 2 := Config.ofIndex 2 1

/-- The base `b = exp β = 2` used for the exact demonstrations. -/
def b2 : ℚ := 2

-- Integer energies of the four configurations in index order; by hand `[-1, 1, 1, -1]`.
#eval (Config.all 2).map fun c => energyInt W2 θ2 c.spin

-- Heat-bath probabilities of `+1` at the demo state; by hand `[1/5, 4/5]` (T9).
#eval (List.finRange 2).map fun u => gibbsProbPosBase b2 W2 θ2 c2 u

-- Partition function and Boltzmann law; by hand `5` and `[2/5, 1/10, 1/10, 2/5]`.
#eval (partitionBase b2 W2 θ2, (Config.all 2).map fun c => boltzmannBase b2 W2 θ2 c)

-- The random-scan kernel row of the demo state; by hand `[2/5, 1/5, 0, 2/5]`, sum `1`.
#eval (Config.all 2).map fun c' => randomScanKernelBase b2 W2 θ2 c2 c'

-- Detailed balance on all 16 pairs (T10/T11, `randomScanKernel_reversible`); by hand `true`.
#eval (Config.all 2).all fun c => (Config.all 2).all fun c' =>
  boltzmannBase b2 W2 θ2 c * randomScanKernelBase b2 W2 θ2 c c' ==
    boltzmannBase b2 W2 θ2 c' * randomScanKernelBase b2 W2 θ2 c' c

-- Positive diagonal (T12): every `K(c, c)` is positive; by hand `true`.
#eval (Config.all 2).all fun c => decide (0 < randomScanKernelBase b2 W2 θ2 c c)

-- The same machine through the JSON bridge, with all four Boltzmann keys.
#eval Bridge.runInstance "{\"schema\": \"hopfield-bridge/instance/1\", \
  \"name\": \"paper-boltzmann-2\", \"n\": 2, \"weights\": [[0, 1], [1, 0]], \
  \"state\": [1, -1], \"exp_beta\": 2}"

/-! ## Dropping symmetry: a cycle

T4 (`exists_isStable_of_fair`) and T5 assume symmetric weights; without symmetry the
cyclic dynamics can cycle for ever.
-/

/-- Asymmetric weights `[[0, 1], [-1, 0]]`: site 0 copies site 1, site 1 opposes site 0. -/
def Wcyc : Matrix (Fin 2) (Fin 2) ℚ := !![0, 1; -1, 0]

-- From `[1, 1]` the cyclic dynamics goes round `[1, 1]`, `[1, 1]`, `[1, -1]`, `[-1, -1]`,
-- `[-1, 1]`, `[1, 1]`, … and no state on it is stable; by hand `none` within `2 * 2 ^ 2`.
#eval (trajectory Wcyc 0 (cyclicSeq 2) ![1, 1] 5).map List.ofFn
#eval convSteps Wcyc 0 (cyclicSeq 2) ![1, 1] (2 * 2 ^ 2)

-- Through the bridge the run stops at the first repeated `(state, phase)` pair: `([1, 1], 1)`
-- at step 5, first seen at step 1. By hand `conv_steps` is `null`, 6 states in the trajectory.
#eval Bridge.runInstance "{\"schema\": \"hopfield-bridge/instance/1\", \
  \"name\": \"asymmetric-cycle-2\", \"n\": 2, \"weights\": [[0, 1], [-1, 0]], \"state\": [1, 1]}"

-- A bad instance gives one error line that names the field.
#eval Bridge.runInstance "{\"schema\": \"hopfield-bridge/instance/1\", \
  \"name\": \"bad\", \"n\": 2, \"weights\": [[0, \"1/0\"], [1, 0]]}"

/-! ## Small kernel-checked facts

`decide +kernel` evaluates the `Decidable` instance with the kernel alone (no
elaborator-side `whnf`, so no transparency setting can block the `Finset` sums over
`Fin n`); the proof is `of_decide_eq_true rfl`, with no extra axiom. It is used only
on closed `ℕ` / `ℤ` / `Bool` / `Fin` facts. Facts over `ℚ` go through `norm_num`.
-/

/-- The same patterns over `ℤ`, so that `decide` can evaluate them. -/
def patterns4Z : Fin 2 → Fin 4 → ℤ := ![![1, 1, -1, -1], ![-1, 1, -1, 1]]

-- `hebbian`: an off-diagonal entry and a diagonal entry.
example : hebbian patterns4Z 0 3 = -2 := by decide +kernel
example : hebbian patterns4Z 2 2 = 0 := by decide +kernel

-- `netInput` of site 1 at the start state.
example : netInput (hebbian patterns4Z) ![1, -1, -1, 1] 1 = 2 := by decide +kernel

-- `cyclicSeq` wraps around.
example : cyclicSeq 4 6 = 2 := by decide +kernel

-- `Config.ofIndex` / `Config.index`: site 0 is the least significant bit.
example : Config.ofIndex 2 1 0 = true := by decide +kernel
example : Config.ofIndex 2 1 1 = false := by decide +kernel
example : Config.index (Config.ofIndex 3 6) = 6 := by decide +kernel

-- `energyInt` of the demo state `[1, -1]` of the 2-neuron machine.
example : energyInt W2 θ2 c2.spin = 1 := by decide +kernel

-- `probPosBase`: the logistic law `1 / (1 + b ^ (-2 L))` at `b = 2`.
example : probPosBase (2 : ℚ) 1 = 4 / 5 := by norm_num [probPosBase]
example : probPosBase (2 : ℚ) (-1) = 1 / 5 := by norm_num [probPosBase]

-- A zero local field gives `1/2` at every temperature (compare `zeroTempProbPos`, T19).
example (b : ℚ) : probPosBase b 0 = 1 / 2 := by norm_num [probPosBase]

end Hopfield.Examples
