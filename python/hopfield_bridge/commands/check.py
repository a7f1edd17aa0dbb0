"""``hopfield-bridge check``: the cross-checker of statements T1–T20.

Exit codes: 0 every check passes, 1 a statement fails on an instance that
satisfies its hypotheses, 2 bad input (unknown statement, ``n`` above a
check's limit, bad instance file).
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from typing import TextIO

from ..errors import UsageError
from ..instance import load_instance_file
from ..check.ablation import ablations
from ..check.report import CheckReport, ablation_lines, summary_table, write_report
from ..check.runner import DEFAULT_PF_N, default_instances, run_checks
from ..check.statements import STATEMENTS, statement

__all__ = ["register", "run", "MAX_CHECK_N"]

MAX_CHECK_N = max(s.max_n for s in STATEMENTS.values() if s.method.startswith("exhaustive"))
"""The largest ``--n`` any exhaustive check accepts (``2^24`` states)."""


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``check`` sub-command."""
    p = sub.add_parser(
        "check", help="cross-check statements T1–T20 on concrete instances",
        description="Check the statements T1–T20 exactly on instances: exhaustively over all 2^n "
                    "states, symbolically in b, and with exact Perron–Frobenius certificates; "
                    "then drop each hypothesis and print the smallest counterexample. Without "
                    "--instances: the built-in catalogue plus seeded random families.")
    p.add_argument("--statement", metavar="ID", help="check only this statement (T1..T20)")
    p.add_argument("--n", type=int, metavar="N",
                   help="size of the random family members (instead of the default sizes)")
    p.add_argument("--instances", metavar="FILE", help="an instance file instead of the defaults")
    p.add_argument("--seed", type=int, default=0, metavar="S", help="seed of the random families")
    p.add_argument("--report", metavar="FILE", help="write a .json or .md report (atomically)")
    p.add_argument("--progress", action="store_true",
                   help="show the progress bar even when stderr is not a terminal")
    p.add_argument("--no-ablation", action="store_true", help="skip the ablation searches")
    p.set_defaults(func=run)


class _Bar:
    """A one-line progress bar on a stream (redrawn at most every 0.1 s)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream, self.last, self.drawn = stream, 0.0, False

    def __call__(self, done: int, total: int, label: str) -> None:
        now = time.monotonic()
        if done < total and now - self.last < 0.1:
            return
        self.last = now
        width = 30
        fill = width * done // max(total, 1)
        self.stream.write(f"\r[{'#' * fill}{'.' * (width - fill)}] {done}/{total} {label[:40]:<40}")
        self.stream.flush()
        self.drawn = True
        if done >= total:
            self.stream.write("\n")


def run(args: argparse.Namespace) -> int:
    """Run the checks, print the summary (and write the report)."""
    t0 = time.perf_counter()
    sids = [statement(args.statement).id] if args.statement else list(STATEMENTS)
    if args.n is not None:
        limit = min(STATEMENTS[s].max_n for s in sids) if args.statement else MAX_CHECK_N
        if not 1 <= args.n <= limit:
            what = f"{sids[0]} ({STATEMENTS[sids[0]].method})" if args.statement else \
                "an exhaustive check over all 2^n states"
            raise UsageError(f"--n: {args.n} is outside 1..{limit}, the limit for {what}")
    if args.report and not args.report.lower().endswith((".json", ".md", ".markdown")):
        raise UsageError(f"--report: {args.report}: use a .json or .md file name")
    if args.report:
        folder = os.path.dirname(os.path.abspath(args.report))
        if not os.path.isdir(folder):
            raise UsageError(f"--report: {args.report}: folder {folder} does not exist")
    if args.instances:
        instances = load_instance_file(args.instances)
    else:
        instances = default_instances(args.seed, args.n)
    pf_max = None if (args.n is not None or args.instances) else DEFAULT_PF_N
    show = args.progress or sys.stderr.isatty()
    outcomes = run_checks(instances, sids, args.seed, pf_max, _Bar(sys.stderr) if show else None)
    found = []
    if not args.no_ablation and not args.instances:
        wanted = set(sids)
        found = [c for c in ablations()
                 if args.statement is None or wanted & _ids(c.statements)]
    report = CheckReport(tuple(outcomes), tuple(found), args.seed, time.perf_counter() - t0,
                         len(instances))
    print(summary_table(report))
    for o in report.failures:
        print(f"FAIL {o.statement} on {o.instance} (n = {o.n}): {o.detail}")
    if found:
        print("\nAblation — a hypothesis dropped, the smallest counterexample:")
        for line in ablation_lines(report):
            print(f"  {line}")
    counts = {k: sum(1 for o in outcomes if o.status == k) for k in ("pass", "fail", "skip")}
    print(f"\n{len(instances)} instance(s) × {len(sids)} statement(s): {counts['pass']} pass, "
          f"{counts['fail']} fail, {counts['skip']} skip (hypothesis unmet or above a size limit) "
          f"in {report.seconds:.1f} s")
    if args.report:
        write_report(args.report, report)
        sys.stderr.write(f"wrote the report to {args.report}\n")
    return 1 if report.failures else 0


def _ids(text: str) -> set[str]:
    """Statement IDs named in an ablation's ``statements`` field (``T1–T5`` is a range)."""
    out: set[str] = set()
    for part in text.replace(" vs Up", "").split(","):
        part = part.strip()
        if "–" in part:
            lo, hi = (int(x.strip().lstrip("T")) for x in part.split("–"))
            out |= {f"T{i}" for i in range(lo, hi + 1)}
        elif part:
            out.add(part)
    return out
