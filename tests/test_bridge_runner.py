"""Running the Lean command: settings, missing executable, time limit, reported errors.

The executables run here are tiny STAND-INS written by each test into its
tmp_path (``fake_lean_standin_*.py``); they are not Lean and what they print
is made up by the test in Lean's documented message format.
"""
from __future__ import annotations

import json
import os
import shlex
import sys
import textwrap
import time
from pathlib import Path

import pytest

from hopfield_bridge.bridge.harness import harness_text
from hopfield_bridge.bridge.messages import parse_message_stream
from hopfield_bridge.bridge.runner import (
    DEFAULT_LEAN_CMD, DEFAULT_TIMEOUT, ENV_LEAN_CMD, ENV_TIMEOUT, INSTALL_HINT, LeanConfig, LeanRun,
    check_run, find_project_root, resolve_config, run_harness, run_lean)
from hopfield_bridge.catalogue import CATALOGUE
from hopfield_bridge.errors import (
    LeanFailedError, LeanNotFoundError, LeanTimeoutError, UsageError)

ROOT = Path(__file__).resolve().parents[1]
HARNESS = harness_text([CATALOGUE["paper-hebbian-4"], CATALOGUE["threshold-tie-3"]])


def standin(tmp_path: Path, body: str, name: str = "fake_lean_standin.py") -> tuple[str, ...]:
    """Write a stand-in script; return the command that runs it (harness path appended later)."""
    path = tmp_path / name
    path.write_text('"""STAND-IN for `lean --json` in a test; not Lean."""\n'
                    "import json, os, sys, time\n" + textwrap.dedent(body))
    return (sys.executable, str(path))


def message(severity: str, file_name: str, line: int, column: int, data: str) -> str:
    """A message in the documented SerialMessage JSON shape, constructed by the test."""
    return json.dumps({"caption": "", "data": data, "endPos": None, "fileName": file_name,
                       "isSilent": False, "keepFullRange": False, "kind": "[anonymous]",
                       "pos": {"line": line, "column": column}, "severity": severity},
                      separators=(",", ":"))


# --- settings ----------------------------------------------------------------------------

def test_defaults_are_lake_env_lean_json_and_1800_seconds() -> None:
    c = resolve_config(None, None, {}, cwd="/x")
    assert c.command == tuple(DEFAULT_LEAN_CMD.split()) == ("lake", "env", "lean", "--json")
    assert c.timeout == DEFAULT_TIMEOUT == 1800.0


def test_environment_variables_set_command_and_timeout() -> None:
    env = {ENV_LEAN_CMD: "'/opt/my lean/bin/lake' env lean --json", ENV_TIMEOUT: "42.5"}
    c = resolve_config(None, None, env, cwd="/x")
    assert c.command == ("/opt/my lean/bin/lake", "env", "lean", "--json")
    assert c.timeout == 42.5


def test_options_win_over_environment_variables() -> None:
    env = {ENV_LEAN_CMD: "from-env", ENV_TIMEOUT: "42"}
    c = resolve_config("from-option --json", "7", env, cwd="/x")
    assert c.command == ("from-option", "--json") and c.timeout == 7.0


def test_the_harness_path_is_appended_last() -> None:
    assert LeanConfig(("lake", "env", "lean", "--json"), 1, "/x").argv("/t/H.lean")[-1] == "/t/H.lean"


@pytest.mark.parametrize("value", ["0", "-3", "soon", "nan", "inf"])
def test_a_bad_timeout_is_a_usage_error(value: str) -> None:
    with pytest.raises(UsageError, match="--timeout"):
        resolve_config(None, value, {}, cwd="/x")
    with pytest.raises(UsageError, match=ENV_TIMEOUT):
        resolve_config(None, None, {ENV_TIMEOUT: value}, cwd="/x")


