"""Command line ``hopfield-bridge``: one sub-command per module in ``commands``.

Errors are caught here, once, and printed as one line on stderr. Exit codes
(SPEC section 5): 0 ok, 1 a mismatch or a failed check, 2 bad input or usage,
3 Lean not available.

>>> main(["examples"]) == 0  # doctest: +ELLIPSIS
paper-hebbian-4 ...
True
"""
from __future__ import annotations

import argparse
import importlib
import sys
from typing import Sequence

from . import __version__
from .errors import HopfieldBridgeError

__all__ = ["main", "COMMANDS"]

COMMANDS = ("examples", "eval", "ledger", "harness", "diff", "check")
"""Sub-command names; ``hopfield_bridge.commands.<name>`` defines ``register``."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: error: {message} (see --help)\n")
        raise SystemExit(2)


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="hopfield-bridge",
        description="Exact reference engine, Lean bridge and cross-checker for Hopfield "
                    "networks and Boltzmann machines.")
    parser.add_argument("--version", action="version", version=f"hopfield-bridge {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        importlib.import_module(f".commands.{name.replace('-', '_')}", __package__).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args))
    except HopfieldBridgeError as exc:
        sys.stderr.write(f"hopfield-bridge: error: {exc}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("hopfield-bridge: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0
