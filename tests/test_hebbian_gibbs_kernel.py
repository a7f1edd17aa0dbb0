"""Hebbian weights, Gibbs probabilities, Boltzmann law and kernel, by hand."""
from __future__ import annotations

from fractions import Fraction

import pytest
import sympy

from hopfield_bridge.catalogue import lattice_weights, sylvester_hadamard
from hopfield_bridge.errors import InstanceError
from hopfield_bridge.gibbs import (
    boltzmann, boltzmann_law, energies, energy_int, gibbs_prob_pos, partition, prob_pos_base,
    require_exact_mode, zero_temp_prob_pos,
)
from hopfield_bridge.hebbian import hebbian, pairwise_orthogonal, patterns_stable
from hopfield_bridge.kernel import kernel_row, random_scan_kernel, rs_col, site_kernel
from hopfield_bridge.network import Network
from hopfield_bridge.states import all_states, index_of_state, state_of_index
from hopfield_bridge.symbolic import kernel_symbolic, partition_symbolic, prob_pos_beta, prob_pos_symbolic

F = Fraction
PAIR = Network.from_weights([[0, 1], [1, 0]])


def test_hebbian_weights_of_the_paper_example() -> None:
    w = hebbian([(1, 1, -1, -1), (-1, 1, -1, 1)]).weights
    # W03 = 1*(-1) + (-1)*1 = -2, W12 = 1*(-1) + 1*(-1) = -2, W01 = 1 - 1 = 0
    assert w[0][3] == w[3][0] == -2
    assert w[1][2] == w[2][1] == -2
    assert w[0][1] == w[0][2] == w[1][3] == w[2][3] == 0
    assert all(w[u][u] == 0 for u in range(4))


def test_hebbian_thresholds_are_zero() -> None:
    assert hebbian([(1, -1, 1)]).thresholds == (0, 0, 0)


def test_hebbian_of_all_hadamard_rows_vanishes() -> None:
    w = hebbian([tuple(r) for r in sylvester_hadamard(4)]).weights
    assert all(x == 0 for row in w for x in row)


def test_pairwise_orthogonal() -> None:
    assert pairwise_orthogonal([(1, 1, -1, -1), (-1, 1, -1, 1)])
    assert not pairwise_orthogonal([(1, 1, 1), (1, 1, -1)])


def test_patterns_stable_m_less_than_n_but_not_m_equal_n() -> None:
    h = [tuple(r) for r in sylvester_hadamard(4)]
    assert patterns_stable(hebbian(h[:2]), h[:2]) == [True, True]
    assert patterns_stable(hebbian(h), h) == [True, False, False, False]


def test_state_index_order_site_zero_is_least_significant() -> None:
    assert state_of_index(3, 0) == (-1, -1, -1)
    assert state_of_index(3, 1) == (1, -1, -1)
    assert state_of_index(3, 4) == (-1, -1, 1)
    assert [index_of_state(s) for s in all_states(3)] == list(range(8))


def test_prob_pos_base_by_hand() -> None:
    assert prob_pos_base(F(2), 1) == F(4, 5)       # 1 / (1 + 2^-2)
    assert prob_pos_base(F(2), -1) == F(1, 5)      # 1 / (1 + 2^2)
    assert prob_pos_base(F(1, 3), 1) == F(1, 10)   # 1 / (1 + 9)
    assert prob_pos_base(F(5), 0) == F(1, 2)
    assert prob_pos_base(F(1), 7) == F(1, 2)       # b = 1 is beta = 0


def test_gibbs_prob_pos_uses_the_local_field() -> None:
    net = Network.from_weights([[0, 1], [1, 0]], [1, 0])
    # L_0(1, 1) = 1 - 1 = 0 -> 1/2 ; L_1(1, 1) = 1 -> 4/5 at b = 2
    assert gibbs_prob_pos(F(2), net, (1, 1), 0) == F(1, 2)
    assert gibbs_prob_pos(F(2), net, (1, 1), 1) == F(4, 5)


