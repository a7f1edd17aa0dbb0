"""Checks of T1–T7: the Hopfield side (energy, convergence, Hebbian storage).

T1–T5 are exhaustive: every state and every site (T1–T3), every start under
the cyclic schedule (T4, T5), via :func:`.fast.convergence_certificate`; T4 also
runs seeded random *fair* schedules (a fresh permutation of the sites per sweep)
from a sample of starts with the engine. T6/T7 use the engine's Hebbian weights.

>>> from hopfield_bridge.catalogue import builtin
>>> check_t5(builtin("paper-hebbian-4")).status
'pass'
>>> check_t5(builtin("asymmetric-cycle-2")).status
'skip'
"""
from __future__ import annotations

import random
import time
from functools import lru_cache
from typing import Callable

from ..dynamics import is_stable, up
from ..hebbian import hebbian, pairwise_orthogonal
from ..instance import Instance
from ..network import Network, has_zero_diagonal, is_symmetric
from ..states import state_of_index
from .fast import ConvergenceCertificate, convergence_certificate
from .statements import FAIL, PASS, SKIP, Outcome

__all__ = ["certificate", "unmet_hopfield", "check_t1", "check_t2", "check_t3", "check_t4",
           "check_t5", "check_t6", "check_t7", "fair_schedule_runs", "HOPFIELD_CHECKS"]


@lru_cache(maxsize=8)
def certificate(net: Network) -> ConvergenceCertificate:
    """The (cached) exhaustive convergence certificate of a network."""
    return convergence_certificate(net)


def unmet_hopfield(net: Network) -> list[str]:
    """The Hopfield hypotheses (symmetric, zero diagonal) that ``net`` violates.

    >>> unmet_hopfield(Network.from_weights([[1, 2], [0, 0]]))
    ['W symmetric', 'zero diagonal']
    """
    out = []
    if not is_symmetric(net):
        out.append("W symmetric")
    if not has_zero_diagonal(net):
        out.append("zero diagonal")
    return out


def _outcome(sid: str, inst: Instance, ok: bool, cases: int, detail: str, t0: float) -> Outcome:
    return Outcome(sid, inst.name, inst.n, PASS if ok else FAIL, cases, detail,
                   time.perf_counter() - t0)


def _skip(sid: str, inst: Instance, why: str) -> Outcome:
    return Outcome(sid, inst.name, inst.n, SKIP, 0, why)


def _flip_check(sid: str, inst: Instance, failures: Callable[[ConvergenceCertificate], int],
                example: Callable[[ConvergenceCertificate], tuple[int, int] | None],
                what: str) -> Outcome:
    unmet = unmet_hopfield(inst.network)
    if unmet:
        return _skip(sid, inst, f"hypothesis fails: {', '.join(unmet)}")
    t0 = time.perf_counter()
    c = certificate(inst.network)
    bad = failures(c)
    if bad:
        k, u = example(c)  # type: ignore[misc]
        return _outcome(sid, inst, False, c.cases,
                        f"{bad} failure(s), first at state {list(state_of_index(inst.n, k))}, "
                        f"site {u}", t0)
    return _outcome(sid, inst, True, c.cases,
                    f"{what} on all {c.cases} (state, site) pairs ({c.flips} flips; {c.dtype}, "
                    f"|2E| ≤ {c.energy_bound})", t0)


def check_t1(inst: Instance) -> Outcome:
    """T1 (``E_final_Form``) for every state and every site."""
    return _flip_check("T1", inst, lambda c: c.t1_failures, lambda c: c.t1_example,
                       "E(Up_u s) − E(s) = (s_u − Up_u(s)_u)·L_u(s)")


def check_t2(inst: Instance) -> Outcome:
    """T2 (``energy_diff_leq_zero``) for every state and every site."""
    return _flip_check("T2", inst, lambda c: c.t2_failures, lambda c: c.t2_example,
                       "E never increases")


def check_t3(inst: Instance) -> Outcome:
    """T3 (``energy_lt_zero_or_pluses_increase``) for every state and every site."""
    return _flip_check("T3", inst, lambda c: c.t3_failures, lambda c: c.t3_example,
                       "E drops, or E stays and pluses rises,")


def fair_schedule_runs(net: Network, starts: list[int], rng: random.Random,
                       max_sweeps: int) -> list[int | None]:
    """Run a seeded fair schedule (a fresh random permutation each sweep) from each start.

    Returns the number of updates until the state is stable, or ``None`` if it
    is not stable after ``max_sweeps`` sweeps. Uses the engine's ``up``.

    >>> fair_schedule_runs(Network.from_weights([[0, 1], [1, 0]]), [1, 2], random.Random(0), 4)
    [1, 1]
    """
    out: list[int | None] = []
    n = net.n
    for k in starts:
        s = state_of_index(n, k)
        steps = 0
        result: int | None = None
        for _ in range(max_sweeps + 1):
            if is_stable(net, s):
                result = steps
                break
            order = list(range(n))
            rng.shuffle(order)
            for u in order:
                t = up(net, s, u)
                steps += 1
                if t != s:
                    s = t
                    if is_stable(net, s):
                        break
            if is_stable(net, s):
                result = steps
                break
        out.append(result)
    return out


