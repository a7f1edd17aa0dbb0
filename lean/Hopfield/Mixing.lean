/-
Copyright (c) 2026 The hopfield-bridge authors. All rights reserved.
Released under Apache 2.0 license.
-/
import Hopfield.Kernel
import Hopfield.PerronFrobenius
import Hopfield.DetailedBalance
import Hopfield.Ergodicity

/-!
# Stationary law and mixing of the random-scan kernel

The Boltzmann law is the unique stationary law of the random-scan Gibbs kernel
(**row-stochastic**, row = source), in the real form and in the exact base form; any
initial law converges to it.

## Main statements
* `Hopfield.stationary_of_reversible` : reversibility and unit row sums give
  stationarity
* `Hopfield.sum_abs_vecMul_le`, `Hopfield.sum_abs_vecMul_le_of_minorant` : a stochastic
  matrix does not increase the `ℓ¹` norm, and contracts it on mass-zero vectors when its
  columns have a positive lower bound (Doeblin)
* `Hopfield.tendsto_distribution_stationary`
  (T20, paper: `distribution_converges_to_stationary`)
* `Hopfield.boltzmann_isStationary`, `Hopfield.boltzmannBase_isStationary`
* `Hopfield.randomScanKernel_stationary_unique`
  (T15, paper: `RSrow_stationary_unique_eq_πBoltzVec`), real form, and
  `Hopfield.randomScanKernelBase_stationary_unique`, exact base form
* `Hopfield.randomScanKernel_tendsto_boltzmann` : T20 for the random-scan kernel

## Dependencies
The kernel facts used here come from `DetailedBalance.lean` (row sums, T11
reversibility) and `Ergodicity.lean` (T13 irreducibility, T14 primitivity).

## Conventions
* Laws act on the left: `(μ ᵥ* K) c' = ∑ c, μ c * K c c'`.
* `0 < n`: with no sites the random-scan kernel is the zero matrix.
-/

namespace Hopfield

open scoped Matrix

section General

variable {ι : Type*} [Fintype ι]

/-- A law `π` for which `K` is reversible (`π i K i j = π j K j i`) is stationary when the
rows of `K` sum to one. -/
theorem stationary_of_reversible {R : Type*} [CommSemiring R] {K : Matrix ι ι R}
    {π : ι → R} (hrev : ∀ i j, π i * K i j = π j * K j i) (hrow : ∀ i, ∑ j, K i j = 1) :
    π ᵥ* K = π := by
  funext j
  rw [apply_vecMul_eq_sum]
  calc ∑ i, π i * K i j = ∑ i, π j * K j i := Finset.sum_congr rfl fun i _ => hrev i j
    _ = π j := by rw [← Finset.mul_sum, hrow j, mul_one]

/-- One step of a nonnegative matrix with unit row sums does not increase the `ℓ¹` norm of a
signed vector: `∑ j |(w ᵥ* P) j| ≤ ∑ i |w i|`. -/
theorem sum_abs_vecMul_le {P : Matrix ι ι ℝ} (hP : ∀ i j, 0 ≤ P i j)
    (hrow : ∀ i, ∑ j, P i j = 1) (w : ι → ℝ) :
    ∑ j, |(w ᵥ* P) j| ≤ ∑ i, |w i| := by
  calc ∑ j, |(w ᵥ* P) j| ≤ ∑ j, ∑ i, |w i| * P i j := by
        refine Finset.sum_le_sum fun j _ => ?_
        rw [apply_vecMul_eq_sum]
        calc |∑ i, w i * P i j| ≤ ∑ i, |w i * P i j| := Finset.abs_sum_le_sum_abs _ _
          _ = ∑ i, |w i| * P i j :=
              Finset.sum_congr rfl fun i _ => by rw [abs_mul, abs_of_nonneg (hP i j)]
    _ = ∑ i, ∑ j, |w i| * P i j := by rw [Finset.sum_comm]
    _ = ∑ i, |w i| := Finset.sum_congr rfl fun i _ => by rw [← Finset.mul_sum, hrow i, mul_one]

