"""Instance validation: every rejection names the field and what is wrong."""
from __future__ import annotations

import json
from fractions import Fraction
from typing import Any

import pytest

from hopfield_bridge.errors import InstanceError
from hopfield_bridge.instance import (
    MAX_FULL_N, MAX_N, SCHEMA, instance_to_json, load_instance_file, parse_instance,
    parse_instances,
)
from hopfield_bridge.rational import format_rational, parse_rational


def base(**kw: Any) -> dict[str, Any]:
    obj: dict[str, Any] = {"schema": SCHEMA, "name": "t", "n": 2, "weights": [[0, 1], [1, 0]]}
    obj.update(kw)
    return obj


def test_rational_strings_and_integers_parse_exactly() -> None:
    inst = parse_instance(base(weights=[[0, "-3/6"], ["-1/2", 0]], thresholds=["2", 5]))
    assert inst.network.weights[0][1] == Fraction(-1, 2)
    assert inst.network.thresholds == (2, 5)


@pytest.mark.parametrize("text", ["1.5", "1/0", "a", "1/-2", "", "--1", "1//2", " /3", "1\n", " 2", "+3"])
def test_bad_rational_string_names_the_field(text: str) -> None:
    with pytest.raises(InstanceError, match=r"weights\[1\]\[0\]"):
        parse_instance(base(weights=[[0, 1], [text, 0]]))


def test_float_number_is_refused_as_inexact() -> None:
    with pytest.raises(InstanceError, match=r"thresholds\[0\]: 0.5 is a float"):
        parse_instance(base(thresholds=[0.5, 0]))


def test_boolean_is_not_a_number() -> None:
    with pytest.raises(InstanceError, match=r"thresholds\[1\]: expected a number"):
        parse_instance(base(thresholds=[0, True]))


def test_format_rational_lowest_terms() -> None:
    assert format_rational(Fraction(6, -4)) == "-3/2"
    assert format_rational(Fraction(0)) == "0"
    assert parse_rational("10/4", "x") == Fraction(5, 2)


@pytest.mark.parametrize("name", ["", "a b", "x" * 65, "é", "a/b", "abc\n", None, 3])
def test_bad_name_is_rejected(name: object) -> None:
    with pytest.raises(InstanceError, match="name"):
        parse_instance(base(name=name))


def test_wrong_schema_is_rejected() -> None:
    with pytest.raises(InstanceError, match="schema: expected"):
        parse_instance(base(schema="other/1"))


def test_unknown_field_is_rejected() -> None:
    with pytest.raises(InstanceError, match="weight: unknown field"):
        parse_instance(base(weight=[[0]]))


@pytest.mark.parametrize("n", [0, -1, MAX_N + 1, "2", 2.0])
def test_bad_n_is_rejected(n: object) -> None:
    with pytest.raises(InstanceError, match="n: "):
        parse_instance(base(n=n))


def test_missing_n_is_rejected() -> None:
    obj = base()
    del obj["n"]
    with pytest.raises(InstanceError, match="n: missing"):
        parse_instance(obj)


def test_wrong_weight_sizes_are_rejected() -> None:
    with pytest.raises(InstanceError, match=r"weights: expected 2 entries, got 1"):
        parse_instance(base(weights=[[0, 1]]))
    with pytest.raises(InstanceError, match=r"weights\[1\]: expected 2 entries, got 3"):
        parse_instance(base(weights=[[0, 1], [1, 0, 0]]))


def test_wrong_threshold_length_is_rejected() -> None:
    with pytest.raises(InstanceError, match="thresholds: expected 2 entries, got 3"):
        parse_instance(base(thresholds=[0, 0, 0]))


@pytest.mark.parametrize("bad", [0, 2, "1", True, 1.0])
def test_non_spin_state_entry_is_rejected(bad: object) -> None:
    with pytest.raises(InstanceError, match=r"state\[1\]: expected 1 or -1"):
        parse_instance(base(state=[1, bad]))


def test_wrong_state_length_is_rejected() -> None:
    with pytest.raises(InstanceError, match="state: expected 2 entries, got 3"):
        parse_instance(base(state=[1, 1, 1]))


