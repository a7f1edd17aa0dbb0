/-
Copyright (c) 2026 The hopfield-bridge authors. All rights reserved.
Released under Apache 2.0 license.
-/
import Hopfield.Gibbs

/-!
# The Boltzmann side: flip relation, logistic form, zero-temperature limit

Facts about the energy and the heat-bath probability that the detailed-balance
and ergodicity files build on.

## Main statements
* `Hopfield.energy_flip_relation` (T8, paper: `hamiltonian_flip_relation`):
  `E(s⁺_u) - E(s⁻_u) = -2 L_u(s)` for symmetric weights; also for `energyInt`
  (`Hopfield.energyInt_flip_relation`) and for configurations
  (`Hopfield.energyInt_flip_config`, `Hopfield.energy_flip_config`)
* `Hopfield.probPosBase_exp` (T9, paper: `probPos`, `logisticProb`):
  `probPosBase (exp β) L = 1 / (1 + exp (-2 β L))`, and
  `Hopfield.gibbsProbPosBase_exp`: the exact base form at `b = exp β` is `probPos`
  of the cast weights
* `Hopfield.tendsto_probPos_atTop` (T19, paper: `gibbs_update_tends_to_zero_temp_limit`):
  `probPos β → zeroTempProbPos` as `β → ∞`, with `½` on a tie
* `Hopfield.up_ne_zeroTemp_of_tie`: on a tie `upValue = 1` but the limit is `½`
* positivity: `Hopfield.probPosBase_pos`, `Hopfield.probPosBase_lt_one`,
  `Hopfield.probPos_pos`, `Hopfield.probPos_lt_one`

## Conventions
* `s⁺_u = Function.update s u 1`, `s⁻_u = Function.update s u (-1)`; on configurations
  `Function.update c u true` and `Function.update c u false`.
* The local field `L_u(s)` does not look at site `u`, so it is the same for `s⁺_u`, `s⁻_u`
  and `s`.
-/

namespace Hopfield

open Finset Filter Topology

variable {n : ℕ}

/-! ### Spins of updated configurations -/

section Spin

variable {R : Type*} [Ring R]

/-- The spin of site `u` of a configuration, unfolded. -/
theorem Config.spin_apply (c : Config n) (u : Fin n) :
    (c.spin u : R) = if c u then 1 else -1 :=
  rfl

/-- Setting site `u` to `true` sets spin `u` to `1`. -/
theorem Config.spin_update_true (c : Config n) (u : Fin n) :
    (Config.spin (Function.update c u true) : Fin n → R) = Function.update c.spin u 1 := by
  funext v
  by_cases h : v = u
  · simp [h, Config.spin_apply]
  · simp [h, Config.spin_apply, Function.update_of_ne h]

/-- Setting site `u` to `false` sets spin `u` to `-1`. -/
theorem Config.spin_update_false (c : Config n) (u : Fin n) :
    (Config.spin (Function.update c u false) : Fin n → R) = Function.update c.spin u (-1) := by
  funext v
  by_cases h : v = u
  · simp [h, Config.spin_apply]
  · simp [h, Config.spin_apply, Function.update_of_ne h]

/-- Casting an integer spin gives the spin in the target ring. -/
theorem Config.spin_intCast (c : Config n) (u : Fin n) :
    ((c.spin u : ℤ) : R) = c.spin u := by
  rw [Config.spin_apply, Config.spin_apply]
  split_ifs <;> simp

end Spin

section CommRing

variable {R : Type*} [CommRing R]

/-- The net input of site `u` does not depend on the state of site `u`. -/
theorem netInput_spin_update (W : Matrix (Fin n) (Fin n) R) (c : Config n) (u : Fin n)
    (x : Bool) : netInput W (Config.spin (Function.update c u x)) u = netInput W c.spin u := by
  unfold netInput
  refine Finset.sum_congr rfl fun v hv => ?_
  rw [Config.spin_apply, Config.spin_apply, Function.update_of_ne (Finset.ne_of_mem_erase hv)]

/-- The local field of site `u` does not depend on the state of site `u`. -/
theorem localField_spin_update (W : Matrix (Fin n) (Fin n) R) (θ : Fin n → R) (c : Config n)
    (u : Fin n) (x : Bool) :
    localField W θ (Config.spin (Function.update c u x)) u = localField W θ c.spin u := by
  unfold localField
  rw [netInput_spin_update]

