"""Checks of T8–T15, T19, T20: the Boltzmann side, exact or symbolic in ``b``.

* T8–T11 are identities: they are checked as rational functions of a symbol
  ``b`` with SymPy. The identities depend on a state and site only through the
  triple ``(E(s⁺_u), E(s⁻_u), L_u(s))``, and multiplying by the unit
  ``b^(E(s⁻_u))`` of ``ℚ(b)`` turns the identity for ``(E⁺, E⁻, L)`` into the one
  for ``(E⁺ − E⁻, 0, L)``; so each distinct pair ``(E⁺ − E⁻, L)`` is checked once
  in SymPy and every ``(state, site)`` pair is mapped to it exhaustively (T11
  also as the engine's whole symbolic kernel for ``n ≤ 3``).
* T12–T15 and T20 are exact rational checks at the instance's base ``b``
  (default ``2``), through :mod:`.fast`.
* T19 is an exact limit: ``sympy.limit`` of the ``exp(β)`` form as ``β → ∞``
  for each local field that occurs, against the engine's ``zero_temp_prob_pos``;
  on a tie the limit is ``½`` while ``Up`` gives ``+1``.

>>> from hopfield_bridge.catalogue import builtin
>>> check_t10(builtin("paper-boltzmann-2")).status
'pass'
"""
from __future__ import annotations

import time
from fractions import Fraction
from functools import lru_cache
from typing import Callable

import numpy as np
import sympy

from ..dynamics import up_value
from ..gibbs import prob_pos_base, zero_temp_prob_pos
from ..instance import Instance
from ..network import Network, is_integral, is_symmetric
from ..states import state_of_index
from ..symbolic import boltzmann_weights_symbolic, kernel_symbolic, prob_pos_beta, prob_pos_symbolic
from .fast import (LocalKernel, StationarityCertificate, boltzmann_integer_weights, energies_fast,
                   field_table, integer_data, partner, random_scan_local_kernel,
                   stationarity_certificate)
from .statements import FAIL, PASS, SKIP, Outcome

__all__ = ["DEFAULT_BASE", "B", "BETA", "unmet_boltzmann", "flip_triples", "local_kernel",
           "stationarity", "support_reach", "zero_temp_limit", "dobrushin_minorisation",
           "check_t8", "check_t9", "check_t10", "check_t11", "check_t12", "check_t13",
           "check_t14", "check_t15", "check_t19", "check_t20", "BOLTZMANN_CHECKS"]

DEFAULT_BASE = Fraction(2)
"""The base ``b = exp β`` used when an instance gives none."""
B = sympy.Symbol("b", positive=True)
BETA = sympy.Symbol("beta", positive=True)


def unmet_boltzmann(net: Network) -> list[str]:
    """Hypotheses of the exact base form that ``net`` violates.

    >>> unmet_boltzmann(Network.from_weights([[0, 1], [2, 0]]))
    ['W symmetric']
    """
    out = []
    if not is_symmetric(net):
        out.append("W symmetric")
    if not is_integral(net):
        out.append("integer W, θ")
    return out


def _base(inst: Instance) -> Fraction:
    return inst.exp_beta if inst.exp_beta is not None else DEFAULT_BASE


def _bstr(b: Fraction) -> str:
    return str(b.numerator) if b.denominator == 1 else f"{b.numerator}/{b.denominator}"


def _skip(sid: str, inst: Instance, why: str) -> Outcome:
    return Outcome(sid, inst.name, inst.n, SKIP, 0, why)


def _done(sid: str, inst: Instance, ok: bool, cases: int, detail: str, t0: float) -> Outcome:
    return Outcome(sid, inst.name, inst.n, PASS if ok else FAIL, cases, detail,
                   time.perf_counter() - t0)


def _guard(sid: str, inst: Instance) -> Outcome | None:
    unmet = unmet_boltzmann(inst.network)
    if unmet:
        return _skip(sid, inst, f"hypothesis fails: {', '.join(unmet)}")
    return None


