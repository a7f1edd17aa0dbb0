"""The command line end to end: examples, eval, exit codes, one-line errors."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hopfield_bridge.catalogue import CATALOGUE
from hopfield_bridge.cli import COMMANDS, main
from hopfield_bridge.instance import SCHEMA

HAND = {
    "schema": SCHEMA, "name": "hand-2", "n": 2,
    "weights": [[0, 1], [1, 0]], "thresholds": [1, 0],
    "patterns": [[1, -1]], "state": [1, -1], "exp_beta": 2,
}
# Every key computed by hand (see the comments) for the instance above.
HAND_RESULT = {
    "name": "hand-2", "n": 2,
    "weights": [["0", "1"], ["1", "0"]], "thresholds": ["1", "0"],
    "net": ["-1", "1"],                       # net_0 = s_1, net_1 = s_0
    "energy": "2",                            # -(1)(1)(-1) + 1*1 + 0*(-1)
    "stable": False,                          # site 0: 1 <= -1 fails, so it flips
    "trajectory": [[1, -1], [-1, -1]],        # (-1,-1): net = (-1,-1) < θ = (1,0)
    "conv_steps": 1,
    "final_state": [-1, -1],
    "patterns_stable": [False],
    "prob_pos": ["1/17", "4/5"],              # L = (-2, 1): 1/(1+2^4), 1/(1+2^-2)
    "partition": "25/4",                      # E = (-2, 2, 0, 0): 4 + 1/4 + 1 + 1
    "boltzmann": ["16/25", "1/25", "4/25", "4/25"],
    "kernel_row": ["8/17", "11/85", "0", "2/5"],  # ½(16/17), ½(1/17 + 1/5), 0, ½(4/5)
}


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "hopfield_bridge", *args],
                          capture_output=True, text=True, timeout=120)


def test_eval_reproduces_every_key_computed_by_hand(tmp_path: Path) -> None:
    f = tmp_path / "hand.json"
    f.write_text(json.dumps(HAND))
    proc = run_cli("eval", str(f))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 1
    got = json.loads(lines[0])
    assert got == HAND_RESULT
    assert list(got) == list(HAND_RESULT)  # key order is the documented one


def test_eval_out_writes_the_file_atomically(tmp_path: Path) -> None:
    f = tmp_path / "hand.json"
    f.write_text(json.dumps([HAND, {**HAND, "name": "hand-b", "exp_beta": 1}]))
    out = tmp_path / "res.jsonl"
    assert main(["eval", str(f), "--out", str(out)]) == 0
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["name"] for r in rows] == ["hand-2", "hand-b"]
    assert rows[1]["boltzmann"] == ["1/4"] * 4
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".tmp-")]


def test_eval_out_into_missing_folder_is_a_one_line_error(tmp_path: Path) -> None:
    proc = run_cli("eval", "paper-hebbian-4", "--out", str(tmp_path / "no" / "r.jsonl"))
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "does not exist" in proc.stderr


def test_eval_builtin_by_name_and_all() -> None:
    proc = run_cli("eval", "--all")
    assert proc.returncode == 0, proc.stderr
    names = [json.loads(x)["name"] for x in proc.stdout.splitlines()]
    assert names == list(CATALOGUE)


def test_paper_example_converges_to_the_stored_pattern() -> None:
    proc = run_cli("eval", "paper-hebbian-4")
    r = json.loads(proc.stdout)
    assert r["final_state"] == [-1, 1, -1, 1]
    assert r["patterns_stable"] == [True, True]


def test_examples_lists_every_builtin_with_a_description() -> None:
    proc = run_cli("examples")
    assert proc.returncode == 0
    for name, inst in CATALOGUE.items():
        assert any(line.startswith(name) and inst.description in line
                   for line in proc.stdout.splitlines())


def test_examples_json_is_an_instance_file_eval_accepts(tmp_path: Path) -> None:
    proc = run_cli("examples", "--json")
    f = tmp_path / "cat.json"
    f.write_text(proc.stdout)
    assert main(["eval", str(f), "--out", str(tmp_path / "r.jsonl")]) == 0


@pytest.mark.parametrize("content,needle", [
    ("{not json", "malformed JSON"),
    (json.dumps({**HAND, "state": [1, 0]}), "state[1]: expected 1 or -1"),
    (json.dumps({**HAND, "weights": [[0, 1]]}), "weights: expected 2 entries"),
    (json.dumps({**HAND, "weights": [[0, 1], [3, 0]]}), "must be symmetric"),
    (json.dumps({**HAND, "exp_beta": "0"}), "exp_beta: must be > 0"),
    (json.dumps({**HAND, "name": "bad name"}), "name"),
    (json.dumps([]), "holds no instance"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, content: str, needle: str) -> None:
    f = tmp_path / "bad.json"
    f.write_text(content)
    proc = run_cli("eval", str(f))
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1, proc.stderr
    assert needle in proc.stderr
    assert "Traceback" not in proc.stderr


def test_unknown_instance_name_exits_2() -> None:
    proc = run_cli("eval", "no-such-instance")
    assert proc.returncode == 2 and "not a file and not a built-in" in proc.stderr


def test_eval_without_instances_is_a_usage_error() -> None:
    proc = run_cli("eval")
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1


def test_unknown_option_is_one_line_exit_2() -> None:
    proc = run_cli("eval", "--nope")
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1


def test_no_command_prints_help_and_exits_2() -> None:
    proc = run_cli()
    assert proc.returncode == 2 and "COMMAND" in proc.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    proc = run_cli(command, "--help")
    assert proc.returncode == 0 and "usage:" in proc.stdout
