"""The proof ledger on synthetic Lean sources written to a temporary ``lean/`` folder."""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
from pathlib import Path

import pytest

from hopfield_bridge.bridge.messages import LeanMessage, parse_message_stream
from hopfield_bridge.cli import main
from hopfield_bridge.ledger import (CATALOGUE_IDS, README_END, README_START, LeanAxioms, Ledger,
                                    answers_from_messages, apply_lean_axioms, axioms_file_text,
                                    build_ledger, find_lean_dir, parse_print_axioms, readme_block,
                                    render_markdown, replace_readme_block,
                                    strip_comments_and_strings)

ROOT = Path(__file__).resolve().parents[1]


def make_repo(tmp_path: Path, files: dict[str, str]) -> Path:
    """A repository with ``lakefile.lean`` and the given files under ``lean/``."""
    (tmp_path / "lakefile.lean").write_text("-- test\n", encoding="utf-8")
    for rel, text in files.items():
        path = tmp_path / "lean" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (tmp_path / "lean").mkdir(exist_ok=True)
    return tmp_path / "lean"


def rows_by_id(ledger: Ledger) -> dict[str, list]:
    out: dict[str, list] = {}
    for r in ledger.rows:
        out.setdefault(r.id, []).append(r)
    return out


def row(ledger: Ledger, ident: str):
    (r,) = rows_by_id(ledger)[ident]
    return r


BASIC = """\
namespace Hopfield

/-- **T1** (paper: `E_final_Form`). Proved. -/
theorem energy_up_sub : 1 + 1 = 2 := by
  norm_num

/-- **T2** (paper: `energy_diff_leq_zero`). Open. -/
theorem energy_up_le : 2 ≤ 3 := by
  sorry

theorem after_t2 : True := trivial

end Hopfield
"""


# --- statuses -----------------------------------------------------------------


def test_proved_and_sorry_are_told_apart(tmp_path: Path) -> None:
    led = build_ledger(make_repo(tmp_path, {"Hopfield/Dynamics.lean": BASIC}))
    t1, t2 = row(led, "T1"), row(led, "T2")
    assert (t1.lean_name, t1.where, t1.status) == (
        "Hopfield.energy_up_sub", "lean/Hopfield/Dynamics.lean:4", "proved")
    assert (t2.lean_name, t2.where, t2.status_text) == (
        "Hopfield.energy_up_le", "lean/Hopfield/Dynamics.lean:8", "sorry")
    assert t1.paper == ("E_final_Form",)
    assert led.sorry_count == 1
    (site, owner), = led.sorry_sites
    assert (str(site), owner) == ("lean/Hopfield/Dynamics.lean:9", "Hopfield.energy_up_le")


def test_sorry_ends_at_the_next_declaration(tmp_path: Path) -> None:
    src = """\
/-- **T1** (paper: `E_final_Form`) -/
theorem a : True := by
  sorry
/-- **T2** (paper: `energy_diff_leq_zero`) -/
theorem b : True := trivial
"""
    led = build_ledger(make_repo(tmp_path, {"A.lean": src}))
    assert row(led, "T1").status == "sorry"
    assert row(led, "T2").status == "proved"


def test_missing_ids_are_listed_with_the_paper_name(tmp_path: Path) -> None:
    led = build_ledger(make_repo(tmp_path, {"Hopfield/Dynamics.lean": BASIC}))
    assert [r.id for r in led.rows] == list(CATALOGUE_IDS)
    t9 = row(led, "T9")
    assert (t9.status, t9.lean_name, t9.where, t9.paper) == (
        "missing", None, None, ("probPos", "logisticProb"))
    assert sum(r.status == "missing" for r in led.rows) == 18


def test_empty_lean_folder_lists_every_id_missing(tmp_path: Path) -> None:
    led = build_ledger(make_repo(tmp_path, {}))
    assert {r.status for r in led.rows} == {"missing"} and len(led.rows) == 20
    assert led.sorry_count == 0 and not led.failed


