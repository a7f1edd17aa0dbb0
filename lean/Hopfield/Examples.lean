/-
Copyright (c) 2026 The hopfield-bridge authors. All rights reserved.
Released under Apache 2.0 license.
-/
import Hopfield

/-!
# Worked examples

A teaching file: every main definition of the library evaluated on a concrete
network, first as `#eval` demonstrations (the values in the comments were
worked out by hand from the definitions, not copied from a Lean run), then as
small `example`s that the kernel checks, and finally the catalogue statements
T1–T20 applied to the same concrete networks, with every hypothesis discharged.

* The paper's 4-neuron Hebbian network: patterns `[1, 1, -1, -1]` and
  `[-1, 1, -1, 1]`, thresholds `0`, start state `[1, -1, -1, 1]`; the cyclic
  dynamics reaches the stored pattern `[-1, 1, -1, 1]` after two updates.
* The paper's 2-neuron Boltzmann machine (`FastDemo.lean` in the paper's
  repository): `W = [[0, 1], [1, 0]]`, `θ = 0`, state `[1, -1]`, at `β = 1`.
  The exact mode needs a rational base `b = exp β`, and `exp 1` is not
  rational, so the demonstrations below use `b = 2` (that is, `β = log 2`).
* An asymmetric 2-neuron network whose cyclic dynamics never settles: the
  symmetry hypothesis of T4/T5 cannot be dropped.

This file imports the library root `Hopfield` but is not imported by it; check it with
`lake env lean lean/Hopfield/Examples.lean`.

## Main statements
Section "Statements on concrete networks" (names in `Hopfield.Examples`):
* hypotheses: `hebbian_isSymm` (Hebbian weights are symmetric), `W4_isSymm`,
  `start4_isSpinVec`, `patterns4_isSpinVec`, `patterns4_orth`, `fair_cyclicSeq4`,
  `W2_isSymm`, `W2_diag`, `W2_hopfield`, `b2_pos`, and the real copies `W2R_isSymm`,
  `W2R_diag`, `W2R_hopfield`
* the 4-neuron Hebbian network: T1 (`energy_up_sub`), T2 (`energy_up_le`, also along
  the cyclic run), T3 (`energy_up_lt_or_pluses_lt`), T4 (`paper_exists_stable`),
  T5 (`paper_converges`), T6 (`paper_mulVec_pattern`), T7 (`paper_pattern_isStable`,
  `paper_target_isStable`), T8 (`energy_flip_relation`)
* the 2-neuron Boltzmann machine at `b = 2` over `ℚ`: T8 (`energyInt_flip_config`),
  T10, T11 (`demo_reversible`), row sums, T12 (`demo_diag_pos`), T13, T14, primitivity,
  stationarity, T15 (`demo_stationary_unique`), T16
* the same machine over `ℝ` at `β = 1`: T9 (`gibbsProbPosBase_exp`), T15, T17, T18
  (spectral dominance), T19, T20 (`demo_tendsto_boltzmann`)

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

/-! ## Statements on concrete networks

The catalogue statements applied to the networks above. Each hypothesis is proved once, as
a named theorem, and each statement is then a one-line application. Proofs that check
concrete numbers try a few closing tactics in turn (`first | … | …`), so that none of them
depends on the exact shape of the goals `fin_cases` produces.
-/

section Statements

open scoped Matrix

/-! ### Hypotheses of the 4-neuron Hebbian network -/

/-- Hebbian weights are symmetric, for any patterns. -/
theorem hebbian_isSymm {m n : ℕ} {R : Type*} [CommRing R] (p : Fin m → Fin n → R) :
    (hebbian p).IsSymm := by
  refine Matrix.IsSymm.ext fun u v => ?_
  -- goal: `hebbian p v u = hebbian p u v`
  by_cases h : u = v
  · rw [h]
  · rw [hebbian_apply, hebbian_apply, if_neg (Ne.symm h), if_neg h, sub_zero, sub_zero]
    exact Finset.sum_congr rfl fun k _ => mul_comm _ _

/-- The weights of the paper's network are symmetric (the hypothesis of T1–T5). -/
theorem W4_isSymm : W4.IsSymm :=
  hebbian_isSymm patterns4

/-- The start state `[1, -1, -1, 1]` is a `±1` state. -/
theorem start4_isSpinVec : IsSpinVec start4 := by
  intro u
  fin_cases u <;>
    first
    | (simp [start4]; done)
    | (norm_num [start4]; done)
    | decide

