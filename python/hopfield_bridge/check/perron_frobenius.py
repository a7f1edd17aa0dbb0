"""Exact Perron–Frobenius certificates (T16–T18) for the random-scan kernel.

For ``K = N/den`` (row-stochastic, ``2^n`` states, exact integers ``N``):

* **T16** irreducibility from the strongly connected support graph (BFS both ways),
  ``rank(K − I) = 2^n − 1`` (rank mod a prime is a lower bound on the rank over
  ``ℚ``; row sums give the upper bound), and ``πK = π`` with ``π > 0``.
* **T17/T18** the characteristic polynomial over ``ℚ`` (flint's multimodular
  ``fmpz_mat.charpoly`` of ``N``; ``p_K(x) = p_N(den·x)/den^m``), exactly:
  ``p_K(1) = 0`` and ``q = p_K/(x − 1)`` has ``q(1) ≠ 0`` (1 is simple),
  ``p_K(−1) ≠ 0``, and every root of ``q`` is real and in ``(−1, 1)``: for each
  irreducible factor ``f`` of ``q`` (flint's exact factorisation), ``deg f`` disjoint intervals inside
  ``(−1, 1)`` on which ``f`` changes sign, evaluated exactly at dyadic rational
  end points. (The intervals come from floating-point eigenvalues of the
  similar symmetric matrix ``S(s,t) = √(K(s,t)K(t,s))`` — a *hint* only: a
  sign change of ``f`` at exact rationals proves a root, and ``deg f`` of them
  prove all roots real. If the hint does not separate the roots, flint's
  certified ``complex_roots`` (arb balls, real roots with an exactly zero
  imaginary part) is used instead.)
* ``λ₂`` (and ``λ_min``) is then isolated by exact bisection to a chosen width,
  giving the spectral gap ``1 − λ₂`` as an exact rational interval.

``√(K(s,t)K(t,s))`` is rational here (``P(+)·P(−) = (pq)^(2|L|)/(p^(2|L|) + q^(2|L|))²``
for ``b = p/q``), so ``D^(1/2) K D^(−1/2)`` is a rational symmetric matrix.

>>> from hopfield_bridge.network import Network
>>> c = perron_frobenius_certificate(Network.from_weights([[0, 1], [1, 0]]), Fraction(2))
>>> c.ok, c.lambda2, c.exponent
(True, (Fraction(4, 5), Fraction(4, 5)), 2)
"""
from __future__ import annotations

import os
import time
from contextlib import contextmanager
from dataclasses import dataclass
from fractions import Fraction
from typing import Iterator

import flint
import numpy as np

from ..network import Network
from .fast import boltzmann_integer_weights, random_scan_local_kernel, stationarity_certificate

__all__ = ["PRIME", "rank_mod_p", "is_irreducible", "primitivity_exponent", "PFCertificate",
           "perron_frobenius_certificate", "charpoly_kernel", "real_root_intervals",
           "refine_root", "flint_threads"]

PRIME = 2 ** 61 - 1
"""The prime of the modular rank and charpoly checks."""


def rank_mod_p(rows: list[list[int]], p: int = PRIME) -> int:
    """Rank of an integer matrix modulo ``p`` (``≤`` its rank over ``ℚ``).

    >>> rank_mod_p([[1, 2], [2, 4]])
    1
    """
    return int(flint.nmod_mat([[x % p for x in row] for row in rows], p).rank())


def _reach(adj: np.ndarray) -> int:
    seen = np.zeros(adj.shape[0], dtype=bool)
    seen[0] = True
    frontier = seen.copy()
    while frontier.any():
        frontier = adj[frontier].any(axis=0) & ~seen
        seen |= frontier
    return int(seen.sum())


def is_irreducible(support: np.ndarray) -> bool:
    """The directed graph ``i → j ⇔ support[i, j]`` is strongly connected.

    >>> is_irreducible(np.array([[1, 1], [0, 1]], dtype=bool))
    False
    """
    m = support.shape[0]
    return _reach(support) == m and _reach(support.T) == m


def primitivity_exponent(support: np.ndarray) -> int | None:
    """The least ``k`` with ``support^k > 0`` (boolean powers), or ``None`` if there is none.

    Stops at Wielandt's bound ``(m − 1)² + 1``.

    >>> primitivity_exponent(np.array([[0, 1], [1, 0]], dtype=bool)) is None
    True
    >>> primitivity_exponent(np.array([[1, 1], [1, 0]], dtype=bool))
    2
    """
    if not is_irreducible(support):
        return None
    m = support.shape[0]
    a = support.astype(np.int64)
    p = a.copy()
    for k in range(1, (m - 1) ** 2 + 2):
        if p.all():
            return k
        p = ((p @ a) > 0).astype(np.int64)
    return None


@contextmanager
def flint_threads(count: int | None = None) -> Iterator[None]:
    """Let flint use ``count`` threads (default: every CPU) inside the block."""
    old = flint.ctx.threads
    flint.ctx.threads = count or os.cpu_count() or 1
    try:
        yield
    finally:
        flint.ctx.threads = old


