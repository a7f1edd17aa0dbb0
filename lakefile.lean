import Lake
open Lake DSL

/-- Lean half of the Hopfield / Boltzmann proof companion. -/
package «hopfield-bridge»

require mathlib from git
  "https://github.com/leanprover-community/mathlib4.git" @ "910dac3f6e7f4b2559dff67c9819543048995349"

@[default_target]
lean_lib Hopfield where
  srcDir := "lean"
