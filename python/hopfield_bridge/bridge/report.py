"""Reports of a diff: a terminal table, and JSON or Markdown files written atomically.

Every report names the command whose output fills the Lean side: a value
shown as Lean's is exactly what that command printed, nothing else.

>>> from .compare import AGREE, BridgeDiff, InstanceDiff, KeyDiff, MATCH
>>> d = BridgeDiff((InstanceDiff("a", AGREE, (KeyDiff("n", MATCH, 1, 1),)),), lean_command="lean H")
>>> print(render_table(d).splitlines()[-1])
Lean and Python agree on all 1 instance(s).
"""
from __future__ import annotations

import json
import os
from typing import Any

from ..atomic import write_text_atomic
from ..errors import UsageError
from .compare import EXTRA, MATCH, MISMATCH, MISSING, SKIPPED, BridgeDiff, InstanceDiff, KeyDiff

__all__ = ["REPORT_SCHEMA", "PROVENANCE", "summary", "report_object", "render_table",
           "render_json", "render_markdown", "write_report"]

REPORT_SCHEMA = "hopfield-bridge/diff/1"
PROVENANCE = ("Values on the Lean side are exactly what the command named in this report printed; "
              "none was written by hand or computed by Python.")
_KEY_STATUSES = (MATCH, MISMATCH, MISSING, EXTRA, SKIPPED)
_VALUE_LIMIT = 1000


def summary(diff: BridgeDiff) -> dict[str, Any]:
    """Counts of instances and of key verdicts.

    >>> from .compare import AGREE, InstanceDiff, KeyDiff, MATCH
    >>> summary(BridgeDiff((InstanceDiff("a", AGREE, (KeyDiff("n", MATCH),)),)))["keys"][MATCH]
    1
    """
    return {
        "instances": len(diff.instances),
        "agreeing": sum(1 for i in diff.instances if i.agrees),
        "disagreeing": sum(1 for i in diff.instances if not i.agrees),
        "unexpected_outputs": len(diff.unexpected),
        "keys": {s: sum(i.count(s) for i in diff.instances) for s in _KEY_STATUSES},
    }


def _key_object(k: KeyDiff) -> dict[str, Any]:
    out: dict[str, Any] = {"key": k.key, "status": k.status}
    if k.index is not None:
        out["index"] = list(k.index)
    if k.detail:
        out["detail"] = k.detail
    if k.status != MATCH:
        for side, value in (("python", k.python), ("lean", k.lean)):
            if value is None:
                continue
            if len(json.dumps(value)) <= _VALUE_LIMIT:
                out[side] = value
            else:
                out[f"{side}_truncated"] = True
    return out


def _instance_object(i: InstanceDiff) -> dict[str, Any]:
    out: dict[str, Any] = {"name": i.name, "status": i.status, "agrees": i.agrees}
    if i.detail:
        out["detail"] = i.detail
    out["keys"] = [_key_object(k) for k in i.keys]
    return out


def report_object(diff: BridgeDiff) -> dict[str, Any]:
    """The JSON report as a Python object (values of matching keys are not repeated).

    >>> report_object(BridgeDiff(()))["schema"]
    'hopfield-bridge/diff/1'
    """
    return {
        "schema": REPORT_SCHEMA,
        "agrees": diff.agrees,
        "lean_command": diff.lean_command,
        "provenance": PROVENANCE,
        "summary": summary(diff),
        "instances": [_instance_object(i) for i in diff.instances],
        "unexpected_outputs": [{"line": u.line, "text": u.text, "reason": u.reason}
                               for u in diff.unexpected],
        "notes": list(diff.notes),
    }


def render_json(diff: BridgeDiff) -> str:
    """The JSON report text.

    >>> json.loads(render_json(BridgeDiff(())))["agrees"]
    True
    """
    return json.dumps(report_object(diff), indent=1, ensure_ascii=False) + "\n"


def _problems(i: InstanceDiff) -> list[str]:
    lines = [i.detail] if i.detail and not i.agrees else []
    lines += [f"{k.key}: {k.status}" + (f" ({k.detail})" if k.detail else "")
              for k in i.keys if k.status not in (MATCH, SKIPPED)]
    return lines