def charpoly_kernel(numerators: list[list[int]], den: int) -> flint.fmpq_poly:
    """``det(x·I − N/den)`` over ``ℚ``: the multimodular charpoly of ``N``, rescaled.

    >>> charpoly_kernel([[1, 1], [1, 1]], 2)
    x^2 + (-1)*x
    """
    m = len(numerators)
    with flint_threads():
        cp = flint.fmpz_mat(numerators).charpoly()
    coeffs = cp.coeffs()
    return flint.fmpq_poly([flint.fmpq(int(c), den ** (m - k)) for k, c in enumerate(coeffs)])


def _q(x: Fraction) -> flint.fmpq:
    return flint.fmpq(x.numerator, x.denominator)


def _sign(f: flint.fmpq_poly, x: Fraction) -> int:
    v = f(_q(x))
    return (v > 0) - (v < 0)


def real_root_intervals(f: flint.fmpq_poly, hints: list[float], lo: Fraction,
                        hi: Fraction) -> list[tuple[Fraction, Fraction]] | None:
    """``deg f`` disjoint intervals in ``(lo, hi)`` where the square-free ``f`` changes sign,
    found from approximate roots ``hints``; ``None`` if the hints do not separate them.

    A sign change at exact rational end points proves a root in each interval;
    ``deg f`` of them prove that every root of ``f`` is real and lies in ``(lo, hi)``.

    >>> x = flint.fmpq_poly([0, 1])
    >>> real_root_intervals(x * x - flint.fmpq(1, 4), [-0.5, 0.5], Fraction(-1), Fraction(1))
    [(Fraction(-3, 4), Fraction(0, 1)), (Fraction(0, 1), Fraction(3, 4))]
    """
    d = f.degree()
    if d == 0:
        return []
    pts = sorted(hints)
    centres: list[float] = []
    for x in pts:
        if centres and x - centres[-1] < 1e-9:
            continue
        centres.append(x)
    if not centres or centres[0] <= float(lo) or centres[-1] >= float(hi):
        return None
    cuts = [(Fraction(float(lo)) + Fraction(centres[0])) / 2]
    cuts += [Fraction((a + b) / 2) for a, b in zip(centres, centres[1:])]
    cuts.append((Fraction(centres[-1]) + Fraction(float(hi))) / 2)
    if cuts[0] <= lo or cuts[-1] >= hi:
        return None
    signs = [_sign(f, c) for c in cuts]
    if 0 in signs:
        return None
    out = [(a, b) for a, b, sa, sb in zip(cuts, cuts[1:], signs, signs[1:]) if sa != sb]
    return out if len(out) == d else None


def refine_root(f: flint.fmpq_poly, a: Fraction, b: Fraction,
                width: Fraction) -> tuple[Fraction, Fraction]:
    """Shrink ``[a, b]`` (``f`` changes sign) by exact bisection to width ``≤ width``;
    a linear ``f`` gives its root exactly.

    >>> x = flint.fmpq_poly([0, 1])
    >>> refine_root(x * x - 2, Fraction(1), Fraction(2), Fraction(1, 8))
    (Fraction(11, 8), Fraction(3, 2))
    """
    if f.degree() == 1:
        c0, c1 = f.coeffs()
        root = Fraction(int((-c0 / c1).p), int((-c0 / c1).q))
        return root, root
    sa = _sign(f, a)
    while b - a > width:
        mid = (a + b) / 2
        sm = _sign(f, mid)
        if sm == 0:
            return mid, mid
        if sm == sa:
            a = mid
        else:
            b = mid
    return a, b


def _arb_intervals(f: flint.fmpq_poly) -> list[tuple[Fraction, Fraction]] | None:
    """Certified real-root enclosures from flint/arb ``complex_roots`` (``None`` if any root
    is not certified real)."""
    num = f.numer()
    out = []
    for root, mult in num.complex_roots():
        if root.imag != 0 or mult != 1:
            return None
        mid, rad = root.real.mid(), root.real.rad()
        m_man, m_exp = mid.man_exp()
        r_man, r_exp = rad.man_exp()
        centre = Fraction(int(m_man)) * Fraction(2) ** int(m_exp)
        radius = Fraction(int(r_man)) * Fraction(2) ** int(r_exp)
        out.append((centre - radius, centre + radius))
    return sorted(out)


