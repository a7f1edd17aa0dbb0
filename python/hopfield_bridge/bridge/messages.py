"""The message stream of ``lean --json``: one JSON object per line.

What a line carries, as read in leanprover/lean4 (Lean 4.2x, the toolchain of
``lean-toolchain``):

* ``src/Lean/Language/Basic.lean`` (``reportMessages``): with ``--json`` each
  non-silent message is printed as ``IO.println (← msg.toJson).compress``, one
  compact JSON object per line on standard output.
* ``src/Lean/Message.lean`` (``BaseMessage``, ``SerialMessage``, ``Message.toJson``):
  the derived ``ToJson`` gives the fields ``fileName``, ``pos``, ``endPos``
  (``null`` when absent), ``keepFullRange``, ``severity``, ``isSilent``,
  ``caption``, ``data`` (the rendered text) and ``kind`` (the message tag as a
  name string, ``"[anonymous]"`` when untagged); ``severity`` is one of
  ``"information"``, ``"warning"``, ``"error"`` (``MessageSeverity``).
* ``src/Lean/Data/Position.lean`` (``Position``, ``FileMap.toPosition``):
  ``pos`` is ``{"line": l, "column": c}`` with 1-based lines and 0-based
  columns counted in characters.
* ``src/Lean/Elab/BuiltinEvalCommand.lean`` (``elabEvalCoreUnsafe``): what an
  ``#eval`` prints is captured and logged with ``logInfoAt tk output``, i.e. one
  ``information`` message at the ``#eval`` token whose ``data`` is the printed
  text (so ``IO.println`` leaves a trailing newline).

Older toolchains lack ``keepFullRange``, ``isSilent`` or ``kind``; only
``severity``, ``pos`` and ``data`` are required here, unknown fields are
ignored. A line that is not such an object is kept as a stray line and
reported, never silently dropped.

>>> s = parse_message_stream('{"severity":"error","pos":{"line":1,"column":0},'
...                          '"endPos":null,"fileName":"H.lean","data":"boom","caption":""}\\nnoise')
>>> [format_message(m) for m in s.errors], s.stray_lines
(['H.lean:1:0: error: boom'], ((2, 'noise'),))
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

__all__ = ["SEVERITIES", "LeanMessage", "MessageStream", "parse_message", "parse_message_stream",
           "format_location", "format_message"]

SEVERITIES = ("information", "warning", "error")
"""The values of ``MessageSeverity`` as its derived ``ToJson`` prints them."""


@dataclass(frozen=True)
class LeanMessage:
    """One message of the stream; ``line`` is 1-based, ``column`` 0-based (as Lean counts)."""

    severity: str
    file_name: str
    line: int
    column: int
    data: str
    end_line: int | None = None
    end_column: int | None = None
    caption: str = ""
    kind: str = ""

    @property
    def is_error(self) -> bool:
        """Whether the severity is ``error``.

        >>> LeanMessage("error", "f", 1, 0, "x").is_error
        True
        """
        return self.severity == "error"


@dataclass(frozen=True)
class MessageStream:
    """Every message in stream order, and the lines that were not messages (line number, text)."""

    messages: tuple[LeanMessage, ...]
    stray_lines: tuple[tuple[int, str], ...] = ()

    @property
    def errors(self) -> tuple[LeanMessage, ...]:
        """The ``error`` messages, in order."""
        return tuple(m for m in self.messages if m.severity == "error")

    @property
    def warnings(self) -> tuple[LeanMessage, ...]:
        """The ``warning`` messages, in order."""
        return tuple(m for m in self.messages if m.severity == "warning")

    @property
    def infos(self) -> tuple[LeanMessage, ...]:
        """The ``information`` messages, in order (``#eval`` output arrives as these).

        >>> MessageStream((LeanMessage("information", "f", 3, 0, "{}"),)).infos[0].line
        3
        """
        return tuple(m for m in self.messages if m.severity == "information")


def _position(value: Any, field: str) -> tuple[int, int]:
    if not isinstance(value, dict):
        raise ValueError(f"{field}: expected an object with line and column")
    line, column = value.get("line"), value.get("column")
    for name, x in (("line", line), ("column", column)):
        if isinstance(x, bool) or not isinstance(x, int) or x < 0:
            raise ValueError(f"{field}.{name}: expected a natural number")
    return line, column  # type: ignore[return-value]


def _text(obj: dict[str, Any], field: str, default: str | None = None) -> str:
    value = obj.get(field, default)
    if not isinstance(value, str):
        raise ValueError(f"{field}: expected a string")
    return value


def parse_message(obj: Any) -> LeanMessage:
    """Read one decoded JSON message object; ``ValueError`` names the bad field.

    >>> m = parse_message({"severity": "information", "pos": {"line": 3, "column": 0},
    ...                    "endPos": {"line": 3, "column": 5}, "fileName": "H.lean",
    ...                    "data": "out\\n", "caption": "", "kind": "[anonymous]",
    ...                    "keepFullRange": False, "isSilent": False})
    >>> (m.line, m.column, m.end_line, m.end_column, m.data)
    (3, 0, 3, 5, 'out\\n')
    >>> parse_message({"severity": "fatal", "pos": {"line": 1, "column": 0}, "data": ""})
    Traceback (most recent call last):
    ...
    ValueError: severity: expected one of information, warning, error, got 'fatal'
    """
    if not isinstance(obj, dict):
        raise ValueError("expected a JSON object")
    severity = obj.get("severity")
    if severity not in SEVERITIES:
        raise ValueError(f"severity: expected one of {', '.join(SEVERITIES)}, got {severity!r}")
    if "pos" not in obj:
        raise ValueError("pos: missing")
    line, column = _position(obj["pos"], "pos")
    end = obj.get("endPos")
    end_line, end_column = _position(end, "endPos") if end is not None else (None, None)
    if "data" not in obj:
        raise ValueError("data: missing")
    return LeanMessage(
        severity=severity, file_name=_text(obj, "fileName", ""), line=line, column=column,
        data=_text(obj, "data"), end_line=end_line, end_column=end_column,
        caption=_text(obj, "caption", ""), kind=_text(obj, "kind", ""))


def parse_message_stream(text: str) -> MessageStream:
    """Split standard output into messages and stray lines (blank lines are skipped).

    >>> parse_message_stream('[1, 2]\\n\\n').stray_lines
    ((1, '[1, 2]: not a Lean message (expected a JSON object)'),)
    """
    messages: list[LeanMessage] = []
    stray: list[tuple[int, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            stray.append((number, line))
            continue
        try:
            messages.append(parse_message(obj))
        except ValueError as exc:
            stray.append((number, f"{line}: not a Lean message ({exc})"))
    return MessageStream(tuple(messages), tuple(stray))


def format_location(msg: LeanMessage) -> str:
    """``file:line:col`` as Lean prints it in its plain-text mode.

    >>> format_location(LeanMessage("error", "lean/Hopfield/Bridge.lean", 12, 4, "x"))
    'lean/Hopfield/Bridge.lean:12:4'
    """
    return f"{msg.file_name or '<unknown file>'}:{msg.line}:{msg.column}"


def format_message(msg: LeanMessage) -> str:
    """One line: location, severity, caption and the text with line breaks folded.

    >>> format_message(LeanMessage("error", "H.lean", 3, 0, "unknown identifier\\n  'x'"))
    "H.lean:3:0: error: unknown identifier ⏎ 'x'"
    """
    text = " ⏎ ".join(part.strip() for part in msg.data.strip().splitlines() if part.strip())
    if msg.caption:
        text = f"{msg.caption}: {text}"
    return f"{format_location(msg)}: {msg.severity}: {text}"
