"""Hopfield dynamics against values computed by hand."""
from __future__ import annotations

from fractions import Fraction

from hopfield_bridge.dynamics import (
    conv_steps, cyclic_seq, energy, is_stable, local_field, net_input, pluses, run_cyclic,
    seq_states, trajectory, up, up_value,
)
from hopfield_bridge.network import Network

# W = [[0, 2, -1], [2, 0, 1], [-1, 1, 0]], θ = [1, 0, 2]
NET3 = Network.from_weights([[0, 2, -1], [2, 0, 1], [-1, 1, 0]], [1, 0, 2])


def test_net_input_excludes_the_diagonal() -> None:
    net = Network.from_weights([[7, 1], [1, 7]])
    # net_0(1, -1) = W01 * s1 = -1; the 7 on the diagonal never enters
    assert net_input(net, (1, -1), 0) == -1
    assert net_input(net, (1, -1), 1) == 1


def test_net_input_reads_row_u() -> None:
    net = Network.from_weights([[0, 3], [-5, 0]])
    assert net_input(net, (1, 1), 0) == 3
    assert net_input(net, (1, 1), 1) == -5


def test_local_field_subtracts_threshold() -> None:
    # s = (-1, 1, -1): net_0 = 2*1 + (-1)(-1) = 3, L_0 = 3 - 1 = 2
    assert net_input(NET3, (-1, 1, -1), 0) == 3
    assert local_field(NET3, (-1, 1, -1), 0) == 2
    # net_2 = -1*(-1) + 1*1 = 2 = θ_2: a tie
    assert local_field(NET3, (-1, 1, -1), 2) == 0


def test_tie_goes_to_plus_one() -> None:
    assert up_value(NET3, (-1, 1, -1), 2) == 1
    assert up(NET3, (-1, 1, -1), 2) == (-1, 1, 1)


def test_strictly_below_threshold_goes_to_minus_one() -> None:
    # net_1(1, 1, 1) = 2 + 1 = 3 > 0 -> +1; net_1(-1, 1, -1) = -2 - 1 = -3 < 0 -> -1
    assert up_value(NET3, (1, 1, 1), 1) == 1
    assert up_value(NET3, (-1, 1, -1), 1) == -1
    assert up(NET3, (-1, 1, -1), 1) == (-1, -1, -1)


def test_energy_by_hand() -> None:
    # E = -(W01 s0 s1 + W02 s0 s2 + W12 s1 s2) + Σ θ s
    # s = (-1, 1, -1): -(2*(-1) + (-1)*1 + 1*(-1)) + (1*(-1) + 0 + 2*(-1)) = 4 - 3 = 1
    assert energy(NET3, (-1, 1, -1)) == 1
    # s = (1, 1, 1): -(2 - 1 + 1) + (1 + 0 + 2) = 1
    assert energy(NET3, (1, 1, 1)) == 1


def test_energy_threshold_term_has_plus_sign() -> None:
    net = Network.from_weights([[0]], [3])
    assert energy(net, (1,)) == 3
    assert energy(net, (-1,)) == -3


def test_energy_of_asymmetric_weights_averages_the_pair() -> None:
    net = Network.from_weights([[0, 1], [0, 0]])
    assert energy(net, (1, 1)) == Fraction(-1, 2)


def test_pluses_counts_plus_one_entries() -> None:
    assert pluses((1, -1, 1, 1)) == 3
    assert pluses((-1, -1)) == 0


def test_is_stable() -> None:
    # (1, 1, -1): net = (3, 1, 0) against θ = (1, 0, 2): every site keeps its value
    assert is_stable(NET3, (1, 1, -1))
    # (1, 1, 1): net_2 = -1 + 1 = 0 < 2, so site 2 would flip
    assert not is_stable(NET3, (1, 1, 1))
    assert not is_stable(NET3, (-1, 1, -1))


def test_seq_states_and_trajectory_follow_the_schedule() -> None:
    # site 2 ties (+1); site 0: net = 2 - 1 = 1 >= 1; site 1: net = 3; site 2: 0 < 2
    t = trajectory(NET3, [2, 0, 1, 2], (-1, 1, -1))
    assert t == [(-1, 1, -1), (-1, 1, 1), (1, 1, 1), (1, 1, 1), (1, 1, -1)]
    assert seq_states(NET3, [2, 0, 1, 2], (-1, 1, -1), 2) == (1, 1, 1)
    assert conv_steps(NET3, t) == 4
    assert conv_steps(NET3, t[:4]) is None


def test_conv_steps_none_when_no_state_is_stable() -> None:
    assert conv_steps(NET3, [(-1, 1, -1)]) is None


def test_cyclic_seq() -> None:
    assert [cyclic_seq(3, k) for k in range(7)] == [0, 1, 2, 0, 1, 2, 0]


def test_run_cyclic_stops_at_first_stable_state() -> None:
    run = run_cyclic(NET3, (-1, 1, -1))
    # site 0: net = 3 >= 1 -> (1, 1, -1), which is stable
    assert run.trajectory == ((-1, 1, -1), (1, 1, -1))
    assert run.conv_steps == 1


def test_run_cyclic_detects_a_cycle_of_an_asymmetric_network() -> None:
    net = Network.from_weights([[0, 1], [-1, 0]])
    run = run_cyclic(net, (1, 1))
    assert run.conv_steps is None
    assert run.trajectory == ((1, 1), (1, 1), (1, -1), (-1, -1), (-1, 1), (1, 1))


def test_run_cyclic_of_a_stable_start_is_one_state() -> None:
    run = run_cyclic(NET3, (1, 1, -1))
    assert run.trajectory == ((1, 1, -1),) and run.conv_steps == 0
