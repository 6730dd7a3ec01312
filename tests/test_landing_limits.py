"""Bad input at the landing: one hostile or pathological file fails alone, with a clear reason, and the
rest of the batch is landed."""

import time

import pyarrow.parquet as pq

from dagster_project import landing
from dagster_project.parser import document_id_for

REPORT = "收入支出决算总表\n单位：万元\n项目 决算数\n合计 100.00\n"


def _statuses(folder):
    table = pq.read_table(folder / "documents", columns=["source_file", "parse_status", "status_message"])
    return {row["source_file"]: (row["parse_status"], row["status_message"]) for row in table.to_pylist()}


def test_the_same_report_under_two_names_is_stored_once(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(REPORT, encoding="utf-8")
    (raw / "copy of a.txt").write_text(REPORT, encoding="utf-8")
    landing.land_documents(raw, tmp_path / "landing")
    statuses = _statuses(tmp_path / "landing")
    assert statuses["a.txt"][0] == "parsed"
    assert statuses["copy of a.txt"] == ("duplicate", "the same content as a.txt (stored once)")
    tables = pq.read_table(tmp_path / "landing" / "report_tables").to_pylist()
    assert {t["document_id"] for t in tables} == {document_id_for("a.txt")}


def test_a_file_over_the_size_limit_is_refused_and_the_batch_goes_on(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    with (raw / "huge.pdf").open("wb") as handle:  # 200 MB, sparse
        handle.truncate(200 * 1024 * 1024)
    (raw / "ok.txt").write_text(REPORT, encoding="utf-8")
    landing.land_documents(raw, tmp_path / "landing")
    statuses = _statuses(tmp_path / "landing")
    assert statuses["huge.pdf"][0] == "failed"
    assert "200 MB, over the limit of 100 MB" in statuses["huge.pdf"][1]
    assert statuses["ok.txt"][0] == "parsed"


def test_a_document_that_takes_too_long_is_stopped(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "slow.txt").write_text(REPORT, encoding="utf-8")

    def slow_parse(*_args, **_kwargs):
        time.sleep(10)

    monkeypatch.setattr(landing, "PARSE_SECONDS", 1)
    monkeypatch.setattr(landing, "parse_document", slow_parse)
    started = time.monotonic()
    [report] = landing.land(list(landing.scan(raw).values()), tmp_path / "landing")
    assert time.monotonic() - started < 5
    assert report.parse_status == "failed"
    assert "longer than 1 s" in report.status_message


def test_a_document_that_exhausts_memory_fails_alone(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "greedy.txt").write_text(REPORT, encoding="utf-8")

    def greedy_parse(*_args, **_kwargs):
        raise MemoryError

    monkeypatch.setattr(landing, "parse_document", greedy_parse)
    [report] = landing.land(list(landing.scan(raw).values()), tmp_path / "landing")
    assert report.parse_status == "failed"
    assert "more memory than the limit" in report.status_message


def test_links_out_of_raw_are_refused_and_odd_names_are_safe(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    outside = tmp_path / "secret.txt"
    outside.write_text(REPORT, encoding="utf-8")
    (raw / "link.txt").symlink_to(outside)
    (raw / "report..v2 报告 (1).txt").write_text(REPORT, encoding="utf-8")
    (raw / "sub dir").mkdir()
    (raw / "sub dir" / "预算.txt").write_text(REPORT + "\n", encoding="utf-8")
    (raw / "sub dir" / "预算.pdf").write_bytes(b"%PDF-1.4 broken")  # a rendition: the PDF is read
    found = {doc.relative: doc.skip_reason for doc in landing.scan(raw).values()}
    assert found == {
        "report..v2 报告 (1).txt": None,
        "sub dir/预算.pdf": None,
        "sub dir/预算.txt": "another rendition of 预算.pdf, which is read instead",
        "link.txt": "a symbolic link pointing outside raw/: refused, not read",
    }
    reports = {r.source_file: r for r in landing.land(list(landing.scan(raw).values()), tmp_path / "landing")}
    assert reports["link.txt"].parse_status == "skipped"
    assert reports["link.txt"].diagnostics == {"warn:refused_link": 1}
    assert reports["sub dir/预算.txt"].parse_status == "skipped"
    assert reports["sub dir/预算.pdf"].parse_status == "failed"  # read, and reported as broken


def test_a_document_that_crashes_its_reader_fails_alone(tmp_path, monkeypatch):
    """A crash inside a native library kills the worker process; only that document fails."""
    import os

    raw = tmp_path / "raw"
    raw.mkdir()
    for i in range(4):
        (raw / f"r{i}.txt").write_text(REPORT + f"\n{i}\n", encoding="utf-8")
    (raw / "crash.txt").write_text(REPORT + "\ncrash\n", encoding="utf-8")
    real_parse = landing.parse_document

    def parse_or_die(data, source_file, document_id=None):
        if source_file == "crash.txt":
            os._exit(139)  # what a segmentation fault in a worker looks like to the pool
        return real_parse(data, source_file, document_id)

    monkeypatch.setattr(landing, "parse_document", parse_or_die)
    reports = {
        r.source_file: r
        for r in landing.land(list(landing.scan(raw).values()), tmp_path / "landing", workers=2)
    }
    assert reports["crash.txt"].parse_status == "failed"
    assert "crashed its reader process" in reports["crash.txt"].status_message
    assert all(reports[f"r{i}.txt"].parse_status == "parsed" for i in range(4))


def test_document_ids_are_safe_partition_keys_for_any_path():
    for path in ("../../etc/passwd.txt", "a/../b 报告.pdf", "预算 报告 (1).txt", "x" * 300 + ".pdf"):
        key = document_id_for(path)
        assert key.isascii() and "/" not in key and not key.startswith(".")
        assert len(key) <= 80
    assert document_id_for("预算 报告.txt") != document_id_for("决算 报告.txt")