@lru_cache(maxsize=8)
def flip_triples(net: Network) -> tuple[np.ndarray, np.ndarray, int]:
    """Distinct ``(E(s⁺_u), E(s⁻_u), L_u(s))`` rows, a state/site witness per row, and
    the number of (state, site) pairs mapped onto them (``n·2^(n−1)``).

    >>> rows, witness, pairs = flip_triples(Network.from_weights([[0, 1], [1, 0]]))
    >>> rows.tolist(), pairs
    ([[-1, 1, 1], [1, -1, -1]], 4)
    """
    data = integer_data(net)
    e = energies_fast(net).astype(np.int64)
    n, size = net.n, 1 << net.n
    k = np.arange(size, dtype=np.int64)
    rows, wit = [], []
    for u in range(n):
        low = ((k >> u) & 1) == 0                  # s = s⁻_u; its partner is s⁺_u
        lo = k[low]
        field = field_table(data, u, np.int64)[low]
        rows.append(np.stack([e[lo | (1 << u)], e[lo], field], axis=1))
        wit.append(np.stack([lo, np.full(lo.size, u)], axis=1))
    allrows, allwit = np.concatenate(rows), np.concatenate(wit)
    uniq, first = np.unique(allrows, axis=0, return_index=True)
    return uniq, allwit[first], len(allrows)


def _reduced(rows: np.ndarray) -> list[tuple[int, int]]:
    """Distinct ``(E⁺ − E⁻, L)`` pairs of the triples (see the module doc)."""
    return sorted({(int(ep - em), int(f)) for ep, em, f in rows.tolist()})


def check_t8(inst: Instance) -> Outcome:
    """T8: ``H(s⁺_u) − H(s⁻_u) = −2·L_u(s)`` for every pair, in integers; and the
    ``b``-form ``b^(−H(s⁺))/b^(−H(s⁻)) = b^(2L)`` as rational functions of ``b``."""
    if (g := _guard("T8", inst)) is not None:
        return g
    t0 = time.perf_counter()
    rows, wit, pairs = flip_triples(inst.network)
    bad = [i for i, (ep, em, f) in enumerate(rows.tolist()) if ep - em != -2 * f]
    red = _reduced(rows)
    bad_sym = [d for d, f in red if sympy.cancel(B ** (-d) - B ** (2 * f)) != 0]
    if bad or bad_sym:
        if bad:
            k, u = wit[bad[0]].tolist()
            return _done("T8", inst, False, pairs, f"fails at state "
                         f"{list(state_of_index(inst.n, k))}, site {u}", t0)
        return _done("T8", inst, False, pairs, f"b-form fails for ΔH = {bad_sym[0]}", t0)
    return _done("T8", inst, True, pairs, f"all {pairs} (state, site) pairs in integers; b-form "
                 f"b^(−H⁺)/b^(−H⁻) = b^(2L) in ℚ(b) for {len(red)} distinct (ΔH, L)", t0)


def check_t9(inst: Instance) -> Outcome:
    """T9: for every local field ``L`` that occurs, ``probPos(b) = 1/(1 + b^(−2L))``
    equals the Boltzmann conditional ``b^(−H⁺)/(b^(−H⁺) + b^(−H⁻))`` in ``ℚ(b)``, equals
    the ``exp`` form at ``b = exp β`` (SymPy), and matches the engine at the given ``b``."""
    if (g := _guard("T9", inst)) is not None:
        return g
    t0 = time.perf_counter()
    rows, wit, pairs = flip_triples(inst.network)
    b = _base(inst)
    red = _reduced(rows)
    bval = sympy.Rational(b.numerator, b.denominator)
    bad: list[tuple[int, int]] = []
    for d, f in red:
        p = prob_pos_symbolic(B, f)
        wp = B ** (-d)                        # b^(−H⁺) / b^(−H⁻)
        if sympy.cancel(p - wp / (wp + 1)) != 0:
            bad.append((d, f))
        elif sympy.Rational(prob_pos_base(b, f)) != p.subs(B, bval):
            bad.append((d, f))
    fields = sorted({f for _, f in red})
    bad_exp = [f for f in fields if sympy.simplify(prob_pos_symbolic(sympy.exp(BETA), f)
                                                   - prob_pos_beta(BETA, f)) != 0]
    if bad or bad_exp:
        return _done("T9", inst, False, pairs, f"fails for L = {bad_exp or bad[0][1]}", t0)
    return _done("T9", inst, True, pairs,
                 f"{len(fields)} local fields: probPos = Boltzmann conditional in ℚ(b), = exp form "
                 f"at b = exp β, exact at b = {_bstr(b)}", t0)


