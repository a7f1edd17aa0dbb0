"""Vectorised exhaustive checks over all ``2^n`` states, exact by construction.

Two fast paths, each checked against the engine in ``tests/test_check_fast.py``:

* :func:`convergence_certificate` — every state and site: T1 (``E_final_Form``),
  T2 and T3 on every flip; every start under the cyclic schedule: the exact
  ``convSteps`` (T4) and T5's bound ``n·2^n``.
* :func:`stationarity_certificate` — ``πK = π`` exactly for a nearest-neighbour
  kernel (the random-scan kernel of :func:`random_scan_local_kernel`), by integer
  cross-multiplication over a common denominator; also detailed balance per
  edge and the row sums.

States are indices (SPEC section 3: bit ``u`` set ⇔ ``s_u = +1``). Rational
weights are scaled by their common denominator ``D > 0`` (comparisons and
identities are unchanged). Machine integers stand in for exact integers only
where :func:`exact_dtype` proves from an explicit magnitude bound that no
intermediate value overflows; otherwise the same code runs on NumPy ``object``
arrays of Python integers (exact, slower).

>>> from hopfield_bridge.network import Network
>>> cert = convergence_certificate(Network.from_weights([[0, 1], [1, 0]]))
>>> cert.ok, cert.flips, cert.max_conv_steps, cert.dtype
(True, 4, 1, 'int32')
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Sequence

import numpy as np

from ..gibbs import require_exact_mode
from ..network import Network

__all__ = [
    "INT32_MAX", "INT64_MAX", "exact_dtype", "IntegerData", "integer_data", "linear_table",
    "field_table", "energy2_table", "partner", "ConvergenceCertificate",
    "convergence_certificate", "cyclic_conv_steps", "energies_fast", "LocalKernel",
    "random_scan_local_kernel", "boltzmann_integer_weights", "StationarityCertificate",
    "stationarity_certificate",
]

INT32_MAX = 2 ** 31 - 1
INT64_MAX = 2 ** 63 - 1


def exact_dtype(bound: int, allow_int32: bool = True) -> Any:
    """The narrowest exact integer dtype for values of magnitude ``≤ bound``.

    ``int32`` up to ``2^31 − 1``, ``int64`` up to ``2^63 − 1``, else ``object``
    (Python integers: exact at any size).

    >>> exact_dtype(10), exact_dtype(2 ** 40), exact_dtype(2 ** 63)
    (<class 'numpy.int32'>, <class 'numpy.int64'>, <class 'object'>)
    """
    if allow_int32 and bound <= INT32_MAX:
        return np.int32
    if bound <= INT64_MAX:
        return np.int64
    return object


def _dtype_name(dtype: Any) -> str:
    return "object" if dtype is object else np.dtype(dtype).name


@dataclass(frozen=True)
class IntegerData:
    """``D·W`` and ``D·θ`` as integers, ``D > 0`` the common denominator."""

    scale: int
    weights: tuple[tuple[int, ...], ...]
    thresholds: tuple[int, ...]

    @property
    def n(self) -> int:
        """Number of sites."""
        return len(self.thresholds)

    def field_bound(self) -> int:
        """A bound on every partial sum of a scaled local field ``D·L_u``.

        >>> integer_data(Network.from_weights([[0, -3], [2, 0]], [1, 0])).field_bound()
        4
        """
        return max((sum(abs(x) for v, x in enumerate(row) if v != u) + abs(t)
                    for u, (row, t) in enumerate(zip(self.weights, self.thresholds))), default=0)

    def energy_bound(self) -> int:
        """A bound on every partial sum of ``2·D·E``: ``Σ_{u≠v}|W| + 2Σ|θ|``.

        >>> integer_data(Network.from_weights([[0, -3], [2, 0]], [1, 0])).energy_bound()
        7
        """
        return (sum(abs(x) for u, row in enumerate(self.weights) for v, x in enumerate(row) if u != v)
                + 2 * sum(abs(t) for t in self.thresholds))


def integer_data(net: Network) -> IntegerData:
    """Scale ``W`` and ``θ`` by the least common denominator.

    >>> from fractions import Fraction
    >>> integer_data(Network.from_weights([[0, Fraction(1, 2)], [Fraction(1, 3), 0]]))
    IntegerData(scale=6, weights=((0, 3), (2, 0)), thresholds=(0, 0))
    """
    den = 1
    for x in [*(x for row in net.weights for x in row), *net.thresholds]:
        den = den * x.denominator // math.gcd(den, x.denominator)
    w = tuple(tuple(int(x * den) for x in row) for row in net.weights)
    return IntegerData(den, w, tuple(int(t * den) for t in net.thresholds))


def linear_table(coeffs: Sequence[int], const: int, dtype: Any) -> np.ndarray:
    """``const + Σ_v c_v·s_v`` for every index ``k < 2^len(coeffs)``, by doubling.

    Every intermediate value is a partial sum, so ``|const| + Σ|c_v|`` bounds them all.

    >>> linear_table([1, 10], 0, np.int64).tolist()
    [-11, -9, 9, 11]
    """
    arr = np.array([const], dtype=dtype)
    for c in coeffs:
        arr = np.concatenate((arr - c, arr + c))
    return arr


def field_table(data: IntegerData, u: int, dtype: Any) -> np.ndarray:
    """``D·L_u(s) = D·(net_u(s) − θ_u)`` for every state index (the diagonal is excluded).

    >>> field_table(integer_data(Network.from_weights([[0, 2], [2, 0]], [1, 0])), 0, np.int64).tolist()
    [-3, -3, 1, 1]
    """
    row = data.weights[u]
    return linear_table([0 if v == u else row[v] for v in range(data.n)], -data.thresholds[u], dtype)


def energy2_table(data: IntegerData, dtype: Any) -> np.ndarray:
    """``2·D·E(s)`` for every state index, from the definition of ``E`` (SPEC section 1).

    Site ``v`` is added to the states of sites ``< v``: it contributes
    ``−s_v·Σ_{u<v}(W[u][v] + W[v][u])·s_u + 2θ_v·s_v``.

    >>> energy2_table(integer_data(Network.from_weights([[0, 1], [1, 0]], [1, 0])), np.int64).tolist()
    [-4, 4, 0, 0]
    """
    arr = np.zeros(1, dtype=dtype)
    w = data.weights
    for v in range(data.n):
        h = linear_table([w[u][v] + w[v][u] for u in range(v)], 0, dtype)
        t = 2 * data.thresholds[v]
        arr = np.concatenate((arr + h - t, arr - h + t))
    return arr


def partner(arr: np.ndarray, u: int) -> np.ndarray:
    """``arr[k ^ 2^u]`` for every ``k``: the value at the state with site ``u`` flipped.

    >>> partner(np.arange(4), 1).tolist()
    [2, 3, 0, 1]
    """
    return arr.reshape(-1, 2, 1 << u)[:, ::-1, :].reshape(-1)


def energies_fast(net: Network) -> np.ndarray:
    """All ``2^n`` energies ``E(s)`` (integer data) as an exact integer array.

    Agrees with :func:`hopfield_bridge.gibbs.energies`, without its
    ``2^n × n`` spin matrix.

    >>> energies_fast(Network.from_weights([[0, 1], [1, 0]])).tolist()
    [-1, 1, 1, -1]
    """
    data = integer_data(net)
    if data.scale != 1:
        raise ValueError("energies_fast needs integer weights and thresholds")
    e2 = energy2_table(data, exact_dtype(data.energy_bound(), allow_int32=False))
    if np.any(e2 % 2):
        raise ValueError("the energy is not an integer; use integer symmetric weights")
    return e2 // 2


@dataclass(frozen=True)
class ConvergenceCertificate:
    """Exhaustive T1–T5 facts of one network (``examples`` are ``(state index, site)``).

    ``cases`` = ``n·2^n`` (state, site) pairs checked for T1–T3; ``flips``
    of them change the state. ``conv_steps`` facts are over all ``2^n`` starts
    under the cyclic schedule; ``nonconvergent`` starts never become stable.
    """

    n: int
    cases: int
    flips: int
    t1_failures: int
    t2_failures: int
    t3_failures: int
    t1_example: tuple[int, int] | None
    t2_example: tuple[int, int] | None
    t3_example: tuple[int, int] | None
    converged: int
    nonconvergent: int
    nonconvergent_example: int | None
    max_conv_steps: int
    sweeps: int
    dtype: str
    field_bound: int
    energy_bound: int

    @property
    def bound(self) -> int:
        """T5's bound ``n·2^n``."""
        return self.n * (1 << self.n)

    @property
    def t5_ok(self) -> bool:
        """Every start is stable within ``n·2^n`` cyclic steps."""
        return self.nonconvergent == 0 and self.max_conv_steps <= self.bound

    @property
    def ok(self) -> bool:
        """T1, T2, T3 hold on every flip and T4, T5 on every start."""
        return (self.t1_failures == 0 and self.t2_failures == 0 and self.t3_failures == 0
                and self.t5_ok)


