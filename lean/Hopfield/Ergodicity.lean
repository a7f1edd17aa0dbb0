/-
Copyright (c) 2026 The hopfield-bridge authors. All rights reserved.
Released under Apache 2.0 license.
-/
import Hopfield.DetailedBalance

/-!
# Ergodicity of the random-scan Gibbs kernel

When every heat-bath probability lies strictly between `0` and `1`, the random-scan kernel
keeps every configuration with positive probability, reaches any configuration in at most `n`
single-site moves, and therefore has an entrywise positive `n`-th power: it is primitive and
irreducible in Mathlib's sense (`Matrix.IsPrimitive`, `Matrix.IsIrreducible`).

## Main statements
* `Hopfield.randomScanKernel_diag_pos` (T12, paper: `RScol_diag_pos`)
* `Hopfield.randomScanKernel_isIrreducible` (T13, paper: `RScol_irred`)
* `Hopfield.randomScanKernel_pow_pos` (T14, paper: `RSrow_primitive`), and
  `Hopfield.randomScanKernel_isPrimitive`
* the same for `Hopfield.randomScanKernelBase` (`0 < b`) and `Hopfield.randomScanKernelReal`

## Conventions
* All statements are about the **row-stochastic** `randomScanKernel` (row = source); the
  paper's `RScol` is its transpose `Hopfield.rsCol`.
* The key path: to go from `c` to `c'`, fix the differing sites one at a time; a site where
  `c` and `c'` already agree is "fixed" by a step that keeps the configuration, which has
  positive probability too. This gives a positive path of length exactly `n`.
-/

namespace Hopfield

open Finset

variable {n : ℕ}

section Generic

variable {K : Type*} [Field K] [LinearOrder K] [IsStrictOrderedRing K]
  (p : Config n → Fin n → K)

/-- Resampling site `u` to any value has positive probability when `0 < p < 1`. -/
theorem siteKernel_update_pos (hp0 : ∀ c u, 0 < p c u) (hp1 : ∀ c u, p c u < 1) (u : Fin n)
    (c : Config n) (x : Bool) : 0 < siteKernel p u c (Function.update c u x) := by
  cases x with
  | false =>
    rw [siteKernel_update_false]
    exact sub_pos.mpr (hp1 c u)
  | true =>
    rw [siteKernel_update_true]
    exact hp0 c u

