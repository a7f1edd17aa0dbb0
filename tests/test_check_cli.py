"""``hopfield-bridge check``: exit codes 0/1/2, summary, reports."""
from __future__ import annotations

import json
import os

import pytest

from hopfield_bridge.check import runner
from hopfield_bridge.check.statements import Outcome
from hopfield_bridge.cli import main


def test_single_statement_run_passes_and_prints_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--statement", "T7", "--no-ablation"]) == 0
    out = capsys.readouterr().out
    assert "Hebbian_stable" in out and "0 fail" in out


def test_unknown_statement_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--statement", "T42"]) == 2
    assert "unknown statement" in capsys.readouterr().err


def test_n_above_the_exhaustive_limit_exits_2_and_states_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--statement", "T5", "--n", "30"]) == 2
    assert "1..24" in capsys.readouterr().err
    assert main(["check", "--statement", "T17", "--n", "9"]) == 2
    assert "1..8" in capsys.readouterr().err


def test_bad_instance_file_exits_2(tmp_path: os.PathLike[str], capsys: pytest.CaptureFixture[str]) -> None:
    bad = os.path.join(tmp_path, "bad.json")
    with open(bad, "w") as fh:
        fh.write("{not json")
    assert main(["check", "--instances", bad]) == 2
    assert "malformed JSON" in capsys.readouterr().err


def test_a_failing_check_exits_1(monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    def broken(sid: str, inst, seed: int = 0) -> Outcome:  # type: ignore[no-untyped-def]
        return Outcome(sid, inst.name, inst.n, "fail", 1, "injected failure")

    monkeypatch.setattr(runner, "check", broken)
    assert main(["check", "--statement", "T1", "--n", "3", "--no-ablation"]) == 1
    assert "FAIL T1" in capsys.readouterr().out


def test_instance_file_run_writes_json_and_markdown_reports(tmp_path: os.PathLike[str]) -> None:
    inst = os.path.join(tmp_path, "i.json")
    with open(inst, "w") as fh:
        json.dump([{"schema": "hopfield-bridge/instance/1", "name": "pair", "n": 2,
                    "weights": [[0, 1], [1, 0]], "exp_beta": "3/2"},
                   {"schema": "hopfield-bridge/instance/1", "name": "cyc", "n": 2,
                    "weights": [[0, 1], [-1, 0]]}], fh)
    js = os.path.join(tmp_path, "r.json")
    md = os.path.join(tmp_path, "r.md")
    assert main(["check", "--instances", inst, "--report", js]) == 0
    assert main(["check", "--instances", inst, "--report", md, "--statement", "T18"]) == 0
    data = json.load(open(js))
    assert data["ok"] and len(data["outcomes"]) == 40
    assert {o["status"] for o in data["outcomes"] if o["instance"] == "cyc"} <= {"skip"}
    assert open(md).read().startswith("# hopfield-bridge check report")


def test_report_with_unknown_extension_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--statement", "T6", "--report", "r.txt"]) == 2


def test_progress_bar_goes_to_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--statement", "T6", "--n", "4", "--progress", "--no-ablation"]) == 0
    err = capsys.readouterr().err
    assert "[" in err and "done" in err


@pytest.mark.slow
def test_default_run_over_catalogue_and_families_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert " 0 fail" in out and "Ablation" in out and "[[0, -1], [1, 0]]" in out


def test_report_into_a_missing_folder_exits_2_before_checking(
        tmp_path: os.PathLike[str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[object] = []
    from hopfield_bridge.commands import check as check_command
    monkeypatch.setattr(check_command, "run_checks", lambda *a, **k: ran.append(a) or [])
    missing = os.path.join(str(tmp_path), "no", "r.md")
    assert main(["check", "--statement", "T1", "--report", missing]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert ran == []
