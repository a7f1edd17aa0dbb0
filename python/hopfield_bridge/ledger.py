"""Proof ledger: where each catalogue statement T1–T20 lives in ``lean/`` and how proved it is.

A catalogue theorem is marked in Lean by a docstring that begins
``/-- **T<k>** (paper: `<name>`[, `<name>`…])`` placed immediately before
``theorem <name>`` (attributes and modifiers such as ``protected`` may sit in
between). The ledger reads ``lean/`` **statically**:

* ``proved``: the theorem's own block (from its keyword to the next top-level
  command, ``end`` or section boundary) has no ``sorry``/``admit``/``sorryAx``
  token outside comments and strings;
* ``sorry``: it does; ``sorry (via L)``: its block refers by name to a
  declaration in ``lean/`` whose block has a ``sorry`` (transitively; ``L`` is
  the declaration that holds the ``sorry``, ``via`` in JSON is the whole chain);
* ``axiom (via A)``: it refers, transitively, to an ``axiom`` declared in ``lean/``;
* ``missing``: no theorem in ``lean/`` carries the ID.

Indirect dependence is found **by name only**: a reference is resolved against
the enclosing namespaces and ``open`` lines, and a dotted use ``x.f`` (``x`` a
local such as ``c`` or ``W``, not a namespace such as ``Finset``) or ``.f`` that
does not resolve matches any declaration whose last component is ``f`` (an
over-approximation). Dependence through type-class instances, notation,
macros, ``simp`` sets or tactics that name no declaration is **not** seen; only
Lean's ``#print axioms`` (``--axioms``, which needs a toolchain) catches every
indirect use of ``sorryAx``, and when Lean has run its answer replaces the static
status: ``lean-verified`` means Lean's message for the theorem names neither
``sorryAx`` nor an axiom declared in ``lean/``.

Every ``sorry`` token and every ``axiom`` declaration in ``lean/`` is listed;
an ``axiom`` declaration is a failure (the command exits 1). A docstring that
starts with an ID and mentions a paper lemma but misses the exact form is
warned about, not counted. ``--axioms`` runs Lean through
:mod:`hopfield_bridge.bridge.runner` on a temporary file ``import Hopfield`` +
``#print axioms <name>`` per theorem; private theorems cannot be named from
there and stay unchecked.

>>> import os, tempfile
>>> d = tempfile.mkdtemp(); os.mkdir(os.path.join(d, "lean"))
>>> _ = open(os.path.join(d, "lean", "A.lean"), "w").write(
...     "namespace Hopfield\\n/-- **T2** (paper: `energy_diff_leq_zero`) -/\\n"
...     "theorem flip_le : True := by\\n  sorry\\nend Hopfield\\n")
>>> led = build_ledger(os.path.join(d, "lean"))
>>> row = led.rows[1]
>>> (row.id, row.lean_name, f"{row.file}:{row.line}", row.status_text)
('T2', 'Hopfield.flip_le', 'lean/A.lean:3', 'sorry')
>>> led.rows[0].status, led.sorry_count
('missing', 1)
"""
from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections import deque
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Sequence

from .bridge.messages import LeanMessage, format_message, parse_message_stream
from .bridge.runner import INSTALL_HINT, LeanConfig, resolve_config, run_lean
from .errors import LeanFailedError, LeanNotFoundError, UsageError
from .check.statements import STATEMENTS

__all__ = [
    "CATALOGUE_IDS",
    "PAPER_NAMES",
    "STANDARD_AXIOMS",
    "README_START",
    "README_END",
    "Location",
    "Declaration",
    "LedgerRow",
    "Ledger",
    "LeanAxioms",
    "find_lean_dir",
    "strip_comments_and_strings",
    "scan_file",
    "build_ledger",
    "parse_print_axioms",
    "axioms_file_text",
    "lean_config",
    "answers_from_messages",
    "apply_lean_axioms",
    "check_axioms_with_lean",
    "render_text",
    "render_markdown",
    "to_json",
    "readme_block",
    "replace_readme_block",
]

CATALOGUE_IDS: tuple[str, ...] = tuple(STATEMENTS)
"""The statement IDs of the design reference, section 4."""

PAPER_NAMES: dict[str, tuple[str, ...]] = {
    sid: tuple(name.strip() for name in st.paper_name.split(","))
    for sid, st in STATEMENTS.items()
}
"""The paper's name(s) for each ID, from the one catalogue in :mod:`.check.statements`."""

STANDARD_AXIOMS: frozenset[str] = frozenset({"propext", "Classical.choice", "Quot.sound"})
"""Lean's three standard axioms; anything else in ``#print axioms`` output is listed."""

SORRY_TOKENS: tuple[str, ...] = ("sorry", "admit", "sorryAx")
"""Tokens that leave a proof open (``admit`` is a synonym of ``sorry``)."""

README_START = "<!-- ledger:start -->"
README_END = "<!-- ledger:end -->"

STATUSES = ("lean-verified", "proved", "axiom", "sorry", "missing")
"""Row statuses, best first."""

# ---------------------------------------------------------------------------
# Data


