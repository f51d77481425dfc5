"""Plan a run's inputs from a raw folder: which files are read, under which key, and which are not.

:func:`plan_inputs` looks at every entry of the folder without following links out of it and
without opening anything but regular files, and sorts each name into exactly one of:

- ``accepted``: a report text to process, with a unique partition key, its sha256 and size;
- ``rejected``: a would-be report that cannot be read safely (a link out of the folder, a FIFO,
  a device, a file over the size limit, a name with control characters, a key clash) — an error;
- ``skipped``: not a report text (other suffixes, hidden files, directories) — a notice;
- ``duplicates``: the same bytes as an accepted file under another name — published once.

Nothing is registered or read beyond hashing, so a run can show the whole plan before its first
stage. :func:`read_input` reads an accepted file again (safely) and checks that its bytes did
not change since the plan.

>>> import tempfile
>>> d = Path(tempfile.mkdtemp())
>>> _ = (d / "report.txt").write_text("报告", encoding="utf-8")
>>> _ = (d / "report.md").write_text("另一份报告", encoding="utf-8")
>>> _ = (d / "notes.pdf").write_bytes(b"%PDF")
>>> plan = plan_inputs(d)
>>> [(i.name, i.key) for i in plan.accepted]
[('report.md', 'report-b1a53158'), ('report.txt', 'report-49fb9aca')]
>>> plan.skipped
(('notes.pdf', 'not a report text (.txt, .md, .text)'),)
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from pipelines.text.decode import (
    ACCEPTED_SUFFIXES,
    BadInputError,
    SourceText,
    decode_bytes,
    file_kind,
    max_file_bytes,
    name_problem,
    read_regular,
    slug_for,
)

#: Files of a raw folder that are read as metadata, never as reports.
METADATA_FILES = frozenset({"sources.csv"})


@dataclass(frozen=True)
class RawInput:
    """One accepted raw file: its name in the folder, partition key, path, sha256 and size."""

    name: str
    key: str
    path: Path
    sha256: str
    size: int


@dataclass(frozen=True)
class InputPlan:
    """What a run will do with each entry of the raw folder (every name appears once).

    ``rejected`` and ``skipped`` are ``(name, reason)`` pairs; ``duplicates`` are
    ``(name, same_as)`` pairs where ``same_as`` is the accepted file with the same bytes.
    """

    raw_dir: Path
    accepted: tuple[RawInput, ...]
    rejected: tuple[tuple[str, str], ...] = ()
    skipped: tuple[tuple[str, str], ...] = ()
    duplicates: tuple[tuple[str, str], ...] = ()

    def by_key(self, key: str) -> RawInput:
        """The accepted file with partition key ``key`` (KeyError if none)."""
        for item in self.accepted:
            if item.key == key:
                return item
        raise KeyError(key)

    def messages(self) -> list[str]:
        """One line per name not accepted as is: ``error: <name>: <reason>`` and notices."""
        lines = [f"error: {_shown(n)}: {r}" for n, r in self.rejected]
        lines += [f"warning: {_shown(n)}: same bytes as {_shown(s)}; published once, as {_shown(s)}"
                  for n, s in self.duplicates]
        lines += [f"skipped: {_shown(n)}: {r}" for n, r in self.skipped]
        return lines


def _shown(name: str) -> str:
    """A name fit for one line of a message: control characters and bad bytes escaped."""
    if name_problem(name):
        return name.encode("utf-8", "backslashreplace").decode("ascii", "backslashreplace") \
            .encode("unicode_escape").decode("ascii")
    return name


def _sha256(path: Path, limit: int) -> tuple[str, int]:
    data = read_regular(path, limit, name=_shown(path.name))
    return hashlib.sha256(data).hexdigest(), len(data)


def _classify(entry: Path, root: Path, limit: int) -> tuple[str, str, Path | None]:
    """('accept' | 'reject' | 'skip', reason, path to read) for one entry of the raw folder."""
    name = entry.name
    st = os.lstat(entry)
    is_report_name = entry.suffix.lower() in ACCEPTED_SUFFIXES
    if name.startswith("."):
        return "skip", "hidden file" if not stat.S_ISDIR(st.st_mode) else "hidden folder", None
    if stat.S_ISDIR(st.st_mode):
        what = "a directory named like a report text" if is_report_name else "a directory"
        return "skip", f"{what}; sub-folders are not read", None
    if not is_report_name:
        if name in METADATA_FILES:
            return "meta", "", None
        return "skip", f"not a report text ({', '.join(ACCEPTED_SUFFIXES)})", None
    problem = name_problem(name)
    if problem:
        return "reject", problem, None
    target = entry
    if stat.S_ISLNK(st.st_mode):
        real = Path(os.path.realpath(entry))
        if real.parent != root:
            where = "outside the raw folder" if not real.is_relative_to(root) else "in a sub-folder"
            return "reject", f"a symbolic link to a file {where} ({real}); links are not followed", None
        try:
            st = os.lstat(real)
        except OSError:
            return "reject", "a symbolic link to a missing file", None
        target = real
    if not stat.S_ISREG(st.st_mode):
        kind = file_kind(st.st_mode)
        via = "a symbolic link to " if target is not entry else ""
        return "reject", f"{via}{kind}, not a regular file; not opened", None
    if st.st_size > limit:
        return "reject", f"{st.st_size} bytes, over the limit of {limit} (PIPELINE_MAX_FILE_BYTES)", None
    return "accept", "", target


def _keys(names: list[str]) -> dict[str, str]:
    """A unique partition key per name: its slug, or slug + name hash where slugs collide.

    >>> _keys(["a b.txt", "a-b.txt", "c.txt"])
    {'a b.txt': 'a-b-19d703ab', 'a-b.txt': 'a-b-2f8fc8c6', 'c.txt': 'c'}
    """
    slugs = {n: slug_for(n) for n in names}
    count: dict[str, int] = {}
    for s in slugs.values():
        count[s] = count.get(s, 0) + 1
    keys = {}
    for n, s in slugs.items():
        # every member of a clash is renamed, so no key depends on which file came first
        keys[n] = s if count[s] == 1 else f"{s[:50]}-{hashlib.sha1(n.encode('utf-8')).hexdigest()[:8]}"
    return keys


def plan_inputs(raw_dir: Path, limit: int | None = None) -> InputPlan:
    """The run plan of a raw folder (see the module docstring). ``limit`` defaults to
    :func:`~pipelines.text.decode.max_file_bytes` (``PIPELINE_MAX_FILE_BYTES`` or 50 MB).

    Raises BadInputError only for the folder itself (missing, not a folder, unreadable).
    """
    limit = max_file_bytes() if limit is None else limit
    if not raw_dir.is_dir():
        raise BadInputError(f"{raw_dir}: the raw folder does not exist")
    root = Path(os.path.realpath(raw_dir))
    try:
        entries = sorted(root.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        raise BadInputError(f"{raw_dir}: the raw folder cannot be listed ({exc.strerror})") from exc
    rejected: list[tuple[str, str]] = []
    skipped: list[tuple[str, str]] = []
    readable: list[tuple[str, Path, str, int]] = []
    for entry in entries:
        try:
            verdict, reason, target = _classify(entry, root, limit)
            if verdict == "accept" and target is not None:
                readable.append((entry.name, target, *_sha256(target, limit)))
        except BadInputError as exc:  # changed between the look and the read
            verdict, reason = "reject", str(exc).split(": ", 1)[-1]
        except OSError as exc:
            verdict, reason = "reject", f"cannot be read ({exc.strerror or exc})"
        if verdict == "reject":
            rejected.append((entry.name, reason))
        elif verdict == "skip":
            skipped.append((entry.name, reason))
    first_by_hash: dict[str, str] = {}
    duplicates: list[tuple[str, str]] = []
    unique: list[tuple[str, Path, str, int]] = []
    # a file itself is kept before a link to it; otherwise the first name in sorted order
    for name, path, digest, size in sorted(readable, key=lambda r: (r[1] != root / r[0], r[0])):
        if digest in first_by_hash:
            duplicates.append((name, first_by_hash[digest]))
            continue
        first_by_hash[digest] = name
        unique.append((name, path, digest, size))
    unique.sort()
    keys = _keys([name for name, *_ in unique])
    owner: dict[str, str] = {}
    accepted_list: list[RawInput] = []
    for name, path, digest, size in unique:
        key = keys[name]
        if key in owner:  # a hashed key equal to another file's plain slug: vanishingly rare
            rejected.append((name, f"its partition key {key!r} is taken by {owner[key]}; rename it"))
            continue
        owner[key] = name
        accepted_list.append(RawInput(name, key, path, digest, size))
    accepted = tuple(accepted_list)
    return InputPlan(raw_dir, accepted, tuple(rejected), tuple(skipped), tuple(duplicates))


def read_input(item: RawInput, limit: int | None = None) -> SourceText:
    """Read and decode an accepted file; BadInputError if it is no longer what the plan hashed.

    The returned text's ``slug`` is the plan's key, so document ids stay unique in the release.
    """
    data = read_regular(item.path, limit, name=item.name)
    digest = hashlib.sha256(data).hexdigest()
    if digest != item.sha256:
        raise BadInputError(f"{item.name}: changed since the run started (sha256 {item.sha256[:12]} "
                            f"→ {digest[:12]}); run again")
    text, encoding = decode_bytes(data, item.name)
    return SourceText(name=item.name, slug=item.key, text=text, sha256=digest, encoding=encoding,
                      size=len(data))