def _first(mask: np.ndarray, u: int) -> tuple[int, int] | None:
    hit = np.flatnonzero(mask)
    return (int(hit[0]), u) if hit.size else None


def _run(data: IntegerData, force_object: bool) -> tuple[ConvergenceCertificate, np.ndarray]:
    n = data.n
    size = 1 << n
    fb, eb = data.field_bound(), data.energy_bound()
    # T1 compares 2·D·ΔE (|·| ≤ 2·eb) with 4·s_u·D·L_u (|·| ≤ 4·fb): one dtype covers all.
    dtype = object if force_object else exact_dtype(max(2 * eb, 4 * fb, 1))
    idx_dtype = np.int32 if n <= 30 else np.int64
    e2 = energy2_table(data, dtype)
    k = np.arange(size, dtype=idx_dtype)
    cur = k.copy()
    last = np.zeros(size, dtype=np.int16)
    flips = f1 = f2 = f3 = 0
    ex1 = ex2 = ex3 = None
    for u in range(n):
        field = field_table(data, u, dtype)
        # --- T1–T3 for the update of site u from every state k ---
        bit = ((k >> u) & 1).astype(bool)
        upbit = field >= 0                       # Up: +1 iff θ_u ≤ net_u (tie → +1)
        flip = bit != upbit
        de = partner(e2, u) - e2                 # 2D·(E(k ^ 2^u) − E(k))
        spin = np.where(bit, 1, -1).astype(dtype)
        bad1 = flip & (de != 4 * spin * field)   # E(Up s) − E(s) = (s_u − s'_u)·L_u
        bad2 = flip & (de > 0)
        bad3 = flip & ~((de < 0) | ((de == 0) & upbit))
        flips += int(np.count_nonzero(flip))
        c1, c2, c3 = (int(np.count_nonzero(b)) for b in (bad1, bad2, bad3))
        if c1 and ex1 is None:
            ex1 = _first(bad1, u)
        if c2 and ex2 is None:
            ex2 = _first(bad2, u)
        if c3 and ex3 is None:
            ex3 = _first(bad3, u)
        f1, f2, f3 = f1 + c1, f2 + c2, f3 + c3
        del bit, flip, de, spin, bad1, bad2, bad3
        # --- one step of the sweep map F = Up_{n-1} ∘ … ∘ Up_0, from every start ---
        up = np.asarray(field[cur] >= 0, dtype=bool)
        moved = ((cur >> u) & 1).astype(bool) != up
        cur ^= moved.astype(idx_dtype) << u
        last[moved] = u + 1
        del field, upbit, up, moved
    steps, sweeps = _conv_steps(cur, last, n)
    bad = np.flatnonzero(steps < 0)
    cert = ConvergenceCertificate(
        n=n, cases=n * size, flips=flips, t1_failures=f1, t2_failures=f2, t3_failures=f3,
        t1_example=ex1, t2_example=ex2, t3_example=ex3,
        converged=int(size - bad.size), nonconvergent=int(bad.size),
        nonconvergent_example=int(bad[0]) if bad.size else None,
        max_conv_steps=int(steps.max()) if size > bad.size else 0, sweeps=sweeps,
        dtype=_dtype_name(dtype), field_bound=fb, energy_bound=eb)
    return cert, steps