/-- Doeblin contraction. If the rows of `P` sum to one and every entry of column `j` is at
least `c j`, then on a vector `w` of total mass zero,
`∑ j |(w ᵥ* P) j| ≤ (1 - ∑ j, c j) * ∑ i |w i|`. Since `∑ i w i = 0`, column `j` of
`w ᵥ* P` equals `∑ i, w i * (P i j - c j)`, whose weights `P i j - c j` are nonnegative and
sum over `j` to `1 - ∑ j, c j`. -/
theorem sum_abs_vecMul_le_of_minorant {P : Matrix ι ι ℝ} (hrow : ∀ i, ∑ j, P i j = 1)
    {c : ι → ℝ} (hc : ∀ i j, c j ≤ P i j) {w : ι → ℝ} (hw : ∑ i, w i = 0) :
    ∑ j, |(w ᵥ* P) j| ≤ (1 - ∑ j, c j) * ∑ i, |w i| := by
  have hcol : ∀ j, (w ᵥ* P) j = ∑ i, w i * (P i j - c j) := by
    intro j
    rw [apply_vecMul_eq_sum]
    have h0 : ∑ i, w i * c j = 0 := by rw [← Finset.sum_mul, hw, zero_mul]
    calc ∑ i, w i * P i j = ∑ i, w i * P i j - ∑ i, w i * c j := by rw [h0, sub_zero]
      _ = ∑ i, w i * (P i j - c j) := by
          rw [← Finset.sum_sub_distrib]
          exact Finset.sum_congr rfl fun i _ => by ring
  calc ∑ j, |(w ᵥ* P) j| ≤ ∑ j, ∑ i, |w i| * (P i j - c j) := by
        refine Finset.sum_le_sum fun j _ => ?_
        rw [hcol j]
        calc |∑ i, w i * (P i j - c j)| ≤ ∑ i, |w i * (P i j - c j)| :=
              Finset.abs_sum_le_sum_abs _ _
          _ = ∑ i, |w i| * (P i j - c j) :=
              Finset.sum_congr rfl fun i _ => by
                rw [abs_mul, abs_of_nonneg (sub_nonneg.mpr (hc i j))]
    _ = ∑ i, ∑ j, |w i| * (P i j - c j) := by rw [Finset.sum_comm]
    _ = ∑ i, |w i| * (1 - ∑ j, c j) := by
        refine Finset.sum_congr rfl fun i _ => ?_
        rw [← Finset.mul_sum, Finset.sum_sub_distrib, hrow i]
    _ = (1 - ∑ j, c j) * ∑ i, |w i| := by
        rw [Finset.mul_sum]
        exact Finset.sum_congr rfl fun i _ => mul_comm _ _

/-- A stationary law stays put under every power: `π ᵥ* K ^ k = π`. -/
theorem vecMul_pow_eq_of_stationary [DecidableEq ι] {K : Matrix ι ι ℝ} {π : ι → ℝ}
    (hπst : π ᵥ* K = π) (k : ℕ) : π ᵥ* K ^ k = π := by
  induction k with
  | zero => rw [pow_zero, Matrix.vecMul_one]
  | succ k ih => rw [pow_succ, ← Matrix.vecMul_vecMul, ih, hπst]

/-- **T20** (paper: `distribution_converges_to_stationary`). For a primitive stochastic
matrix `K` with stationary law `π`, every initial law `μ` satisfies `μ ᵥ* K ^ k → π`.