/-- The random-scan kernel dominates `1/n` times each one-site kernel. -/
theorem inv_mul_siteKernel_le_randomScanKernel (hp0 : ∀ c u, 0 ≤ p c u)
    (hp1 : ∀ c u, p c u ≤ 1) (u : Fin n) (c c' : Config n) :
    (n : K)⁻¹ * siteKernel p u c c' ≤ randomScanKernel p c c' := by
  rw [randomScanKernel_apply]
  exact mul_le_mul_of_nonneg_left
    (Finset.single_le_sum (f := fun v => siteKernel p v c c')
      (fun v _ => siteKernel_nonneg p hp0 hp1 v c c') (Finset.mem_univ u))
    (inv_nonneg.mpr (Nat.cast_nonneg n))

/-- A single-site move (or staying put) has positive random-scan probability. -/
theorem randomScanKernel_update_pos (hp0 : ∀ c u, 0 < p c u) (hp1 : ∀ c u, p c u < 1)
    (u : Fin n) (c : Config n) (x : Bool) :
    0 < randomScanKernel p c (Function.update c u x) := by
  have hn : (0 : K) < (n : K)⁻¹ :=
    inv_pos.mpr (Nat.cast_pos.mpr (lt_of_le_of_lt (Nat.zero_le _) u.isLt))
  exact lt_of_lt_of_le (mul_pos hn (siteKernel_update_pos p hp0 hp1 u c x))
    (inv_mul_siteKernel_le_randomScanKernel p (fun c u => (hp0 c u).le)
      (fun c u => (hp1 c u).le) u c _)

/-- **T12** (paper: `RScol_diag_pos`). The random-scan kernel keeps every configuration with
positive probability (aperiodicity). -/
theorem randomScanKernel_diag_pos (hn : 0 < n) (hp0 : ∀ c u, 0 < p c u)
    (hp1 : ∀ c u, p c u < 1) (c : Config n) : 0 < randomScanKernel p c c := by
  have h := randomScanKernel_update_pos p hp0 hp1 ⟨0, hn⟩ c (c ⟨0, hn⟩)
  rwa [Function.update_eq_self] at h

/-- Entries of the random-scan kernel are nonnegative when `0 < p < 1`. -/
theorem randomScanKernel_nonneg' (hp0 : ∀ c u, 0 < p c u) (hp1 : ∀ c u, p c u < 1)
    (c c' : Config n) : 0 ≤ randomScanKernel p c c' :=
  randomScanKernel_nonneg p (fun c u => (hp0 c u).le) (fun c u => (hp1 c u).le) c c'

/-- Entries of every power of the random-scan kernel are nonnegative. -/
theorem randomScanKernel_pow_nonneg (hp0 : ∀ c u, 0 < p c u) (hp1 : ∀ c u, p c u < 1)
    (m : ℕ) (c c' : Config n) : 0 ≤ (randomScanKernel p ^ m) c c' := by
  induction m generalizing c' with
  | zero =>
    rw [pow_zero, Matrix.one_apply]
    split_ifs
    · exact zero_le_one
    · exact le_refl 0
  | succ m ih =>
    rw [pow_succ, Matrix.mul_apply]
    exact Finset.sum_nonneg fun d _ => mul_nonneg (ih d) (randomScanKernel_nonneg' p hp0 hp1 d c')

/-- If `c'` agrees with `c` off a set `S` of sites, then `c'` is reached from `c` with positive
probability in exactly `|S|` random-scan steps. -/
theorem randomScanKernel_pow_card_pos (hp0 : ∀ c u, 0 < p c u) (hp1 : ∀ c u, p c u < 1)
    (S : Finset (Fin n)) :
    ∀ c c' : Config n, (∀ v, v ∉ S → c' v = c v) →
      0 < (randomScanKernel p ^ S.card) c c' := by
  refine Finset.induction_on S ?_ ?_
  · intro c c' h
    have hcc : c' = c := funext fun v => h v (by simp)
    rw [hcc, Finset.card_empty, pow_zero, Matrix.one_apply_eq]
    exact zero_lt_one
  · intro a S ha ih c c' h
    have hcard : (insert a S).card = S.card + 1 := by
      first
        | exact Finset.card_insert_of_notMem ha
        | exact Finset.card_insert_of_not_mem ha
    rw [hcard, pow_succ, Matrix.mul_apply]
    have hd : ∀ v, v ∉ S → Function.update c' a (c a) v = c v := by
      intro v hv
      by_cases hva : v = a
      · rw [hva, Function.update_self]
      · rw [Function.update_of_ne hva]
        exact h v fun hm => (Finset.mem_insert.mp hm).elim hva hv
    have h1 : 0 < (randomScanKernel p ^ S.card) c (Function.update c' a (c a)) := ih c _ hd
    have e : Function.update (Function.update c' a (c a)) a (c' a) = c' := by
      rw [Function.update_idem, Function.update_eq_self]
    have h2 : 0 < randomScanKernel p (Function.update c' a (c a)) c' := by
      have h3 := randomScanKernel_update_pos p hp0 hp1 a (Function.update c' a (c a)) (c' a)
      rwa [e] at h3
    have hnn : ∀ d ∈ (univ : Finset (Config n)),
        0 ≤ (randomScanKernel p ^ S.card) c d * randomScanKernel p d c' := fun d _ =>
      mul_nonneg (randomScanKernel_pow_nonneg p hp0 hp1 _ c d)
        (randomScanKernel_nonneg' p hp0 hp1 d c')
    exact lt_of_lt_of_le (mul_pos h1 h2)
      (Finset.single_le_sum (f := fun d => (randomScanKernel p ^ S.card) c d *
        randomScanKernel p d c') hnn (Finset.mem_univ _))

/-- **T14** (paper: `RSrow_primitive`). Every entry of the `n`-th power of the random-scan
kernel is positive: any two configurations differ in at most `n` sites. -/
theorem randomScanKernel_pow_pos (hp0 : ∀ c u, 0 < p c u) (hp1 : ∀ c u, p c u < 1)
    (c c' : Config n) : 0 < (randomScanKernel p ^ n) c c' := by
  have h := randomScanKernel_pow_card_pos p hp0 hp1 univ c c'
    (fun v hv => absurd (Finset.mem_univ v) hv)
  rwa [Finset.card_univ, Fintype.card_fin] at h

/-- The random-scan kernel is primitive (Mathlib's `Matrix.IsPrimitive`). -/
theorem randomScanKernel_isPrimitive (hn : 0 < n) (hp0 : ∀ c u, 0 < p c u)
    (hp1 : ∀ c u, p c u < 1) : (randomScanKernel p).IsPrimitive :=
  ⟨fun c c' => randomScanKernel_nonneg' p hp0 hp1 c c', n, hn,
    fun c c' => randomScanKernel_pow_pos p hp0 hp1 c c'⟩

/-- **T13** (paper: `RScol_irred`). The random-scan kernel is irreducible (Mathlib's
`Matrix.IsIrreducible`): a primitive matrix is irreducible. -/
theorem randomScanKernel_isIrreducible (hn : 0 < n) (hp0 : ∀ c u, 0 < p c u)
    (hp1 : ∀ c u, p c u < 1) : (randomScanKernel p).IsIrreducible := by
  have h := randomScanKernel_isPrimitive p hn hp0 hp1
  have hnn : ∀ c c' : Config n, 0 ≤ randomScanKernel p c c' :=
    fun c c' => randomScanKernel_nonneg' p hp0 hp1 c c'
  have hpow : ∀ c c' : Config n, ∃ k > 0, 0 < (randomScanKernel p ^ k) c c' :=
    fun c c' => ⟨n, hn, randomScanKernel_pow_pos p hp0 hp1 c c'⟩
  first
    | exact Matrix.IsPrimitive.isIrreducible h
    | exact Matrix.IsPrimitive.to_IsIrreducible h
    | exact (Matrix.isIrreducible_iff_exists_pow_pos hnn).mpr hpow
    | exact (Matrix.IsIrreducible.iff_exists_pow_pos hnn).mpr hpow

end Generic

/-! ### The exact base form -/

section Base

variable {K : Type*} [Field K] [LinearOrder K] [IsStrictOrderedRing K] {b : K}

/-- The exact Gibbs probabilities lie strictly between `0` and `1`. -/
theorem gibbsProbPosBase_pos (hb : 0 < b) (W : Matrix (Fin n) (Fin n) ℤ) (θ : Fin n → ℤ)
    (c : Config n) (u : Fin n) : 0 < gibbsProbPosBase b W θ c u :=
  probPosBase_pos hb _

/-- The exact Gibbs probabilities lie strictly between `0` and `1`. -/
theorem gibbsProbPosBase_lt_one (hb : 0 < b) (W : Matrix (Fin n) (Fin n) ℤ) (θ : Fin n → ℤ)
    (c : Config n) (u : Fin n) : gibbsProbPosBase b W θ c u < 1 :=
  probPosBase_lt_one hb _

/-- Positive diagonal of the exact random-scan kernel. -/
theorem randomScanKernelBase_diag_pos (hb : 0 < b) (hn : 0 < n)
    (W : Matrix (Fin n) (Fin n) ℤ) (θ : Fin n → ℤ) (c : Config n) :
    0 < randomScanKernelBase b W θ c c :=
  randomScanKernel_diag_pos _ hn (gibbsProbPosBase_pos hb W θ) (gibbsProbPosBase_lt_one hb W θ) c

/-- Entrywise positive `n`-th power of the exact random-scan kernel. -/
theorem randomScanKernelBase_pow_pos (hb : 0 < b) (W : Matrix (Fin n) (Fin n) ℤ)
    (θ : Fin n → ℤ) (c c' : Config n) : 0 < (randomScanKernelBase b W θ ^ n) c c' :=
  randomScanKernel_pow_pos _ (gibbsProbPosBase_pos hb W θ) (gibbsProbPosBase_lt_one hb W θ) c c'

/-- The exact random-scan kernel is primitive. -/
theorem randomScanKernelBase_isPrimitive (hb : 0 < b) (hn : 0 < n)
    (W : Matrix (Fin n) (Fin n) ℤ) (θ : Fin n → ℤ) : (randomScanKernelBase b W θ).IsPrimitive :=
  randomScanKernel_isPrimitive _ hn (gibbsProbPosBase_pos hb W θ) (gibbsProbPosBase_lt_one hb W θ)

/-- The exact random-scan kernel is irreducible. -/
theorem randomScanKernelBase_isIrreducible (hb : 0 < b) (hn : 0 < n)
    (W : Matrix (Fin n) (Fin n) ℤ) (θ : Fin n → ℤ) :
    (randomScanKernelBase b W θ).IsIrreducible :=
  randomScanKernel_isIrreducible _ hn (gibbsProbPosBase_pos hb W θ)
    (gibbsProbPosBase_lt_one hb W θ)

end Base

/-! ### The real form -/

section Real

/-- Positive diagonal of the real random-scan kernel. -/
theorem randomScanKernelReal_diag_pos (hn : 0 < n) (β : ℝ) (W : Matrix (Fin n) (Fin n) ℝ)
    (θ : Fin n → ℝ) (c : Config n) : 0 < randomScanKernelReal β W θ c c :=
  randomScanKernel_diag_pos _ hn (fun c u => probPos_pos β W θ c.spin u)
    (fun c u => probPos_lt_one β W θ c.spin u) c

/-- Entrywise positive `n`-th power of the real random-scan kernel. -/
theorem randomScanKernelReal_pow_pos (β : ℝ) (W : Matrix (Fin n) (Fin n) ℝ) (θ : Fin n → ℝ)
    (c c' : Config n) : 0 < (randomScanKernelReal β W θ ^ n) c c' :=
  randomScanKernel_pow_pos _ (fun c u => probPos_pos β W θ c.spin u)
    (fun c u => probPos_lt_one β W θ c.spin u) c c'

/-- The real random-scan kernel is primitive. -/
theorem randomScanKernelReal_isPrimitive (hn : 0 < n) (β : ℝ) (W : Matrix (Fin n) (Fin n) ℝ)
    (θ : Fin n → ℝ) : (randomScanKernelReal β W θ).IsPrimitive :=
  randomScanKernel_isPrimitive _ hn (fun c u => probPos_pos β W θ c.spin u)
    (fun c u => probPos_lt_one β W θ c.spin u)

/-- The real random-scan kernel is irreducible. -/
theorem randomScanKernelReal_isIrreducible (hn : 0 < n) (β : ℝ)
    (W : Matrix (Fin n) (Fin n) ℝ) (θ : Fin n → ℝ) : (randomScanKernelReal β W θ).IsIrreducible :=
  randomScanKernel_isIrreducible _ hn (fun c u => probPos_pos β W θ c.spin u)
    (fun c u => probPos_lt_one β W θ c.spin u)

end Real

end Hopfield
