"""Random-scan Gibbs kernel, exact base form.

Mirrors ``lean/Hopfield/Kernel.lean``. ``K(s, s') = (1/n) Σ_u [s'_v = s_v ∀v≠u]
· P_u(s'_u | s)``. Functions named ``random_scan_*`` are **row-stochastic**
(row = source); :func:`rs_col` is the transpose, the paper's
column-stochastic ``RScol``.

>>> net = Network.from_weights([[0, 1], [1, 0]])
>>> row = kernel_row(Fraction(2), net, (1, 1))
>>> [str(x) for x in row], sum(row)
(['0', '1/10', '1/10', '4/5'], Fraction(1, 1))
"""
from __future__ import annotations

from fractions import Fraction

from .gibbs import gibbs_prob_pos
from .network import Network, State
from .states import index_of_state, state_of_index

__all__ = ["site_kernel_row", "kernel_row", "random_scan_kernel", "site_kernel", "rs_col"]

Dense = list[list[Fraction]]


def site_kernel_row(b: Fraction, net: Network, s: State, u: int) -> dict[int, Fraction]:
    """Row ``s`` of the one-site heat-bath kernel at site ``u``, as ``{index: prob}``.

    >>> site_kernel_row(Fraction(1), Network.from_weights([[0, 1], [1, 0]]), (1, 1), 0)
    {3: Fraction(1, 2), 2: Fraction(1, 2)}
    """
    p = gibbs_prob_pos(b, net, s, u)
    plus = s[:u] + (1,) + s[u + 1:]
    minus = s[:u] + (-1,) + s[u + 1:]
    row = {index_of_state(s): Fraction(0)}
    row[index_of_state(plus)] = row.get(index_of_state(plus), Fraction(0)) + p
    row[index_of_state(minus)] = row.get(index_of_state(minus), Fraction(0)) + (1 - p)
    return row


def kernel_row(b: Fraction, net: Network, s: State) -> list[Fraction]:
    """Row ``K(s, ·)`` of the random-scan kernel over all ``2^n`` states (index order).

    >>> kernel_row(Fraction(1), Network.from_weights([[0, 0], [0, 0]]), (-1, -1))
    [Fraction(1, 2), Fraction(1, 4), Fraction(1, 4), Fraction(0, 1)]
    """
    n = net.n
    row = [Fraction(0)] * (1 << n)
    for u in range(n):
        for j, x in site_kernel_row(b, net, s, u).items():
            row[j] += x / n
    return row


def site_kernel(b: Fraction, net: Network, u: int) -> Dense:
    """The one-site heat-bath kernel at site ``u`` as a dense ``2^n × 2^n`` matrix.

    >>> site_kernel(Fraction(1), Network.from_weights([[0]]), 0)
    [[Fraction(1, 2), Fraction(1, 2)], [Fraction(1, 2), Fraction(1, 2)]]
    """
    size = 1 << net.n
    out = [[Fraction(0)] * size for _ in range(size)]
    for i in range(size):
        for j, x in site_kernel_row(b, net, state_of_index(net.n, i), u).items():
            out[i][j] += x
    return out


def random_scan_kernel(b: Fraction, net: Network) -> Dense:
    """The random-scan kernel as a dense row-stochastic ``2^n × 2^n`` matrix.

    >>> all(sum(r) == 1 for r in random_scan_kernel(Fraction(3), Network.from_weights([[0, 1], [1, 0]])))
    True
    """
    return [kernel_row(b, net, state_of_index(net.n, i)) for i in range(1 << net.n)]


def rs_col(b: Fraction, net: Network) -> Dense:
    """The column-stochastic transpose of :func:`random_scan_kernel` (the paper's ``RScol``).

    >>> k = rs_col(Fraction(2), Network.from_weights([[0, 1], [1, 0]]))
    >>> all(sum(k[i][j] for i in range(4)) == 1 for j in range(4))
    True
    """
    k = random_scan_kernel(b, net)
    return [list(col) for col in zip(*k)]