def check_t4(inst: Instance, seed: int = 0, sample: int = 16) -> Outcome:
    """T4: every start reaches a stable state (cyclic schedule, exhaustive) and
    seeded random permutation sweeps (fair) from ``sample`` starts do too."""
    unmet = unmet_hopfield(inst.network)
    if unmet:
        return _skip("T4", inst, f"hypothesis fails: {', '.join(unmet)}")
    t0 = time.perf_counter()
    c = certificate(inst.network)
    n, size = inst.n, 1 << inst.n
    rng = random.Random(seed)
    starts = rng.sample(range(size), min(sample, size))
    runs = fair_schedule_runs(inst.network, starts, rng, max_sweeps=size + 1)
    stuck = [k for k, r in zip(starts, runs) if r is None]
    ok = c.nonconvergent == 0 and not stuck
    if not ok:
        where = c.nonconvergent_example if c.nonconvergent else stuck[0]
        return _outcome("T4", inst, False, size + len(starts),
                        f"start {list(state_of_index(n, where))} never becomes stable", t0)
    return _outcome("T4", inst, True, size + len(starts),
                    f"all {size} starts stable (cyclic); {len(starts)} seeded permutation-sweep "
                    f"runs stable within {max(r for r in runs if r is not None)} updates", t0)


def check_t5(inst: Instance) -> Outcome:
    """T5: every start is stable within ``n·2^n`` cyclic steps (exact ``convSteps``)."""
    unmet = unmet_hopfield(inst.network)
    if unmet:
        return _skip("T5", inst, f"hypothesis fails: {', '.join(unmet)}")
    t0 = time.perf_counter()
    c = certificate(inst.network)
    size = 1 << inst.n
    if not c.t5_ok:
        return _outcome("T5", inst, False, size,
                        f"{c.nonconvergent} start(s) not stable within n·2^n = {c.bound}", t0)
    return _outcome("T5", inst, True, size,
                    f"all {size} starts: max convSteps = {c.max_conv_steps} ≤ n·2^n = {c.bound} "
                    f"({c.sweeps} sweeps)", t0)


def _patterns(inst: Instance) -> tuple[Network, list] | None:
    if inst.patterns is None:
        return None
    return hebbian(list(inst.patterns), inst.network.thresholds), list(inst.patterns)


def check_t6(inst: Instance) -> Outcome:
    """T6: ``W p_j = (n − m)·p_j`` (full product; the Hebbian diagonal is zero)."""
    got = _patterns(inst)
    if got is None:
        return _skip("T6", inst, "no patterns")
    net, pats = got
    if not pairwise_orthogonal(pats):
        return _skip("T6", inst, "hypothesis fails: patterns pairwise orthogonal")
    t0 = time.perf_counter()
    n, m = inst.n, len(pats)
    bad = [j for j, p in enumerate(pats)
           if any(sum(net.weights[u][v] * p[v] for v in range(n)) != (n - m) * p[u]
                  for u in range(n))]
    if bad:
        return _outcome("T6", inst, False, m * n, f"W p_{bad[0]} ≠ (n − m) p_{bad[0]}", t0)
    return _outcome("T6", inst, True, m * n, f"W p_j = {n - m}·p_j for all {m} patterns", t0)


def check_t7(inst: Instance) -> Outcome:
    """T7: with ``m < n`` pairwise-orthogonal patterns, every pattern is stable."""
    got = _patterns(inst)
    if got is None:
        return _skip("T7", inst, "no patterns")
    net, pats = got
    unmet = ([] if pairwise_orthogonal(pats) else ["patterns pairwise orthogonal"]) + \
            ([] if len(pats) < inst.n else ["m < n"])
    if any(t != 0 for t in net.thresholds):
        unmet.append("θ = 0")
    if unmet:
        return _skip("T7", inst, f"hypothesis fails: {', '.join(unmet)}")
    t0 = time.perf_counter()
    bad = [j for j, p in enumerate(pats) if not is_stable(net, p)]
    if bad:
        return _outcome("T7", inst, False, len(pats), f"pattern {bad[0]} is not stable", t0)
    return _outcome("T7", inst, True, len(pats), f"all {len(pats)} patterns stable (m < n = {inst.n})",
                    t0)


HOPFIELD_CHECKS: dict[str, Callable[..., Outcome]] = {
    "T1": check_t1, "T2": check_t2, "T3": check_t3, "T4": check_t4, "T5": check_t5,
    "T6": check_t6, "T7": check_t7,
}
"""The checks of this module by statement ID (T4 also takes ``seed``)."""