/-- The local field of integer data, cast to a commutative ring. -/
theorem localField_intCast (W : Matrix (Fin n) (Fin n) ℤ) (θ : Fin n → ℤ) (c : Config n)
    (u : Fin n) :
    ((localField W θ c.spin u : ℤ) : R) =
      localField (W.map (Int.cast : ℤ → R)) (fun v => (θ v : R)) c.spin u := by
  first
    | (simp only [localField, netInput, Int.cast_sub, Int.cast_sum, Int.cast_mul,
        Matrix.map_apply, Config.spin_intCast]; done)
    | simp [localField, netInput, Config.spin_intCast]

/-! ### How a pair sum and a linear sum change when one site changes -/

/-- Changing site `u` from `b` to `a` changes a pair sum `Σ_x Σ_{y ∈ S x} W x y s_x s_y`
without diagonal pairs by `(a - b)` times the weights that `u` sees from both sides. -/
theorem pairSum_update_sub (W : Matrix (Fin n) (Fin n) R) (S : Fin n → Finset (Fin n))
    (hS : ∀ x, x ∉ S x) (s : Fin n → R) (u : Fin n) (a b : R) :
    ∑ x, ∑ y ∈ S x, W x y * Function.update s u a x * Function.update s u a y -
        ∑ x, ∑ y ∈ S x, W x y * Function.update s u b x * Function.update s u b y =
      (a - b) * (∑ y ∈ S u, W u y * s y + ∑ x, if u ∈ S x then W x u * s x else 0) := by
  have key : ∀ x, ∑ y ∈ S x, W x y * Function.update s u a x * Function.update s u a y -
      ∑ y ∈ S x, W x y * Function.update s u b x * Function.update s u b y =
      (if x = u then (a - b) * ∑ y ∈ S u, W u y * s y else 0) +
        (a - b) * (if u ∈ S x then W x u * s x else 0) := by
    intro x
    rw [← Finset.sum_sub_distrib]
    by_cases hx : x = u
    · rw [hx, if_pos rfl, if_neg (hS u), mul_zero, add_zero, Finset.mul_sum]
      refine Finset.sum_congr rfl fun y hy => ?_
      have hyu : y ≠ u := fun h => hS u (by rw [h] at hy; exact hy)
      rw [Function.update_self, Function.update_self, Function.update_of_ne hyu,
        Function.update_of_ne hyu]
      ring
    · rw [if_neg hx, zero_add]
      by_cases hu : u ∈ S x
      · rw [if_pos hu, Finset.sum_eq_single_of_mem u hu]
        · rw [Function.update_self, Function.update_self, Function.update_of_ne hx,
            Function.update_of_ne hx]
          ring
        · intro y _ hyu
          rw [Function.update_of_ne hyu, Function.update_of_ne hyu, Function.update_of_ne hx,
            Function.update_of_ne hx]
          ring
      · rw [if_neg hu, mul_zero]
        refine Finset.sum_eq_zero fun y hy => ?_
        have hyu : y ≠ u := fun h => hu (by rw [h] at hy; exact hy)
        rw [Function.update_of_ne hyu, Function.update_of_ne hyu, Function.update_of_ne hx,
          Function.update_of_ne hx]
        ring
  rw [← Finset.sum_sub_distrib, Finset.sum_congr rfl fun x _ => key x, Finset.sum_add_distrib,
    Finset.sum_ite_eq', if_pos (Finset.mem_univ u), ← Finset.mul_sum]
  ring

/-- Changing site `u` from `b` to `a` changes `Σ_x θ x s x` by `(a - b) θ u`. -/
theorem sum_mul_update_sub (θ s : Fin n → R) (u : Fin n) (a b : R) :
    ∑ x, θ x * Function.update s u a x - ∑ x, θ x * Function.update s u b x = (a - b) * θ u := by
  rw [← Finset.sum_sub_distrib, Finset.sum_eq_single u]
  · rw [Function.update_self, Function.update_self]
    ring
  · intro x _ hx
    rw [Function.update_of_ne hx, Function.update_of_ne hx, sub_self]
  · intro h
    exact absurd (Finset.mem_univ u) h

/-- For symmetric `W`, the weights into `u` from the other sites are the net input of `u`. -/
theorem sum_ite_mem_erase_eq_netInput {W : Matrix (Fin n) (Fin n) R} (hW : W.IsSymm)
    (s : Fin n → R) (u : Fin n) :
    (∑ x, if u ∈ univ.erase x then W x u * s x else 0) = netInput W s u := by
  rw [netInput, ← Finset.sum_filter]
  refine Finset.sum_congr ?_ fun x _ => ?_
  · ext x
    simp only [Finset.mem_filter, Finset.mem_univ, true_and, Finset.mem_erase, and_true]
    exact ⟨fun h h' => h h'.symm, fun h h' => h h'.symm⟩
  · rw [hW.apply u x]

/-- For symmetric `W`, the weights to the later sites plus the weights from the earlier
sites are the net input of `u`. -/
theorem sum_upper_add_sum_lower {W : Matrix (Fin n) (Fin n) R} (hW : W.IsSymm)
    (s : Fin n → R) (u : Fin n) :
    ∑ y ∈ univ.filter (fun v => u < v), W u y * s y +
        (∑ x, if u ∈ univ.filter (fun v => x < v) then W x u * s x else 0) =
      netInput W s u := by
  have h2 : (∑ x, if u ∈ univ.filter (fun v => x < v) then W x u * s x else 0) =
      ∑ x, if x < u then W u x * s x else 0 := by
    refine Finset.sum_congr rfl fun x _ => ?_
    by_cases h : x < u
    · have hm : u ∈ univ.filter (fun v => x < v) := Finset.mem_filter.mpr ⟨Finset.mem_univ u, h⟩
      rw [if_pos hm, if_pos h, hW.apply u x]
    · have hm : u ∉ univ.filter (fun v => x < v) := fun hm => h (Finset.mem_filter.mp hm).2
      rw [if_neg hm, if_neg h]
  rw [h2, Finset.sum_filter, netInput, ← Finset.filter_ne', Finset.sum_filter,
    ← Finset.sum_add_distrib]
  refine Finset.sum_congr rfl fun v _ => ?_
  rcases lt_trichotomy v u with h | h | h
  · rw [if_neg (lt_asymm h), if_pos h, if_pos h.ne, zero_add]
  · simp [h]
  · rw [if_pos h, if_neg (lt_asymm h), if_pos h.ne', add_zero]

end CommRing

/-! ### The flip relation (T8) -/

section Flip

/-- How the integer energy changes when site `u` changes from `b` to `a`. -/
theorem energyInt_update_sub (W : Matrix (Fin n) (Fin n) ℤ) (θ s : Fin n → ℤ) (u : Fin n)
    (a b : ℤ) :
    energyInt W θ (Function.update s u a) - energyInt W θ (Function.update s u b) =
      (a - b) * (-(∑ y ∈ univ.filter (fun v => u < v), W u y * s y +
        ∑ x, if u ∈ univ.filter (fun v => x < v) then W x u * s x else 0) + θ u) := by
  have hQ : ∑ x, ∑ y ∈ univ.filter (fun v => x < v),
        W x y * Function.update s u a x * Function.update s u a y -
      ∑ x, ∑ y ∈ univ.filter (fun v => x < v),
        W x y * Function.update s u b x * Function.update s u b y =
      (a - b) * (∑ y ∈ univ.filter (fun v => u < v), W u y * s y +
        ∑ x, if u ∈ univ.filter (fun v => x < v) then W x u * s x else 0) :=
    pairSum_update_sub W (fun x => univ.filter (fun v => x < v))
      (fun x h => lt_irrefl x (Finset.mem_filter.mp h).2) s u a b
  have hT := sum_mul_update_sub θ s u a b
  unfold energyInt
  linear_combination (-1 : ℤ) * hQ + hT

/-- Flip relation for the integer energy: `E(s⁺_u) - E(s⁻_u) = -2 L_u(s)`. -/
theorem energyInt_flip_relation {W : Matrix (Fin n) (Fin n) ℤ} (hW : W.IsSymm)
    (θ s : Fin n → ℤ) (u : Fin n) :
    energyInt W θ (Function.update s u 1) - energyInt W θ (Function.update s u (-1)) =
      -2 * localField W θ s u := by
  rw [energyInt_update_sub, sum_upper_add_sum_lower hW, localField]
  ring

/-- Flip relation for the integer energy of configurations. -/
theorem energyInt_flip_config {W : Matrix (Fin n) (Fin n) ℤ} (hW : W.IsSymm)
    (θ : Fin n → ℤ) (c : Config n) (u : Fin n) :
    energyInt W θ (Config.spin (Function.update c u true)) -
        energyInt W θ (Config.spin (Function.update c u false)) =
      -2 * localField W θ c.spin u := by
  rw [Config.spin_update_true, Config.spin_update_false]
  exact energyInt_flip_relation hW θ c.spin u

variable {R : Type*} [Field R]

/-- How the energy changes when site `u` changes from `b` to `a` (any weights). -/
theorem energy_update_sub (W : Matrix (Fin n) (Fin n) R) (θ s : Fin n → R) (u : Fin n)
    (a b : R) :
    energy W θ (Function.update s u a) - energy W θ (Function.update s u b) =
      (a - b) * (-(1 / 2) * (netInput W s u +
        ∑ x, if u ∈ univ.erase x then W x u * s x else 0) + θ u) := by
  have hQ : ∑ x, ∑ y ∈ univ.erase x,
        W x y * Function.update s u a x * Function.update s u a y -
      ∑ x, ∑ y ∈ univ.erase x,
        W x y * Function.update s u b x * Function.update s u b y =
      (a - b) * (∑ y ∈ univ.erase u, W u y * s y +
        ∑ x, if u ∈ univ.erase x then W x u * s x else 0) :=
    pairSum_update_sub W (fun x => univ.erase x)
      (fun x h => (Finset.mem_erase.mp h).1 rfl) s u a b
  have hT := sum_mul_update_sub θ s u a b
  unfold energy netInput
  linear_combination (-(1 / 2) : R) * hQ + hT

/-- **T8** (paper: `hamiltonian_flip_relation`). For symmetric weights, setting site `u` to
`+1` rather than `-1` changes the energy by `-2 L_u(s)`. -/
theorem energy_flip_relation [CharZero R] {W : Matrix (Fin n) (Fin n) R} (hW : W.IsSymm)
    (θ s : Fin n → R) (u : Fin n) :
    energy W θ (Function.update s u 1) - energy W θ (Function.update s u (-1)) =
      -2 * localField W θ s u := by
  rw [energy_update_sub, sum_ite_mem_erase_eq_netInput hW, localField]
  ring

/-- The flip relation on configurations: `E(c⁺_u) - E(c⁻_u) = -2 L_u(c)`. -/
theorem energy_flip_config [CharZero R] {W : Matrix (Fin n) (Fin n) R} (hW : W.IsSymm)
    (θ : Fin n → R) (c : Config n) (u : Fin n) :
    energy W θ (Config.spin (Function.update c u true)) -
        energy W θ (Config.spin (Function.update c u false)) =
      -2 * localField W θ c.spin u := by
  rw [Config.spin_update_true, Config.spin_update_false]
  exact energy_flip_relation hW θ c.spin u

end Flip

/-! ### The heat-bath probability (T9) and its positivity -/

section Base

variable {K : Type*} [Field K] [LinearOrder K] [IsStrictOrderedRing K] {b : K}

/-- `b ^ (-2 L)` is positive for a positive base. -/
theorem zpow_neg_two_mul_pos (hb : 0 < b) (L : ℤ) : 0 < b ^ (-2 * L) :=
  zpow_pos hb _

/-- The heat-bath probability of `+1` is positive. -/
theorem probPosBase_pos (hb : 0 < b) (L : ℤ) : 0 < probPosBase b L := by
  have h := zpow_neg_two_mul_pos hb L
  rw [probPosBase]
  exact div_pos one_pos (by linarith)

/-- The probability of `-1` is `b ^ (-2 L)` times the probability of `+1`. -/
theorem one_sub_probPosBase (hb : 0 < b) (L : ℤ) :
    1 - probPosBase b L = b ^ (-2 * L) * probPosBase b L := by
  have h := zpow_neg_two_mul_pos hb L
  have hd : (1 + b ^ (-2 * L)) ≠ 0 := (show (0 : K) < 1 + b ^ (-2 * L) by linarith).ne'
  rw [probPosBase]
  linear_combination (-1 : K) * mul_inv_cancel₀ hd

/-- The heat-bath probability of `+1` is below one. -/
theorem probPosBase_lt_one (hb : 0 < b) (L : ℤ) : probPosBase b L < 1 := by
  have h := one_sub_probPosBase hb L
  have h3 : 0 < b ^ (-2 * L) * probPosBase b L :=
    mul_pos (zpow_neg_two_mul_pos hb L) (probPosBase_pos hb L)
  linarith

end Base

section Real

/-- The real heat-bath probability of `+1` is positive. -/
theorem probPos_pos (β : ℝ) (W : Matrix (Fin n) (Fin n) ℝ) (θ s : Fin n → ℝ) (u : Fin n) :
    0 < probPos β W θ s u := by
  rw [probPos]
  positivity

/-- The probability of `-1` is `exp (-2 β L)` times the probability of `+1`. -/
theorem one_sub_probPos (β : ℝ) (W : Matrix (Fin n) (Fin n) ℝ) (θ s : Fin n → ℝ) (u : Fin n) :
    1 - probPos β W θ s u =
      Real.exp (-2 * β * localField W θ s u) * probPos β W θ s u := by
  have h := Real.exp_pos (-2 * β * localField W θ s u)
  have hd : (1 + Real.exp (-2 * β * localField W θ s u)) ≠ 0 :=
    (show (0 : ℝ) < 1 + Real.exp (-2 * β * localField W θ s u) by linarith).ne'
  rw [probPos]
  linear_combination (-1 : ℝ) * mul_inv_cancel₀ hd

/-- The real heat-bath probability of `+1` is below one. -/
theorem probPos_lt_one (β : ℝ) (W : Matrix (Fin n) (Fin n) ℝ) (θ s : Fin n → ℝ) (u : Fin n) :
    probPos β W θ s u < 1 := by
  have h := one_sub_probPos β W θ s u
  have h3 : 0 < Real.exp (-2 * β * localField W θ s u) * probPos β W θ s u :=
    mul_pos (Real.exp_pos _) (probPos_pos β W θ s u)
  linarith

/-- **T9** (paper: `probPos`). The exact base form at `b = exp β` is the logistic
probability `1 / (1 + exp (-2 β L))` (the paper's `logisticProb`). -/
theorem probPosBase_exp (β : ℝ) (L : ℤ) :
    probPosBase (Real.exp β) L = 1 / (1 + Real.exp (-2 * β * L)) := by
  have h : Real.exp β ^ (-2 * L) = Real.exp (-2 * β * L) := by
    rw [← Real.rpow_intCast, ← Real.exp_mul]
    congr 1
    push_cast
    ring
  rw [probPosBase, h]

/-- The exact Gibbs probability at base `exp β` is `probPos` of the cast integer data. -/
theorem gibbsProbPosBase_exp (β : ℝ) (W : Matrix (Fin n) (Fin n) ℤ) (θ : Fin n → ℤ)
    (c : Config n) (u : Fin n) :
    gibbsProbPosBase (Real.exp β) W θ c u =
      probPos β (W.map (Int.cast : ℤ → ℝ)) (fun v => (θ v : ℝ)) c.spin u := by
  rw [gibbsProbPosBase, probPosBase_exp, probPos, localField_intCast]

/-! ### The zero-temperature limit (T19) -/

/-- For `L > 0`, `1 / (1 + exp (-2 β L)) → 1` as `β → ∞`. -/
theorem tendsto_logistic_of_pos {L : ℝ} (hL : 0 < L) :
    Tendsto (fun β : ℝ => 1 / (1 + Real.exp (-2 * β * L))) atTop (𝓝 1) := by
  have h1 : Tendsto (fun β : ℝ => β * (2 * L)) atTop atTop :=
    tendsto_id.atTop_mul_const (by linarith)
  have h2 : Tendsto (fun β : ℝ => Real.exp (-2 * β * L)) atTop (𝓝 0) := by
    refine (Real.tendsto_exp_neg_atTop_nhds_zero.comp h1).congr fun β => ?_
    show Real.exp (-(β * (2 * L))) = Real.exp (-2 * β * L)
    congr 1
    ring
  have h3 : Tendsto (fun β : ℝ => (1 + Real.exp (-2 * β * L))⁻¹) atTop (𝓝 ((1 : ℝ) + 0)⁻¹) :=
    (h2.const_add 1).inv₀ (by norm_num)
  have h4 : ((1 : ℝ) + 0)⁻¹ = 1 := by norm_num
  rw [h4] at h3
  refine h3.congr fun β => ?_
  show (1 + Real.exp (-2 * β * L))⁻¹ = 1 / (1 + Real.exp (-2 * β * L))
  rw [one_div]

/-- For `L < 0`, `1 / (1 + exp (-2 β L)) → 0` as `β → ∞`. -/
theorem tendsto_logistic_of_neg {L : ℝ} (hL : L < 0) :
    Tendsto (fun β : ℝ => 1 / (1 + Real.exp (-2 * β * L))) atTop (𝓝 0) := by
  have h1 : Tendsto (fun β : ℝ => β * (-2 * L)) atTop atTop :=
    tendsto_id.atTop_mul_const (by linarith)
  have h2 : Tendsto (fun β : ℝ => 1 + Real.exp (-2 * β * L)) atTop atTop := by
    refine tendsto_atTop_mono (fun β => ?_) (Real.tendsto_exp_atTop.comp h1)
    show Real.exp (β * (-2 * L)) ≤ 1 + Real.exp (-2 * β * L)
    rw [show β * (-2 * L) = -2 * β * L by ring]
    linarith
  refine h2.inv_tendsto_atTop.congr fun β => ?_
  show (1 + Real.exp (-2 * β * L))⁻¹ = 1 / (1 + Real.exp (-2 * β * L))
  rw [one_div]

/-- **T19** (paper: `gibbs_update_tends_to_zero_temp_limit`). As `β → ∞` the heat-bath
probability of `+1` tends to `1` if `θ u < net`, to `0` if `net < θ u`, and to `½` on a tie. -/
theorem tendsto_probPos_atTop (W : Matrix (Fin n) (Fin n) ℝ) (θ s : Fin n → ℝ) (u : Fin n) :
    Tendsto (fun β => probPos β W θ s u) atTop (𝓝 (zeroTempProbPos W θ s u)) := by
  rcases lt_trichotomy (θ u) (netInput W s u) with h | h | h
  · have hL : 0 < localField W θ s u := sub_pos.mpr h
    have hz : zeroTempProbPos W θ s u = 1 := by rw [zeroTempProbPos, if_pos h]
    rw [hz]
    exact tendsto_logistic_of_pos hL
  · have hL : localField W θ s u = 0 := by rw [localField, h, sub_self]
    have h1 : ¬ θ u < netInput W s u := by rw [h]; exact lt_irrefl _
    have h2 : ¬ netInput W s u < θ u := by rw [h]; exact lt_irrefl _
    have hz : zeroTempProbPos W θ s u = 1 / 2 := by
      rw [zeroTempProbPos, if_neg h1, if_neg h2]
    have hp : ∀ β, probPos β W θ s u = 1 / 2 := fun β => by
      rw [probPos, hL, mul_zero, Real.exp_zero]
      norm_num
    rw [hz]
    simp only [hp]
    exact tendsto_const_nhds
  · have hL : localField W θ s u < 0 := sub_neg.mpr h
    have hz : zeroTempProbPos W θ s u = 0 := by
      rw [zeroTempProbPos, if_neg (not_lt.mpr h.le), if_pos h]
    rw [hz]
    exact tendsto_logistic_of_neg hL

end Real

/-- On a tie `θ u = net_u(s)` the asynchronous update sends site `u` to `+1`, while the
zero-temperature limit of the Gibbs update is `½`: the two tie rules differ. -/
theorem up_ne_zeroTemp_of_tie {R : Type*} [Field R] [LinearOrder R] [IsStrictOrderedRing R]
    (W : Matrix (Fin n) (Fin n) R) (θ s : Fin n → R) (u : Fin n)
    (h : θ u = netInput W s u) :
    upValue W θ s u = 1 ∧ zeroTempProbPos W θ s u = 1 / 2 ∧
      upValue W θ s u ≠ zeroTempProbPos W θ s u := by
  have h1 : ¬ θ u < netInput W s u := by rw [h]; exact lt_irrefl _
  have h2 : ¬ netInput W s u < θ u := by rw [h]; exact lt_irrefl _
  have hu : upValue W θ s u = 1 := by rw [upValue, if_pos h.le]
  have hz : zeroTempProbPos W θ s u = 1 / 2 := by rw [zeroTempProbPos, if_neg h1, if_neg h2]
  refine ⟨hu, hz, ?_⟩
  rw [hu, hz]
  norm_num

end Hopfield