Doeblin's contraction: primitivity gives `m > 0` with every entry of `K ^ m` at least
`ε > 0`, so for `w` of total mass `0`, `∑ j |(w ᵥ* K ^ m) j| ≤ r ∑ i |w i|` with
`r = 1 - |ι| ε ∈ [0, 1)` (`sum_abs_vecMul_le_of_minorant`), while one step of `K` never
increases `∑ i |w i|` (`sum_abs_vecMul_le`). Applied to `w = μ ᵥ* K ^ k - π` (of mass `0`,
with `(μ ᵥ* K ^ k - π) ᵥ* K ^ l = μ ᵥ* K ^ (k + l) - π`), the `ℓ¹` distance after `k` steps
is at most `r ^ (k / m)` times the initial one; this tends to `0`, and each coordinate is
squeezed. The nonnegativity `hμ` is not needed: any `μ` of total mass one converges. -/
theorem tendsto_distribution_stationary [DecidableEq ι] {K : Matrix ι ι ℝ}
    (hrow : ∀ i, ∑ j, K i j = 1) (hprim : Matrix.IsPrimitive K) {π μ : ι → ℝ}
    (hπ1 : ∑ i, π i = 1) (hπst : π ᵥ* K = π) (hμ : ∀ i, 0 ≤ μ i) (hμ1 : ∑ i, μ i = 1) :
    Filter.Tendsto (fun k : ℕ => μ ᵥ* K ^ k) Filter.atTop (nhds π) := by
  obtain ⟨hK, m, hm, hpos⟩ := hprim
  obtain ⟨i₁, -⟩ := exists_pos_of_sum_eq_one hπ1
  haveI : Nonempty ι := ⟨i₁⟩
  -- `ε`: the smallest entry of `K ^ m`, positive by primitivity
  obtain ⟨p₀, hp₀⟩ : ∃ p₀ : ι × ι, ∀ p : ι × ι, (K ^ m) p₀.1 p₀.2 ≤ (K ^ m) p.1 p.2 :=
    Finite.exists_min (fun p : ι × ι => (K ^ m) p.1 p.2)
  obtain ⟨ε, hε⟩ : ∃ ε : ℝ, ε = (K ^ m) p₀.1 p₀.2 := ⟨_, rfl⟩
  have hεpos : 0 < ε := by
    rw [hε]
    exact hpos p₀.1 p₀.2
  have hεle : ∀ i j, ε ≤ (K ^ m) i j := fun i j => by
    rw [hε]
    exact hp₀ (i, j)
  -- the contraction factor `r = 1 - |ι| ε ∈ [0, 1)`
  obtain ⟨r, hr⟩ : ∃ r : ℝ, r = 1 - ∑ _j : ι, ε := ⟨_, rfl⟩
  have hr1 : r < 1 := by
    have h : 0 < ∑ _j : ι, ε := Finset.sum_pos (fun _ _ => hεpos) Finset.univ_nonempty
    linarith
  have hrowm : ∀ i, ∑ j, (K ^ m) i j = 1 := rowSum_pow hrow m
  have hr0 : 0 ≤ r := by
    have h : ∑ _j : ι, ε ≤ ∑ j, (K ^ m) i₁ j := Finset.sum_le_sum fun j _ => hεle i₁ j
    have h1 : ∑ j, (K ^ m) i₁ j = 1 := hrowm i₁
    linarith
  -- the error vector `μ ᵥ* K ^ k - π`: its evolution and its mass
  have hshift : ∀ k l : ℕ, μ ᵥ* K ^ (k + l) - π = (μ ᵥ* K ^ k - π) ᵥ* K ^ l := by
    intro k l
    rw [pow_add, ← Matrix.vecMul_vecMul, Matrix.sub_vecMul, vecMul_pow_eq_of_stationary hπst l]
  have hsum0 : ∀ k : ℕ, ∑ i, (μ ᵥ* K ^ k - π) i = 0 := by
    intro k
    have h1 : ∑ i, (μ ᵥ* K ^ k) i = ∑ i, μ i := sum_vecMul_of_rowSum (rowSum_pow hrow k) μ
    simp only [Pi.sub_apply]
    rw [Finset.sum_sub_distrib, h1, hμ1, hπ1, sub_self]
  -- one step does not increase the `ℓ¹` error; `m` steps contract it by `r`
  have hstep : ∀ k : ℕ,
      ∑ i, |(μ ᵥ* K ^ (k + 1) - π) i| ≤ ∑ i, |(μ ᵥ* K ^ k - π) i| := by
    intro k
    rw [hshift k 1, pow_one]
    exact sum_abs_vecMul_le hK hrow (μ ᵥ* K ^ k - π)
  have hcontr : ∀ k : ℕ,
      ∑ i, |(μ ᵥ* K ^ (k + m) - π) i| ≤ r * ∑ i, |(μ ᵥ* K ^ k - π) i| := by
    intro k
    rw [hshift k m, hr]
    exact sum_abs_vecMul_le_of_minorant hrowm (c := fun _ : ι => ε) hεle
      (w := μ ᵥ* K ^ k - π) (hsum0 k)
  have hanti : Antitone (fun k : ℕ => ∑ i, |(μ ᵥ* K ^ k - π) i|) :=
    antitone_nat_of_succ_le (f := fun k : ℕ => ∑ i, |(μ ᵥ* K ^ k - π) i|) hstep
  have hgeom : ∀ q t : ℕ,
      ∑ i, |(μ ᵥ* K ^ (m * q + t) - π) i| ≤ r ^ q * ∑ i, |(μ ᵥ* K ^ 0 - π) i| := by
    intro q t
    induction q with
    | zero =>
      calc ∑ i, |(μ ᵥ* K ^ (m * 0 + t) - π) i| = ∑ i, |(μ ᵥ* K ^ t - π) i| := by
            rw [Nat.mul_zero, Nat.zero_add]
        _ ≤ ∑ i, |(μ ᵥ* K ^ 0 - π) i| := hanti (Nat.zero_le t)
        _ = r ^ 0 * ∑ i, |(μ ᵥ* K ^ 0 - π) i| := by rw [pow_zero r, one_mul]
    | succ q ih =>
      calc ∑ i, |(μ ᵥ* K ^ (m * (q + 1) + t) - π) i|
          = ∑ i, |(μ ᵥ* K ^ (m * q + t + m) - π) i| := by
            rw [(by ring : m * (q + 1) + t = m * q + t + m)]
        _ ≤ r * ∑ i, |(μ ᵥ* K ^ (m * q + t) - π) i| := hcontr (m * q + t)
        _ ≤ r * (r ^ q * ∑ i, |(μ ᵥ* K ^ 0 - π) i|) := mul_le_mul_of_nonneg_left ih hr0
        _ = r ^ (q + 1) * ∑ i, |(μ ᵥ* K ^ 0 - π) i| := by ring
  obtain ⟨S0, hS0⟩ : ∃ S0 : ℝ, S0 = ∑ i, |(μ ᵥ* K ^ 0 - π) i| := ⟨_, rfl⟩
  have hbound : ∀ k : ℕ, ∑ i, |(μ ᵥ* K ^ k - π) i| ≤ r ^ (k / m) * S0 := by
    intro k
    have h := hgeom (k / m) (k % m)
    rw [Nat.div_add_mod k m, ← hS0] at h
    exact h
  -- the bound tends to `0`
  have hlim : Filter.Tendsto (fun k : ℕ => r ^ (k / m) * S0) Filter.atTop (nhds 0) := by
    have h1 : Filter.Tendsto (fun k : ℕ => r ^ (k / m)) Filter.atTop (nhds 0) :=
      (tendsto_pow_atTop_nhds_zero_of_lt_one hr0 hr1).comp
        (Nat.tendsto_div_const_atTop (Nat.pos_iff_ne_zero.mp hm))
    have h2 := h1.mul_const S0
    rw [zero_mul] at h2
    exact h2
  -- conclude coordinatewise by squeezing
  refine tendsto_pi_nhds.mpr fun j => ?_
  have hcoord : ∀ k : ℕ, |(μ ᵥ* K ^ k) j - π j| ≤ r ^ (k / m) * S0 := by
    intro k
    have h1 : |(μ ᵥ* K ^ k - π) j| ≤ ∑ i, |(μ ᵥ* K ^ k - π) i| :=
      Finset.single_le_sum (fun i _ => abs_nonneg ((μ ᵥ* K ^ k - π) i)) (Finset.mem_univ j)
    rw [Pi.sub_apply] at h1
    exact h1.trans (hbound k)
  have hlow : Filter.Tendsto (fun k : ℕ => π j - r ^ (k / m) * S0) Filter.atTop
      (nhds (π j)) := by
    have h := hlim.const_sub (π j)
    rw [sub_zero] at h
    exact h
  have hup : Filter.Tendsto (fun k : ℕ => π j + r ^ (k / m) * S0) Filter.atTop
      (nhds (π j)) := by
    have h := hlim.const_add (π j)
    rw [add_zero] at h
    exact h
  refine tendsto_of_tendsto_of_tendsto_of_le_of_le hlow hup (fun k => ?_) (fun k => ?_)
  · show π j - r ^ (k / m) * S0 ≤ (μ ᵥ* K ^ k) j
    have h := (abs_le.mp (hcoord k)).1
    linarith
  · show (μ ᵥ* K ^ k) j ≤ π j + r ^ (k / m) * S0
    have h := (abs_le.mp (hcoord k)).2
    linarith

