"""Landing parsed documents as Parquet: one dataset folder per record kind, one file per document.

Per-document files make the landing incremental and safe to run in parallel: an unchanged document (same
content hash, same parser version) keeps its files, a changed one is rewritten, a removed one loses its
files. Each document's state is a small JSON file under ``_state/``; every file is written to a temporary
name and renamed, so a reader never sees half a file.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .parser import PARSER_VERSION, ParseResult, document_id_for, parse_document, unreadable_result
from .parser.records import DATASETS, RESULT_FIELDS, arrow_schema, arrow_table

DOCUMENT_SUFFIXES = (".pdf", ".txt", ".text")


@dataclass(frozen=True, slots=True)
class RawDocument:
    document_id: str
    path: Path
    relative: str
    sha256: str
    # Set for a file that is listed but not read: another rendition of a report, a link out of raw/.
    skip_reason: str | None = None


@dataclass(slots=True)
class Plan:
    """What a landing run has to do: parse new and changed documents, drop removed ones."""

    new: list[RawDocument] = field(default_factory=list)
    changed: list[RawDocument] = field(default_factory=list)
    unchanged: list[RawDocument] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def to_parse(self) -> list[RawDocument]:
        return self.new + self.changed


def discover(raw: Path) -> list[tuple[Path, str | None]]:
    """Files under raw/ that look like reports, each with the reason it is not read (None when it is).
    Renditions of one report (NAME.pdf beside NAME.txt / NAME.layout.txt) are one document: the PDF is
    read, since its geometry gives rows and columns exactly; of two text renditions the layout one is read.
    A symbolic link pointing outside raw/ is refused, never followed. Hidden files are ignored."""
    raw = raw.resolve()
    files: list[tuple[Path, str | None]] = []
    for p in sorted(raw.rglob("*")):
        if p.name.startswith(".") or p.suffix.lower() not in DOCUMENT_SUFFIXES:
            continue
        if p.is_symlink() and not p.resolve().is_relative_to(raw):
            files.append((p, "a symbolic link pointing outside raw/: refused, not read"))
        elif p.is_file():
            files.append((p, None))
    readable = [p for p, reason in files if reason is None]
    pdfs = {_stem(p): p for p in readable if p.suffix.lower() == ".pdf"}
    layouts = {_stem(p): p for p in readable if p.name.endswith(".layout.txt")}
    out = []
    for p, reason in files:
        if reason is None and p.suffix.lower() != ".pdf":
            if _stem(p) in pdfs:
                reason = f"another rendition of {pdfs[_stem(p)].name}, which is read instead"
            elif not p.name.endswith(".layout.txt") and _stem(p) in layouts:
                reason = f"another rendition of {layouts[_stem(p)].name}, which is read instead"
        out.append((p, reason))
    return out


def _stem(path: Path) -> Path:
    stem = path.with_suffix("")
    return stem.with_suffix("") if stem.suffix == ".layout" else stem


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def scan(raw: Path) -> dict[str, RawDocument]:
    docs = {}
    for path, skip_reason in discover(raw):
        relative = path.relative_to(raw.resolve()).as_posix()
        # A refused link is never opened: its identity is where it points.
        digest = (
            _sha256(path)
            if not path.is_symlink() or skip_reason is None
            else hashlib.sha256(str(path.readlink()).encode()).hexdigest()
        )
        doc = RawDocument(document_id_for(relative), path, relative, digest, skip_reason)
        docs[doc.document_id] = doc
    return docs


def _state_dir(landing: Path) -> Path:
    return landing / "_state"


def landed_state(landing: Path) -> dict[str, dict]:
    folder = _state_dir(landing)
    if not folder.is_dir():
        return {}
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.json")}


def plan(
    raw: Path, landing: Path, only: set[str] | None = None, docs: dict[str, RawDocument] | None = None
) -> Plan:
    """New, changed, unchanged and removed documents; `docs` is a scan of raw/ already made."""
    docs, state = docs if docs is not None else scan(raw), landed_state(landing)
    result = Plan()
    for doc_id, doc in docs.items():
        if only is not None and doc_id not in only:
            continue
        landed = state.get(doc_id)
        if landed is None:
            result.new.append(doc)
        elif landed.get("sha256") != doc.sha256 or landed.get("parser_version") != PARSER_VERSION:
            result.changed.append(doc)
        else:
            result.unchanged.append(doc)
    result.removed = sorted(d for d in state if d not in docs and (only is None or d in only))
    return result


def _write_atomic_bytes(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _write_table(table: pa.Table, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


def ensure_empty_files(landing: Path) -> None:
    """A schema-only file per dataset, so dbt sources resolve even before any document arrives."""
    for dataset, record_type in DATASETS.items():
        folder = landing / dataset
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "_empty.parquet"
        if not path.exists():
            _write_table(arrow_schema(record_type).empty_table(), path)


def write_result(result: ParseResult, doc: RawDocument, landing: Path) -> dict[str, int]:
    ensure_empty_files(landing)
    counts = {}
    for dataset, record_type in DATASETS.items():
        value = getattr(result, RESULT_FIELDS[dataset])
        records = [value] if dataset == "documents" else value
        _write_table(arrow_table(record_type, records), landing / dataset / f"{doc.document_id}.parquet")
        counts[dataset] = len(records)
    _state_dir(landing).mkdir(parents=True, exist_ok=True)
    state = {"source_file": doc.relative, "sha256": doc.sha256, "parser_version": PARSER_VERSION}
    _write_atomic_bytes(
        _state_dir(landing) / f"{doc.document_id}.json", json.dumps(state, ensure_ascii=False).encode("utf-8")
    )
    return counts


def prune(landing: Path, document_ids: list[str]) -> None:
    """Remove a removed document's landed files: its rows leave the warehouse at the next dbt build."""
    for doc_id in document_ids:
        for dataset in DATASETS:
            (landing / dataset / f"{doc_id}.parquet").unlink(missing_ok=True)
        (_state_dir(landing) / f"{doc_id}.json").unlink(missing_ok=True)