def _conv_steps(sweep: np.ndarray, last: np.ndarray, n: int) -> tuple[np.ndarray, int]:
    """``convSteps`` of every start from the sweep map; ``-1`` where the run never settles.

    A state is stable iff its sweep has no flip (``last == 0``). From an unstable
    ``c = F^j(s)`` with ``F(c)`` stable, ``convSteps(s) = n·j + last[c]``: the state
    right after the last flip is already ``F(c)``. Cycles of ``F`` are found with
    Brent's power-of-two checkpoints, so the loop always ends.
    """
    stable = last == 0
    steps = np.zeros(len(sweep), dtype=np.int64)
    active = np.flatnonzero(~stable)
    cur = active.astype(sweep.dtype)
    checkpoint = cur.copy()
    j, power = 0, 1
    while active.size:
        nxt = sweep[cur]
        done = stable[nxt]
        steps[active[done]] = n * j + last[cur[done]].astype(np.int64)
        cyc = ~done & (nxt == checkpoint)
        steps[active[cyc]] = -1
        keep = ~done & ~cyc
        active, cur, checkpoint = active[keep], nxt[keep], checkpoint[keep]
        j += 1
        if j == power:
            checkpoint, power = cur.copy(), 2 * power
    return steps, j


def convergence_certificate(net: Network, force_object: bool = False) -> ConvergenceCertificate:
    """T1–T3 on every (state, site) and T4/T5 from every start, vectorised and exact.

    ``force_object`` runs the exact big-integer path even when machine integers are
    proved safe (tests use it to compare the two paths).

    >>> c = convergence_certificate(Network.from_weights([[0, 1], [-1, 0]]))
    >>> c.nonconvergent, c.t1_failures > 0   # no state is stable: every start cycles
    (4, True)
    """
    return _run(integer_data(net), force_object)[0]


