"""Run the statement checks over instances: routing, size limits, progress.

>>> from hopfield_bridge.catalogue import builtin
>>> [o.status for o in run_checks([builtin("paper-hebbian-4")], ["T6", "T7"])]
['pass', 'pass']
"""
from __future__ import annotations

import time
from fractions import Fraction
from functools import lru_cache
from typing import Callable, Sequence

from ..catalogue import CATALOGUE
from ..instance import Instance
from ..network import Network
from .boltzmann_checks import BOLTZMANN_CHECKS, DEFAULT_BASE, unmet_boltzmann
from .families import family
from .hopfield_checks import HOPFIELD_CHECKS
from .perron_frobenius import PFCertificate, perron_frobenius_certificate
from .statements import FAIL, PASS, SKIP, STATEMENTS, Outcome

__all__ = ["DEFAULT_PF_N", "pf_certificate", "check_pf", "check", "run_checks",
           "default_instances", "Progress"]

DEFAULT_PF_N = 6
"""Largest ``n`` of the charpoly/power checks (T16–T18, T20) in a run without ``--n``."""

Progress = Callable[[int, int, str], None]
"""``progress(done, total, label)``."""


@lru_cache(maxsize=4)
def pf_certificate(net: Network, b: Fraction) -> PFCertificate:
    """The cached Perron–Frobenius certificate of ``net`` at ``b``."""
    return perron_frobenius_certificate(net, b)


def _fmt(iv: tuple[Fraction, Fraction] | None) -> str:
    if iv is None:
        return "?"
    lo, hi = iv
    return f"[{float(lo):.12g}, {float(hi):.12g}] (exact rationals, width ≤ 2^-40)"


def check_pf(sid: str, inst: Instance) -> Outcome:
    """T16, T17 or T18 from the exact Perron–Frobenius certificate."""
    unmet = unmet_boltzmann(inst.network)
    if unmet:
        return Outcome(sid, inst.name, inst.n, SKIP, 0, f"hypothesis fails: {', '.join(unmet)}")
    t0 = time.perf_counter()
    b = inst.exp_beta if inst.exp_beta is not None else DEFAULT_BASE
    c = pf_certificate(inst.network, b)
    if sid == "T16":
        ok = c.t16
        detail = (f"support strongly connected; rank(K − I) = {c.rank}; πK = π, π > 0: "
                  "unique stationary simplex vector")
    elif sid == "T17":
        ok = c.t17
        detail = (f"charpoly over ℚ (degree {c.states}, {c.charpoly_bits}-bit coefficients): "
                  f"{c.real_roots} real roots, {c.roots_inside} in (−1, 1) plus 1 [{c.method}]")
    else:
        ok = c.t18
        detail = (f"K^{c.exponent} > 0; 1 simple, −1 not a root; λ₂ ∈ {_fmt(c.lambda2)}, "
                  f"gap 1 − λ₂ ∈ {_fmt(c.gap)}")
    return Outcome(sid, inst.name, inst.n, PASS if ok else FAIL, c.states, detail,
                   time.perf_counter() - t0)


def check(sid: str, inst: Instance, seed: int = 0) -> Outcome:
    """Check statement ``sid`` on ``inst``."""
    if sid in HOPFIELD_CHECKS:
        if sid == "T4":
            return HOPFIELD_CHECKS[sid](inst, seed=seed)
        return HOPFIELD_CHECKS[sid](inst)
    if sid in BOLTZMANN_CHECKS:
        return BOLTZMANN_CHECKS[sid](inst)
    return check_pf(sid, inst)


def default_instances(seed: int, n: int | None = None) -> list[Instance]:
    """The built-in catalogue (when ``n`` is not given) plus the seeded random family."""
    base = [] if n is not None else list(CATALOGUE.values())
    return base + family(seed, n)


def run_checks(instances: Sequence[Instance], statements: Sequence[str], seed: int = 0,
               pf_max_n: int | None = None, progress: Progress | None = None) -> list[Outcome]:
    """Every statement on every instance; instances above a check's size limit are skipped
    with the limit named. ``pf_max_n`` lowers the limit of T16–T18 and T20."""
    out: list[Outcome] = []
    total = len(instances) * len(statements)
    done = 0
    for inst in instances:
        for sid in statements:
            st = STATEMENTS[sid]
            limit = st.max_n
            if pf_max_n is not None and sid in ("T16", "T17", "T18", "T20"):
                limit = min(limit, pf_max_n)
            if progress is not None:
                progress(done, total, f"{sid} {inst.name}")
            if inst.n > limit:
                out.append(Outcome(sid, inst.name, inst.n, SKIP, 0,
                                   f"n = {inst.n} exceeds this run's limit {limit} for {sid}"))
            else:
                out.append(check(sid, inst, seed))
            done += 1
    if progress is not None:
        progress(total, total, "done")
    return out


def failed(outcomes: Sequence[Outcome]) -> list[Outcome]:
    """The outcomes with status ``fail``.

    >>> failed([Outcome("T1", "x", 2, FAIL, 1, "")])[0].statement
    'T1'
    """
    return [o for o in outcomes if o.status == FAIL]
