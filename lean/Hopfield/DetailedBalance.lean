/-
Copyright (c) 2026 The hopfield-bridge authors. All rights reserved.
Released under Apache 2.0 license.
-/
import Hopfield.Kernel
import Hopfield.Boltzmann

/-!
# Detailed balance and reversibility of the random-scan Gibbs kernel

Entries of the one-site kernel, its row sums, detailed balance of one heat-bath step for any
weight satisfying the heat-bath relation, and reversibility of the random-scan kernel; then
the exact base form (`0 < b`, symmetric integer weights) and the real form.

## Main statements
* `Hopfield.siteKernel_detailedBalance` (T10, paper: `detailed_balance`), with
  `Hopfield.siteKernel_detailedBalance_base` and `Hopfield.siteKernel_detailedBalance_real`
* `Hopfield.randomScanKernel_reversible` (T11, paper: `randomScanKernel_reversible`), with
  `Hopfield.randomScanKernelBase_reversible` and `Hopfield.randomScanKernelReal_reversible`
* `Hopfield.siteKernel_rowSum`, `Hopfield.randomScanKernel_rowSum`,
  `Hopfield.randomScanKernelBase_rowSum`, `Hopfield.randomScanKernelReal_rowSum`: rows sum to one
* `Hopfield.siteKernel_nonneg`, `Hopfield.randomScanKernel_nonneg`

## Conventions
* `randomScanKernel p` is **row-stochastic**: row `c` is the law of the next state from `c`.
* The heat-bath relation for a weight `w` at site `u` is
  `w (c⁺_u) * (1 - p c u) = w (c⁻_u) * p c u` with `c^±_u = Function.update c u true/false`.
-/

namespace Hopfield

open Finset

variable {n : ℕ}

/-- A boolean that is not `true` is `false`. -/
private theorem bool_eq_false_of_ne_true {x : Bool} (h : ¬ x = true) : x = false := by
  cases x with
  | false => rfl
  | true => exact absurd rfl h

/-- A boolean that is not `false` is `true`. -/
private theorem bool_eq_true_of_ne_false {x : Bool} (h : ¬ x = false) : x = true := by
  cases x with
  | false => exact absurd rfl h
  | true => rfl

/-- Resetting site `u` leaves the other sites alone. -/
theorem agree_update (c : Config n) (u : Fin n) (x : Bool) :
    ∀ v, v ≠ u → Function.update c u x v = c v :=
  fun v hv => Function.update_of_ne hv x c

/-- A configuration that agrees with `c` off site `u` is `c` with site `u` reset. -/
theorem eq_update_of_agree {u : Fin n} {c c' : Config n} (h : ∀ v, v ≠ u → c' v = c v) :
    c' = Function.update c u (c' u) := by
  funext v
  by_cases hv : v = u
  · rw [hv, Function.update_self]
  · rw [Function.update_of_ne hv, h v hv]

section Generic

variable {K : Type*} [Field K] (p : Config n → Fin n → K)

/-- The entry of the one-site kernel, unfolded. -/
theorem siteKernel_apply (u : Fin n) (c c' : Config n) :
    siteKernel p u c c' =
      if ∀ v, v ≠ u → c' v = c v then (if c' u then p c u else 1 - p c u) else 0 :=
  rfl

