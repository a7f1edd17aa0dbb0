"""The statement catalogue T1–T20 (SPEC section 4) and the outcome of one check.

>>> STATEMENTS["T7"].paper_name
'Hebbian_stable'
>>> statement("T99")
Traceback (most recent call last):
...
hopfield_bridge.errors.UsageError: --statement: unknown statement 'T99' (known: T1..T20)
"""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import UsageError

__all__ = ["Statement", "STATEMENTS", "statement", "Outcome", "PASS", "FAIL", "SKIP"]

PASS, FAIL, SKIP = "pass", "fail", "skip"


@dataclass(frozen=True)
class Statement:
    """One catalogue entry: what is claimed, under which hypotheses, and how it is checked.

    ``max_n`` is the largest ``n`` the check accepts (exhaustive over ``2^n``
    states, or a ``2^n × 2^n`` matrix).
    """

    id: str
    text: str
    paper_name: str
    hypotheses: tuple[str, ...]
    method: str
    max_n: int


_SYM = "W symmetric"
_DIAG = "zero diagonal"
_INT = "integer W, θ (exact base form)"

STATEMENTS: dict[str, Statement] = {s.id: s for s in (
    Statement("T1", "E(Up_u s) − E(s) = (s_u − Up_u(s)_u)·(net_u(s) − θ_u)", "E_final_Form",
              (_SYM, _DIAG), "exhaustive: every state, every site", 24),
    Statement("T2", "a flip never increases energy", "energy_diff_leq_zero",
              (_SYM, _DIAG), "exhaustive: every state, every site", 24),
    Statement("T3", "a flip strictly lowers E, or keeps E and raises pluses",
              "energy_lt_zero_or_pluses_increase", (_SYM, _DIAG),
              "exhaustive: every state, every site", 24),
    Statement("T4", "fair useq ⇒ some seqStates N is stable", "HopfieldNet_convergence_fair",
              (_SYM, _DIAG, "useq fair"),
              "exhaustive: every start, cyclic schedule; seeded permutation sweeps", 24),
    Statement("T5", "cyclic useq ⇒ stable within N ≤ n·2^n", "HopfieldNet_convergence_cyclic",
              (_SYM, _DIAG, "useq cyclic"), "exhaustive: every start, exact convSteps", 24),
    Statement("T6", "pairwise-orthogonal patterns ⇒ W p_j = (n − m) p_j",
              "patterns_pairwise_orthogonal", ("Hebbian W", "patterns pairwise orthogonal"),
              "exact matrix-vector product per pattern", 256),
    Statement("T7", "m < n and pairwise orthogonal ⇒ every p_j is stable", "Hebbian_stable",
              ("Hebbian W", "patterns pairwise orthogonal", "m < n"),
              "exact isStable per pattern", 256),
    Statement("T8", "H(s⁺_u) − H(s⁻_u) = −2·L_u(s)", "hamiltonian_flip_relation",
              (_SYM, _INT), "exhaustive integers; b-form as rational functions of b (SymPy)", 24),
    Statement("T9", "probPos = 1/(1 + b^(−2L)); equals the exp form when b = exp β",
              "probPos, logisticProb", (_SYM, _INT),
              "SymPy identities in b and β per local field; exact values at b", 16),
    Statement("T10", "π(s)K_u(s,s') = π(s')K_u(s',s)", "detailed_balance", (_SYM, _INT),
              "SymPy identity in b per (E(s), E(s'), L); exact per edge at b", 16),
    Statement("T11", "random-scan K is reversible w.r.t. π", "randomScanKernel_reversible",
              (_SYM, _INT), "SymPy identity in b (whole kernel for n ≤ 4)", 16),
    Statement("T12", "K(s,s) > 0 for all s (β finite)", "RScol_diag_pos", (_SYM, _INT),
              "exact rationals at b, every state", 16),
    Statement("T13", "K is irreducible", "RScol_irred", (_SYM, _INT),
              "exact support graph strongly connected", 16),
    Statement("T14", "K is primitive (K^n > 0)", "RSrow_primitive", (_SYM, _INT),
              "positive diagonal + irreducible; exponent exhibited", 16),
    Statement("T15", "the stationary distribution is unique and equals π",
              "RSrow_stationary_unique_eq_πBoltzVec", (_SYM, _INT),
              "πK = π exactly (integer cross-multiplication); rank(K − I) = 2^n − 1", 16),
    Statement("T16", "irreducible stochastic ⇒ unique stationary simplex vector",
              "exists_positive_eigenvector_of_irreducible_stochastic", ("K irreducible",),
              "exact certificate: SCC, rank, πK = π", 8),
    Statement("T17", "|μ| ≤ r for every eigenvalue μ", "perron_root_is_spectral_radius",
              ("K irreducible",), "exact charpoly over ℚ, real roots isolated exactly", 8),
    Statement("T18", "primitive ⇒ |μ| < r for μ ≠ r; r algebraically simple",
              "spectral_dominance_of_primitive, algebraic_multiplicity_one_of_irreducible",
              ("K primitive",), "exact charpoly over ℚ; spectral gap as a rational interval", 8),
    Statement("T19", "β → ∞: Gibbs P(+1) → 1, 0, or ½ on a tie (Up gives +1 on a tie)",
              "gibbs_update_tends_to_zero_temp_limit", (_SYM, _INT),
              "sympy.limit of the exp(β) form vs zero_temp_prob_pos, every state and site", 16),
    Statement("T20", "any initial law converges to π under K",
              "distribution_converges_to_stationary", (_SYM, _INT),
              "exact Dobrushin coefficient of K^k < 1 and πK = π", 8),
)}
"""Every statement by ID, in catalogue order."""


def statement(sid: str) -> Statement:
    """The statement with ID ``sid`` (case-insensitive); ``UsageError`` if unknown.

    >>> statement("t5").paper_name
    'HopfieldNet_convergence_cyclic'
    """
    key = sid.strip().upper()
    if key not in STATEMENTS:
        raise UsageError(f"--statement: unknown statement {sid!r} (known: T1..T20)")
    return STATEMENTS[key]


@dataclass(frozen=True)
class Outcome:
    """The result of checking one statement on one instance.

    ``status`` is ``pass``, ``fail`` (the statement fails on an instance that
    satisfies its hypotheses: a real failure) or ``skip`` (a hypothesis does
    not hold, or the instance lacks what the statement is about); ``cases``
    counts the exact comparisons made; ``detail`` is one line.
    """

    statement: str
    instance: str
    n: int
    status: str
    cases: int
    detail: str
    seconds: float = 0.0
