"""landing.land_documents on temporary raw/ folders (rules of a1c3bc2): duplicates whose original leaves,
files of formats not read, and files neither read nor named. Prints each case's documents table.
Run from /work/main: .venv/bin/python tests/golden/hand_written/rules_s23b/landing_cases.py"""

import sys
import tempfile
from pathlib import Path

import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))
from dagster_project import landing  # noqa: E402


def report(total):
    return f"南阳市水利局2024年度部门决算\n收入支出决算总表\n单位：万元\n项目 决算数\n合计 {total}\n"


def rows(folder):
    if not (folder / "documents").exists():
        return {}
    table = pq.read_table(folder / "documents", columns=["source_file", "parse_status", "status_message"])
    return {
        r["source_file"]: (r["parse_status"], (r["status_message"] or "")[:70]) for r in table.to_pylist()
    }


def amounts(folder):
    names = {landing.document_id_for(name): name for name in rows(folder)}
    table = pq.read_table(folder / "amounts", columns=["document_id", "amount_yuan"])
    return sorted(
        (names.get(r["document_id"], r["document_id"]), str(r["amount_yuan"])) for r in table.to_pylist()
    )


def case(title, steps):
    with tempfile.TemporaryDirectory(dir="/tmp/h9") as tmp:
        raw, folder = Path(tmp) / "raw", Path(tmp) / "landing"
        raw.mkdir()
        print(f"== {title}")
        for n, step in enumerate(steps, 1):
            step(raw)
            summary = landing.land_documents(raw, folder)
            counts = {k: summary[k] for k in ("new", "changed", "unchanged", "removed")}
            print(f"  run {n}: {counts}")
            for name, (status, message) in sorted(rows(folder).items()):
                print(f"    {name}: {status} {message}")
            print(f"    amounts: {amounts(folder) if (folder / 'amounts').exists() else []}")
        print(f"  raw/ at the end: {sorted(p.name for p in raw.iterdir())}")


def write(name, text):
    return lambda raw: (raw / name).write_text(text, encoding="utf-8")


def steps(*fns):
    def run(raw):
        for fn in fns:
            fn(raw)

    return run


# L1: a report exported as CSV (lines_from_text reads CSV rows) and a README: neither read nor named
case(
    "L1 a report as .csv, a .md and a .mht beside a .txt",
    [
        steps(
            write("a.txt", report("3.00")),
            write("南阳市水利局2024年部门决算.csv", "项目,决算数\n合计,4.00\n本年收入合计,4.00\n"),
            write("南阳市水利局2024年部门预算.mht", "MIME-Version: 1.0\n\n南阳市水利局2024年部门预算\n"),
            write("README.md", "what goes here"),
        )
    ],
)
# L2: a report saved as a web page whose text is the report: failed, said as a format not read
case(
    "L2 an .html whose content is a report's text",
    [write("b.html", "<html><body><pre>" + report("5.00") + "</pre></body></html>")],
)
# L3: the duplicate (not the original) leaves: the original is read again though nothing of it changed
case(
    "L3 a.txt and its duplicate b.txt; b.txt removed",
    [
        steps(write("a.txt", report("3.00")), write("b.txt", report("3.00"))),
        lambda raw: (raw / "b.txt").unlink(),
    ],
)
# L4: the original renamed and its duplicate kept, in one run
case(
    "L4 a.txt and duplicate b.txt; a.txt renamed c.txt",
    [
        steps(write("a.txt", report("3.00")), write("b.txt", report("3.00"))),
        lambda raw: (raw / "a.txt").rename(raw / "c.txt"),
    ],
)
# L5: a report's two renditions (x.pdf not readable here: a text named .pdf) and an uppercase .DOCX
case(
    "L5 upper-case suffixes: .DOCX, .TXT",
    [steps(write("d.DOCX", "PK\x03\x04 word"), write("e.TXT", report("6.00")))],
)
