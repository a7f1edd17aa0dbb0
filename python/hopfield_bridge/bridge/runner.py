"""Running Lean on a harness: the command, its time limit and how it fails.

The default command is ``lake env lean --json`` with the harness path appended,
run in the Lean project root (the folder holding ``lakefile.lean``), so that
``import Hopfield.Bridge`` resolves to the built library. Settings, first found
wins:

* the command: ``--lean-cmd``, else ``$HOPFIELD_BRIDGE_LEAN_CMD`` (a shell-like
  string, split with :func:`shlex.split`), else the default;
* the time limit in seconds: ``--timeout``, else
  ``$HOPFIELD_BRIDGE_LEAN_TIMEOUT``, else 1800.

Failures are exceptions of :mod:`hopfield_bridge.errors`: the executable is
missing (:class:`LeanNotFoundError`, exit 3, with install guidance), the time
limit passed (:class:`LeanTimeoutError`, the whole process group is killed), or
Lean reported an error (:class:`LeanFailedError`, naming the first error's
``file:line:col``).

>>> c = resolve_config(None, None, {"HOPFIELD_BRIDGE_LEAN_CMD": "lean --json",
...                                 "HOPFIELD_BRIDGE_LEAN_TIMEOUT": "60"}, cwd="/tmp")
>>> c.command, c.timeout, c.command_line("H.lean")
(('lean', '--json'), 60.0, 'lean --json H.lean')
"""
from __future__ import annotations

import argparse
import math
import os
import shlex
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from ..errors import LeanFailedError, LeanNotFoundError, LeanTimeoutError, UsageError
from .harness import Harness
from .messages import MessageStream, format_message, parse_message_stream

__all__ = ["add_lean_arguments", "DEFAULT_LEAN_CMD", "DEFAULT_TIMEOUT", "ENV_LEAN_CMD", "ENV_TIMEOUT", "INSTALL_HINT",
           "LeanConfig", "LeanRun", "find_project_root", "resolve_config", "run_lean",
           "check_run", "run_harness"]

DEFAULT_LEAN_CMD = "lake env lean --json"
"""The command, before the harness path is appended."""
DEFAULT_TIMEOUT = 1800.0
"""Seconds before Lean is stopped."""
ENV_LEAN_CMD = "HOPFIELD_BRIDGE_LEAN_CMD"
ENV_TIMEOUT = "HOPFIELD_BRIDGE_LEAN_TIMEOUT"


def add_lean_arguments(p: argparse.ArgumentParser) -> None:
    """The ``--lean-cmd`` and ``--timeout`` options shared by the commands that run Lean."""
    p.add_argument("--lean-cmd", metavar="CMD",
                   help=f"the Lean command, the file path is appended, run in the lakefile's "
                        f"folder (default: ${ENV_LEAN_CMD} or 'lake env lean --json')")
    p.add_argument("--timeout", metavar="S",
                   help=f"seconds before Lean is stopped (default: ${ENV_TIMEOUT} or "
                        f"{DEFAULT_TIMEOUT:g})")
INSTALL_HINT = ("install Lean with scripts/install-lean.sh (needs internet), "
                "then run from the repository root")
"""What to do when Lean is not available."""

_HARNESS_NAME = "HopfieldBridgeHarness.lean"


@dataclass(frozen=True)
class LeanConfig:
    """The command (harness path not yet appended), the time limit and the working folder."""

    command: tuple[str, ...]
    timeout: float
    cwd: str

    def argv(self, harness_path: str) -> list[str]:
        """The full argument vector for one harness file.

        >>> LeanConfig(("lean", "--json"), 1.0, ".").argv("H.lean")
        ['lean', '--json', 'H.lean']
        """
        return [*self.command, harness_path]

    def command_line(self, harness_path: str) -> str:
        """The command as one shell-quoted line, for messages and reports.

        >>> LeanConfig(("lake", "env", "lean"), 1.0, ".").command_line("a b.lean")
        "lake env lean 'a b.lean'"
        """
        return shlex.join(self.argv(harness_path))


@dataclass(frozen=True)
class LeanRun:
    """What one run of the command gave back."""

    argv: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str
    seconds: float


def find_project_root(start: str | os.PathLike[str] | None = None) -> str:
    """The nearest folder at or above ``start`` (default: the working folder) with a
    ``lakefile.lean``, else the one above this package's source tree if it has one,
    else ``start`` itself.

    >>> import os
    >>> os.path.isfile(os.path.join(find_project_root(os.path.dirname(__file__)), "lakefile.lean"))
    True
    """
    here = Path(start if start is not None else os.getcwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "lakefile.lean").is_file() or (folder / "lakefile.toml").is_file():
            return str(folder)
    source_root = Path(__file__).resolve().parents[3]
    if (source_root / "lakefile.lean").is_file():
        return str(source_root)
    return str(here)


def _timeout(value: float | str, where: str) -> float:
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        raise UsageError(f"{where}: {value!r} is not a number of seconds") from None
    if not math.isfinite(seconds) or seconds <= 0:
        raise UsageError(f"{where}: the time limit must be a positive number of seconds, got {value!r}")
    return seconds


