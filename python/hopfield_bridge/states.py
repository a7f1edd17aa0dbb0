"""State order shared by Lean and Python: index ``k = Σ_u [s_u = +1]·2^u``.

Site 0 is the least significant bit (Lean: ``Hopfield.Config.ofIndex``).

>>> state_of_index(2, 3)
(1, 1)
>>> index_of_state((-1, 1, 1))
6
"""
from __future__ import annotations

from typing import Iterator

from .network import State

__all__ = ["state_of_index", "index_of_state", "all_states"]


def state_of_index(n: int, k: int) -> State:
    """The state with index ``k``: site ``u`` is ``+1`` iff bit ``u`` of ``k`` is set.

    >>> state_of_index(3, 1)
    (1, -1, -1)
    """
    return tuple(1 if (k >> u) & 1 else -1 for u in range(n))


def index_of_state(s: State) -> int:
    """The index of a state (inverse of :func:`state_of_index`).

    >>> index_of_state((1, -1, -1))
    1
    """
    return sum(1 << u for u, x in enumerate(s) if x == 1)


def all_states(n: int) -> Iterator[State]:
    """All ``2^n`` states in index order.

    >>> list(all_states(1))
    [(-1,), (1,)]
    """
    return (state_of_index(n, k) for k in range(1 << n))
