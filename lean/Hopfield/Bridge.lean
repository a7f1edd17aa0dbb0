/-
Copyright (c) 2026 The hopfield-bridge authors. All rights reserved.
Released under Apache 2.0 license.
-/
import Lean.Data.Json
import Hopfield.Hebbian
import Hopfield.Kernel

/-!
# JSON bridge: one instance in, one result line out

The Lean side of the Lean / Python cross-check. `Hopfield.Bridge.runInstance`
reads one instance object (design reference §5), validates it, evaluates the
library's own definitions at `ℚ` (and, in the exact Boltzmann mode, at `ℤ`
data with a rational base `b = exp β`), and prints the result object as one
compact JSON line. The Python engine implements the very same rules, so the
two outputs can be compared key by key.

## Main definitions
* `Hopfield.Bridge.runInstance` : parse, validate, evaluate and print one instance
* `Hopfield.Bridge.runBatch` : the same for a JSON list of instances, one line each
* `Hopfield.Bridge.instanceLine`, `Hopfield.Bridge.batchLines` : the pure cores
* `Hopfield.Bridge.maxFullN` : above this `n` the `2 ^ n`-sized keys are skipped
* `Hopfield.Bridge.maxN`, `Hopfield.Bridge.maxExactN`, `Hopfield.Bridge.maxCyclicStates` :
  the input limits shared with the Python engine

## How `#eval` reports what this prints
The Python side writes a harness file

```
import Hopfield.Bridge

#eval Hopfield.Bridge.runInstance "<instance JSON as a Lean string literal>"
```

and runs `lake env lean --json Harness.lean`. In Lean core's
`src/Lean/Elab/BuiltinEvalCommand.lean` (`elabEvalCoreUnsafe`, read at stored
commit `dcc5503983fcc590026cd81285e553f6ba172e8a` of `leanprover/lean4`; not
re-read at the `v4.27.0-rc1` tag itself), the evaluation runs inside
`IO.FS.withIsolatedStreams`, which captures stdout *and* stderr into one buffer
(`src/Init/System/IO.lean`, default `isolateStderr := true`); afterwards
`if !output.isEmpty then logInfoAt tk output`. For an `IO Unit` action no value
is printed besides that (`printVal := none`). So each `#eval` line yields one
message of severity `information`, positioned at the `#eval` token, whose
`data` is exactly the printed text, here one JSON line followed by `"\n"`
(the `String` is turned into `MessageData` by `Coe String MessageData :=
⟨ofFormat ∘ format⟩` in `src/Lean/Message.lean`, i.e. printed verbatim).
With `--json`, Lean prints each message as one JSON object (`SerialMessage`,
fields `fileName`, `pos`, `endPos`, `severity`, `caption`, `data`, `kind`, …).
Nothing else here writes to stdout or stderr, and no code path throws, panics
or indexes with `!`, so the message holds exactly one line.

## Output
Keys, in this order, each present as in §5: `name`, `n`, `weights`,
`thresholds`, `net`, `energy`, `stable`, `trajectory`, `conv_steps`,
`final_state`, `patterns_stable`, `prob_pos`, `partition`, `boltzmann`,
`kernel_row`, then `skipped` when `n > maxFullN` removed some keys.
An invalid instance gives `{"name":<name or null>,"error":"<field>: <why>"}`;
the name is echoed only when it is itself valid.

## Conventions
* Every rational is printed in lowest terms as the JSON string `"p"` or
  `"p/q"` (`Hopfield.Bridge.ratString`, the same text as `toString` on `Rat`).
* `n` and `conv_steps` are JSON integers (`conv_steps` may be `null`);
  states are lists of the JSON integers `1` / `-1`; booleans are JSON booleans.
