"""What changed since the previous release: ``changes.json`` and ``CHANGES.md``.

Rows are matched by each table's primary key (read from the schema in ``datapackage.json``: fact_id,
action_id, motion_id, note_id, correction_id, doc_id, code …), so a row whose figure was corrected is
one *changed* row with the fields that differ, not one removed and one added. Cells are compared as
the CSV prints them (text), which is what a consumer downloading both releases would see.

Where a key is built from offsets or values (fact_id depends on the raw span and the value), an edit
of the raw text gives rows new keys. Rows left over after matching by key are therefore paired
again: rows equal in everything but their key and offsets are *moved* (text before them changed
length); a row at the same place (document and raw_start) is *changed*, with ``key_before``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

CHANGES_JSON = "changes.json"
CHANGES_MD = "CHANGES.md"
LISTED = 50  # rows of each kind listed by name in CHANGES.md (changes.json has them all)


@dataclass(frozen=True)
class TableChanges:
    """The difference of one table between two releases."""

    table: str
    key: list[str]
    rows_before: int
    rows_after: int
    added: list[object] = field(default_factory=list)  # key values (a list where the key has several columns)
    removed: list[object] = field(default_factory=list)
    changed: list[dict] = field(default_factory=list)  # {"key": …, "fields": {col: {"before", "after"}}}
    moved: list[dict] = field(default_factory=list)  # {"key_before": …, "key": …}: same row, new offsets
    columns_added: list[str] = field(default_factory=list)
    columns_removed: list[str] = field(default_factory=list)

    @property
    def unchanged(self) -> bool:
        return not (self.added or self.removed or self.changed or self.moved or self.columns_added
                    or self.columns_removed)


def table_resources(release: Path) -> dict[str, dict]:
    """The CSV table resources of a release's ``datapackage.json``, by name."""
    path = release / "datapackage.json"
    package = json.loads(path.read_text(encoding="utf-8"))
    return {r["name"]: r for r in package["resources"] if r.get("format") == "csv" and r.get("schema")}