/-- Both stored patterns are `±1` states. -/
theorem patterns4_isSpinVec : ∀ k, IsSpinVec (patterns4 k) := by
  intro k u
  fin_cases k <;> fin_cases u <;>
    first
    | (simp [patterns4]; done)
    | (norm_num [patterns4]; done)
    | decide

/-- The two patterns are orthogonal: `1·(-1) + 1·1 + (-1)·(-1) + (-1)·1 = 0`. -/
theorem patterns4_orth : PairwiseOrthogonal patterns4 := by
  intro i j hij
  fin_cases i <;> fin_cases j
  all_goals
    first
    | exact absurd rfl hij
    | (norm_num [patterns4, Fin.sum_univ_four]; done)
    | (simp [patterns4, Fin.sum_univ_four]; done)
    | (simp [patterns4, Fin.sum_univ_four]; norm_num; done)
    | decide

/-- The second pattern is the state the cyclic dynamics reaches. -/
theorem patterns4_one : patterns4 1 = target4 := by
  funext u
  fin_cases u <;>
    first
    | rfl
    | (simp [patterns4, target4]; done)
    | decide

/-- The cyclic site sequence of the 4-neuron network is fair: site `u` comes back at time
`4 k + u ≥ k` (the hypothesis of T4). -/
theorem fair_cyclicSeq4 : Fair (cyclicSeq 4) := by
  intro u k
  exact ⟨4 * k + (u : ℕ), by omega, cyclicSeq_apply k u⟩

/-! ### T1–T8 on the 4-neuron Hebbian network -/

-- T1 (`energy_up_sub`): the energy change of updating site 0 of the start state.
example : energy W4 θ4 (up W4 θ4 start4 0) - energy W4 θ4 start4 =
    (start4 0 - up W4 θ4 start4 0 0) * (netInput W4 start4 0 - θ4 0) :=
  energy_up_sub W4_isSymm θ4 start4 0

-- T2 (`energy_up_le`): that update does not raise the energy (by hand it lowers it, 4 → 0).
example : energy W4 θ4 (up W4 θ4 start4 0) ≤ energy W4 θ4 start4 :=
  energy_up_le W4_isSymm θ4 start4_isSpinVec 0

-- T2 along the cyclic run: the energy never rises from one step to the next.
example (k : ℕ) :
    energy W4 θ4 (seqStates W4 θ4 (cyclicSeq 4) start4 (k + 1)) ≤
      energy W4 θ4 (seqStates W4 θ4 (cyclicSeq 4) start4 k) := by
  rw [seqStates_succ]
  exact energy_up_le W4_isSymm θ4
    (isSpinVec_seqStates W4 θ4 start4_isSpinVec (cyclicSeq 4) k) (cyclicSeq 4 k)

-- T3 (`energy_up_lt_or_pluses_lt`): on this network, an update that changes a `±1` state
-- lowers the energy, or keeps it and raises the number of `+1`s.
example {s : Fin 4 → ℚ} (hs : IsSpinVec s) (u : Fin 4) (hne : up W4 θ4 s u ≠ s) :
    energy W4 θ4 (up W4 θ4 s u) < energy W4 θ4 s ∨
      (energy W4 θ4 (up W4 θ4 s u) = energy W4 θ4 s ∧ pluses s < pluses (up W4 θ4 s u)) :=
  energy_up_lt_or_pluses_lt W4_isSymm hs u hne

/-- T4 (`exists_isStable_of_fair`): the fair cyclic run from the start state reaches a stable
state. -/
theorem paper_exists_stable : ∃ N, IsStable W4 θ4 (seqStates W4 θ4 (cyclicSeq 4) start4 N) :=
  exists_isStable_of_fair W4_isSymm θ4 start4_isSpinVec fair_cyclicSeq4

/-- T5 (`isStable_seqStates_cyclicSeq`): the cyclic run from the start state is stable within
`4 * 2 ^ 4 = 64` steps (by hand, and by `convSteps` above, after `2`). -/
theorem paper_converges :
    ∃ N ≤ 4 * 2 ^ 4, IsStable W4 θ4 (seqStates W4 θ4 (cyclicSeq 4) start4 N) :=
  isStable_seqStates_cyclicSeq W4_isSymm θ4 start4_isSpinVec

