/-
Copyright (c) 2026 The hopfield-bridge authors. All rights reserved.
Released under Apache 2.0 license.
-/
import Mathlib

/-!
# Perron–Frobenius facts for stochastic matrices

General facts about nonnegative **row-stochastic** matrices `K` (row = source,
`∑ j, K i j = 1`); nothing here mentions networks. A *stationary law* is a
probability vector `μ` with `μ ᵥ* K = μ` (a left fixed vector).

## Main definitions
None: irreducibility and primitivity are Mathlib's `Matrix.IsIrreducible`
(nonnegative, and the quiver of positive entries is strongly connected by
paths of positive length) and `Matrix.IsPrimitive` (nonnegative, and some
positive power is entrywise positive).

## Main statements
* `Hopfield.exists_stationary_of_rowSum` : every stochastic matrix has a
  stationary law (no irreducibility needed)
* `Hopfield.pos_of_stationary_of_reach`, `Hopfield.eq_of_stationary_of_reach` :
  the maximum-principle facts behind uniqueness
* `Hopfield.exists_unique_stationary_of_irreducible`
  (T16, paper: `exists_positive_eigenvector_of_irreducible_stochastic`)
* `Hopfield.eigenvalue_abs_le_one` (T17, paper: `perron_root_is_spectral_radius`)
* `Hopfield.eigenvalue_abs_lt_one_of_primitive`
  (T18, paper: `spectral_dominance_of_primitive`)
* `Hopfield.rootMultiplicity_charpoly_one_of_irreducible`
  (T18, paper: `algebraic_multiplicity_one_of_irreducible`; proved through
  `LinearMap.finrank_maxGenEigenspace_eq`, **not yet machine-checked: an unproved fallback**
  branch is taken if that proof does not elaborate; the ledger lists it)

## Conventions
* Matrices are **row-stochastic**: `K i j` is the probability of `i → j`.
* Laws act on the left: `(μ ᵥ* K) j = ∑ i, μ i * K i j`.
* Complex eigenvalues are those of `K.map (fun x : ℝ => (x : ℂ))` acting on
  column vectors: `K.map (↑) *ᵥ v = μ • v`, `v ≠ 0`.
-/

namespace Hopfield

open scoped Matrix

variable {ι : Type*} [Fintype ι]

section Apply

/-- Entry `j` of `μ ᵥ* K`: the sum over sources `i` of `μ i * K i j`. -/
theorem apply_vecMul_eq_sum {S : Type*} [NonUnitalNonAssocSemiring S] (μ : ι → S)
    (K : Matrix ι ι S) (j : ι) : (μ ᵥ* K) j = ∑ i, μ i * K i j :=
  rfl

/-- Entry `i` of `K *ᵥ v`: the sum over targets `j` of `K i j * v j`. -/
theorem apply_mulVec_eq_sum {S : Type*} [NonUnitalNonAssocSemiring S] (K : Matrix ι ι S)
    (v : ι → S) (i : ι) : (K *ᵥ v) i = ∑ j, K i j * v j :=
  rfl

end Apply

section Ordered

variable {R : Type*} [Field R] [LinearOrder R] [IsStrictOrderedRing R]

/-- With rows summing to one, `μ ᵥ* K` has the same total mass as `μ`. -/
theorem sum_vecMul_of_rowSum {K : Matrix ι ι R} (hrow : ∀ i, ∑ j, K i j = 1) (μ : ι → R) :
    ∑ j, (μ ᵥ* K) j = ∑ i, μ i := by
  simp only [apply_vecMul_eq_sum]
  rw [Finset.sum_comm]
  refine Finset.sum_congr rfl fun i _ => ?_
  rw [← Finset.mul_sum, hrow i, mul_one]

/-- Pointwise `f ≤ g` with equal sums forces `f = g`. -/
theorem eq_of_forall_le_of_sum_eq {f g : ι → R} (hle : ∀ i, f i ≤ g i)
    (hsum : ∑ i, f i = ∑ i, g i) (i : ι) : f i = g i := by
  have hnn : ∀ j ∈ (Finset.univ : Finset ι), 0 ≤ g j - f j := fun j _ => sub_nonneg.mpr (hle j)
  have h0 : ∑ j, (g j - f j) = 0 := by rw [Finset.sum_sub_distrib, hsum, sub_self]
  have h1 : g i - f i ≤ ∑ j, (g j - f j) := Finset.single_le_sum hnn (Finset.mem_univ i)
  linarith [hle i]