# Limits per document, so one hostile or pathological file cannot stall or exhaust the batch.
MAX_FILE_BYTES = int(os.environ.get("BUDGET_MAX_FILE_MB", "100")) * 1024 * 1024
PARSE_SECONDS = int(os.environ.get("BUDGET_PARSE_TIMEOUT_S", "120"))
WORKER_MEMORY_BYTES = int(os.environ.get("BUDGET_WORKER_MEMORY_MB", "2048")) * 1024 * 1024


class _Timeout(Exception):
    pass


def _limit_worker_memory() -> None:
    """Worker processes may grow by at most WORKER_MEMORY_BYTES of address space beyond what they start
    with (a forked worker shares the parent's libraries): a runaway document fails alone, with
    MemoryError, instead of taking the machine down."""
    import resource

    with open("/proc/self/status", encoding="ascii") as status:
        start = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmSize:"))
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = start + WORKER_MEMORY_BYTES
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _parse(doc: RawDocument) -> ParseResult:
    """Parse one document within the per-document limits; a limit reached is the document's failure."""
    import signal
    import threading

    size = doc.path.stat().st_size
    if size > MAX_FILE_BYTES:
        return failed_result(
            doc,
            f"the file is {size / 1024 / 1024:.0f} MB, over the limit of "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB per document (BUDGET_MAX_FILE_MB)",
        )
    alarm = threading.current_thread() is threading.main_thread()
    if alarm:

        def stop(_signum, _frame):
            raise _Timeout

        previous = signal.signal(signal.SIGALRM, stop)
        signal.setitimer(signal.ITIMER_REAL, PARSE_SECONDS)
    try:
        return parse_document(doc.path.read_bytes(), doc.relative, doc.document_id)
    except _Timeout:
        return failed_result(
            doc,
            f"reading the document took longer than {PARSE_SECONDS} s and was stopped "
            "(BUDGET_PARSE_TIMEOUT_S)",
        )
    except MemoryError:
        return failed_result(
            doc,
            "reading the document needed more memory than the limit of "
            f"{WORKER_MEMORY_BYTES // 1024 // 1024} MB (BUDGET_WORKER_MEMORY_MB)",
        )
    finally:
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def _parse_and_land(doc: RawDocument, landing: Path) -> DocumentReport:
    """The work of one document in a worker process: parse it and write its files there, so only a small
    report travels back to the parent."""
    return _land_one(_parse(doc), doc, landing)