/-- The entry of the random-scan kernel, unfolded. -/
theorem randomScanKernel_apply (c c' : Config n) :
    randomScanKernel p c c' = (n : K)⁻¹ * ∑ u, siteKernel p u c c' :=
  rfl

/-- The one-site kernel between configurations that agree off `u`. -/
theorem siteKernel_of_agree {u : Fin n} {c c' : Config n} (h : ∀ v, v ≠ u → c' v = c v) :
    siteKernel p u c c' = if c' u then p c u else 1 - p c u := by
  rw [siteKernel_apply, if_pos h]

/-- The one-site kernel vanishes between configurations that differ off `u`. -/
theorem siteKernel_of_not_agree {u : Fin n} {c c' : Config n}
    (h : ¬ ∀ v, v ≠ u → c' v = c v) : siteKernel p u c c' = 0 := by
  rw [siteKernel_apply, if_neg h]

/-- Probability of moving to `+1` at site `u`. -/
theorem siteKernel_update_true (u : Fin n) (c : Config n) :
    siteKernel p u c (Function.update c u true) = p c u := by
  rw [siteKernel_of_agree p (agree_update c u true), Function.update_self, if_pos rfl]

/-- Probability of moving to `-1` at site `u`. -/
theorem siteKernel_update_false (u : Fin n) (c : Config n) :
    siteKernel p u c (Function.update c u false) = 1 - p c u := by
  rw [siteKernel_of_agree p (agree_update c u false), Function.update_self,
    if_neg (show ¬ (false = true) by decide)]

/-- Each row of the one-site kernel sums to one. -/
theorem siteKernel_rowSum (u : Fin n) (c : Config n) : ∑ c', siteKernel p u c c' = 1 := by
  have hne : Function.update c u true ≠ Function.update c u false := fun h => by
    have h' := congrFun h u
    rw [Function.update_self, Function.update_self] at h'
    exact absurd h' (by decide)
  rw [Finset.sum_eq_add_of_mem (Function.update c u true) (Function.update c u false)
    (Finset.mem_univ _) (Finset.mem_univ _) hne, siteKernel_update_true, siteKernel_update_false]
  · ring
  · intro c' _ hc'
    apply siteKernel_of_not_agree
    intro h
    have e := eq_update_of_agree h
    cases hx : c' u
    · rw [hx] at e
      exact hc'.2 e
    · rw [hx] at e
      exact hc'.1 e

/-- Each row of the random-scan kernel sums to one. -/
theorem randomScanKernel_rowSum (hn : (n : K) ≠ 0) (c : Config n) :
    ∑ c', randomScanKernel p c c' = 1 := by
  simp only [randomScanKernel_apply]
  rw [← Finset.mul_sum, Finset.sum_comm]
  simp only [siteKernel_rowSum, Finset.sum_const, Finset.card_univ, Fintype.card_fin,
    Finset.card_fin, nsmul_eq_mul, mul_one]
  first
    | exact inv_mul_cancel₀ hn
    | field_simp

/-- **T10** (paper: `detailed_balance`). Detailed balance of one heat-bath step: if `p c u`
does not look at site `u` and the weight `w` satisfies the heat-bath relation at `u`, then
`w c * K_u(c, c') = w c' * K_u(c', c)`. -/
theorem siteKernel_detailedBalance (w : Config n → K) (u : Fin n)
    (hp : ∀ (c : Config n) (x : Bool), p (Function.update c u x) u = p c u)
    (hw : ∀ c : Config n,
      w (Function.update c u true) * (1 - p c u) = w (Function.update c u false) * p c u)
    (c c' : Config n) :
    w c * siteKernel p u c c' = w c' * siteKernel p u c' c := by
  by_cases hcc : c = c'
  · rw [hcc]
  by_cases h : ∀ v, v ≠ u → c' v = c v
  swap
  · have h' : ¬ ∀ v, v ≠ u → c v = c' v := fun H => h fun v hv => (H v hv).symm
    rw [siteKernel_of_not_agree p h, siteKernel_of_not_agree p h', mul_zero, mul_zero]
  have h' : ∀ v, v ≠ u → c v = c' v := fun v hv => (h v hv).symm
  have hc' : c' = Function.update c u (c' u) := eq_update_of_agree h
  have hpc : p c' u = p c u := by rw [hc', hp]
  have hne : c' u ≠ c u := fun heq => hcc (by rw [hc', heq, Function.update_eq_self])
  rw [siteKernel_of_agree p h, siteKernel_of_agree p h', hpc]
  by_cases hcu : c u = true
  · have hc'nt : ¬ c' u = true := fun h2 => hne (h2.trans hcu.symm)
    have hc'u : c' u = false := bool_eq_false_of_ne_true hc'nt
    have e1 : Function.update c u true = c := by
      rw [← hcu]
      exact Function.update_eq_self u c
    have e2 : Function.update c u false = c' := by
      rw [← hc'u]
      exact hc'.symm
    have key := hw c
    rw [e1, e2] at key
    rw [if_pos hcu, if_neg hc'nt]
    linear_combination key
  · have hcf : c u = false := bool_eq_false_of_ne_true hcu
    have hc'u : c' u = true := bool_eq_true_of_ne_false fun h2 => hne (h2.trans hcf.symm)
    have e1 : Function.update c u true = c' := by
      rw [← hc'u]
      exact hc'.symm
    have e2 : Function.update c u false = c := by
      rw [← hcf]
      exact Function.update_eq_self u c
    have key := hw c
    rw [e1, e2] at key
    rw [if_pos hc'u, if_neg hcu]
    linear_combination (-1 : K) * key

/-- **T11** (paper: `randomScanKernel_reversible`). If every one-site kernel is in detailed
balance with `w`, so is the random-scan kernel: `w c * K(c, c') = w c' * K(c', c)`. -/
theorem randomScanKernel_reversible (w : Config n → K)
    (h : ∀ (u : Fin n) (c c' : Config n), w c * siteKernel p u c c' = w c' * siteKernel p u c' c)
    (c c' : Config n) :
    w c * randomScanKernel p c c' = w c' * randomScanKernel p c' c := by
  simp only [randomScanKernel_apply, Finset.mul_sum]
  refine Finset.sum_congr rfl fun u _ => ?_
  linear_combination (n : K)⁻¹ * h u c c'

section Order

variable [LinearOrder K] [IsStrictOrderedRing K]

/-- One-site kernel entries are nonnegative when `0 ≤ p ≤ 1`. -/
theorem siteKernel_nonneg (hp0 : ∀ c u, 0 ≤ p c u) (hp1 : ∀ c u, p c u ≤ 1) (u : Fin n)
    (c c' : Config n) : 0 ≤ siteKernel p u c c' := by
  rw [siteKernel_apply]
  split_ifs <;>
    first
      | exact hp0 c u
      | exact sub_nonneg.mpr (hp1 c u)
      | exact le_refl 0

/-- Random-scan kernel entries are nonnegative when `0 ≤ p ≤ 1`. -/
theorem randomScanKernel_nonneg (hp0 : ∀ c u, 0 ≤ p c u) (hp1 : ∀ c u, p c u ≤ 1)
    (c c' : Config n) : 0 ≤ randomScanKernel p c c' := by
  rw [randomScanKernel_apply]
  exact mul_nonneg (inv_nonneg.mpr (Nat.cast_nonneg n))
    (Finset.sum_nonneg fun u _ => siteKernel_nonneg p hp0 hp1 u c c')

end Order

end Generic

/-! ### The exact base form -/

section Base

variable {K : Type*} [Field K] [LinearOrder K] [IsStrictOrderedRing K]

/-- The exact Gibbs probability of site `u` does not look at site `u`. -/
theorem gibbsProbPosBase_update (b : K) (W : Matrix (Fin n) (Fin n) ℤ) (θ : Fin n → ℤ)
    (c : Config n) (u : Fin n) (x : Bool) :
    gibbsProbPosBase b W θ (Function.update c u x) u = gibbsProbPosBase b W θ c u := by
  unfold gibbsProbPosBase
  rw [localField_spin_update]

/-- Rows of the exact random-scan kernel sum to one. -/
theorem randomScanKernelBase_rowSum (hn : 0 < n) (b : K) (W : Matrix (Fin n) (Fin n) ℤ)
    (θ : Fin n → ℤ) (c : Config n) : ∑ c', randomScanKernelBase b W θ c c' = 1 :=
  randomScanKernel_rowSum (gibbsProbPosBase b W θ) (Nat.cast_pos.mpr hn : (0 : K) < n).ne' c

/-- Heat-bath relation of the exact Boltzmann weights. -/
theorem boltzmannWeightBase_heatBath {b : K} (hb : 0 < b) {W : Matrix (Fin n) (Fin n) ℤ}
    (hW : W.IsSymm) (θ : Fin n → ℤ) (c : Config n) (u : Fin n) :
    boltzmannWeightBase b W θ (Function.update c u true) * (1 - gibbsProbPosBase b W θ c u) =
      boltzmannWeightBase b W θ (Function.update c u false) * gibbsProbPosBase b W θ c u := by
  have hflip := energyInt_flip_config hW θ c u
  have hE : -energyInt W θ (Config.spin (Function.update c u false)) =
      -energyInt W θ (Config.spin (Function.update c u true)) +
        -2 * localField W θ c.spin u := by
    linarith
  rw [boltzmannWeightBase, boltzmannWeightBase, gibbsProbPosBase, hE, zpow_add₀ hb.ne',
    one_sub_probPosBase hb]
  ring

/-- Detailed balance of one exact heat-bath step for the unnormalised weights. -/
theorem siteKernel_detailedBalance_base {b : K} (hb : 0 < b) {W : Matrix (Fin n) (Fin n) ℤ}
    (hW : W.IsSymm) (θ : Fin n → ℤ) (u : Fin n) (c c' : Config n) :
    boltzmannWeightBase b W θ c * siteKernel (gibbsProbPosBase b W θ) u c c' =
      boltzmannWeightBase b W θ c' * siteKernel (gibbsProbPosBase b W θ) u c' c :=
  siteKernel_detailedBalance (gibbsProbPosBase b W θ) (boltzmannWeightBase b W θ) u
    (fun c x => gibbsProbPosBase_update b W θ c u x)
    (fun c => boltzmannWeightBase_heatBath hb hW θ c u) c c'

/-- Reversibility of the exact random-scan kernel for the unnormalised weights. -/
theorem randomScanKernelBase_reversible_weight {b : K} (hb : 0 < b)
    {W : Matrix (Fin n) (Fin n) ℤ} (hW : W.IsSymm) (θ : Fin n → ℤ) (c c' : Config n) :
    boltzmannWeightBase b W θ c * randomScanKernelBase b W θ c c' =
      boltzmannWeightBase b W θ c' * randomScanKernelBase b W θ c' c :=
  randomScanKernel_reversible (gibbsProbPosBase b W θ) (boltzmannWeightBase b W θ)
    (fun u c c' => siteKernel_detailedBalance_base hb hW θ u c c') c c'

/-- Reversibility of the exact random-scan kernel for the Boltzmann law
`π(c) = b ^ (-E(c)) / Z`. -/
theorem randomScanKernelBase_reversible {b : K} (hb : 0 < b) {W : Matrix (Fin n) (Fin n) ℤ}
    (hW : W.IsSymm) (θ : Fin n → ℤ) (c c' : Config n) :
    boltzmannBase b W θ c * randomScanKernelBase b W θ c c' =
      boltzmannBase b W θ c' * randomScanKernelBase b W θ c' c := by
  unfold boltzmannBase
  rw [div_mul_eq_mul_div, div_mul_eq_mul_div, randomScanKernelBase_reversible_weight hb hW θ c c']

end Base

/-! ### The real form -/

section Real

/-- The real Gibbs probability of site `u` does not look at site `u`. -/
theorem probPos_spin_update (β : ℝ) (W : Matrix (Fin n) (Fin n) ℝ) (θ : Fin n → ℝ)
    (c : Config n) (u : Fin n) (x : Bool) :
    probPos β W θ (Config.spin (Function.update c u x)) u = probPos β W θ c.spin u := by
  unfold probPos
  rw [localField_spin_update]

/-- Rows of the real random-scan kernel sum to one. -/
theorem randomScanKernelReal_rowSum (hn : 0 < n) (β : ℝ) (W : Matrix (Fin n) (Fin n) ℝ)
    (θ : Fin n → ℝ) (c : Config n) : ∑ c', randomScanKernelReal β W θ c c' = 1 :=
  randomScanKernel_rowSum (fun c u => probPos β W θ c.spin u)
    (Nat.cast_pos.mpr hn : (0 : ℝ) < n).ne' c

/-- Heat-bath relation of the real Boltzmann weights. -/
theorem boltzmannWeight_heatBath {W : Matrix (Fin n) (Fin n) ℝ} (hW : W.IsSymm) (β : ℝ)
    (θ : Fin n → ℝ) (c : Config n) (u : Fin n) :
    boltzmannWeight β W θ (Function.update c u true) * (1 - probPos β W θ c.spin u) =
      boltzmannWeight β W θ (Function.update c u false) * probPos β W θ c.spin u := by
  have hflip := energy_flip_config hW θ c u
  have hE : -β * energy W θ (Config.spin (Function.update c u false)) =
      -β * energy W θ (Config.spin (Function.update c u true)) +
        -2 * β * localField W θ c.spin u := by
    linear_combination β * hflip
  rw [boltzmannWeight, boltzmannWeight, hE, Real.exp_add, one_sub_probPos]
  ring

/-- Detailed balance of one real heat-bath step for the unnormalised weights. -/
theorem siteKernel_detailedBalance_real {W : Matrix (Fin n) (Fin n) ℝ} (hW : W.IsSymm)
    (β : ℝ) (θ : Fin n → ℝ) (u : Fin n) (c c' : Config n) :
    boltzmannWeight β W θ c * siteKernel (fun c u => probPos β W θ c.spin u) u c c' =
      boltzmannWeight β W θ c' * siteKernel (fun c u => probPos β W θ c.spin u) u c' c :=
  siteKernel_detailedBalance (fun c u => probPos β W θ c.spin u) (boltzmannWeight β W θ) u
    (fun c x => probPos_spin_update β W θ c u x)
    (fun c => boltzmannWeight_heatBath hW β θ c u) c c'

/-- Reversibility of the real random-scan kernel for the unnormalised weights. -/
theorem randomScanKernelReal_reversible_weight {W : Matrix (Fin n) (Fin n) ℝ} (hW : W.IsSymm)
    (β : ℝ) (θ : Fin n → ℝ) (c c' : Config n) :
    boltzmannWeight β W θ c * randomScanKernelReal β W θ c c' =
      boltzmannWeight β W θ c' * randomScanKernelReal β W θ c' c :=
  randomScanKernel_reversible (fun c u => probPos β W θ c.spin u) (boltzmannWeight β W θ)
    (fun u c c' => siteKernel_detailedBalance_real hW β θ u c c') c c'

/-- Reversibility of the real random-scan kernel for the Boltzmann law
`π(c) = exp (-β E(c)) / Z`. -/
theorem randomScanKernelReal_reversible {W : Matrix (Fin n) (Fin n) ℝ} (hW : W.IsSymm)
    (β : ℝ) (θ : Fin n → ℝ) (c c' : Config n) :
    boltzmann β W θ c * randomScanKernelReal β W θ c c' =
      boltzmann β W θ c' * randomScanKernelReal β W θ c' c := by
  unfold boltzmann
  rw [div_mul_eq_mul_div, div_mul_eq_mul_div, randomScanKernelReal_reversible_weight hW β θ c c']

end Real

end Hopfield
