"""Field-by-field diff of Lean's printed results against the Python engine.

For every instance and every result key the verdict is one of

* ``match`` -- both sides print the same JSON value;
* ``mismatch`` -- both print the key with different values (for lists the
  first differing index path is given);
* ``missing in Lean`` -- Python has the key, Lean does not, and Lean does not
  list it under ``"skipped"``;
* ``extra in Lean`` -- Lean prints a key Python does not;
* ``skipped by Lean`` -- a ``2^n`` key that Lean lists under ``"skipped"``
  because ``n`` exceeds ``Hopfield.Bridge.maxFullN`` (not a disagreement).

An instance with no Lean output, or one side rejecting an instance the other
accepts, is a disagreement; both sides rejecting is agreement. Values are
compared as JSON (``true`` is not ``1``, ``"1/2"`` is not ``"2/4"``).

>>> from hopfield_bridge.catalogue import builtin
>>> py = python_results([builtin("asymmetric-cycle-2")])[0]
>>> d = compare_instance(py, {**py.result, "energy": "7"})
>>> d.status, [k.key for k in d.keys if k.status == MISMATCH]
('disagree', ['energy'])
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Sequence

from ..errors import HopfieldBridgeError
from ..instance import Instance
from ..results import RESULT_KEYS, evaluate
from .outputs import LeanOutputs, UnexpectedOutput

__all__ = ["MATCH", "MISMATCH", "MISSING", "EXTRA", "SKIPPED",
           "AGREE", "DISAGREE", "NO_OUTPUT", "BOTH_REJECT", "LEAN_REJECTS", "PYTHON_REJECTS",
           "FULL_KEYS", "LEAN_MAX_FULL_N", "PythonResult", "KeyDiff", "InstanceDiff", "BridgeDiff",
           "python_results", "first_difference", "compare_instance", "compare_all"]

MATCH = "match"
MISMATCH = "mismatch"
MISSING = "missing in Lean"
EXTRA = "extra in Lean"
SKIPPED = "skipped by Lean"

AGREE = "agree"
DISAGREE = "disagree"
NO_OUTPUT = "no Lean output"
BOTH_REJECT = "both reject"
LEAN_REJECTS = "Lean rejects"
PYTHON_REJECTS = "Python rejects"

FULL_KEYS = ("partition", "boltzmann", "kernel_row")
"""The keys over all ``2^n`` states: the only ones Lean may list under ``"skipped"``."""
LEAN_MAX_FULL_N = 8
"""``Hopfield.Bridge.maxFullN``: Lean prints the ``2^n`` keys only for ``n`` up to this."""

_META_KEYS = ("error", "skipped")


@dataclass(frozen=True)
class PythonResult:
    """The Python engine's result for one instance, or its one-line rejection."""

    name: str
    n: int
    result: dict[str, Any] | None
    error: str | None = None


@dataclass(frozen=True)
class KeyDiff:
    """The verdict on one result key; ``index`` is the first differing list index path."""

    key: str
    status: str
    python: Any = None
    lean: Any = None
    index: tuple[int, ...] | None = None
    detail: str = ""


@dataclass(frozen=True)
class InstanceDiff:
    """The verdict on one instance and its keys."""

    name: str
    status: str
    keys: tuple[KeyDiff, ...] = ()
    detail: str = ""

    @property
    def agrees(self) -> bool:
        """Whether Lean and Python agree on this instance.

        >>> InstanceDiff("a", BOTH_REJECT).agrees
        True
        """
        return self.status in (AGREE, BOTH_REJECT)

    def count(self, status: str) -> int:
        """How many keys have ``status``.

        >>> InstanceDiff("a", AGREE, (KeyDiff("n", MATCH),)).count(MATCH)
        1
        """
        return sum(1 for k in self.keys if k.status == status)


@dataclass(frozen=True)
class BridgeDiff:
    """The whole diff: per instance, the unexpected outputs, and notes (Lean warnings)."""

    instances: tuple[InstanceDiff, ...]
    unexpected: tuple[UnexpectedOutput, ...] = ()
    notes: tuple[str, ...] = ()
    lean_command: str = ""

    @property
    def agrees(self) -> bool:
        """No disagreeing instance and no unexpected output.

        >>> BridgeDiff((InstanceDiff("a", AGREE),)).agrees
        True
        """
        return all(i.agrees for i in self.instances) and not self.unexpected


def python_results(instances: Sequence[Instance]) -> tuple[PythonResult, ...]:
    """Evaluate each instance with the Python engine, keeping a rejection as its message.

    >>> from hopfield_bridge.catalogue import builtin
    >>> python_results([builtin("asymmetric-cycle-2")])[0].result["stable"]
    False
    """
    out = []
    for inst in instances:
        try:
            out.append(PythonResult(inst.name, inst.n, evaluate(inst)))
        except HopfieldBridgeError as exc:
            out.append(PythonResult(inst.name, inst.n, None, str(exc)))
    return tuple(out)