def resolve_config(lean_cmd: str | None, timeout: float | str | None,
                   env: Mapping[str, str], cwd: str | None = None) -> LeanConfig:
    """Settle the command and time limit from the options, then ``env``, then the defaults.

    >>> resolve_config(None, None, {}, cwd="/tmp").command
    ('lake', 'env', 'lean', '--json')
    >>> resolve_config(None, "0", {}, cwd="/tmp")
    Traceback (most recent call last):
    ...
    hopfield_bridge.errors.UsageError: --timeout: the time limit must be a positive number of seconds, got '0'
    """
    if lean_cmd is not None:
        text, where = lean_cmd, "--lean-cmd"
    elif env.get(ENV_LEAN_CMD, "").strip():
        text, where = env[ENV_LEAN_CMD], f"${ENV_LEAN_CMD}"
    else:
        text, where = DEFAULT_LEAN_CMD, "the default Lean command"
    try:
        command = tuple(shlex.split(text))
    except ValueError as exc:
        raise UsageError(f"{where}: cannot split {text!r} into words ({exc})") from None
    if not command:
        raise UsageError(f"{where}: the Lean command is empty")
    if timeout is not None:
        seconds = _timeout(timeout, "--timeout")
    elif env.get(ENV_TIMEOUT, "").strip():
        seconds = _timeout(env[ENV_TIMEOUT], f"${ENV_TIMEOUT}")
    else:
        seconds = DEFAULT_TIMEOUT
    return LeanConfig(command, seconds, cwd if cwd is not None else find_project_root())


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def run_lean(config: LeanConfig, harness_path: str) -> LeanRun:
    """Run the command on one harness file in its own process group.

    >>> run_lean(LeanConfig(("/nonexistent/lake",), 5.0, "."), "H.lean")
    Traceback (most recent call last):
    ...
    hopfield_bridge.errors.LeanNotFoundError: Lean is not available: cannot run '/nonexistent/lake' (no such executable); install Lean with scripts/install-lean.sh (needs internet), then run from the repository root
    """
    argv = config.argv(harness_path)
    started = time.monotonic()
    try:
        proc = subprocess.Popen(argv, cwd=config.cwd, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)
    except FileNotFoundError:
        raise LeanNotFoundError(f"Lean is not available: cannot run {argv[0]!r} (no such executable); "
                                f"{INSTALL_HINT}") from None
    except OSError as exc:
        raise LeanFailedError(f"cannot run {argv[0]!r}: {exc.strerror or exc}") from None
    try:
        out, err = proc.communicate(timeout=config.timeout)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        proc.communicate()
        raise LeanTimeoutError(
            f"Lean did not finish within {config.timeout:g} s and was stopped "
            f"({config.command_line(harness_path)}); raise --timeout or ${ENV_TIMEOUT}") from None
    except BaseException:
        _kill_group(proc)
        proc.wait()
        raise
    return LeanRun(tuple(argv), proc.returncode, out.decode("utf-8", "replace"),
                   err.decode("utf-8", "replace"), time.monotonic() - started)


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return ""


def check_run(run: LeanRun, stream: MessageStream, harness: Harness | None = None) -> None:
    """Raise :class:`LeanFailedError` if Lean reported an error or exited non-zero.

    The first error message is named by ``file:line:col`` (and by instance when it
    sits on an ``#eval`` line of ``harness``).

    >>> from .messages import LeanMessage
    >>> run = LeanRun(("lean",), 1, "", "", 0.1)
    >>> check_run(run, MessageStream((LeanMessage("error", "lean/Hopfield/Bridge.lean", 7, 2,
    ...                                           "unknown identifier 'x'"),)))
    Traceback (most recent call last):
    ...
    hopfield_bridge.errors.LeanFailedError: Lean reported 1 error; the first: lean/Hopfield/Bridge.lean:7:2: error: unknown identifier 'x'
    """
    errors = stream.errors
    if errors:
        first = errors[0]
        where = ""
        if harness is not None and harness.name_at(first.line) is not None:
            where = f" (the #eval of instance {harness.name_at(first.line)!r})"
        count = f"{len(errors)} error{'s' if len(errors) != 1 else ''}"
        raise LeanFailedError(f"Lean reported {count}; the first: {format_message(first)}{where}")
    if run.returncode != 0:
        detail = _first_line(run.stderr) or (_first_line(stream.stray_lines[0][1])
                                             if stream.stray_lines else "")
        raise LeanFailedError(
            f"{shlex.join(run.argv)} exited with status {run.returncode} without an error message"
            + (f": {detail}" if detail else ""))


def run_harness(config: LeanConfig, harness: Harness) -> tuple[MessageStream, LeanRun]:
    """Write the harness to a fresh temporary folder, run Lean on it, parse and check.

    >>> from .harness import harness_text
    >>> from hopfield_bridge.catalogue import builtin
    >>> run_harness(LeanConfig(("/nonexistent/lake",), 5.0, "."),
    ...             harness_text([builtin("paper-hebbian-4")]))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    hopfield_bridge.errors.LeanNotFoundError: Lean is not available: ...
    """
    with tempfile.TemporaryDirectory(prefix="hopfield-bridge-") as folder:
        path = os.path.join(folder, _HARNESS_NAME)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(harness.text)
        run = run_lean(config, path)
    stream = parse_message_stream(run.stdout)
    check_run(run, stream, harness)
    return stream, run
