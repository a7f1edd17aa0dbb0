/-
Copyright (c) 2026 The hopfield-bridge authors. All rights reserved.
Released under Apache 2.0 license.
-/
import Hopfield.Dynamics

/-!
# Hebbian learning

The Hebbian weights of `m` patterns, with the diagonal removed and no `1/n`
factor, and the orthogonality hypothesis of the storage theorem.

## Main definitions
* `Hopfield.hebbian` : `W = Σ_k p_k p_kᵀ - m • 1`
* `Hopfield.PairwiseOrthogonal` : `⟪p_i, p_j⟫ = 0` for `i ≠ j`

## Conventions
* Thresholds are zero for a Hebbian network; no normalisation by `n`.
-/

namespace Hopfield

open Finset

variable {n m : ℕ} {R : Type*} [CommRing R]

/-- Hebbian weights `W u v = Σ_k p_k u * p_k v - [u = v] * m` (zero diagonal for `±1`
patterns). -/
def hebbian (p : Fin m → Fin n → R) : Matrix (Fin n) (Fin n) R :=
  Matrix.of fun u v => ∑ k, p k u * p k v - if u = v then (m : R) else 0

/-- Patterns are pairwise orthogonal: distinct patterns have zero dot product. -/
def PairwiseOrthogonal (p : Fin m → Fin n → R) : Prop :=
  ∀ i j, i ≠ j → ∑ u, p i u * p j u = 0

end Hopfield