def check_t10(inst: Instance) -> Outcome:
    """T10: ``π(s)K_u(s,s') = π(s')K_u(s',s)`` in ``ℚ(b)`` for every distinct triple, and
    exactly per edge at the given ``b``."""
    if (g := _guard("T10", inst)) is not None:
        return g
    t0 = time.perf_counter()
    rows, wit, pairs = flip_triples(inst.network)
    red = _reduced(rows)
    bad = []
    for d, f in red:
        p = prob_pos_symbolic(B, f)
        if sympy.cancel(p - B ** (-d) * (1 - p)) != 0:
            bad.append((d, f))
    cert = stationarity(inst.network, _base(inst))
    if bad or cert.balance_failures:
        where = f"(ΔH, L) = {bad[0]}" if bad else f"{cert.balance_failures} edges at b"
        return _done("T10", inst, False, pairs, f"detailed balance fails: {where}", t0)
    return _done("T10", inst, True, pairs, f"{len(red)} distinct (ΔH, L) in ℚ(b) cover {pairs} "
                 f"pairs; all {cert.edges} edges exact at b = {_bstr(_base(inst))}", t0)


def check_t11(inst: Instance) -> Outcome:
    """T11: ``π(s)K(s,t) = π(t)K(t,s)`` for all ``s, t`` in ``ℚ(b)``: the engine's whole
    symbolic kernel for ``n ≤ 4``; via the distinct triples (with the ``1/n``) above."""
    if (g := _guard("T11", inst)) is not None:
        return g
    t0 = time.perf_counter()
    net, n = inst.network, inst.n
    if n <= 3:
        k = kernel_symbolic(B, net)
        w = boltzmann_weights_symbolic(B, net)
        size = 1 << n
        # π(s)K(s,t) = π(t)K(t,s)  ⇔  (w_s/w_t)·K(s,t) − K(t,s) = 0  (w_t is a unit of ℚ(b))
        bad = [(s, t) for s in range(size) for t in range(s + 1, size)
               if (k[s, t] != 0 or k[t, s] != 0)
               and sympy.cancel(sympy.powsimp(w[s] / w[t]) * k[s, t] - k[t, s]) != 0]
        cases = size * (size - 1) // 2
        if bad:
            return _done("T11", inst, False, cases, f"not reversible at states {bad[0]}", t0)
        return _done("T11", inst, True, cases, f"whole {size}×{size} kernel reversible in ℚ(b)", t0)
    rows, wit, pairs = flip_triples(net)
    red = _reduced(rows)
    bad2 = [(d, f) for d, f in red
            if sympy.cancel(prob_pos_symbolic(B, f) / n - B ** (-d) * (1 - prob_pos_symbolic(B, f)) / n)
            != 0]
    if bad2:
        return _done("T11", inst, False, pairs, f"not reversible: (ΔH, L) = {bad2[0]}", t0)
    return _done("T11", inst, True, pairs, f"{len(red)} distinct (ΔH, L) in ℚ(b) cover all {pairs} "
                 "edges (K(s,t) = 0 unless s, t differ in ≤ 1 site)", t0)


@lru_cache(maxsize=8)
def local_kernel(net: Network, b: Fraction) -> LocalKernel:
    """The cached exact random-scan kernel of ``net`` at ``b``."""
    return random_scan_local_kernel(net, b)


@lru_cache(maxsize=8)
def stationarity(net: Network, b: Fraction) -> StationarityCertificate:
    """The cached exact ``πK = π`` certificate of ``net`` at ``b``."""
    return stationarity_certificate(boltzmann_integer_weights(net, b), local_kernel(net, b))


def check_t12(inst: Instance) -> Outcome:
    """T12: ``K(s,s) > 0`` for every state, exactly at ``b``."""
    if (g := _guard("T12", inst)) is not None:
        return g
    t0 = time.perf_counter()
    cert = stationarity(inst.network, _base(inst))
    return _done("T12", inst, cert.min_stay > 0 and cert.row_failures == 0, cert.states,
                 f"min_s K(s,s) = {cert.min_stay.numerator}/{cert.min_stay.denominator} "
                 f"≈ {float(cert.min_stay):.3g} > 0; rows sum to 1 exactly", t0)


