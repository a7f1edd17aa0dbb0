/-
Copyright (c) 2026 The hopfield-bridge authors. All rights reserved.
Released under Apache 2.0 license.
-/
import Hopfield.Hebbian

/-!
# Storage of orthogonal patterns by the Hebbian rule

Pairwise-orthogonal `±1` patterns are eigenvectors of their Hebbian weights with
eigenvalue `n - m`; when `m < n` every pattern is therefore a stable state.

## Main statements
* `Hopfield.hebbian_mulVec_pattern` (T6, paper: `patterns_pairwise_orthogonal`)
* `Hopfield.hebbian_pattern_isStable` (T7, paper: `Hebbian_stable`)

## Conventions
* `hebbian p u v = Σ_k p_k u * p_k v - [u = v] * m`: no `1/n` factor, thresholds `0`.
* T6 only needs the pattern `p j` itself to be `±1`; T7 needs all patterns `±1`, which
  makes the diagonal of `hebbian p` zero.
-/

namespace Hopfield

open Finset

variable {n m : ℕ} {R : Type*}

section CommRing

variable [CommRing R]

/-- A `±1` value squares to `1`. -/
theorem mul_self_eq_one_of_spin {x : R} (h : x = 1 ∨ x = -1) : x * x = 1 := by
  rcases h with h | h
  · rw [h, one_mul]
  · rw [h, neg_one_mul, neg_neg]

/-- The entries of the Hebbian weights. -/
theorem hebbian_apply (p : Fin m → Fin n → R) (u v : Fin n) :
    hebbian p u v = ∑ k, p k u * p k v - if u = v then (m : R) else 0 := by
  first
  | rfl
  | simp only [hebbian, Matrix.of_apply]

/-- The Hebbian weights of `±1` patterns have zero diagonal. -/
theorem hebbian_apply_self {p : Fin m → Fin n → R} (hp : ∀ k, IsSpinVec (p k)) (u : Fin n) :
    hebbian p u u = 0 := by
  have h : ∑ k, p k u * p k u = ∑ _k : Fin m, (1 : R) :=
    Finset.sum_congr rfl fun k _ => mul_self_eq_one_of_spin (hp k u)
  rw [hebbian_apply, if_pos rfl, h]
  -- goal: `∑ _k : Fin m, (1 : R) - (m : R) = 0`; the two casts of `m` come from different
  -- lemmas, so the last step is an `exact` (checked up to unfolding), with `simp` as backup
  first
  | (rw [Finset.sum_const, Finset.card_univ, Fintype.card_fin, nsmul_eq_mul, mul_one]
     exact sub_self _)
  | simp

/-- With a zero diagonal entry, the net input of `u` is row `u` of `W.mulVec s`. -/
theorem netInput_eq_mulVec {W : Matrix (Fin n) (Fin n) R} (s : Fin n → R) {u : Fin n}
    (hu : W u u = 0) : netInput W s u = W.mulVec s u := by
  have h : W u u * s u + ∑ v ∈ univ.erase u, W u v * s v = ∑ v, W u v * s v :=
    Finset.add_sum_erase univ (fun v => W u v * s v) (Finset.mem_univ u)
  rw [hu, zero_mul, zero_add] at h
  rw [netInput]
  exact h

