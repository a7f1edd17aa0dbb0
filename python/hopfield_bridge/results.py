"""The result object of SPEC section 5, computed by the Python engine.

Keys appear in a fixed order and only when SPEC says they are present;
rationals are strings (``"p"`` / ``"p/q"``), counts are integers, states are
lists of ``1`` / ``-1``.

>>> from .instance import SCHEMA, parse_instance
>>> inst = parse_instance({"schema": SCHEMA, "name": "pair", "n": 2,
...                        "weights": [[0, 1], [1, 0]], "state": [1, -1]})
>>> r = evaluate(inst)
>>> r["energy"], r["stable"], r["conv_steps"], r["final_state"]
('1', False, 1, [-1, -1])
"""
from __future__ import annotations

import json
from typing import Any

from .dynamics import conv_steps, energy, is_stable, net_input, run_cyclic, trajectory
from .gibbs import boltzmann_law, gibbs_prob_pos
from .hebbian import patterns_stable
from .instance import Instance
from .kernel import kernel_row
from .rational import format_rational

__all__ = ["RESULT_KEYS", "evaluate", "to_json_line"]

RESULT_KEYS = ("name", "n", "weights", "thresholds", "net", "energy", "stable", "trajectory",
               "conv_steps", "final_state", "patterns_stable", "prob_pos", "partition",
               "boltzmann", "kernel_row")
"""Every result key, in output order."""


def evaluate(inst: Instance) -> dict[str, Any]:
    """Compute every result key that the instance asks for.

    >>> from .instance import SCHEMA, parse_instance
    >>> r = evaluate(parse_instance({"schema": SCHEMA, "name": "b", "n": 1,
    ...                              "weights": [[0]], "exp_beta": 2, "state": [1]}))
    >>> r["prob_pos"], r["partition"], r["boltzmann"], r["kernel_row"]
    (['1/2'], '2', ['1/2', '1/2'], ['1/2', '1/2'])
    """
    net = inst.network
    out: dict[str, Any] = {
        "name": inst.name,
        "n": inst.n,
        "weights": [[format_rational(x) for x in row] for row in net.weights],
        "thresholds": [format_rational(x) for x in net.thresholds],
    }
    s = inst.state
    if s is not None:
        out["net"] = [format_rational(net_input(net, s, u)) for u in range(inst.n)]
        out["energy"] = format_rational(energy(net, s))
        out["stable"] = is_stable(net, s)
        if inst.schedule is not None:
            states = trajectory(net, inst.schedule, s)
            steps = conv_steps(net, states)
        else:
            run = run_cyclic(net, s)
            states, steps = list(run.trajectory), run.conv_steps
        out["trajectory"] = [list(t) for t in states]
        out["conv_steps"] = steps
        out["final_state"] = list(states[-1])
    if inst.patterns is not None:
        out["patterns_stable"] = patterns_stable(net, inst.patterns)
    b = inst.exp_beta
    if b is not None:
        if s is not None:
            out["prob_pos"] = [format_rational(gibbs_prob_pos(b, net, s, u)) for u in range(inst.n)]
        law = boltzmann_law(b, net)
        out["partition"] = format_rational(law.partition)
        out["boltzmann"] = [format_rational(x) for x in law.probabilities]
        if s is not None:
            out["kernel_row"] = [format_rational(x) for x in kernel_row(b, net, s)]
    return out


def to_json_line(result: dict[str, Any]) -> str:
    """One compact JSON line.

    >>> to_json_line({"name": "a", "n": 1})
    '{"name": "a", "n": 1}'
    """
    return json.dumps(result, ensure_ascii=False)
