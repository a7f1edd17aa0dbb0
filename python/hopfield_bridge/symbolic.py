"""Symbolic Boltzmann mode (SymPy): the base ``b`` or ``β`` kept as a symbol.

Every quantity of :mod:`hopfield_bridge.gibbs` and :mod:`hopfield_bridge.kernel`
as a rational function of ``b`` (or an expression in ``exp(β)``), for
identities that hold for every temperature.

>>> b = sympy.Symbol("b", positive=True)
>>> prob_pos_symbolic(b, 1)
1/(1 + b**(-2))
"""
from __future__ import annotations

import sympy

from .dynamics import local_field
from .gibbs import energy_int
from .network import Network
from .states import index_of_state, state_of_index

__all__ = ["prob_pos_symbolic", "prob_pos_beta", "boltzmann_weights_symbolic",
           "partition_symbolic", "kernel_symbolic"]


def prob_pos_symbolic(b: sympy.Expr, field: int) -> sympy.Expr:
    """``1 / (1 + b^(−2L))`` with ``b`` symbolic.

    >>> prob_pos_symbolic(sympy.Integer(2), 1)
    4/5
    """
    return 1 / (1 + b ** (-2 * sympy.Integer(field)))


def prob_pos_beta(beta: sympy.Expr, field: sympy.Expr) -> sympy.Expr:
    """The ``exp`` form ``1 / (1 + exp(−2βL))`` (SPEC section 1).

    >>> beta = sympy.Symbol("beta", positive=True)
    >>> sympy.simplify(prob_pos_beta(beta, 1) - prob_pos_symbolic(sympy.exp(beta), 1))
    0
    """
    return 1 / (1 + sympy.exp(-2 * beta * field))


def boltzmann_weights_symbolic(b: sympy.Expr, net: Network) -> list[sympy.Expr]:
    """``b^(−E(s))`` for every state in index order.

    >>> boltzmann_weights_symbolic(sympy.Symbol("b"), Network.from_weights([[0, 1], [1, 0]]))
    [b, 1/b, 1/b, b]
    """
    return [b ** (-energy_int(net, state_of_index(net.n, k))) for k in range(1 << net.n)]


def partition_symbolic(b: sympy.Expr, net: Network) -> sympy.Expr:
    """``Z(b) = Σ_s b^(−E(s))``.

    >>> partition_symbolic(sympy.Symbol("b"), Network.from_weights([[0, 1], [1, 0]]))
    2*b + 2/b
    """
    return sympy.Add(*boltzmann_weights_symbolic(b, net))


def kernel_symbolic(b: sympy.Expr, net: Network) -> sympy.Matrix:
    """The row-stochastic random-scan kernel with entries rational in ``b``.

    >>> k = kernel_symbolic(sympy.Symbol("b", positive=True), Network.from_weights([[0, 1], [1, 0]]))
    >>> sympy.simplify(sum(k.row(0)))
    1
    """
    n = net.n
    size = 1 << n
    k = sympy.zeros(size, size)
    for i in range(size):
        s = state_of_index(n, i)
        for u in range(n):
            field = local_field(net, s, u)
            p = prob_pos_symbolic(b, int(field))
            plus = index_of_state(s[:u] + (1,) + s[u + 1:])
            minus = index_of_state(s[:u] + (-1,) + s[u + 1:])
            k[i, plus] += p / n
            k[i, minus] += (1 - p) / n
    return k
