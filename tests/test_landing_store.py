"""The landing's bucket files: a document landed again replaces its rows (never duplicates them), a removed
document's rows leave, and only the buckets holding the documents touched are rewritten."""

import pyarrow.parquet as pq

from dagster_project import landing
from dagster_project.parser import document_id_for


def _report(total: str) -> str:
    return f"收入支出决算总表\n单位：万元\n项目 决算数\n合计 {total}\n"


def _amounts(folder) -> dict[str, list]:
    table = pq.read_table(folder / "amounts", columns=["document_id", "amount_yuan"])
    out: dict[str, list] = {}
    for row in table.to_pylist():
        out.setdefault(row["document_id"], []).append(str(row["amount_yuan"]))
    return out


def test_landing_again_replaces_and_removing_drops_rows(tmp_path):
    raw, folder = tmp_path / "raw", tmp_path / "landing"
    raw.mkdir()
    for i in range(40):
        (raw / f"r{i:02d}.txt").write_text(_report(f"{i + 1}.00"), encoding="utf-8")
    summary = landing.land_documents(raw, folder, workers=2)
    assert summary["new"] == 40
    amounts = _amounts(folder)
    assert amounts[document_id_for("r07.txt")] == ["80000.00"]  # 8.00 万元
    assert len(amounts) == 40
    files = sorted((folder / "amounts").glob("bucket-*.parquet"))
    assert 1 < len(files) <= landing.BUCKETS  # a few files, not one per document
    before = {p.name: p.stat().st_mtime_ns for p in files}

    (raw / "r07.txt").write_text(_report("9.50"), encoding="utf-8")
    (raw / "r11.txt").unlink()
    summary = landing.land_documents(raw, folder)
    assert (summary["changed"], summary["removed"], summary["unchanged"]) == (1, 1, 38)
    amounts = _amounts(folder)
    assert amounts[document_id_for("r07.txt")] == ["95000.00"]  # replaced, not added
    assert document_id_for("r11.txt") not in amounts
    assert len(amounts) == 39
    touched = {f"bucket-{landing.bucket_of(document_id_for(n)):02d}.parquet" for n in ("r07.txt", "r11.txt")}
    after = {p.name: p.stat().st_mtime_ns for p in (folder / "amounts").glob("bucket-*.parquet")}
    assert {name for name in after if after[name] != before.get(name)} == touched
    assert set(landing.landed_state(folder)) == {
        document_id_for(f"r{i:02d}.txt") for i in range(40) if i != 11
    }


def test_rows_left_by_an_interrupted_landing_are_replaced(tmp_path):
    """Rows written without their state (a run killed between the two) are replaced when the document is
    landed again: the next run sees it as new and its rows appear once."""
    raw, folder = tmp_path / "raw", tmp_path / "landing"
    raw.mkdir()
    (raw / "a.txt").write_text(_report("3.00"), encoding="utf-8")
    landing.land_documents(raw, folder)
    (folder / "_state" / f"{document_id_for('a.txt')}.json").unlink()  # as if killed before the state
    summary = landing.land_documents(raw, folder)
    assert summary["new"] == 1
    assert _amounts(folder) == {document_id_for("a.txt"): ["30000.00"]}


def test_staged_rows_of_a_dead_run_are_cleared_and_never_read(tmp_path):
    raw, folder = tmp_path / "raw", tmp_path / "landing"
    raw.mkdir()
    (raw / "a.txt").write_text(_report("3.00"), encoding="utf-8")
    stale = folder / "_pending" / "999999999-1" / "amounts"  # no such process
    stale.mkdir(parents=True)
    pq.write_table(_one_amount_table(), stale / "bucket-00.00000.parquet")
    landing.land_documents(raw, folder)
    assert not (folder / "_pending" / "999999999-1").exists()
    assert _amounts(folder) == {document_id_for("a.txt"): ["30000.00"]}


def _one_amount_table():
    from decimal import Decimal

    from dagster_project.parser.records import Amount, arrow_table

    row = Amount(
        "zz",
        "t",
        None,
        None,
        None,
        None,
        "合计",
        True,
        "total",
        "合计",
        "actual",
        Decimal("1"),
        "1",
        "元",
        1,
        None,
    )
    return arrow_table(Amount, [row])


def test_a_renamed_file_is_parsed_under_its_new_name(tmp_path):
    """a.txt renamed b.txt: a's rows leave and b is parsed, not recorded as a duplicate of a removed file."""
    raw, folder = tmp_path / "raw", tmp_path / "landing"
    raw.mkdir()
    (raw / "a.txt").write_text(_report("3.00"), encoding="utf-8")
    landing.land_documents(raw, folder)
    (raw / "a.txt").rename(raw / "b.txt")
    summary = landing.land_documents(raw, folder)
    assert (summary["new"], summary["removed"]) == (1, 1)
    [report] = summary["reports"]
    assert report.parse_status == "parsed"
    assert _amounts(folder) == {document_id_for("b.txt"): ["30000.00"]}