* Input numbers are JSON integers or strings `"p"` / `"p/q"` (optional `-`,
  ASCII digits, `q > 0`, surrounding whitespace ignored as Python's
  `str.strip` does). A JSON number with a fraction part is refused. Lean's JSON
  parser folds a positive exponent into the mantissa, so `1e2` reads as the
  integer `100` (Python's `json` reads a float there and refuses it).
* A key that is present counts as given, even with the value `null` (which is
  then refused, as in Python); unknown keys are ignored (Python refuses them,
  but its canonical payloads never carry any).
* Limits shared with the Python engine: `1 ≤ n ≤ maxN`, `n ≤ maxExactN` when
  `exp_beta` is given, at least one pattern, a schedule needs a state, and a
  cyclic run visiting more than `maxCyclicStates` states is refused.
* Weights omitted with patterns given are `Hopfield.hebbian` of the patterns;
  thresholds omitted are zeros.
* Without a schedule the trajectory follows `Hopfield.cyclicSeq n` and stops
  at the first stable state (`conv_steps` = its step), or at the first step `N`
  whose pair `(state, N mod n)` occurred before (`conv_steps = null`; the
  repeated state is included). With a schedule it is `Hopfield.trajectory`
  along the schedule and `conv_steps` is `Hopfield.convSteps` (both computed
  by `Hopfield.Bridge.scheduledRun`, which applies `Hopfield.up` step by step
  and tabulates each state, see "From lists to the library's types").
* The exact Boltzmann keys need integer, symmetric weights, integer
  thresholds and `exp_beta > 0`; states are indexed with site `0` as the least
  significant bit (`Hopfield.Config.ofIndex`).
-/

namespace Hopfield.Bridge

/-! ### Constants -/

/-- Largest `n` whose `2 ^ n`-sized keys (`partition`, `boltzmann`, `kernel_row`) are
computed. `#eval` runs in the interpreter; `2 ^ 8 = 256` states keep a run short. -/
def maxFullN : ℕ := 8

/-- Largest `n` accepted at all (the Python engine's `MAX_N`). -/
def maxN : ℕ := 256

/-- Largest `n` accepted together with `exp_beta` (the Python engine's `MAX_FULL_N`). -/
def maxExactN : ℕ := 16

/-- Most states a cyclic run may visit before the instance is refused (as in Python). -/
def maxCyclicStates : ℕ := 1000000

/-- The schema tag every instance must carry. -/
def instanceSchema : String := "hopfield-bridge/instance/1"

/-! ### Writing JSON -/

/-- A list of JSON values as a JSON array. -/
def jsonList (xs : List Lean.Json) : Lean.Json :=
  Lean.Json.arr xs.toArray

/-- An integer as a JSON integer. -/
def intJson (k : ℤ) : Lean.Json :=
  Lean.Json.num { mantissa := k, exponent := 0 }

/-- A natural number as a JSON integer. -/
def natJson (k : ℕ) : Lean.Json :=
  intJson (k : ℤ)

/-- A rational in lowest terms as `"p"` or `"p/q"` (the text of `toString` on `Rat`). -/
def ratString (q : ℚ) : String :=
  if q.den = 1 then toString q.num else toString q.num ++ "/" ++ toString q.den

/-- A rational as the JSON string `"p"` or `"p/q"`. -/
def ratJson (q : ℚ) : Lean.Json :=
  Lean.Json.str (ratString q)

/-- Key–value pairs as one compact JSON object, in the given key order. -/
def renderObject (kvs : List (String × Lean.Json)) : String :=
  "{" ++ ",".intercalate (kvs.map fun kv => (Lean.Json.str kv.1).compress ++ ":" ++
    kv.2.compress) ++ "}"

/-- The one-line error object `{"name": <name or null>, "error": <message>}`. -/
def errorLine (name : Option String) (msg : String) : String :=
  renderObject [("name", (name.map Lean.Json.str).getD Lean.Json.null),
    ("error", Lean.Json.str msg)]

/-! ### Reading JSON -/

/-- Field `key` of a JSON object, `none` when absent (an explicit `null` is a value). -/
def field? (j : Lean.Json) (key : String) : Option Lean.Json :=
  match j.getObjVal? key with
  | .ok v => some v
  | .error _ => none

/-- The value of a JSON number written as an integer (no fraction part). -/
def jsonInt? : Lean.Json → Option ℤ
  | Lean.Json.num x => if x.exponent = 0 then some x.mantissa else none
  | _ => none

/-- Code points removed by Python's `str.strip()`; rational strings are trimmed alike. -/
def stripCodePoints : List ℕ :=
  [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680,
    0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
    0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]

/-- Whether `c` is whitespace in the sense of Python's `str.strip()`. -/
def isStripChar (c : Char) : Bool :=
  stripCodePoints.any (· == c.toNat)

/-- Drop leading and trailing whitespace. -/
def trimChars (cs : List Char) : List Char :=
  ((cs.dropWhile isStripChar).reverse.dropWhile isStripChar).reverse

/-- The value of a nonempty string of ASCII digits. -/
def digitsValue? (cs : List Char) : Option ℕ :=
  if !cs.isEmpty && cs.all Char.isDigit then
    some (cs.foldl (fun acc c => 10 * acc + (c.toNat - '0'.toNat)) 0)
  else none

/-- Parse `"p"` or `"p/q"` (optional leading `-`, ASCII digits, `q > 0`). -/
def parseRational (field s : String) : Except String ℚ :=
  let cs := trimChars s.toList
  let neg := cs.head? == some '-'
  let body := if neg then cs.drop 1 else cs
  let numPart := body.takeWhile (· != '/')
  let denPart := body.dropWhile (· != '/')
  let den? : Option ℕ := (match denPart with
    | [] => some 1
    | _ :: d => digitsValue? d)
  match digitsValue? numPart, den? with
  | some p, some q =>
    if q = 0 then .error s!"{field}: \"{s}\" has a zero denominator"
    else .ok ((if neg then -(p : ℚ) else (p : ℚ)) / (q : ℚ))
  | _, _ => .error s!"{field}: \"{s}\" is not a rational of the form p or p/q"

/-- Read an instance number: a JSON integer or a string `"p"` / `"p/q"`. -/
def readRational (field : String) : Lean.Json → Except String ℚ
  | Lean.Json.num x =>
    if x.exponent = 0 then .ok (x.mantissa : ℚ)
    else .error s!"{field}: {x} is not an integer; write it as an integer or a \"p/q\" string"
  | Lean.Json.str s => parseRational field s
  | Lean.Json.bool _ => .error s!"{field}: expected a number, got a boolean"
  | _ => .error s!"{field}: expected a number"

/-- Read a spin: the JSON integer `1` or `-1`. -/
def readSpin (field : String) (j : Lean.Json) : Except String ℤ :=
  match jsonInt? j with
  | none => .error s!"{field}: expected 1 or -1, got {j.compress}"
  | some k =>
    if k == 1 || k == -1 then .ok k else .error s!"{field}: expected 1 or -1, got {k}"

/-- Read a JSON list. -/
def readList (field : String) : Lean.Json → Except String (List Lean.Json)
  | Lean.Json.arr a => .ok a.toList
  | _ => .error s!"{field}: expected a list"

/-- Map `f i x` over a list, the index counting from `i`; stops at the first error. -/
def mapIdxE {α β : Type} (f : ℕ → α → Except String β) : ℕ → List α → Except String (List β)
  | _, [] => .ok []
  | i, x :: xs => do
    let y ← f i x
    let ys ← mapIdxE f (i + 1) xs
    pure (y :: ys)

/-- Read a list of exactly `n` entries with `read`, the entries named `field[i]`. -/
def readVector {β : Type} (read : String → Lean.Json → Except String β) (field : String)
    (n : ℕ) (j : Lean.Json) : Except String (List β) := do
  let xs ← readList field j
  if xs.length ≠ n then
    throw s!"{field}: expected {n} entries, got {xs.length}"
  mapIdxE (fun i x => read s!"{field}[{i}]" x) 0 xs

/-- Read an `n × n` matrix of instance numbers, row by row. -/
def readMatrix (field : String) (n : ℕ) (j : Lean.Json) : Except String (List (List ℚ)) := do
  let rows ← readList field j
  if rows.length ≠ n then
    throw s!"{field}: expected {n} rows, got {rows.length}"
  mapIdxE (fun u row => readVector readRational s!"{field}[{u}]" n row) 0 rows

/-- Read the patterns: at least one `±1` row of length `n`. -/
def readPatterns (n : ℕ) (j : Lean.Json) : Except String (List (List ℤ)) := do
  let ps ← readList "patterns" j
  if ps.isEmpty then
    throw "patterns: expected at least one pattern"
  mapIdxE (fun k p => readVector readSpin s!"patterns[{k}]" n p) 0 ps

/-- Read a site index `0 ≤ u < n`. -/
def readSite (n : ℕ) (field : String) (j : Lean.Json) : Except String ℕ :=
  match jsonInt? j with
  | none => .error s!"{field}: expected a site index (a JSON integer), got {j.compress}"
  | some k =>
    if 0 ≤ k ∧ k < (n : ℤ) then .ok k.toNat
    else .error s!"{field}: site {k} is out of range (0 <= site < {n})"

/-- Read the schedule: a list of site indices. -/
def readSchedule (n : ℕ) (j : Lean.Json) : Except String (List ℕ) := do
  let xs ← readList "schedule" j
  mapIdxE (fun i x => readSite n s!"schedule[{i}]" x) 0 xs

/-- Read `exp_beta`, the base `b = exp β`, which must be positive. -/
def readExpBeta (j : Lean.Json) : Except String ℚ := do
  let b ← readRational "exp_beta" j
  if b ≤ 0 then
    throw s!"exp_beta: must be > 0 (it is the base b = exp(beta)), got {ratString b}"
  pure b

/-- A character allowed in an instance name: `[A-Za-z0-9_.-]`. -/
def isNameChar (c : Char) : Bool :=
  c.isAlphanum || c == '_' || c == '.' || c == '-'

/-- Whether `s` matches `[A-Za-z0-9_.-]{1,64}`. -/
def isValidName (s : String) : Bool :=
  decide (0 < s.length) && decide (s.length ≤ 64) && s.toList.all isNameChar

/-- Read the instance name. -/
def readName (j : Lean.Json) : Except String String :=
  match field? j "name" with
  | none => .error "name: missing"
  | some (Lean.Json.str s) =>
    if isValidName s then .ok s else .error "name: must match [A-Za-z0-9_.-]{1,64}"
  | some _ => .error "name: expected a string"

/-- The instance name when it is present and valid (echoed in error lines). -/
def nameOf? (j : Lean.Json) : Option String :=
  match readName j with
  | .ok s => some s
  | .error _ => none

/-- Check that the input is a JSON object. -/
def checkObject : Lean.Json → Except String Unit
  | Lean.Json.obj _ => .ok ()
  | _ => .error "instance: expected a JSON object"

/-- Check the `schema` tag. -/
def checkSchema (j : Lean.Json) : Except String Unit :=
  match field? j "schema" with
  | none => .error s!"schema: missing; expected \"{instanceSchema}\""
  | some (Lean.Json.str s) =>
    if s = instanceSchema then .ok ()
    else .error s!"schema: expected \"{instanceSchema}\", got \"{s}\""
  | some _ => .error s!"schema: expected the string \"{instanceSchema}\""

/-- Read `n`, a JSON integer with `1 ≤ n ≤ maxN`. -/
def readN (j : Lean.Json) : Except String ℕ :=
  match field? j "n" with
  | none => .error "n: missing"
  | some v =>
    match jsonInt? v with
    | none => .error s!"n: expected a JSON integer, got {v.compress}"
    | some k =>
      if 1 ≤ k ∧ k ≤ (maxN : ℤ) then .ok k.toNat
      else .error s!"n: must be between 1 and {maxN}, got {k}"

/-- Read an optional field with `read`. -/
def readOpt {α : Type} (j : Lean.Json) (key : String) (read : Lean.Json → Except String α) :
    Except String (Option α) :=
  match field? j key with
  | none => .ok none
  | some v => some <$> read v

/-! ### The validated instance -/

/-- A validated instance (design reference §5); every size already agrees with `n`. -/
structure InstanceData where
  /-- The instance name, matching `[A-Za-z0-9_.-]{1,64}`. -/
  name : String
  /-- The number of sites, at least `1`. -/
  n : ℕ
  /-- The weights, row `u` being what site `u` listens to, if given. -/
  weights : Option (List (List ℚ))
  /-- The thresholds, if given. -/
  thresholds : Option (List ℚ)
  /-- The stored patterns (`±1` rows), if given. -/
  patterns : Option (List (List ℤ))
  /-- The state (`±1`), if given. -/
  state : Option (List ℤ)
  /-- The site schedule, if given. -/
  schedule : Option (List ℕ)
  /-- The base `b = exp β > 0` of the exact Boltzmann mode, if given. -/
  expBeta : Option ℚ

/-- Parse and validate one instance object; the error message names the field. -/
def parseInstance (j : Lean.Json) : Except String InstanceData := do
  checkObject j
  let name ← readName j
  checkSchema j
  let n ← readN j
  let thresholds ← readOpt j "thresholds" (readVector readRational "thresholds" n)
  let patterns ← readOpt j "patterns" (readPatterns n)
  let weights ← readOpt j "weights" (readMatrix "weights" n)
  if weights.isNone && patterns.isNone then
    throw "weights: missing; give \"weights\" or \"patterns\""
  let state ← readOpt j "state" (readVector readSpin "state" n)
  let schedule ← readOpt j "schedule" (readSchedule n)
  if schedule.isSome && state.isNone then
    throw "schedule: needs a state to start from"
  let expBeta ← readOpt j "exp_beta" readExpBeta
  if expBeta.isSome && decide (maxExactN < n) then
    throw s!"n: {n} exceeds {maxExactN}, the limit for the 2^n quantities that exp_beta asks for"
  pure { name := name, n := n, weights := weights, thresholds := thresholds,
         patterns := patterns, state := state, schedule := schedule, expBeta := expBeta }

/-! ### From lists to the library's types

The Lean compiler eta-expands every definition whose type ends in a function type
(`Lean.Compiler.LCNF.toDecl` calls `Meta.etaExpand`, which unfolds `Matrix` and
`Config` too), so `def f (x) : Fin n → ℚ := let a := g x; fun u => a[u]` recomputes
`g x` at every `f x u`. Hence every array below is built once by the *caller* (a
definition whose result is data, not a function) and only then wrapped by `vecOf`,
`matOf`, … ; and the states of a run are kept as arrays, tabulated after each update.
-/

/-- A vector read from an already computed array (`0` past its end). -/
def vecOf {n : ℕ} (a : Array ℚ) : Fin n → ℚ :=
  fun u => a.getD u.val 0

/-- A matrix over `ℚ` read from an already computed array of rows (`0` past their ends). -/
def matOf {n : ℕ} (a : Array (Array ℚ)) : Matrix (Fin n) (Fin n) ℚ :=
  Matrix.of fun (u v : Fin n) => (a.getD u.val #[]).getD v.val 0

/-- An integer vector read from an already computed array (`0` past its end). -/
def intVecOf {n : ℕ} (a : Array ℤ) : Fin n → ℤ :=
  fun u => a.getD u.val 0

/-- An integer matrix read from an already computed array of rows (`0` past their ends). -/
def intMatOf {n : ℕ} (a : Array (Array ℤ)) : Matrix (Fin n) (Fin n) ℤ :=
  Matrix.of fun (u v : Fin n) => (a.getD u.val #[]).getD v.val 0

/-- A `±1` array as a configuration (`true` is `+1`). -/
def configOf {n : ℕ} (a : Array ℤ) : Config n :=
  fun (u : Fin n) => a.getD u.val 1 == 1

/-- Rows as an array of arrays. -/
def rowsArray (rows : List (List ℚ)) : Array (Array ℚ) :=
  (rows.map List.toArray).toArray

/-- A `±1` list as an array over `ℚ`. -/
def spinArray (xs : List ℤ) : Array ℚ :=
  (xs.map fun x => (x : ℚ)).toArray

/-- The Hebbian weights `Hopfield.hebbian` of the patterns, as rows. -/
def hebbianRows (n : ℕ) (ps : List (List ℤ)) : List (List ℚ) :=
  let pats : Array (Array ℚ) := (ps.map spinArray).toArray
  let p : Fin pats.size → Fin n → ℚ := fun k => vecOf (pats.getD k.val #[])
  let W := hebbian p
  (List.finRange n).map fun u => (List.finRange n).map fun v => W u v

/-- The weights to use: the given ones, else the Hebbian weights of the patterns. -/
def resolvedWeights (inst : InstanceData) : List (List ℚ) :=
  match inst.weights, inst.patterns with
  | some w, _ => w
  | none, some ps => hebbianRows inst.n ps
  | none, none => List.replicate inst.n (List.replicate inst.n 0)

/-! ### Dynamics -/

/-- One update `Hopfield.up W θ t u` of a tabulated state, tabulated again. -/
def stepArray {n : ℕ} (W : Matrix (Fin n) (Fin n) ℚ) (θ : Fin n → ℚ) (t : Array ℚ)
    (u : Fin n) : Array ℚ :=
  Array.ofFn (up W θ (vecOf t) u)

/-- The index `Σ_u [t u = 1] * 2 ^ u` of a tabulated `±1` state (site `0` least
significant). -/
def stateIndex (t : Array ℚ) : ℕ :=
  (List.range t.size).foldl
    (fun (acc : ℕ) (u : ℕ) => if t.getD u 0 = 1 then acc + 2 ^ u else acc) 0

/-- The cyclic run: from step `k` and state `t`, stop at a stable state or at a repeated
`(state, k mod n)` pair, giving the states so far and the stable step, if any; `none` once
`fuel` states have been visited without stopping. -/
def cyclicRun {n : ℕ} (W : Matrix (Fin n) (Fin n) ℚ) (θ : Fin n → ℚ) (useq : ℕ → Fin n) :
    ℕ → ℕ → Array ℚ → List ℕ → List (Array ℚ) → Option (List (Array ℚ) × Option ℕ)
  | 0, _, _, _, _ => none
  | fuel + 1, k, t, seen, acc =>
    if IsStable W θ (vecOf t) then some ((t :: acc).reverse, some k)
    else
      let key := stateIndex t * n + k % n
      if seen.any (· == key) then some ((t :: acc).reverse, none)
      else cyclicRun W θ useq fuel (k + 1) (stepArray W θ t (useq k)) (key :: seen) (t :: acc)

/-- The states `seqStates 0, …, seqStates N` along `useq` (pointwise the states of
`Hopfield.trajectory W θ useq s N`, but tabulated) and the first stable step among them
(the value of `Hopfield.convSteps W θ useq s N`). -/
def scheduledRun {n : ℕ} (W : Matrix (Fin n) (Fin n) ℚ) (θ : Fin n → ℚ) (useq : ℕ → Fin n)
    (s : Array ℚ) (N : ℕ) : List (Array ℚ) × Option ℕ :=
  let states := (List.range N).scanl (fun t k => stepArray W θ t (useq k)) s
  (states, (states.zip (List.range (N + 1))).findSome? fun p =>
    if IsStable W θ (vecOf p.1) then some p.2 else none)

/-- The trajectory and `conv_steps`: along the schedule if there is one, else cyclic
(`none` if the cyclic run visits more than `maxCyclicStates` states). -/
def runTrajectory {n : ℕ} (hn : 0 < n) (W : Matrix (Fin n) (Fin n) ℚ) (θ : Fin n → ℚ)
    (s : Array ℚ) : Option (List ℕ) → Option (List (Array ℚ) × Option ℕ)
  | some sched =>
    let a := sched.toArray
    let useq : ℕ → Fin n := fun k => ⟨a.getD k 0 % n, Nat.mod_lt _ hn⟩
    some (scheduledRun W θ useq s sched.length)
  | none =>
    have : NeZero n := ⟨by omega⟩
    -- A cyclic run stops within `n * 2 ^ n + 1` states (pigeonhole on `(state, phase)`).
    cyclicRun W θ (cyclicSeq n) maxCyclicStates 0 s [] []

/-! ### The result keys -/

/-- A tabulated `±1` state as a JSON list of the integers `1` / `-1`. -/
def stateJson (a : Array ℚ) : Lean.Json :=
  jsonList (a.toList.map fun x => intJson x.num)

/-- The keys present when a state is given: `net` … `final_state`. -/
def stateKeys {n : ℕ} (hn : 0 < n) (W : Matrix (Fin n) (Fin n) ℚ) (θ : Fin n → ℚ)
    (st : List ℤ) (schedule : Option (List ℕ)) : Except String (List (String × Lean.Json)) := do
  let sArr := spinArray st
  let s : Fin n → ℚ := vecOf sArr
  let some run := runTrajectory hn W θ sArr schedule
    | throw s!"state: the cyclic run exceeds {maxCyclicStates} states; give a schedule"
  let final := run.1.getLast?.getD sArr
  pure [("net", jsonList ((List.finRange n).map fun u => ratJson (netInput W s u))),
   ("energy", ratJson (energy W θ s)),
   ("stable", Lean.Json.bool (decide (IsStable W θ s))),
   ("trajectory", jsonList (run.1.map stateJson)),
   ("conv_steps", (run.2.map natJson).getD Lean.Json.null),
   ("final_state", stateJson final)]

/-- The key present when patterns are given: `patterns_stable`. -/
def patternKeys {n : ℕ} (W : Matrix (Fin n) (Fin n) ℚ) (θ : Fin n → ℚ)
    (ps : List (List ℤ)) : List (String × Lean.Json) :=
  [("patterns_stable",
    jsonList (ps.map fun p => Lean.Json.bool (decide (IsStable W θ (vecOf (spinArray p))))))]

/-- The keys of the exact Boltzmann mode (`exp_beta` given); `W`, `θ` already checked
to be integer and `W` symmetric. -/
def boltzmannKeys (n : ℕ) (b : ℚ) (rows : List (List ℚ)) (ths : List ℚ)
    (st : Option (List ℤ)) : List (String × Lean.Json) :=
  let wz : Array (Array ℤ) := (rows.map fun r => (r.map Rat.num).toArray).toArray
  let Wz : Matrix (Fin n) (Fin n) ℤ := intMatOf wz
  let θz : Fin n → ℤ := intVecOf (ths.map Rat.num).toArray
  let probKeys : List (String × Lean.Json) := (st.map fun s =>
    let c : Config n := configOf s.toArray
    [("prob_pos", jsonList ((List.finRange n).map fun u =>
      ratJson (gibbsProbPosBase b Wz θz c u)))]).getD []
  if n ≤ maxFullN then
    let Z := partitionBase b Wz θz
    let full : List (String × Lean.Json) :=
      [("partition", ratJson Z),
       ("boltzmann", jsonList ((Config.all n).map fun c =>
          ratJson (boltzmannWeightBase b Wz θz c / Z)))]
    let kernel : List (String × Lean.Json) := (st.map fun s =>
      let c : Config n := configOf s.toArray
      [("kernel_row", jsonList ((Config.all n).map fun c' =>
        ratJson (randomScanKernelBase b Wz θz c c')))]).getD []
    probKeys ++ full ++ kernel
  else
    let skipped := ["partition", "boltzmann"] ++ (if st.isSome then ["kernel_row"] else [])
    probKeys ++ [("skipped", jsonList (skipped.map Lean.Json.str))]

/-- The first entry of a list that is not an integer, with its index. -/
def firstNonInteger? (xs : List ℚ) : Option (ℕ × ℚ) :=
  ((List.range xs.length).zip xs).find? fun p => p.2.den != 1

/-- The first non-integer weight, with its row and column. -/
def firstNonIntegerWeight? (rows : List (List ℚ)) : Option (ℕ × ℕ × ℚ) :=
  ((List.range rows.length).zip rows).findSome? fun p =>
    (firstNonInteger? p.2).map fun q => (p.1, q.1, q.2)

/-- The first pair `u < v` with `W u v ≠ W v u`. -/
def firstAsymmetry? (rows : List (List ℚ)) : Option (ℕ × ℕ) :=
  let a : Array (Array ℚ) := (rows.map List.toArray).toArray
  let x : ℕ → ℕ → ℚ := fun u v => (a.getD u #[]).getD v 0
  (List.range a.size).findSome? fun u =>
    (List.range a.size).findSome? fun v =>
      if u < v ∧ x u v ≠ x v u then some (u, v) else none

/-- Why the exact Boltzmann mode cannot run on these parameters, if it cannot. -/
def exactModeError? (rows : List (List ℚ)) (ths : List ℚ) : Option String :=
  match firstNonIntegerWeight? rows with
  | some (u, v, x) =>
    some (s!"weights[{u}][{v}]: {ratString x} is not an integer; " ++
      "exp_beta needs integer weights")
  | none =>
    match firstNonInteger? ths with
    | some (u, x) =>
      some (s!"thresholds[{u}]: {ratString x} is not an integer; " ++
        "exp_beta needs integer thresholds")
    | none =>
      match firstAsymmetry? rows with
      | some (u, v) =>
        some (s!"weights: not symmetric (weights[{u}][{v}] != weights[{v}][{u}]); " ++
          "exp_beta needs symmetric weights")
      | none => none

/-- All result keys of a validated instance, in output order. -/
def resultKeys (n : ℕ) (hn : 0 < n) (inst : InstanceData) (rows : List (List ℚ))
    (ths : List ℚ) : Except String (List (String × Lean.Json)) := do
  let W : Matrix (Fin n) (Fin n) ℚ := matOf (rowsArray rows)
  let θ : Fin n → ℚ := vecOf ths.toArray
  let base : List (String × Lean.Json) :=
    [("name", Lean.Json.str inst.name), ("n", natJson n),
     ("weights", jsonList (rows.map fun r => jsonList (r.map ratJson))),
     ("thresholds", jsonList (ths.map ratJson))]
  let dynamics ← match inst.state with
    | some st => stateKeys hn W θ st inst.schedule
    | none => pure []
  pure (base ++ dynamics ++ (inst.patterns.map (patternKeys W θ)).getD [] ++
    (inst.expBeta.map fun b => boltzmannKeys n b rows ths inst.state).getD [])

/-- Evaluate a validated instance: its result keys, or the exact-mode error. -/
def evaluate (inst : InstanceData) : Except String (List (String × Lean.Json)) :=
  let n := inst.n
  let rows := resolvedWeights inst
  let ths : List ℚ := inst.thresholds.getD (List.replicate n 0)
  match inst.expBeta.bind (fun _ => exactModeError? rows ths) with
  | some msg => .error msg
  | none =>
    if hn : 0 < n then resultKeys n hn inst rows ths
    else .error "n: must be at least 1"

/-! ### Entry points -/

/-- The output line of one instance given as a JSON value. -/
def resultLine (j : Lean.Json) : String :=
  match parseInstance j >>= evaluate with
  | .ok kvs => renderObject kvs
  | .error msg => errorLine (nameOf? j) msg

/-- The output line of one instance given as JSON text. -/
def instanceLine (input : String) : String :=
  match Lean.Json.parse input with
  | .ok j => resultLine j
  | .error e => errorLine none s!"instance: not valid JSON ({e})"

/-- The output lines of a JSON list of instances, one per instance. -/
def batchLines (input : String) : List String :=
  match Lean.Json.parse input with
  | .ok (Lean.Json.arr items) => items.toList.map resultLine
  | .ok _ => [errorLine none "batch: expected a JSON list of instances"]
  | .error e => [errorLine none s!"batch: not valid JSON ({e})"]

/-- Parse, validate and evaluate one instance; print the result as one JSON line. -/
def runInstance (input : String) : IO Unit :=
  IO.println (instanceLine input)

/-- Parse a JSON list of instances; print one result line per instance. -/
def runBatch (input : String) : IO Unit := do
  for line in batchLines input do
    IO.println line

end Hopfield.Bridge