/-- **T6** (paper: `patterns_pairwise_orthogonal`). A `±1` pattern that is orthogonal to
all the other patterns is an eigenvector of the Hebbian weights with eigenvalue `n - m`. -/
theorem hebbian_mulVec_pattern {p : Fin m → Fin n → R} (ho : PairwiseOrthogonal p)
    {j : Fin m} (hj : IsSpinVec (p j)) :
    (hebbian p).mulVec (p j) = ((n : R) - m) • p j := by
  funext u
  have hself : ∑ v, p j v * p j v = (n : R) := by
    have h : ∑ v, p j v * p j v = ∑ _v : Fin n, (1 : R) :=
      Finset.sum_congr rfl fun v _ => mul_self_eq_one_of_spin (hj v)
    rw [h]
    first
    | (rw [Finset.sum_const, Finset.card_univ, Fintype.card_fin, nsmul_eq_mul]
       exact mul_one _)
    | simp
  -- only the pattern `p j` survives the sum over patterns
  have hcross : ∑ k, p k u * ∑ v, p k v * p j v = p j u * (n : R) := by
    rw [Finset.sum_eq_single j, hself]
    · intro k _ hkj
      rw [ho k j hkj, mul_zero]
    · intro hj'
      exact absurd (Finset.mem_univ j) hj'
  have hdiag : ∑ v, (if u = v then (m : R) else 0) * p j v = (m : R) * p j u := by
    rw [Finset.sum_eq_single u, if_pos rfl]
    · intro v _ hvu
      rw [if_neg (Ne.symm hvu), zero_mul]
    · intro hu
      exact absurd (Finset.mem_univ u) hu
  have hswap : ∑ v, ∑ k, p k u * p k v * p j v = ∑ k, p k u * ∑ v, p k v * p j v := by
    rw [Finset.sum_comm]
    refine Finset.sum_congr rfl fun k _ => ?_
    rw [Finset.mul_sum]
    refine Finset.sum_congr rfl fun v _ => ?_
    ring
  calc (hebbian p).mulVec (p j) u
      = ∑ v, hebbian p u v * p j v := rfl
    _ = ∑ v, (∑ k, p k u * p k v * p j v - (if u = v then (m : R) else 0) * p j v) := by
        refine Finset.sum_congr rfl fun v _ => ?_
        rw [hebbian_apply, sub_mul, Finset.sum_mul]
    _ = p j u * (n : R) - (m : R) * p j u := by
        rw [Finset.sum_sub_distrib, hswap, hcross, hdiag]
    _ = (((n : R) - m) • p j) u := by
        -- `((c • p j) u)` is `c * p j u` by definition; `show` states it directly
        first
        | (show p j u * (n : R) - (m : R) * p j u = ((n : R) - m) * p j u
           ring)
        | (rw [Pi.smul_apply, smul_eq_mul]
           ring)

end CommRing

section Order

variable [Field R] [LinearOrder R] [IsStrictOrderedRing R]

/-- **T7** (paper: `Hebbian_stable`). If `m < n` pairwise-orthogonal `±1` patterns are
stored by the Hebbian rule (thresholds `0`), every pattern is a stable state. -/
theorem hebbian_pattern_isStable {p : Fin m → Fin n → R} (hp : ∀ k, IsSpinVec (p k))
    (ho : PairwiseOrthogonal p) (hmn : m < n) (j : Fin m) :
    IsStable (hebbian p) 0 (p j) := by
  have hpos : (0 : R) < (n : R) - m := by
    have h : (m : R) < n := by exact_mod_cast hmn
    linarith
  intro u
  have hnet : netInput (hebbian p) (p j) u = ((n : R) - m) * p j u :=
    calc netInput (hebbian p) (p j) u
        = (hebbian p).mulVec (p j) u := netInput_eq_mulVec (p j) (hebbian_apply_self hp u)
      _ = (((n : R) - m) • p j) u := congrFun (hebbian_mulVec_pattern ho (hp j)) u
      _ = ((n : R) - m) * p j u := rfl
  -- the `±1` of `upValue` and of `IsSpinVec` are elaborated in different contexts, so each
  -- branch ends with `exact h.symm` (checked up to unfolding) rather than a closing `rfl`
  have hval : upValue (hebbian p) 0 (p j) u = p j u := by
    rcases hp j u with h | h
    · have hle : (0 : Fin n → R) u ≤ netInput (hebbian p) (p j) u := by
        show (0 : R) ≤ netInput (hebbian p) (p j) u
        rw [hnet, h]
        linarith
      rw [upValue, if_pos hle]
      exact h.symm
    · have hlt : ¬ (0 : Fin n → R) u ≤ netInput (hebbian p) (p j) u := by
        show ¬ (0 : R) ≤ netInput (hebbian p) (p j) u
        rw [hnet, h, not_le]
        linarith
      rw [upValue, if_neg hlt]
      exact h.symm
  rw [up, hval, Function.update_eq_self]

end Order

end Hopfield