def read_csv(path: Path, key: list[str]) -> pd.DataFrame:
    """A release CSV as text cells (empty stays empty, never NaN), indexed by its key."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False)
    return frame.set_index(key, drop=False) if key else frame


def _key_value(index_value: object) -> object:
    return list(index_value) if isinstance(index_value, tuple) else index_value


OFFSETS = ("raw_start", "raw_end", "clean_start", "clean_end")
PLACE = ("doc_id", "source_file", "raw_start")


def _pairs(old: pd.DataFrame, new: pd.DataFrame, by: list[str]) -> list[tuple[object, object]]:
    """(old index, new index) of rows that agree on ``by`` and are alone with that value on each side."""
    if not by or old.empty or new.empty:
        return []
    groups = []
    for frame in (old, new):
        sig: dict[tuple, list[object]] = {}
        for idx, values in zip(frame.index, frame[by].itertuples(index=False, name=None), strict=True):
            sig.setdefault(values, []).append(idx)
        groups.append(sig)
    return [(o[0], groups[1][s][0]) for s, o in groups[0].items()
            if len(o) == 1 and len(groups[1].get(s, [])) == 1]


def _fields(before: pd.Series, after: pd.Series, cols: list[str]) -> dict:
    return {c: {"before": before[c], "after": after[c]} for c in cols if before[c] != after[c]}


def diff_frames(table: str, key: list[str], old: pd.DataFrame, new: pd.DataFrame) -> TableChanges:
    """Rows added, removed and changed between two versions of a table.

    >>> old = pd.DataFrame({"id": ["a", "b"], "v": ["1", "2"]}).set_index(["id"], drop=False)
    >>> new = pd.DataFrame({"id": ["b", "c"], "v": ["3", "4"]}).set_index(["id"], drop=False)
    >>> d = diff_frames("t", ["id"], old, new)
    >>> d.added, d.removed, d.changed
    (['c'], ['a'], [{'key': 'b', 'fields': {'v': {'before': '2', 'after': '3'}}}])
    """
    common_cols = [c for c in new.columns if c in old.columns]
    gone = old.loc[old.index.difference(new.index)]
    came = new.loc[new.index.difference(old.index)]
    # a row equal in all but key and offsets moved; one at the same place changed (its key with it)
    content = [c for c in common_cols if c not in key and c not in OFFSETS]
    moved = [{"key_before": _key_value(o), "key": _key_value(n)} for o, n in _pairs(gone, came, content)]
    gone = gone.drop(index=[_index(m["key_before"]) for m in moved])
    came = came.drop(index=[_index(m["key"]) for m in moved])
    place = [c for c in PLACE if c in common_cols] if "raw_start" in common_cols else []
    replaced = [{"key": _key_value(n), "key_before": _key_value(o),
                 "fields": _fields(gone.loc[o], came.loc[n], [c for c in common_cols if c not in key])}
                for o, n in _pairs(gone, came, place)]
    gone = gone.drop(index=[_index(r["key_before"]) for r in replaced])
    came = came.drop(index=[_index(r["key"]) for r in replaced])
    same = _same_key(table, key, old, new, common_cols)
    return TableChanges(table, key, len(old), len(new), sorted(_key_value(i) for i in came.index),
                        sorted(_key_value(i) for i in gone.index), same + replaced, moved,
                        [c for c in new.columns if c not in old.columns],
                        [c for c in old.columns if c not in new.columns])


def _index(key: object) -> object:
    return tuple(key) if isinstance(key, list) else key


def _same_key(table: str, key: list[str], old: pd.DataFrame, new: pd.DataFrame,
              common_cols: list[str]) -> list[dict]:
    """Rows whose key is in both releases and whose fields differ."""
    both = new.index.intersection(old.index).sort_values()
    before, after = old.loc[both, common_cols], new.loc[both, common_cols]
    differs = before.ne(after)
    changed = []
    for idx in differs.index[differs.any(axis=1)]:
        cols = [c for c in common_cols if differs.at[idx, c]]
        fields = {c: {"before": before.at[idx, c], "after": after.at[idx, c]} for c in cols}
        changed.append({"key": _key_value(idx), "fields": fields})
    return changed


def compare_releases(build: Path, previous: Path | None) -> list[TableChanges]:
    """Per table of ``build``, its changes since ``previous`` (every row added when there is none)."""
    new_res = table_resources(build)
    old_res = table_resources(previous) if previous else {}
    out = []
    for name in list(new_res) + [n for n in old_res if n not in new_res]:  # in the package's order
        res = new_res.get(name) or old_res[name]
        key = list(res["schema"].get("primaryKey", []))
        if not key:
            continue  # a table without a stable key cannot be compared row by row
        if name in new_res and name in old_res and new_res[name].get("hash") == old_res[name].get("hash") \
                and new_res[name]["schema"] == old_res[name]["schema"]:
            n = new_res[name].get("x_row_count", 0)  # same bytes, same columns: nothing to read
            out.append(TableChanges(name, key, n, n))
            continue
        cols = [f["name"] for f in res["schema"]["fields"]]
        if previous is not None and name in new_res and name in old_res:
            delta = _segment_delta(build, previous, name, key)
            if delta is None and _header(build / new_res[name]["path"]) == cols \
                    and _header(previous / old_res[name]["path"]) == cols:
                delta = _group_delta(name, key, previous / old_res[name]["path"],
                                     build / new_res[name]["path"], cols)
            if delta is not None:
                out.append(delta)
                continue
        if name not in old_res and _header(build / new_res[name]["path"]) == cols:
            out.append(_all_added(name, key, build / new_res[name]["path"], cols))
            continue
        empty = pd.DataFrame(columns=cols, dtype=str).set_index(key, drop=False)
        new = read_csv(build / new_res[name]["path"], key) if name in new_res else empty
        old = read_csv(previous / old_res[name]["path"], key) if previous and name in old_res else empty
        out.append(diff_frames(name, key, old, new))
    return out


def _header(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as f:
        return next(csv.reader(f), [])


def _all_added(table: str, key: list[str], path: Path, cols: list[str]) -> TableChanges:
    """A table the previous release does not have (or the first release): every key is added.
    Only the key columns are kept (what :func:`diff_frames` gives against an empty table)."""
    idx = [cols.index(k) for k in key]
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        next(rows)
        keys = [r[idx[0]] if len(idx) == 1 else [r[i] for i in idx] for r in rows]
    return TableChanges(table, key, 0, len(keys), sorted(keys))  # type: ignore[type-var]


def _groups_of(path: Path, gi: int) -> Iterator[tuple[str, list[list[str]]]]:
    """(group value, its rows) in file order; raises _Unsorted when the values do not ascend."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        next(rows)
        value: str | None = None
        block: list[list[str]] = []
        for row in rows:
            if row[gi] != value:
                if value is not None:
                    yield value, block
                    if row[gi] < value:
                        raise _Unsorted(path.name)
                value, block = row[gi], []
            block.append(row)
        if value is not None:
            yield value, block