end General

section RandomScan

variable {n : ℕ}

section Base

variable {F : Type*} [Field F] [LinearOrder F] [IsStrictOrderedRing F]

/-! ### Exact base form -/

/-- The exact partition function is positive for `0 < b`. -/
theorem partitionBase_pos {b : F} (hb : 0 < b) (W : Matrix (Fin n) (Fin n) ℤ)
    (θ : Fin n → ℤ) : 0 < partitionBase b W θ := by
  unfold partitionBase boltzmannWeightBase
  exact Finset.sum_pos (fun c _ => zpow_pos hb _) Finset.univ_nonempty

/-- The exact Boltzmann law is nonnegative for `0 < b`. -/
theorem boltzmannBase_nonneg {b : F} (hb : 0 < b) (W : Matrix (Fin n) (Fin n) ℤ)
    (θ : Fin n → ℤ) (c : Config n) : 0 ≤ boltzmannBase b W θ c := by
  unfold boltzmannBase boltzmannWeightBase
  exact div_nonneg (zpow_pos hb _).le (partitionBase_pos hb W θ).le

/-- The exact Boltzmann law has total mass one for `0 < b`. -/
theorem sum_boltzmannBase_eq_one {b : F} (hb : 0 < b) (W : Matrix (Fin n) (Fin n) ℤ)
    (θ : Fin n → ℤ) : ∑ c, boltzmannBase b W θ c = 1 := by
  unfold boltzmannBase
  rw [← Finset.sum_div]
  exact div_self (partitionBase_pos hb W θ).ne'