def test_boltzmann_law_of_the_pair_by_hand() -> None:
    # E(-1,-1) = E(1,1) = -1 -> weight 2; E(1,-1) = E(-1,1) = 1 -> weight 1/2; Z = 5
    assert energies(PAIR) == [-1, 1, 1, -1]
    assert partition(F(2), PAIR) == 5
    assert boltzmann(F(2), PAIR) == (F(2, 5), F(1, 10), F(1, 10), F(2, 5))


def test_boltzmann_law_with_thresholds_and_rational_base() -> None:
    net = Network.from_weights([[0]], [1])
    # E(-1) = -1, E(+1) = 1; b = 3/2: weights (3/2)^1 and (3/2)^-1; Z = 3/2 + 2/3 = 13/6
    law = boltzmann_law(F(3, 2), net)
    assert law.partition == F(13, 6)
    assert law.probabilities == (F(9, 13), F(4, 13))


def test_energies_agree_with_energy_int_on_a_lattice() -> None:
    net = Network.from_weights(lattice_weights(2, 3), [1, -2, 0, 3, 0, -1])
    assert energies(net) == [energy_int(net, s) for s in all_states(6)]


def test_energies_fall_back_to_big_integers_beyond_int64() -> None:
    big = 2 ** 70
    net = Network.from_weights([[0, big], [big, 0]], [1, 0])
    assert energies(net) == [energy_int(net, s) for s in all_states(2)]
    assert energies(net)[0] == -big + -1


def test_exact_mode_rejects_rational_weights_naming_the_entry() -> None:
    net = Network.from_weights([[0, F(1, 2)], [F(1, 2), 0]])
    with pytest.raises(InstanceError, match=r"weights\[0\]\[1\]: 1/2 is not an integer"):
        require_exact_mode(net, F(2))


def test_exact_mode_rejects_asymmetric_weights() -> None:
    with pytest.raises(InstanceError, match="symmetric"):
        require_exact_mode(Network.from_weights([[0, 1], [2, 0]]), F(2))


def test_exact_mode_rejects_nonpositive_base() -> None:
    with pytest.raises(InstanceError, match="exp_beta: must be > 0"):
        require_exact_mode(PAIR, F(0))


def test_kernel_row_by_hand() -> None:
    # from (1, -1) at b = 2: site 0 P(+1) = 1/5, site 1 P(+1) = 4/5
    row = kernel_row(F(2), PAIR, (1, -1))
    assert row == [F(2, 5), F(1, 5), F(0), F(2, 5)]


def test_site_kernel_moves_only_site_u() -> None:
    k = site_kernel(F(2), PAIR, 0)
    # row (1, -1) = index 1: stays with P(+1) = 1/5, goes to index 0 with 4/5
    assert k[1] == [F(4, 5), F(1, 5), F(0), F(0)]


def test_random_scan_kernel_is_row_stochastic_and_rs_col_its_transpose() -> None:
    k = random_scan_kernel(F(3), PAIR)
    c = rs_col(F(3), PAIR)
    assert all(sum(r) == 1 for r in k)
    assert all(c[j][i] == k[i][j] for i in range(4) for j in range(4))


def test_zero_temperature_limit_is_one_half_on_a_tie() -> None:
    zero = Network.from_weights([[0, 0], [0, 0]])
    assert zero_temp_prob_pos(zero, (1, 1), 0) == F(1, 2)
    assert zero_temp_prob_pos(PAIR, (1, 1), 0) == 1
    assert zero_temp_prob_pos(PAIR, (-1, -1), 0) == 0


def test_symbolic_forms_agree_with_exact_values() -> None:
    b = sympy.Symbol("b", positive=True)
    assert sympy.simplify(prob_pos_symbolic(b, 1).subs(b, 2) - sympy.Rational(4, 5)) == 0
    assert sympy.simplify(partition_symbolic(b, PAIR) - (2 * b + 2 / b)) == 0
    beta = sympy.Symbol("beta", positive=True)
    assert sympy.simplify(prob_pos_beta(beta, 3) - prob_pos_symbolic(sympy.exp(beta), 3)) == 0
    k = kernel_symbolic(b, PAIR)
    assert k.subs(b, 2) == sympy.Matrix([[sympy.Rational(x.numerator, x.denominator) for x in r]
                                         for r in random_scan_kernel(F(2), PAIR)])