class _Unsorted(ValueError):
    """A CSV whose rows are not grouped in ascending order of its first sort column."""


def _group_delta(table: str, key: list[str], old_path: Path, new_path: Path,
                 cols: list[str]) -> TableChanges | None:
    """The changes of a table from the groups (documents or raw files) whose rows differ, read by
    walking both CSVs at once (each is sorted by its group column first): memory holds the groups
    that changed, not the tables. Groups equal in both hold rows that are in both, unchanged (keys
    are unique in each release), so they add nothing. None when a file is not sorted that way."""
    # the group column from the file's own columns: code lists (supervision_forms, units …) have
    # their schemas in the release, not in schemas/, and sort by their first column
    gi = cols.index(next((c for c in ("source_file", "doc_id") if c in cols), cols[0]))
    old_rows: list[list[str]] = []
    new_rows: list[list[str]] = []
    counts = [0, 0]
    try:
        olds, news = _groups_of(old_path, gi), _groups_of(new_path, gi)
        o, n = next(olds, None), next(news, None)
        while o is not None or n is not None:
            if n is None or (o is not None and o[0] < n[0]):
                old_rows += o[1]  # type: ignore[index]
                counts[0] += len(o[1])  # type: ignore[index]
                o = next(olds, None)
            elif o is None or n[0] < o[0]:
                new_rows += n[1]
                counts[1] += len(n[1])
                n = next(news, None)
            else:
                counts[0], counts[1] = counts[0] + len(o[1]), counts[1] + len(n[1])
                if o[1] != n[1]:
                    old_rows += o[1]
                    new_rows += n[1]
                o, n = next(olds, None), next(news, None)
    except _Unsorted:
        return None
    frames = [pd.DataFrame(rows, columns=cols, dtype=str).set_index(key, drop=False)
              for rows in (old_rows, new_rows)]
    diff = diff_frames(table, key, frames[0], frames[1])
    return replace(diff, rows_before=counts[0], rows_after=counts[1])


def _segment_delta(build: Path, previous: Path, table: str, key: list[str]) -> TableChanges | None:
    """The changes of a table from the segments that differ between the two releases alone, when
    both have a layout (see ``layout``): a segment in both holds the same rows in both, and keys are
    unique in each release, so its rows are neither added, removed nor changed."""
    from pipelines.publish.assemble import read_segment_rows
    from pipelines.publish.layout import layout_for
    from pipelines.publish.schemas import columns

    layout = layout_for(build)
    if layout is None or layout.previous is None or layout.previous.version != previous.name:
        return None
    new_t, old_t = layout.tables.get(table), layout.previous.tables.get(table)
    if new_t is None or old_t is None:
        return None
    new_names = {s.name for s in new_t.segments}
    old_names = {s.name for s in old_t.segments}
    cols = columns(table)
    frames = []
    for release, tl, other in ((previous, old_t, new_names), (build, new_t, old_names)):
        rows = read_segment_rows(release, tl, lambda seg, other=other: seg.name not in other)
        frames.append(pd.DataFrame(rows, columns=cols, dtype=str).set_index(key, drop=False))
    diff = diff_frames(table, key, frames[0], frames[1])
    return replace(diff, rows_before=sum(s.rows for s in old_t.segments),
                   rows_after=sum(s.rows for s in new_t.segments))


