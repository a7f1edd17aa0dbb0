"""Exact rationals: parsing the instance format and printing the result format.

Results print a rational in lowest terms as ``"p/q"``, or ``"p"`` when
``q = 1``, which is what Lean core's ``toString`` gives for ``Rat``.

>>> format_rational(Fraction(-6, 4))
'-3/2'
>>> parse_rational("4/-2", "weights[0][1]")
Traceback (most recent call last):
...
hopfield_bridge.errors.InstanceError: weights[0][1]: '4/-2' is not a rational of the form p or p/q
"""
from __future__ import annotations

import re
from fractions import Fraction

from .errors import InstanceError

__all__ = ["parse_rational", "parse_integer", "format_rational", "Fraction"]

_RATIONAL = re.compile(r"(-?[0-9]+)(?:/([0-9]+))?")


def parse_rational(value: object, field: str) -> Fraction:
    """Read an instance number: a JSON integer or a string ``"p"`` / ``"p/q"``.

    Floats are refused: they are not exact.

    >>> parse_rational("-3/6", "thresholds[1]")
    Fraction(-1, 2)
    >>> parse_rational(7, "n")
    Fraction(7, 1)
    """
    if isinstance(value, bool):
        raise InstanceError(f"{field}: expected a number, got a boolean")
    if isinstance(value, int):
        return Fraction(value)
    if isinstance(value, float):
        raise InstanceError(
            f"{field}: {value!r} is a float; write it exactly as an integer or a \"p/q\" string")
    if isinstance(value, str):
        m = _RATIONAL.fullmatch(value)
        if m is None:
            raise InstanceError(f"{field}: {value!r} is not a rational of the form p or p/q")
        den = int(m.group(2)) if m.group(2) is not None else 1
        if den == 0:
            raise InstanceError(f"{field}: {value!r} has a zero denominator")
        return Fraction(int(m.group(1)), den)
    raise InstanceError(f"{field}: expected a number, got {type(value).__name__}")


def parse_integer(value: object, field: str) -> int:
    """Read a JSON integer (not a string, not a float, not a boolean).

    >>> parse_integer(3, "n")
    3
    """
    if isinstance(value, bool) or not isinstance(value, int):
        raise InstanceError(f"{field}: expected an integer, got {value!r}")
    return value


def format_rational(x: Fraction | int) -> str:
    """Print a rational in lowest terms, ``"p"`` or ``"p/q"``.

    >>> format_rational(Fraction(4, 2))
    '2'
    """
    x = Fraction(x)
    if x.denominator == 1:
        return str(x.numerator)
    return f"{x.numerator}/{x.denominator}"
