"""Parsing the ``lean --json`` message stream and mapping printed results to instances.

Every message here is CONSTRUCTED BY THIS TEST from the documented format (see
the module docstring of ``hopfield_bridge.bridge.messages`` for the Lean source
files it was read from). None of it was printed by Lean.
"""
from __future__ import annotations

import json
from typing import Any

import pytest

from hopfield_bridge.bridge.harness import harness_text
from hopfield_bridge.bridge.messages import (
    LeanMessage, MessageStream, format_location, format_message, parse_message,
    parse_message_stream)
from hopfield_bridge.bridge.outputs import collect_outputs
from hopfield_bridge.catalogue import CATALOGUE
from hopfield_bridge.results import evaluate


def constructed_message(severity: str, line: int, data: str, *, column: int = 0,
                        file_name: str = "/tmp/HopfieldBridgeHarness.lean",
                        end: tuple[int, int] | None = None, caption: str = "",
                        kind: str = "[anonymous]") -> str:
    """A message line in the documented ``SerialMessage`` JSON shape (keys sorted and
    compact, as Lean's ``Json.compress`` of an object prints them)."""
    obj: dict[str, Any] = {
        "fileName": file_name, "pos": {"line": line, "column": column},
        "endPos": None if end is None else {"line": end[0], "column": end[1]},
        "keepFullRange": False, "severity": severity, "isSilent": False,
        "caption": caption, "data": data, "kind": kind,
    }
    return json.dumps(obj, sort_keys=True, separators=(",", ":"))


def test_every_documented_field_of_a_message_is_read() -> None:
    line = constructed_message("warning", 7, "declaration uses 'sorry'", column=8,
                               file_name="lean/Hopfield/Bridge.lean", end=(7, 20),
                               caption="cap", kind="linter.unusedVariables")
    (m,) = parse_message_stream(line + "\n").messages
    assert m == LeanMessage("warning", "lean/Hopfield/Bridge.lean", 7, 8,
                            "declaration uses 'sorry'", 7, 20, "cap", "linter.unusedVariables")


def test_end_pos_null_gives_no_end_position() -> None:
    (m,) = parse_message_stream(constructed_message("error", 1, "x")).messages
    assert m.end_line is None and m.end_column is None


def test_messages_from_older_toolchains_without_kind_or_is_silent_still_parse() -> None:
    old = json.dumps({"fileName": "H.lean", "pos": {"line": 3, "column": 0}, "endPos": None,
                      "severity": "information", "caption": "", "data": "{}\n"})
    (m,) = parse_message_stream(old).messages
    assert (m.line, m.kind, m.data) == (3, "", "{}\n")


def test_unknown_extra_fields_are_ignored() -> None:
    obj = json.loads(constructed_message("information", 3, "x"))
    obj["someFutureField"] = {"a": 1}
    assert parse_message(obj).data == "x"


def test_severities_are_classified() -> None:
    text = "\n".join([constructed_message("information", 3, "i"),
                      constructed_message("warning", 4, "w"),
                      constructed_message("error", 5, "e"),
                      constructed_message("information", 6, "j")])
    s = parse_message_stream(text)
    assert [m.data for m in s.infos] == ["i", "j"]
    assert [m.data for m in s.warnings] == ["w"]
    assert [m.data for m in s.errors] == ["e"]
    assert [m.data for m in s.messages] == ["i", "w", "e", "j"]  # stream order kept


def test_non_json_lines_are_reported_as_stray_lines_not_dropped() -> None:
    text = "\n".join(["warning: some lake chatter", constructed_message("information", 3, "x"),
                      "", "{not json"])
    s = parse_message_stream(text)
    assert len(s.messages) == 1
    assert s.stray_lines == ((1, "warning: some lake chatter"), (4, "{not json"))


@pytest.mark.parametrize("obj, field", [
    ({"severity": "information", "data": "x"}, "pos"),
    ({"severity": "information", "pos": {"line": 1}, "data": "x"}, "pos.column"),
    ({"severity": "information", "pos": {"line": -1, "column": 0}, "data": "x"}, "pos.line"),
    ({"severity": "information", "pos": {"line": 1, "column": 0}}, "data"),
    ({"severity": "information", "pos": {"line": 1, "column": 0}, "data": 5}, "data"),
    ({"severity": "info", "pos": {"line": 1, "column": 0}, "data": "x"}, "severity"),
    ({"severity": "error", "pos": {"line": 1, "column": 0}, "endPos": 3, "data": "x"}, "endPos"),
])
def test_json_that_is_not_a_message_is_a_stray_line_naming_the_field(obj: dict[str, Any],
                                                                      field: str) -> None:
    s = parse_message_stream(json.dumps(obj))
    assert s.messages == ()
    ((number, text),) = s.stray_lines
    assert number == 1 and f"({field}" in text


def test_blank_and_crlf_lines_are_tolerated() -> None:
    text = "\r\n" + constructed_message("information", 3, "x") + "\r\n\r\n"
    s = parse_message_stream(text)
    assert len(s.messages) == 1 and s.stray_lines == ()


