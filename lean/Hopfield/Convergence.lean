/-
Copyright (c) 2026 The hopfield-bridge authors. All rights reserved.
Released under Apache 2.0 license.
-/
import Hopfield.Dynamics

/-!
# Convergence of asynchronous Hopfield dynamics

The energy change of one update, the two energy lemmas behind convergence, and
convergence along fair and cyclic site sequences.

## Main definitions
* `Hopfield.spinOfBool` : the `±1` state of a Boolean configuration
* `Hopfield.descentRank` : the number of `±1` states strictly below a state in
  the order "lower energy, or equal energy and more `+1`s"

## Main statements
* `Hopfield.energy_up_sub` (T1, paper: `E_final_Form`)
* `Hopfield.energy_up_le` (T2, paper: `energy_diff_leq_zero`)
* `Hopfield.energy_up_lt_or_pluses_lt` (T3, paper: `energy_lt_zero_or_pluses_increase`)
* `Hopfield.exists_isStable_of_fair` (T4, paper: `HopfieldNet_convergence_fair`)
* `Hopfield.isStable_seqStates_cyclicSeq` (T5, paper: `HopfieldNet_convergence_cyclic`)

## Conventions
* Only symmetry `W.IsSymm` is assumed: the energy and the net input never read the
  diagonal, so the zero-diagonal half of `Hopfield.IsHopfieldWeights` is not needed.
* `E(s) = -½ Σ_u Σ_{v ≠ u} W u v s u s v + Σ_u θ u s u` (threshold term with a plus sign).
* The update compares `θ u ≤ netInput W s u`: a tie goes to `+1`.
* Convergence is proved through `Hopfield.descentRank`, which every non-trivial
  update strictly lowers and which is at most `2 ^ n`.
-/

namespace Hopfield

open Finset

variable {n : ℕ} {R : Type*}

