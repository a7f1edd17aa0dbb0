"""Property tests over random integer instances (hypothesis)."""
from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from hopfield_bridge.dynamics import energy, is_stable, local_field, net_input, pluses, run_cyclic, up
from hopfield_bridge.gibbs import boltzmann_law, energies, energy_int, gibbs_prob_pos
from hopfield_bridge.kernel import kernel_row, random_scan_kernel
from hopfield_bridge.network import Network
from hopfield_bridge.states import all_states, index_of_state, state_of_index


@st.composite
def symmetric_networks(draw: st.DrawFn, max_n: int = 5, max_w: int = 4) -> Network:
    n = draw(st.integers(1, max_n))
    w = [[0] * n for _ in range(n)]
    for u in range(n):
        for v in range(u):
            w[u][v] = w[v][u] = draw(st.integers(-max_w, max_w))
    t = [draw(st.integers(-max_w, max_w)) for _ in range(n)]
    return Network.from_weights(w, t)


@st.composite
def any_networks(draw: st.DrawFn, max_n: int = 5) -> Network:
    n = draw(st.integers(1, max_n))
    w = [[Fraction(draw(st.integers(-9, 9)), draw(st.integers(1, 4))) for _ in range(n)]
         for _ in range(n)]
    t = [Fraction(draw(st.integers(-9, 9)), draw(st.integers(1, 4))) for _ in range(n)]
    return Network.from_weights(w, t)


def spin_states(n: int) -> st.SearchStrategy[tuple[int, ...]]:
    return st.tuples(*[st.sampled_from((1, -1)) for _ in range(n)])


@given(symmetric_networks(), st.data())
def test_t1_energy_change_of_one_update(net: Network, data: st.DataObject) -> None:
    s = data.draw(spin_states(net.n))
    u = data.draw(st.integers(0, net.n - 1))
    t = up(net, s, u)
    assert energy(net, t) - energy(net, s) == (s[u] - t[u]) * (net_input(net, s, u) - net.thresholds[u])


@given(symmetric_networks(), st.data())
def test_t2_t3_an_update_lowers_energy_or_raises_pluses(net: Network, data: st.DataObject) -> None:
    s = data.draw(spin_states(net.n))
    u = data.draw(st.integers(0, net.n - 1))
    t = up(net, s, u)
    assert energy(net, t) <= energy(net, s)
    if t != s:
        assert energy(net, t) < energy(net, s) or pluses(t) > pluses(s)


@given(symmetric_networks(), st.data())
def test_t5_cyclic_run_of_a_symmetric_network_stabilises_within_n_2_to_the_n(
        net: Network, data: st.DataObject) -> None:
    s = data.draw(spin_states(net.n))
    run = run_cyclic(net, s)
    assert run.conv_steps is not None and run.conv_steps <= net.n * 2 ** net.n
    assert is_stable(net, run.trajectory[-1])


@given(any_networks(), st.data())
def test_energy_is_invariant_under_the_diagonal(net: Network, data: st.DataObject) -> None:
    s = data.draw(spin_states(net.n))
    w = [list(r) for r in net.weights]
    for u in range(net.n):
        w[u][u] += 7
    assert energy(Network.from_weights(w, net.thresholds), s) == energy(net, s)


@given(symmetric_networks(), st.data())
def test_fast_energies_agree_with_the_definition(net: Network, data: st.DataObject) -> None:
    assert energies(net) == [energy(net, s) for s in all_states(net.n)]


@settings(max_examples=40)
@given(symmetric_networks(max_n=4), st.fractions(min_value=Fraction(1, 5), max_value=5))
def test_kernel_rows_sum_to_exactly_one(net: Network, b: Fraction) -> None:
    for s in all_states(net.n):
        assert sum(kernel_row(b, net, s)) == 1


@settings(max_examples=40)
@given(symmetric_networks(max_n=4), st.fractions(min_value=Fraction(1, 5), max_value=5))
def test_boltzmann_sums_to_one_and_is_stationary(net: Network, b: Fraction) -> None:
    law = boltzmann_law(b, net)
    pi = law.probabilities
    assert sum(pi) == 1
    assert law.partition == sum(Fraction(b) ** (-energy_int(net, s)) for s in all_states(net.n))
    k = random_scan_kernel(b, net)
    size = len(pi)
    assert [sum(pi[i] * k[i][j] for i in range(size)) for j in range(size)] == list(pi)


@settings(max_examples=40)
@given(symmetric_networks(max_n=4), st.fractions(min_value=Fraction(1, 5), max_value=5))
def test_t10_t11_detailed_balance(net: Network, b: Fraction) -> None:
    pi = boltzmann_law(b, net).probabilities
    k = random_scan_kernel(b, net)
    size = len(pi)
    assert all(pi[i] * k[i][j] == pi[j] * k[j][i] for i in range(size) for j in range(size))


@given(symmetric_networks(), st.fractions(min_value=Fraction(1, 5), max_value=5), st.data())
def test_t8_flip_relation_and_gibbs_ratio(net: Network, b: Fraction, data: st.DataObject) -> None:
    s = data.draw(spin_states(net.n))
    u = data.draw(st.integers(0, net.n - 1))
    plus = s[:u] + (1,) + s[u + 1:]
    minus = s[:u] + (-1,) + s[u + 1:]
    assert energy(net, plus) - energy(net, minus) == -2 * local_field(net, s, u)
    p = gibbs_prob_pos(b, net, s, u)
    # P(+1)/P(-1) = b^(E(-) - E(+)) = π(+)/π(-)
    assert p / (1 - p) == Fraction(b) ** (energy_int(net, minus) - energy_int(net, plus))


@given(st.integers(1, 10), st.data())
def test_state_index_roundtrip(n: int, data: st.DataObject) -> None:
    k = data.draw(st.integers(0, 2 ** n - 1))
    assert index_of_state(state_of_index(n, k)) == k
