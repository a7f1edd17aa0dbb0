"""The field-by-field diff and its reports.

The "Lean" objects below are built by this test from the Python engine's own
results, sometimes altered on purpose; none was printed by Lean.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from hopfield_bridge.bridge.compare import (
    AGREE, BOTH_REJECT, DISAGREE, EXTRA, FULL_KEYS, LEAN_MAX_FULL_N, LEAN_REJECTS, MATCH, MISMATCH,
    MISSING, NO_OUTPUT, PYTHON_REJECTS, SKIPPED, PythonResult, compare_all, compare_instance,
    first_difference, python_results)
from hopfield_bridge.bridge.outputs import LeanOutputs, UnexpectedOutput
from hopfield_bridge.bridge.report import (
    PROVENANCE, render_json, render_markdown, render_table, report_object, write_report)
from hopfield_bridge.catalogue import CATALOGUE
from hopfield_bridge.errors import UsageError

PY = {p.name: p for p in python_results(list(CATALOGUE.values()))}
BRIDGE_LEAN = Path(__file__).resolve().parents[1] / "lean" / "Hopfield" / "Bridge.lean"


def as_lean_would_print(py: PythonResult) -> dict[str, Any]:
    """The contract's object for ``py``: the 2^n keys skipped above Lean's limit, keys reordered."""
    assert py.result is not None
    obj = dict(reversed(list(py.result.items())))  # key order may differ
    if py.n > LEAN_MAX_FULL_N:
        skipped = [k for k in FULL_KEYS if k in obj]
        for k in skipped:
            del obj[k]
        obj["skipped"] = skipped
    return obj


def verdicts(diff: Any) -> dict[str, str]:
    return {k.key: k.status for k in diff.keys}


def test_the_whole_catalogue_agrees_with_the_contract_objects() -> None:
    lean = LeanOutputs(tuple((n, as_lean_would_print(p)) for n, p in PY.items()))
    diff = compare_all(list(PY.values()), lean)
    assert diff.agrees
    assert all(i.status == AGREE for i in diff.instances)
    big = next(i for i in diff.instances if i.name == "ferromagnet-4x4")
    assert {k.key for k in big.keys if k.status == SKIPPED} == set(FULL_KEYS)


def test_a_mismatching_value_shows_both_values() -> None:
    py = PY["paper-boltzmann-2"]
    d = compare_instance(py, {**py.result, "energy": "5"})
    assert d.status == DISAGREE and not d.agrees
    k = next(k for k in d.keys if k.key == "energy")
    assert (k.status, k.python, k.lean) == (MISMATCH, py.result["energy"], "5")
    assert '"5"' in k.detail and json.dumps(py.result["energy"]) in k.detail
    assert all(x.status == MATCH for x in d.keys if x.key != "energy")


def test_a_list_mismatch_names_the_first_differing_index_path() -> None:
    py = PY["paper-hebbian-4"]
    traj = [list(s) for s in py.result["trajectory"]]
    traj[1][2] = -traj[1][2]
    d = compare_instance(py, {**py.result, "trajectory": traj})
    k = next(k for k in d.keys if k.key == "trajectory")
    assert k.status == MISMATCH and k.index == (1, 2)
    assert "[1][2]" in k.detail


def test_a_shorter_list_differs_at_its_length() -> None:
    py = PY["paper-boltzmann-2"]
    d = compare_instance(py, {**py.result, "boltzmann": py.result["boltzmann"][:2]})
    k = next(k for k in d.keys if k.key == "boltzmann")
    assert k.index == (2,) and "<absent>" in k.detail


def test_true_is_not_one_and_rationals_are_compared_as_printed() -> None:
    assert first_difference(True, 1) == ()
    assert first_difference("1/2", "2/4") == ()
    assert first_difference(["1/2"], ["1/2"]) is None
    py = PY["hadamard-4-2"]
    d = compare_instance(py, {**py.result, "stable": int(py.result["stable"])})
    assert verdicts(d)["stable"] == MISMATCH


def test_a_key_python_has_and_lean_lacks_is_missing() -> None:
    py = PY["threshold-tie-3"]
    lean = dict(py.result)
    del lean["conv_steps"]
    d = compare_instance(py, lean)
    assert verdicts(d)["conv_steps"] == MISSING and d.status == DISAGREE


def test_a_key_only_lean_prints_is_extra() -> None:
    py = PY["threshold-tie-3"]
    d = compare_instance(py, {**py.result, "bonus": 1})
    assert verdicts(d)["bonus"] == EXTRA and d.status == DISAGREE


def test_a_skipped_2n_key_above_the_limit_is_not_a_disagreement() -> None:
    d = compare_instance(PY["ferromagnet-4x4"], as_lean_would_print(PY["ferromagnet-4x4"]))
    assert d.status == AGREE
    assert d.count(SKIPPED) == 3


def test_skipping_a_key_that_is_not_a_2n_key_is_a_mismatch() -> None:
    py = PY["ferromagnet-4x4"]
    lean = as_lean_would_print(py)
    del lean["energy"]
    lean["skipped"] = [*lean["skipped"], "energy"]
    d = compare_instance(py, lean)
    assert d.status == DISAGREE
    assert any(k.key == "energy" and k.status == MISMATCH and "only the 2^n keys" in k.detail
               for k in d.keys)


def test_skipping_within_lean_limit_is_a_mismatch() -> None:
    py = PY["ferromagnet-2x3"]  # n = 6 <= maxFullN
    lean = dict(py.result)
    del lean["boltzmann"]
    lean["skipped"] = ["boltzmann"]
    d = compare_instance(py, lean)
    assert d.status == DISAGREE
    assert any("within its limit" in k.detail for k in d.keys)


def test_a_malformed_skipped_list_is_a_mismatch() -> None:
    py = PY["ferromagnet-4x4"]
    d = compare_instance(py, {**as_lean_would_print(py), "skipped": "boltzmann"})
    assert d.status == DISAGREE


def test_no_lean_output_is_a_disagreement() -> None:
    d = compare_instance(PY["paper-hebbian-4"], None)
    assert d.status == NO_OUTPUT and not d.agrees


def test_lean_rejecting_an_instance_python_accepts_is_a_disagreement() -> None:
    d = compare_instance(PY["paper-hebbian-4"], {"name": "paper-hebbian-4", "error": "bad"})
    assert d.status == LEAN_REJECTS and not d.agrees and "bad" in d.detail


def test_python_rejecting_an_instance_lean_accepts_is_a_disagreement() -> None:
    d = compare_instance(PythonResult("x", 2, None, "n too large"), {"name": "x", "n": 2})
    assert d.status == PYTHON_REJECTS and not d.agrees


def test_both_sides_rejecting_is_agreement() -> None:
    d = compare_instance(PythonResult("x", 2, None, "n too large"), {"name": "x", "error": "no"})
    assert d.status == BOTH_REJECT and d.agrees


def test_an_unexpected_output_makes_the_whole_diff_disagree() -> None:
    py = PY["paper-hebbian-4"]
    lean = LeanOutputs((("paper-hebbian-4", dict(py.result)),),
                       (UnexpectedOutput(1, "{}", "line 1 holds no #eval"),))
    diff = compare_all([py], lean)
    assert diff.instances[0].agrees and not diff.agrees


def _lean_constant(name: str) -> str:
    m = re.search(rf"def\s+{name}\s*:\s*(?:Nat|ℕ|String)\s*:=\s*(\S+)",
                  BRIDGE_LEAN.read_text(encoding="utf-8"))
    assert m is not None, f"Bridge.lean should define `{name}` as a literal"
    return m.group(1)


def test_lean_max_full_n_matches_bridge_lean() -> None:
    assert int(_lean_constant("maxFullN")) == LEAN_MAX_FULL_N


def test_lean_limits_and_schema_match_the_python_engine() -> None:
    import inspect

    from hopfield_bridge.dynamics import run_cyclic
    from hopfield_bridge.instance import MAX_FULL_N, MAX_N, SCHEMA

    assert int(_lean_constant("maxN")) == MAX_N
    assert int(_lean_constant("maxExactN")) == MAX_FULL_N
    cap = inspect.signature(run_cyclic).parameters["max_states"].default
    assert int(_lean_constant("maxCyclicStates")) == cap
    assert _lean_constant("instanceSchema") == f'"{SCHEMA}"'


# --- reports -----------------------------------------------------------------------------

def sample_diff() -> Any:
    good = PY["paper-hebbian-4"]
    bad = PY["ferromagnet-4x4"]
    altered = as_lean_would_print(bad)
    altered["prob_pos"] = ["0", *altered["prob_pos"][1:]]
    lean = LeanOutputs((("paper-hebbian-4", dict(good.result)), ("ferromagnet-4x4", altered)),
                       (UnexpectedOutput(2, "oops", "line 2 holds no #eval"),))
    return compare_all([good, bad, PY["threshold-tie-3"]], lean,
                       notes=["H.lean:3:0: warning: something"], lean_command="lean --json <harness>")


def test_table_lists_each_instance_and_every_problem() -> None:
    text = render_table(sample_diff())
    assert "Lean-side command: lean --json <harness>" in text
    assert re.search(r"paper-hebbian-4\s+agree", text)
    assert re.search(r"ferromagnet-4x4\s+disagree", text)
    assert re.search(r"threshold-tie-3\s+no Lean output", text)
    assert "ferromagnet-4x4: prob_pos: mismatch (first difference at [0]" in text
    assert "line 2: line 2 holds no #eval: oops" in text
    assert "H.lean:3:0: warning: something" in text
    assert text.rstrip().endswith("MISMATCH: 2 of 3 instance(s) disagree, 1 unexpected Lean output(s).")


def test_json_report_is_written_atomically_and_states_its_provenance(tmp_path: Path) -> None:
    path = tmp_path / "diff.json"
    write_report(str(path), sample_diff())
    obj = json.loads(path.read_text())
    assert obj == report_object(sample_diff())
    assert obj["provenance"] == PROVENANCE and obj["lean_command"] == "lean --json <harness>"
    assert obj["agrees"] is False
    assert obj["summary"]["disagreeing"] == 2
    ferro = next(i for i in obj["instances"] if i["name"] == "ferromagnet-4x4")
    pp = next(k for k in ferro["keys"] if k["key"] == "prob_pos")
    assert pp["status"] == MISMATCH and pp["index"] == [0] and pp["lean"][0] == "0"
    boltz = next(k for k in ferro["keys"] if k["key"] == "boltzmann")
    assert boltz["status"] == SKIPPED and boltz["python_truncated"] is True  # 65,536 values not copied
    assert [p.name for p in tmp_path.iterdir()] == ["diff.json"]  # no temporary file left behind


def test_markdown_report_has_the_table_and_the_disagreements(tmp_path: Path) -> None:
    path = tmp_path / "diff.md"
    write_report(str(path), sample_diff())
    text = path.read_text()
    assert text == render_markdown(sample_diff())
    assert "| `ferromagnet-4x4` | disagree |" in text
    assert "## Disagreements" in text and "## Unexpected Lean output" in text
    assert PROVENANCE in text


def test_a_report_with_an_unknown_extension_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"\.json or \.md"):
        write_report(str(tmp_path / "diff.txt"), sample_diff())


def test_an_agreeing_diff_reports_agreement() -> None:
    py = PY["paper-hebbian-4"]
    diff = compare_all([py], LeanOutputs((("paper-hebbian-4", dict(py.result)),)))
    assert json.loads(render_json(diff))["agrees"] is True
    assert render_table(diff).rstrip().endswith("Lean and Python agree on all 1 instance(s).")