def support_reach(kernel: LocalKernel, reverse: bool = False) -> int:
    """How many states state 0 reaches (``reverse``: reaches state 0) on ``K``'s support.

    >>> support_reach(random_scan_local_kernel(Network.from_weights([[0, 1], [1, 0]]), Fraction(2)))
    4
    """
    n = kernel.n
    pos = [f > 0 for f in kernel.flip]
    seen = np.zeros(1 << n, dtype=bool)
    seen[0] = True
    frontier = seen.copy()
    while frontier.any():
        nxt = np.zeros_like(seen)
        for u in range(n):
            if reverse:
                nxt |= partner(frontier, u) & pos[u]      # p → p^u = f needs K(p, p^u) > 0
            else:
                nxt |= partner(frontier & pos[u], u)      # f → f^u needs K(f, f^u) > 0
        frontier = nxt & ~seen
        seen |= frontier
    return int(seen.sum())


def check_t13(inst: Instance) -> Outcome:
    """T13: the support graph of ``K`` is strongly connected (BFS both ways from state 0)."""
    if (g := _guard("T13", inst)) is not None:
        return g
    t0 = time.perf_counter()
    k = local_kernel(inst.network, _base(inst))
    size = 1 << inst.n
    fwd, back = support_reach(k), support_reach(k, reverse=True)
    return _done("T13", inst, fwd == size and back == size, size,
                 f"state 0 reaches {fwd} and is reached from {back} of {size} states", t0)


def _support(k: LocalKernel) -> np.ndarray:
    size = 1 << k.n
    sup = np.zeros((size, size), dtype=bool)
    rows = np.arange(size)
    sup[rows, rows] = k.stay > 0
    for u in range(k.n):
        sup[rows, rows ^ (1 << u)] = k.flip[u] > 0
    return sup


def check_t14(inst: Instance) -> Outcome:
    """T14: positive diagonal + irreducible ⇒ primitive; the exponent is exhibited.

    With every flip probability positive the support is the hypercube with loops,
    so ``K^k(s,t) > 0`` iff the Hamming distance is ``≤ k``: the exponent is ``n``.
    For ``2^n ≤ 256`` the exponent is also found by boolean matrix powers.
    """
    if (g := _guard("T14", inst)) is not None:
        return g
    t0 = time.perf_counter()
    k = local_kernel(inst.network, _base(inst))
    n, size = inst.n, 1 << inst.n
    full = all(bool(np.all(f > 0)) for f in k.flip) and bool(np.all(k.stay > 0))
    exponent = n if full else None
    note = "support = hypercube with loops ⇒ exponent n"
    if n <= 8:
        from .perron_frobenius import primitivity_exponent
        exponent = primitivity_exponent(_support(k))
        note = "exponent found by boolean powers"
    ok = exponent is not None and exponent <= n
    return _done("T14", inst, ok, size,
                 f"K^{exponent} > 0 and K^{exponent - 1 if exponent else '?'} is not ({note}); "
                 f"≤ n = {n}" if ok else f"exponent {exponent} (n = {n})", t0)


def check_t15(inst: Instance) -> Outcome:
    """T15: ``πK = π`` exactly; uniqueness from ``rank(K − I) = 2^n − 1`` (mod a prime,
    a lower bound on the rational rank) for ``2^n ≤ 256``, else from irreducibility."""
    if (g := _guard("T15", inst)) is not None:
        return g
    t0 = time.perf_counter()
    b = _base(inst)
    cert = stationarity(inst.network, b)
    size = cert.states
    if not cert.ok:
        ex = cert.stationary_example
        return _done("T15", inst, False, size,
                     f"πK ≠ π at {cert.stationary_failures} states"
                     + (f", first {list(state_of_index(inst.n, ex))}" if ex is not None else ""), t0)
    if inst.n <= 8:
        from .perron_frobenius import rank_mod_p
        k = local_kernel(inst.network, b)
        dense = k.dense()
        for i in range(size):
            dense[i][i] -= k.den
        r = rank_mod_p(dense)
        unique = f"rank(K − I) = {r} = 2^n − 1 (mod p ⇒ over ℚ)"
        ok = r == size - 1
    else:
        ok = support_reach(local_kernel(inst.network, b)) == size
        unique = "unique since K is irreducible (T13, T16)"
    return _done("T15", inst, ok, size, f"πK = π at all {size} states ({cert.dtype}); {unique}", t0)