@pytest.mark.parametrize("cmd, message", [("", "empty"), ("lake 'env", "cannot split")])
def test_a_bad_command_is_a_usage_error(cmd: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        resolve_config(cmd, None, {}, cwd="/x")


def test_project_root_is_the_folder_with_the_lakefile() -> None:
    assert find_project_root(ROOT / "python" / "hopfield_bridge") == str(ROOT)
    assert (Path(resolve_config(None, None, {}).cwd) / "lakefile.lean").is_file()


# --- running -----------------------------------------------------------------------------

def test_a_missing_executable_raises_lean_not_found_with_install_guidance(tmp_path: Path) -> None:
    with pytest.raises(LeanNotFoundError) as info:
        run_lean(LeanConfig((str(tmp_path / "no-lake"), "env", "lean"), 5, str(tmp_path)), "H.lean")
    assert info.value.exit_code == 3
    assert INSTALL_HINT in str(info.value)
    assert "scripts/install-lean.sh" in str(info.value) and "repository root" in str(info.value)


def test_the_standin_runs_in_the_given_folder_on_the_harness_file(tmp_path: Path) -> None:
    cmd = standin(tmp_path, f"""
        path = sys.argv[-1]
        text = open(path).read()
        json.dump({{"cwd": os.getcwd(), "text": text}}, open({str(tmp_path / 'seen.json')!r}, "w"))
    """)
    stream, run = run_harness(LeanConfig(cmd, 30, str(tmp_path)), HARNESS)
    seen = json.loads((tmp_path / "seen.json").read_text())
    assert seen == {"cwd": str(tmp_path), "text": HARNESS.text}
    assert run.returncode == 0 and stream.messages == ()


def test_the_temporary_harness_is_removed_after_the_run(tmp_path: Path) -> None:
    cmd = standin(tmp_path, f"open({str(tmp_path / 'path.txt')!r}, 'w').write(sys.argv[-1])\n")
    run_harness(LeanConfig(cmd, 30, str(tmp_path)), HARNESS)
    assert not Path((tmp_path / "path.txt").read_text()).exists()


def test_a_timeout_kills_the_whole_process_group(tmp_path: Path) -> None:
    pid_file = tmp_path / "child.pid"
    cmd = standin(tmp_path, f"""
        import subprocess
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
        open({str(pid_file)!r}, "w").write(str(child.pid))
        time.sleep(60)
    """)
    started = time.monotonic()
    with pytest.raises(LeanTimeoutError) as info:
        run_harness(LeanConfig(cmd, 1.5, str(tmp_path)), HARNESS)
    assert time.monotonic() - started < 30
    assert info.value.exit_code == 1
    assert "1.5 s" in str(info.value) and ENV_TIMEOUT in str(info.value)
    child = int(pid_file.read_text())
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            break
        if Path(f"/proc/{child}/stat").is_file() and \
                Path(f"/proc/{child}/stat").read_text().split(") ")[1].startswith("Z"):
            break  # killed, waiting to be reaped by init
        time.sleep(0.1)
    else:
        pytest.fail("the stand-in's child process outlived the time limit")


def test_a_compile_error_raises_lean_failed_naming_file_line_column(tmp_path: Path) -> None:
    err = message("error", "lean/Hopfield/Bridge.lean", 12, 4, "unknown identifier 'foo'")
    warn = message("warning", "H.lean", 3, 0, "unused")
    cmd = standin(tmp_path, f"print({warn!r}); print({err!r}); print({err!r}); sys.exit(1)\n")
    with pytest.raises(LeanFailedError) as info:
        run_harness(LeanConfig(cmd, 30, str(tmp_path)), HARNESS)
    text = str(info.value)
    assert info.value.exit_code == 1
    assert "2 errors" in text
    assert "lean/Hopfield/Bridge.lean:12:4: error: unknown identifier 'foo'" in text
    assert "\n" not in text


def test_an_error_on_an_eval_line_names_the_instance(tmp_path: Path) -> None:
    line = HARNESS.entries[1].line
    err = message("error", "/tmp/H.lean", line, 0, "unknown constant 'Hopfield.Bridge.runInstance'")
    cmd = standin(tmp_path, f"print({err!r}); sys.exit(1)\n")
    with pytest.raises(LeanFailedError, match="the #eval of instance 'threshold-tie-3'"):
        run_harness(LeanConfig(cmd, 30, str(tmp_path)), HARNESS)


def test_an_error_message_fails_the_run_even_with_exit_status_zero(tmp_path: Path) -> None:
    err = message("error", "/tmp/H.lean", 1, 0, "unknown module prefix 'Hopfield'")
    cmd = standin(tmp_path, f"print({err!r})\n")
    with pytest.raises(LeanFailedError, match="unknown module prefix"):
        run_harness(LeanConfig(cmd, 30, str(tmp_path)), HARNESS)


def test_a_nonzero_exit_without_messages_reports_the_first_stderr_line(tmp_path: Path) -> None:
    cmd = standin(tmp_path, "sys.stderr.write('\\nerror: no such toolchain\\nmore\\n'); sys.exit(7)\n")
    with pytest.raises(LeanFailedError) as info:
        run_harness(LeanConfig(cmd, 30, str(tmp_path)), HARNESS)
    assert "exited with status 7" in str(info.value)
    assert str(info.value).endswith(": error: no such toolchain")


def test_a_non_executable_command_is_a_lean_failure_not_a_crash(tmp_path: Path) -> None:
    script = tmp_path / "not_executable.sh"
    script.write_text("#!/bin/sh\n")
    with pytest.raises(LeanFailedError, match="cannot run"):
        run_lean(LeanConfig((str(script),), 5, str(tmp_path)), "H.lean")


def test_check_run_passes_a_clean_run() -> None:
    run = LeanRun(("lean",), 0, "", "", 0.0)
    check_run(run, parse_message_stream(message("information", "H", 3, 0, "{}")))


def test_command_line_is_shell_quoted() -> None:
    assert LeanConfig(("lake", "env", "lean"), 1, "/").command_line("/a b/H.lean") == \
        shlex.join(["lake", "env", "lean", "/a b/H.lean"])