def test_a_duplicate_is_read_once_the_file_it_duplicated_leaves(tmp_path):
    """a.txt and b.txt hold one report: a is read, b recorded as its duplicate (no rows). a removed, or
    changed, b is read (it stayed 'unchanged', a duplicate of a file gone, and the report left the
    warehouse; found by a review)."""
    raw, folder = tmp_path / "raw", tmp_path / "landing"
    raw.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (raw / name).write_text(_report("3.00"), encoding="utf-8")
    landing.land_documents(raw, folder)
    assert _amounts(folder) == {document_id_for("a.txt"): ["30000.00"]}
    (raw / "a.txt").unlink()
    summary = landing.land_documents(raw, folder)
    assert (summary["removed"], summary["changed"]) == (1, 2)
    assert _amounts(folder) == {document_id_for("b.txt"): ["30000.00"]}  # c: b's duplicate now
    (raw / "b.txt").write_text(_report("4.00"), encoding="utf-8")
    landing.land_documents(raw, folder)
    after = {document_id_for("b.txt"): ["40000.00"], document_id_for("c.txt"): ["30000.00"]}
    assert _amounts(folder) == after


def test_a_report_in_a_format_not_read_is_named_not_passed_over(tmp_path):
    """A Word or Excel file in raw/ was left out without a word (found by a review): now each is a
    document that failed, saying what it is and what to do; a README beside the reports is no report."""
    raw, folder = tmp_path / "raw", tmp_path / "landing"
    raw.mkdir()
    (raw / "a.txt").write_text(_report("3.00"), encoding="utf-8")
    (raw / "某局2024年部门预算.docx").write_bytes(b"PK\x03\x04 a word file")
    (raw / "附表.xlsx").write_bytes(b"PK\x03\x04 a workbook")
    (raw / "支出表.csv").write_text("科目编码,科目名称,合计\n201,一般公共服务支出,100.00\n", encoding="utf-8")
    (raw / "README.md").write_text("what goes here", encoding="utf-8")
    landing.land_documents(raw, folder)
    documents = pq.read_table(folder / "documents", columns=["source_file", "parse_status", "status_message"])
    rows = {r["source_file"]: (r["parse_status"], r["status_message"]) for r in documents.to_pylist()}
    assert rows == {
        "a.txt": ("parsed", rows["a.txt"][1]),
        "某局2024年部门预算.docx": (
            "failed",
            "a Word document (.docx): only PDF and text reports are read; export it as PDF",
        ),
        "附表.xlsx": (
            "failed",
            "an Excel workbook (.xlsx): only PDF and text reports are read; export it as PDF",
        ),
        "支出表.csv": ("failed", "a CSV table (.csv): only PDF and text reports are read; export it as PDF"),
    }
    diagnostics = pq.read_table(folder / "diagnostics", columns=["source_file", "severity", "check_name"])
    assert {(r["source_file"], r["severity"], r["check_name"]) for r in diagnostics.to_pylist()} >= {
        ("某局2024年部门预算.docx", "error", "document_unreadable"),
        ("附表.xlsx", "error", "document_unreadable"),
    }


def test_a_plan_over_some_documents_reads_only_their_files(tmp_path, monkeypatch):
    """A landing run over a few partitions (the sensor's, one new file into a large raw/) plans from those
    files alone: the others are neither hashed nor in its plan, even when they changed too."""
    raw, folder = tmp_path / "raw", tmp_path / "landing"
    raw.mkdir()
    for i, name in enumerate(("a.txt", "b.txt", "c.txt"), 1):
        (raw / name).write_text(_report(f"{i}.00"), encoding="utf-8")
    landing.land_documents(raw, folder)
    (raw / "b.txt").write_text(_report("5.00"), encoding="utf-8")
    (raw / "c.txt").write_text(_report("6.00"), encoding="utf-8")
    (raw / "d.txt").write_text(_report("7.00"), encoding="utf-8")
    hashed = []
    sha256 = landing._sha256
    monkeypatch.setattr(landing, "_sha256", lambda path: hashed.append(path.name) or sha256(path))
    todo = landing.plan(raw, folder, only={document_id_for("b.txt"), document_id_for("d.txt")})
    assert sorted(hashed) == ["b.txt", "d.txt"]
    assert [doc.relative for doc in todo.changed] == ["b.txt"]
    assert [doc.relative for doc in todo.new] == ["d.txt"]
    assert todo.unchanged == [] and todo.removed == []
    # Without `only`, every file: c's change is seen too.
    hashed.clear()
    todo = landing.plan(raw, folder)
    assert sorted(hashed) == ["a.txt", "b.txt", "c.txt", "d.txt"]
    assert sorted(doc.relative for doc in todo.changed) == ["b.txt", "c.txt"]