@lru_cache(maxsize=64)
def zero_temp_limit(field: int) -> sympy.Expr:
    """``lim_{β→∞} 1/(1 + exp(−2βL))`` by ``sympy.limit``.

    >>> zero_temp_limit(0), zero_temp_limit(-3)
    (1/2, 0)
    """
    return sympy.limit(prob_pos_beta(BETA, sympy.Integer(field)), BETA, sympy.oo)


def check_t19(inst: Instance) -> Outcome:
    """T19: the limit equals ``zero_temp_prob_pos`` for every (state, site); a tie gives
    ``½``, which differs from ``Up``'s ``+1`` (shown, not a failure)."""
    if (g := _guard("T19", inst)) is not None:
        return g
    t0 = time.perf_counter()
    net, n = inst.network, inst.n
    data = integer_data(net)
    k = np.arange(1 << n, dtype=np.int64)
    bad, tie, cases = None, None, 0
    for u in range(n):
        field = field_table(data, u, np.int64)
        for f in np.unique(field).tolist():
            j = int(k[field == f][0])
            s = state_of_index(n, j)
            lim = zero_temp_limit(f)
            if Fraction(str(lim)) != zero_temp_prob_pos(net, s, u):
                bad = bad or (s, u, lim)
            if f == 0 and tie is None:
                tie = (s, u, lim, up_value(net, s, u))
        cases += 1 << n
    if bad:
        return _done("T19", inst, False, cases, f"limit {bad[2]} ≠ zero_temp_prob_pos at {bad[0]}, "
                     f"site {bad[1]}", t0)
    extra = (f"; tie at {list(tie[0])}, site {tie[1]}: limit {tie[2]}, Up gives {tie[3]:+d}"
             if tie else "; no tie occurs")
    return _done("T19", inst, True, cases, f"sympy.limit = zero_temp_prob_pos on all {cases} pairs"
                 + extra, t0)


def dobrushin_minorisation(kernel: LocalKernel, power: int) -> Fraction:
    """``ε = Σ_t min_s K^power(s,t)``, exactly (flint); ``ε > 0`` gives
    ``‖μK^(power·j) − π‖_TV ≤ (1 − ε)^j`` for every initial law ``μ``.

    >>> dobrushin_minorisation(random_scan_local_kernel(Network.from_weights([[0]]), Fraction(2)), 1)
    Fraction(1, 1)
    """
    import flint
    m = flint.fmpz_mat(kernel.dense())
    p = m ** power
    size = 1 << kernel.n
    rows = p.tolist()
    total = sum(min(int(rows[s][t]) for s in range(size)) for t in range(size))
    return Fraction(total, kernel.den ** power)


def check_t20(inst: Instance) -> Outcome:
    """T20: ``πK = π`` and ``ε = Σ_t min_s K^n(s,t) > 0`` (exact), so every initial law
    converges to ``π`` geometrically: ``TV ≤ (1 − ε)^j`` after ``n·j`` steps."""
    if (g := _guard("T20", inst)) is not None:
        return g
    t0 = time.perf_counter()
    b = _base(inst)
    cert = stationarity(inst.network, b)
    eps = dobrushin_minorisation(local_kernel(inst.network, b), inst.n)
    ok = cert.ok and eps > 0
    return _done("T20", inst, ok, cert.states,
                 f"πK = π and ε = Σ_t min_s K^{inst.n}(s,t) ≈ {float(eps):.3g} > 0 "
                 f"(exact rational, {eps.denominator.bit_length()}-bit denominator) ⇒ "
                 f"TV(μK^(nj), π) ≤ (1 − ε)^j", t0)


BOLTZMANN_CHECKS: dict[str, Callable[[Instance], Outcome]] = {
    "T8": check_t8, "T9": check_t9, "T10": check_t10, "T11": check_t11, "T12": check_t12,
    "T13": check_t13, "T14": check_t14, "T15": check_t15, "T19": check_t19, "T20": check_t20,
}
"""The checks of this module by statement ID."""
