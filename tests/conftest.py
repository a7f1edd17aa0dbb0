"""Shared pytest set-up: tests marked ``lean`` run only where ``lake`` is on PATH."""
from __future__ import annotations

import shutil

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip ``@pytest.mark.lean`` tests, with the reason shown, when Lean is absent."""
    if shutil.which("lake") is not None:
        return
    skip = pytest.mark.skip(
        reason="needs Lean: `lake` is not on PATH (run scripts/install-lean.sh on a machine "
               "with internet access)")
    for item in items:
        if "lean" in item.keywords:
            item.add_marker(skip)