def test_non_spin_pattern_is_rejected() -> None:
    with pytest.raises(InstanceError, match=r"patterns\[1\]\[0\]: expected 1 or -1"):
        parse_instance(base(patterns=[[1, 1], [0, 1]]))


def test_empty_patterns_are_rejected() -> None:
    with pytest.raises(InstanceError, match="patterns: expected at least one"):
        parse_instance(base(patterns=[]))


def test_weights_or_patterns_required() -> None:
    obj = base()
    del obj["weights"]
    with pytest.raises(InstanceError, match="weights: give weights or patterns"):
        parse_instance(obj)


def test_patterns_without_weights_give_hebbian_weights() -> None:
    obj = base(patterns=[[1, -1]])
    del obj["weights"]
    inst = parse_instance(obj)
    assert inst.network.weights == ((0, -1), (-1, 0))
    assert not inst.weights_given


def test_schedule_site_out_of_range_is_rejected() -> None:
    with pytest.raises(InstanceError, match=r"schedule\[1\]: site 2 is out of range 0..1"):
        parse_instance(base(state=[1, 1], schedule=[0, 2]))


def test_schedule_needs_a_state() -> None:
    with pytest.raises(InstanceError, match="schedule: needs a state"):
        parse_instance(base(schedule=[0]))


@pytest.mark.parametrize("b", [0, -1, "-1/2", "0/3"])
def test_nonpositive_exp_beta_is_rejected(b: object) -> None:
    with pytest.raises(InstanceError, match="exp_beta: must be > 0"):
        parse_instance(base(exp_beta=b))


def test_rational_weight_in_exact_boltzmann_mode_is_rejected() -> None:
    with pytest.raises(InstanceError, match=r"weights\[0\]\[1\]: 1/2 is not an integer"):
        parse_instance(base(weights=[[0, "1/2"], ["1/2", 0]], exp_beta=2))


def test_rational_threshold_in_exact_boltzmann_mode_is_rejected() -> None:
    with pytest.raises(InstanceError, match=r"thresholds\[1\]: 1/3 is not an integer"):
        parse_instance(base(thresholds=[0, "1/3"], exp_beta=2))


def test_asymmetric_weights_in_boltzmann_mode_are_rejected() -> None:
    with pytest.raises(InstanceError, match="weights: must be symmetric"):
        parse_instance(base(weights=[[0, 1], [2, 0]], exp_beta=2))


def test_asymmetric_weights_allowed_for_hopfield_keys() -> None:
    assert parse_instance(base(weights=[[0, 1], [2, 0]], state=[1, 1])).n == 2


def test_n_beyond_the_full_limit_is_rejected_for_exp_beta() -> None:
    n = MAX_FULL_N + 1
    w = [[0] * n for _ in range(n)]
    with pytest.raises(InstanceError, match=f"n: {n} exceeds {MAX_FULL_N}"):
        parse_instance(base(n=n, weights=w, exp_beta=2))


def test_error_names_the_instance() -> None:
    with pytest.raises(InstanceError, match="instance 'spin-x': state"):
        parse_instance(base(name="spin-x", state=[1, 3]))


def test_list_of_instances_with_duplicate_names_is_rejected() -> None:
    with pytest.raises(InstanceError, match="name 't' occurs twice"):
        parse_instances([base(), base()], "f.json")


def test_malformed_json_file_gives_line_and_column(tmp_path) -> None:
    p = tmp_path / "bad.json"
    p.write_text('{"name": "x",\n  "n": }')
    with pytest.raises(InstanceError, match=r"bad.json: malformed JSON at line 2 column"):
        load_instance_file(str(p))


def test_instance_to_json_roundtrips(tmp_path) -> None:
    inst = parse_instance(base(thresholds=["1/2", 0], state=[1, -1], schedule=[1, 0]))
    p = tmp_path / "i.json"
    p.write_text(json.dumps(instance_to_json(inst)))
    assert load_instance_file(str(p)) == [inst]