def _canon(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def first_difference(a: Any, b: Any) -> tuple[int, ...] | None:
    """The first index path at which two JSON values differ; ``()`` if they differ at the top.

    ``None`` when they are equal. A shorter list differs at its length.

    >>> first_difference([[1, 1], [1, -1]], [[1, 1], [1, 1]])
    (1, 1)
    >>> first_difference(["1", "2"], ["1"]), first_difference([1], [1])
    ((1,), None)
    """
    if _canon(a) == _canon(b):
        return None
    if isinstance(a, list) and isinstance(b, list):
        for i, (x, y) in enumerate(zip(a, b)):
            sub = first_difference(x, y)
            if sub is not None:
                return (i, *sub)
        return (min(len(a), len(b)),)
    return ()


def _at(value: Any, path: tuple[int, ...]) -> Any:
    for i in path:
        if not isinstance(value, list) or i >= len(value):
            return "<absent>"
        value = value[i]
    return value


def _ordered_keys(py: dict[str, Any], lean: dict[str, Any]) -> list[str]:
    keys = [k for k in RESULT_KEYS if k in py or k in lean]
    keys += sorted(k for k in set(py) | set(lean) if k not in keys and k not in _META_KEYS)
    return keys


def _skipped(lean: dict[str, Any], n: int, max_full_n: int | None) -> tuple[set[str], list[KeyDiff]]:
    raw = lean.get("skipped", [])
    if not isinstance(raw, list) or not all(isinstance(k, str) for k in raw):
        return set(), [KeyDiff("skipped", MISMATCH, None, raw,
                               detail="Lean's \"skipped\" is not a list of key names")]
    problems = []
    for key in raw:
        if key not in FULL_KEYS:
            problems.append(KeyDiff(key, MISMATCH, None, raw, detail=(
                f"Lean skipped {key!r}, but only the 2^n keys ({', '.join(FULL_KEYS)}) may be skipped")))
        elif max_full_n is not None and n <= max_full_n:
            problems.append(KeyDiff(key, MISMATCH, None, raw, detail=(
                f"Lean skipped {key!r} at n = {n}, within its limit maxFullN = {max_full_n}")))
    return {k for k in raw if k in FULL_KEYS}, problems


def _compare_keys(py: dict[str, Any], lean: dict[str, Any], skipped: set[str]) -> list[KeyDiff]:
    diffs = []
    for key in _ordered_keys(py, lean):
        if key in py and key in lean:
            path = first_difference(py[key], lean[key])
            if path is None:
                diffs.append(KeyDiff(key, MATCH, py[key], lean[key]))
            elif path:
                diffs.append(KeyDiff(key, MISMATCH, py[key], lean[key], path, detail=(
                    f"first difference at {''.join(f'[{i}]' for i in path)}: Python "
                    f"{_canon(_at(py[key], path))}, Lean {_canon(_at(lean[key], path))}")))
            else:
                diffs.append(KeyDiff(key, MISMATCH, py[key], lean[key], detail=(
                    f"Python {_canon(py[key])[:120]}, Lean {_canon(lean[key])[:120]}")))
        elif key in py:
            if key in skipped:
                diffs.append(KeyDiff(key, SKIPPED, py[key], None,
                                     detail="n exceeds Lean's maxFullN; not compared"))
            else:
                diffs.append(KeyDiff(key, MISSING, py[key], None, detail="Lean does not print it"))
        else:
            diffs.append(KeyDiff(key, EXTRA, None, lean[key], detail="Python does not compute it"))
    return diffs


def compare_instance(py: PythonResult, lean: dict[str, Any] | None,
                     max_full_n: int | None = LEAN_MAX_FULL_N) -> InstanceDiff:
    """The verdict on one instance given Lean's printed object (``None``: nothing printed).

    >>> p = PythonResult("a", 1, None, "bad instance")
    >>> compare_instance(p, {"name": "a", "error": "rejected"}).status
    'both reject'
    >>> compare_instance(PythonResult("a", 1, {"name": "a"}), None).status
    'no Lean output'
    """
    if lean is None:
        return InstanceDiff(py.name, NO_OUTPUT, detail="Lean printed no result for this instance")
    lean_error = lean.get("error")
    if lean_error is not None:
        if py.result is None:
            return InstanceDiff(py.name, BOTH_REJECT,
                                detail=f"Python: {py.error}; Lean: {lean_error}")
        return InstanceDiff(py.name, LEAN_REJECTS, detail=f"Lean: {lean_error}")
    if py.result is None:
        return InstanceDiff(py.name, PYTHON_REJECTS, detail=f"Python: {py.error}")
    skipped, problems = _skipped(lean, py.n, max_full_n)
    keys = tuple(problems + _compare_keys(py.result, lean, skipped))
    bad = any(k.status in (MISMATCH, MISSING, EXTRA) for k in keys)
    return InstanceDiff(py.name, DISAGREE if bad else AGREE, keys)


def compare_all(python: Sequence[PythonResult], lean: LeanOutputs, notes: Sequence[str] = (),
                lean_command: str = "",
                max_full_n: int | None = LEAN_MAX_FULL_N) -> BridgeDiff:
    """Diff every instance (Python order); Lean's unexpected outputs are carried along.

    >>> from .outputs import LeanOutputs
    >>> d = compare_all([PythonResult("a", 1, {"name": "a", "n": 1})],
    ...                 LeanOutputs((("a", {"name": "a", "n": 1}),)))
    >>> d.agrees, d.instances[0].count(MATCH)
    (True, 2)
    """
    return BridgeDiff(
        tuple(compare_instance(py, lean.get(py.name), max_full_n) for py in python),
        lean.unexpected, tuple(notes), lean_command)
