"""Ablation: drop one hypothesis, search for the smallest counterexample.

"Smallest" is the smallest ``n``, then the smallest ``max |weight|``, then the
first in lexicographic order of the entries; every search is exhaustive in
that order over the stated range (thresholds ``0``). A search that finds
nothing says what it covered and why none can exist where that is known.

>>> c = asymmetric_cycle()
>>> c.found, c.n, c.weights
(True, 2, [[0, -1], [1, 0]])
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Callable, Iterator

from ..catalogue import sylvester_hadamard
from ..dynamics import is_stable, up_value
from ..gibbs import zero_temp_prob_pos
from ..hebbian import hebbian, pairwise_orthogonal
from ..network import Network, State
from ..states import state_of_index
from .boltzmann_checks import zero_temp_limit
from .fast import ConvergenceCertificate, convergence_certificate

__all__ = ["Counterexample", "asymmetric_cycle", "asymmetric_flip", "nonzero_diagonal",
           "non_orthogonal_patterns", "hadamard_full", "zero_temperature_tie", "ablations"]


@dataclass(frozen=True)
class Counterexample:
    """The result of one ablation search."""

    statements: str
    dropped: str
    found: bool
    searched: str
    n: int | None = None
    max_weight: int | None = None
    weights: list[list[int]] | None = field(default=None, hash=False)
    patterns: list[list[int]] | None = field(default=None, hash=False)
    witness: str = ""


def _weights(n: int, bound: int, symmetric: bool, diagonal: bool) -> Iterator[list[list[int]]]:
    """Integer ``n × n`` matrices with entries in ``[−bound, bound]`` and some entry ``±bound``."""
    if symmetric:
        slots = [(u, v) for u in range(n) for v in range(u + (0 if diagonal else 1), n)]
    else:
        slots = [(u, v) for u in range(n) for v in range(n) if diagonal or u != v]
    for vals in itertools.product(range(-bound, bound + 1), repeat=len(slots)):
        if max((abs(x) for x in vals), default=0) != bound:
            continue
        w = [[0] * n for _ in range(n)]
        for (u, v), x in zip(slots, vals):
            w[u][v] = x
            if symmetric:
                w[v][u] = x
        yield w


def _search(pred: Callable[[list[list[int]]], str | None], symmetric: bool, diagonal: bool,
            max_n: int, max_bound: int) -> tuple[int, int, list[list[int]], str] | None:
    for n in range(1, max_n + 1):
        for bound in range(1, max_bound + 1):
            for w in _weights(n, bound, symmetric, diagonal):
                if symmetric is False and all(w[u][v] == w[v][u] for u in range(n) for v in range(n)):
                    continue
                if diagonal and all(w[u][u] == 0 for u in range(n)):
                    continue
                why = pred(w)
                if why is not None:
                    return n, bound, w, why
    return None


def _cert(w: list[list[int]]) -> ConvergenceCertificate:
    return convergence_certificate(Network.from_weights(w))


def _cycle(w: list[list[int]]) -> str | None:
    c = _cert(w)
    if c.nonconvergent:
        s = state_of_index(len(w), c.nonconvergent_example)  # type: ignore[arg-type]
        return f"start {list(s)} never becomes stable under the cyclic schedule (T4, T5 fail)"
    return None


def asymmetric_cycle(max_n: int = 3, max_bound: int = 2) -> Counterexample:
    """T4/T5 without ``W symmetric``: a network whose cyclic dynamics never settles."""
    hit = _search(_cycle, symmetric=False, diagonal=False, max_n=max_n, max_bound=max_bound)
    searched = f"asymmetric zero-diagonal W, n ≤ {max_n}, |w| ≤ {max_bound}, θ = 0"
    if hit is None:
        return Counterexample("T4, T5", "W symmetric", False, searched)
    n, bound, w, why = hit
    return Counterexample("T4, T5", "W symmetric", True, searched, n, bound, w, witness=why)


def asymmetric_flip(sid: str, max_n: int = 3, max_bound: int = 2) -> Counterexample:
    """T1, T2 or T3 without ``W symmetric``: one update that breaks the statement."""
    attr = {"T1": "t1", "T2": "t2", "T3": "t3"}[sid]

    def pred(w: list[list[int]]) -> str | None:
        c = _cert(w)
        if getattr(c, f"{attr}_failures"):
            k, u = getattr(c, f"{attr}_example")
            return f"updating site {u} of {list(state_of_index(len(w), k))} breaks {sid}"
        return None

    hit = _search(pred, symmetric=False, diagonal=False, max_n=max_n, max_bound=max_bound)
    searched = f"asymmetric zero-diagonal W, n ≤ {max_n}, |w| ≤ {max_bound}, θ = 0"
    if hit is None:
        return Counterexample(sid, "W symmetric", False, searched)
    n, bound, w, why = hit
    return Counterexample(sid, "W symmetric", True, searched, n, bound, w, witness=why)


def nonzero_diagonal(max_n: int = 3, max_bound: int = 1) -> Counterexample:
    """T1–T5 with a nonzero diagonal (symmetric W): none exists, the diagonal never enters
    ``net_u`` or ``E`` (SPEC section 1); the search confirms it on the stated range."""

    def pred(w: list[list[int]]) -> str | None:
        c = _cert(w)
        return None if c.ok else "T1–T5 fail"

    hit = _search(pred, symmetric=True, diagonal=True, max_n=max_n, max_bound=max_bound)
    searched = (f"symmetric W with a nonzero diagonal, n ≤ {max_n}, |w| ≤ {max_bound}, θ = 0; "
                "none can exist: net_u and E exclude the diagonal")
    if hit is None:
        return Counterexample("T1–T5", "zero diagonal", False, searched)
    n, bound, w, why = hit
    return Counterexample("T1–T5", "zero diagonal", True, searched, n, bound, w, witness=why)


def _unstable(pats: list[State]) -> tuple[Network, int] | None:
    net = hebbian(pats)
    bad = [j for j, p in enumerate(pats) if not is_stable(net, p)]
    return (net, bad[0]) if bad else None


def non_orthogonal_patterns(max_n: int = 4) -> Counterexample:
    """T7 without orthogonality (``m < n`` kept): a stored pattern that is not stable.

    Pattern sets of ``2 ≤ m < n`` distinct patterns, ordered by ``n``, then the
    Hebbian ``max |W|``, then the state indices.
    """
    for n in range(2, max_n + 1):
        cands = []
        for m in range(2, n):
            for idx in itertools.combinations(range(1 << n), m):
                pats = [state_of_index(n, k) for k in idx]
                if pairwise_orthogonal(pats):
                    continue
                net = hebbian(pats)
                cands.append((max(abs(int(x)) for row in net.weights for x in row), idx, pats))
        for bound, idx, pats in sorted(cands, key=lambda c: (c[0], c[1])):
            got = _unstable(pats)
            if got is not None:
                net, j = got
                return Counterexample(
                    "T7", "patterns pairwise orthogonal", True,
                    f"2 ≤ m < n ≤ {max_n} distinct non-orthogonal patterns", n, bound,
                    [[int(x) for x in row] for row in net.weights], [list(p) for p in pats],
                    f"pattern {j} = {list(pats[j])} is not stable under its Hebbian weights")
    return Counterexample("T7", "patterns pairwise orthogonal", False,
                          f"2 ≤ m < n ≤ {max_n} distinct non-orthogonal patterns")


def hadamard_full(max_order: int = 8) -> Counterexample:
    """T7 without ``m < n``: all ``n`` Sylvester–Hadamard rows (orthogonal, ``m = n``)."""
    order = 1
    while order <= max_order:
        pats = [tuple(r) for r in sylvester_hadamard(order)]
        got = _unstable(pats)
        if got is not None:
            net, j = got
            return Counterexample(
                "T7", "m < n", True, f"Sylvester–Hadamard orders 1..{max_order}, m = n", order, 0,
                [[int(x) for x in row] for row in net.weights], [list(p) for p in pats],
                f"W = 0, every net input ties and goes to +1: pattern {j} = {list(pats[j])} "
                "is not stable")
        order *= 2
    return Counterexample("T7", "m < n", False, f"Sylvester–Hadamard orders 1..{max_order}")


def zero_temperature_tie() -> Counterexample:
    """T19 vs ``Up``: the smallest tie — one site, ``W = [[0]]``, ``θ = 0``."""
    net = Network.from_weights([[0]])
    s = (-1,)
    lim = zero_temp_limit(0)
    assert Fraction(str(lim)) == zero_temp_prob_pos(net, s, 0) == Fraction(1, 2)
    return Counterexample(
        "T19 vs Up", "no tie (L_u(s) ≠ 0)", True, "n = 1 is the smallest network", 1, 0, [[0]],
        witness=(f"L_0 = 0: sympy.limit(1/(1 + exp(−2β·0)), β, ∞) = {lim} = zero_temp_prob_pos, "
                 f"but Up gives {up_value(net, s, 0):+d} with probability 1"))


def ablations() -> list[Counterexample]:
    """Every ablation search, in catalogue order."""
    return [asymmetric_flip("T1"), asymmetric_flip("T2"), asymmetric_flip("T3"), nonzero_diagonal(),
            asymmetric_cycle(), non_orthogonal_patterns(), hadamard_full(), zero_temperature_tie()]