/-- T6 (`hebbian_mulVec_pattern`): each pattern is an eigenvector of `W4` with eigenvalue
`n - m = 4 - 2 = 2`. -/
theorem paper_mulVec_pattern (j : Fin 2) :
    (hebbian patterns4).mulVec (patterns4 j) = (2 : ℚ) • patterns4 j := by
  rw [hebbian_mulVec_pattern patterns4_orth (patterns4_isSpinVec j)]
  first
  | (congr 1 <;> norm_num; done)
  | (norm_num; done)
  | simp

/-- T7 (`hebbian_pattern_isStable`): both stored patterns are stable states (`m = 2 < n = 4`,
orthogonal `±1` patterns). -/
theorem paper_pattern_isStable (j : Fin 2) : IsStable (hebbian patterns4) 0 (patterns4 j) :=
  hebbian_pattern_isStable patterns4_isSpinVec patterns4_orth (by norm_num) j

/-- T7 for the state the dynamics reaches, `[-1, 1, -1, 1]`, in the notation of the
`#eval`s above. -/
theorem paper_target_isStable : IsStable W4 θ4 target4 := by
  rw [← patterns4_one]
  exact paper_pattern_isStable 1

-- T8 (`energy_flip_relation`): flipping site 0 of the start state, `E(s⁺) - E(s⁻) = -2 L₀(s)`.
example :
    energy W4 θ4 (Function.update start4 0 1) - energy W4 θ4 (Function.update start4 0 (-1)) =
      -2 * localField W4 θ4 start4 0 :=
  energy_flip_relation W4_isSymm θ4 start4 0

/-! ### Hypotheses of the 2-neuron Boltzmann machine -/

/-- `W2 = [[0, 1], [1, 0]]` is symmetric. -/
theorem W2_isSymm : W2.IsSymm :=
  Matrix.IsSymm.ext fun i j => by
    fin_cases i <;> fin_cases j <;>
      first
      | rfl
      | decide
      | (simp [W2]; done)

/-- `W2` has zero diagonal. -/
theorem W2_diag (u : Fin 2) : W2 u u = 0 := by
  fin_cases u <;>
    first
    | rfl
    | decide
    | (simp [W2]; done)

/-- `W2` satisfies the standing Hopfield hypothesis (of `boltzmannBase_isStationary`, T15). -/
theorem W2_hopfield : IsHopfieldWeights W2 :=
  ⟨W2_isSymm, W2_diag⟩

/-- The base `b = 2` is positive. -/
theorem b2_pos : (0 : ℚ) < b2 := by
  first
  | norm_num [b2]
  | (unfold b2
     norm_num)

/-! ### T8, T10–T16 on the 2-neuron machine over `ℚ`, `b = 2` -/

-- T8 (`energyInt_flip_config`): the integer flip relation at the demo state `[1, -1]`.
example (u : Fin 2) :
    energyInt W2 θ2 (Config.spin (Function.update c2 u true)) -
        energyInt W2 θ2 (Config.spin (Function.update c2 u false)) =
      -2 * localField W2 θ2 c2.spin u :=
  energyInt_flip_config W2_isSymm θ2 c2 u