def cyclic_conv_steps(net: Network, force_object: bool = False) -> np.ndarray:
    """``convSteps`` under the cyclic schedule for every start index (``-1``: never stable).

    >>> cyclic_conv_steps(Network.from_weights([[0, 1], [1, 0]])).tolist()
    [0, 1, 1, 0]
    """
    return _run(integer_data(net), force_object)[1]


@dataclass(frozen=True, eq=False)
class LocalKernel:
    """A kernel on ``{±1}^n`` that moves at most one site, over a common denominator.

    ``K(t, t ^ 2^u) = flip[u][t] / den``, ``K(t, t) = stay[t] / den``, zero
    elsewhere; row = source (row-stochastic when ``stay + Σ_u flip[u] = den``).
    """

    n: int
    den: int
    flip: tuple[np.ndarray, ...]
    stay: np.ndarray

    def dense(self) -> list[list[int]]:
        """The ``2^n × 2^n`` numerator matrix (``K = dense / den``), Python integers.

        >>> random_scan_local_kernel(Network.from_weights([[0]]), Fraction(2)).dense()
        [[1, 1], [1, 1]]
        """
        size = 1 << self.n
        out = [[0] * size for _ in range(size)]
        for t in range(size):
            out[t][t] = int(self.stay[t])
            for u in range(self.n):
                out[t][t ^ (1 << u)] = int(self.flip[u][t])
        return out


