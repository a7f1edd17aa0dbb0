"""``hopfield-bridge harness`` / ``diff`` end to end, with exit codes.

Lean is not needed: the diff tests run a STAND-IN executable,
``fake_lean_standin.py``, written into tmp_path. It is not Lean. It reads the
harness it is given, decodes each ``#eval`` line, computes the result with the
Python engine itself, applies the alterations the test asks for, and prints
them in Lean's documented ``--json`` message format. It therefore checks the
bridge's plumbing (harness, lines, parsing, diff, exit codes), never the Lean
definitions. Only the test marked ``lean`` runs real Lean.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from hopfield_bridge.bridge.runner import ENV_LEAN_CMD, ENV_TIMEOUT, INSTALL_HINT
from hopfield_bridge.catalogue import CATALOGUE
from hopfield_bridge.cli import COMMANDS, main
from hopfield_bridge.results import evaluate

STANDIN_SOURCE = r'''
"""STAND-IN for `lake env lean --json` used by the test suite. NOT LEAN.

Everything it prints is computed by the Python engine (hopfield_bridge) and
then altered as the test's plan says; nothing here is Lean output.
"""
import json, sys, time
from hopfield_bridge.instance import parse_instance
from hopfield_bridge.results import evaluate

FULL_KEYS = ("partition", "boltzmann", "kernel_row")
MAX_FULL_N = 8
ESC = {"\\": "\\", '"': '"', "'": "'", "n": "\n", "t": "\t", "r": "\r"}


def decode(s, i):
    out = []
    while s[i] != '"':
        if s[i] == "\\":
            e = s[i + 1]
            if e in ESC:
                out.append(ESC[e]); i += 2
            elif e == "x":
                out.append(chr(int(s[i + 2:i + 4], 16))); i += 4
            else:
                out.append(chr(int(s[i + 2:i + 6], 16))); i += 6
        else:
            out.append(s[i]); i += 1
    return "".join(out)


def message(severity, path, line, data):
    return json.dumps({"caption": "", "data": data, "endPos": None, "fileName": path,
                       "isSilent": False, "keepFullRange": False, "kind": "[anonymous]",
                       "pos": {"line": line, "column": 0}, "severity": severity},
                      separators=(",", ":"))


plan = json.load(open(sys.argv[1]))
path = sys.argv[-1]
open(plan["marker"], "w").write("ran")
time.sleep(plan.get("sleep", 0))
for err in plan.get("errors", []):
    print(message("error", err["file"], err["line"], err["text"]))
prefix = "#eval Hopfield.Bridge.runInstance "
for number, line in enumerate(open(path).read().split("\n"), start=1):
    if not line.startswith(prefix):
        continue
    inst = parse_instance(json.loads(decode(line, len(prefix) + 1)))
    if inst.name in plan.get("drop", []):
        continue
    obj = evaluate(inst)
    if inst.n > MAX_FULL_N:
        obj["skipped"] = [k for k in FULL_KEYS if obj.pop(k, None) is not None]
    obj.update(plan.get("set", {}).get(inst.name, {}))
    for key in plan.get("delete", {}).get(inst.name, []):
        del obj[key]
    if inst.name in plan.get("reject", {}):
        obj = {"name": inst.name, "error": plan["reject"][inst.name]}
    text = json.dumps(obj, separators=(",", ":")) + "\n"
    print(message("information", path, number, text * plan.get("repeat", {}).get(inst.name, 1)))
for extra in plan.get("extra", []):
    print(message("information", path, extra["line"], extra["text"]))
for stray in plan.get("stray", []):
    print(stray)
sys.exit(plan.get("exit", 0))
'''


class Standin:
    """Write the stand-in and a plan; give the ``--lean-cmd`` that runs it."""

    def __init__(self, tmp_path: Path, **plan: Any) -> None:
        self.script = tmp_path / "fake_lean_standin.py"
        self.script.write_text(STANDIN_SOURCE)
        self.marker = tmp_path / "standin-ran"
        self.plan_file = tmp_path / "standin-plan.json"
        self.plan_file.write_text(json.dumps({"marker": str(self.marker), **plan}))

    @property
    def command(self) -> str:
        return f"{sys.executable} {self.script} {self.plan_file}"

    @property
    def ran(self) -> bool:
        return self.marker.exists()


def diff(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["diff", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_harness_and_diff_are_registered_commands() -> None:
    assert "harness" in COMMANDS and "diff" in COMMANDS


def test_diff_without_lake_exits_3_with_install_guidance(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no `lake` on PATH
    monkeypatch.delenv(ENV_LEAN_CMD, raising=False)
    code, out, err = diff(capsys, "--all")
    assert code == 3
    assert out == ""
    assert err.count("\n") == 1
    assert "'lake'" in err and INSTALL_HINT in err


def test_diff_as_a_console_command_exits_3_without_lean(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != ENV_LEAN_CMD}
    env["PATH"] = str(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "hopfield_bridge", "diff", "paper-hebbian-4"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 3
    assert "scripts/install-lean.sh" in proc.stderr and len(proc.stderr.splitlines()) == 1


def test_diff_agrees_when_the_standin_echoes_the_python_results(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    s = Standin(tmp_path)
    code, out, err = diff(capsys, "--all", "--lean-cmd", s.command)
    assert code == 0, out + err
    assert s.ran
    for name in CATALOGUE:
        assert re.search(rf"^{re.escape(name)}\s+agree\s", out, re.M)
    assert re.search(r"^ferromagnet-4x4\s+agree(\s+\d+){4}\s+3$", out, re.M)  # 3 keys skipped
    assert out.rstrip().endswith(f"Lean and Python agree on all {len(CATALOGUE)} instance(s).")


def test_diff_reports_a_mismatching_value_and_exits_1(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    s = Standin(tmp_path, set={"paper-boltzmann-2": {"partition": "999/7"}})
    code, out, _ = diff(capsys, "paper-boltzmann-2", "paper-hebbian-4", "--lean-cmd", s.command)
    assert code == 1
    assert re.search(r"^paper-boltzmann-2\s+disagree\s+13\s+1\s", out, re.M)
    assert re.search(r"^paper-hebbian-4\s+agree\s", out, re.M)
    python_value = evaluate(CATALOGUE["paper-boltzmann-2"])["partition"]
    assert f'paper-boltzmann-2: partition: mismatch (Python "{python_value}", Lean "999/7")' in out
    assert "MISMATCH: 1 of 2 instance(s) disagree." in out


def test_diff_reports_a_mismatch_inside_a_list_with_its_index(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    row = list(evaluate(CATALOGUE["ferromagnet-2x3"])["kernel_row"])
    row[5] = "1/3"
    s = Standin(tmp_path, set={"ferromagnet-2x3": {"kernel_row": row}})
    code, out, _ = diff(capsys, "ferromagnet-2x3", "--lean-cmd", s.command)
    assert code == 1
    assert re.search(r"kernel_row: mismatch \(first difference at \[5\]: Python \S+, Lean \"1/3\"\)", out)


def test_diff_reports_a_missing_result_and_exits_1(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    s = Standin(tmp_path, drop=["threshold-tie-3"])
    code, out, _ = diff(capsys, "--all", "--lean-cmd", s.command)
    assert code == 1
    assert re.search(r"^threshold-tie-3\s+no Lean output", out, re.M)
    assert "threshold-tie-3: Lean printed no result for this instance" in out


def test_diff_reports_an_extra_result_on_a_line_without_eval(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    s = Standin(tmp_path, extra=[{"line": 2, "text": '{"name":"ghost"}\n'}])
    code, out, _ = diff(capsys, "paper-hebbian-4", "--lean-cmd", s.command)
    assert code == 1
    assert re.search(r"^paper-hebbian-4\s+agree", out, re.M)
    assert 'line 2: line 2 holds no #eval: {"name":"ghost"}' in out


def test_diff_reports_a_second_result_for_one_instance(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    s = Standin(tmp_path, repeat={"paper-hebbian-4": 2})
    code, out, _ = diff(capsys, "paper-hebbian-4", "--lean-cmd", s.command)
    assert code == 1
    assert "a second output for 'paper-hebbian-4'" in out


def test_diff_reports_keys_missing_in_and_extra_in_lean(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    s = Standin(tmp_path, delete={"hadamard-4-2": ["patterns_stable"]},
                set={"hadamard-4-2": {"bonus": [1]}})
    code, out, _ = diff(capsys, "hadamard-4-2", "--lean-cmd", s.command)
    assert code == 1
    assert "hadamard-4-2: patterns_stable: missing in Lean" in out
    assert "hadamard-4-2: bonus: extra in Lean" in out


def test_diff_reports_lean_rejecting_an_instance(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    s = Standin(tmp_path, reject={"asymmetric-cycle-2": "weights: not symmetric"})
    code, out, _ = diff(capsys, "asymmetric-cycle-2", "--lean-cmd", s.command)
    assert code == 1
    assert "asymmetric-cycle-2: Lean: weights: not symmetric" in out


def test_diff_on_a_compile_error_exits_1_naming_file_line_column(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    s = Standin(tmp_path, errors=[{"file": "lean/Hopfield/Bridge.lean", "line": 40,
                                   "text": "type mismatch\n  x\nhas type Nat"}], exit=1)
    code, out, err = diff(capsys, "--all", "--lean-cmd", s.command)
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert "lean/Hopfield/Bridge.lean:40:0: error: type mismatch" in err


def test_diff_timeout_exits_1_and_says_how_to_raise_the_limit(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    s = Standin(tmp_path, sleep=60)
    code, out, err = diff(capsys, "paper-hebbian-4", "--lean-cmd", s.command, "--timeout", "1")
    assert code == 1
    assert "did not finish within 1 s" in err and "--timeout" in err


def test_diff_takes_command_and_timeout_from_the_environment(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    s = Standin(tmp_path, sleep=60)
    monkeypatch.setenv(ENV_LEAN_CMD, s.command)
    monkeypatch.setenv(ENV_TIMEOUT, "1")
    code, _, err = diff(capsys, "paper-hebbian-4")
    assert code == 1 and s.ran
    assert "did not finish within 1 s" in err


def test_a_bad_timeout_exits_2_before_lean_runs(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    s = Standin(tmp_path)
    code, _, err = diff(capsys, "paper-hebbian-4", "--lean-cmd", s.command, "--timeout", "-1")
    assert code == 2 and not s.ran
    assert "--timeout" in err


def test_a_bad_report_extension_exits_2_before_lean_runs(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    s = Standin(tmp_path)
    code, _, err = diff(capsys, "paper-hebbian-4", "--lean-cmd", s.command,
                        "--report", str(tmp_path / "r.txt"))
    assert code == 2 and not s.ran
    assert ".json or .md" in err


def test_an_unknown_instance_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    s = Standin(tmp_path)
    code, _, err = diff(capsys, "nope", "--lean-cmd", s.command)
    assert code == 2 and not s.ran and "nope" in err


def test_diff_writes_json_and_markdown_reports(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    s = Standin(tmp_path, set={"threshold-tie-3": {"energy": "-100"}},
                stray=["some non-JSON chatter"])
    rj, rm, r2 = tmp_path / "d.json", tmp_path / "d.md", tmp_path / "e.json"
    code, _, err = diff(capsys, "--all", "--lean-cmd", s.command, "--report", str(rj),
                        "--md-report", str(rm), "--json-report", str(r2))
    assert code == 1
    report = json.loads(rj.read_text())
    assert report == json.loads(r2.read_text())
    assert report["agrees"] is False
    assert report["summary"]["instances"] == len(CATALOGUE)
    assert report["summary"]["disagreeing"] == 1
    assert "fake_lean_standin.py" in report["lean_command"]  # the report names what printed it
    # the stand-in prints one message per instance, then the chatter
    assert (f"line {len(CATALOGUE) + 1} of the output is not a Lean message: some non-JSON chatter"
            in report["notes"])
    md = rm.read_text()
    assert "| `threshold-tie-3` | disagree |" in md
    assert "fake_lean_standin.py" in md
    assert f"wrote {rj}" in err


def test_diff_keeps_the_harness_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    s = Standin(tmp_path)
    kept = tmp_path / "Kept.lean"
    code, _, _ = diff(capsys, "paper-hebbian-4", "--lean-cmd", s.command, "--keep-harness", str(kept))
    assert code == 0
    assert kept.read_text().startswith("import Hopfield.Bridge\n\n#eval Hopfield.Bridge.runInstance")


@pytest.mark.lean
def test_real_lean_agrees_with_python_on_the_whole_catalogue(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Runs the real `lake env lean --json` (needs a built Lean project); zero mismatches."""
    monkeypatch.delenv(ENV_LEAN_CMD, raising=False)
    monkeypatch.delenv(ENV_TIMEOUT, raising=False)
    report = tmp_path / "lean-diff.json"
    code, out, err = diff(capsys, "--all", "--report", str(report))
    assert code == 0, out + err
    data = json.loads(report.read_text())
    assert data["agrees"] is True
    assert data["summary"]["keys"]["mismatch"] == 0
