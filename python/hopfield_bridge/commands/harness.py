"""``hopfield-bridge harness``: write the Lean ``#eval`` harness without running it."""
from __future__ import annotations

import argparse
import sys

from ..atomic import write_text_atomic
from ..bridge.harness import harness_text
from .eval import add_instance_arguments, resolve_instances

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``harness`` sub-command."""
    p = sub.add_parser("harness", help="write the Lean #eval harness for instances",
                       description="Write a Lean file with one `#eval Hopfield.Bridge.runInstance "
                                   "\"<instance JSON>\"` line per instance. It is not run; "
                                   "`hopfield-bridge diff` runs it and compares.")
    add_instance_arguments(p)
    p.add_argument("-o", "--output", metavar="FILE.lean",
                   help="write the harness to FILE.lean (atomically); default: standard output")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build the harness and write it; the line of each instance goes to standard error."""
    harness = harness_text(resolve_instances(args))
    if args.output:
        write_text_atomic(args.output, harness.text)
        first, last = harness.entries[0].line, harness.entries[-1].line
        sys.stderr.write(f"wrote {args.output}: {len(harness.entries)} #eval line(s), "
                         f"lines {first}-{last}\n")
    else:
        sys.stdout.write(harness.text)
    return 0
