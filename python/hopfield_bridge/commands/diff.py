"""``hopfield-bridge diff``: run Lean on the harness and diff its results against Python."""
from __future__ import annotations

import argparse
import os
import shlex
import sys

from ..atomic import write_text_atomic
from ..bridge.compare import compare_all, python_results
from ..bridge.harness import harness_text
from ..bridge.messages import MessageStream, format_message
from ..bridge.outputs import collect_outputs
from ..bridge.report import render_table, write_report
from ..bridge.runner import add_lean_arguments, resolve_config, run_harness
from ..errors import UsageError
from .eval import add_instance_arguments, resolve_instances

__all__ = ["register", "run", "report_targets", "lean_notes"]


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``diff`` sub-command."""
    p = sub.add_parser(
        "diff", help="run Lean on the harness and diff against Python",
        description="Write the #eval harness, run Lean on it (default: `lake env lean --json` in "
                    "the project root), and compare every result key with the Python engine. "
                    "Exit 0 when all agree, 1 on a mismatch or a Lean failure, 2 on bad input, "
                    "3 when Lean is not available.")
    add_instance_arguments(p)
    add_lean_arguments(p)
    p.add_argument("--report", metavar="FILE",
                   help="also write a report; the format follows the extension, .json or .md")
    p.add_argument("--json-report", metavar="FILE", help="also write a JSON report")
    p.add_argument("--md-report", metavar="FILE", help="also write a Markdown report")
    p.add_argument("--keep-harness", metavar="FILE.lean",
                   help="also write the harness that was run to FILE.lean")
    p.set_defaults(func=run)


def report_targets(args: argparse.Namespace) -> list[tuple[str, str]]:
    """The reports asked for, as (path, format); a bad extension or folder fails before Lean runs.

    >>> report_targets(argparse.Namespace(report="r.md", json_report=None, md_report=None))
    [('r.md', 'md')]
    """
    targets = []
    if args.report:
        ext = os.path.splitext(args.report)[1].lower()
        fmt = {".json": "json", ".md": "md", ".markdown": "md"}.get(ext)
        if fmt is None:
            raise UsageError(f"--report {args.report}: the extension must be .json or .md")
        targets.append((args.report, fmt))
    if args.json_report:
        targets.append((args.json_report, "json"))
    if args.md_report:
        targets.append((args.md_report, "md"))
    for path, _ in targets:
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise UsageError(f"{path}: folder {folder} does not exist")
    return targets


def lean_notes(stream: MessageStream) -> list[str]:
    """Lean's warnings and the output lines that were not messages, one line each.

    >>> from hopfield_bridge.bridge.messages import parse_message_stream
    >>> lean_notes(parse_message_stream("building...\\n"))
    ['line 1 of the output is not a Lean message: building...']
    """
    notes = [format_message(m) for m in stream.warnings]
    notes += [f"line {n} of the output is not a Lean message: {text[:200]}"
              for n, text in stream.stray_lines]
    return notes


def run(args: argparse.Namespace) -> int:
    """Run Lean, compare, print the table, write the reports; 0 iff everything agrees."""
    config = resolve_config(args.lean_cmd, args.timeout, os.environ)
    targets = report_targets(args)
    instances = resolve_instances(args)
    harness = harness_text(instances)
    if args.keep_harness:
        write_text_atomic(args.keep_harness, harness.text)
    stream, _ = run_harness(config, harness)
    diff = compare_all(python_results(instances), collect_outputs(stream, harness),
                       notes=lean_notes(stream),
                       lean_command=f"{shlex.join(config.command)} <harness> (in {config.cwd})")
    sys.stdout.write(render_table(diff))
    for path, fmt in targets:
        write_report(path, diff, fmt)
        sys.stderr.write(f"wrote {path}\n")
    return 0 if diff.agrees else 1
