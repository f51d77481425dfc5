"""A fingerprint of the code, vocabularies and schemas that shape a release.

Tables staged for a raw file are reused by the next run only when both the raw file's sha256 and
this fingerprint are unchanged: new rules or a new unit list always rebuild every file.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


@cache
def code_fingerprint() -> str:
    """sha256 over the package's Python files, its data files and the Table Schemas."""
    from pipelines.publish.schemas import schemas_dir

    files = sorted(PACKAGE.rglob("*.py")) + sorted((PACKAGE / "data").glob("*.csv")) \
        + sorted(schemas_dir().glob("*.json"))
    h = hashlib.sha256()
    for path in files:
        h.update(path.relative_to(path.parents[1]).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()