-- T10 (`siteKernel_detailedBalance_base`): detailed balance of one heat-bath step at site `u`.
example (u : Fin 2) (c c' : Config 2) :
    boltzmannWeightBase b2 W2 θ2 c * siteKernel (gibbsProbPosBase b2 W2 θ2) u c c' =
      boltzmannWeightBase b2 W2 θ2 c' * siteKernel (gibbsProbPosBase b2 W2 θ2) u c' c :=
  siteKernel_detailedBalance_base b2_pos W2_isSymm θ2 u c c'

/-- T11 (`randomScanKernelBase_reversible`): the random-scan kernel of the demo machine is
reversible for its Boltzmann law (the `#eval` above checks the 16 pairs numerically). -/
theorem demo_reversible (c c' : Config 2) :
    boltzmannBase b2 W2 θ2 c * randomScanKernelBase b2 W2 θ2 c c' =
      boltzmannBase b2 W2 θ2 c' * randomScanKernelBase b2 W2 θ2 c' c :=
  randomScanKernelBase_reversible b2_pos W2_isSymm θ2 c c'

-- Rows of the kernel sum to one (`randomScanKernelBase_rowSum`).
example (c : Config 2) : ∑ c', randomScanKernelBase b2 W2 θ2 c c' = 1 :=
  randomScanKernelBase_rowSum (by norm_num) b2 W2 θ2 c

/-- T12 (`randomScanKernelBase_diag_pos`): every configuration is kept with positive
probability. -/
theorem demo_diag_pos (c : Config 2) : 0 < randomScanKernelBase b2 W2 θ2 c c :=
  randomScanKernelBase_diag_pos b2_pos (by norm_num) W2 θ2 c

-- T13 (`randomScanKernelBase_isIrreducible`): the kernel is irreducible.
example : (randomScanKernelBase b2 W2 θ2).IsIrreducible :=
  randomScanKernelBase_isIrreducible b2_pos (by norm_num) W2 θ2

-- T14 (`randomScanKernelBase_pow_pos`): `K ^ 2` is entrywise positive (`n = 2` sites) …
example (c c' : Config 2) : 0 < (randomScanKernelBase b2 W2 θ2 ^ 2) c c' :=
  randomScanKernelBase_pow_pos b2_pos W2 θ2 c c'

-- … so the kernel is primitive (`randomScanKernelBase_isPrimitive`).
example : (randomScanKernelBase b2 W2 θ2).IsPrimitive :=
  randomScanKernelBase_isPrimitive b2_pos (by norm_num) W2 θ2

-- The Boltzmann law `[2/5, 1/10, 1/10, 2/5]` is stationary (`boltzmannBase_isStationary`).
example :
    boltzmannBase b2 W2 θ2 ᵥ* randomScanKernelBase b2 W2 θ2 = boltzmannBase b2 W2 θ2 :=
  boltzmannBase_isStationary (by norm_num) b2_pos W2_hopfield θ2

/-- T15 (`randomScanKernelBase_stationary_unique`): any stationary law of the demo kernel is
its Boltzmann law. -/
theorem demo_stationary_unique {μ : Config 2 → ℚ} (hμ : ∀ c, 0 ≤ μ c) (hμ1 : ∑ c, μ c = 1)
    (hμst : μ ᵥ* randomScanKernelBase b2 W2 θ2 = μ) : μ = boltzmannBase b2 W2 θ2 :=
  randomScanKernelBase_stationary_unique (by norm_num) b2_pos W2_hopfield θ2 hμ hμ1 hμst

-- T16 (`exists_unique_stationary_of_irreducible`): the Perron–Frobenius form, from the row
-- sums and irreducibility alone: a unique stationary law, and it is positive.
example : ∃ μ : Config 2 → ℚ,
    ((∀ c, 0 < μ c) ∧ ∑ c, μ c = 1 ∧ μ ᵥ* randomScanKernelBase b2 W2 θ2 = μ) ∧
      ∀ ν : Config 2 → ℚ, (∀ c, 0 ≤ ν c) → ∑ c, ν c = 1 →
        ν ᵥ* randomScanKernelBase b2 W2 θ2 = ν → ν = μ :=
  exists_unique_stationary_of_irreducible (randomScanKernelBase_rowSum (by norm_num) b2 W2 θ2)
    (randomScanKernelBase_isIrreducible b2_pos (by norm_num) W2 θ2)

/-! ### The same machine over `ℝ` at `β = 1`: T9, T15, T17–T20

Over `ℝ` the paper's inverse temperature `β = 1` can be used as it is.
-/

/-- The weights of the demo machine cast to `ℝ`. -/
noncomputable def W2R : Matrix (Fin 2) (Fin 2) ℝ := W2.map (Int.cast : ℤ → ℝ)

/-- The thresholds of the demo machine cast to `ℝ`. -/
noncomputable def θ2R : Fin 2 → ℝ := fun v => (θ2 v : ℝ)

/-- The real weights are symmetric. -/
theorem W2R_isSymm : W2R.IsSymm :=
  W2_isSymm.map (Int.cast : ℤ → ℝ)

/-- The real weights have zero diagonal. -/
theorem W2R_diag (u : Fin 2) : W2R u u = 0 := by
  first
  | (show ((W2 u u : ℤ) : ℝ) = 0
     rw [W2_diag u, Int.cast_zero])
  | (simp [W2R, W2_diag]; done)
  | (fin_cases u <;> simp [W2R, W2])

/-- The real weights satisfy the standing Hopfield hypothesis. -/
theorem W2R_hopfield : IsHopfieldWeights W2R :=
  ⟨W2R_isSymm, W2R_diag⟩

-- T9 (`gibbsProbPosBase_exp`): at `b = exp β` the exact probabilities are the real logistic
-- ones, `1 / (1 + exp (-2 β L))`.
example (β : ℝ) (c : Config 2) (u : Fin 2) :
    gibbsProbPosBase (Real.exp β) W2 θ2 c u = probPos β W2R θ2R c.spin u :=
  gibbsProbPosBase_exp β W2 θ2 c u

-- T9 (`probPosBase_exp`) for a local field `L = 1`.
example (β : ℝ) :
    probPosBase (Real.exp β) 1 = 1 / (1 + Real.exp (-2 * β * ((1 : ℤ) : ℝ))) :=
  probPosBase_exp β 1

/-- Entries of the real kernel at `β = 1` are nonnegative (used by T17). -/
theorem demoR_nonneg (c c' : Config 2) : 0 ≤ randomScanKernelReal 1 W2R θ2R c c' :=
  randomScanKernel_nonneg' (fun (c : Config 2) (u : Fin 2) => probPos 1 W2R θ2R c.spin u)
    (fun c u => probPos_pos 1 W2R θ2R c.spin u) (fun c u => probPos_lt_one 1 W2R θ2R c.spin u)
    c c'

-- T15 (`randomScanKernel_stationary_unique`), real form at `β = 1`.
example {μ : Config 2 → ℝ} (hμ : ∀ c, 0 ≤ μ c) (hμ1 : ∑ c, μ c = 1)
    (hμst : μ ᵥ* randomScanKernelReal 1 W2R θ2R = μ) : μ = boltzmann 1 W2R θ2R :=
  randomScanKernel_stationary_unique (by norm_num) 1 W2R_hopfield θ2R hμ hμ1 hμst

-- T17 (`eigenvalue_abs_le_one`): every complex eigenvalue of the kernel has modulus `≤ 1`.
example {μ : ℂ} {v : Config 2 → ℂ} (hv : v ≠ 0)
    (heig : (randomScanKernelReal 1 W2R θ2R).map (fun x : ℝ => (x : ℂ)) *ᵥ v = μ • v) :
    ‖μ‖ ≤ 1 :=
  eigenvalue_abs_le_one (K := randomScanKernelReal 1 W2R θ2R) demoR_nonneg
    (randomScanKernelReal_rowSum (by norm_num) 1 W2R θ2R) hv heig

-- T18 (`eigenvalue_abs_lt_one_of_primitive`): every other eigenvalue has modulus `< 1`.
example {μ : ℂ} {v : Config 2 → ℂ} (hv : v ≠ 0)
    (heig : (randomScanKernelReal 1 W2R θ2R).map (fun x : ℝ => (x : ℂ)) *ᵥ v = μ • v)
    (hμ : μ ≠ 1) : ‖μ‖ < 1 :=
  eigenvalue_abs_lt_one_of_primitive (K := randomScanKernelReal 1 W2R θ2R)
    (randomScanKernelReal_rowSum (by norm_num) 1 W2R θ2R)
    (randomScanKernelReal_isPrimitive (by norm_num) 1 W2R θ2R) hv heig hμ

-- T19 (`tendsto_probPos_atTop`): as `β → ∞` the Gibbs probability at site 0 of the demo
-- state tends to the zero-temperature value.
example : Filter.Tendsto (fun β : ℝ => probPos β W2R θ2R c2.spin 0) Filter.atTop
    (nhds (zeroTempProbPos W2R θ2R c2.spin 0)) :=
  tendsto_probPos_atTop W2R θ2R c2.spin 0

/-- T20 (`randomScanKernel_tendsto_boltzmann`): from any initial law the law of the demo chain
at `β = 1` converges to the Boltzmann law. -/
theorem demo_tendsto_boltzmann {μ : Config 2 → ℝ} (hμ : ∀ c, 0 ≤ μ c) (hμ1 : ∑ c, μ c = 1) :
    Filter.Tendsto (fun k : ℕ => μ ᵥ* randomScanKernelReal 1 W2R θ2R ^ k) Filter.atTop
      (nhds (boltzmann 1 W2R θ2R)) :=
  randomScanKernel_tendsto_boltzmann (by norm_num) 1 W2R_hopfield θ2R hμ hμ1

end Statements

end Hopfield.Examples
