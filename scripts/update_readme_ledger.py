#!/usr/bin/env python3
"""Rewrite the proof ledger in README.md from the live ``lean/`` sources.

The block between ``<!-- ledger:start -->`` and ``<!-- ledger:end -->`` is
replaced by ``hopfield-bridge ledger --markdown`` (the static ledger); the rest
of the README is left byte for byte. The file is written atomically, and only
when the block changes. ``--check`` writes nothing and exits 1 when the README
is stale (``tests/test_ledger_readme.py`` checks the same).

Usage: ``python scripts/update_readme_ledger.py [--readme FILE] [--lean-dir DIR] [--check]``
(exit 0 up to date or rewritten, 1 stale under ``--check``, 2 no README or no markers).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "python"))

from hopfield_bridge.atomic import write_text_atomic  # noqa: E402
from hopfield_bridge.errors import HopfieldBridgeError  # noqa: E402
from hopfield_bridge.ledger import (README_END, README_START, build_ledger,  # noqa: E402
                                    readme_block, render_markdown, replace_readme_block)


def main(argv: list[str] | None = None) -> int:
    """Parse the options, rewrite (or check) the README block; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--readme", default=str(ROOT / "README.md"), help="default: README.md")
    parser.add_argument("--lean-dir", default=str(ROOT / "lean"), help="default: lean/")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if the block is stale")
    args = parser.parse_args(argv)
    try:
        text = Path(args.readme).read_text(encoding="utf-8")
    except OSError as exc:
        sys.stderr.write(f"update_readme_ledger: {args.readme}: cannot read ({exc.strerror})\n")
        return 2
    if readme_block(text) is None:
        sys.stderr.write(f"update_readme_ledger: {args.readme} has no {README_START} … "
                         f"{README_END} markers; add them where the ledger table belongs\n")
        return 2
    try:
        new = replace_readme_block(text, render_markdown(build_ledger(args.lean_dir)))
        if new == text:
            sys.stderr.write(f"{args.readme}: ledger up to date\n")
            return 0
        if args.check:
            sys.stderr.write(f"{args.readme}: ledger is stale; run scripts/update_readme_ledger.py\n")
            return 1
        write_text_atomic(args.readme, new)
    except HopfieldBridgeError as exc:
        sys.stderr.write(f"update_readme_ledger: {exc}\n")
        return exc.exit_code
    sys.stderr.write(f"{args.readme}: ledger rewritten\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
