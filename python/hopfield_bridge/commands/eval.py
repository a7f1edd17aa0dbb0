"""``hopfield-bridge eval``: evaluate instances with the exact Python engine."""
from __future__ import annotations

import argparse
import os
import sys

from ..atomic import write_text_atomic
from ..catalogue import CATALOGUE, builtin
from ..errors import UsageError
from ..instance import Instance, load_instance_file, require_distinct_names
from ..results import evaluate, to_json_line

__all__ = ["register", "run", "resolve_instances", "add_instance_arguments"]


def add_instance_arguments(p: argparse.ArgumentParser) -> None:
    """The ``INSTANCE...`` / ``--all`` arguments shared by eval, harness, diff."""
    p.add_argument("instances", nargs="*", metavar="INSTANCE",
                   help="an instance file (one object or a JSON list) or a built-in name")
    p.add_argument("--all", action="store_true", help="every built-in instance")


def resolve_instances(args: argparse.Namespace) -> list[Instance]:
    """Files and built-in names, in the order given; names must stay distinct."""
    if not args.instances and not args.all:
        raise UsageError("give at least one INSTANCE (a file or a built-in name) or --all")
    out: list[Instance] = list(CATALOGUE.values()) if args.all else []
    for ref in args.instances:
        if os.path.exists(ref):
            out.extend(load_instance_file(ref))
        else:
            out.append(builtin(ref))
    require_distinct_names(out, "command line")
    return out


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``eval`` sub-command."""
    p = sub.add_parser("eval", help="evaluate instances exactly (JSON Lines)",
                       description="Evaluate instances with the exact Python engine and print "
                                   "one JSON result object per line.")
    add_instance_arguments(p)
    p.add_argument("--out", metavar="FILE", help="write the JSON Lines to FILE (atomically)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Evaluate and print (or write) the results."""
    lines = [to_json_line(evaluate(inst)) for inst in resolve_instances(args)]
    text = "".join(line + "\n" for line in lines)
    if args.out:
        write_text_atomic(args.out, text)
        sys.stderr.write(f"wrote {len(lines)} result(s) to {args.out}\n")
    else:
        sys.stdout.write(text)
    return 0