def _land_isolated(doc: RawDocument, landing: Path) -> DocumentReport:
    with ProcessPoolExecutor(max_workers=1, initializer=_limit_worker_memory) as pool:
        try:
            return pool.submit(_parse_and_land, doc, landing).result()
        except BrokenProcessPool:
            result = failed_result(
                doc,
                "reading the document crashed its reader process (a malformed file); "
                "the other documents were read",
            )
            return _land_one(result, doc, landing)


def failed_result(doc: RawDocument, reason: str, status: str = "failed") -> ParseResult:
    source_format = "pdf" if doc.path.suffix.lower() == ".pdf" else "text"
    return unreadable_result(
        doc.relative, doc.document_id, doc.sha256, doc.path.stat().st_size, reason, status, source_format
    )


@dataclass(slots=True)
class DocumentReport:
    """What an operator wants to see per document after landing it."""

    document_id: str
    source_file: str
    parse_status: str
    status_message: str
    doc_kind: str | None
    amount_units: list[str]
    tables_found: list[str]
    rows: dict[str, int]
    diagnostics: dict[str, int]


def land(docs: list[RawDocument], landing: Path, workers: int | None = None) -> list[DocumentReport]:
    """Parse documents (in worker processes when there are several) and land their records. A file with
    the same content as another (the same report under two names) is stored once: the first by path is
    parsed, the others are recorded as duplicates of it, with no amounts."""
    ensure_empty_files(landing)
    first_by_hash: dict[str, RawDocument] = {}
    for doc in sorted((d for d in docs if not d.skip_reason), key=lambda d: d.relative):
        first_by_hash.setdefault(doc.sha256, doc)
    state = landed_state(landing)
    landed_hashes = {v.get("sha256"): k for k, v in state.items()}
    unique, duplicates = [], []
    skipped = [doc for doc in docs if doc.skip_reason]
    docs = [doc for doc in docs if not doc.skip_reason]
    for doc in docs:
        original = first_by_hash[doc.sha256]
        other = landed_hashes.get(doc.sha256)
        if original is not doc:
            duplicates.append((doc, original.relative))
        elif other is not None and other != doc.document_id and other not in {d.document_id for d in docs}:
            duplicates.append((doc, state[other].get("source_file", other)))
        else:
            unique.append(doc)
    workers = min(workers or os.cpu_count() or 1, len(unique)) or 1
    reports: list[DocumentReport] = []
    if workers > 1 and len(unique) > 2:
        try:
            with ProcessPoolExecutor(max_workers=workers, initializer=_limit_worker_memory) as pool:
                chunksize = max(1, min(64, len(unique) // (4 * workers)))
                work = partial(_parse_and_land, landing=landing)
                for report in pool.map(work, unique, chunksize=chunksize):
                    reports.append(report)
        except BrokenProcessPool:
            # A worker died (a crash inside a native library): read the rest one by one, each in a process
            # of its own, so only the document that kills its reader fails.
            for doc in unique[len(reports) :]:
                reports.append(_land_isolated(doc, landing))
    else:
        reports = [_parse_and_land(doc, landing) for doc in unique]
    for doc, original in duplicates:
        reason = f"the same content as {original} (stored once)"
        reports.append(_land_one(failed_result(doc, reason, status="duplicate"), doc, landing))
    for doc in skipped:
        reports.append(_land_one(failed_result(doc, doc.skip_reason, status="skipped"), doc, landing))
    return reports


def _land_one(result: ParseResult, doc: RawDocument, landing: Path) -> DocumentReport:
    rows = write_result(result, doc, landing)
    return DocumentReport(
        document_id=doc.document_id,
        source_file=doc.relative,
        parse_status=result.document.parse_status,
        status_message=result.document.status_message,
        doc_kind=result.document.doc_kind,
        amount_units=sorted({t.amount_unit for t in result.tables if t.amount_unit}),
        tables_found=[t.table_key for t in result.tables],
        rows=rows,
        diagnostics=dict(Counter(f"{d.severity}:{d.check_name}" for d in result.diagnostics)),
    )


def land_documents(raw: Path, landing: Path, workers: int | None = None) -> dict:
    """Everything at once, without an orchestrator: plan, parse new and changed, prune removed."""
    todo = plan(raw, landing)
    reports = land(todo.to_parse, landing, workers)
    prune(landing, todo.removed)
    return {
        "new": len(todo.new),
        "changed": len(todo.changed),
        "unchanged": len(todo.unchanged),
        "removed": len(todo.removed),
        "reports": reports,
    }