/-- The exact Boltzmann law is stationary for the exact random-scan kernel. -/
theorem boltzmannBase_isStationary (hn : 0 < n) {b : F} (hb : 0 < b)
    {W : Matrix (Fin n) (Fin n) ℤ} (hW : IsHopfieldWeights W) (θ : Fin n → ℤ) :
    boltzmannBase b W θ ᵥ* randomScanKernelBase b W θ = boltzmannBase b W θ :=
  stationary_of_reversible (randomScanKernelBase_reversible hb hW.symm θ)
    (randomScanKernelBase_rowSum hn b W θ)

/-- T15 in the exact base form: for `0 < b`, a stationary law of the exact random-scan
kernel is the exact Boltzmann law. -/
theorem randomScanKernelBase_stationary_unique (hn : 0 < n) {b : F} (hb : 0 < b)
    {W : Matrix (Fin n) (Fin n) ℤ} (hW : IsHopfieldWeights W) (θ : Fin n → ℤ)
    {μ : Config n → F} (hμ : ∀ c, 0 ≤ μ c) (hμ1 : ∑ c, μ c = 1)
    (hμst : μ ᵥ* randomScanKernelBase b W θ = μ) : μ = boltzmannBase b W θ := by
  have hirr := randomScanKernelBase_isIrreducible hb hn W θ
  exact eq_of_stationary_of_reach hirr.1 (reflTransGen_of_isIrreducible hirr) hμ hμ1 hμst
    (boltzmannBase_nonneg hb W θ) (sum_boltzmannBase_eq_one hb W θ)
    (boltzmannBase_isStationary hn hb hW θ)

