"""The Lean ``#eval`` harness: one line per instance, and which line is which.

The harness text is fixed by the contract with ``lean/Hopfield/Bridge.lean``::

    import Hopfield.Bridge

    #eval Hopfield.Bridge.runInstance "<instance JSON>"

with one ``#eval`` line per instance. ``<instance JSON>`` is the compact,
ASCII-only JSON of :func:`~hopfield_bridge.instance.instance_to_json`, written
as a Lean string literal. Lean reports each ``#eval``'s output at the line of
its ``#eval`` token, so the line number maps an output back to its instance.

Escapes follow Lean's string-literal parser (``quotedCharCoreFn`` and
``isQuotableCharDefault`` in ``src/Lean/Parser/Basic.lean`` of
leanprover/lean4: ``\\\\ \\" \\' \\n \\t \\r \\xHH \\uHHHH``), the same set that
``String.quote`` (``src/Init/Data/Repr.lean``) produces.

>>> from hopfield_bridge.catalogue import builtin
>>> h = harness_text([builtin("paper-boltzmann-2")])
>>> h.text.splitlines()[0], h.name_at(3)
('import Hopfield.Bridge', 'paper-boltzmann-2')
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Sequence

from ..errors import UsageError
from ..instance import Instance, instance_to_json

__all__ = ["HARNESS_IMPORT", "RUN_FUNCTION", "FIRST_EVAL_LINE", "HarnessEntry", "Harness",
           "lean_string_literal", "instance_payload", "eval_line", "harness_text"]

HARNESS_IMPORT = "import Hopfield.Bridge"
"""The harness's only import."""
RUN_FUNCTION = "Hopfield.Bridge.runInstance"
"""The Lean function each ``#eval`` calls with one instance's JSON text."""
FIRST_EVAL_LINE = 3
"""Line (1-based, as Lean counts) of the first ``#eval``: after the import and a blank line."""

_SIMPLE_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape_char(c: str) -> str:
    if c in _SIMPLE_ESCAPES:
        return _SIMPLE_ESCAPES[c]
    code = ord(c)
    if code < 0x20 or code == 0x7F:
        return f"\\x{code:02x}"
    if code < 0x7F:
        return c
    if 0xD800 <= code <= 0xDFFF:
        raise ValueError(f"lone surrogate U+{code:04X} cannot appear in a Lean string")
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    # Lean's \u takes exactly four hex digits; astral characters are written as
    # themselves (UTF-8 in the file), which cannot end the literal either.
    return c


def lean_string_literal(text: str) -> str:
    """``text`` as a Lean string literal that denotes exactly ``text``.

    Only ``"`` ends a Lean string literal and only ``\\\\`` starts an escape, so
    with both escaped (and line breaks and control characters written as
    escapes) the literal stays one line and nothing in ``text`` can end it.

    >>> print(lean_string_literal('a"b\\\\c\\n#eval'))
    "a\\"b\\\\c\\n#eval"
    >>> print(lean_string_literal("é\\x00"))
    "\\u00e9\\x00"
    """
    return '"' + "".join(_escape_char(c) for c in text) + '"'


def instance_payload(inst: Instance) -> str:
    """The compact ASCII JSON text of the instance that Lean receives.

    >>> from hopfield_bridge.instance import SCHEMA, parse_instance
    >>> instance_payload(parse_instance({"schema": SCHEMA, "name": "a", "n": 1, "weights": [[0]]}))
    '{"schema":"hopfield-bridge/instance/1","name":"a","n":1,"weights":[["0"]],"thresholds":["0"]}'
    """
    return json.dumps(instance_to_json(inst), separators=(",", ":"), ensure_ascii=True)


def eval_line(payload: str) -> str:
    """One harness line: ``#eval`` of the run function on the payload literal.

    >>> eval_line('{"name":"a"}')
    '#eval Hopfield.Bridge.runInstance "{\\\\"name\\\\":\\\\"a\\\\"}"'
    """
    return f"#eval {RUN_FUNCTION} {lean_string_literal(payload)}"


@dataclass(frozen=True)
class HarnessEntry:
    """The ``#eval`` of one instance: its 1-based line and the instance name."""

    line: int
    name: str


@dataclass(frozen=True)
class Harness:
    """A harness file's text and the instance evaluated on each ``#eval`` line."""

    text: str
    entries: tuple[HarnessEntry, ...]

    @property
    def line_map(self) -> dict[int, str]:
        """Line number to instance name.

        >>> Harness("", (HarnessEntry(3, "a"),)).line_map
        {3: 'a'}
        """
        return {e.line: e.name for e in self.entries}

    @property
    def names(self) -> tuple[str, ...]:
        """Instance names in harness order.

        >>> Harness("", (HarnessEntry(3, "a"), HarnessEntry(4, "b"))).names
        ('a', 'b')
        """
        return tuple(e.name for e in self.entries)

    def name_at(self, line: int) -> str | None:
        """The instance evaluated on ``line``, or ``None`` if no ``#eval`` is there.

        >>> Harness("", (HarnessEntry(3, "a"),)).name_at(1) is None
        True
        """
        return self.line_map.get(line)


def harness_text(instances: Sequence[Instance]) -> Harness:
    """The harness for ``instances``: text and line map; names must be distinct.

    >>> from hopfield_bridge.catalogue import CATALOGUE
    >>> h = harness_text(list(CATALOGUE.values()))
    >>> len(h.entries) == len(CATALOGUE), h.entries[1].line
    (True, 4)
    """
    if not instances:
        raise UsageError("the harness needs at least one instance")
    seen: set[str] = set()
    lines = [HARNESS_IMPORT, ""]
    entries = []
    for inst in instances:
        if inst.name in seen:
            raise UsageError(f"instance name {inst.name!r} is given twice")
        seen.add(inst.name)
        entries.append(HarnessEntry(len(lines) + 1, inst.name))
        lines.append(eval_line(instance_payload(inst)))
    return Harness("\n".join(lines) + "\n", tuple(entries))
