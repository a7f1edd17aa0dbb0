"""The fast checks, written the straightforward way with the exact engine.

The reference the vectorised paths of :mod:`.fast` are tested against, and the
baseline ``scripts/bench.py`` times them against. Every number is a
``Fraction`` or an ``int`` from :mod:`hopfield_bridge.dynamics`,
:mod:`hopfield_bridge.gibbs` and :mod:`hopfield_bridge.kernel`.

>>> from hopfield_bridge.network import Network
>>> net = Network.from_weights([[0, 1], [1, 0]])
>>> convergence_exact(net, range(4))
ConvergenceExact(starts=4, flips=2, t2_failures=0, t3_failures=0, nonconvergent=0, max_conv_steps=1)
>>> stationarity_exact(net, Fraction(2), range(4))
0
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Iterable

from ..dynamics import energy, pluses, run_cyclic
from ..gibbs import boltzmann_law
from ..kernel import site_kernel_row
from ..network import Network
from ..states import state_of_index

__all__ = ["ConvergenceExact", "convergence_exact", "stationarity_exact"]


@dataclass(frozen=True)
class ConvergenceExact:
    """T2/T3 on every flip of every cyclic run from the given starts, and T5's count."""

    starts: int
    flips: int
    t2_failures: int
    t3_failures: int
    nonconvergent: int
    max_conv_steps: int


def convergence_exact(net: Network, starts: Iterable[int]) -> ConvergenceExact:
    """Run the cyclic dynamics from each start index with the engine; check every flip.

    ``nonconvergent`` counts starts that are not stable within ``n·2^n`` steps.
    """
    n = net.n
    bound = n * (1 << n)
    count = flips = bad2 = bad3 = never = worst = 0
    for k in starts:
        count += 1
        run = run_cyclic(net, state_of_index(n, k))
        for s, t in zip(run.trajectory, run.trajectory[1:]):
            if s == t:
                continue
            flips += 1
            e0, e1 = energy(net, s), energy(net, t)
            bad2 += e1 > e0
            bad3 += not (e1 < e0 or (e1 == e0 and pluses(t) > pluses(s)))
        if run.conv_steps is None or run.conv_steps > bound:
            never += 1
        else:
            worst = max(worst, run.conv_steps)
    return ConvergenceExact(count, flips, bad2, bad3, never, worst)


def stationarity_exact(net: Network, b: Fraction, states: Iterable[int]) -> int:
    """Count the states ``t`` among ``states`` with ``(πK)(t) ≠ π(t)``, in ``Fraction``\\ s.

    ``(πK)(t) = Σ_s π(s)·K(s, t)`` over ``s = t`` and its ``n`` neighbours (the only
    sources with ``K(s, t) ≠ 0``), with ``K(s, t) = (1/n)·Σ_u K_u(s, t)`` from
    :func:`hopfield_bridge.kernel.site_kernel_row`.
    """
    n = net.n
    pi = boltzmann_law(b, net).probabilities
    bad = 0
    for t in states:
        total = Fraction(0)
        for s in [t] + [t ^ (1 << u) for u in range(n)]:
            src = state_of_index(n, s)
            k_st = sum((site_kernel_row(b, net, src, u).get(t, Fraction(0)) for u in range(n)),
                       Fraction(0)) / n
            total += pi[s] * k_st
        bad += total != pi[t]
    return bad