def test_one_id_may_have_several_theorems(tmp_path: Path) -> None:
    src = """\
/-- **T18** (paper: `spectral_dominance_of_primitive`) -/
theorem dom : True := trivial
/-- **T18** (paper: `algebraic_multiplicity_one_of_irreducible`) -/
theorem simple : True := sorry
"""
    led = build_ledger(make_repo(tmp_path, {"PF.lean": src}))
    rows = rows_by_id(led)["T18"]
    assert [(r.lean_name, r.status) for r in rows] == [("dom", "proved"), ("simple", "sorry")]
    assert led.id_status("T18") == "sorry"
    assert led.warnings == ()


def test_docstring_names_several_paper_lemmas(tmp_path: Path) -> None:
    src = "/-- **T9** (paper: `probPos`, `logisticProb`). Two names. -/\ntheorem p : True := trivial\n"
    led = build_ledger(make_repo(tmp_path, {"G.lean": src}))
    assert row(led, "T9").paper == ("probPos", "logisticProb")


def test_tag_on_a_def_is_missing_with_a_warning(tmp_path: Path) -> None:
    src = "/-- **T3** (paper: `energy_lt_zero_or_pluses_increase`) -/\ndef notATheorem : Nat := 1\n"
    led = build_ledger(make_repo(tmp_path, {"A.lean": src}))
    assert row(led, "T3").status == "missing"
    assert any("not followed by a theorem" in w for w in led.warnings)


def test_wrong_paper_name_is_warned(tmp_path: Path) -> None:
    src = "/-- **T1** (paper: `something_else`) -/\ntheorem t : True := trivial\n"
    led = build_ledger(make_repo(tmp_path, {"A.lean": src}))
    assert any("something_else" in w and "E_final_Form" in w for w in led.warnings)


# --- comments and strings ---------------------------------------------------------


def test_sorry_in_comments_and_strings_is_not_counted(tmp_path: Path) -> None:
    src = """\
/-- **T1** (paper: `E_final_Form`). Not `sorry` in a doc comment. -/
theorem t : "sorry" = "sorry" := by
  -- sorry in a line comment
  /- sorry in a block comment -/
  have : 'a' = 'a' := rfl  -- a char literal; '"' must not open a string
  have h' : r#"raw "sorry" string"# = r#"raw "sorry" string"# := rfl
  have h'' : "esc \\" sorry" = "esc \\" sorry" := rfl
  rfl
"""
    led = build_ledger(make_repo(tmp_path, {"A.lean": src}))
    assert row(led, "T1").status == "proved"
    assert led.sorry_count == 0


def test_nested_block_comments_are_stripped_properly(tmp_path: Path) -> None:
    src = """\
/-- **T1** (paper: `E_final_Form`) -/
theorem t : True := by
  /- outer /- inner -/ still a comment: sorry -/
  trivial
/-- **T2** (paper: `energy_diff_leq_zero`) -/
theorem u : True := by
  /- outer /- inner -/ -/ sorry
"""
    led = build_ledger(make_repo(tmp_path, {"A.lean": src}))
    assert row(led, "T1").status == "proved"
    assert row(led, "T2").status == "sorry"
    assert [str(loc) for loc, _ in led.sorry_sites] == ["lean/A.lean:7"]


def test_strip_keeps_offsets_and_newlines() -> None:
    text = 'a /- x\ny -/ b "s\nt" c -- d\ne'
    code, docs = strip_comments_and_strings(text)
    assert len(code) == len(text) and code.count("\n") == text.count("\n")
    assert code.split() == ["a", "b", "c", "e"] and docs == ()


def test_admit_and_sorry_like_identifiers(tmp_path: Path) -> None:
    src = """\
/-- **T1** (paper: `E_final_Form`) -/
theorem t : True := by
  admit
/-- **T2** (paper: `energy_diff_leq_zero`) -/
theorem u : True := by
  exact sorry_free_lemma
theorem sorry_free_lemma : True := trivial
"""
    led = build_ledger(make_repo(tmp_path, {"A.lean": src}))
    assert row(led, "T1").status == "sorry"
    assert row(led, "T2").status == "proved"