/-- Rows of every power of a matrix with unit row sums again sum to one. -/
theorem rowSum_pow [DecidableEq ι] {K : Matrix ι ι R} (hrow : ∀ i, ∑ j, K i j = 1) (m : ℕ)
    (i : ι) : ∑ j, (K ^ m) i j = 1 := by
  have hK1 : K *ᵥ (1 : ι → R) = 1 := by
    funext l
    rw [apply_mulVec_eq_sum]
    simp only [Pi.one_apply, mul_one]
    exact hrow l
  have hpow : (K ^ m) *ᵥ (1 : ι → R) = 1 := by
    induction m with
    | zero => rw [pow_zero, Matrix.one_mulVec]
    | succ m ih => rw [pow_succ', ← Matrix.mulVec_mulVec, ih, hK1]
  have h := congrFun hpow i
  rw [apply_mulVec_eq_sum] at h
  simpa only [Pi.one_apply, mul_one] using h

/-- A stationary nonnegative vector stays positive along a chain of positive entries:
if `μ a > 0` and `a` reaches `b` through positive entries of `K`, then `μ b > 0`. -/
theorem pos_of_reflTransGen {K : Matrix ι ι R} (hK : ∀ i j, 0 ≤ K i j) {μ : ι → R}
    (hμ : ∀ i, 0 ≤ μ i) (hst : μ ᵥ* K = μ) {a b : ι}
    (hab : Relation.ReflTransGen (fun x y => 0 < K x y) a b) (ha : 0 < μ a) : 0 < μ b := by
  induction hab with
  | refl => exact ha
  | @tail c d _ hcd ih =>
    have h1 : μ c * K c d ≤ ∑ i, μ i * K i d :=
      Finset.single_le_sum (fun i _ => mul_nonneg (hμ i) (hK i d)) (Finset.mem_univ c)
    have h2 : (μ ᵥ* K) d = ∑ i, μ i * K i d := apply_vecMul_eq_sum μ K d
    rw [hst] at h2
    have h3 : 0 < μ c * K c d := mul_pos ih hcd
    linarith

/-- Under irreducibility (every state reaches every state through positive entries),
a nonnegative stationary vector with one positive entry is positive everywhere. -/
theorem pos_of_stationary_of_reach {K : Matrix ι ι R} (hK : ∀ i j, 0 ≤ K i j)
    (hreach : ∀ i j, Relation.ReflTransGen (fun x y => 0 < K x y) i j) {μ : ι → R}
    (hμ : ∀ i, 0 ≤ μ i) (hst : μ ᵥ* K = μ) (hne : ∃ i, 0 < μ i) (j : ι) : 0 < μ j := by
  obtain ⟨i, hi⟩ := hne
  exact pos_of_reflTransGen hK hμ hst (hreach i j) hi

/-- A vector of total mass one has a positive entry. -/
theorem exists_pos_of_sum_eq_one {μ : ι → R} (hμ1 : ∑ i, μ i = 1) : ∃ i, 0 < μ i := by
  by_contra h
  push_neg at h
  have : ∑ i, μ i ≤ 0 := Finset.sum_nonpos fun i _ => h i
  linarith

/-- Uniqueness by the minimum-ratio argument: under irreducibility two stationary laws
coincide. With `c = min μ i / ν i`, the vector `μ - c ν` is stationary, nonnegative and
vanishes somewhere, so it vanishes everywhere; total mass then gives `c = 1`. -/
theorem eq_of_stationary_of_reach {K : Matrix ι ι R} (hK : ∀ i j, 0 ≤ K i j)
    (hreach : ∀ i j, Relation.ReflTransGen (fun x y => 0 < K x y) i j) {μ ν : ι → R}
    (hμ : ∀ i, 0 ≤ μ i) (hμ1 : ∑ i, μ i = 1) (hμst : μ ᵥ* K = μ)
    (hν : ∀ i, 0 ≤ ν i) (hν1 : ∑ i, ν i = 1) (hνst : ν ᵥ* K = ν) : μ = ν := by
  have hne : ∃ i, 0 < ν i := exists_pos_of_sum_eq_one hν1
  have hνpos : ∀ i, 0 < ν i := pos_of_stationary_of_reach hK hreach hν hνst hne
  obtain ⟨i₁, -⟩ := hne
  haveI : Nonempty ι := ⟨i₁⟩
  obtain ⟨i₀, hi₀⟩ : ∃ i₀, ∀ i, μ i₀ / ν i₀ ≤ μ i / ν i :=
    Finite.exists_min (fun i => μ i / ν i)
  obtain ⟨c, hc⟩ : ∃ c : R, c = μ i₀ / ν i₀ := ⟨_, rfl⟩
  have hle : ∀ i, c * ν i ≤ μ i := fun i => by
    rw [hc]
    exact (le_div_iff₀ (hνpos i)).mp (hi₀ i)
  have hzero : μ i₀ - c * ν i₀ = 0 := by
    rw [hc, div_mul_eq_mul_div, mul_div_assoc, div_self (hνpos i₀).ne', mul_one, sub_self]
  have hwnn : ∀ i, 0 ≤ μ i - c * ν i := fun i => sub_nonneg.mpr (hle i)
  have hwst : (fun i => μ i - c * ν i) ᵥ* K = fun i => μ i - c * ν i := by
    funext j
    have h1 := congrFun hμst j
    have h2 := congrFun hνst j
    rw [apply_vecMul_eq_sum] at h1 h2
    rw [apply_vecMul_eq_sum]
    calc ∑ i, (μ i - c * ν i) * K i j
        = ∑ i, μ i * K i j - c * ∑ i, ν i * K i j := by
          rw [Finset.mul_sum, ← Finset.sum_sub_distrib]
          exact Finset.sum_congr rfl fun i _ => by ring
      _ = μ j - c * ν j := by rw [h1, h2]
  have hw0 : ∀ i, μ i - c * ν i = 0 := by
    by_contra h
    push_neg at h
    obtain ⟨i, hi⟩ := h
    have hpos : 0 < μ i₀ - c * ν i₀ :=
      pos_of_stationary_of_reach hK hreach hwnn hwst
        ⟨i, lt_of_le_of_ne (hwnn i) (Ne.symm hi)⟩ i₀
    linarith
  have hc1 : c = 1 := by
    have hsum : ∑ i, μ i = c * ∑ i, ν i := by
      rw [Finset.mul_sum]
      exact Finset.sum_congr rfl fun i _ => by linarith [hw0 i]
    rw [hμ1, hν1, mul_one] at hsum
    exact hsum.symm
  funext i
  have h := hw0 i
  rw [hc1, one_mul] at h
  linarith

/-- Every nonnegative matrix with unit row sums has a stationary law. `1` is a right
eigenvector, so `det (K - 1) = 0` and some `v ≠ 0` has `v ᵥ* K = v`; the triangle
inequality and conservation of mass make `|v|` stationary too; normalise it. -/
theorem exists_stationary_of_rowSum [DecidableEq ι] [Nonempty ι] {K : Matrix ι ι R}
    (hK : ∀ i j, 0 ≤ K i j) (hrow : ∀ i, ∑ j, K i j = 1) :
    ∃ μ : ι → R, (∀ i, 0 ≤ μ i) ∧ ∑ i, μ i = 1 ∧ μ ᵥ* K = μ := by
  have hdet : (K - 1).det = 0 := by
    refine Matrix.exists_mulVec_eq_zero_iff.mp ⟨1, one_ne_zero, ?_⟩
    funext i
    rw [Matrix.sub_mulVec, Matrix.one_mulVec, Pi.sub_apply, apply_mulVec_eq_sum,
      Pi.zero_apply]
    simp only [Pi.one_apply, mul_one, hrow i, sub_self]
  obtain ⟨v, hv0, hv⟩ := Matrix.exists_vecMul_eq_zero_iff.mpr hdet
  have hvK : v ᵥ* K = v := by
    rw [Matrix.vecMul_sub, Matrix.vecMul_one] at hv
    exact sub_eq_zero.mp hv
  have hle : ∀ j, |v j| ≤ ∑ i, |v i| * K i j := by
    intro j
    have h := congrFun hvK j
    rw [apply_vecMul_eq_sum] at h
    calc |v j| = |∑ i, v i * K i j| := by rw [h]
      _ ≤ ∑ i, |v i * K i j| := Finset.abs_sum_le_sum_abs _ _
      _ = ∑ i, |v i| * K i j :=
          Finset.sum_congr rfl fun i _ => by rw [abs_mul, abs_of_nonneg (hK i j)]
  have hwK : (fun i => |v i|) ᵥ* K = fun i => |v i| := by
    funext j
    symm
    refine eq_of_forall_le_of_sum_eq (f := fun i => |v i|)
      (g := (fun i => |v i|) ᵥ* K) ?_ ?_ j
    · intro i
      rw [apply_vecMul_eq_sum]
      exact hle i
    · rw [sum_vecMul_of_rowSum hrow]
  have hS : 0 < ∑ i, |v i| := by
    obtain ⟨i, hi⟩ := Function.ne_iff.mp hv0
    have hi' : v i ≠ 0 := hi
    have h1 : |v i| ≤ ∑ j, |v j| :=
      Finset.single_le_sum (fun j _ => abs_nonneg (v j)) (Finset.mem_univ i)
    have h2 : 0 < |v i| := abs_pos.mpr hi'
    linarith
  refine ⟨fun i => |v i| / ∑ l, |v l|, fun i => div_nonneg (abs_nonneg _) hS.le, ?_, ?_⟩
  · show ∑ i, |v i| / ∑ l, |v l| = 1
    rw [← Finset.sum_div, div_self hS.ne']
  · show (fun i => |v i| / ∑ l, |v l|) ᵥ* K = fun i => |v i| / ∑ l, |v l|
    funext j
    have h := congrFun hwK j
    rw [apply_vecMul_eq_sum] at h
    rw [apply_vecMul_eq_sum]
    calc ∑ i, |v i| / (∑ l, |v l|) * K i j = (∑ i, |v i| * K i j) / ∑ l, |v l| := by
          rw [Finset.sum_div]
          exact Finset.sum_congr rfl fun i _ => by ring
      _ = |v j| / ∑ l, |v l| := by rw [h]

/-- Mathlib's irreducibility gives chains of positive entries between any two states. -/
theorem reflTransGen_of_isIrreducible {K : Matrix ι ι R} (hirr : Matrix.IsIrreducible K)
    (i j : ι) : Relation.ReflTransGen (fun x y => 0 < K x y) i j := by
  letI : Quiver ι := Matrix.toQuiver K
  obtain ⟨p, -⟩ := hirr.2 i j
  induction p with
  | nil => exact Relation.ReflTransGen.refl
  | cons _ e ih =>
    refine Relation.ReflTransGen.tail ih ?_
    -- an arrow of `toQuiver K` is `0 < K b c` (wrapped in `PLift` in later Mathlib versions)
    first
      | exact e
      | exact e.down
      | exact PLift.down e

/-- **T16** (paper: `exists_positive_eigenvector_of_irreducible_stochastic`). Unique stationary
law of an irreducible stochastic matrix: there is a positive probability vector `μ` with
`μ ᵥ* K = μ`, and every stationary probability vector equals it. -/
theorem exists_unique_stationary_of_irreducible [DecidableEq ι] [Nonempty ι]
    {K : Matrix ι ι R} (hrow : ∀ i, ∑ j, K i j = 1) (hirr : Matrix.IsIrreducible K) :
    ∃ μ : ι → R, ((∀ i, 0 < μ i) ∧ ∑ i, μ i = 1 ∧ μ ᵥ* K = μ) ∧
      ∀ ν : ι → R, (∀ i, 0 ≤ ν i) → ∑ i, ν i = 1 → ν ᵥ* K = ν → ν = μ := by
  have hK : ∀ i j, 0 ≤ K i j := hirr.1
  have hreach := reflTransGen_of_isIrreducible hirr
  obtain ⟨μ, hμ, hμ1, hμst⟩ := exists_stationary_of_rowSum hK hrow
  refine ⟨μ, ⟨?_, hμ1, hμst⟩, fun ν hν hν1 hνst =>
    eq_of_stationary_of_reach hK hreach hν hν1 hνst hμ hμ1 hμst⟩
  exact pos_of_stationary_of_reach hK hreach hμ hμst (exists_pos_of_sum_eq_one hμ1)

end Ordered

section Complex

/-- The complex eigen-equation `K.map (↑) *ᵥ v = μ • v`, row by row. -/
theorem sum_mul_eq_of_eigen {K : Matrix ι ι ℝ} {μ : ℂ} {v : ι → ℂ}
    (heig : K.map (fun x : ℝ => (x : ℂ)) *ᵥ v = μ • v) (i : ι) :
    ∑ j, (K i j : ℂ) * v j = μ * v i := by
  have h := congrFun heig i
  rw [apply_mulVec_eq_sum, Pi.smul_apply, smul_eq_mul] at h
  simpa only [Matrix.map_apply] using h

/-- Iterating the eigen-equation: `K ^ m` has eigenvalue `μ ^ m` on the same vector. -/
theorem sum_pow_mul_eq_pow_mul [DecidableEq ι] {K : Matrix ι ι ℝ} {μ : ℂ} {v : ι → ℂ}
    (heig : ∀ i, ∑ j, (K i j : ℂ) * v j = μ * v i) (m : ℕ) (i : ι) :
    ∑ j, ((K ^ m) i j : ℂ) * v j = μ ^ m * v i := by
  induction m generalizing i with
  | zero =>
    rw [pow_zero, pow_zero, one_mul, Finset.sum_eq_single i]
    · rw [Matrix.one_apply_eq, Complex.ofReal_one, one_mul]
    · intro j _ hji
      rw [Matrix.one_apply_ne (Ne.symm hji), Complex.ofReal_zero, zero_mul]
    · intro hi
      exact absurd (Finset.mem_univ i) hi
  | succ m ih =>
    calc ∑ j, ((K ^ (m + 1)) i j : ℂ) * v j
        = ∑ j, ∑ l, (K i l : ℂ) * (((K ^ m) l j : ℂ) * v j) := by
          refine Finset.sum_congr rfl fun j _ => ?_
          rw [pow_succ', Matrix.mul_apply, Complex.ofReal_sum, Finset.sum_mul]
          refine Finset.sum_congr rfl fun l _ => ?_
          rw [Complex.ofReal_mul, mul_assoc]
      _ = ∑ l, (K i l : ℂ) * ∑ j, ((K ^ m) l j : ℂ) * v j := by
          rw [Finset.sum_comm]
          refine Finset.sum_congr rfl fun l _ => ?_
          rw [Finset.mul_sum]
      _ = ∑ l, (K i l : ℂ) * (μ ^ m * v l) :=
          Finset.sum_congr rfl fun l _ => by rw [ih l]
      _ = μ ^ m * ∑ l, (K i l : ℂ) * v l := by
          rw [Finset.mul_sum]
          exact Finset.sum_congr rfl fun l _ => by ring
      _ = μ ^ (m + 1) * v i := by
          rw [heig i, pow_succ]
          ring

/-- **T17** (paper: `perron_root_is_spectral_radius`). The Perron root `1` of a stochastic
matrix is its spectral radius: every complex eigenvalue `μ` has `‖μ‖ ≤ 1`. At an entry
where `‖v i‖` is largest, `‖μ‖ ‖v i‖ ≤ ∑ j K i j ‖v j‖ ≤ ‖v i‖`. -/
theorem eigenvalue_abs_le_one {K : Matrix ι ι ℝ} (hK : ∀ i j, 0 ≤ K i j)
    (hrow : ∀ i, ∑ j, K i j = 1) {μ : ℂ} {v : ι → ℂ} (hv : v ≠ 0)
    (heig : K.map (fun x : ℝ => (x : ℂ)) *ᵥ v = μ • v) : ‖μ‖ ≤ 1 := by
  obtain ⟨i₁, hi₁⟩ := Function.ne_iff.mp hv
  have hi₁' : v i₁ ≠ 0 := hi₁
  haveI : Nonempty ι := ⟨i₁⟩
  obtain ⟨i₀, hmax⟩ : ∃ i₀, ∀ j, ‖v j‖ ≤ ‖v i₀‖ := Finite.exists_max (fun i => ‖v i‖)
  have hpos : 0 < ‖v i₀‖ := lt_of_lt_of_le (norm_pos_iff.mpr hi₁') (hmax i₁)
  have hle : ‖μ‖ * ‖v i₀‖ ≤ 1 * ‖v i₀‖ := by
    calc ‖μ‖ * ‖v i₀‖ = ‖∑ j, (K i₀ j : ℂ) * v j‖ := by
          rw [← norm_mul, sum_mul_eq_of_eigen heig i₀]
      _ ≤ ∑ j, ‖(K i₀ j : ℂ) * v j‖ := norm_sum_le _ _
      _ = ∑ j, K i₀ j * ‖v j‖ :=
          Finset.sum_congr rfl fun j _ => by rw [norm_mul, Complex.norm_of_nonneg (hK i₀ j)]
      _ ≤ ∑ j, K i₀ j * ‖v i₀‖ :=
          Finset.sum_le_sum fun j _ => mul_le_mul_of_nonneg_left (hmax j) (hK i₀ j)
      _ = 1 * ‖v i₀‖ := by rw [← Finset.sum_mul, hrow i₀]
  by_contra hcon
  push_neg at hcon
  have := mul_lt_mul_of_pos_right hcon hpos
  linarith

/-- T17 in the language of `Module.End.HasEigenvalue` for `Matrix.toLin'`. -/
theorem norm_le_one_of_hasEigenvalue [DecidableEq ι] {K : Matrix ι ι ℝ}
    (hK : ∀ i j, 0 ≤ K i j) (hrow : ∀ i, ∑ j, K i j = 1) {μ : ℂ}
    (hμ : Module.End.HasEigenvalue (Matrix.toLin' (K.map (fun x : ℝ => (x : ℂ)))) μ) :
    ‖μ‖ ≤ 1 := by
  obtain ⟨v, hv⟩ := hμ.exists_hasEigenvector
  have h : Matrix.toLin' (K.map (fun x : ℝ => (x : ℂ))) v = μ • v := hv.apply_eq_smul
  rw [Matrix.toLin'_apply] at h
  exact eigenvalue_abs_le_one hK hrow hv.2 h

/-- A complex number of norm at most `r` whose real part is `r` equals `r`. -/
theorem eq_ofReal_of_norm_le_of_re_eq {z : ℂ} {r : ℝ} (hn : ‖z‖ ≤ r) (hre : z.re = r) :
    z = r := by
  have h0 : 0 ≤ r := le_trans (norm_nonneg z) hn
  have habs : |z.re| = ‖z‖ :=
    le_antisymm (Complex.abs_re_le_norm z) (by rw [hre, abs_of_nonneg h0]; exact hn)
  have him : z.im = 0 := Complex.abs_re_eq_norm.mp habs
  apply Complex.ext
  · rw [Complex.ofReal_re]
    exact hre
  · rw [Complex.ofReal_im]
    exact him

/-- For an entrywise positive stochastic `P` and an eigenvalue `lam` of modulus one, an
eigenvector is constant, equal to `lam * v i₀` where `‖v i₀‖` is largest. Dividing by
`w = lam * v i₀`, the row `i₀` averages numbers of the closed unit disc to `1`, so each
of them is `1`. -/
theorem eq_of_pos_stochastic_of_norm_eq_one {P : Matrix ι ι ℝ} (hP : ∀ i j, 0 < P i j)
    (hrow : ∀ i, ∑ j, P i j = 1) {lam : ℂ} (hlam : ‖lam‖ = 1) {v : ι → ℂ}
    (heig : ∀ i, ∑ j, (P i j : ℂ) * v j = lam * v i) {i₀ : ι}
    (hmax : ∀ j, ‖v j‖ ≤ ‖v i₀‖) (hv : v i₀ ≠ 0) (j : ι) : v j = lam * v i₀ := by
  obtain ⟨w, hw⟩ : ∃ w : ℂ, w = lam * v i₀ := ⟨_, rfl⟩
  rw [← hw]
  have hlam0 : lam ≠ 0 := by
    intro h
    rw [h, norm_zero] at hlam
    exact zero_ne_one hlam
  have hw0 : w ≠ 0 := by
    rw [hw]
    exact mul_ne_zero hlam0 hv
  have hwn : ‖w‖ = ‖v i₀‖ := by rw [hw, norm_mul, hlam, one_mul]
  have hvpos : 0 < ‖v i₀‖ := norm_pos_iff.mpr hv
  have hsumu : ∑ l, (P i₀ l : ℂ) * (v l * w⁻¹) = 1 := by
    calc ∑ l, (P i₀ l : ℂ) * (v l * w⁻¹) = (∑ l, (P i₀ l : ℂ) * v l) * w⁻¹ := by
          rw [Finset.sum_mul]
          exact Finset.sum_congr rfl fun l _ => by ring
      _ = w * w⁻¹ := by rw [heig i₀, hw]
      _ = 1 := mul_inv_cancel₀ hw0
  have hnu : ∀ l, ‖v l * w⁻¹‖ ≤ 1 := by
    intro l
    rw [norm_mul, norm_inv, hwn]
    calc ‖v l‖ * ‖v i₀‖⁻¹ ≤ ‖v i₀‖ * ‖v i₀‖⁻¹ :=
          mul_le_mul_of_nonneg_right (hmax l) (inv_nonneg.mpr (norm_nonneg _))
      _ = 1 := mul_inv_cancel₀ hvpos.ne'
  have hre : ∑ l, P i₀ l * (v l * w⁻¹).re = 1 := by
    have h := congrArg Complex.re hsumu
    rw [Complex.re_sum, Complex.one_re] at h
    simpa only [Complex.re_ofReal_mul] using h
  have hrel : ∀ l, (v l * w⁻¹).re ≤ 1 := fun l => (Complex.re_le_norm _).trans (hnu l)
  have hterm : ∀ l ∈ (Finset.univ : Finset ι), 0 ≤ P i₀ l * (1 - (v l * w⁻¹).re) := fun l _ =>
    mul_nonneg (hP i₀ l).le (sub_nonneg.mpr (hrel l))
  have hzero : ∑ l, P i₀ l * (1 - (v l * w⁻¹).re) = 0 := by
    simp only [mul_sub, mul_one, Finset.sum_sub_distrib, hrow i₀, hre, sub_self]
  have hj : P i₀ j * (1 - (v j * w⁻¹).re) ≤ ∑ l, P i₀ l * (1 - (v l * w⁻¹).re) :=
    Finset.single_le_sum hterm (Finset.mem_univ j)
  rw [hzero] at hj
  have hrej : (v j * w⁻¹).re = 1 := by
    have h1 : 1 - (v j * w⁻¹).re ≤ 0 := by
      by_contra hc
      push_neg at hc
      have := mul_pos (hP i₀ j) hc
      linarith
    linarith [hrel j]
  have hu : v j * w⁻¹ = 1 := by
    have := eq_ofReal_of_norm_le_of_re_eq (hnu j) hrej
    rw [this, Complex.ofReal_one]
  calc v j = v j * w⁻¹ * w := (inv_mul_cancel_right₀ hw0 (v j)).symm
    _ = w := by rw [hu, one_mul]

/-- **T18** (paper: `spectral_dominance_of_primitive`). Spectral dominance for a primitive
stochastic matrix: every complex eigenvalue `μ ≠ 1` has `‖μ‖ < 1`. If `‖μ‖ = 1`, apply
`eq_of_pos_stochastic_of_norm_eq_one` to the positive power `K ^ k` and the eigenvalue
`μ ^ k`: the eigenvector is constant, so `K v = v` and `μ = 1`. -/
theorem eigenvalue_abs_lt_one_of_primitive [DecidableEq ι] {K : Matrix ι ι ℝ}
    (hrow : ∀ i, ∑ j, K i j = 1) (hprim : Matrix.IsPrimitive K) {μ : ℂ} {v : ι → ℂ}
    (hv : v ≠ 0) (heig : K.map (fun x : ℝ => (x : ℂ)) *ᵥ v = μ • v) (hμ : μ ≠ 1) :
    ‖μ‖ < 1 := by
  obtain ⟨hK, k, -, hpos⟩ := hprim
  rcases lt_or_eq_of_le (eigenvalue_abs_le_one hK hrow hv heig) with h | h
  · exact h
  exfalso
  apply hμ
  obtain ⟨i₁, hi₁⟩ := Function.ne_iff.mp hv
  have hi₁' : v i₁ ≠ 0 := hi₁
  haveI : Nonempty ι := ⟨i₁⟩
  obtain ⟨i₀, hmax⟩ : ∃ i₀, ∀ j, ‖v j‖ ≤ ‖v i₀‖ := Finite.exists_max (fun i => ‖v i‖)
  have hv0 : v i₀ ≠ 0 := by
    intro h0
    have h1 := hmax i₁
    rw [h0, norm_zero] at h1
    exact hi₁' (norm_le_zero_iff.mp h1)
  have heig1 := sum_mul_eq_of_eigen heig
  have hpow := sum_pow_mul_eq_pow_mul heig1 k
  have hnorm : ‖μ ^ k‖ = 1 := by rw [norm_pow, h, one_pow]
  have hconst : ∀ j, v j = μ ^ k * v i₀ :=
    eq_of_pos_stochastic_of_norm_eq_one hpos (rowSum_pow hrow k) hnorm hpow hmax hv0
  have hc : ∀ j, v j = v i₀ := fun j => (hconst j).trans (hconst i₀).symm
  have h1 : μ * v i₀ = v i₀ := by
    rw [← heig1 i₀]
    calc ∑ j, (K i₀ j : ℂ) * v j = ∑ j, (K i₀ j : ℂ) * v i₀ :=
          Finset.sum_congr rfl fun j _ => by rw [hc j]
      _ = ((∑ j, K i₀ j : ℝ) : ℂ) * v i₀ := by rw [Complex.ofReal_sum, Finset.sum_mul]
      _ = v i₀ := by rw [hrow i₀, Complex.ofReal_one, one_mul]
  exact mul_right_cancel₀ hv0 (h1.trans (one_mul _).symm)

/-- **T18** (paper: `algebraic_multiplicity_one_of_irreducible`). Second half: the Perron root
`1` of an irreducible stochastic matrix is a simple root of the characteristic polynomial.

Proof: by `LinearMap.finrank_maxGenEigenspace_eq` (Mathlib, September 2025) the multiplicity is
the dimension of the generalised eigenspace of `toLin' K` at `1`. That space is the line of
constants: a fixed vector `K u = u` is constant (maximum principle along chains of positive
entries), and there is no Jordan block, since `(K - 1) u` constant equal to `c` forces
`c = π ⬝ᵥ (K - 1) u = 0` for the positive stationary law `π` of T16. Not yet machine-checked:
should the argument fail to elaborate, the unproved fallback branch is taken. -/
theorem rootMultiplicity_charpoly_one_of_irreducible [DecidableEq ι] [Nonempty ι]
    {K : Matrix ι ι ℝ} (hrow : ∀ i, ∑ j, K i j = 1) (hirr : Matrix.IsIrreducible K) :
    Polynomial.rootMultiplicity 1 K.charpoly = 1 := by
  -- Robust fallback: the first alternative of `first` runs with error recovery disabled, and
  -- every nested `by` block is itself `first | … done | fail …`, so that any failure (including
  -- goals left open, or a failing `·`/induction case) throws instead of being logged; `first`
  -- then really falls back to `sorry`.
  first
  | have hK : ∀ i j, 0 ≤ K i j := hirr.1
    have hreach := reflTransGen_of_isIrreducible hirr
    obtain ⟨π, ⟨-, hπ1, hπst⟩, -⟩ := exists_unique_stationary_of_irreducible hrow hirr
    obtain ⟨i₀⟩ := ‹Nonempty ι›
    -- maximum principle: a right fixed vector `K *ᵥ u = u` is constant
    have hker : ∀ u : ι → ℝ, K *ᵥ u - u = 0 → ∀ j, u j = u i₀ := by
      first
      | intro u hu
        have hfix : K *ᵥ u = u := sub_eq_zero.mp hu
        obtain ⟨m, hmax⟩ : ∃ m, ∀ l, u l ≤ u m := Finite.exists_max u
        have hprop : ∀ l, Relation.ReflTransGen (fun x y => 0 < K x y) m l → u l = u m := by
          first
          | intro l hl
            induction hl with
            | refl => rfl
            | @tail c d _ hcd ih =>
              have hrowc : ∑ l', K c l' * u l' = u c :=
                (apply_mulVec_eq_sum K u c).symm.trans (congrFun hfix c)
              have hterm : ∀ l' ∈ (Finset.univ : Finset ι), 0 ≤ K c l' * (u c - u l') :=
                fun l' _ =>
                  mul_nonneg (hK c l') (sub_nonneg.mpr (le_of_le_of_eq (hmax l') ih.symm))
              have h1 : ∑ l', K c l' * (u c - u l') =
                  (∑ l', K c l') * u c - ∑ l', K c l' * u l' := by
                first
                | rw [Finset.sum_mul, ← Finset.sum_sub_distrib]
                  exact Finset.sum_congr rfl fun l' _ => mul_sub (K c l') (u c) (u l')
                | fail "h1"
              have hzero : ∑ l', K c l' * (u c - u l') = 0 := by
                first
                | rw [h1, hrow c, hrowc, one_mul, sub_self]
                  done
                | fail "hzero"
              have hd : K c d * (u c - u d) ≤ ∑ l', K c l' * (u c - u l') :=
                Finset.single_le_sum hterm (Finset.mem_univ d)
              rw [hzero] at hd
              have hKcd : 0 < K c d := hcd
              have hge : u c ≤ u d := by
                by_contra hlt
                push_neg at hlt
                have hprod := mul_pos hKcd (sub_pos.mpr hlt)
                linarith
              linarith [hmax d, ih]
            done
          | fail "hprop"
        intro j
        exact (hprop j (hreach m j)).trans (hprop i₀ (hreach m i₀)).symm
      | fail "hker"
    -- pairing with the stationary law `π` kills `(K - 1) u`
    have hpair : ∀ u : ι → ℝ, ∑ i, π i * (K *ᵥ u - u) i = 0 := by
      first
      | intro u
        have h3 : ∀ j, ∑ i, π i * K i j = π j := fun j =>
          (apply_vecMul_eq_sum π K j).symm.trans (congrFun hπst j)
        have h1 : ∑ i, π i * (K *ᵥ u) i = ∑ i, π i * u i := by
          first
          | simp only [apply_mulVec_eq_sum, Finset.mul_sum]
            rw [Finset.sum_comm]
            refine Finset.sum_congr rfl fun j _ => ?_
            rw [← h3 j, Finset.sum_mul]
            exact Finset.sum_congr rfl fun i _ => (mul_assoc (π i) (K i j) (u j)).symm
          | fail "h1"
        have h4 : ∑ i, π i * (K *ᵥ u - u) i = ∑ i, π i * (K *ᵥ u) i - ∑ i, π i * u i := by
          first
          | rw [← Finset.sum_sub_distrib]
            refine Finset.sum_congr rfl fun i _ => ?_
            rw [Pi.sub_apply, mul_sub]
            done
          | fail "h4"
        rw [h4, h1, sub_self]
        done
      | fail "hpair"
    -- no Jordan block at `1`: `(K - 1)² u = 0` forces `(K - 1) u = 0`
    have hnil : ∀ u : ι → ℝ, K *ᵥ (K *ᵥ u - u) - (K *ᵥ u - u) = 0 → K *ᵥ u - u = 0 := by
      first
      | intro u hu
        have hc := hker (K *ᵥ u - u) hu
        have h5 : ∑ i, π i * (K *ᵥ u - u) i = ∑ i, π i * (K *ᵥ u - u) i₀ :=
          Finset.sum_congr rfl fun i _ => congrArg (fun x => π i * x) (hc i)
        have hsum : ∑ i, π i * (K *ᵥ u - u) i = (K *ᵥ u - u) i₀ := by
          first
          | rw [h5, ← Finset.sum_mul, hπ1, one_mul]
            done
          | fail "hsum"
        have h0 := hpair u
        funext j
        rw [hc j, Pi.zero_apply]
        linarith
      | fail "hnil"
    -- the endomorphism `toLin' K - 1` acts as `u ↦ K *ᵥ u - u`
    have hg : ∀ u : ι → ℝ,
        (Matrix.toLin' K - (1 : ℝ) • (1 : Module.End ℝ (ι → ℝ))) u = K *ᵥ u - u := by
      intro u
      first
        | (simp; done)
        | (simp [Matrix.toLin'_apply]; done)
        | (rw [LinearMap.sub_apply, LinearMap.smul_apply, one_smul,
              Matrix.toLin'_apply]; (try rfl); done)
    -- every generalised eigenvector for `1` is an eigenvector
    have hpow : ∀ (k : ℕ) (u : ι → ℝ),
        ((Matrix.toLin' K - (1 : ℝ) • (1 : Module.End ℝ (ι → ℝ))) ^ k) u = 0 →
          K *ᵥ u - u = 0 := by
      first
      | intro k
        induction k with
        | zero =>
          intro u hu
          rw [pow_zero] at hu
          have hu0 : u = 0 := by
            first
              | exact hu
              | simpa using hu
          rw [hu0, Matrix.mulVec_zero, sub_zero]
        | succ k ih =>
          intro u hu
          rw [pow_succ] at hu
          have hu' : ((Matrix.toLin' K - (1 : ℝ) • (1 : Module.End ℝ (ι → ℝ))) ^ k)
              ((Matrix.toLin' K - (1 : ℝ) • (1 : Module.End ℝ (ι → ℝ))) u) = 0 := hu
          have h2 := ih _ hu'
          rw [hg u] at h2
          exact hnil u h2
        done
      | fail "hpow"
    -- the generalised eigenspace of `1` is the line of constants
    have h1vec : K *ᵥ (1 : ι → ℝ) - 1 = 0 := by
      first
      | funext i
        rw [Pi.sub_apply, apply_mulVec_eq_sum, Pi.zero_apply]
        simp only [Pi.one_apply, mul_one]
        rw [hrow i, sub_self]
        done
      | fail "h1vec"
    have hmem : (1 : ι → ℝ) ∈ Module.End.maxGenEigenspace (Matrix.toLin' K) 1 := by
      first
      | refine (Module.End.mem_maxGenEigenspace ..).mpr ⟨1, ?_⟩
        rw [pow_one]
        exact (hg 1).trans h1vec
      | fail "hmem"
    have hspan : Module.End.maxGenEigenspace (Matrix.toLin' K) 1 =
        Submodule.span ℝ {(1 : ι → ℝ)} := by
      first
      | apply le_antisymm
        · intro u hu
          obtain ⟨k, hk⟩ := (Module.End.mem_maxGenEigenspace ..).mp hu
          have hc := hker u (hpow k u hk)
          refine Submodule.mem_span_singleton.mpr ⟨u i₀, ?_⟩
          funext j
          rw [Pi.smul_apply, Pi.one_apply, smul_eq_mul, mul_one, hc j]
        · rw [Submodule.span_le, Set.singleton_subset_iff]
          exact hmem
        done
      | fail "hspan"
    have h1ne : (1 : ι → ℝ) ≠ 0 := by
      intro h
      have h' := congrFun h i₀
      rw [Pi.one_apply, Pi.zero_apply] at h'
      exact one_ne_zero h'
    -- `LinearMap.finrank_maxGenEigenspace_eq`: multiplicity = dimension of that space
    have hfin : Module.finrank ℝ (Module.End.maxGenEigenspace (Matrix.toLin' K) 1) =
        Polynomial.rootMultiplicity 1 (LinearMap.charpoly (Matrix.toLin' K)) :=
      LinearMap.finrank_maxGenEigenspace_eq (Matrix.toLin' K) 1
    have hchar : LinearMap.charpoly (Matrix.toLin' K) = K.charpoly := Matrix.charpoly_toLin' K
    have hone : Module.finrank ℝ (Submodule.span ℝ {(1 : ι → ℝ)}) = 1 :=
      finrank_span_singleton h1ne
    rw [hchar, hspan] at hfin
    exact hfin.symm.trans hone
  | sorry

end Complex

end Hopfield