@dataclass(frozen=True)
class Location:
    """A place in ``lean/``: ``file`` is relative to the folder above ``lean/``.

    >>> str(Location("lean/Hopfield/Dynamics.lean", 12))
    'lean/Hopfield/Dynamics.lean:12'
    """

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class Declaration:
    """A named (or anonymous) top-level declaration found in ``lean/``.

    ``refs`` holds the identifier tokens of its block (statement and proof),
    ``sorry_lines`` the lines of the ``sorry`` tokens in it.
    """

    name: str
    kind: str
    location: Location
    namespace: str
    opens: tuple[str, ...]
    refs: frozenset[str]
    sorry_lines: tuple[int, ...]
    private: bool = False

    @property
    def has_sorry(self) -> bool:
        """Whether the block itself holds a ``sorry`` token."""
        return bool(self.sorry_lines)


@dataclass(frozen=True)
class _Tagged:
    """A catalogue docstring and the theorem it precedes (if any)."""

    id: str
    paper: tuple[str, ...]
    doc_location: Location
    decl_name: str | None
    decl_location: Location | None
    private: bool = False


@dataclass(frozen=True)
class LeanAxioms:
    """Lean's ``#print axioms`` answer for one theorem (``error`` if Lean refused)."""

    axioms: tuple[str, ...] | None
    message: str

    @property
    def uses_sorry(self) -> bool:
        """Whether Lean names ``sorryAx``."""
        return self.axioms is not None and "sorryAx" in self.axioms


@dataclass(frozen=True)
class LedgerRow:
    """One line of the ledger: a catalogue theorem, or an ID with none.

    >>> LedgerRow("T3", None, None, None, "missing", ("energy_lt_zero_or_pluses_increase",)).status_text
    'missing'
    >>> LedgerRow("T2", "Hopfield.a", "lean/A.lean", 3, "sorry", (), via=("Hopfield.b",)).status_text
    'sorry (via Hopfield.b)'
    """

    id: str
    lean_name: str | None
    file: str | None
    line: int | None
    status: str
    paper: tuple[str, ...]
    via: tuple[str, ...] = ()
    lean: LeanAxioms | None = None
    private: bool = False

    @property
    def status_text(self) -> str:
        """The status as printed: ``sorry (via L)`` names the declaration holding the ``sorry``."""
        if self.via and self.status in ("sorry", "axiom"):
            return f"{self.status} (via {self.via[-1]})"
        return self.status

    @property
    def where(self) -> str | None:
        """``file:line`` or ``None`` for a missing ID."""
        return None if self.file is None else f"{self.file}:{self.line}"


@dataclass(frozen=True)
class Ledger:
    """The whole ledger: rows in catalogue order plus the ``sorry``/``axiom`` census."""

    lean_dir: str
    rows: tuple[LedgerRow, ...]
    sorry_sites: tuple[tuple[Location, str | None], ...]
    axiom_declarations: tuple[Declaration, ...]
    warnings: tuple[str, ...] = ()
    lean_checked: bool = False
    declarations: tuple[Declaration, ...] = field(default=(), repr=False, compare=False)

    @property
    def sorry_count(self) -> int:
        """Number of ``sorry`` tokens (outside comments and strings) in ``lean/``."""
        return len(self.sorry_sites)

    @property
    def failed(self) -> bool:
        """An ``axiom`` declaration in ``lean/`` is a failure."""
        return bool(self.axiom_declarations)

    def id_status(self, ident: str) -> str:
        """The worst status over the rows of one ID.

        >>> Ledger("lean", (), (), ()).id_status("T1")
        'missing'
        """
        found = [r.status for r in self.rows if r.id == ident]
        return max(found, key=STATUSES.index) if found else "missing"

    def summary(self) -> str:
        """One line: IDs per status, ``sorry`` tokens, ``axiom`` declarations.

        >>> Ledger("lean", (), (), ()).summary()
        '0 catalogue IDs: ; 0 `sorry` in lean/, 0 `axiom` declarations'
        """
        ids = sorted({r.id for r in self.rows}, key=_id_key)
        counts = {s: 0 for s in STATUSES}
        for ident in ids:
            counts[self.id_status(ident)] += 1
        parts = ", ".join(f"{c} {s}" for s, c in counts.items() if c)
        return (f"{len(ids)} catalogue IDs: {parts}; {self.sorry_count} `sorry` in lean/, "
                f"{len(self.axiom_declarations)} `axiom` declaration"
                f"{'' if len(self.axiom_declarations) == 1 else 's'}")


def _id_key(ident: str) -> tuple[int, str]:
    m = re.fullmatch(r"T(\d+)", ident)
    return (int(m.group(1)), "") if m else (10**6, ident)


# ---------------------------------------------------------------------------
# Lexing: comments, strings and characters blanked, docstrings kept aside

_WORD = r"[\w'!?]"
_CHAR_LIT = re.compile(r"'(?:\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)|[^'\\\n])'")


def _blank(s: str) -> str:
    return "".join(c if c == "\n" else " " for c in s)


