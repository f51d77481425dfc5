"""Files a release carries beside its tables (review page, changes, archive …).

Each extra is a function ``(build_dir, previous_dir) -> None`` that writes its files into the
release being built, ``build_dir``, after every table was written and validated and before the
release is renamed into place; ``previous_dir`` is the last published release, or None for the
first. An extra that raises stops the publish: the last release stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

Extra = Callable[[Path, "Path | None"], None]

# Filled by the modules that write each extra (in the order they run).
EXTRAS: list[Extra] = []


def write_extras(build_dir: Path, previous_dir: Path | None) -> None:
    """Run every registered extra on the release being built."""
    for extra in EXTRAS:
        extra(build_dir, previous_dir)


def _register() -> None:
    """The extras of a release, in order: code lists and catalogue metadata go into datapackage.json
    first (so the changes, the workbook and the review page see them); the DCAT file lists what the
    others wrote; README and SHA256SUMS are rewritten last, covering every file."""
    from pipelines.publish.catalogue import write_catalogue, write_dcat
    from pipelines.publish.changes import write_changes
    from pipelines.publish.codelists import write_codelists
    from pipelines.publish.package import seal_package
    from pipelines.publish.review import write_review
    from pipelines.publish.spreadsheet import write_spreadsheet

    EXTRAS.extend([write_codelists, write_catalogue, write_changes, write_spreadsheet, write_review,
                   write_dcat, seal_package])


_register()