def _verdict_line(diff: BridgeDiff) -> str:
    s = summary(diff)
    if diff.agrees:
        return f"Lean and Python agree on all {s['instances']} instance(s)."
    parts = [f"{s['disagreeing']} of {s['instances']} instance(s) disagree"]
    if s["unexpected_outputs"]:
        parts.append(f"{s['unexpected_outputs']} unexpected Lean output(s)")
    return "MISMATCH: " + ", ".join(parts) + "."


def render_table(diff: BridgeDiff) -> str:
    """The terminal report: one row per instance, then every problem, then the verdict.

    >>> from .compare import InstanceDiff, NO_OUTPUT
    >>> text = render_table(BridgeDiff((InstanceDiff("a", NO_OUTPUT, detail="nothing"),)))
    >>> "a: nothing" in text, text.splitlines()[-1]
    (True, 'MISMATCH: 1 of 1 instance(s) disagree.')
    """
    heads = ("instance", "verdict", "match", "mismatch", "missing", "extra", "skipped")
    rows = [(i.name, i.status, *(str(i.count(s)) for s in _KEY_STATUSES)) for i in diff.instances]
    widths = [max([len(h), *(len(r[c]) for r in rows)]) for c, h in enumerate(heads)]

    def fmt(row: tuple[str, ...]) -> str:
        cells = [row[0].ljust(widths[0]), row[1].ljust(widths[1])]
        cells += [cell.rjust(w) for cell, w in zip(row[2:], widths[2:])]
        return "  ".join(cells).rstrip()

    out = []
    if diff.lean_command:
        out.append(f"Lean-side command: {diff.lean_command}")
    out += [fmt(heads), fmt(tuple("-" * w for w in widths)), *(fmt(r) for r in rows)]
    problems = [f"  {i.name}: {p}" for i in diff.instances for p in _problems(i)]
    if problems:
        out += ["", "Disagreements:", *problems]
    if diff.unexpected:
        out += ["", "Unexpected Lean output:",
                *(f"  line {u.line}: {u.reason}: {u.text}" for u in diff.unexpected)]
    if diff.notes:
        out += ["", "Notes:", *(f"  {n}" for n in diff.notes)]
    out += ["", _verdict_line(diff)]
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(diff: BridgeDiff) -> str:
    """The Markdown report.

    >>> render_markdown(BridgeDiff(())).splitlines()[0]
    '# Lean bridge diff'
    """
    out = ["# Lean bridge diff", "", f"**{_verdict_line(diff)}**", ""]
    if diff.lean_command:
        out += [f"Lean-side command: `{diff.lean_command}`", ""]
    out += [PROVENANCE, "",
            "| instance | verdict | match | mismatch | missing | extra | skipped |",
            "|---|---|---:|---:|---:|---:|---:|"]
    out += [f"| `{i.name}` | {i.status} | " + " | ".join(str(i.count(s)) for s in _KEY_STATUSES) + " |"
            for i in diff.instances]
    problems = [(i.name, p) for i in diff.instances for p in _problems(i)]
    if problems:
        out += ["", "## Disagreements", ""] + [f"- `{n}`: {_md(p)}" for n, p in problems]
    if diff.unexpected:
        out += ["", "## Unexpected Lean output", ""]
        out += [f"- line {u.line}: {_md(u.reason)}: `{_md(u.text)}`" for u in diff.unexpected]
    if diff.notes:
        out += ["", "## Notes", ""] + [f"- {_md(n)}" for n in diff.notes]
    return "\n".join(out) + "\n"


def write_report(path: str, diff: BridgeDiff, fmt: str | None = None) -> None:
    """Write the report atomically; the format is ``fmt`` or the extension (.json / .md).

    >>> write_report("/tmp/report.txt", BridgeDiff(()))
    Traceback (most recent call last):
    ...
    hopfield_bridge.errors.UsageError: /tmp/report.txt: report format must be .json or .md
    """
    if fmt is None:
        ext = os.path.splitext(path)[1].lower()
        fmt = {".json": "json", ".md": "md", ".markdown": "md"}.get(ext)
    if fmt == "json":
        write_text_atomic(path, render_json(diff))
    elif fmt == "md":
        write_text_atomic(path, render_markdown(diff))
    else:
        raise UsageError(f"{path}: report format must be .json or .md")