# --- namespaces --------------------------------------------------------------------


def test_names_are_qualified_by_namespaces_and_sections(tmp_path: Path) -> None:
    src = """\
namespace Hopfield
namespace Config
/-- **T1** (paper: `E_final_Form`) -/
@[simp] protected theorem a : True := trivial
end Config
noncomputable section
/-- **T2** (paper: `energy_diff_leq_zero`) -/
theorem b : True := trivial
end
section Named
/-- **T3** (paper: `energy_lt_zero_or_pluses_increase`) -/
private theorem c : True := trivial
end Named
namespace Inner.Deeper
/-- **T4** (paper: `HopfieldNet_convergence_fair`) -/
theorem d : True := trivial
end Inner.Deeper
/-- **T5** (paper: `HopfieldNet_convergence_cyclic`) -/
theorem _root_.top_level : True := trivial
/-- **T6** (paper: `patterns_pairwise_orthogonal`) -/
@[simp]
theorem Sub.e : True := trivial
end Hopfield
/-- **T7** (paper: `Hebbian_stable`) -/
theorem outside : True := trivial
"""
    led = build_ledger(make_repo(tmp_path, {"A.lean": src}))
    names = {r.id: r.lean_name for r in led.rows if r.lean_name}
    assert names == {"T1": "Hopfield.Config.a", "T2": "Hopfield.b", "T3": "Hopfield.c",
                     "T4": "Hopfield.Inner.Deeper.d", "T5": "top_level", "T6": "Hopfield.Sub.e",
                     "T7": "outside"}
    assert row(led, "T3").private
    assert row(led, "T6").where == "lean/A.lean:22"


def test_continuation_lines_at_column_zero_stay_in_the_block(tmp_path: Path) -> None:
    src = """\
/-- **T1** (paper: `E_final_Form`) -/
theorem t : True := helper
where
  helper : True := sorry
/-- **T2** (paper: `energy_diff_leq_zero`) -/
theorem u : ∀ n : Nat, n = n
| 0 => rfl
| _ + 1 => rfl
"""
    led = build_ledger(make_repo(tmp_path, {"A.lean": src}))
    assert row(led, "T1").status == "sorry"
    assert row(led, "T2").status == "proved"


# --- transitive sorry and axioms ----------------------------------------------------------


TRANSITIVE = """\
namespace Hopfield
open Finset

theorem deep_gap : 1 = 1 := by
  sorry

theorem helper : 2 = 2 := by
  have := deep_gap
  rfl

/-- **T1** (paper: `E_final_Form`) -/
theorem uses_helper : 3 = 3 := by
  have := helper
  rfl

/-- **T2** (paper: `energy_diff_leq_zero`) -/
theorem clean : 4 = 4 := rfl

namespace Config
def spin (c : Nat) : Nat := sorry
end Config

/-- **T3** (paper: `energy_lt_zero_or_pluses_increase`) -/
theorem field_notation (c : Nat) : c = c := by
  have := c.spin
  rfl
end Hopfield
"""


def test_sorry_through_a_lemma_is_reported_via_it(tmp_path: Path) -> None:
    led = build_ledger(make_repo(tmp_path, {"Hopfield/A.lean": TRANSITIVE}))
    t1 = row(led, "T1")
    assert t1.status_text == "sorry (via Hopfield.deep_gap)"
    assert t1.via == ("Hopfield.helper", "Hopfield.deep_gap")
    assert row(led, "T2").status_text == "proved"
    assert row(led, "T3").status_text == "sorry (via Hopfield.Config.spin)"


def test_sorry_through_a_lemma_in_another_file(tmp_path: Path) -> None:
    lemma = "namespace Hopfield\ntheorem gap : True := sorry\nend Hopfield\n"
    main_src = ("import Hopfield.Lemma\nnamespace Hopfield\n"
                "/-- **T4** (paper: `HopfieldNet_convergence_fair`) -/\n"
                "theorem conv : True := Hopfield.gap\nend Hopfield\n")
    led = build_ledger(make_repo(tmp_path, {"Hopfield/Lemma.lean": lemma,
                                            "Hopfield/Main.lean": main_src}))
    assert row(led, "T4").status_text == "sorry (via Hopfield.gap)"


