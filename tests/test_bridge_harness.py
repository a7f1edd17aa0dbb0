"""The #eval harness: the contract text, the line map, and escaping that cannot be escaped.

``decode_lean_string_literal`` below re-implements, independently of the code
under test, how Lean's parser reads a string literal (``strLitFnAux`` /
``quotedCharCoreFn`` in ``src/Lean/Parser/Basic.lean`` of leanprover/lean4):
``"`` ends it, ``\\`` starts one of ``\\\\ \\" \\' \\n \\t \\r \\xHH \\uHHHH``.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hopfield_bridge.catalogue import CATALOGUE
from hopfield_bridge.cli import main
from hopfield_bridge.errors import UsageError
from hopfield_bridge.bridge.harness import (
    FIRST_EVAL_LINE, HARNESS_IMPORT, RUN_FUNCTION, eval_line, harness_text, instance_payload,
    lean_string_literal)
from hopfield_bridge.instance import instance_to_json

_SIMPLE = {"\\": "\\", '"': '"', "'": "'", "n": "\n", "t": "\t", "r": "\r"}


def decode_lean_string_literal(text: str, start: int = 0) -> tuple[str, int]:
    """Read the Lean string literal opening at ``text[start]``; return (value, index after it)."""
    assert text[start] == '"', "a literal opens with a double quote"
    out, i = [], start + 1
    while True:
        if i >= len(text):
            raise ValueError("unterminated string literal")
        c = text[i]
        if c == '"':
            return "".join(out), i + 1
        if c == "\\":
            e = text[i + 1]
            if e in _SIMPLE:
                out.append(_SIMPLE[e])
                i += 2
            elif e == "x":
                out.append(chr(int(text[i + 2:i + 4], 16)))
                i += 4
            elif e == "u":
                out.append(chr(int(text[i + 2:i + 6], 16)))
                i += 6
            else:
                raise ValueError(f"invalid escape sequence \\{e}")
        else:
            out.append(c)
            i += 1


def eval_argument(line: str) -> str:
    """The string an ``#eval`` harness line passes, checking nothing follows the literal."""
    prefix = f"#eval {RUN_FUNCTION} "
    assert line.startswith(prefix)
    value, end = decode_lean_string_literal(line, len(prefix))
    assert end == len(line), f"text after the literal: {line[end:]!r}"
    return value


CRAFTED = [
    '"', '\\', '\\"', '"\n#eval IO.println "injected"', '" ++ (dbg_trace "x" "") ++ "',
    "\"#eval", "-- comment\n", "/- open comment", "\\\n#eval 1", "tab\there", "cr\rlf\r\n",
    "\x00\x01\x1b[31m\x7f", "é ü ß", "∑ θ ≤ ½", "😀 astral", "\u2028line separator\u2029", "\ufeffbom",
    "{interpolation}", "s!\"{x}\"", "'\\''",
]


def test_harness_starts_with_the_contract_import_and_a_blank_line() -> None:
    h = harness_text([CATALOGUE["paper-hebbian-4"]])
    lines = h.text.split("\n")
    assert lines[0] == HARNESS_IMPORT == "import Hopfield.Bridge"
    assert lines[1] == ""
    assert lines[2].startswith('#eval Hopfield.Bridge.runInstance "')
    assert h.text.endswith("\n")


def test_catalogue_harness_has_one_eval_line_per_instance_in_catalogue_order() -> None:
    h = harness_text(list(CATALOGUE.values()))
    lines = h.text.split("\n")
    assert lines[-1] == ""  # the final newline
    evals = lines[2:-1]
    assert len(evals) == len(CATALOGUE)
    assert h.names == tuple(CATALOGUE)
    for k, (entry, inst) in enumerate(zip(h.entries, CATALOGUE.values())):
        assert entry.line == FIRST_EVAL_LINE + k
        assert entry.name == inst.name
        assert h.name_at(entry.line) == inst.name


def test_every_catalogue_eval_line_decodes_to_the_instance_json() -> None:
    h = harness_text(list(CATALOGUE.values()))
    lines = h.text.split("\n")
    for entry in h.entries:
        payload = eval_argument(lines[entry.line - 1])
        inst = CATALOGUE[entry.name]
        assert payload == instance_payload(inst)
        assert json.loads(payload) == instance_to_json(inst)
        assert payload == json.dumps(instance_to_json(inst), separators=(",", ":"), ensure_ascii=True)


def test_catalogue_harness_is_ascii_and_has_no_other_line_breaks() -> None:
    text = harness_text(list(CATALOGUE.values())).text
    assert text.isascii()
    assert "\r" not in text
    assert text.count("\n") == 2 + len(CATALOGUE)


def test_name_at_a_line_without_eval_is_none() -> None:
    h = harness_text([CATALOGUE["paper-hebbian-4"]])
    assert h.name_at(1) is None and h.name_at(2) is None and h.name_at(4) is None


@pytest.mark.parametrize("crafted", CRAFTED)
def test_crafted_string_cannot_close_the_literal_or_start_lean_code(crafted: str) -> None:
    literal = lean_string_literal(crafted)
    assert "\n" not in literal and "\r" not in literal
    value, end = decode_lean_string_literal(literal)
    assert value == crafted
    assert end == len(literal)  # the literal ends exactly where it should: nothing after it
    line = eval_line(crafted)
    assert eval_argument(line) == crafted


def test_unescaped_quotes_appear_only_at_the_two_ends() -> None:
    literal = lean_string_literal('a"b\\"c\\\\"d')
    inner = literal[1:-1]
    i = 0
    while i < len(inner):
        if inner[i] == "\\":
            i += 2
            continue
        assert inner[i] != '"'
        i += 1


def test_bmp_unicode_is_written_as_u_escapes_and_control_characters_as_x_escapes() -> None:
    assert lean_string_literal("é") == '"\\u00e9"'
    assert lean_string_literal("\u2028") == '"\\u2028"'
    assert lean_string_literal("\x00\x1f\x7f") == '"\\x00\\x1f\\x7f"'
    assert lean_string_literal("\n\t\r") == '"\\n\\t\\r"'


def test_lone_surrogate_is_refused() -> None:
    with pytest.raises(ValueError, match="surrogate"):
        lean_string_literal("\ud800")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",))))
def test_any_text_round_trips_through_a_lean_string_literal(text: str) -> None:
    literal = lean_string_literal(text)
    assert "\n" not in literal and "\r" not in literal
    assert decode_lean_string_literal(literal) == (text, len(literal))


def test_duplicate_instance_names_are_refused() -> None:
    inst = CATALOGUE["paper-hebbian-4"]
    with pytest.raises(UsageError, match="given twice"):
        harness_text([inst, inst])


def test_empty_instance_list_is_refused() -> None:
    with pytest.raises(UsageError):
        harness_text([])


def test_harness_command_all_writes_the_catalogue_harness(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "Harness.lean"
    assert main(["harness", "--all", "-o", str(out)]) == 0
    assert out.read_text() == harness_text(list(CATALOGUE.values())).text
    assert f"{len(CATALOGUE)} #eval line(s)" in capsys.readouterr().err


def test_harness_command_without_output_prints_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["harness", "threshold-tie-3"]) == 0
    assert capsys.readouterr().out == harness_text([CATALOGUE["threshold-tie-3"]]).text


def test_harness_command_with_an_unknown_instance_exits_2(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["harness", "no-such-instance", "-o", str(tmp_path / "H.lean")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no-such-instance" in err
    assert not (tmp_path / "H.lean").exists()


def test_harness_command_without_instances_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["harness"]) == 2
    assert "--all" in capsys.readouterr().err
