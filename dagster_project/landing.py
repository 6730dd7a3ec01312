"""Landing parsed documents as Parquet: one dataset folder per record kind, one file per document.

Per-document files make the landing incremental: an unchanged document (same content hash, same parser
version) keeps its files, a changed one is rewritten, a removed one loses its files. Each file is written
to a temporary name and renamed, so a reader never sees half a file.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .parser import PARSER_VERSION, ParseResult, document_id_for, parse_document
from .parser.records import DATASETS, arrow_schema

DOCUMENT_SUFFIXES = (".pdf", ".txt", ".text")
_FIELDS = {
    "documents": "document",
    "report_tables": "tables",
    "amounts": "amounts",
    "line_items": "line_items",
    "claims": "claims",
    "diagnostics": "diagnostics",
}


def discover(raw: Path) -> list[Path]:
    """Documents under raw/. Renditions of one report (NAME.pdf beside NAME.txt / NAME.layout.txt) are
    one document: the PDF is read, since its geometry gives rows and columns exactly."""
    files = sorted(
        p
        for p in raw.rglob("*")
        if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES and not p.name.startswith(".")
    )
    pdf_stems = {p.with_suffix("") for p in files if p.suffix.lower() == ".pdf"}
    chosen = []
    for p in files:
        stem = p.with_suffix("")
        if stem.suffix == ".layout":
            stem = stem.with_suffix("")
        if p.suffix.lower() != ".pdf" and stem in pdf_stems:
            continue
        chosen.append(p)
    # A layout rendition and a plain one of the same text report: keep the layout one.
    layout_stems = {p.with_suffix("").with_suffix("") for p in chosen if p.name.endswith(".layout.txt")}
    return [p for p in chosen if p.name.endswith(".layout.txt") or p.with_suffix("") not in layout_stems]


def _manifest_path(landing: Path) -> Path:
    return landing / "_manifest.json"


def load_manifest(landing: Path) -> dict[str, dict]:
    path = _manifest_path(landing)
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _write_atomic(table: pa.Table, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


def write_result(result: ParseResult, landing: Path) -> dict[str, int]:
    counts = {}
    for dataset, record_type in DATASETS.items():
        folder = landing / dataset
        folder.mkdir(parents=True, exist_ok=True)
        value = getattr(result, _FIELDS[dataset])
        rows = [asdict(value)] if dataset == "documents" else [asdict(r) for r in value]
        _write_atomic(
            pa.Table.from_pylist(rows, schema=arrow_schema(record_type)),
            folder / f"{result.document.document_id}.parquet",
        )
        counts[dataset] = len(rows)
    return counts


def ensure_empty_files(landing: Path) -> None:
    """A schema-only file per dataset, so dbt sources resolve even before any document arrives."""
    for dataset, record_type in DATASETS.items():
        folder = landing / dataset
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "_empty.parquet"
        if not path.exists():
            _write_atomic(arrow_schema(record_type).empty_table(), path)


def _parse_file(args: tuple[str, str]) -> ParseResult:
    path, relative = args
    with open(path, "rb") as handle:
        data = handle.read()
    return parse_document(data, relative)


def land_documents(raw: Path, landing: Path, workers: int | None = None) -> dict:
    """Parse new and changed documents under raw/ into landing/, drop removed ones. Returns a summary."""
    import hashlib

    landing.mkdir(parents=True, exist_ok=True)
    ensure_empty_files(landing)
    manifest = load_manifest(landing)
    current: dict[str, dict] = {}
    todo: list[tuple[str, str]] = []
    for path in discover(raw):
        relative = path.relative_to(raw).as_posix()
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        doc_id = document_id_for(relative)
        entry = {"source_file": relative, "sha256": digest, "parser_version": PARSER_VERSION}
        current[doc_id] = entry
        if manifest.get(doc_id) != entry or not (landing / "documents" / f"{doc_id}.parquet").exists():
            todo.append((str(path), relative))
    removed = sorted(set(manifest) - set(current))
    for doc_id in removed:
        for dataset in DATASETS:
            (landing / dataset / f"{doc_id}.parquet").unlink(missing_ok=True)
    results: list[ParseResult] = []
    workers = workers or min(len(todo), os.cpu_count() or 1)
    if len(todo) > 2 and workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(_parse_file, todo, chunksize=8))
    else:
        results = [_parse_file(item) for item in todo]
    rows: Counter = Counter()
    diagnostics: Counter = Counter()
    statuses: Counter = Counter()
    for result in results:
        rows.update(write_result(result, landing))
        diagnostics.update(f"{d.severity}:{d.check_name}" for d in result.diagnostics)
        statuses[result.document.parse_status] += 1
    tmp = _manifest_path(landing).with_suffix(".tmp")
    tmp.write_text(json.dumps(current, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, _manifest_path(landing))
    return {
        "documents_in_raw": len(current),
        "parsed": len(results),
        "unchanged": len(current) - len(results),
        "removed": len(removed),
        "rows_written": dict(rows),
        "diagnostics": dict(diagnostics),
        "statuses": dict(statuses),
        "failures": {
            r.document.source_file: r.document.status_message
            for r in results
            if r.document.parse_status != "parsed"
        },
    }
