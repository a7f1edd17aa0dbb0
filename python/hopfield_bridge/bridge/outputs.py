"""What the harness printed: one result object per ``#eval``, mapped back to instances.

An ``#eval``'s printed text arrives as an ``information`` message at the line
of its ``#eval`` token (see :mod:`.messages`). Each printed line must be a JSON
object whose ``name`` is the instance of that line; anything else (output on a
line without an ``#eval``, a second output for one instance, a name that
disagrees with the line, text that is not a JSON object) is kept as an
*unexpected output*, which the diff counts as a mismatch. A rejection
``{"name": null, "error": ...}`` (Lean echoes the name only when it could read
it) is credited to the instance of its line.

>>> from .harness import Harness, HarnessEntry
>>> from .messages import LeanMessage, MessageStream
>>> h = Harness("", (HarnessEntry(3, "a"),))
>>> out = collect_outputs(MessageStream((LeanMessage("information", "H.lean", 3, 0,
...                                                  '{"name": "a", "n": 1}\\n'),)), h)
>>> out.get("a"), out.unexpected
({'name': 'a', 'n': 1}, ())
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .harness import Harness
from .messages import MessageStream

__all__ = ["UnexpectedOutput", "LeanOutputs", "collect_outputs"]


@dataclass(frozen=True)
class UnexpectedOutput:
    """Printed text that is not the one expected result of an ``#eval`` line."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class LeanOutputs:
    """The printed object of each instance (harness order) and the unexpected outputs."""

    results: tuple[tuple[str, dict[str, Any]], ...]
    unexpected: tuple[UnexpectedOutput, ...] = ()

    def get(self, name: str) -> dict[str, Any] | None:
        """The object printed for ``name``, or ``None`` if Lean printed none.

        >>> LeanOutputs((("a", {"name": "a"}),)).get("b") is None
        True
        """
        return dict(self.results).get(name)


def _short(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def collect_outputs(stream: MessageStream, harness: Harness) -> LeanOutputs:
    """Map every printed line of every ``information`` message to its instance.

    >>> from .harness import Harness, HarnessEntry
    >>> from .messages import LeanMessage, MessageStream
    >>> h = Harness("", (HarnessEntry(3, "a"),))
    >>> out = collect_outputs(MessageStream((LeanMessage("information", "H.lean", 3, 0,
    ...                                                  '{"name": "b"}'),)), h)
    >>> out.results, out.unexpected[0].reason
    ((), "the #eval on line 3 is for 'a' but the output names 'b'")
    """
    found: dict[str, dict[str, Any]] = {}
    unexpected: list[UnexpectedOutput] = []
    for msg in stream.infos:
        expected = harness.name_at(msg.line)
        for text in (t.strip() for t in msg.data.splitlines()):
            if not text:
                continue
            if expected is None:
                unexpected.append(UnexpectedOutput(msg.line, _short(text),
                                                   f"line {msg.line} holds no #eval"))
                continue
            try:
                obj = json.loads(text)
            except json.JSONDecodeError:
                obj = None
            if not isinstance(obj, dict):
                unexpected.append(UnexpectedOutput(
                    msg.line, _short(text), f"the output for {expected!r} is not a JSON object"))
            elif obj.get("name") is None and "error" in obj and expected not in found:
                # Lean echoes the name only when it could read it; the line still says whose
                # rejection this is (e.g. the payload did not reach Lean intact).
                found[expected] = {**obj, "name": expected}
            elif obj.get("name") != expected:
                unexpected.append(UnexpectedOutput(
                    msg.line, _short(text),
                    f"the #eval on line {msg.line} is for {expected!r} but the output names "
                    f"{obj.get('name')!r}"))
            elif expected in found:
                unexpected.append(UnexpectedOutput(
                    msg.line, _short(text), f"a second output for {expected!r}"))
            else:
                found[expected] = obj
    ordered = tuple((name, found[name]) for name in harness.names if name in found)
    return LeanOutputs(ordered, tuple(unexpected))
