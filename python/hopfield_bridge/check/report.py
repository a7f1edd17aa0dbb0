"""The check report: summary table, JSON and Markdown, written atomically.

>>> o = Outcome("T1", "pair", 2, PASS, 8, "ok", 0.5)
>>> r = CheckReport((o,), (), seed=0, seconds=1.0, instances=1)
>>> summary_table(r).splitlines()[2].split()
['T1', 'E_final_Form', '1', '0', '0', '8', '0.50s']
"""
from __future__ import annotations

import json
import os
from collections import OrderedDict
from dataclasses import asdict, dataclass
from typing import Any

from ..atomic import write_text_atomic
from ..errors import UsageError
from .ablation import Counterexample
from .statements import FAIL, PASS, SKIP, STATEMENTS, Outcome

__all__ = ["SCHEMA", "CheckReport", "summary_table", "ablation_lines", "to_json", "to_markdown",
           "write_report"]

SCHEMA = "hopfield-bridge/check-report/1"


@dataclass(frozen=True)
class CheckReport:
    """Everything one ``hopfield-bridge check`` run found."""

    outcomes: tuple[Outcome, ...]
    ablations: tuple[Counterexample, ...]
    seed: int
    seconds: float
    instances: int

    @property
    def failures(self) -> list[Outcome]:
        """Outcomes where a statement fails on an instance satisfying its hypotheses."""
        return [o for o in self.outcomes if o.status == FAIL]


def _per_statement(report: CheckReport) -> "OrderedDict[str, dict[str, Any]]":
    rows: OrderedDict[str, dict[str, Any]] = OrderedDict()
    for o in report.outcomes:
        r = rows.setdefault(o.statement, {PASS: 0, FAIL: 0, SKIP: 0, "cases": 0, "seconds": 0.0})
        r[o.status] += 1
        r["cases"] += o.cases
        r["seconds"] += o.seconds
    return rows


def summary_table(report: CheckReport) -> str:
    """One line per statement: passes, failures, skips, exact cases, time."""
    head = f"{'ID':<4} {'paper name':<34} {'pass':>5} {'fail':>5} {'skip':>5} {'cases':>12} {'time':>8}"
    lines = [head, "-" * len(head)]
    for sid, r in _per_statement(report).items():
        name = STATEMENTS[sid].paper_name
        name = name if len(name) <= 34 else name[:33] + "…"
        lines.append(f"{sid:<4} {name:<34} {r[PASS]:>5} {r[FAIL]:>5} {r[SKIP]:>5} "
                     f"{r['cases']:>12,} {r['seconds']:>7.2f}s")
    return "\n".join(lines)


def ablation_lines(report: CheckReport) -> list[str]:
    """One line per ablation search."""
    out = []
    for c in report.ablations:
        if c.found:
            what = f"W = {c.weights}" if c.patterns is None else f"patterns {c.patterns}"
            out.append(f"{c.statements} without '{c.dropped}': n = {c.n}, max|w| = {c.max_weight}, "
                       f"{what}: {c.witness}")
        else:
            out.append(f"{c.statements} without '{c.dropped}': no counterexample ({c.searched})")
    return out


def _json_obj(report: CheckReport) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "seed": report.seed,
        "instances": report.instances,
        "seconds": round(report.seconds, 3),
        "ok": not report.failures,
        "summary": {sid: {k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()}
                    for sid, r in _per_statement(report).items()},
        "outcomes": [{**asdict(o), "seconds": round(o.seconds, 4)} for o in report.outcomes],
        "ablations": [asdict(c) for c in report.ablations],
    }


def to_json(report: CheckReport) -> str:
    """The report as one JSON document.

    >>> json.loads(to_json(CheckReport((), (), 0, 0.0, 0)))["ok"]
    True
    """
    return json.dumps(_json_obj(report), ensure_ascii=False, indent=1) + "\n"


def to_markdown(report: CheckReport) -> str:
    """The report as Markdown: summary table, failures, ablations, every outcome.

    >>> to_markdown(CheckReport((), (), 0, 0.0, 0)).splitlines()[0]
    '# hopfield-bridge check report'
    """
    md = ["# hopfield-bridge check report", "",
          f"Seed {report.seed}, {report.instances} instance(s), {report.seconds:.1f} s, "
          f"{'all checks pass' if not report.failures else f'{len(report.failures)} FAILURE(S)'}.",
          "", "| ID | paper name | pass | fail | skip | cases | time (s) |",
          "|----|-----------|-----:|-----:|-----:|------:|---------:|"]
    for sid, r in _per_statement(report).items():
        md.append(f"| {sid} | `{STATEMENTS[sid].paper_name}` | {r[PASS]} | {r[FAIL]} | {r[SKIP]} | "
                  f"{r['cases']} | {r['seconds']:.2f} |")
    if report.failures:
        md += ["", "## Failures", ""]
        md += [f"- **{o.statement}** on `{o.instance}`: {o.detail}" for o in report.failures]
    if report.ablations:
        md += ["", "## Ablation: smallest counterexamples", ""]
        md += [f"- {line}" for line in ablation_lines(report)]
    md += ["", "## Outcomes", "", "| ID | instance | n | status | detail |",
           "|----|----------|--:|--------|--------|"]
    md += [f"| {o.statement} | `{o.instance}` | {o.n} | {o.status} | {o.detail.replace('|', '/')} |"
           for o in report.outcomes]
    return "\n".join(md) + "\n"


def write_report(path: str, report: CheckReport) -> None:
    """Write JSON (``.json``) or Markdown (``.md``) atomically; other extensions are refused."""
    ext = os.path.splitext(path)[1].lower()
    if ext == ".json":
        text = to_json(report)
    elif ext in (".md", ".markdown"):
        text = to_markdown(report)
    else:
        raise UsageError(f"--report: {path}: use a .json or .md file name")
    write_text_atomic(path, text)
