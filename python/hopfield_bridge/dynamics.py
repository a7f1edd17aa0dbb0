"""Asynchronous Hopfield dynamics: net input, the one-site update, energy.

Mirrors ``lean/Hopfield/Dynamics.lean``; each function carries the Lean
definition's name in snake_case. All arithmetic is exact.

>>> net = Network.from_weights([[0, 1], [1, 0]])
>>> net_input(net, (1, -1), 0)
Fraction(-1, 1)
>>> up(net, (1, -1), 0)
(-1, -1)
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Sequence

from .network import Network, State

__all__ = [
    "net_input", "local_field", "up_value", "up", "energy", "pluses", "is_stable",
    "cyclic_seq", "seq_states", "trajectory", "conv_steps", "Run", "run_cyclic",
]


def net_input(net: Network, s: State, u: int) -> Fraction:
    """``net_u(s) = Σ_{v ≠ u} W[u][v]·s_v``: the other sites seen by site ``u``.

    >>> net_input(Network.from_weights([[5, 2], [3, 0]]), (1, -1), 0)
    Fraction(-2, 1)
    """
    row = net.weights[u]
    return sum((row[v] * x for v, x in enumerate(s) if v != u), Fraction(0))


def local_field(net: Network, s: State, u: int) -> Fraction:
    """``L_u(s) = net_u(s) − θ_u``.

    >>> local_field(Network.from_weights([[0, 2], [2, 0]], [1, 0]), (1, 1), 0)
    Fraction(1, 1)
    """
    return net_input(net, s, u) - net.thresholds[u]


def up_value(net: Network, s: State, u: int) -> int:
    """The value site ``u`` takes when updated: ``+1`` iff ``θ_u ≤ net_u(s)`` (a tie gives +1).

    >>> up_value(Network.from_weights([[0, 0], [0, 0]]), (-1, -1), 0)
    1
    """
    return 1 if net.thresholds[u] <= net_input(net, s, u) else -1


def up(net: Network, s: State, u: int) -> State:
    """Asynchronous update of site ``u``; the other sites are unchanged.

    >>> up(Network.from_weights([[0, -1], [-1, 0]]), (1, 1), 1)
    (1, -1)
    """
    x = up_value(net, s, u)
    return s if s[u] == x else s[:u] + (x,) + s[u + 1:]


def energy(net: Network, s: State) -> Fraction:
    """``E(s) = −½ Σ_u Σ_{v≠u} W[u][v] s_u s_v + Σ_u θ_u s_u``.

    >>> energy(Network.from_weights([[0, 1], [1, 0]], [1, 0]), (1, 1))
    Fraction(0, 1)
    """
    w = net.weights
    n = net.n
    quad = sum((w[u][v] * s[u] * s[v] for u in range(n) for v in range(n) if v != u),
               Fraction(0))
    return -quad / 2 + sum((t * x for t, x in zip(net.thresholds, s)), Fraction(0))


def pluses(s: State) -> int:
    """Number of ``+1`` entries.

    >>> pluses((1, -1, 1))
    2
    """
    return sum(1 for x in s if x == 1)


def is_stable(net: Network, s: State) -> bool:
    """No single-site update changes ``s``.

    >>> is_stable(Network.from_weights([[0, 1], [1, 0]]), (1, 1))
    True
    """
    return all(up_value(net, s, u) == s[u] for u in range(net.n))


def cyclic_seq(n: int, k: int) -> int:
    """The cyclic site sequence ``k ↦ k mod n`` (Lean: ``cyclicSeq``).

    >>> [cyclic_seq(3, k) for k in range(5)]
    [0, 1, 2, 0, 1]
    """
    return k % n


def seq_states(net: Network, useq: Sequence[int], s: State, k: int) -> State:
    """``seqStates k``: the state after updating ``useq[0], …, useq[k-1]`` in turn.

    >>> seq_states(Network.from_weights([[0, -1], [-1, 0]]), [0, 1], (1, 1), 2)
    (-1, 1)
    """
    for j in range(k):
        s = up(net, s, useq[j])
    return s


def trajectory(net: Network, useq: Sequence[int], s: State) -> list[State]:
    """``seqStates 0, …, seqStates len(useq)`` along the site sequence ``useq``.

    >>> trajectory(Network.from_weights([[0, 1], [1, 0]]), [0], (-1, 1))
    [(-1, 1), (1, 1)]
    """
    out = [s]
    for u in useq:
        s = up(net, s, u)
        out.append(s)
    return out


def conv_steps(net: Network, states: Sequence[State]) -> int | None:
    """The smallest ``N`` with ``states[N]`` stable, or ``None``.

    >>> conv_steps(Network.from_weights([[0, 1], [1, 0]]), [(-1, 1), (1, 1)])
    1
    """
    for k, t in enumerate(states):
        if is_stable(net, t):
            return k
    return None


@dataclass(frozen=True)
class Run:
    """A cyclic run: its trajectory and ``conv_steps`` (``None`` if it cycles)."""

    trajectory: tuple[State, ...]
    conv_steps: int | None


def run_cyclic(net: Network, s: State, max_states: int = 1_000_000) -> Run:
    """Follow the cyclic sequence from ``s`` until a stable state or a repeat.

    Stops at the first ``N`` with ``seqStates N`` stable (``conv_steps = N``)
    or with ``(seqStates N, N mod n)`` equal to an earlier ``(seqStates M, M mod n)``:
    the run is then periodic and never stabilises (``conv_steps = None``; the
    repeated state is the last one of the trajectory). Both happen within
    ``n·2^n + 1`` states.

    >>> run_cyclic(Network.from_weights([[0, 1], [-1, 0]]), (1, 1)).conv_steps is None
    True
    """
    n = net.n
    seen: set[tuple[State, int]] = set()
    states: list[State] = []
    k = 0
    while True:
        states.append(s)
        if is_stable(net, s):
            return Run(tuple(states), k)
        key = (s, k % n)
        if key in seen:
            return Run(tuple(states), None)
        if len(states) >= max_states:
            from .errors import InstanceError
            raise InstanceError(
                f"state: the cyclic run exceeds {max_states} states; give a schedule")
        seen.add(key)
        s = up(net, s, k % n)
        k += 1
