"""Atomic file writes: a report appears whole or not at all.

>>> import tempfile, os
>>> d = tempfile.mkdtemp()
>>> write_text_atomic(os.path.join(d, "r.json"), "{}\\n")
>>> open(os.path.join(d, "r.json")).read()
'{}\\n'
"""
from __future__ import annotations

import os
import tempfile

from .errors import UsageError

__all__ = ["write_text_atomic"]


def write_text_atomic(path: str, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file in the same folder and a rename."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise UsageError(f"{path}: folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=folder)
    except OSError as exc:
        raise UsageError(f"{path}: cannot write ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise UsageError(f"{path}: cannot write ({exc.strerror})") from None