end Base

/-! ### Real form -/

/-- The partition function is positive. -/
theorem partition_pos (β : ℝ) (W : Matrix (Fin n) (Fin n) ℝ) (θ : Fin n → ℝ) :
    0 < partition β W θ := by
  unfold partition boltzmannWeight
  exact Finset.sum_pos (fun c _ => Real.exp_pos _) Finset.univ_nonempty

/-- The Boltzmann law is nonnegative. -/
theorem boltzmann_nonneg (β : ℝ) (W : Matrix (Fin n) (Fin n) ℝ) (θ : Fin n → ℝ)
    (c : Config n) : 0 ≤ boltzmann β W θ c := by
  unfold boltzmann boltzmannWeight
  exact div_nonneg (Real.exp_pos _).le (partition_pos β W θ).le

/-- The Boltzmann law has total mass one. -/
theorem sum_boltzmann_eq_one (β : ℝ) (W : Matrix (Fin n) (Fin n) ℝ) (θ : Fin n → ℝ) :
    ∑ c, boltzmann β W θ c = 1 := by
  unfold boltzmann
  rw [← Finset.sum_div]
  exact div_self (partition_pos β W θ).ne'

/-- The Boltzmann law is stationary for the random-scan kernel: `π ᵥ* K = π`, from
reversibility (T11) and unit row sums. -/
theorem boltzmann_isStationary (hn : 0 < n) (β : ℝ) {W : Matrix (Fin n) (Fin n) ℝ}
    (hW : IsHopfieldWeights W) (θ : Fin n → ℝ) :
    boltzmann β W θ ᵥ* randomScanKernelReal β W θ = boltzmann β W θ :=
  stationary_of_reversible (randomScanKernelReal_reversible hW.symm β θ)
    (randomScanKernelReal_rowSum hn β W θ)

/-- **T15** (paper: `RSrow_stationary_unique_eq_πBoltzVec`). The stationary law of the
random-scan kernel is unique and equals the Boltzmann law: a probability vector `μ` with
`μ ᵥ* K = μ` is `boltzmann β W θ`. -/
theorem randomScanKernel_stationary_unique (hn : 0 < n) (β : ℝ)
    {W : Matrix (Fin n) (Fin n) ℝ} (hW : IsHopfieldWeights W) (θ : Fin n → ℝ)
    {μ : Config n → ℝ} (hμ : ∀ c, 0 ≤ μ c) (hμ1 : ∑ c, μ c = 1)
    (hμst : μ ᵥ* randomScanKernelReal β W θ = μ) : μ = boltzmann β W θ := by
  have hirr := randomScanKernelReal_isIrreducible hn β W θ
  exact eq_of_stationary_of_reach hirr.1 (reflTransGen_of_isIrreducible hirr) hμ hμ1 hμst
    (boltzmann_nonneg β W θ) (sum_boltzmann_eq_one β W θ) (boltzmann_isStationary hn β hW θ)

/-- T20 for the random-scan kernel: from any initial law, the law after `k` random-scan
steps converges to the Boltzmann law. -/
theorem randomScanKernel_tendsto_boltzmann (hn : 0 < n) (β : ℝ)
    {W : Matrix (Fin n) (Fin n) ℝ} (hW : IsHopfieldWeights W) (θ : Fin n → ℝ)
    {μ : Config n → ℝ} (hμ : ∀ c, 0 ≤ μ c) (hμ1 : ∑ c, μ c = 1) :
    Filter.Tendsto (fun k : ℕ => μ ᵥ* randomScanKernelReal β W θ ^ k) Filter.atTop
      (nhds (boltzmann β W θ)) :=
  tendsto_distribution_stationary (randomScanKernelReal_rowSum hn β W θ)
    (randomScanKernelReal_isPrimitive hn β W θ) (sum_boltzmann_eq_one β W θ)
    (boltzmann_isStationary hn β hW θ) hμ hμ1

end RandomScan

end Hopfield
