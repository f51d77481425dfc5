"""Dagster assets: thin wrappers over ``pipelines.steps`` and ``pipelines.publish``.

Per raw file (dynamic partition): source_text → clean_text → documents → the tables
(document_rows, indicators, supervision, cppcc_motions, glossary, corrections) → staged_tables.
Unpartitioned: release (validates every staged file together and publishes atomically).
"""


import csv
import pickle
from pathlib import Path

import dagster as dg

from pipelines import steps
from pipelines.defs.metadata import table_metadata
from pipelines.defs.partitions import raw_files
from pipelines.defs.resources import PipelinePaths
from pipelines.fingerprint import code_fingerprint
from pipelines.publish import rows as R
from pipelines.publish.release import ValidationFailed, publish
from pipelines.publish.schemas import TABLES
from pipelines.text.decode import BadInputError, SourceText, slug_for
from pipelines.text.documents import FoundDocument
from pipelines.text.offsets import TrackedText

CODE_VERSION = "1"
PARTITIONED = {"partitions_def": raw_files, "code_version": CODE_VERSION}


@dg.asset(group_name="ingest", kinds={"python", "text"}, **PARTITIONED)
def source_text(context: dg.AssetExecutionContext, paths: PipelinePaths) -> dg.Output[SourceText]:
    """The raw report file decoded as text (UTF-8, or GB18030 detected), with its sha256."""
    path = paths.raw_file(context.partition_key)
    try:
        src = steps.load(path)
    except BadInputError as exc:
        raise dg.Failure(description=str(exc)) from exc
    if src.encoding not in ("utf-8", "utf-8-sig"):
        context.log.warning(f"{src.name}: decoded as {src.encoding}")
    context.log.info(f"{src.name}: {len(src.text)} characters, sha256 {src.sha256[:12]}")
    return dg.Output(src, metadata={"file": src.name, "sha256": src.sha256, "encoding": src.encoding,
                                    "characters": len(src.text)})


@dg.asset(group_name="clean", kinds={"python", "text"}, **PARTITIONED)
def clean_text(context: dg.AssetExecutionContext, source_text: SourceText) -> dg.Output[TrackedText]:
    """OCR-cleaned text with its offset map back to the raw text and the log of every change."""
    tracked, warnings = steps.clean(source_text)
    for w in warnings:
        context.log.warning(f"{source_text.name}: {w}")
    by_rule: dict[str, int] = {}
    for c in tracked.corrections:
        by_rule[c.rule] = by_rule.get(c.rule, 0) + 1
    context.log.info(f"{source_text.name}: cleaned, {len(tracked.corrections)} corrections")
    return dg.Output(tracked, metadata={"corrections": len(tracked.corrections),
                                        "by_rule": dg.MetadataValue.json(by_rule),
                                        "warnings": len(warnings)})


@dg.asset(group_name="parse", kinds={"python"}, **PARTITIONED)
def documents(context: dg.AssetExecutionContext, source_text: SourceText,
              clean_text: TrackedText) -> dg.Output[list[FoundDocument]]:
    """The reports found in the file, each with sections, paragraphs and glossary notes."""
    found = steps.parse(source_text, clean_text)
    if not found:
        raise dg.Failure(description=f"{source_text.name}: no report text found")
    rows = R.document_rows(source_text, clean_text, found)
    for d in found:
        context.log.info(f"{source_text.name}: {d.doc.doc_id} ({d.meta.report_kind}) «{d.meta.title}»,"
                         f" {len(d.doc.sections)} sections, {len(d.doc.notes)} notes")
    return dg.Output(found, metadata=table_metadata("documents", rows))


def _table_asset(table: str, description: str):
    @dg.asset(name=table, group_name="extract", kinds={"python", "table"}, description=description,
              **PARTITIONED)
    def _asset(context: dg.AssetExecutionContext, source_text: SourceText, clean_text: TrackedText,
               documents: list[FoundDocument]) -> dg.Output[list[R.Row]]:
        if table == "document_rows":
            rows = R.document_rows(source_text, clean_text, documents)
        elif table == "glossary":
            rows = R.glossary_rows(clean_text, documents)
        elif table == "corrections":
            rows = R.correction_rows(source_text, clean_text.corrections)
        else:
            rows = R.extracted_rows(table, clean_text, documents, steps.EXTRACTORS[table])
        context.log.info(f"{source_text.name}: {table} {len(rows)} rows")
        schema_name = "documents" if table == "document_rows" else table
        return dg.Output(rows, metadata=table_metadata(schema_name, rows))

    return _asset


