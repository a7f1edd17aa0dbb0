"""The cross-checker: statements T1–T20 of SPEC section 4 on concrete instances.

* :mod:`.statements` — the catalogue (id, text, paper name, hypotheses)
* :mod:`.fast` — vectorised exhaustive convergence and stationarity, with overflow proofs
* :mod:`.baseline` — the same checks, straightforward and exact (reference and benchmark)
* :mod:`.hopfield_checks` (T1–T7), :mod:`.boltzmann_checks` (T8–T15, T19, T20),
  :mod:`.perron_frobenius` (T16–T18)
* :mod:`.families` — seeded instance families; :mod:`.ablation` — dropped hypotheses
* :mod:`.runner` — runs the checks; :mod:`.report` — table, JSON and Markdown

>>> from hopfield_bridge.check.statements import STATEMENTS
>>> len(STATEMENTS)
20
"""
