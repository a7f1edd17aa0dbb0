/-
Copyright (c) 2026 The hopfield-bridge authors. All rights reserved.
Released under Apache 2.0 license.
-/
import Mathlib

/-!
# Asynchronous dynamics of Hopfield networks

Net input, local field, the one-site update `Hopfield.up`, the energy
`Hopfield.energy`, stability, and update sequences. Everything is computable,
so `#eval` runs it at `R = ℚ`.

## Main definitions
* `Hopfield.netInput` : `net_u(s) = Σ_{v ≠ u} W u v * s v`
* `Hopfield.localField` : `L_u(s) = net_u(s) - θ u`
* `Hopfield.up` : the asynchronous update of site `u` (a tie goes to `+1`)
* `Hopfield.energy` : `E(s) = -½ Σ_u Σ_{v ≠ u} W u v s u s v + Σ_u θ u s u`
* `Hopfield.pluses` : the number of `+1` entries of a state
* `Hopfield.IsStable` : no single-site update changes the state
* `Hopfield.seqStates` : the states along a site sequence `useq : ℕ → Fin n`
* `Hopfield.Fair`, `Hopfield.cyclicSeq` : fair and cyclic site sequences
* `Hopfield.trajectory`, `Hopfield.convSteps` : executable forms of the above

## Conventions
* Sites are `Fin n`; a state is `s : Fin n → R`, meant to take values `±1`
  (`Hopfield.IsSpinVec`).
* Row `u` of `W` is what site `u` listens to; the diagonal never enters.
* The threshold term of the energy has a plus sign.
* The update compares `θ u ≤ netInput W s u`: a tie goes to `+1`.
-/

namespace Hopfield

open Finset

variable {n : ℕ} {R : Type*}

section CommRing

variable [CommRing R]

/-- Net input of site `u`: the weighted sum of the other sites' states. -/
def netInput (W : Matrix (Fin n) (Fin n) R) (s : Fin n → R) (u : Fin n) : R :=
  ∑ v ∈ univ.erase u, W u v * s v

/-- Local field of site `u`: net input minus threshold. -/
def localField (W : Matrix (Fin n) (Fin n) R) (θ : Fin n → R) (s : Fin n → R)
    (u : Fin n) : R :=
  netInput W s u - θ u

/-- A state whose every entry is `1` or `-1`. -/
def IsSpinVec (s : Fin n → R) : Prop :=
  ∀ u, s u = 1 ∨ s u = -1

/-- Symmetric weights with zero diagonal: the standing Hopfield hypothesis. -/
structure IsHopfieldWeights (W : Matrix (Fin n) (Fin n) R) : Prop where
  /-- `W` equals its transpose. -/
  symm : W.IsSymm
  /-- `W` has zero diagonal. -/
  diag_zero : ∀ u, W u u = 0

end CommRing

section Field

variable [Field R]

/-- Energy `E(s) = -½ Σ_u Σ_{v ≠ u} W u v s u s v + Σ_u θ u s u`. -/
def energy (W : Matrix (Fin n) (Fin n) R) (θ : Fin n → R) (s : Fin n → R) : R :=
  -(1 / 2) * ∑ u, ∑ v ∈ univ.erase u, W u v * s u * s v + ∑ u, θ u * s u

end Field

section Order

variable [Field R] [LinearOrder R]

/-- The value site `u` takes after an update: `+1` iff `θ u ≤ net_u(s)`. -/
def upValue (W : Matrix (Fin n) (Fin n) R) (θ : Fin n → R) (s : Fin n → R)
    (u : Fin n) : R :=
  if θ u ≤ netInput W s u then 1 else -1

/-- Asynchronous update of site `u`; the other sites are unchanged. -/
def up (W : Matrix (Fin n) (Fin n) R) (θ : Fin n → R) (s : Fin n → R)
    (u : Fin n) : Fin n → R :=
  Function.update s u (upValue W θ s u)

/-- Number of sites in state `+1` (the tie-break in the convergence proof). -/
def pluses [DecidableEq R] (s : Fin n → R) : ℕ :=
  (univ.filter fun u => s u = 1).card

/-- A state is stable when no single-site update changes it. -/
def IsStable (W : Matrix (Fin n) (Fin n) R) (θ : Fin n → R) (s : Fin n → R) : Prop :=
  ∀ u, up W θ s u = s

instance [DecidableEq R] (W : Matrix (Fin n) (Fin n) R) (θ : Fin n → R)
    (s : Fin n → R) : Decidable (IsStable W θ s) :=
  inferInstanceAs (Decidable (∀ u, up W θ s u = s))

/-- States along the site sequence `useq`: `seqStates 0 = s`, then update `useq k`. -/
def seqStates (W : Matrix (Fin n) (Fin n) R) (θ : Fin n → R) (useq : ℕ → Fin n)
    (s : Fin n → R) : ℕ → Fin n → R
  | 0 => s
  | k + 1 => up W θ (seqStates W θ useq s k) (useq k)

/-- A site sequence is fair when every site occurs infinitely often. -/
def Fair (useq : ℕ → Fin n) : Prop :=
  ∀ u k, ∃ m, k ≤ m ∧ useq m = u

/-- The cyclic site sequence `k ↦ k mod n`. -/
def cyclicSeq (n : ℕ) [NeZero n] : ℕ → Fin n :=
  fun k => ⟨k % n, Nat.mod_lt k (Nat.pos_of_neZero n)⟩

/-- The states `seqStates 0, …, seqStates N` as a list, computed in one pass. -/
def trajectory (W : Matrix (Fin n) (Fin n) R) (θ : Fin n → R) (useq : ℕ → Fin n)
    (s : Fin n → R) (N : ℕ) : List (Fin n → R) :=
  (List.range N).scanl (fun t k => up W θ t (useq k)) s

/-- The smallest `N ≤ bound` with `seqStates N` stable, if there is one. -/
def convSteps [DecidableEq R] (W : Matrix (Fin n) (Fin n) R) (θ : Fin n → R)
    (useq : ℕ → Fin n) (s : Fin n → R) (bound : ℕ) : Option ℕ :=
  ((trajectory W θ useq s bound).zip (List.range (bound + 1))).findSome?
    fun p => if IsStable W θ p.1 then some p.2 else none

end Order

end Hopfield
