"""Hebbian learning: ``W = Σ_k p_k p_kᵀ − m·I`` with zero thresholds.

Mirrors ``lean/Hopfield/Hebbian.lean`` (no ``1/n`` factor).

>>> hebbian([(1, 1, -1, -1), (-1, 1, -1, 1)]).weights[0]
(Fraction(0, 1), Fraction(0, 1), Fraction(0, 1), Fraction(-2, 1))
"""
from __future__ import annotations

from fractions import Fraction
from typing import Sequence

from .dynamics import is_stable
from .network import Network, State

__all__ = ["hebbian", "pairwise_orthogonal", "patterns_stable"]


def hebbian(patterns: Sequence[State], thresholds: Sequence[Fraction] | None = None) -> Network:
    """Hebbian weights of ``m`` patterns; thresholds zero unless given.

    >>> hebbian([(1, -1)]).weights
    ((Fraction(0, 1), Fraction(-1, 1)), (Fraction(-1, 1), Fraction(0, 1)))
    """
    m = len(patterns)
    n = len(patterns[0])
    w = tuple(
        tuple(Fraction(sum(p[u] * p[v] for p in patterns) - (m if u == v else 0))
              for v in range(n))
        for u in range(n))
    t = tuple(Fraction(x) for x in thresholds) if thresholds is not None else (Fraction(0),) * n
    return Network(w, t)


def pairwise_orthogonal(patterns: Sequence[State]) -> bool:
    """Distinct patterns have zero dot product.

    >>> pairwise_orthogonal([(1, 1, -1, -1), (-1, 1, -1, 1)])
    True
    """
    return all(sum(a * b for a, b in zip(patterns[i], patterns[j])) == 0
               for i in range(len(patterns)) for j in range(i))


def patterns_stable(net: Network, patterns: Sequence[State]) -> list[bool]:
    """``isStable(p_k)`` for each pattern.

    >>> patterns_stable(hebbian([(1, 1, -1, -1), (-1, 1, -1, 1)]), [(1, 1, -1, -1)])
    [True]
    """
    return [is_stable(net, p) for p in patterns]