TABLE_ASSETS = [
    _table_asset("document_rows", "Rows of the documents table: one per report, with title, meeting, date."),
    _table_asset("indicators", "Every numeric fact of every report, typed, with topic and grounding."),
    _table_asset("supervision", "People's Congress standing committee oversight actions."),
    _table_asset("cppcc_motions", "Proposals, suggestions, speeches and reports named in the reports."),
    _table_asset("glossary", "Explanatory notes printed after the reports."),
    _table_asset("corrections", "Every change the OCR cleaning made, with its raw span and rule."),
]


@dg.asset(group_name="extract", kinds={"python", "pickle"}, **PARTITIONED)
def staged_tables(context: dg.AssetExecutionContext, paths: PipelinePaths, source_text: SourceText,
                  documents: list[FoundDocument], document_rows: list[R.Row], indicators: list[R.Row],
                  supervision: list[R.Row], cppcc_motions: list[R.Row], glossary: list[R.Row],
                  corrections: list[R.Row]) -> dg.MaterializeResult:
    """The file's validated tables, staged for the next release (only after the checks passed)."""
    tables = {"documents": document_rows, "indicators": indicators, "supervision": supervision,
              "cppcc_motions": cppcc_motions, "glossary": glossary, "corrections": corrections}
    bundle = R.file_tables(source_text, documents, tables)
    bundle.code_fingerprint = code_fingerprint()
    paths.staging.mkdir(parents=True, exist_ok=True)
    target = paths.staging / f"{context.partition_key}.pickle"
    tmp = target.with_suffix(".tmp")
    tmp.write_bytes(pickle.dumps(bundle, protocol=5))
    tmp.replace(target)
    counts = {t: len(bundle.tables.get(t, [])) for t in TABLES}
    return dg.MaterializeResult(metadata={"path": str(target), "rows": dg.MetadataValue.json(counts)})


def source_descriptions(raw_dir: Path, files: list[R.FileTables]) -> list[dict[str, str]]:
    """Each raw file with its sha256 and, where ``raw/sources.csv`` knows it, where it came from."""
    known: dict[str, dict[str, str]] = {}
    listing = raw_dir / "sources.csv"
    if listing.is_file():
        with listing.open(encoding="utf-8", newline="") as f:
            known = {row["file"]: row for row in csv.DictReader(f)}
    out = []
    for f in files:
        meta = known.get(f.source_file, {})
        parts = [meta.get("description", ""),
                 meta.get("publisher", "") and f"Publisher: {meta['publisher']}.",
                 meta.get("published_in", "") and f"Published in: {meta['published_in']}."]
        out.append({"name": f.source_file, "sha256": f.source_sha256, "title": meta.get("title", ""),
                    "raw_path": str(raw_dir / f.source_file),
                    "description": " ".join(p for p in parts if p)})
    return out


def load_staged(paths: PipelinePaths) -> tuple[list[R.FileTables], list[str]]:
    """Staged tables of the raw files that are still there unchanged; and what was left out why."""
    from pipelines.publish.package import sha256_file
    from pipelines.text.decode import list_raw_files

    files, skipped = [], []
    for path in list_raw_files(paths.raw):
        staged = paths.staging / f"{slug_for(path.name)}.pickle"
        if not staged.exists():
            skipped.append(f"{path.name}: no validated tables (its run failed or has not run)")
            continue
        bundle: R.FileTables = pickle.loads(staged.read_bytes())
        if bundle.source_sha256 != sha256_file(path):
            skipped.append(f"{path.name}: changed since its tables were built; rerun its partition")
            continue
        files.append(bundle)
    return files, skipped


@dg.asset(group_name="publish", kinds={"python", "frictionless", "parquet", "csv"},
          code_version=CODE_VERSION, deps=["staged_tables"],
          automation_condition=dg.AutomationCondition.eager())
def release(context: dg.AssetExecutionContext, paths: PipelinePaths) -> dg.MaterializeResult:
    """A validated Frictionless data package of every raw file's tables, published atomically."""
    files, skipped = load_staged(paths)
    for s in skipped:
        context.log.warning(s)
    if not files:
        raise dg.Failure(description=f"nothing to publish: no validated tables under {paths.staging}")
    sources = source_descriptions(paths.raw, files)
    try:
        result = publish(files, paths.out, sources)
    except ValidationFailed as exc:
        raise dg.Failure(description=str(exc)) from exc
    context.log.info(f"release {result.version} at {result.path}" + (" (unchanged)" if result.reused else ""))
    return dg.MaterializeResult(metadata={
        "version": result.version, "path": str(result.path), "reused": result.reused,
        "rows": dg.MetadataValue.json(result.row_counts), "skipped_files": len(skipped),
    })

