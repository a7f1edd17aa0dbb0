"""Gibbs (heat-bath) update and Boltzmann law, exact base form.

Mirrors ``lean/Hopfield/Gibbs.lean``. The base ``b = exp(β)`` is a positive
rational; with integer symmetric weights and integer thresholds every local
field and energy is an integer, so every probability is an exact rational:

* ``P(s_u' = +1 | s) = 1 / (1 + b^(−2·L_u(s)))``
* ``π(s) = b^(−E(s)) / Z``, ``Z = Σ_s b^(−E(s))``

``energies`` computes all ``2^n`` energies at once with NumPy ``int64`` when a
bound on their magnitude proves that nothing overflows, and with Python
integers otherwise.

>>> net = Network.from_weights([[0, 1], [1, 0]])
>>> prob_pos_base(Fraction(2), 1)
Fraction(4, 5)
>>> [format_rational(x) for x in boltzmann(Fraction(2), net)]
['2/5', '1/10', '1/10', '2/5']
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from .dynamics import energy, local_field
from .errors import InstanceError
from .network import Network, State, is_integral, is_symmetric
from .rational import format_rational  # noqa: F401  (used in doctests)
from .states import state_of_index

__all__ = [
    "require_exact_mode", "energy_int", "energies", "prob_pos_base", "gibbs_prob_pos",
    "boltzmann_weight", "BoltzmannLaw", "boltzmann_law", "partition", "boltzmann",
    "zero_temp_prob_pos",
]

_INT64_SAFE = 2 ** 62


def require_exact_mode(net: Network, b: Fraction) -> None:
    """Check the hypotheses of the exact base form; raise ``InstanceError`` otherwise.

    >>> require_exact_mode(Network.from_weights([[0, 1], [2, 0]]), Fraction(2))
    Traceback (most recent call last):
    ...
    hopfield_bridge.errors.InstanceError: weights: must be symmetric for the Boltzmann quantities (W[1][0] != W[0][1])
    """
    if b <= 0:
        raise InstanceError(f"exp_beta: must be > 0, got {format_rational(b)}")
    for u, row in enumerate(net.weights):
        for v, x in enumerate(row):
            if x.denominator != 1:
                raise InstanceError(
                    f"weights[{u}][{v}]: {format_rational(x)} is not an integer; the exact "
                    "Boltzmann mode needs integer weights (scale them explicitly)")
    for u, x in enumerate(net.thresholds):
        if x.denominator != 1:
            raise InstanceError(
                f"thresholds[{u}]: {format_rational(x)} is not an integer; the exact "
                "Boltzmann mode needs integer thresholds (scale them explicitly)")
    if not is_symmetric(net):
        u, v = next((u, v) for u in range(net.n) for v in range(u)
                    if net.weights[u][v] != net.weights[v][u])
        raise InstanceError(
            f"weights: must be symmetric for the Boltzmann quantities (W[{u}][{v}] != W[{v}][{u}])")


def energy_int(net: Network, s: State) -> int:
    """``E(s)`` as an integer (integer symmetric weights, integer thresholds).

    >>> energy_int(Network.from_weights([[0, 3], [3, 0]], [1, 1]), (1, -1))
    3
    """
    e = energy(net, s)
    if e.denominator != 1:
        raise InstanceError("weights: the energy is not an integer; use integer symmetric weights")
    return e.numerator


def _energy_bound(net: Network) -> int:
    n = net.n
    return (sum(abs(int(net.weights[u][v])) for u in range(n) for v in range(n) if u != v)
            + sum(abs(int(t)) for t in net.thresholds) + 1)


def energies(net: Network) -> list[int]:
    """All ``2^n`` energies in state-index order (integer symmetric data).

    Uses ``int64`` only when ``Σ|W| + Σ|θ|`` (a bound on every partial sum)
    is below ``2^62``; otherwise exact Python integers.

    >>> energies(Network.from_weights([[0, 1], [1, 0]]))
    [-1, 1, 1, -1]
    """
    if not is_integral(net):
        raise InstanceError("weights: energies() needs integer weights and thresholds")
    n = net.n
    if _energy_bound(net) < _INT64_SAFE:
        k = np.arange(1 << n, dtype=np.int64)
        spins = (((k[:, None] >> np.arange(n, dtype=np.int64)) & 1) * 2 - 1).astype(np.int64)
        w = np.array([[int(x) for x in row] for row in net.weights], dtype=np.int64)
        np.fill_diagonal(w, 0)
        t = np.array([int(x) for x in net.thresholds], dtype=np.int64)
        # -½ Σ_{u≠v} W s s = -½ Σ_u s_u (W s)_u; the doubled sum is exact, then halved.
        quad2 = np.einsum("ku,ku->k", spins @ w.T, spins)
        if np.any(quad2 % 2):
            raise InstanceError("weights: the energy is not an integer; use symmetric weights")
        e = -(quad2 // 2) + spins @ t
        return [int(x) for x in e]
    return [energy_int(net, state_of_index(n, j)) for j in range(1 << n)]


def prob_pos_base(b: Fraction, field: int) -> Fraction:
    """``1 / (1 + b^(−2L))`` for an integer local field ``L``.

    >>> prob_pos_base(Fraction(3), 0)
    Fraction(1, 2)
    """
    return 1 / (1 + Fraction(b) ** (-2 * field))


def gibbs_prob_pos(b: Fraction, net: Network, s: State, u: int) -> Fraction:
    """``P(s_u' = +1 | s)``: the heat-bath probability that site ``u`` becomes ``+1``.

    >>> gibbs_prob_pos(Fraction(2), Network.from_weights([[0, 1], [1, 0]]), (1, 1), 0)
    Fraction(4, 5)
    """
    field = local_field(net, s, u)
    if field.denominator != 1:
        raise InstanceError("weights: the local field is not an integer; use integer data")
    return prob_pos_base(b, field.numerator)


def boltzmann_weight(b: Fraction, net: Network, s: State) -> Fraction:
    """Unnormalised weight ``b^(−E(s))``.

    >>> boltzmann_weight(Fraction(2), Network.from_weights([[0, 1], [1, 0]]), (1, 1))
    Fraction(2, 1)
    """
    return Fraction(b) ** (-energy_int(net, s))


@dataclass(frozen=True)
class BoltzmannLaw:
    """``Z`` and ``π`` over all ``2^n`` states (index order), exact."""

    partition: Fraction
    probabilities: tuple[Fraction, ...]


def boltzmann_law(b: Fraction, net: Network) -> BoltzmannLaw:
    """``Z`` and ``π`` computed together, sharing one power per distinct energy.

    With ``b = p/q``: ``b^(−E) = q^(E−E_min)·p^(E_max−E) · q^(E_min)/p^(E_max)``,
    so every weight is an integer times a common factor.

    >>> law = boltzmann_law(Fraction(1), Network.from_weights([[0, 1], [1, 0]]))
    >>> law.partition, law.probabilities[0]
    (Fraction(4, 1), Fraction(1, 4))
    """
    b = Fraction(b)
    es = energies(net)
    p, q = b.numerator, b.denominator
    lo, hi = min(es), max(es)
    counts: dict[int, int] = {}
    for e in es:
        counts[e] = counts.get(e, 0) + 1
    scaled = {e: q ** (e - lo) * p ** (hi - e) for e in counts}
    z_scaled = sum(counts[e] * scaled[e] for e in counts)
    prob = {e: Fraction(scaled[e], z_scaled) for e in counts}
    z = z_scaled * Fraction(q) ** lo / Fraction(p) ** hi
    return BoltzmannLaw(z, tuple(prob[e] for e in es))


def partition(b: Fraction, net: Network) -> Fraction:
    """``Z = Σ_s b^(−E(s))``.

    >>> partition(Fraction(2), Network.from_weights([[0, 1], [1, 0]]))
    Fraction(5, 1)
    """
    return boltzmann_law(b, net).partition


def boltzmann(b: Fraction, net: Network) -> tuple[Fraction, ...]:
    """``π`` over all ``2^n`` states in index order.

    >>> sum(boltzmann(Fraction(3), Network.from_weights([[0, 2], [2, 0]], [1, -1])))
    Fraction(1, 1)
    """
    return boltzmann_law(b, net).probabilities


def zero_temp_prob_pos(net: Network, s: State, u: int) -> Fraction:
    """``lim_{β→∞} P(s_u' = +1 | s)``: 1, 0, or ½ on a tie (``Up`` gives +1 there).

    >>> zero_temp_prob_pos(Network.from_weights([[0, 0], [0, 0]]), (1, 1), 0)
    Fraction(1, 2)
    """
    field = local_field(net, s, u)
    if field > 0:
        return Fraction(1)
    if field < 0:
        return Fraction(0)
    return Fraction(1, 2)
