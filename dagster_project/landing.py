"""Landing parsed documents as Parquet: one dataset folder per record kind, each split into a fixed number
of bucket files by document id.

A warehouse of 10,000 documents is six datasets of 10,000 documents each; one file per document made every
dbt scan open 10,000 files. Buckets keep the scans to a few files and the landing incremental: a document
landed again (changed content or parser) or removed rewrites only the buckets that hold it, dropping its
old rows and adding the new ones, so a document's rows are never duplicated. Each document's state (content
hash, parser version) is a small JSON file under ``_state/``, written after its rows. Every file is written
to a temporary name and renamed, so a reader never sees half a file, and rewrites hold a lock on the
landing folder, so a sensor pruning and a run landing never interleave. A run stages its documents'
rows in part files under ``_pending/`` as it parses them and commits them at the end, rewriting each
touched bucket once. A run killed before or during the commit leaves documents whose state is not
written: the next run lands them again, replacing whatever rows of theirs a bucket already holds, and
removes the dead run's staged parts.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import time
import zlib
from collections import Counter
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .parser import PARSER_VERSION, ParseResult, document_id_for, parse_document, unreadable_result
from .parser.records import DATASETS, RESULT_FIELDS, arrow_schema, arrow_table

DOCUMENT_SUFFIXES = (".pdf", ".txt", ".text")
# Files a report may come as that this pipeline does not read: each is named, as a document that failed,
# so a report dropped into raw/ in another format is never passed over without a word.
UNREAD_SUFFIXES = {
    ".doc": "a Word document",
    ".docx": "a Word document",
    ".wps": "a WPS document",
    ".xls": "an Excel workbook",
    ".xlsx": "an Excel workbook",
    ".et": "a WPS spreadsheet",
    ".ofd": "an OFD document",
    ".html": "a web page",
    ".htm": "a web page",
    ".mht": "a web archive",
    ".mhtml": "a web archive",
    ".csv": "a CSV table",
    ".tsv": "a TSV table",
    ".webarchive": "a web archive",
    ".gz": "a compressed file",
    ".bz2": "a compressed file",
    ".xz": "a compressed file",
    ".jpg": "an image",
    ".jpeg": "an image",
    ".png": "an image",
    ".tif": "an image",
    ".tiff": "an image",
    ".zip": "an archive",
    ".rar": "an archive",
    ".7z": "an archive",
}
_LISTED_SUFFIXES = frozenset({*DOCUMENT_SUFFIXES, *UNREAD_SUFFIXES})


@dataclass(frozen=True, slots=True)
class RawDocument:
    document_id: str
    path: Path
    relative: str
    sha256: str
    # Set for a file that is listed but not read: another rendition of a report, a link out of raw/, a
    # format not read (a failure, not a rendition skipped: `unread_format`).
    skip_reason: str | None = None

    @property
    def unread_format(self) -> bool:
        return self.path.suffix.lower() in UNREAD_SUFFIXES


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
        if p.name.startswith(".") or p.suffix.lower() not in _LISTED_SUFFIXES:
            continue
        if p.suffix.lower() in UNREAD_SUFFIXES and p.is_file():
            kind = UNREAD_SUFFIXES[p.suffix.lower()]
            files.append(
                (p, f"{kind} ({p.suffix.lower()}): only PDF and text reports are read; export it as PDF")
            )
        elif p.is_symlink() and not p.resolve().is_relative_to(raw):
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


def scan(raw: Path, only: set[str] | None = None) -> dict[str, RawDocument]:
    """The documents of raw/ by document id, each file's content hashed; with ``only``, those documents
    alone (a landing run over a few partitions need not hash the other 10,000 files: 1 s)."""
    docs = {}
    for path, skip_reason in discover(raw):
        relative = path.relative_to(raw.resolve()).as_posix()
        document_id = document_id_for(relative)
        if only is not None and document_id not in only:
            continue
        # A refused link is never opened: its identity is where it points.
        digest = (
            _sha256(path)
            if not path.is_symlink() or skip_reason is None
            else hashlib.sha256(str(path.readlink()).encode()).hexdigest()
        )
        doc = RawDocument(document_id, path, relative, digest, skip_reason)
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
    docs, state = docs if docs is not None else scan(raw, only), landed_state(landing)
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
    # A file landed as the duplicate of another whose content has left (removed, or changed) is read now:
    # else the report would be in raw/ and in no table.
    gone = {state[d].get("sha256") for d in result.removed} | {
        state[doc.document_id].get("sha256") for doc in result.changed
    }
    if gone:
        moved = [doc for doc in result.unchanged if doc.sha256 in gone]
        result.unchanged = [doc for doc in result.unchanged if doc.sha256 not in gone]
        result.changed += moved
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
    """A schema-only file per dataset, so dbt sources resolve even before any document arrives (and see
    a column a newer parser added, whatever the older files hold)."""
    for dataset, record_type in DATASETS.items():
        folder = landing / dataset
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "_empty.parquet"
        schema = arrow_schema(record_type)
        if not path.exists() or not pq.read_schema(path).equals(schema):
            _write_table(schema.empty_table(), path)


BUCKETS = 16
# Threads rewriting buckets at the commit of a landing.
REWRITE_THREADS = min(4, os.cpu_count() or 1)
# Documents gathered in memory before their rows are staged (bounds the memory of a large run).
FLUSH_DOCUMENTS = 500


def bucket_of(document_id: str) -> int:
    return zlib.crc32(document_id.encode("utf-8")) % BUCKETS


def bucket_path(landing: Path, dataset: str, bucket: int) -> Path:
    return landing / dataset / f"bucket-{bucket:02d}.parquet"


def landed_rows(landing: Path, dataset: str) -> int:
    """The rows of one landed dataset: all its Parquet files, as dbt's staging views read them, counted
    from their footers."""
    return sum(pq.read_metadata(path).num_rows for path in (landing / dataset).glob("*.parquet"))


def _pending_dir(landing: Path) -> Path:
    # Outside the dataset folders, so dbt never reads staged rows before they are committed.
    return landing / "_pending"


def result_tables(result: ParseResult) -> dict[str, pa.Table]:
    """The records of one parse result as one Arrow table per dataset."""
    tables = {}
    for dataset, record_type in DATASETS.items():
        value = getattr(result, RESULT_FIELDS[dataset])
        tables[dataset] = arrow_table(record_type, [value] if dataset == "documents" else value)
    return tables


def to_ipc(tables: dict[str, pa.Table]) -> dict[str, bytes]:
    """Arrow tables as Arrow IPC streams: what a worker process sends back. Pickling the tables instead
    took about four times as long to send and three times as long to receive, per column of every
    table, on the parent's core the workers share."""
    streams = {}
    for dataset, table in tables.items():
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, table.schema) as writer:
            writer.write_table(table)
        streams[dataset] = sink.getvalue().to_pybytes()
    return streams


