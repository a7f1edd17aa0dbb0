"""Instance files (SPEC section 5): parsing, validation, normalisation.

An instance is one JSON object; a file holds one object or a JSON list of
them. Every rejection raises :class:`InstanceError` naming the field.

>>> inst = parse_instance({"schema": SCHEMA, "name": "pair", "n": 2,
...                        "weights": [[0, 1], [1, 0]], "state": [1, -1]})
>>> inst.network.weights[0][1], inst.state
(Fraction(1, 1), (1, -1))
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Sequence

from .errors import InstanceError
from .hebbian import hebbian
from .network import Network, State
from .rational import format_rational, parse_integer, parse_rational

__all__ = ["SCHEMA", "MAX_N", "MAX_FULL_N", "Instance", "parse_instance", "parse_instances",
           "load_instance_file", "instance_to_json", "require_distinct_names"]

SCHEMA = "hopfield-bridge/instance/1"
MAX_N = 256
"""Largest ``n`` accepted at all."""
MAX_FULL_N = 16
"""Largest ``n`` for the ``2^n`` quantities (``partition``, ``boltzmann``, ``kernel_row``)."""

_NAME = re.compile(r"[A-Za-z0-9_.-]{1,64}")
_KEYS = {"schema", "name", "n", "weights", "thresholds", "patterns", "state", "schedule",
         "exp_beta", "description"}


@dataclass(frozen=True)
class Instance:
    """A validated instance; ``network`` holds the resolved weights and thresholds."""

    name: str
    network: Network
    patterns: tuple[State, ...] | None = None
    state: State | None = None
    schedule: tuple[int, ...] | None = None
    exp_beta: Fraction | None = None
    weights_given: bool = True
    description: str = ""

    @property
    def n(self) -> int:
        """Number of sites."""
        return self.network.n


def _list(value: Any, field: str, length: int | None = None) -> list[Any]:
    if not isinstance(value, list):
        raise InstanceError(f"{field}: expected a list, got {type(value).__name__}")
    if length is not None and len(value) != length:
        raise InstanceError(f"{field}: expected {length} entries, got {len(value)}")
    return value


def _spins(value: Any, field: str, n: int) -> State:
    out = []
    for u, x in enumerate(_list(value, field, n)):
        if isinstance(x, bool) or not isinstance(x, int) or x not in (1, -1):
            raise InstanceError(f"{field}[{u}]: expected 1 or -1, got {json.dumps(x)}")
        out.append(int(x))
    return tuple(out)


def parse_instance(obj: Any, where: str = "instance") -> Instance:
    """Validate one instance object and resolve its network.

    >>> parse_instance({"schema": SCHEMA, "name": "x", "n": 2, "state": [1, 1]})
    Traceback (most recent call last):
    ...
    hopfield_bridge.errors.InstanceError: instance 'x': weights: give weights or patterns
    """
    if not isinstance(obj, dict):
        raise InstanceError(f"{where}: expected a JSON object, got {type(obj).__name__}")
    name = obj.get("name")
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise InstanceError(f"{where}: name: {json.dumps(name)} must match [A-Za-z0-9_.-]{{1,64}}")
    try:
        return _parse_fields(obj, name)
    except InstanceError as exc:
        raise InstanceError(f"instance {name!r}: {exc}") from None


def _parse_fields(obj: dict[str, Any], name: str) -> Instance:
    unknown = sorted(set(obj) - _KEYS)
    if unknown:
        raise InstanceError(f"{unknown[0]}: unknown field")
    if obj.get("schema") != SCHEMA:
        raise InstanceError(f"schema: expected {SCHEMA!r}, got {json.dumps(obj.get('schema'))}")
    if "n" not in obj:
        raise InstanceError("n: missing")
    n = parse_integer(obj["n"], "n")
    if not 1 <= n <= MAX_N:
        raise InstanceError(f"n: must be between 1 and {MAX_N}, got {n}")
    description = obj.get("description", "")
    if not isinstance(description, str):
        raise InstanceError("description: expected a string")

    thresholds = None
    if "thresholds" in obj:
        thresholds = tuple(parse_rational(x, f"thresholds[{u}]")
                           for u, x in enumerate(_list(obj["thresholds"], "thresholds", n)))

    patterns = None
    if "patterns" in obj:
        rows = _list(obj["patterns"], "patterns")
        if not rows:
            raise InstanceError("patterns: expected at least one pattern")
        patterns = tuple(_spins(p, f"patterns[{k}]", n) for k, p in enumerate(rows))

    if "weights" in obj:
        rows = _list(obj["weights"], "weights", n)
        weights = tuple(
            tuple(parse_rational(x, f"weights[{u}][{v}]")
                  for v, x in enumerate(_list(row, f"weights[{u}]", n)))
            for u, row in enumerate(rows))
        network = Network(weights, thresholds if thresholds is not None else (Fraction(0),) * n)
        weights_given = True
    elif patterns is not None:
        network = hebbian(patterns, thresholds)
        weights_given = False
    else:
        raise InstanceError("weights: give weights or patterns")

    state = _spins(obj["state"], "state", n) if "state" in obj else None

    schedule = None
    if "schedule" in obj:
        sites = []
        for k, u in enumerate(_list(obj["schedule"], "schedule")):
            u = parse_integer(u, f"schedule[{k}]")
            if not 0 <= u < n:
                raise InstanceError(f"schedule[{k}]: site {u} is out of range 0..{n - 1}")
            sites.append(u)
        schedule = tuple(sites)
        if state is None:
            raise InstanceError("schedule: needs a state to start from")

    exp_beta = None
    if "exp_beta" in obj:
        exp_beta = parse_rational(obj["exp_beta"], "exp_beta")
        if exp_beta <= 0:
            raise InstanceError(f"exp_beta: must be > 0, got {format_rational(exp_beta)}")
        if n > MAX_FULL_N:
            raise InstanceError(
                f"n: {n} exceeds {MAX_FULL_N}, the limit for the 2^n quantities that exp_beta asks for")
        from .gibbs import require_exact_mode
        require_exact_mode(network, exp_beta)

    return Instance(name, network, patterns, state, schedule, exp_beta, weights_given, description)


def parse_instances(data: Any, where: str) -> list[Instance]:
    """One instance object or a list of them; names must be distinct.

    >>> parse_instances([], "f.json")
    Traceback (most recent call last):
    ...
    hopfield_bridge.errors.InstanceError: f.json: the list holds no instance
    """
    items = data if isinstance(data, list) else [data]
    if not items:
        raise InstanceError(f"{where}: the list holds no instance")
    out = [parse_instance(obj, f"{where}[{k}]" if isinstance(data, list) else where)
           for k, obj in enumerate(items)]
    require_distinct_names(out, where)
    return out


def require_distinct_names(instances: Sequence[Instance], where: str) -> None:
    """Raise ``InstanceError`` when two instances share a name (results are keyed by name).

    >>> require_distinct_names([], "f.json") is None
    True
    """
    seen: set[str] = set()
    for inst in instances:
        if inst.name in seen:
            raise InstanceError(f"{where}: name {inst.name!r} occurs twice")
        seen.add(inst.name)


def load_instance_file(path: str) -> list[Instance]:
    """Read and validate an instance file.

    >>> load_instance_file("/nonexistent.json")
    Traceback (most recent call last):
    ...
    hopfield_bridge.errors.InstanceError: /nonexistent.json: no such file
    """
    if not os.path.isfile(path):
        raise InstanceError(f"{path}: no such file")
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except json.JSONDecodeError as exc:
        raise InstanceError(f"{path}: malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InstanceError(f"{path}: cannot read ({exc})") from None
    return parse_instances(data, path)


def _matrix_json(rows: Sequence[Sequence[Fraction]]) -> list[list[str]]:
    return [[format_rational(x) for x in row] for row in rows]


def instance_to_json(inst: Instance) -> dict[str, Any]:
    """The canonical instance object (numbers as strings), as the Lean harness receives it.

    Hebbian weights stay implicit (the patterns are passed) so that each side
    computes them with its own definition.

    >>> instance_to_json(parse_instance({"schema": SCHEMA, "name": "a", "n": 1, "weights": [[0]]}))
    {'schema': 'hopfield-bridge/instance/1', 'name': 'a', 'n': 1, 'weights': [['0']], 'thresholds': ['0']}
    """
    out: dict[str, Any] = {"schema": SCHEMA, "name": inst.name, "n": inst.n}
    if inst.weights_given:
        out["weights"] = _matrix_json(inst.network.weights)
    out["thresholds"] = [format_rational(x) for x in inst.network.thresholds]
    if inst.patterns is not None:
        out["patterns"] = [list(p) for p in inst.patterns]
    if inst.state is not None:
        out["state"] = list(inst.state)
    if inst.schedule is not None:
        out["schedule"] = list(inst.schedule)
    if inst.exp_beta is not None:
        out["exp_beta"] = format_rational(inst.exp_beta)
    return out
