"""The table registry: every table of a release, declared once.

Each entry says how a table's rows come about; its columns, types and key live in
``schemas/<name>.json``. The steps, the staging, the Dagster assets and checks, the runner, the
release writer and the release README all read this list. Adding a table is one entry here and one
schema file.

Three kinds of table:

- ``file``: built from one raw file (its source text, cleaned text and documents), staged per file;
  an ``extractor`` (``DocumentText -> list[item]``) with a ``row`` function (item → row) or a
  ``build`` function (``FileContext -> rows``).
- ``subset``: the rows of another file table that pass ``where`` (the topic tables of indicators).
- ``corpus``: built at release time from all files' rows of ``inputs`` by ``build``
  (``{input: rows} -> rows``); rows arrive typed by their schema (integer → int, number →
  Decimal, empty → None), or as the CSV's strings when ``typed_inputs`` is False (a build that reads
  a few columns of many rows saves the typing). Use it for tables that compare files (a panel of
  places × years).

>>> [t.name for t in REGISTRY if t.kind == "subset"]
['economy', 'city', 'livelihood']
>>> table("indicators").id_column
'fact_id'
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from pipelines.extract.indicators import extract_indicators
from pipelines.extract.motions import extract_motions
from pipelines.extract.supervision import extract_supervision
from pipelines.publish import rows as R
from pipelines.publish.panel import panel_tables

Kind = Literal["file", "subset", "corpus"]


@dataclass(frozen=True)
class Table:
    """One table of the release (see the module docstring for the kinds)."""

    name: str
    title: str
    kind: Kind
    description: str = ""
    extractor: Callable | None = None  # file tables with extracted items: DocumentText -> items
    row: Callable | None = None  # (doc_id, tracked, found, item) -> Row
    id_column: str = ""  # made unique within a file (-2, -3 …) when two items share an id
    build: Callable | None = None  # file: FileContext -> rows; corpus: {input: rows} -> rows
    subset_of: str = ""
    where: Callable[[R.Row], bool] | None = None
    inputs: tuple[str, ...] = field(default=())
    # corpus tables: which rows of an input they need ({input: row -> keep}, tested on the CSV text),
    # so that a release of a thousand reports is not read whole into memory
    input_where: Mapping[str, Callable[[R.Row], bool]] = field(default_factory=dict)
    typed_inputs: bool = True  # corpus tables: rows typed by their schema, else the CSV's strings
    # corpus tables: the columns they read of an input ({input: columns}; all when not named), so that
    # the rows kept for them between releases hold no text they never read
    input_columns: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def key(self) -> list[str]:
        """The primary key columns, from the table's schema."""
        from pipelines.publish.schemas import load_schema

        return list(load_schema(self.name).get("primaryKey", []))


def _topic(topic: str) -> Callable[[R.Row], bool]:
    def where(row: R.Row) -> bool:
        # a glossary note's figures explain a term: they are not the subject's results
        return row["topic"] == topic and row.get("origin") != "note"

    where.__doc__ = f"rows of topic {topic!r} from the report's text (not its glossary notes)"
    return where


def _coded(row: R.Row) -> bool:
    """A statement the panel can use: coded, the place's own, from the report's text."""
    return bool(row.get("indicator_code")) and not row.get("scope") and row.get("origin") != "note"


_CODED = {"indicators": _coded}
#: The columns of indicators the panel reads (pipelines.publish.panel.statements) and _coded tests.
_PANEL_COLUMNS = {"indicators": ("fact_id", "doc_id", "indicator_code", "value", "unit", "value_base",
                                 "base_unit", "period", "origin", "scope", "qualifier", "status", "bound",
                                 "change_kind", "change_value", "change_direction", "raw_start")}


def _panel(inputs: Mapping[str, list[R.Row]]) -> list[R.Row]:
    """The ``panel`` rows of the whole release (see :mod:`pipelines.publish.panel`)."""
    return panel_tables(inputs["indicators"], inputs["documents"])[0]


def _reconciliation(inputs: Mapping[str, list[R.Row]]) -> list[R.Row]:
    """The ``reconciliation`` rows of the whole release."""
    return panel_tables(inputs["indicators"], inputs["documents"])[1]


