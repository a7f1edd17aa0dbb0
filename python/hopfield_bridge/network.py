"""Plain data: a network (weights, thresholds) and ``±1`` states.

Mirrors the parameters of ``lean/Hopfield/Dynamics.lean``: row ``u`` of the
weights is what site ``u`` listens to; the diagonal never enters a formula.

>>> net = Network.from_weights([[0, 1], [1, 0]])
>>> net.n, net.thresholds
(2, (Fraction(0, 1), Fraction(0, 1)))
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Iterable, Sequence

__all__ = ["Network", "State", "is_symmetric", "has_zero_diagonal", "is_integral",
           "is_spin_state"]

State = tuple[int, ...]
"""A state: a tuple of ``1`` / ``-1`` entries, one per site."""

Matrix = tuple[tuple[Fraction, ...], ...]


@dataclass(frozen=True)
class Network:
    """Weights ``W`` (``n × n``) and thresholds ``θ`` (length ``n``), exact."""

    weights: Matrix
    thresholds: tuple[Fraction, ...]

    @property
    def n(self) -> int:
        """Number of sites."""
        return len(self.thresholds)

    @staticmethod
    def from_weights(weights: Iterable[Iterable[object]],
                     thresholds: Iterable[object] | None = None) -> "Network":
        """Build a network from nested numbers (ints, Fractions); zeros if no thresholds.

        >>> Network.from_weights([[0, 2], [2, 0]], [1, 0]).thresholds
        (Fraction(1, 1), Fraction(0, 1))
        """
        w = tuple(tuple(Fraction(x) for x in row) for row in weights)
        n = len(w)
        if any(len(row) != n for row in w):
            raise ValueError("weights must be square")
        t = tuple(Fraction(x) for x in thresholds) if thresholds is not None else (Fraction(0),) * n
        if len(t) != n:
            raise ValueError("thresholds must have one entry per site")
        return Network(w, t)


def is_symmetric(net: Network) -> bool:
    """``W = Wᵀ``.

    >>> is_symmetric(Network.from_weights([[0, 1], [2, 0]]))
    False
    """
    w = net.weights
    return all(w[u][v] == w[v][u] for u in range(net.n) for v in range(u))


def has_zero_diagonal(net: Network) -> bool:
    """Every ``W[u][u]`` is zero.

    >>> has_zero_diagonal(Network.from_weights([[1, 0], [0, 0]]))
    False
    """
    return all(net.weights[u][u] == 0 for u in range(net.n))


def is_integral(net: Network) -> bool:
    """Every weight and threshold is an integer (needed by the exact Boltzmann mode).

    >>> is_integral(Network.from_weights([[0, Fraction(1, 2)], [Fraction(1, 2), 0]]))
    False
    """
    return (all(x.denominator == 1 for row in net.weights for x in row)
            and all(x.denominator == 1 for x in net.thresholds))


def is_spin_state(s: Sequence[object]) -> bool:
    """Every entry is ``1`` or ``-1``.

    >>> is_spin_state((1, -1, 1)), is_spin_state((1, 0))
    (True, False)
    """
    return all(x == 1 or x == -1 for x in s)
