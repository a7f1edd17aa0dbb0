"""``hopfield-bridge ledger``: proof status of the catalogue statements T1–T20.

The ledger reports, it does not judge: it exits 0 whatever the statuses are,
except that an ``axiom`` declaration anywhere in ``lean/`` exits 1. Without a
Lean toolchain ``--axioms`` exits 3.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..bridge.runner import add_lean_arguments
from ..ledger import (apply_lean_axioms, build_ledger, check_axioms_with_lean, find_lean_dir,
                      lean_config, render_markdown, render_text, to_json)

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``ledger`` sub-command."""
    p = sub.add_parser(
        "ledger", help="proof status of the catalogue statements T1–T20",
        description="Find each catalogue theorem (docstring '/-- **T<k>** (paper: `name`)') in "
                    "lean/, with its file:line and status: proved, sorry, sorry (via L) for a "
                    "sorry reached by name through a lemma L in lean/, or missing. Every `sorry` "
                    "and every `axiom` declaration in lean/ is listed; an `axiom` declaration "
                    "exits 1. The static scan sees dependence by name only; --axioms asks Lean's "
                    "`#print axioms`, the ground truth.")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="one JSON document for machines")
    fmt.add_argument("--markdown", action="store_true",
                     help="the Markdown table README.md embeds between its ledger markers")
    p.add_argument("--lean-dir", metavar="DIR",
                   help="the Lean sources (default: the lean/ folder of the repository around "
                        "the current directory)")
    p.add_argument("--axioms", action="store_true",
                   help="run `#print axioms` for each theorem with Lean (needs `lake` on PATH "
                        "or --lean-cmd, and a built library); exits 3 without Lean")
    add_lean_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build the ledger (and ask Lean if ``--axioms``), print it, return the exit code."""
    lean_dir = args.lean_dir if args.lean_dir else str(find_lean_dir())
    project_root = Path(lean_dir).resolve().parent
    if args.axioms:  # exit 3 before any work when Lean is absent
        lean_config(args.lean_cmd, args.timeout, project_root)
    ledger = build_ledger(lean_dir)
    if args.axioms:
        names = sorted({r.lean_name for r in ledger.rows if r.lean_name})
        answers = check_axioms_with_lean(names, project_root,
                                         lean_cmd=args.lean_cmd, timeout=args.timeout)
        ledger = apply_lean_axioms(ledger, answers)
    if args.json:
        sys.stdout.write(to_json(ledger))
    elif args.markdown:
        sys.stdout.write(render_markdown(ledger))
    else:
        sys.stdout.write(render_text(ledger))
    if ledger.failed:
        sys.stderr.write("hopfield-bridge: ledger: `axiom` declaration(s) in lean/: "
                         + ", ".join(d.name for d in ledger.axiom_declarations) + "\n")
        return 1
    return 0
