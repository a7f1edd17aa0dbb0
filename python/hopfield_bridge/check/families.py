"""Seeded instance families: random symmetric integer networks and orthogonal patterns.

Everything is drawn from ``random.Random(seed)``, so a seed names a family exactly.

>>> net = random_symmetric_network(4, 2, random.Random(0))
>>> is_symmetric(net) and has_zero_diagonal(net)
True
>>> pairwise_orthogonal(random_orthogonal_patterns(8, 3, random.Random(1)))
True
"""
from __future__ import annotations

import random
from fractions import Fraction

from ..catalogue import sylvester_hadamard
from ..hebbian import hebbian, pairwise_orthogonal  # noqa: F401  (doctest)
from ..instance import Instance
from ..network import Network, State, has_zero_diagonal, is_symmetric  # noqa: F401

__all__ = ["random_symmetric_network", "hadamard_patterns", "random_orthogonal_patterns",
           "family", "DEFAULT_SIZES"]

DEFAULT_SIZES = (3, 4, 5, 6, 8, 12)
"""Sizes of the random symmetric networks of the default family."""


def random_symmetric_network(n: int, max_weight: int, rng: random.Random,
                             thresholds: bool = True) -> Network:
    """Symmetric, zero-diagonal integer weights in ``[−max_weight, max_weight]``.

    Thresholds are drawn from the same range when ``thresholds`` is true.

    >>> random_symmetric_network(2, 1, random.Random(3), thresholds=False).thresholds
    (Fraction(0, 1), Fraction(0, 1))
    """
    w = [[0] * n for _ in range(n)]
    for u in range(n):
        for v in range(u):
            w[u][v] = w[v][u] = rng.randint(-max_weight, max_weight)
    t = [rng.randint(-max_weight, max_weight) if thresholds else 0 for _ in range(n)]
    return Network.from_weights(w, t)


def hadamard_patterns(n: int, m: int, first: int = 1) -> list[State]:
    """Rows ``first .. first+m−1`` of the order-``n`` Sylvester–Hadamard matrix.

    >>> hadamard_patterns(4, 2)
    [(1, -1, 1, -1), (1, 1, -1, -1)]
    """
    h = sylvester_hadamard(n)
    return [tuple(row) for row in h[first:first + m]]


def random_orthogonal_patterns(n: int, m: int, rng: random.Random) -> list[State]:
    """``m`` pairwise-orthogonal patterns: random Hadamard rows, columns permuted and re-signed.

    Permuting and negating columns preserves every dot product, so the rows stay
    orthogonal; ``n`` must be a power of two.

    >>> len(random_orthogonal_patterns(4, 3, random.Random(0)))
    3
    """
    h = sylvester_hadamard(n)
    rows = rng.sample(range(n), m)
    perm = list(range(n))
    rng.shuffle(perm)
    signs = [rng.choice((1, -1)) for _ in range(n)]
    return [tuple(h[r][perm[c]] * signs[c] for c in range(n)) for r in rows]


def _inst(name: str, net: Network, b: Fraction | None = None,
          patterns: list[State] | None = None) -> Instance:
    return Instance(name, net, tuple(patterns) if patterns else None, None, None, b,
                    patterns is None, "seeded family member")


def family(seed: int, n: int | None = None) -> list[Instance]:
    """The default random family for ``seed`` (sizes :data:`DEFAULT_SIZES`, or just ``n``).

    Random symmetric networks (weights in ``[−2, 2]``, thresholds too, base
    ``b = 2`` or ``3/2``), Hebbian networks from Hadamard rows with ``m < n``, and
    Hebbian networks from random orthogonal sets, ``n`` a power of two.

    >>> [i.name for i in family(0, 4)]
    ['rand-sym-4-s0', 'rand-sym-4-s0b', 'hebb-hadamard-4-m2', 'hebb-orth-4-m3-s0']
    """
    rng = random.Random(seed)
    sizes = DEFAULT_SIZES if n is None else (n,)
    out: list[Instance] = []
    for size in sizes:
        out.append(_inst(f"rand-sym-{size}-s{seed}",
                         random_symmetric_network(size, 2, rng), Fraction(2)))
        out.append(_inst(f"rand-sym-{size}-s{seed}b",
                         random_symmetric_network(size, 1, rng, thresholds=False), Fraction(3, 2)))
    for size in sizes if n is not None else (4, 8, 16):
        if size < 2 or size & (size - 1):
            continue
        m = max(1, size // 2)
        pats = hadamard_patterns(size, m)
        out.append(_inst(f"hebb-hadamard-{size}-m{m}", hebbian(pats), Fraction(2), pats))
        m2 = size - 1
        pats = random_orthogonal_patterns(size, m2, rng)
        out.append(_inst(f"hebb-orth-{size}-m{m2}-s{seed}", hebbian(pats), Fraction(2), pats))
    return out
