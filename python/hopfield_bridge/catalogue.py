"""Built-in named instances, each with a one-line description.

>>> sorted(CATALOGUE)[:2]
['asymmetric-cycle-2', 'ferromagnet-2x3']
>>> builtin("paper-hebbian-4").n
4
"""
from __future__ import annotations

from typing import Any

from .errors import InstanceError
from .instance import SCHEMA, Instance, parse_instance

__all__ = ["CATALOGUE", "builtin", "builtin_names", "sylvester_hadamard", "lattice_weights"]


def sylvester_hadamard(order: int) -> list[list[int]]:
    """The Sylvester–Hadamard matrix of order ``2^k``: rows pairwise orthogonal.

    >>> sylvester_hadamard(2)
    [[1, 1], [1, -1]]
    """
    if order < 1 or order & (order - 1):
        raise ValueError("order must be a power of two")
    h = [[1]]
    while len(h) < order:
        h = [row + row for row in h] + [row + [-x for x in row] for row in h]
    return h


def lattice_weights(rows: int, cols: int, coupling: int = 1) -> list[list[int]]:
    """Nearest-neighbour couplings on an open ``rows × cols`` square lattice.

    Site ``(i, j)`` is ``i * cols + j``.

    >>> lattice_weights(1, 3)
    [[0, 1, 0], [1, 0, 1], [0, 1, 0]]
    """
    n = rows * cols
    w = [[0] * n for _ in range(n)]
    for i in range(rows):
        for j in range(cols):
            u = i * cols + j
            for di, dj in ((0, 1), (1, 0)):
                if i + di < rows and j + dj < cols:
                    v = (i + di) * cols + j + dj
                    w[u][v] = w[v][u] = coupling
    return w


_H4 = sylvester_hadamard(4)
_H8 = sylvester_hadamard(8)


def _raw() -> list[dict[str, Any]]:
    return [
        {"name": "paper-hebbian-4",
         "description": "The paper's #eval example: two orthogonal patterns on 4 neurons, "
                        "start [1,-1,-1,1] converges to the stored [-1,1,-1,1]",
         "n": 4, "patterns": [[1, 1, -1, -1], [-1, 1, -1, 1]], "state": [1, -1, -1, 1]},
        {"name": "paper-boltzmann-2",
         "description": "The paper's 2-neuron Boltzmann demo (W = [[0,1],[1,0]], θ = 0, "
                        "s = (+1,-1)) at exp β = 2; the exact mode needs a rational base",
         "n": 2, "weights": [[0, 1], [1, 0]], "state": [1, -1], "exp_beta": 2},
        {"name": "hadamard-4-2",
         "description": "Hebbian network storing rows 1 and 2 of the order-4 Sylvester–Hadamard "
                        "matrix (m < n: both stored), started one flip away from row 1",
         "n": 4, "patterns": [_H4[1], _H4[2]], "state": [-1, -1, 1, -1]},
        {"name": "hadamard-4-full",
         "description": "All 4 Sylvester–Hadamard rows (m = n): the Hebbian weights vanish and "
                        "patterns with a -1 are not stable (T7 needs m < n)",
         "n": 4, "patterns": _H4, "state": _H4[1]},
        {"name": "hadamard-8-3",
         "description": "Hebbian network storing 3 orthogonal rows of the order-8 "
                        "Sylvester–Hadamard matrix, started two flips from row 3",
         "n": 8, "patterns": [_H8[1], _H8[2], _H8[3]],
         "state": [-1, -1, -1, 1, 1, -1, -1, 1]},
        {"name": "asymmetric-cycle-2",
         "description": "Asymmetric 2-neuron network whose cyclic asynchronous dynamics "
                        "never settles (T4/T5 need symmetric weights)",
         "n": 2, "weights": [[0, 1], [-1, 0]], "state": [1, 1]},
        {"name": "threshold-tie-3",
         "description": "3-neuron network with thresholds and a scheduled update order; "
                        "site 2 sees a tie and goes to +1",
         "n": 3, "weights": [[0, 2, -1], [2, 0, 1], [-1, 1, 0]], "thresholds": [1, 0, 2],
         "state": [-1, 1, -1], "schedule": [2, 0, 1, 2, 0, 1]},
        {"name": "ferromagnet-2x3",
         "description": "Ferromagnet (J = 1) on an open 2×3 square lattice with a small field "
                        "at site 0, exp β = 2, started in a domain-wall state",
         "n": 6, "weights": lattice_weights(2, 3), "thresholds": [-1, 0, 0, 0, 0, 0],
         "state": [1, 1, -1, 1, -1, -1], "exp_beta": 2},
        {"name": "ferromagnet-4x4",
         "description": "Ferromagnet (J = 1) on an open 4×4 square lattice at exp β = 3/2: "
                        "all 65,536 Boltzmann probabilities and a kernel row, exactly",
         "n": 16, "weights": lattice_weights(4, 4),
         "state": [1, -1] * 8, "exp_beta": "3/2"},
    ]


CATALOGUE: dict[str, Instance] = {
    raw["name"]: parse_instance({"schema": SCHEMA, **raw}, f"built-in {raw['name']}")
    for raw in _raw()
}
"""Every built-in instance by name."""


def builtin_names() -> list[str]:
    """The built-in names in catalogue order.

    >>> builtin_names()[0]
    'paper-hebbian-4'
    """
    return list(CATALOGUE)


def builtin(name: str) -> Instance:
    """A built-in instance by name.

    >>> builtin("nope")
    Traceback (most recent call last):
    ...
    hopfield_bridge.errors.InstanceError: nope: not a file and not a built-in instance (see 'hopfield-bridge examples')
    """
    try:
        return CATALOGUE[name]
    except KeyError:
        raise InstanceError(
            f"{name}: not a file and not a built-in instance (see 'hopfield-bridge examples')") from None
