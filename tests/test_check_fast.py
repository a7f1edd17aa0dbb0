"""The vectorised fast paths agree exactly with the engine, and detect broken inputs."""
from __future__ import annotations

import random
from fractions import Fraction

import numpy as np
import pytest

from hopfield_bridge.check.baseline import convergence_exact, stationarity_exact
from hopfield_bridge.check.families import random_symmetric_network
from hopfield_bridge.check.fast import (LocalKernel, boltzmann_integer_weights,
                                        convergence_certificate, cyclic_conv_steps, energies_fast,
                                        exact_dtype, random_scan_local_kernel,
                                        stationarity_certificate)
from hopfield_bridge.dynamics import local_field, run_cyclic
from hopfield_bridge.gibbs import boltzmann_law, energies
from hopfield_bridge.kernel import random_scan_kernel
from hopfield_bridge.network import Network
from hopfield_bridge.states import state_of_index


def _random_net(rng: random.Random, n: int, symmetric: bool) -> Network:
    w = [[0] * n for _ in range(n)]
    for u in range(n):
        for v in range(n):
            if u != v and (not symmetric or v < u):
                w[u][v] = rng.randint(-2, 2)
                if symmetric:
                    w[v][u] = w[u][v]
    return Network.from_weights(w, [rng.randint(-1, 1) for _ in range(n)])


@pytest.mark.parametrize("symmetric", [True, False])
def test_conv_steps_agree_with_engine_run_cyclic_for_every_start(symmetric: bool) -> None:
    rng = random.Random(7)
    for _ in range(12):
        net = _random_net(rng, rng.randint(1, 5), symmetric)
        steps = cyclic_conv_steps(net)
        for k in range(1 << net.n):
            run = run_cyclic(net, state_of_index(net.n, k))
            assert steps[k] == (run.conv_steps if run.conv_steps is not None else -1)


def test_certificate_counts_agree_with_exact_baseline() -> None:
    net = random_symmetric_network(6, 2, random.Random(3))
    cert = convergence_certificate(net)
    base = convergence_exact(net, range(1 << 6))
    assert cert.ok and base.nonconvergent == 0
    assert cert.max_conv_steps == base.max_conv_steps


def test_rational_weights_are_scaled_exactly() -> None:
    net = Network.from_weights([[0, Fraction(1, 2), 0], [Fraction(1, 2), 0, Fraction(-1, 3)],
                                [0, Fraction(-1, 3), 0]], [Fraction(1, 6), 0, 0])
    steps = cyclic_conv_steps(net)
    assert [run_cyclic(net, state_of_index(3, k)).conv_steps for k in range(8)] == steps.tolist()
    assert convergence_certificate(net).ok


def test_energies_fast_match_engine_energies() -> None:
    for seed in range(5):
        net = random_symmetric_network(7, 3, random.Random(seed))
        assert energies_fast(net).tolist() == energies(net)


def test_overflow_guard_falls_back_to_exact_python_integers() -> None:
    big = 2 ** 70
    net = Network.from_weights([[0, big, -1], [big, 0, 3], [-1, 3, 0]], [big, 0, -big])
    cert = convergence_certificate(net)
    assert cert.dtype == "object" and cert.ok
    assert cyclic_conv_steps(net).tolist() == [
        run_cyclic(net, state_of_index(3, k)).conv_steps for k in range(8)]
    small = random_symmetric_network(5, 2, random.Random(1))
    assert cyclic_conv_steps(small).tolist() == cyclic_conv_steps(small, force_object=True).tolist()
    assert exact_dtype(2 ** 63) is object


def test_asymmetric_weights_break_t1_and_never_settle() -> None:
    cert = convergence_certificate(Network.from_weights([[0, -1], [1, 0]]))
    assert cert.t1_failures > 0 and cert.nonconvergent > 0 and not cert.ok


def test_local_kernel_equals_engine_kernel_entry_by_entry() -> None:
    rng = random.Random(11)
    for b in (Fraction(2), Fraction(3, 2), Fraction(1)):
        net = _random_net(rng, 3, True)
        dense = random_scan_local_kernel(net, b)
        ref = random_scan_kernel(b, net)
        num = dense.dense()
        assert all(Fraction(num[i][j], dense.den) == ref[i][j]
                   for i in range(8) for j in range(8))


def test_integer_weights_are_proportional_to_engine_boltzmann() -> None:
    net = random_symmetric_network(5, 2, random.Random(5))
    b = Fraction(3, 2)
    w = boltzmann_integer_weights(net, b)
    z = sum(int(x) for x in w)
    assert [Fraction(int(x), z) for x in w] == list(boltzmann_law(b, net).probabilities)


def test_stationarity_holds_and_matches_the_exact_baseline() -> None:
    net = random_symmetric_network(5, 2, random.Random(2))
    b = Fraction(2)
    cert = stationarity_certificate(boltzmann_integer_weights(net, b),
                                    random_scan_local_kernel(net, b))
    assert cert.ok and cert.min_stay > 0
    assert stationarity_exact(net, b, range(32)) == 0


def test_perturbed_kernel_entry_fails_stationarity() -> None:
    net = random_symmetric_network(4, 2, random.Random(4))
    b = Fraction(2)
    k = random_scan_local_kernel(net, b)
    flip = [f.copy() for f in k.flip]
    stay = k.stay.copy()
    flip[1][5] += 1          # K(5, 5^2) up by 1/den, K(5, 5) down: rows still sum to 1
    stay[5] -= 1
    broken = LocalKernel(k.n, k.den, tuple(flip), stay)
    cert = stationarity_certificate(boltzmann_integer_weights(net, b), broken)
    assert not cert.ok and cert.stationary_failures > 0 and cert.balance_failures > 0
    assert cert.row_failures == 0


def test_wrong_row_sum_is_reported() -> None:
    net = random_symmetric_network(3, 1, random.Random(0))
    k = random_scan_local_kernel(net, Fraction(2))
    stay = k.stay.copy()
    stay[0] += 1
    cert = stationarity_certificate(boltzmann_integer_weights(net, Fraction(2)),
                                    LocalKernel(k.n, k.den, k.flip, stay))
    assert cert.row_failures == 1 and not cert.ok


def test_field_tables_match_engine_local_fields() -> None:
    from hopfield_bridge.check.fast import field_table, integer_data
    net = random_symmetric_network(5, 3, random.Random(9))
    data = integer_data(net)
    for u in range(5):
        table = field_table(data, u, np.int64)
        assert all(table[k] == local_field(net, state_of_index(5, k), u) for k in range(32))