def strip_comments_and_strings(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Blank out comments, strings and char literals (newlines kept, offsets unchanged).

    Block comments nest (``/- /- -/ -/``). Returns the blanked code and the
    ``(start, end)`` offsets of the doc comments (``/--`` and ``/-!``).

    >>> code, docs = strip_comments_and_strings('a -- sorry\\n/- x /- y -/ sorry -/ b "sorry" c')
    >>> code.split()
    ['a', 'b', 'c']
    >>> strip_comments_and_strings("/-- d -/ x")[1]
    ((0, 8),)
    >>> strip_comments_and_strings("f 'a' '\\"' h'")[0].split()
    ['f', "h'"]
    """
    out: list[str] = []
    docs: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        prev = text[i - 1] if i else " "
        word_before = bool(re.match(_WORD, prev))
        if text.startswith("--", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
        elif text.startswith("/-", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if text.startswith("/-", j):
                    depth, j = depth + 1, j + 2
                elif text.startswith("-/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            if text.startswith("/--", i) or text.startswith("/-!", i):
                docs.append((i, j))
        elif c == '"' or (c == "r" and not word_before and re.match(r'r#*"', text[i:])):
            if c == "r":
                hashes = len(re.match(r"r(#*)", text[i:]).group(1))  # type: ignore[union-attr]
                close = '"' + "#" * hashes
                j = text.find(close, i + 2 + hashes)
                j = n if j < 0 else j + len(close)
            else:
                j = i + 1
                while j < n and text[j] != '"':
                    j += 2 if text[j] == "\\" else 1
                j = min(j + 1, n)
        elif c == "'" and not word_before and (m := _CHAR_LIT.match(text, i)):
            j = m.end()
        elif c == "«":
            j = text.find("»", i)
            j = n if j < 0 else j + 1
            out.append(text[i:j])
            i = j
            continue
        else:
            out.append(c)
            i += 1
            continue
        out.append(_blank(text[i:j]))
        i = j
    return "".join(out), tuple(docs)


# ---------------------------------------------------------------------------
# Scanning one file

_MODIFIER_WORDS = ("private", "protected", "noncomputable", "partial", "unsafe", "nonrec",
                   "public", "meta", "scoped", "local")
_COMMANDS = frozenset("""
theorem lemma def abbrev instance structure class inductive axiom opaque example
irreducible_def namespace end section variable variables open universe universes set_option
mutual macro macro_rules syntax notation infix infixl infixr prefix postfix elab elab_rules
declare_syntax_cat initialize builtin_initialize export import omit include alias attribute
add_decl_doc library_note assert_not_exists compile_inductive run_cmd suppress_compilation
unseal seal register_simp_attr
""".split())
_DECL_KINDS = ("theorem", "lemma", "def", "abbrev", "instance", "structure", "class",
               "inductive", "axiom", "opaque", "irreducible_def", "example")
_IDENT_TOKEN = re.compile(
    r"(?<![\w'!?.])\.?(?:«[^»\n]*»|[^\W\d][\w'!?]*)(?:\.(?:«[^»\n]*»|[^\W\d][\w'!?]*))*")
_SORRY = re.compile(r"(?<![\w'!?.])(?:" + "|".join(SORRY_TOKENS) + r")(?![\w'!?])")


def _skip_modifiers(s: str, i: int) -> tuple[int, bool]:
    """Skip attributes ``@[…]`` and modifier words from offset ``i``; report ``private``."""
    private = False
    while True:
        while i < len(s) and s[i].isspace():
            i += 1
        if s.startswith("@[", i):
            depth, j = 0, i + 1
            while j < len(s):
                depth += {"[": 1, "]": -1}.get(s[j], 0)
                j += 1
                if depth == 0:
                    break
            i = j
            continue
        m = re.match(r"(" + "|".join(_MODIFIER_WORDS) + r")(?![\w'!?])", s[i:])
        if m:
            private = private or m.group(1) == "private"
            i += m.end()
            continue
        return i, private


def _first_word(line: str) -> str:
    """The command word of a line of blanked code, after attributes and modifiers.

    >>> _first_word("  @[simp] private theorem foo : 1 = 1 := rfl")
    'theorem'
    >>> _first_word("#eval 1"), _first_word("deriving instance Repr for A"), _first_word("deriving Repr")
    ('#eval', 'instance', 'deriving')
    """
    i, _ = _skip_modifiers(line, 0)
    rest = line[i:]
    if line.lstrip().startswith("@[") and not rest.strip():
        return "@["
    m = re.match(r"(#?[^\s(\[{:]+)", rest)
    word = m.group(1) if m else ""
    if word == "deriving" and re.match(r"deriving\s+instance\b", rest):
        return "instance"
    return word


def _is_boundary(line: str) -> bool:
    word = _first_word(line)
    return word in _COMMANDS or word.startswith("#") or word == "@["


def _qualify(namespace: str, name: str) -> str:
    if name.startswith("_root_."):
        return name[len("_root_."):]
    return f"{namespace}.{name}" if namespace else name


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer("\n", text):
        starts.append(m.end())
    return starts


def _line_of(starts: list[int], offset: int) -> int:
    """1-based line of an offset."""
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo + 1


_TAG = re.compile(r"/--\s*\*\*(T\d+)\*\*\s*(?:\(\s*paper:\s*(?P<paper>[^)]*)\))?", re.DOTALL)
_LOOSE_TAG = re.compile(r"/--\s*[*_`]*\s*(T\d+)(?![\w'])[^\n]*?\bpaper\b")
"""A docstring that names an ID and a paper lemma but misses the catalogue form."""


@dataclass(frozen=True)
class _FileScan:
    declarations: tuple[Declaration, ...]
    tagged: tuple[_Tagged, ...]
    sorry_sites: tuple[tuple[Location, str | None], ...]
    warnings: tuple[str, ...]


def scan_file(text: str, rel: str) -> _FileScan:
    """Declarations, catalogue docstrings and ``sorry`` sites of one Lean file.

    >>> s = scan_file("namespace A\\nnamespace B\\ntheorem t : True := sorry\\nend B\\n"
    ...               "theorem u : True := trivial\\nend A\\n", "lean/X.lean")
    >>> [(d.name, d.location.line, d.has_sorry) for d in s.declarations]
    [('A.B.t', 3, True), ('A.u', 5, False)]
    """
    code, docs = strip_comments_and_strings(text)
    starts = _line_starts(code)
    lines = code.split("\n")
    warnings: list[str] = []

    # lines where a doc comment begins at the start of the line: a boundary of their own
    doc_line_indent: dict[int, int] = {}
    for a, _ in docs:
        ln = _line_of(starts, a)
        col = a - starts[ln - 1]
        if not code[starts[ln - 1]:a].strip():
            doc_line_indent.setdefault(ln, col)

    # namespace / section / mutual scopes, per line; `open` lines per scope
    scopes: list[tuple[str, str, list[str]]] = []  # (kind, name, opens)
    file_opens: list[str] = []
    ns_at: list[str] = []
    opens_at: list[tuple[str, ...]] = []
    pending_in: list[str] = []
    for raw in lines:
        ns_at.append(".".join(name for kind, name, _ in scopes if kind == "namespace"))
        opens = list(file_opens)
        for _, _, o in scopes:
            opens.extend(o)
        opens_at.append(tuple(opens + pending_in))
        word = _first_word(raw)
        rest = raw[raw.find(word) + len(word):] if word and word in raw else ""
        if word == "namespace":
            for comp in rest.split()[0].split(".") if rest.split() else []:
                scopes.append(("namespace", comp, []))
            pending_in = []
        elif word in ("section", "mutual"):
            scopes.append((word, rest.split()[0] if rest.split() and word == "section" else "", []))
            pending_in = []
        elif word == "end":
            name = rest.split()[0] if rest.split() else ""
            k = len(name.split(".")) if name and scopes and scopes[-1][0] == "namespace" else 1
            for _ in range(min(k, len(scopes))):
                scopes.pop()
            pending_in = []
        elif word == "open":
            names = []
            for tok in rest.split():
                if tok in ("in", "hiding", "renaming") or tok.startswith("("):
                    break
                if tok != "scoped":
                    names.append(tok)
            if re.search(r"\bin\s*$", rest):
                pending_in = names
            elif scopes:
                scopes[-1][2].extend(names)
            else:
                file_opens.extend(names)
        elif raw.strip() and not raw.startswith((" ", "\t")) and word not in ("set_option",):
            pending_in = []

    def block_end(ln: int) -> int:
        """First line (1-based) after the block of the declaration on line ``ln``."""
        indent = len(lines[ln - 1]) - len(lines[ln - 1].lstrip())
        for k in range(ln + 1, len(lines) + 1):
            raw = lines[k - 1]
            if k in doc_line_indent and doc_line_indent[k] <= indent:
                return k
            if raw.strip() and len(raw) - len(raw.lstrip()) <= indent and _is_boundary(raw):
                return k
        return len(lines) + 1

    decl_re = re.compile(r"(?P<kind>" + "|".join(_DECL_KINDS) + r")(?![\w'!?])\s*"
                         r"(?P<name>(?:«[^»\n]*»|[^\W\d][\w'!?]*)(?:\.(?:«[^»\n]*»|[^\W\d][\w'!?]*))*)?")
    decls: list[Declaration] = []
    decl_spans: list[tuple[int, int, str | None]] = []
    for ln, raw in enumerate(lines, start=1):
        i, private = _skip_modifiers(raw, 0)
        m = decl_re.match(raw, i)
        if not m:
            continue
        kind, name = m.group("kind"), m.group("name")
        if kind == "example" or (kind == "instance" and not name):
            name = None
        end_ln = block_end(ln)
        a, b = starts[ln - 1] + m.start(), starts[end_ln - 1] if end_ln <= len(lines) else len(code)
        block = code[a:b]
        sorry_lines = tuple(_line_of(starts, a + s.start()) for s in _SORRY.finditer(block))
        full = _qualify(ns_at[ln - 1], name) if name else None
        refs = frozenset(t.group(0) for t in _IDENT_TOKEN.finditer(block, m.end() - m.start()))
        decls.append(Declaration(full or f"<{kind} at {rel}:{ln}>", kind, Location(rel, ln),
                                 ns_at[ln - 1], opens_at[ln - 1], refs, sorry_lines,
                                 private=private))
        decl_spans.append((ln, end_ln, full))

    def enclosing(line: int) -> str | None:
        for a, b, name in decl_spans:
            if a <= line < b:
                return name
        return None

    sorry_sites = tuple((Location(rel, _line_of(starts, s.start())),
                         enclosing(_line_of(starts, s.start())))
                        for s in _SORRY.finditer(code))

    tagged: list[_Tagged] = []
    for a, b in docs:
        m = _TAG.match(text, a, b)
        if not m:
            if loose := _LOOSE_TAG.match(text, a, b):
                warnings.append(f"{Location(rel, _line_of(starts, a))}: docstring starts with "
                                f"{loose.group(1)} but not in the catalogue form "
                                f"`/-- **{loose.group(1)}** (paper: `name`)`; the ledger "
                                "does not count it")
            continue
        ident = m.group(1)
        doc_loc = Location(rel, _line_of(starts, a))
        paper = tuple(re.findall(r"`([^`]+)`", m.group("paper") or ""))
        if not paper:
            warnings.append(f"{doc_loc}: {ident} docstring names no paper lemma "
                            "(expected `(paper: `name`)`)")
        i, private = _skip_modifiers(code, b)
        dm = re.match(r"(theorem|lemma)(?![\w'!?])\s*(?P<name>(?:«[^»\n]*»|[^\W\d][\w'!?]*)"
                      r"(?:\.(?:«[^»\n]*»|[^\W\d][\w'!?]*))*)", code[i:])
        if not dm:
            warnings.append(f"{doc_loc}: {ident} docstring is not followed by a theorem")
            tagged.append(_Tagged(ident, paper, doc_loc, None, None))
            continue
        ln = _line_of(starts, i)
        tagged.append(_Tagged(ident, paper, doc_loc, _qualify(ns_at[ln - 1], dm.group("name")),
                              Location(rel, ln), private))
    return _FileScan(tuple(decls), tuple(tagged), sorry_sites, tuple(warnings))


# ---------------------------------------------------------------------------
# The whole folder


def find_lean_dir(start: str | os.PathLike[str] | None = None) -> Path:
    """The repository's ``lean/`` folder: ``start`` (default the current directory) or a parent.

    >>> find_lean_dir("/")
    Traceback (most recent call last):
    ...
    hopfield_bridge.errors.UsageError: no lean/ folder in / or its parents; give --lean-dir DIR
    """
    here = Path(start if start is not None else os.getcwd()).resolve()
    for folder in (here, *here.parents):
        if folder.name == "lean" and (folder.parent / "lakefile.lean").exists():
            return folder
        if (folder / "lean").is_dir():
            return folder / "lean"
    raise UsageError(f"no lean/ folder in {here} or its parents; give --lean-dir DIR")


def _lean_files(lean_dir: Path) -> list[Path]:
    return sorted(p for p in lean_dir.rglob("*.lean")
                  if not any(part.startswith(".") for part in p.relative_to(lean_dir).parts))


def _resolve(token: str, decl: Declaration, by_name: dict[str, Declaration],
             by_last: dict[str, list[str]]) -> list[str]:
    """Declarations in ``lean/`` that an identifier token may denote."""
    if token.startswith("."):
        return by_last.get(token[1:].split(".")[-1], [])
    if token.startswith("_root_."):
        return [token[7:]] if token[7:] in by_name else []
    comps = decl.namespace.split(".") if decl.namespace else []
    prefixes = [".".join(comps[:k]) for k in range(len(comps), -1, -1)]
    for p in prefixes:
        for base in ("", *decl.opens):
            cand = ".".join(x for x in (p, base, token) if x)
            if cand in by_name:
                return [cand]
    head = token.split(".")[0]
    if "." in token and not (head[:1].isupper() and len(head) > 1):
        # `x.f` with `x` a local (not a capitalised namespace): generalized field notation
        return by_last.get(token.split(".")[-1], [])
    return []


def _dependency_chain(start: str, graph: dict[str, list[str]], targets: set[str]) -> tuple[str, ...]:
    """Shortest path (excluding ``start``) from ``start`` to a declaration in ``targets``."""
    seen = {start}
    queue: deque[tuple[str, tuple[str, ...]]] = deque([(start, ())])
    while queue:
        node, path = queue.popleft()
        for nxt in graph.get(node, []):
            if nxt in seen:
                continue
            seen.add(nxt)
            if nxt in targets:
                return (*path, nxt)
            queue.append((nxt, (*path, nxt)))
    return ()


def build_ledger(lean_dir: str | os.PathLike[str]) -> Ledger:
    """Scan ``lean_dir`` and build the static ledger (see the module docstring)."""
    root = Path(lean_dir)
    if not root.is_dir():
        raise UsageError(f"{lean_dir}: no such folder (give --lean-dir DIR)")
    scans: list[_FileScan] = []
    for path in _lean_files(root):
        rel = path.relative_to(root.parent).as_posix()
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"{rel}: cannot read ({exc})") from None
        scans.append(scan_file(text, rel))
    decls = tuple(d for s in scans for d in s.declarations)
    warnings = [w for s in scans for w in s.warnings]

    by_name = {d.name: d for d in decls}
    by_last: dict[str, list[str]] = {}
    for d in decls:
        if not d.name.startswith("<"):
            by_last.setdefault(d.name.split(".")[-1], []).append(d.name)
    graph: dict[str, list[str]] = {}
    for d in decls:
        out: set[str] = set()
        for tok in d.refs:
            out.update(r for r in _resolve(tok, d, by_name, by_last) if r != d.name)
        graph.setdefault(d.name, [])
        graph[d.name] = sorted(set(graph[d.name]) | out)
    sorry_decls = {d.name for d in decls if d.has_sorry}
    axiom_decls = tuple(d for d in decls if d.kind == "axiom")
    axiom_names = {d.name for d in axiom_decls}

    rows: list[LedgerRow] = []
    tagged = sorted((t for s in scans for t in s.tagged), key=lambda t: _id_key(t.id))
    seen_ids = set()
    for t in tagged:
        if t.id not in PAPER_NAMES:
            warnings.append(f"{t.doc_location}: {t.id} is not a catalogue ID (T1–T20)")
        elif t.paper and not set(t.paper) <= set(PAPER_NAMES[t.id]):
            warnings.append(f"{t.doc_location}: {t.id} names paper lemma(s) "
                            f"{', '.join(t.paper)}; the catalogue has "
                            f"{', '.join(PAPER_NAMES[t.id])}")
        if t.decl_name is None or t.decl_location is None:
            continue
        seen_ids.add(t.id)
        decl = by_name.get(t.decl_name)
        via: tuple[str, ...] = ()
        if decl is not None and decl.has_sorry:
            status = "sorry"
        elif chain := _dependency_chain(t.decl_name, graph, sorry_decls):
            status, via = "sorry", chain
        elif chain := _dependency_chain(t.decl_name, graph, axiom_names):
            status, via = "axiom", chain
        else:
            status = "proved"
        rows.append(LedgerRow(t.id, t.decl_name, t.decl_location.file, t.decl_location.line,
                              status, t.paper or PAPER_NAMES.get(t.id, ()), via,
                              private=t.private))
    for ident in CATALOGUE_IDS:
        if ident not in seen_ids:
            rows.append(LedgerRow(ident, None, None, None, "missing", PAPER_NAMES[ident]))
    rows.sort(key=lambda r: (_id_key(r.id), r.file or "", r.line or 0))
    for d in axiom_decls:
        warnings.append(f"{d.location}: `axiom {d.name}` is declared in lean/ (a failure)")
    return Ledger(lean_dir=str(lean_dir), rows=tuple(rows),
                  sorry_sites=tuple(site for s in scans for site in s.sorry_sites),
                  axiom_declarations=axiom_decls, warnings=tuple(warnings), declarations=decls)


# ---------------------------------------------------------------------------
# Lean: `#print axioms`

# Lean core, src/Lean/Elab/Print.lean (leanprover/lean4), `printAxiomsOf`:
#   logInfo m!"'{constName}' does not depend on any axioms"
#   logInfo m!"'{constName}' depends on axioms: {axioms.qsort Name.lt |>.toList}"
# The list is a `List Name` rendered as `[a, b, c]`; a long list may be broken
# across lines by the pretty printer, so whitespace inside the brackets is free.
_PRINT_AXIOMS = re.compile(
    r"\s*'(?P<name>.+?)' (?:(?P<none>does not depend on any axioms)"
    r"|depends on axioms: \[(?P<axioms>[^\]]*)\])\s*", re.DOTALL)


def parse_print_axioms(text: str) -> tuple[str, tuple[str, ...]] | None:
    """Parse one ``#print axioms`` message: the constant and its axioms, or ``None``.

    >>> parse_print_axioms("'Hopfield.t' depends on axioms: [propext, sorryAx, Classical.choice]")
    ('Hopfield.t', ('propext', 'sorryAx', 'Classical.choice'))
    >>> parse_print_axioms("'Hopfield.u' does not depend on any axioms")
    ('Hopfield.u', ())
    >>> parse_print_axioms("unknown constant 'x'") is None
    True
    """
    m = _PRINT_AXIOMS.fullmatch(text)
    if not m:
        return None
    if m.group("none"):
        return m.group("name"), ()
    axioms = tuple(a.strip() for a in m.group("axioms").split(",") if a.strip())
    return m.group("name"), axioms


def axioms_file_text(names: Sequence[str]) -> str:
    """The Lean file ``--axioms`` runs: line ``k + 3`` asks about ``names[k]``.

    >>> print(axioms_file_text(["Hopfield.a", "Hopfield.b"]), end="")
    import Hopfield
    <BLANKLINE>
    #print axioms Hopfield.a
    #print axioms Hopfield.b
    """
    return "import Hopfield\n\n" + "".join(f"#print axioms {n}\n" for n in names)


def lean_config(lean_cmd: str | None = None, timeout: float | None = None,
                project_root: str | os.PathLike[str] | None = None) -> LeanConfig:
    """The Lean command of :mod:`hopfield_bridge.bridge.runner` (``lake env lean --json``
    by default; ``--lean-cmd``, ``$HOPFIELD_BRIDGE_LEAN_CMD``), checked to be on ``PATH``.

    Raises :class:`LeanNotFoundError` (exit 3) with install guidance otherwise.

    >>> lean_config("/nonexistent/lake env lean --json")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    hopfield_bridge.errors.LeanNotFoundError: Lean is not available: '/nonexistent/lake' is not ...
    """
    config = resolve_config(lean_cmd, timeout, os.environ,
                            cwd=None if project_root is None else str(project_root))
    if shutil.which(config.command[0]) is None:
        raise LeanNotFoundError(f"Lean is not available: {config.command[0]!r} is not on PATH "
                                f"(`#print axioms` needs a Lean toolchain and a built library: "
                                f"`lake build`); {INSTALL_HINT}")
    return config


def answers_from_messages(names: Sequence[str],
                          messages: Sequence[LeanMessage]) -> dict[str, LeanAxioms]:
    """Lean's answer per name from the messages of a run on :func:`axioms_file_text`.

    Messages are matched to names by line (line ``k + 3`` is ``names[k]``); a name
    with no parsable ``information`` message gets ``LeanAxioms(None, <what Lean said>)``.

    >>> ans = answers_from_messages(["A.t", "A.u"], [
    ...     LeanMessage("information", "F.lean", 3, 0, "'A.t' depends on axioms: [propext, sorryAx]"),
    ...     LeanMessage("error", "F.lean", 4, 14, "unknown constant 'A.u'")])
    >>> ans["A.t"].uses_sorry, ans["A.u"]
    (True, LeanAxioms(axioms=None, message="unknown constant 'A.u'"))
    """
    by_line: dict[int, list[LeanMessage]] = {}
    for msg in messages:
        by_line.setdefault(msg.line, []).append(msg)
    result: dict[str, LeanAxioms] = {}
    for k, name in enumerate(names):
        msgs = by_line.get(k + 3, [])
        answer: LeanAxioms | None = None
        for msg in msgs:
            parsed = parse_print_axioms(msg.data)
            if parsed is not None and msg.severity == "information":
                answer = LeanAxioms(parsed[1], msg.data.strip())
        if answer is None:
            text = "; ".join(m.data.strip() for m in msgs) or "no message from Lean"
            answer = LeanAxioms(None, text)
        result[name] = answer
    return result


def check_axioms_with_lean(names: Sequence[str], project_root: str | os.PathLike[str],
                           lean_cmd: str | None = None,
                           timeout: float | None = None) -> dict[str, LeanAxioms]:
    """Run ``#print axioms`` for each name with Lean (the bridge runner); Lean's answer per name.

    An error on the ``import`` line (library not built, say) fails the whole run
    (:class:`LeanFailedError`); an error about one name is that name's answer.
    """
    config = lean_config(lean_cmd, timeout, project_root)
    if not names:
        return {}
    with tempfile.TemporaryDirectory(prefix="hopfield-ledger-") as tmp:
        path = os.path.join(tmp, "LedgerAxioms.lean")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(axioms_file_text(names))
        run = run_lean(config, path)
    stream = parse_message_stream(run.stdout)
    header = [m for m in stream.errors if m.line < 3]
    if header or (not stream.messages and run.returncode != 0):
        detail = (format_message(header[0]) if header else
                  (run.stderr.strip() or run.stdout.strip() or f"exit status {run.returncode}"))
        raise LeanFailedError("Lean could not run the `#print axioms` file (is the library "
                              f"built? run `lake build`): {detail.splitlines()[0][:300]}")
    return answers_from_messages(names, stream.messages)


def apply_lean_axioms(ledger: Ledger, answers: dict[str, LeanAxioms]) -> Ledger:
    """Replace the static status by Lean's answer wherever Lean answered.

    ``lean-verified`` needs a ``#print axioms`` message naming neither
    ``sorryAx`` nor an axiom declared in ``lean/``.

    >>> led = Ledger("lean", (LedgerRow("T1", "A.t", "lean/A.lean", 1, "proved", ("E_final_Form",)),),
    ...              (), ())
    >>> new = apply_lean_axioms(led, {"A.t": LeanAxioms(("propext",), "'A.t' depends on axioms: [propext]")})
    >>> new.rows[0].status, new.lean_checked
    ('lean-verified', True)
    >>> new = apply_lean_axioms(led, {"A.t": LeanAxioms(("sorryAx",), "…")})
    >>> new.rows[0].status_text
    'sorry (via sorryAx)'
    """
    project_axioms = {d.name for d in ledger.axiom_declarations}
    rows: list[LedgerRow] = []
    warnings = list(ledger.warnings)
    for row in ledger.rows:
        ans = answers.get(row.lean_name) if row.lean_name else None
        if ans is None:
            rows.append(row)
            continue
        if ans.axioms is None:
            warnings.append(f"{row.where}: Lean gave no `#print axioms` answer for "
                            f"{row.lean_name}: {ans.message.splitlines()[0][:200]}")
            rows.append(replace(row, lean=ans))
        elif ans.uses_sorry:
            via = row.via if row.status == "sorry" else ("sorryAx",)
            rows.append(replace(row, status="sorry", via=via, lean=ans))
        elif bad := [a for a in ans.axioms if a in project_axioms]:
            rows.append(replace(row, status="axiom", via=(bad[0],), lean=ans))
        else:
            if row.status != "proved":
                warnings.append(f"{row.where}: static scan says {row.status_text} but Lean "
                                f"finds no sorryAx for {row.lean_name}")
            rows.append(replace(row, status="lean-verified", via=(), lean=ans))
    return replace(ledger, rows=tuple(rows), warnings=tuple(warnings), lean_checked=True)


# ---------------------------------------------------------------------------
# Output


def _table(ledger: Ledger) -> tuple[list[str], list[list[str]]]:
    header = ["ID", "Lean name", "file:line", "status", "paper lemma"]
    if ledger.lean_checked:
        header.append("axioms (Lean)")
    body = []
    for r in ledger.rows:
        cells = [r.id, r.lean_name or "—", r.where or "—", r.status_text, ", ".join(r.paper)]
        if ledger.lean_checked:
            cells.append("—" if r.lean is None or r.lean.axioms is None
                         else (", ".join(r.lean.axioms) or "none"))
        body.append(cells)
    return header, body


def render_text(ledger: Ledger) -> str:
    """An aligned plain-text table, the census and the warnings.

    >>> print(render_text(Ledger("lean", (LedgerRow("T1", None, None, None, "missing",
    ...       ("E_final_Form",)),), (), ())), end="")
    ID  Lean name  file:line  status   paper lemma
    T1  —          —          missing  E_final_Form
    <BLANKLINE>
    1 catalogue IDs: 1 missing; 0 `sorry` in lean/, 0 `axiom` declarations
    """
    header, body = _table(ledger)
    widths = [max(len(row[k]) for row in [header, *body]) for k in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in [header, *body]]
    lines.append("")
    lines.append(ledger.summary())
    for loc, owner in ledger.sorry_sites:
        lines.append(f"sorry at {loc}" + (f" (in {owner})" if owner else ""))
    for d in ledger.axiom_declarations:
        lines.append(f"AXIOM {d.name} at {d.location}")
    for w in ledger.warnings:
        if not w.endswith("(a failure)"):
            lines.append(f"warning: {w}")
    return "\n".join(lines) + "\n"


def render_markdown(ledger: Ledger) -> str:
    """The Markdown table README.md embeds, then the one-line census.

    >>> print(render_markdown(Ledger("lean", (LedgerRow("T2", "Hopfield.t", "lean/A.lean", 3,
    ...       "proved", ("energy_diff_leq_zero",)),), (), ())), end="")
    | ID | Lean name | file:line | status | paper lemma |
    |----|-----------|-----------|--------|-------------|
    | T2 | `Hopfield.t` | `lean/A.lean:3` | proved | `energy_diff_leq_zero` |
    <BLANKLINE>
    1 catalogue IDs: 1 proved; 0 `sorry` in lean/, 0 `axiom` declarations
    """
    header, body = _table(ledger)

    def code(s: str) -> str:
        return "—" if s == "—" else f"`{s}`"

    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join("-" * (len(h) + 2) for h in header) + "|"]
    for cells in body:
        cells = [cells[0], code(cells[1]), code(cells[2]), cells[3],
                 ", ".join(f"`{p}`" for p in cells[4].split(", ") if p), *cells[5:]]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    lines.append("")
    lines.append(ledger.summary())
    return "\n".join(lines) + "\n"


def to_json(ledger: Ledger) -> str:
    """The ledger as one JSON document (schema ``hopfield-bridge/ledger/1``).

    >>> doc = json.loads(to_json(Ledger("lean", (), (), ())))
    >>> doc["schema"], doc["sorry_count"], doc["lean_checked"]
    ('hopfield-bridge/ledger/1', 0, False)
    """
    def row(r: LedgerRow) -> dict[str, object]:
        return {"id": r.id, "lean_name": r.lean_name, "file": r.file, "line": r.line,
                "status": r.status, "status_text": r.status_text, "via": list(r.via),
                "paper": list(r.paper), "private": r.private,
                "lean_axioms": None if r.lean is None or r.lean.axioms is None
                else list(r.lean.axioms),
                "lean_message": None if r.lean is None else r.lean.message}

    ids = sorted({r.id for r in ledger.rows}, key=_id_key)
    doc = {
        "schema": "hopfield-bridge/ledger/1",
        "lean_dir": ledger.lean_dir,
        "lean_checked": ledger.lean_checked,
        "rows": [row(r) for r in ledger.rows],
        "id_status": {i: ledger.id_status(i) for i in ids},
        "sorry_count": ledger.sorry_count,
        "sorry_sites": [{"file": loc.file, "line": loc.line, "in": owner}
                        for loc, owner in ledger.sorry_sites],
        "axiom_declarations": [{"name": d.name, "file": d.location.file,
                                "line": d.location.line} for d in ledger.axiom_declarations],
        "warnings": list(ledger.warnings),
        "summary": ledger.summary(),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------------------
# README block


def readme_block(text: str) -> str | None:
    """The text between the ledger markers, or ``None`` if the markers are absent.

    >>> readme_block("a\\n<!-- ledger:start -->\\n| x |\\n<!-- ledger:end -->\\nb")
    '| x |\\n'
    >>> readme_block("no markers") is None
    True
    """
    a, b = text.find(README_START), text.find(README_END)
    if a < 0 or b < a:
        return None
    return text[a + len(README_START):b].strip("\n") + "\n"


def replace_readme_block(text: str, block: str) -> str:
    """``text`` with the block between the ledger markers replaced by ``block``.

    >>> replace_readme_block("a\\n<!-- ledger:start -->\\nold\\n<!-- ledger:end -->\\nb", "new\\n")
    'a\\n<!-- ledger:start -->\\nnew\\n<!-- ledger:end -->\\nb'
    """
    a, b = text.find(README_START), text.find(README_END)
    if a < 0 or b < a:
        raise UsageError(f"README has no {README_START} … {README_END} markers")
    return (text[:a + len(README_START)] + "\n" + block.strip("\n") + "\n" + text[b:])
