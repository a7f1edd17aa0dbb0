"""Exception hierarchy; raised deep, caught once at the command-line edge.

>>> issubclass(InstanceError, HopfieldBridgeError)
True
"""
from __future__ import annotations

__all__ = [
    "HopfieldBridgeError",
    "InstanceError",
    "UsageError",
    "LeanError",
    "LeanNotFoundError",
    "LeanTimeoutError",
    "LeanFailedError",
]


class HopfieldBridgeError(Exception):
    """Base class of every error this package reports to a user."""

    exit_code: int = 2


class InstanceError(HopfieldBridgeError):
    """An instance file or value is malformed; the message names the field."""

    exit_code = 2


class UsageError(HopfieldBridgeError):
    """The command line asks for something that cannot be done."""

    exit_code = 2


class LeanError(HopfieldBridgeError):
    """Running Lean went wrong."""

    exit_code = 1


class LeanNotFoundError(LeanError):
    """No Lean toolchain (``lake``) is available."""

    exit_code = 3


class LeanTimeoutError(LeanError):
    """Lean did not finish within the time limit."""

    exit_code = 1


class LeanFailedError(LeanError):
    """Lean ran but reported errors (e.g. the harness did not compile)."""

    exit_code = 1