def from_ipc(streams: dict[str, bytes]) -> dict[str, pa.Table]:
    return {dataset: pa.ipc.open_stream(stream).read_all() for dataset, stream in streams.items()}


@contextmanager
def _landing_lock(landing: Path):
    landing.mkdir(parents=True, exist_ok=True)
    with (landing / ".lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class Staging:
    """The rows of one landing, staged in part files per dataset and bucket as documents are parsed, then
    committed: each touched bucket is rewritten once, whatever the number of documents."""

    def __init__(self, landing: Path):
        self.landing = landing
        self.folder = _pending_dir(landing) / f"{os.getpid()}-{time.time_ns()}"
        self.documents: list[RawDocument] = []
        self._tables: list[dict[str, pa.Table]] = []
        self._parts = 0

    def add(self, doc: RawDocument, tables: dict[str, pa.Table]) -> None:
        self.documents.append(doc)
        self._tables.append(tables)
        if len(self._tables) >= FLUSH_DOCUMENTS:
            self._flush()

    def _flush(self) -> None:
        if not self._tables:
            return
        first = len(self.documents) - len(self._tables)
        by_bucket: dict[int, list[int]] = {}
        for n, doc in enumerate(self.documents[first:]):
            by_bucket.setdefault(bucket_of(doc.document_id), []).append(n)
        for dataset in DATASETS:
            for bucket, members in by_bucket.items():
                folder = self.folder / dataset
                folder.mkdir(parents=True, exist_ok=True)
                part = pa.concat_tables([self._tables[n][dataset] for n in members])
                pq.write_table(part, folder / f"bucket-{bucket:02d}.{self._parts:05d}.parquet")
        self._parts += 1
        self._tables.clear()

    def commit(self, removed: list[str]) -> None:
        """Replace the rows of the staged documents and drop those of `removed`, then record the staged
        documents' state."""
        self._flush()
        try:
            store(self.landing, self.documents, list(removed), self.folder)
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def store(landing: Path, landed: list[RawDocument], removed: list[str], staged: Path | None = None) -> None:
    """Rewrite the buckets holding the landed and removed documents: their old rows dropped, the landed
    documents' staged rows (part files under `staged`) added; then record the landed documents' state."""
    replaced = {doc.document_id for doc in landed} | set(removed)
    if not replaced:
        return
    ensure_empty_files(landing)
    touched = {bucket_of(doc_id) for doc_id in replaced}
    drop = pa.array(sorted(replaced), pa.string())

    def rewrite(dataset: str, bucket: int) -> None:
        schema = arrow_schema(DATASETS[dataset])
        path = bucket_path(landing, dataset, bucket)
        parts = []
        if path.exists():
            kept = pq.read_table(path, schema=schema)
            parts.append(kept.filter(pc.invert(pc.is_in(kept["document_id"], value_set=drop))))
        if staged is not None:
            parts += [
                pq.read_table(part, schema=schema)
                for part in sorted((staged / dataset).glob(f"bucket-{bucket:02d}.*.parquet"))
            ]
        _write_table(pa.concat_tables(parts) if parts else schema.empty_table(), path)

    with _landing_lock(landing):
        # Arrow reads and writes Parquet outside the interpreter's lock: the buckets are rewritten by a
        # few threads at once (the commit of a 1,000-document landing: 1.8 s on one thread, 0.5-0.6 s).
        with ThreadPoolExecutor(max_workers=REWRITE_THREADS) as pool:
            rewrites = [pool.submit(rewrite, d, b) for d in DATASETS for b in sorted(touched)]
            for done in rewrites:
                done.result()  # the first failure raises here, after every rewrite has ended
        for dataset in DATASETS:
            # A file per document, as landings before buckets wrote them: gone once its document is.
            for legacy in (landing / dataset).glob("*.parquet"):
                if legacy.stem in replaced:
                    legacy.unlink()
        state_dir = _state_dir(landing)
        state_dir.mkdir(parents=True, exist_ok=True)
        for doc in landed:
            state = {"source_file": doc.relative, "sha256": doc.sha256, "parser_version": PARSER_VERSION}
            _write_atomic_bytes(
                state_dir / f"{doc.document_id}.json", json.dumps(state, ensure_ascii=False).encode("utf-8")
            )
        for doc_id in removed:
            (state_dir / f"{doc_id}.json").unlink(missing_ok=True)


def prune(landing: Path, document_ids: list[str]) -> None:
    """Remove a removed document's landed rows: they leave the warehouse at the next dbt build."""
    store(landing, [], document_ids)


def _clear_stale_staging(landing: Path) -> None:
    """Staged rows of a landing killed before it committed (its process is gone): its documents were not
    recorded, so they are landed again, and these rows are never read."""
    folder = _pending_dir(landing)
    for staged in folder.iterdir() if folder.is_dir() else ():
        pid = staged.name.split("-", 1)[0]
        try:
            os.kill(int(pid), 0)
        except (ProcessLookupError, ValueError):
            shutil.rmtree(staged, ignore_errors=True)
        except PermissionError:
            pass  # a live process of another user


# Limits per document, so one hostile or pathological file cannot stall or exhaust the batch.
MAX_FILE_BYTES = int(os.environ.get("BUDGET_MAX_FILE_MB", "100")) * 1024 * 1024
PARSE_SECONDS = int(os.environ.get("BUDGET_PARSE_TIMEOUT_S", "120"))
WORKER_MEMORY_BYTES = int(os.environ.get("BUDGET_WORKER_MEMORY_MB", "2048")) * 1024 * 1024


class _Timeout(Exception):
    pass


def missing_font_warning(docs: list[RawDocument]) -> str | None:
    """A warning when PDFs are to be read on a machine without a Chinese font. A PDF that does not embed
    its fonts (STSong-Light and the other standard CJK fonts) is drawn, and its text placed, with a font
    of the machine: without one, pdfium drops or misplaces their characters and whole tables go unread.
    None when there is no PDF, a Chinese font is installed, or fontconfig's fc-list cannot tell."""
    pdfs = sum(1 for doc in docs if doc.path.suffix.lower() == ".pdf")
    fc_list = shutil.which("fc-list")
    if not pdfs or fc_list is None:
        return None
    try:
        found = subprocess.run([fc_list, ":lang=zh", "family"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    if found.returncode != 0 or found.stdout.strip():
        return None
    return (
        f"no Chinese font is installed on this machine: of the {pdfs} PDF(s) read now, those that do not "
        "embed their fonts lose or misplace characters (whole tables unread). Install one (Debian: "
        "apt-get install fonts-wqy-microhei; `make run` does so when it can), then land them again "
        "(delete the landing folder to read every document anew)."
    )


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


def _parse_to_tables(doc: RawDocument) -> tuple[DocumentReport, dict[str, bytes]]:
    """The work of one document in a worker process: parse it and turn its records into Arrow tables, so
    only compact Arrow streams travel back to the parent."""
    result = _parse(doc)
    return _report(result, doc), to_ipc(result_tables(result))


def _parse_isolated(doc: RawDocument) -> tuple[DocumentReport, dict[str, bytes]]:
    with ProcessPoolExecutor(max_workers=1, initializer=_limit_worker_memory) as pool:
        try:
            return pool.submit(_parse_to_tables, doc).result()
        except BrokenProcessPool:
            result = failed_result(
                doc,
                "reading the document crashed its reader process (a malformed file); "
                "the other documents were read",
            )
            return _report(result, doc), to_ipc(result_tables(result))


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


def land(
    docs: list[RawDocument], landing: Path, workers: int | None = None, removed: list[str] = ()
) -> list[DocumentReport]:
    """Parse documents (in worker processes when there are several) and land their records; the rows of
    the `removed` documents leave in the same rewrite. A file with the same content as another (the same
    report under two names) is stored once: the first by path is parsed, the others are recorded as
    duplicates of it, with no amounts. A removed document is nobody's original: a renamed file is parsed
    under its new name."""
    ensure_empty_files(landing)
    _clear_stale_staging(landing)
    first_by_hash: dict[str, RawDocument] = {}
    for doc in sorted((d for d in docs if not d.skip_reason), key=lambda d: d.relative):
        first_by_hash.setdefault(doc.sha256, doc)
    gone = set(removed)
    state = {doc_id: s for doc_id, s in landed_state(landing).items() if doc_id not in gone}
    landed_hashes = {v.get("sha256"): k for k, v in state.items()}
    unique, duplicates = [], []
    skipped = [doc for doc in docs if doc.skip_reason]
    docs = [doc for doc in docs if not doc.skip_reason]
    in_this_landing = {d.document_id for d in docs}
    for doc in docs:
        original = first_by_hash[doc.sha256]
        other = landed_hashes.get(doc.sha256)
        if original is not doc:
            duplicates.append((doc, original.relative))
        elif other is not None and other != doc.document_id and other not in in_this_landing:
            duplicates.append((doc, state[other].get("source_file", other)))
        else:
            unique.append(doc)
    workers = min(workers or os.cpu_count() or 1, len(unique)) or 1
    reports: list[DocumentReport] = []
    staging = Staging(landing)

    def landed(doc: RawDocument, report: DocumentReport, tables: dict[str, pa.Table]) -> None:
        reports.append(report)
        staging.add(doc, tables)

    if workers > 1 and len(unique) > 2:
        try:
            with ProcessPoolExecutor(max_workers=workers, initializer=_limit_worker_memory) as pool:
                chunksize = max(1, min(64, len(unique) // (4 * workers)))
                for doc, (report, streams) in zip(
                    unique, pool.map(_parse_to_tables, unique, chunksize=chunksize), strict=False
                ):
                    landed(doc, report, from_ipc(streams))
        except BrokenProcessPool:
            # A worker died (a crash inside a native library): read the rest one by one, each in a process
            # of its own, so only the document that kills its reader fails.
            for doc in unique[len(reports) :]:
                report, streams = _parse_isolated(doc)
                landed(doc, report, from_ipc(streams))
    else:
        for doc in unique:
            result = _parse(doc)
            landed(doc, _report(result, doc), result_tables(result))
    for doc, original in duplicates:
        result = failed_result(doc, f"the same content as {original} (stored once)", status="duplicate")
        landed(doc, _report(result, doc), result_tables(result))
    for doc in skipped:
        result = failed_result(doc, doc.skip_reason, status="failed" if doc.unread_format else "skipped")
        landed(doc, _report(result, doc), result_tables(result))
    staging.commit(removed)
    return reports


def _report(result: ParseResult, doc: RawDocument) -> DocumentReport:
    return DocumentReport(
        document_id=doc.document_id,
        source_file=doc.relative,
        parse_status=result.document.parse_status,
        status_message=result.document.status_message,
        doc_kind=result.document.doc_kind,
        amount_units=sorted({t.amount_unit for t in result.tables if t.amount_unit}),
        tables_found=[t.table_key for t in result.tables],
        rows={
            dataset: 1 if dataset == "documents" else len(getattr(result, RESULT_FIELDS[dataset]))
            for dataset in DATASETS
        },
        diagnostics=dict(Counter(f"{d.severity}:{d.check_name}" for d in result.diagnostics)),
    )


def land_documents(raw: Path, landing: Path, workers: int | None = None) -> dict:
    """Everything at once, without an orchestrator: plan, parse new and changed, drop removed."""
    todo = plan(raw, landing)
    reports = land(todo.to_parse, landing, workers, removed=todo.removed)
    return {
        "new": len(todo.new),
        "changed": len(todo.changed),
        "unchanged": len(todo.unchanged),
        "removed": len(todo.removed),
        "reports": reports,
    }
