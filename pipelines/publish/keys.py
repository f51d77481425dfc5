"""Checks across files, in plain Python while rows stream into the release.

Each file's rows were validated by Frictionless (types, required, enums, patterns, keys within the
file) when they were built; what only the whole release can show is checked here: primary keys
unique over all files and foreign keys that point at a row of the referenced table.

>>> k = KeyCheck("glossary")
>>> for _ in range(2):
...     k.add(["g-1", "t", "d", "doc-a", "1", "2", "0", "1"])
>>> k.problems({"documents": {"doc-a"}})
['glossary: primary key (g-1) appears 2 times']
"""

from __future__ import annotations

from collections.abc import Mapping, Set

from pipelines.publish.schemas import columns, load_schema


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


class KeyCheck:
    """Collects a table's keys as its rows go by; ``problems`` reports duplicates and dangling refs.

    Only a hash of each key is kept (a false duplicate is possible at odds of 2^-64 and would stop
    a release, never let one pass); ``keep_values`` keeps single-column key values for tables
    that others reference.
    """

    def __init__(self, table: str, keep_values: bool = False) -> None:
        schema = load_schema(table)
        cols = columns(table)
        self.table = table
        self.pk = [cols.index(c) for c in _as_list(schema.get("primaryKey", []))]
        self.fks = [([cols.index(c) for c in _as_list(fk["fields"])], fk["reference"]["resource"])
                    for fk in schema.get("foreignKeys", [])]
        self.hashes: set[int] = set()
        self.values: set[str] = set()
        self.keep_values = keep_values and len(self.pk) == 1
        self.duplicates: dict[tuple[str, ...], int] = {}
        self.refs: dict[str, set[str]] = {ref: set() for _, ref in self.fks}
        self.rows = 0

    def add(self, row: list[str]) -> None:
        self.rows += 1
        if self.pk:
            key = tuple(row[i] for i in self.pk)
            h = hash(key)
            if h in self.hashes:
                self.duplicates[key] = self.duplicates.get(key, 1) + 1
            self.hashes.add(h)
            if self.keep_values:
                self.values.add(key[0])
        for idx, ref in self.fks:
            if len(idx) == 1:  # the values referenced are few (documents): kept as they are
                self.refs[ref].add(row[idx[0]])

    def problems(self, referenced: Mapping[str, Set[str]]) -> list[str]:
        """Duplicate primary keys, and foreign keys missing from ``referenced[table]``."""
        out = [f"{self.table}: primary key ({', '.join(k)}) appears {n} times"
               for k, n in sorted(self.duplicates.items())[:20]]
        for ref, values in self.refs.items():
            known = referenced.get(ref, set())
            missing = sorted(v for v in values if v and v not in known)
            out += [f"{self.table}: {ref} has no row {m!r}" for m in missing[:20]]
        return out


class ArrowKeyCheck:
    """:class:`KeyCheck` on Arrow batches: the same problems, found with vectorised kernels.

    Works for a single-column primary key (every file table has one); values are compared as
    text, as in the CSV.

    >>> import pyarrow as pa
    >>> k = ArrowKeyCheck("glossary", keep_values=False)
    >>> k.add_table(pa.table({"note_id": ["g-1", "g-1"], "doc_id": ["doc-a", "doc-b"]}))
    >>> k.problems({"documents": {"doc-a"}})
    ['glossary: primary key (g-1) appears 2 times', "glossary: documents has no row 'doc-b'"]
    """

    def __init__(self, table: str, keep_values: bool = False) -> None:
        schema = load_schema(table)
        self.table = table
        self.pk = _as_list(schema.get("primaryKey", []))
        self.fks = [(_as_list(fk["fields"]), fk["reference"]["resource"])
                    for fk in schema.get("foreignKeys", [])]
        self.keep_values = keep_values and len(self.pk) == 1
        self._keys: list = []
        self.values: set[str] = set()
        self.refs: dict[str, set[str]] = {ref: set() for _, ref in self.fks}

    @staticmethod
    def supports(table: str) -> bool:
        return len(_as_list(load_schema(table).get("primaryKey", []))) <= 1

    def add_table(self, batch) -> None:  # noqa: ANN001 - a pyarrow.Table
        import pyarrow as pa
        import pyarrow.compute as pc

        def text(name: str):  # noqa: ANN202
            col = batch.column(name)
            col = col if pa.types.is_string(col.type) else pc.cast(col, pa.string())
            return pc.fill_null(col, "")

        if self.pk:
            keys = text(self.pk[0])
            self._keys.append(keys)
            if self.keep_values:
                self.values.update(keys.to_pylist())
        for fields, ref in self.fks:
            if len(fields) == 1:
                self.refs[ref].update(pc.unique(text(fields[0])).to_pylist())

    def problems(self, referenced: Mapping[str, Set[str]]) -> list[str]:
        import pyarrow as pa
        import pyarrow.compute as pc

        out = []
        if self._keys:
            # the chunks themselves: a list of ChunkedArrays would be converted value by value
            keys = pa.chunked_array([c for k in self._keys for c in k.chunks], type=pa.string())
            counts = pc.value_counts(keys)
            dup = counts.filter(pc.greater(counts.field("counts"), 1))
            found = sorted(((v,), n) for v, n in zip(dup.field("values").to_pylist(),
                                                     dup.field("counts").to_pylist(), strict=True))
            out += [f"{self.table}: primary key ({', '.join(k)}) appears {n} times" for k, n in found[:20]]
        for ref, values in self.refs.items():
            known = referenced.get(ref, set())
            missing = sorted(v for v in values if v and v not in known)
            out += [f"{self.table}: {ref} has no row {m!r}" for m in missing[:20]]
        return out