@dataclass(frozen=True)
class PFCertificate:
    """Exact Perron–Frobenius facts of the random-scan kernel (see the module doc).

    Intervals are closed rational intervals ``(lo, hi)``; ``phases`` are
    ``(name, seconds)`` pairs.
    """

    n: int
    states: int
    den_bits: int
    irreducible: bool
    exponent: int | None
    rank: int
    stationary: bool
    charpoly_bits: int
    one_is_root: bool
    one_simple: bool
    minus_one_root: bool
    real_roots: int
    roots_inside: int
    method: str
    lambda2: tuple[Fraction, Fraction] | None
    lambda2_multiplicity: int
    lambda_min: tuple[Fraction, Fraction] | None
    gap: tuple[Fraction, Fraction] | None
    abs_gap: tuple[Fraction, Fraction] | None
    phases: tuple[tuple[str, float], ...]

    @property
    def t16(self) -> bool:
        """Irreducible ⇒ the stationary simplex vector is unique (and it is ``π``)."""
        return self.irreducible and self.rank == self.states - 1 and self.stationary

    @property
    def t17(self) -> bool:
        """Every eigenvalue has ``|μ| ≤ 1 = r`` (all real, in ``(−1, 1)`` apart from 1)."""
        return self.one_is_root and self.real_roots == self.states and \
            self.roots_inside == self.states - 1

    @property
    def t18(self) -> bool:
        """Primitive ⇒ ``|μ| < 1`` for ``μ ≠ 1`` and 1 is algebraically simple."""
        return self.exponent is not None and self.t17 and self.one_simple and not self.minus_one_root

    @property
    def ok(self) -> bool:
        """T16, T17 and T18 all certified."""
        return self.t16 and self.t17 and self.t18


def _abs_interval(iv: tuple[Fraction, Fraction]) -> tuple[Fraction, Fraction]:
    lo, hi = iv
    if lo >= 0:
        return lo, hi
    if hi <= 0:
        return -hi, -lo
    return Fraction(0), max(-lo, hi)


def perron_frobenius_certificate(net: Network, b: Fraction,
                                 width: Fraction = Fraction(1, 2 ** 40)) -> PFCertificate:
    """Certify T16–T18 for the random-scan kernel of ``net`` at base ``b``, exactly.

    ``width`` is the width of the rational intervals around ``λ₂`` and ``λ_min``.
    """
    phases: list[tuple[str, float]] = []
    t = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal t
        now = time.perf_counter()
        phases.append((name, now - t))
        t = now

    b = Fraction(b)
    kern = random_scan_local_kernel(net, b)
    m, den = 1 << net.n, kern.den
    dense = kern.dense()
    stationary = stationarity_certificate(boltzmann_integer_weights(net, b), kern).ok
    lap("kernel")
    support = np.array([[x > 0 for x in row] for row in dense], dtype=bool)
    irreducible = is_irreducible(support)
    exponent = primitivity_exponent(support)
    shifted = [row[:] for row in dense]
    for i in range(m):
        shifted[i][i] -= den
    rank = rank_mod_p(shifted)
    lap("support, exponent, rank")
    pk = charpoly_kernel(dense, den)
    lap("charpoly")
    x = flint.fmpq_poly([0, 1])
    one, minus = flint.fmpq(1), flint.fmpq(-1)
    one_is_root = pk(one) == 0
    q, r = divmod(pk, x - 1)
    one_simple = one_is_root and r == 0 and q(one) != 0
    minus_root = pk(minus) == 0
    # Float hints from the similar symmetric matrix (only to place exact sign tests).
    kf = np.array([[a / den for a in row] for row in dense], dtype=float)
    sym = np.sqrt(kf * kf.T)
    hints = sorted(np.linalg.eigvalsh(sym).tolist())
    hints.pop(int(np.argmin([abs(h - 1) for h in hints])))
    _, factors = q.factor()          # irreducible factors: rational eigenvalues come out exact
    lo, hi = Fraction(-1), Fraction(1)
    roots: list[tuple[tuple[Fraction, Fraction], flint.fmpq_poly, int]] = []
    method = "sign changes of each irreducible factor at exact dyadic points"
    for f, e in factors:
        ivs = real_root_intervals(f, hints, lo, hi)
        if ivs is None:
            method = "flint/arb certified complex_roots (the hint did not separate the roots)"
            ivs = [iv for iv in (_arb_intervals(f) or []) if lo < iv[0] and iv[1] < hi]
            if len(ivs) != f.degree():
                ivs = []
        roots.extend((iv, f, int(e)) for iv in ivs)
    inside = sum(e for _, _, e in roots)
    real = inside + (1 if one_is_root else 0)
    lap("real roots")
    lam2 = lmin = gap = agap = None
    mult2 = 0
    if roots:
        top = max(roots, key=lambda r: r[0][1])
        bot = min(roots, key=lambda r: r[0][0])
        lam2 = refine_root(top[1], *top[0], width)
        lmin = refine_root(bot[1], *bot[0], width)
        mult2 = top[2]
        gap = (1 - lam2[1], 1 - lam2[0])
        a2, am = _abs_interval(lam2), _abs_interval(lmin)
        agap = (1 - max(a2[1], am[1]), 1 - max(a2[0], am[0]))
    lap("isolate λ₂")
    return PFCertificate(
        n=net.n, states=m, den_bits=den.bit_length(), irreducible=irreducible, exponent=exponent,
        rank=rank, stationary=stationary,
        charpoly_bits=max(int(c.numer()).bit_length() for c in pk.coeffs()) if pk.degree() >= 0 else 0,
        one_is_root=one_is_root, one_simple=one_simple, minus_one_root=minus_root,
        real_roots=real, roots_inside=inside, method=method, lambda2=lam2,
        lambda2_multiplicity=mult2, lambda_min=lmin, gap=gap, abs_gap=agap, phases=tuple(phases))