def test_unicode_in_data_survives() -> None:
    (m,) = parse_message_stream(constructed_message("error", 2, "expected ⊢ θ ≤ ½")).messages
    assert m.data == "expected ⊢ θ ≤ ½"


def test_format_message_is_one_line_with_file_line_column() -> None:
    m = LeanMessage("error", "lean/Hopfield/Bridge.lean", 12, 4, "type mismatch\n  h\nhas type")
    assert format_location(m) == "lean/Hopfield/Bridge.lean:12:4"
    text = format_message(m)
    assert "\n" not in text
    assert text.startswith("lean/Hopfield/Bridge.lean:12:4: error: type mismatch")


# --- mapping printed output to instances -------------------------------------------------

NAMES = ["paper-hebbian-4", "threshold-tie-3", "asymmetric-cycle-2"]
HARNESS = harness_text([CATALOGUE[n] for n in NAMES])
LINE = {e.name: e.line for e in HARNESS.entries}


def printed(name: str, **changes: Any) -> str:
    """What an #eval of ``name`` would print per the contract, built from the Python engine."""
    return json.dumps({**evaluate(CATALOGUE[name]), **changes}, separators=(",", ":")) + "\n"


def stream_of(*lines: str) -> MessageStream:
    return parse_message_stream("\n".join(lines))


def test_outputs_are_mapped_to_instances_by_eval_line_whatever_the_message_order() -> None:
    s = stream_of(*(constructed_message("information", LINE[n], printed(n)) for n in reversed(NAMES)))
    out = collect_outputs(s, HARNESS)
    assert [name for name, _ in out.results] == NAMES  # harness order
    for n in NAMES:
        assert out.get(n) == evaluate(CATALOGUE[n])
    assert out.unexpected == ()


def test_output_without_trailing_newline_is_accepted() -> None:
    n = NAMES[0]
    out = collect_outputs(stream_of(constructed_message("information", LINE[n],
                                                        printed(n).rstrip("\n"))), HARNESS)
    assert out.get(n) is not None


def test_a_missing_output_leaves_the_instance_without_result() -> None:
    s = stream_of(constructed_message("information", LINE[NAMES[0]], printed(NAMES[0])))
    out = collect_outputs(s, HARNESS)
    assert out.get(NAMES[1]) is None and out.unexpected == ()


def test_output_on_a_line_without_eval_is_unexpected() -> None:
    s = stream_of(constructed_message("information", 1, printed(NAMES[0])))
    out = collect_outputs(s, HARNESS)
    assert out.results == ()
    assert out.unexpected[0].reason == "line 1 holds no #eval"


def test_a_second_output_for_one_instance_is_unexpected() -> None:
    n = NAMES[0]
    s = stream_of(constructed_message("information", LINE[n], printed(n) + printed(n, energy="9")))
    out = collect_outputs(s, HARNESS)
    assert out.get(n) == evaluate(CATALOGUE[n])  # the first one counts
    assert [u.reason for u in out.unexpected] == [f"a second output for {n!r}"]


def test_an_output_naming_another_instance_is_unexpected_and_not_credited() -> None:
    a, b = NAMES[0], NAMES[1]
    s = stream_of(constructed_message("information", LINE[a], printed(b)))
    out = collect_outputs(s, HARNESS)
    assert out.get(a) is None and out.get(b) is None
    assert "is for 'paper-hebbian-4' but the output names 'threshold-tie-3'" in out.unexpected[0].reason


def test_an_output_that_is_not_a_json_object_is_unexpected() -> None:
    n = NAMES[2]
    s = stream_of(constructed_message("information", LINE[n], "()\n"),
                  constructed_message("information", LINE[n], "[1, 2]\n"))
    out = collect_outputs(s, HARNESS)
    assert out.get(n) is None
    assert len(out.unexpected) == 2
    assert all("not a JSON object" in u.reason for u in out.unexpected)


def test_warnings_and_errors_are_not_taken_as_outputs() -> None:
    n = NAMES[0]
    s = stream_of(constructed_message("warning", LINE[n], printed(n)),
                  constructed_message("error", LINE[n], printed(n)))
    out = collect_outputs(s, HARNESS)
    assert out.results == () and out.unexpected == ()


def test_a_rejection_without_a_name_is_credited_to_the_instance_of_its_line() -> None:
    n = NAMES[1]
    s = stream_of(constructed_message("information", LINE[n],
                                      '{"name":null,"error":"instance: not valid JSON (x)"}\n'))
    out = collect_outputs(s, HARNESS)
    assert out.get(n) == {"name": n, "error": "instance: not valid JSON (x)"}
    assert out.unexpected == ()


def test_an_output_without_a_name_that_is_not_a_rejection_is_unexpected() -> None:
    n = NAMES[1]
    out = collect_outputs(stream_of(constructed_message("information", LINE[n], '{"n":3}\n')), HARNESS)
    assert out.get(n) is None and len(out.unexpected) == 1
