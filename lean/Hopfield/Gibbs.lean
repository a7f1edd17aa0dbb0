/-
Copyright (c) 2026 The hopfield-bridge authors. All rights reserved.
Released under Apache 2.0 license.
-/
import Hopfield.Dynamics

/-!
# Gibbs update and Boltzmann law

Configurations of `n` two-state sites, the heat-bath probability of `+1`, the
Boltzmann weights and law, in two forms:

* the **exact base form**: integer weights and thresholds, base `b = exp β` in
  any field; computable at `K = ℚ`, this is what `#eval` runs;
* the **real form**: real parameters and `Real.exp`, the form of the paper.

## Main definitions
* `Hopfield.Config` : `Fin n → Bool`, `true` being spin `+1`
* `Hopfield.Config.spin`, `Hopfield.Config.ofIndex`, `Hopfield.Config.index`
* `Hopfield.energyInt` : the energy of integer data as an integer
* `Hopfield.probPosBase` : `1 / (1 + b ^ (-2 L))`
* `Hopfield.gibbsProbPosBase`, `Hopfield.boltzmannWeightBase`,
  `Hopfield.partitionBase`, `Hopfield.boltzmannBase`
* `Hopfield.probPos`, `Hopfield.boltzmannWeight`, `Hopfield.partition`,
  `Hopfield.boltzmann` : the real forms
* `Hopfield.zeroTempProbPos` : the `β → ∞` limit of `probPos` (½ on a tie)

## Conventions
* State index `k = Σ_u [c u] * 2 ^ u`: site `0` is the least significant bit.
* `probPos` is the probability that the resampled site is `+1`.
-/

namespace Hopfield

open Finset

variable {n : ℕ}

/-- A configuration of `n` two-state sites: `true` is spin `+1`, `false` is `-1`. -/
abbrev Config (n : ℕ) := Fin n → Bool

namespace Config

/-- The `±1` state vector of a configuration. -/
def spin {R : Type*} [Ring R] (c : Config n) : Fin n → R :=
  fun u => if c u then 1 else -1

/-- The configuration with index `k`: site `u` is `+1` iff bit `u` of `k` is set. -/
def ofIndex (n k : ℕ) : Config n :=
  fun u => k.testBit u

/-- The index of a configuration, `Σ_u [c u] * 2 ^ u`. -/
def index (c : Config n) : ℕ :=
  ∑ u, if c u then 2 ^ (u : ℕ) else 0

/-- All `2 ^ n` configurations in index order. -/
def all (n : ℕ) : List (Config n) :=
  (List.range (2 ^ n)).map (ofIndex n)

end Config

section Exact

variable {K : Type*} [Field K]

/-- Energy of integer data, `-Σ_{u < v} W u v s u s v + Σ_u θ u s u`; equal to
`Hopfield.energy` when `W` is symmetric. -/
def energyInt (W : Matrix (Fin n) (Fin n) ℤ) (θ : Fin n → ℤ) (s : Fin n → ℤ) : ℤ :=
  -(∑ u, ∑ v ∈ univ.filter (fun v => u < v), W u v * s u * s v) + ∑ u, θ u * s u

/-- Heat-bath probability of `+1` for local field `L` and base `b = exp β`:
`1 / (1 + b ^ (-2 L))`. -/
def probPosBase (b : K) (L : ℤ) : K :=
  1 / (1 + b ^ (-2 * L))

/-- Probability that resampling site `u` of `c` gives `+1`, exact base form. -/
def gibbsProbPosBase (b : K) (W : Matrix (Fin n) (Fin n) ℤ) (θ : Fin n → ℤ)
    (c : Config n) (u : Fin n) : K :=
  probPosBase b (localField W θ c.spin u)

/-- Unnormalised Boltzmann weight `b ^ (-E(c))`, exact base form. -/
def boltzmannWeightBase (b : K) (W : Matrix (Fin n) (Fin n) ℤ) (θ : Fin n → ℤ)
    (c : Config n) : K :=
  b ^ (-energyInt W θ c.spin)

/-- Partition function `Z = Σ_c b ^ (-E(c))`, exact base form. -/
def partitionBase (b : K) (W : Matrix (Fin n) (Fin n) ℤ) (θ : Fin n → ℤ) : K :=
  ∑ c : Config n, boltzmannWeightBase b W θ c

/-- Boltzmann law `π(c) = b ^ (-E(c)) / Z`, exact base form. -/
def boltzmannBase (b : K) (W : Matrix (Fin n) (Fin n) ℤ) (θ : Fin n → ℤ)
    (c : Config n) : K :=
  boltzmannWeightBase b W θ c / partitionBase b W θ

end Exact

section Real

/-- Heat-bath probability of `+1` at site `u`: `1 / (1 + exp (-2 β L_u(s)))`. -/
noncomputable def probPos (β : ℝ) (W : Matrix (Fin n) (Fin n) ℝ) (θ : Fin n → ℝ)
    (s : Fin n → ℝ) (u : Fin n) : ℝ :=
  1 / (1 + Real.exp (-2 * β * localField W θ s u))

/-- Unnormalised Boltzmann weight `exp (-β E(c))`. -/
noncomputable def boltzmannWeight (β : ℝ) (W : Matrix (Fin n) (Fin n) ℝ)
    (θ : Fin n → ℝ) (c : Config n) : ℝ :=
  Real.exp (-β * energy W θ c.spin)

/-- Partition function `Z = Σ_c exp (-β E(c))`. -/
noncomputable def partition (β : ℝ) (W : Matrix (Fin n) (Fin n) ℝ) (θ : Fin n → ℝ) :
    ℝ :=
  ∑ c : Config n, boltzmannWeight β W θ c

/-- Boltzmann law `π(c) = exp (-β E(c)) / Z`. -/
noncomputable def boltzmann (β : ℝ) (W : Matrix (Fin n) (Fin n) ℝ) (θ : Fin n → ℝ)
    (c : Config n) : ℝ :=
  boltzmannWeight β W θ c / partition β W θ

end Real

/-- Zero-temperature limit of `probPos`: `1` if `θ u < net`, `0` if `net < θ u`,
`½` on a tie. -/
def zeroTempProbPos {R : Type*} [Field R] [LinearOrder R] (W : Matrix (Fin n) (Fin n) R)
    (θ : Fin n → R) (s : Fin n → R) (u : Fin n) : R :=
  if θ u < netInput W s u then 1 else if netInput W s u < θ u then 0 else 1 / 2

end Hopfield