def changes_document(version: str, previous_version: str | None, tables: list[TableChanges]) -> dict:
    """The machine-readable ``changes.json``."""
    return {
        "version": version,
        "previous_version": previous_version,
        "first_release": previous_version is None,
        "tables": {t.table: {"key": t.key, "rows_before": t.rows_before, "rows_after": t.rows_after,
                             "added": t.added, "removed": t.removed, "changed": t.changed,
                             "moved": t.moved,
                             "columns_added": t.columns_added, "columns_removed": t.columns_removed}
                   for t in tables},
    }


def _fmt_key(key: object) -> str:
    return "/".join(map(str, key)) if isinstance(key, list) else str(key)


def changes_markdown(doc: dict) -> str:
    """``CHANGES.md``: a table of counts, then the rows by key with their changed fields."""
    version, prev = doc["version"], doc["previous_version"]
    if doc["first_release"]:
        lines = [f"# Changes in {version}", "", "This is the first release: there is no earlier release to "
                 "compare with. Every row is new.", "", "| table | rows |", "| --- | ---: |"]
        lines += [f"| {name} | {t['rows_after']} |" for name, t in doc["tables"].items()]
        return "\n".join(lines) + "\n"
    lines = [f"# Changes in {version} since {prev}", "",
             "Rows are matched by the table's primary key; `changes.json` lists every one.", "",
             "| table | key | rows before | rows after | added | removed | changed | moved |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, t in doc["tables"].items():
        lines.append(f"| {name} | {', '.join(t['key'])} | {t['rows_before']} | {t['rows_after']} | "
                     f"{len(t['added'])} | {len(t['removed'])} | {len(t['changed'])} | "
                     f"{len(t['moved'])} |")
    for name, t in doc["tables"].items():
        if not (t["added"] or t["removed"] or t["changed"] or t["columns_added"] or t["columns_removed"]):
            continue  # rows that only moved are counted in the table above, listed in changes.json
        lines += ["", f"## {name}", ""]
        if t["columns_added"] or t["columns_removed"]:
            lines.append(f"- columns added: {', '.join(t['columns_added']) or 'none'}; "
                         f"removed: {', '.join(t['columns_removed']) or 'none'}")
        for what in ("added", "removed"):
            if t[what]:
                shown = ", ".join(f"`{_fmt_key(k)}`" for k in t[what][:LISTED])
                more = f" and {len(t[what]) - LISTED} more" if len(t[what]) > LISTED else ""
                lines.append(f"- {what} ({len(t[what])}): {shown}{more}")
        for c in t["changed"][:LISTED]:
            fields = "; ".join(f"{col}: `{v['before']}` → `{v['after']}`" for col, v in c["fields"].items())
            renamed = f" (was `{_fmt_key(c['key_before'])}`)" if "key_before" in c else ""
            lines.append(f"- changed `{_fmt_key(c['key'])}`{renamed}: {fields}")
        if len(t["changed"]) > LISTED:
            lines.append(f"- … and {len(t['changed']) - LISTED} more changed rows (see changes.json)")
    return "\n".join(lines) + "\n"


def _version(release: Path) -> str:
    return json.loads((release / "datapackage.json").read_text(encoding="utf-8"))["version"]


def write_changes(build: Path, previous: Path | None) -> None:
    """Extra: ``changes.json`` and ``CHANGES.md`` of the release being built."""
    doc = changes_document(_version(build), _version(previous) if previous else None,
                           compare_releases(build, previous))
    (build / CHANGES_JSON).write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (build / CHANGES_MD).write_text(changes_markdown(doc), encoding="utf-8")