def test_axiom_declaration_is_flagged(tmp_path: Path) -> None:
    src = """\
namespace Hopfield
axiom magic : False
/-- **T1** (paper: `E_final_Form`) -/
theorem t : 1 = 2 := (magic).elim
end Hopfield
"""
    lean = make_repo(tmp_path, {"A.lean": src})
    led = build_ledger(lean)
    assert led.failed
    assert [(d.name, str(d.location)) for d in led.axiom_declarations] == [
        ("Hopfield.magic", "lean/A.lean:2")]
    assert row(led, "T1").status_text == "axiom (via Hopfield.magic)"
    assert main(["ledger", "--lean-dir", str(lean)]) == 1


def test_axiom_in_comment_or_print_axioms_is_not_a_declaration(tmp_path: Path) -> None:
    src = "-- axiom fake : False\n/- axiom x : False -/\n#print axioms Nat.add\n"
    led = build_ledger(make_repo(tmp_path, {"A.lean": src}))
    assert not led.failed


# --- command line ---------------------------------------------------------------------


def test_cli_markdown_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lean = make_repo(tmp_path, {"Hopfield/Dynamics.lean": BASIC})
    assert main(["ledger", "--lean-dir", str(lean), "--markdown"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "| ID | Lean name | file:line | status | paper lemma |"
    assert lines[2] == ("| T1 | `Hopfield.energy_up_sub` | `lean/Hopfield/Dynamics.lean:4` | proved "
                        "| `E_final_Form` |")
    assert "| T2 | `Hopfield.energy_up_le` | `lean/Hopfield/Dynamics.lean:8` | sorry |" in out
    assert "| T3 | — | — | missing | `energy_lt_zero_or_pluses_increase` |" in out
    assert lines[-1] == ("20 catalogue IDs: 1 proved, 1 sorry, 18 missing; 1 `sorry` in lean/, "
                         "0 `axiom` declarations")
    assert out == render_markdown(build_ledger(lean))


def test_cli_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lean = make_repo(tmp_path, {"Hopfield/A.lean": TRANSITIVE})
    assert main(["ledger", "--lean-dir", str(lean), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == "hopfield-bridge/ledger/1" and doc["lean_checked"] is False
    t1 = doc["rows"][0]
    assert (t1["id"], t1["status"], t1["status_text"], t1["via"], t1["line"]) == (
        "T1", "sorry", "sorry (via Hopfield.deep_gap)", ["Hopfield.helper", "Hopfield.deep_gap"], 12)
    assert doc["sorry_count"] == 2
    assert {s["in"] for s in doc["sorry_sites"]} == {"Hopfield.deep_gap", "Hopfield.Config.spin"}
    assert doc["id_status"]["T2"] == "proved" and doc["axiom_declarations"] == []


def test_cli_text_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lean = make_repo(tmp_path, {"Hopfield/Dynamics.lean": BASIC})
    assert main(["ledger", "--lean-dir", str(lean)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["ID", "Lean", "name", "file:line", "status", "paper",
                                           "lemma"]
    assert "sorry at lean/Hopfield/Dynamics.lean:9 (in Hopfield.energy_up_le)" in out


def test_default_lean_dir_is_found_from_a_subfolder(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    make_repo(tmp_path, {"Hopfield/Dynamics.lean": BASIC})
    (tmp_path / "docs").mkdir()
    monkeypatch.chdir(tmp_path / "docs")
    assert find_lean_dir() == (tmp_path / "lean").resolve()
    assert main(["ledger", "--markdown"]) == 0
    assert "`Hopfield.energy_up_sub`" in capsys.readouterr().out


def test_no_lean_folder_is_a_one_line_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["ledger"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no lean/ folder" in err


def test_axioms_without_lean_exits_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    lean = make_repo(tmp_path, {"Hopfield/Dynamics.lean": BASIC})
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.delenv("HOPFIELD_BRIDGE_LEAN_CMD", raising=False)
    assert shutil.which("lake") is None
    assert main(["ledger", "--lean-dir", str(lean), "--axioms"]) == 3
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Lean is not available" in captured.err and "install" in captured.err


# --- `#print axioms` messages ---------------------------------------------------------
# The phrasing is Lean core's, src/Lean/Elab/Print.lean (leanprover/lean4), printAxiomsOf:
#   logInfo m!"'{constName}' does not depend on any axioms"
#   logInfo m!"'{constName}' depends on axioms: {axioms.qsort Name.lt |>.toList}"
# Each message reaches `lean --json` as one JSON object (src/Lean/Message.lean, SerialMessage).


def test_parse_print_axioms_with_and_without_axioms() -> None:
    assert parse_print_axioms("'Hopfield.t' depends on axioms: [propext, Classical.choice, "
                              "Quot.sound]") == (
        "Hopfield.t", ("propext", "Classical.choice", "Quot.sound"))
    assert parse_print_axioms("'Hopfield.t' does not depend on any axioms\n") == ("Hopfield.t", ())
    wrapped = "'Hopfield.long_name' depends on axioms: [propext,\n sorryAx,\n Classical.choice]"
    assert parse_print_axioms(wrapped) == ("Hopfield.long_name",
                                           ("propext", "sorryAx", "Classical.choice"))
    assert parse_print_axioms("Unknown identifier `Hopfield.x`") is None


def test_messages_map_back_to_theorems_by_line() -> None:
    names = ["Hopfield.a", "Hopfield.b", "Hopfield.c"]
    text = axioms_file_text(names)
    assert text.splitlines()[2:] == [f"#print axioms {n}" for n in names]
    stdout = "\n".join(json.dumps(m) for m in [
        {"fileName": "L.lean", "pos": {"line": 3, "column": 0}, "endPos": None,
         "severity": "information", "caption": "",
         "data": "'Hopfield.a' depends on axioms: [propext, sorryAx]"},
        {"fileName": "L.lean", "pos": {"line": 4, "column": 0}, "endPos": None,
         "severity": "information", "caption": "",
         "data": "'Hopfield.b' does not depend on any axioms"},
        {"fileName": "L.lean", "pos": {"line": 5, "column": 14}, "endPos": None,
         "severity": "error", "caption": "", "data": "Unknown constant `Hopfield.c`"},
    ])
    answers = answers_from_messages(names, parse_message_stream(stdout).messages)
    assert answers["Hopfield.a"].uses_sorry
    assert answers["Hopfield.b"] == LeanAxioms((), "'Hopfield.b' does not depend on any axioms")
    assert answers["Hopfield.c"].axioms is None and "Unknown constant" in answers["Hopfield.c"].message


def test_lean_answer_replaces_the_static_status(tmp_path: Path) -> None:
    led = build_ledger(make_repo(tmp_path, {"Hopfield/Dynamics.lean": BASIC}))
    msgs = [LeanMessage("information", "L.lean", 3, 0,
                        "'Hopfield.energy_up_le' depends on axioms: [propext, sorryAx]"),
            LeanMessage("information", "L.lean", 4, 0,
                        "'Hopfield.energy_up_sub' depends on axioms: [propext]")]
    answers = answers_from_messages(["Hopfield.energy_up_le", "Hopfield.energy_up_sub"], msgs)
    new = apply_lean_axioms(led, answers)
    assert new.lean_checked
    assert row(new, "T1").status == "lean-verified"
    assert row(new, "T1").lean.axioms == ("propext",)
    assert row(new, "T2").status == "sorry" and row(new, "T2").lean.uses_sorry
    assert "axioms (Lean)" in render_markdown(new).splitlines()[0]


def test_hidden_sorry_found_only_by_lean_wins() -> None:
    from hopfield_bridge.ledger import LedgerRow
    led = Ledger("lean", (LedgerRow("T1", "A.t", "lean/A.lean", 1, "proved", ("E_final_Form",)),),
                 (), ())
    new = apply_lean_axioms(led, {"A.t": LeanAxioms(("sorryAx",), "'A.t' depends on axioms: [sorryAx]")})
    assert new.rows[0].status_text == "sorry (via sorryAx)"


@pytest.mark.lean
def test_axioms_with_real_lean(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["ledger", "--lean-dir", str(ROOT / "lean"), "--axioms", "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code in (0, 1) and doc["lean_checked"] is True
    for r in doc["rows"]:
        if r["lean_name"] is None or r["private"]:
            continue
        assert r["lean_axioms"] is not None, r["lean_message"]
        if r["status"] == "lean-verified":
            assert "sorryAx" not in r["lean_axioms"]
        if "sorryAx" in r["lean_axioms"]:
            assert r["status"] == "sorry"


# --- README block ---------------------------------------------------------------------------


def _load_script():
    spec = importlib.util.spec_from_file_location(
        "update_readme_ledger", ROOT / "scripts" / "update_readme_ledger.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_update_script_rewrites_only_the_block(tmp_path: Path) -> None:
    lean = make_repo(tmp_path, {"Hopfield/Dynamics.lean": BASIC})
    readme = tmp_path / "README.md"
    readme.write_text(f"# Title\n\n{README_START}\nold table\n{README_END}\n\nTail.\n",
                      encoding="utf-8")
    script = _load_script()
    args = ["--readme", str(readme), "--lean-dir", str(lean)]
    assert script.main([*args, "--check"]) == 1
    assert script.main(args) == 0
    text = readme.read_text(encoding="utf-8")
    assert text.startswith("# Title\n\n" + README_START + "\n| ID |")
    assert text.endswith(README_END + "\n\nTail.\n")
    assert readme_block(text) == render_markdown(build_ledger(lean))
    assert script.main([*args, "--check"]) == 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".tmp")] == []


def test_update_script_needs_the_markers(tmp_path: Path) -> None:
    lean = make_repo(tmp_path, {})
    readme = tmp_path / "README.md"
    readme.write_text("# No markers\n", encoding="utf-8")
    assert _load_script().main(["--readme", str(readme), "--lean-dir", str(lean)]) == 2
    assert readme.read_text(encoding="utf-8") == "# No markers\n"


def test_replace_block_round_trip() -> None:
    text = f"a\n{README_START}\nx\n{README_END}\nb\n"
    assert readme_block(replace_readme_block(text, "| y |\n")) == "| y |\n"
    with pytest.raises(Exception, match="markers"):
        replace_readme_block("nothing", "x")


def test_real_lean_folder_scans_without_error() -> None:
    led = build_ledger(ROOT / "lean")
    assert [r.id for r in led.rows if r.status == "missing"] == [
        i for i in CATALOGUE_IDS if i not in {r.id for r in led.rows if r.lean_name}]
    assert all(os.path.isfile(ROOT / r.file) for r in led.rows if r.file)


def test_near_miss_tag_is_warned_not_counted(tmp_path: Path) -> None:
    src = ("/-- T18, second half (paper `algebraic_multiplicity_one_of_irreducible`). -/\n"
           "theorem simple : True := sorry\n")
    led = build_ledger(make_repo(tmp_path, {"PF.lean": src}))
    assert row(led, "T18").status == "missing" and led.sorry_count == 1
    assert any("starts with T18 but not in the catalogue form" in w for w in led.warnings)


def test_namespace_qualified_use_does_not_match_by_last_component(tmp_path: Path) -> None:
    src = """\
namespace Hopfield
theorem sum_congr : True := sorry
/-- **T1** (paper: `E_final_Form`) -/
theorem t : True := by
  have := Finset.sum_congr
  trivial
end Hopfield
"""
    led = build_ledger(make_repo(tmp_path, {"A.lean": src}))
    assert row(led, "T1").status == "proved"