/-- A filter of `univ` is strictly smaller than a larger one that also holds at a point
where the first fails. -/
theorem card_filter_univ_lt {α : Type*} [Fintype α] {p q : α → Prop} [DecidablePred p]
    [DecidablePred q] (hpq : ∀ x, p x → q x) (x₀ : α) (hq : q x₀) (hp : ¬ p x₀) :
    (univ.filter p).card < (univ.filter q).card := by
  have hsub : univ.filter p ⊆ univ.filter q := fun x hx =>
    Finset.mem_filter.2 ⟨Finset.mem_univ x, hpq x (Finset.mem_filter.1 hx).2⟩
  have hx₀ : x₀ ∈ univ.filter q := Finset.mem_filter.2 ⟨Finset.mem_univ x₀, hq⟩
  have hx₀' : x₀ ∉ univ.filter p := fun hx => hp (Finset.mem_filter.1 hx).2
  exact Finset.card_lt_card ((Finset.ssubset_iff_of_subset hsub).2 ⟨x₀, hx₀, hx₀'⟩)

section Order

variable [Field R] [LinearOrder R] [IsStrictOrderedRing R]

/-! ### One update -/

/-- The updated site takes the value `upValue`. -/
theorem up_apply_self (W : Matrix (Fin n) (Fin n) R) (θ s : Fin n → R) (u : Fin n) :
    up W θ s u u = upValue W θ s u := by
  rw [up, Function.update_self]

/-- An update leaves the other sites unchanged. -/
theorem up_apply_of_ne (W : Matrix (Fin n) (Fin n) R) (θ s : Fin n → R) {u v : Fin n}
    (h : v ≠ u) : up W θ s u v = s v := by
  rw [up, Function.update_of_ne h]

/-- When the threshold is reached (ties included) the new value is `+1`. -/
theorem upValue_of_le {W : Matrix (Fin n) (Fin n) R} {θ s : Fin n → R} {u : Fin n}
    (h : θ u ≤ netInput W s u) : upValue W θ s u = 1 := by
  rw [upValue, if_pos h]

/-- Below the threshold the new value is `-1`. -/
theorem upValue_of_lt {W : Matrix (Fin n) (Fin n) R} {θ s : Fin n → R} {u : Fin n}
    (h : netInput W s u < θ u) : upValue W θ s u = -1 := by
  rw [upValue, if_neg (not_le.2 h)]

/-- The new value of an update is `1` or `-1`. -/
theorem upValue_eq_one_or (W : Matrix (Fin n) (Fin n) R) (θ s : Fin n → R) (u : Fin n) :
    upValue W θ s u = 1 ∨ upValue W θ s u = -1 := by
  by_cases h : θ u ≤ netInput W s u
  · exact Or.inl (upValue_of_le h)
  · exact Or.inr (upValue_of_lt (not_le.1 h))

/-- An update maps `±1` states to `±1` states. -/
theorem isSpinVec_up {W : Matrix (Fin n) (Fin n) R} {θ s : Fin n → R} (hs : IsSpinVec s)
    (u : Fin n) : IsSpinVec (up W θ s u) := by
  intro v
  by_cases hv : v = u
  · rw [hv, up_apply_self W θ s u]
    exact upValue_eq_one_or W θ s u
  · rw [up_apply_of_ne W θ s hv]
    exact hs v

/-- An update whose new value is the old one changes nothing. -/
theorem up_eq_self_of_upValue_eq {W : Matrix (Fin n) (Fin n) R} {θ s : Fin n → R} {u : Fin n}
    (h : upValue W θ s u = s u) : up W θ s u = s := by
  rw [up, h, Function.update_eq_self]

/-! ### The energy change of one update -/

/-- Row `u` of the energy double sum is `s u` times the net input of `u`. -/
theorem rowSum_self (W : Matrix (Fin n) (Fin n) R) (s : Fin n → R) (u : Fin n) :
    ∑ v ∈ univ.erase u, W u v * s u * s v = s u * netInput W s u := by
  rw [netInput, Finset.mul_sum]
  refine Finset.sum_congr rfl fun v _ => ?_
  ring

/-- Row `u` of the energy double sum after changing site `u` to `a`. -/
theorem rowSum_update_self (W : Matrix (Fin n) (Fin n) R) (s : Fin n → R) (u : Fin n) (a : R) :
    ∑ v ∈ univ.erase u, W u v * Function.update s u a u * Function.update s u a v =
      a * netInput W s u := by
  rw [Function.update_self, netInput, Finset.mul_sum]
  refine Finset.sum_congr rfl fun v hv => ?_
  rw [Function.update_of_ne (Finset.ne_of_mem_erase hv)]
  ring

/-- Row `w ≠ u` of the energy double sum after changing site `u` to `a`: only the
term `v = u` changes. -/
theorem rowSum_update_of_ne (W : Matrix (Fin n) (Fin n) R) (s : Fin n → R) {u w : Fin n}
    (h : w ≠ u) (a : R) :
    ∑ v ∈ univ.erase w, W w v * Function.update s u a w * Function.update s u a v =
      ∑ v ∈ univ.erase w, W w v * s w * s v + W w u * s w * (a - s u) := by
  rw [Function.update_of_ne h]
  have hu : u ∈ univ.erase w := Finset.mem_erase.2 ⟨h.symm, Finset.mem_univ u⟩
  have h₁ : W w u * s w * Function.update s u a u +
        ∑ v ∈ (univ.erase w).erase u, W w v * s w * Function.update s u a v =
      ∑ v ∈ univ.erase w, W w v * s w * Function.update s u a v :=
    Finset.add_sum_erase _ (fun v => W w v * s w * Function.update s u a v) hu
  have h₂ : W w u * s w * s u + ∑ v ∈ (univ.erase w).erase u, W w v * s w * s v =
      ∑ v ∈ univ.erase w, W w v * s w * s v :=
    Finset.add_sum_erase _ (fun v => W w v * s w * s v) hu
  have h₃ : ∑ v ∈ (univ.erase w).erase u, W w v * s w * Function.update s u a v =
      ∑ v ∈ (univ.erase w).erase u, W w v * s w * s v :=
    Finset.sum_congr rfl fun v hv => by rw [Function.update_of_ne (Finset.ne_of_mem_erase hv)]
  rw [Function.update_self] at h₁
  linear_combination -h₁ + h₂ + h₃

/-- The energy change when site `u` is set to an arbitrary value `a` (symmetric `W`). -/
theorem energy_update_sub_of_isSymm {W : Matrix (Fin n) (Fin n) R} (hW : W.IsSymm)
    (θ s : Fin n → R) (u : Fin n) (a : R) :
    energy W θ (Function.update s u a) - energy W θ s = (s u - a) * (netInput W s u - θ u) := by
  have hu : u ∈ (univ : Finset (Fin n)) := Finset.mem_univ u
  have hQ : ∑ v ∈ univ.erase u, W u v * s u * s v +
        ∑ w ∈ univ.erase u, ∑ v ∈ univ.erase w, W w v * s w * s v =
      ∑ w, ∑ v ∈ univ.erase w, W w v * s w * s v :=
    Finset.add_sum_erase univ (fun w => ∑ v ∈ univ.erase w, W w v * s w * s v) hu
  have hQ' : ∑ v ∈ univ.erase u, W u v * Function.update s u a u * Function.update s u a v +
        ∑ w ∈ univ.erase u, ∑ v ∈ univ.erase w,
          W w v * Function.update s u a w * Function.update s u a v =
      ∑ w, ∑ v ∈ univ.erase w,
        W w v * Function.update s u a w * Function.update s u a v :=
    Finset.add_sum_erase univ
      (fun w => ∑ v ∈ univ.erase w,
        W w v * Function.update s u a w * Function.update s u a v) hu
  have hT : θ u * s u + ∑ w ∈ univ.erase u, θ w * s w = ∑ w, θ w * s w :=
    Finset.add_sum_erase univ (fun w => θ w * s w) hu
  have hT' : θ u * Function.update s u a u +
        ∑ w ∈ univ.erase u, θ w * Function.update s u a w =
      ∑ w, θ w * Function.update s u a w :=
    Finset.add_sum_erase univ (fun w => θ w * Function.update s u a w) hu
  -- rows `w ≠ u`: each changes by `W w u * s w * (a - s u)`, and symmetry sums these to
  -- `(a - s u) * netInput W s u`
  have hrest : ∑ w ∈ univ.erase u, ∑ v ∈ univ.erase w,
        W w v * Function.update s u a w * Function.update s u a v =
      ∑ w ∈ univ.erase u, ∑ v ∈ univ.erase w, W w v * s w * s v +
        (a - s u) * netInput W s u := by
    rw [netInput, Finset.mul_sum, ← Finset.sum_add_distrib]
    refine Finset.sum_congr rfl fun w hw => ?_
    rw [rowSum_update_of_ne W s (Finset.ne_of_mem_erase hw) a, hW.apply u w]
    ring
  have hTrest : ∑ w ∈ univ.erase u, θ w * Function.update s u a w =
      ∑ w ∈ univ.erase u, θ w * s w :=
    Finset.sum_congr rfl fun w hw => by rw [Function.update_of_ne (Finset.ne_of_mem_erase hw)]
  rw [rowSum_update_self W s u a] at hQ'
  rw [rowSum_self W s u] at hQ
  rw [Function.update_self] at hT'
  unfold energy
  linear_combination (1 / 2 : R) * hQ' - (1 / 2 : R) * hQ - hT' + hT - (1 / 2 : R) * hrest +
    hTrest

/-- **T1** (paper: `E_final_Form`). The energy change of one update:
`E(up s u) - E(s) = (s u - (up s u) u) * (net_u(s) - θ u)` for symmetric `W`. -/
theorem energy_up_sub {W : Matrix (Fin n) (Fin n) R} (hW : W.IsSymm) (θ s : Fin n → R)
    (u : Fin n) :
    energy W θ (up W θ s u) - energy W θ s =
      (s u - up W θ s u u) * (netInput W s u - θ u) := by
  rw [up_apply_self W θ s u]
  exact energy_update_sub_of_isSymm hW θ s u (upValue W θ s u)

/-- **T2** (paper: `energy_diff_leq_zero`). An update never increases the energy of a
`±1` state (symmetric `W`). -/
theorem energy_up_le {W : Matrix (Fin n) (Fin n) R} (hW : W.IsSymm) (θ : Fin n → R)
    {s : Fin n → R} (hs : IsSpinVec s) (u : Fin n) :
    energy W θ (up W θ s u) ≤ energy W θ s := by
  have hdiff : energy W θ (up W θ s u) - energy W θ s =
      (s u - upValue W θ s u) * (netInput W s u - θ u) :=
    energy_update_sub_of_isSymm hW θ s u (upValue W θ s u)
  -- Only `s u` is rewritten; `linarith` multiplies out the numeral factor
  -- `(±1 - ±1) * (net - θ)` itself, so no rewrite has to match numerals that were
  -- elaborated in different files (`IsSpinVec` vs `upValue`).
  by_cases hθ : θ u ≤ netInput W s u
  · rw [upValue_of_le hθ] at hdiff
    rcases hs u with h | h
    · rw [h] at hdiff
      linarith
    · rw [h] at hdiff
      linarith
  · have hlt : netInput W s u < θ u := not_le.1 hθ
    rw [upValue_of_lt hlt] at hdiff
    rcases hs u with h | h
    · rw [h] at hdiff
      linarith
    · rw [h] at hdiff
      linarith

/-- Setting a site that is not `+1` to `+1` raises `pluses`. -/
theorem pluses_lt_pluses_update_one {s : Fin n → R} {u : Fin n} (h : s u ≠ 1) :
    pluses s < pluses (Function.update s u 1) := by
  unfold pluses
  refine card_filter_univ_lt ?_ u ?_ ?_
  · intro v hv
    by_cases hvu : v = u
    · rw [hvu] at hv
      exact absurd hv h
    · show Function.update s u 1 v = 1
      rw [Function.update_of_ne hvu]
      exact hv
  · show Function.update s u 1 u = 1
    exact Function.update_self u 1 s
  · exact h

/-- **T3** (paper: `energy_lt_zero_or_pluses_increase`). An update that changes a `±1`
state strictly lowers its energy, or keeps the energy and raises `pluses`
(symmetric `W`). -/
theorem energy_up_lt_or_pluses_lt {W : Matrix (Fin n) (Fin n) R} {θ : Fin n → R}
    (hW : W.IsSymm) {s : Fin n → R} (hs : IsSpinVec s) (u : Fin n) (hne : up W θ s u ≠ s) :
    energy W θ (up W θ s u) < energy W θ s ∨
      (energy W θ (up W θ s u) = energy W θ s ∧ pluses s < pluses (up W θ s u)) := by
  have hval : upValue W θ s u ≠ s u := fun h => hne (up_eq_self_of_upValue_eq h)
  have hdiff : energy W θ (up W θ s u) - energy W θ s =
      (s u - upValue W θ s u) * (netInput W s u - θ u) :=
    energy_update_sub_of_isSymm hW θ s u (upValue W θ s u)
  by_cases hθ : θ u ≤ netInput W s u
  · rw [upValue_of_le hθ] at hval hdiff
    -- `hval : 1 ≠ s u` now; its `1` is the one of `pluses_lt_pluses_update_one`
    have h1 : s u ≠ 1 := Ne.symm hval
    have hsu : s u = -1 := (hs u).resolve_left h1
    rw [hsu] at hdiff
    rcases lt_or_eq_of_le hθ with hlt | heq
    · left
      linarith
    · right
      refine ⟨by linarith, ?_⟩
      rw [up, upValue_of_le hθ]
      exact pluses_lt_pluses_update_one h1
  · have hlt : netInput W s u < θ u := not_le.1 hθ
    rw [upValue_of_lt hlt] at hval hdiff
    have hsu : s u = 1 := (hs u).resolve_right (Ne.symm hval)
    rw [hsu] at hdiff
    left
    linarith

/-! ### A rank that every non-trivial update lowers -/

/-- The `±1` state of a Boolean configuration: `true` is `+1`, `false` is `-1`. -/
def spinOfBool (c : Fin n → Bool) : Fin n → R :=
  fun u => if c u = true then 1 else -1

/-- Every `±1` state comes from a Boolean configuration. -/
theorem exists_spinOfBool_eq {s : Fin n → R} (hs : IsSpinVec s) :
    ∃ c : Fin n → Bool, spinOfBool c = s := by
  refine ⟨fun u => decide (s u = 1), funext fun u => ?_⟩
  show (if decide (s u = 1) = true then (1 : R) else -1) = s u
  by_cases h : s u = 1
  · rw [if_pos (decide_eq_true h), h]
  · have hc : ¬ (decide (s u = 1) = true) := fun hc => h (of_decide_eq_true hc)
    rw [if_neg hc]
    exact ((hs u).resolve_left h).symm

/-- The lexicographic order "lower energy, or equal energy and more `+1`s" is transitive. -/
theorem lex_lt_trans {α : Type*} [Preorder α] {x y z : α} {i j k : ℕ}
    (h₁ : x < y ∨ (x = y ∧ j < i)) (h₂ : y < z ∨ (y = z ∧ k < j)) :
    x < z ∨ (x = z ∧ k < i) := by
  rcases h₁ with h₁ | ⟨h₁, h₁'⟩ <;> rcases h₂ with h₂ | ⟨h₂, h₂'⟩
  · exact Or.inl (lt_trans h₁ h₂)
  · exact Or.inl (lt_of_lt_of_eq h₁ h₂)
  · exact Or.inl (lt_of_eq_of_lt h₁ h₂)
  · exact Or.inr ⟨h₁.trans h₂, lt_trans h₂' h₁'⟩

/-- The number of `±1` states strictly below `s` in the order "lower energy, or equal
energy and more `+1`s". -/
def descentRank (W : Matrix (Fin n) (Fin n) R) (θ s : Fin n → R) : ℕ :=
  (univ.filter fun c : Fin n → Bool =>
    energy W θ (spinOfBool c) < energy W θ s ∨
      (energy W θ (spinOfBool c) = energy W θ s ∧ pluses s < pluses (spinOfBool c))).card

/-- A `±1` state strictly below `s` has a strictly smaller rank. -/
theorem descentRank_lt {W : Matrix (Fin n) (Fin n) R} {θ s t : Fin n → R}
    (ht : IsSpinVec t)
    (h : energy W θ t < energy W θ s ∨
      (energy W θ t = energy W θ s ∧ pluses s < pluses t)) :
    descentRank W θ t < descentRank W θ s := by
  obtain ⟨c₀, rfl⟩ := exists_spinOfBool_eq ht
  unfold descentRank
  refine card_filter_univ_lt ?_ c₀ ?_ ?_
  · intro c hc
    exact lex_lt_trans hc h
  · exact h
  · rintro (h' | ⟨-, h'⟩)
    · exact lt_irrefl _ h'
    · exact lt_irrefl _ h'

/-- The rank is at most the number `2 ^ n` of `±1` states. -/
theorem descentRank_le_two_pow (W : Matrix (Fin n) (Fin n) R) (θ s : Fin n → R) :
    descentRank W θ s ≤ 2 ^ n := by
  have hcard : Fintype.card (Fin n → Bool) = 2 ^ n := by
    first
    | rw [Fintype.card_fun, Fintype.card_bool, Fintype.card_fin]
    | simp
  unfold descentRank
  exact le_trans (Finset.card_le_univ _) (le_of_eq hcard)

/-- An update never raises the rank of a `±1` state (symmetric `W`). -/
theorem descentRank_up_le {W : Matrix (Fin n) (Fin n) R} {θ : Fin n → R} (hW : W.IsSymm)
    {s : Fin n → R} (hs : IsSpinVec s) (u : Fin n) :
    descentRank W θ (up W θ s u) ≤ descentRank W θ s := by
  by_cases h : up W θ s u = s
  · exact le_of_eq (congrArg (descentRank W θ) h)
  · exact le_of_lt (descentRank_lt (isSpinVec_up hs u) (energy_up_lt_or_pluses_lt hW hs u h))

/-! ### Update sequences -/

/-- A sequence starts at its initial state. -/
theorem seqStates_zero (W : Matrix (Fin n) (Fin n) R) (θ : Fin n → R) (useq : ℕ → Fin n)
    (s : Fin n → R) : seqStates W θ useq s 0 = s := rfl

/-- Step `k + 1` of a sequence updates site `useq k` of step `k`. -/
theorem seqStates_succ (W : Matrix (Fin n) (Fin n) R) (θ : Fin n → R) (useq : ℕ → Fin n)
    (s : Fin n → R) (k : ℕ) :
    seqStates W θ useq s (k + 1) = up W θ (seqStates W θ useq s k) (useq k) := rfl

/-- Every state along a sequence started at a `±1` state is a `±1` state. -/
theorem isSpinVec_seqStates (W : Matrix (Fin n) (Fin n) R) (θ : Fin n → R) {s : Fin n → R}
    (hs : IsSpinVec s) (useq : ℕ → Fin n) (k : ℕ) : IsSpinVec (seqStates W θ useq s k) := by
  induction k with
  | zero => exact hs
  | succ k ih =>
    rw [seqStates_succ]
    exact isSpinVec_up ih (useq k)

/-- The rank never rises along a sequence (symmetric `W`, `±1` start). -/
theorem descentRank_seqStates_antitone {W : Matrix (Fin n) (Fin n) R} {θ : Fin n → R}
    (hW : W.IsSymm) {s : Fin n → R} (hs : IsSpinVec s) (useq : ℕ → Fin n) :
    Antitone fun k => descentRank W θ (seqStates W θ useq s k) := by
  refine antitone_nat_of_succ_le fun k => ?_
  -- `seqStates (k + 1)` is `up (seqStates k) (useq k)` by definition
  exact descentRank_up_le hW (isSpinVec_seqStates W θ hs useq k) (useq k)

/-- The rank drops at every step that changes the state. -/
theorem descentRank_seqStates_succ_lt {W : Matrix (Fin n) (Fin n) R} {θ : Fin n → R}
    (hW : W.IsSymm) {s : Fin n → R} (hs : IsSpinVec s) (useq : ℕ → Fin n) (k : ℕ)
    (h : seqStates W θ useq s (k + 1) ≠ seqStates W θ useq s k) :
    descentRank W θ (seqStates W θ useq s (k + 1)) <
      descentRank W θ (seqStates W θ useq s k) := by
  rw [seqStates_succ] at h ⊢
  exact descentRank_lt (isSpinVec_up (isSpinVec_seqStates W θ hs useq k) (useq k))
    (energy_up_lt_or_pluses_lt hW (isSpinVec_seqStates W θ hs useq k) (useq k) h)

/-- **T4** (paper: `HopfieldNet_convergence_fair`). With symmetric weights, a fair site
sequence started at a `±1` state reaches a stable state. -/
theorem exists_isStable_of_fair {W : Matrix (Fin n) (Fin n) R} (hW : W.IsSymm)
    (θ : Fin n → R) {s : Fin n → R} (hs : IsSpinVec s) {useq : ℕ → Fin n}
    (hf : Fair useq) :
    ∃ N, IsStable W θ (seqStates W θ useq s N) := by
  by_contra hcon
  push_neg at hcon
  -- a state that never changes again would be stable, by fairness
  have hchange : ∀ k, ∃ j, k ≤ j ∧
      seqStates W θ useq s (j + 1) ≠ seqStates W θ useq s j := by
    intro k
    by_contra hk
    push_neg at hk
    have hconst : ∀ d, seqStates W θ useq s (k + d) = seqStates W θ useq s k := by
      intro d
      induction d with
      | zero => rfl
      | succ d ih => rw [← Nat.add_assoc, hk (k + d) (Nat.le_add_right k d), ih]
    apply hcon k
    intro u
    obtain ⟨m, hkm, hmu⟩ := hf u k
    obtain ⟨d, rfl⟩ := Nat.exists_eq_add_of_le hkm
    have h := hk (k + d) hkm
    rw [seqStates_succ, hmu, hconst d] at h
    exact h
  -- so the rank drops without end, which a natural number cannot do
  have hdrop : ∀ t, ∃ k,
      descentRank W θ (seqStates W θ useq s k) + t ≤ descentRank W θ s := by
    intro t
    induction t with
    | zero => exact ⟨0, le_of_eq (by rw [seqStates_zero, Nat.add_zero])⟩
    | succ t ih =>
      obtain ⟨k, hk⟩ := ih
      obtain ⟨j, hkj, hj⟩ := hchange k
      have h1 : descentRank W θ (seqStates W θ useq s (j + 1)) <
          descentRank W θ (seqStates W θ useq s j) :=
        descentRank_seqStates_succ_lt hW hs useq j hj
      have h2 : descentRank W θ (seqStates W θ useq s j) ≤
          descentRank W θ (seqStates W θ useq s k) :=
        descentRank_seqStates_antitone hW hs useq hkj
      exact ⟨j + 1, by omega⟩
  obtain ⟨k, hk⟩ := hdrop (descentRank W θ s + 1)
  omega

/-- The cyclic sequence visits site `u` at time `n * b + u`. -/
theorem cyclicSeq_apply [NeZero n] (b : ℕ) (u : Fin n) :
    cyclicSeq n (n * b + (u : ℕ)) = u := by
  apply Fin.ext
  show (n * b + (u : ℕ)) % n = u
  first
  | rw [Nat.add_comm, Nat.add_mul_mod_self_left, Nat.mod_eq_of_lt u.isLt]
  | rw [Nat.mul_add_mod, Nat.mod_eq_of_lt u.isLt]
  | simp [Nat.mod_eq_of_lt u.isLt]

/-- If no update of the sweep `n * b, …, n * b + n - 1` of the cyclic sequence changes the
state, the state at the start of the sweep is stable. -/
theorem isStable_of_quiet_sweep [NeZero n] {W : Matrix (Fin n) (Fin n) R} {θ s : Fin n → R}
    (b : ℕ)
    (hq : ∀ i < n, seqStates W θ (cyclicSeq n) s (n * b + i + 1) =
      seqStates W θ (cyclicSeq n) s (n * b + i)) :
    IsStable W θ (seqStates W θ (cyclicSeq n) s (n * b)) := by
  have hconst : ∀ i, i ≤ n →
      seqStates W θ (cyclicSeq n) s (n * b + i) = seqStates W θ (cyclicSeq n) s (n * b) := by
    intro i
    induction i with
    | zero => intro _; rfl
    | succ i ih =>
      intro hi
      rw [← Nat.add_assoc, hq i (by omega), ih (by omega)]
  intro u
  have h := hq u u.isLt
  rw [seqStates_succ, cyclicSeq_apply, hconst u (le_of_lt u.isLt)] at h
  exact h

/-- Along the cyclic sequence, either one of the first `b` sweeps changes nothing, or the
rank has dropped by at least `b` after `b` sweeps. -/
theorem exists_quiet_sweep_or_descentRank_le [NeZero n] {W : Matrix (Fin n) (Fin n) R}
    (hW : W.IsSymm) (θ : Fin n → R) {s : Fin n → R} (hs : IsSpinVec s) (b : ℕ) :
    (∃ b' < b, ∀ i < n, seqStates W θ (cyclicSeq n) s (n * b' + i + 1) =
        seqStates W θ (cyclicSeq n) s (n * b' + i)) ∨
      descentRank W θ (seqStates W θ (cyclicSeq n) s (n * b)) + b ≤ descentRank W θ s := by
  induction b with
  | zero =>
    right
    exact le_of_eq (by rw [Nat.mul_zero, Nat.add_zero, seqStates_zero])
  | succ b ih =>
    rcases ih with ⟨b', hb', hq⟩ | ih
    · exact Or.inl ⟨b', by omega, hq⟩
    · by_cases hq : ∀ i < n, seqStates W θ (cyclicSeq n) s (n * b + i + 1) =
          seqStates W θ (cyclicSeq n) s (n * b + i)
      · exact Or.inl ⟨b, by omega, hq⟩
      · right
        push_neg at hq
        obtain ⟨i, hi, hne⟩ := hq
        have e : n * (b + 1) = n * b + n := by ring
        have h1 : descentRank W θ (seqStates W θ (cyclicSeq n) s (n * b + i + 1)) <
            descentRank W θ (seqStates W θ (cyclicSeq n) s (n * b + i)) :=
          descentRank_seqStates_succ_lt hW hs (cyclicSeq n) (n * b + i) hne
        have h2 : descentRank W θ (seqStates W θ (cyclicSeq n) s (n * b + i)) ≤
            descentRank W θ (seqStates W θ (cyclicSeq n) s (n * b)) :=
          descentRank_seqStates_antitone hW hs (cyclicSeq n) (Nat.le_add_right (n * b) i)
        have h3 : descentRank W θ (seqStates W θ (cyclicSeq n) s (n * (b + 1))) ≤
            descentRank W θ (seqStates W θ (cyclicSeq n) s (n * b + i + 1)) :=
          descentRank_seqStates_antitone hW hs (cyclicSeq n) (by omega)
        omega

/-- **T5** (paper: `HopfieldNet_convergence_cyclic`). With symmetric weights, the cyclic
site sequence started at a `±1` state is stable after at most `n * 2 ^ n` steps. -/
theorem isStable_seqStates_cyclicSeq [NeZero n] {W : Matrix (Fin n) (Fin n) R}
    (hW : W.IsSymm) (θ : Fin n → R) {s : Fin n → R} (hs : IsSpinVec s) :
    ∃ N ≤ n * 2 ^ n, IsStable W θ (seqStates W θ (cyclicSeq n) s N) := by
  rcases exists_quiet_sweep_or_descentRank_le hW θ hs (descentRank W θ s + 1) with
    ⟨b, hb, hq⟩ | h
  · have hr : descentRank W θ s ≤ 2 ^ n := descentRank_le_two_pow W θ s
    exact ⟨n * b, Nat.mul_le_mul (Nat.le_refl n) (by omega), isStable_of_quiet_sweep b hq⟩
  · exfalso
    omega

end Order

end Hopfield
