"""Each statement check passes on valid instances and reports broken ones."""
from __future__ import annotations

import random
from fractions import Fraction

import numpy as np
import pytest

from hopfield_bridge.catalogue import CATALOGUE, builtin
from hopfield_bridge.check.ablation import (asymmetric_cycle, hadamard_full, nonzero_diagonal,
                                            non_orthogonal_patterns, zero_temperature_tie)
from hopfield_bridge.check.boltzmann_checks import dobrushin_minorisation, zero_temp_limit
from hopfield_bridge.check.families import family, random_orthogonal_patterns
from hopfield_bridge.check.fast import random_scan_local_kernel
from hopfield_bridge.check.hopfield_checks import check_t6, check_t7
from hopfield_bridge.check.perron_frobenius import (is_irreducible, perron_frobenius_certificate,
                                                    primitivity_exponent)
from hopfield_bridge.check.runner import run_checks
from hopfield_bridge.check.statements import STATEMENTS, Outcome, statement
from hopfield_bridge.errors import UsageError
from hopfield_bridge.hebbian import hebbian, pairwise_orthogonal
from hopfield_bridge.instance import Instance
from hopfield_bridge.network import Network


def test_catalogue_lists_t1_to_t20_with_paper_names() -> None:
    assert list(STATEMENTS) == [f"T{i}" for i in range(1, 21)]
    assert all(s.paper_name and s.hypotheses for s in STATEMENTS.values())


def test_unknown_statement_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="T21"):
        statement("T21")


def test_every_statement_passes_on_small_catalogue_and_family_instances() -> None:
    insts = [CATALOGUE[k] for k in ("paper-hebbian-4", "paper-boltzmann-2", "threshold-tie-3",
                                    "hadamard-4-2")] + family(1, 4)
    outcomes = run_checks(insts, list(STATEMENTS))
    assert not [o for o in outcomes if o.status == "fail"]
    passed = {o.statement for o in outcomes if o.status == "pass"}
    assert passed == set(STATEMENTS)


def test_asymmetric_instance_is_skipped_not_failed() -> None:
    outs = run_checks([builtin("asymmetric-cycle-2")], ["T1", "T5", "T10"])
    assert [o.status for o in outs] == ["skip"] * 3
    assert "W symmetric" in outs[0].detail


def test_size_limit_is_named_in_the_skip() -> None:
    outs = run_checks([builtin("ferromagnet-4x4")], ["T16"])
    assert outs[0].status == "skip" and "limit 8" in outs[0].detail


def test_t7_fails_are_skips_when_m_equals_n() -> None:
    assert check_t7(builtin("hadamard-4-full")).status == "skip"


def test_t6_t7_pass_on_random_orthogonal_sets() -> None:
    rng = random.Random(2)
    for n in (4, 8, 16):
        pats = random_orthogonal_patterns(n, n - 1, rng)
        assert pairwise_orthogonal(pats)
        inst = Instance(f"o{n}", hebbian(pats), tuple(pats), weights_given=False)
        assert check_t6(inst).status == "pass" and check_t7(inst).status == "pass"


def test_t19_limit_is_half_on_a_tie_and_the_detail_shows_up_differs() -> None:
    assert str(zero_temp_limit(0)) == "1/2" and zero_temp_limit(5) == 1 and zero_temp_limit(-5) == 0
    outs = run_checks([builtin("threshold-tie-3")], ["T19"])
    assert outs[0].status == "pass" and "Up gives +1" in outs[0].detail


def test_pf_certificate_of_the_zero_network_has_exact_lambda2() -> None:
    c = perron_frobenius_certificate(Network.from_weights([[0] * 4 for _ in range(4)]), Fraction(2))
    assert c.ok and c.lambda2 == (Fraction(3, 4), Fraction(3, 4)) and c.lambda2_multiplicity == 4
    assert c.gap == (Fraction(1, 4), Fraction(1, 4))


def test_pf_certificate_on_a_random_network_isolates_lambda2() -> None:
    from hopfield_bridge.check.families import random_symmetric_network
    net = random_symmetric_network(5, 2, random.Random(1))
    c = perron_frobenius_certificate(net, Fraction(3, 2))
    assert c.ok and c.real_roots == 32 and c.roots_inside == 31
    lo, hi = c.lambda2
    assert 0 < hi - lo <= Fraction(1, 2 ** 40) and c.exponent == 5
    sym = np.linalg.eigvalsh(_sym(net, Fraction(3, 2)))
    assert float(lo) - 1e-9 < sorted(sym)[-2] < float(hi) + 1e-9


def _sym(net: Network, b: Fraction) -> np.ndarray:
    k = random_scan_local_kernel(net, b)
    d = np.array(k.dense(), dtype=float) / k.den
    return np.sqrt(d * d.T)


def test_reducible_and_periodic_supports_are_detected() -> None:
    assert not is_irreducible(np.array([[1, 1, 0], [0, 1, 1], [0, 0, 1]], dtype=bool))
    cyc = np.array([[0, 1, 0], [0, 0, 1], [1, 0, 0]], dtype=bool)
    assert is_irreducible(cyc) and primitivity_exponent(cyc) is None


def test_dobrushin_minorisation_is_positive_for_a_primitive_kernel() -> None:
    k = random_scan_local_kernel(builtin("paper-boltzmann-2").network, Fraction(2))
    assert dobrushin_minorisation(k, 2) > 0 and dobrushin_minorisation(k, 1) == 0


def test_ablation_finds_the_asymmetric_two_cycle() -> None:
    c = asymmetric_cycle()
    assert c.found and c.n == 2 and c.max_weight == 1 and c.weights == [[0, -1], [1, 0]]


def test_ablation_finds_non_orthogonal_and_full_hadamard_counterexamples() -> None:
    a = non_orthogonal_patterns()
    assert a.found and a.n == 3 and not pairwise_orthogonal([tuple(p) for p in a.patterns])
    h = hadamard_full()
    assert h.found and h.n == 2 and h.weights == [[0, 0], [0, 0]]


def test_ablation_reports_no_diagonal_counterexample_and_the_tie() -> None:
    assert not nonzero_diagonal(max_n=2).found
    tie = zero_temperature_tie()
    assert tie.found and "1/2" in tie.witness and "+1" in tie.witness


def test_outcome_is_frozen() -> None:
    o = Outcome("T1", "x", 1, "pass", 0, "")
    with pytest.raises(AttributeError):
        o.status = "fail"  # type: ignore[misc]