def random_scan_local_kernel(net: Network, b: Fraction) -> LocalKernel:
    """The random-scan kernel (SPEC section 1) at base ``b = p/q``, as exact integers.

    With ``a = p²``, ``c = q²`` and an integer field ``L``:
    ``P(+1) = a^L/(a^L + c^L)`` for ``L ≥ 0`` and ``c^|L|/(a^|L| + c^|L|)`` for ``L < 0``.
    ``den = n·lcm_L(a^|L| + c^|L|)`` over the fields that occur.

    >>> k = random_scan_local_kernel(Network.from_weights([[0, 1], [1, 0]]), Fraction(2))
    >>> k.den, k.stay.tolist(), [f.tolist() for f in k.flip]
    (10, [8, 2, 2, 8], [[1, 4, 4, 1], [1, 4, 4, 1]])
    """
    b = Fraction(b)
    require_exact_mode(net, b)
    data = integer_data(net)
    n, size = data.n, 1 << data.n
    a, c = b.numerator ** 2, b.denominator ** 2
    fields = [field_table(data, u, np.int64) for u in range(n)]  # |L| ≤ field_bound ≪ 2^62
    values = sorted({int(x) for f in fields for x in np.unique(f)})
    dens = {v: a ** abs(v) + c ** abs(v) for v in values}
    plus = {v: a ** v if v >= 0 else c ** -v for v in values}
    lcm = 1
    for d in dens.values():
        lcm = lcm * d // math.gcd(lcm, d)
    den = n * lcm
    dtype = exact_dtype(den, allow_int32=False)
    plus_num = np.array([lcm // dens[v] * plus[v] for v in values], dtype=dtype)
    minus_num = np.array([lcm // dens[v] * (dens[v] - plus[v]) for v in values], dtype=dtype)
    k = np.arange(size, dtype=np.int64)
    flip = []
    stay = np.zeros(size, dtype=dtype)
    for u in range(n):
        pos = np.searchsorted(values, fields[u])
        is_plus = ((k >> u) & 1).astype(bool)
        pp, pm = plus_num[pos], minus_num[pos]
        flip.append(np.where(is_plus, pm, pp))   # K(t, t^u)·den = lcm·P_u(−t_u | t)
        stay = stay + np.where(is_plus, pp, pm)
    return LocalKernel(n, den, tuple(flip), stay)


def boltzmann_integer_weights(net: Network, b: Fraction) -> np.ndarray:
    """Integers ``w(s) ∝ b^(−E(s))``: ``w = q^(E − E_min)·p^(E_max − E)`` for ``b = p/q``.

    ``π = w / Σ w`` exactly (the common factor ``q^E_min / p^E_max`` cancels).

    >>> boltzmann_integer_weights(Network.from_weights([[0, 1], [1, 0]]), Fraction(2)).tolist()
    [4, 1, 1, 4]
    """
    b = Fraction(b)
    require_exact_mode(net, b)
    e = energies_fast(net)
    p, q = b.numerator, b.denominator
    levels, pos = np.unique(e, return_inverse=True)
    lo, hi = int(levels[0]), int(levels[-1])
    ws = [q ** (int(x) - lo) * p ** (hi - int(x)) for x in levels]
    dtype = exact_dtype(max(ws), allow_int32=False)
    return np.array(ws, dtype=dtype)[pos.reshape(-1)]


@dataclass(frozen=True)
class StationarityCertificate:
    """Exact facts of ``π`` (integer weights ``w``) against a local kernel.

    ``stationary_failures`` counts states ``t`` with ``(πK)(t) ≠ π(t)``;
    ``balance_failures`` counts edges ``(t, t^u)`` with ``π(t)K(t,t^u) ≠ π(t^u)K(t^u,t)``
    (each edge seen from both ends); ``row_failures`` rows that do not sum to 1
    or have a negative entry; ``min_stay`` is ``min_t K(t,t)``.
    """

    n: int
    states: int
    edges: int
    stationary_failures: int
    stationary_example: int | None
    balance_failures: int
    row_failures: int
    min_stay: Fraction
    dtype: str
    bound: int

    @property
    def ok(self) -> bool:
        """``πK = π``, detailed balance and row sums all hold exactly."""
        return self.stationary_failures == 0 and self.balance_failures == 0 and self.row_failures == 0


def stationarity_certificate(w: np.ndarray, kernel: LocalKernel) -> StationarityCertificate:
    """Check ``πK = π`` with ``π = w/Σw`` by integer cross-multiplication.

    ``(πK)(t) = π(t)K(t,t) + Σ_u π(t^u)K(t^u,t)`` involves ``t`` and its ``n``
    neighbours only; times ``Σw·den`` it is ``w[t]·stay[t] + Σ_u w[t^u]·flip[u][t^u]``,
    to be compared with ``w[t]·den``. All values are bounded by
    ``max w · den · (n + 2)``; ``int64`` is used only below ``2^63``.

    >>> net = Network.from_weights([[0, 1], [1, 0]])
    >>> k = random_scan_local_kernel(net, Fraction(2))
    >>> stationarity_certificate(boltzmann_integer_weights(net, Fraction(2)), k).ok
    True
    """
    n, den = kernel.n, kernel.den
    wmax = int(np.max(np.abs(w))) if len(w) else 0
    bound = max(wmax, 1) * max(den, 1) * (n + 2)
    dtype = exact_dtype(bound, allow_int32=False)
    w = w.astype(dtype)
    stay = kernel.stay.astype(dtype)
    flips = [f.astype(dtype) for f in kernel.flip]
    total = stay.copy()
    inflow = w * stay
    balance = 0
    negative = stay < 0
    for u in range(n):
        back = partner(flips[u], u)             # K(t^u, t)·den
        wu = partner(w, u)
        inflow = inflow + wu * back
        balance += int(np.count_nonzero(w * flips[u] != wu * back))
        total = total + flips[u]
        negative = negative | (flips[u] < 0)
    bad = np.flatnonzero(inflow != w * den)
    rows = int(np.count_nonzero((total != den) | negative))
    return StationarityCertificate(
        n=n, states=len(w), edges=n * len(w) // 2, stationary_failures=int(bad.size),
        stationary_example=int(bad[0]) if bad.size else None, balance_failures=balance,
        row_failures=rows, min_stay=Fraction(int(np.min(stay)), den), dtype=_dtype_name(dtype),
        bound=bound)
