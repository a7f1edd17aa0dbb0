/-
Copyright (c) 2026 The hopfield-bridge authors. All rights reserved.
Released under Apache 2.0 license.
-/
import Hopfield.Gibbs

/-!
# Random-scan Gibbs kernel

The one-site heat-bath kernel and the random-scan kernel, built from any
probability-of-`+1` function `p : Config n → Fin n → K`, then specialised to
the exact base form and to the real form.

## Main definitions
* `Hopfield.siteKernel` : resample site `u`; row `c`, column `c'`
* `Hopfield.randomScanKernel` : `K(c, c') = (1/n) Σ_u siteKernel u c c'`
  (**row-stochastic**: row = source)
* `Hopfield.rsCol` : its transpose (**column-stochastic**, the paper's `RScol`)
* `Hopfield.randomScanKernelBase`, `Hopfield.randomScanKernelReal`

## Conventions
* `siteKernel p u c c'` is zero unless `c'` agrees with `c` off `u`; then it is
  `p c u` if `c' u` is `+1`, else `1 - p c u`.
-/

namespace Hopfield

open Finset

variable {n : ℕ} {K : Type*} [Field K]

/-- Heat-bath resampling of site `u` with `P(+1 | c) = p c u`; row-stochastic. -/
def siteKernel (p : Config n → Fin n → K) (u : Fin n) : Matrix (Config n) (Config n) K :=
  Matrix.of fun c c' =>
    if ∀ v, v ≠ u → c' v = c v then (if c' u then p c u else 1 - p c u) else 0

/-- Random-scan kernel: pick a site uniformly, then resample it; row-stochastic. -/
def randomScanKernel (p : Config n → Fin n → K) : Matrix (Config n) (Config n) K :=
  Matrix.of fun c c' => (n : K)⁻¹ * ∑ u, siteKernel p u c c'

/-- Column-stochastic random-scan kernel (the paper's `RScol`): the transpose. -/
def rsCol (p : Config n → Fin n → K) : Matrix (Config n) (Config n) K :=
  (randomScanKernel p).transpose

/-- Random-scan kernel in the exact base form (integer data, base `b = exp β`). -/
def randomScanKernelBase (b : K) (W : Matrix (Fin n) (Fin n) ℤ) (θ : Fin n → ℤ) :
    Matrix (Config n) (Config n) K :=
  randomScanKernel (gibbsProbPosBase b W θ)

/-- Random-scan kernel in the real form at inverse temperature `β`. -/
noncomputable def randomScanKernelReal (β : ℝ) (W : Matrix (Fin n) (Fin n) ℝ)
    (θ : Fin n → ℝ) : Matrix (Config n) (Config n) ℝ :=
  randomScanKernel fun c u => probPos β W θ c.spin u

end Hopfield