# Order in which tables appear in the release (documents first: the others refer to it).
REGISTRY: tuple[Table, ...] = (
    Table("documents", "Reports found in the raw source files", "file",
          "One row per report, with title, meeting, date.", build=R.documents_of),
    Table("indicators", "Every numeric fact in every report", "file",
          "Every numeric fact of every report, typed, with topic and grounding.",
          extractor=extract_indicators, row=R.fact_row, id_column="fact_id"),
    Table("economy", "Numeric facts on the economy", "subset", subset_of="indicators",
          where=_topic("economy")),
    Table("city", "Numeric facts on urban construction and management", "subset",
          subset_of="indicators", where=_topic("city")),
    Table("livelihood", "Numeric facts on people's livelihood", "subset", subset_of="indicators",
          where=_topic("livelihood")),
    Table("supervision", "People's Congress standing committee oversight actions", "file",
          "Oversight actions of the People's Congress standing committee.",
          extractor=extract_supervision, row=R.supervision_row, id_column="action_id"),
    Table("cppcc_motions", "Proposals, suggestions, speeches and reports named in the reports", "file",
          "Proposals, suggestions, speeches and reports named in the reports.",
          extractor=extract_motions, row=R.motion_row, id_column="motion_id"),
    Table("glossary", "Explanatory notes printed after the reports", "file",
          "Explanatory notes printed after the reports.", build=R.glossary_of),
    Table("corrections", "Every change the OCR cleaning made to the raw text", "file",
          "Every change the OCR cleaning made, with its raw span and rule.", build=R.corrections_of),
    Table("panel", "One value per place, period and statistic", "corpus",
          "One row per place × period × indicator code × outcome/target × measure: the chosen "
          "statement (rule in pipelines/publish/panel.py) and whether the statements disagree.",
          build=_panel, inputs=("indicators", "documents"), input_where=_CODED, typed_inputs=False,
          input_columns=_PANEL_COLUMNS),
    Table("reconciliation", "Every statement behind a panel row whose statements disagree", "corpus",
          "Each statement of a disagreeing panel row, with its document, value, status and "
          "relative difference to the chosen value.",
          build=_reconciliation, inputs=("indicators", "documents"), input_where=_CODED,
          typed_inputs=False, input_columns=_PANEL_COLUMNS),
)

BY_NAME: dict[str, Table] = {t.name: t for t in REGISTRY}


def table(name: str) -> Table:
    """The registry entry of ``name`` (KeyError names the table)."""
    return BY_NAME[name]


def names(*kinds: Kind) -> tuple[str, ...]:
    """Table names in release order, of the given kinds (all when none given)."""
    return tuple(t.name for t in REGISTRY if not kinds or t.kind in kinds)


def file_tables(ctx: R.FileContext) -> dict[str, list[R.Row]]:
    """Every file and subset table's rows for one raw file, in registry order."""
    out: dict[str, list[R.Row]] = {}
    for t in REGISTRY:
        if t.kind == "file":
            if t.build is not None:
                out[t.name] = t.build(ctx)
            else:
                out[t.name] = R.extracted_rows(ctx, ctx.items[t.name], t.row, t.id_column)
        elif t.kind == "subset":
            out[t.name] = [r for r in out[t.subset_of] if t.where(r)]  # type: ignore[misc]
    return out


def extract_items(documents: Sequence) -> dict[str, list[list]]:
    """Each extracting table's items, one list per document (the typed Facts, Motions …)."""
    return {t.name: [t.extractor(found.doc) for found in documents]
            for t in REGISTRY if t.kind == "file" and t.extractor is not None}


def corpus_tables(read: Callable[..., list[R.Row]]) -> dict[str, list[R.Row]]:
    """Rows of every corpus table, given ``read(table, where, typed) -> rows of the whole release``
    (only the rows ``where`` keeps, all when it is None; typed by the schema, or the CSV's strings)."""
    out: dict[str, list[R.Row]] = {}
    for t in REGISTRY:
        if t.kind == "corpus":
            inputs: Mapping[str, list[R.Row]] = {name: read(name, t.input_where.get(name), t.typed_inputs)
                                                 for name in t.inputs}
            out[t.name] = list(t.build(inputs))  # type: ignore[misc]
    return out
