"""``hopfield-bridge examples``: list the built-in instances."""
from __future__ import annotations

import argparse
import json

from ..catalogue import CATALOGUE
from ..instance import instance_to_json

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``examples`` sub-command."""
    p = sub.add_parser("examples", help="list the built-in instances",
                       description="List the built-in instances, one per line with a description.")
    p.add_argument("--json", action="store_true",
                   help="print the instances themselves as a JSON list (an instance file)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the catalogue."""
    if args.json:
        print(json.dumps([{**instance_to_json(i), "description": i.description}
                          for i in CATALOGUE.values()], indent=1))
        return 0
    width = max(len(name) for name in CATALOGUE)
    for name, inst in CATALOGUE.items():
        print(f"{name:<{width}}  n={inst.n:<3} {inst.description}")
    return 0
