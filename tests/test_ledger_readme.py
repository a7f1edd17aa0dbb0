"""README.md embeds the live proof ledger: this test fails when the two disagree."""
from __future__ import annotations

from pathlib import Path

import pytest

from hopfield_bridge.ledger import (README_END, README_START, build_ledger, readme_block,
                                    render_markdown)

ROOT = Path(__file__).resolve().parents[1]


def test_readme_ledger_block_matches_the_lean_sources() -> None:
    readme = ROOT / "README.md"
    if not readme.is_file():
        pytest.fail(f"{readme} does not exist; it must embed the proof ledger between "
                    f"{README_START} and {README_END}", pytrace=False)
    block = readme_block(readme.read_text(encoding="utf-8"))
    if block is None:
        pytest.fail(f"README.md has no {README_START} … {README_END} markers; add them where "
                    "the ledger table belongs, then run scripts/update_readme_ledger.py",
                    pytrace=False)
    live = render_markdown(build_ledger(ROOT / "lean"))
    if block != live:
        pytest.fail("README.md's ledger block is stale (lean/ changed); run "
                    "`python scripts/update_readme_ledger.py` and commit README.md.\n"
                    f"--- README.md\n{block}--- live ledger\n{live}", pytrace=False)
