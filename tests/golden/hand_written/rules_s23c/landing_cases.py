"""landing.land_documents on temporary raw/ folders (9c2a85f: a CSV table or a web archive in raw/ is a
document that failed, said). Expected (typed by hand) per file: 'parsed', 'failed' (said, a format not
read), 'skipped' (listed, another rendition) or 'absent' (passed over without a word).
Run from /work/main: .venv/bin/python tests/golden/hand_written/rules_s23c/landing_cases.py"""

import sys
import tempfile
from pathlib import Path

import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))
from dagster_project import landing  # noqa: E402

REPORT = "南阳市水利局2024年度部门决算\n收入支出决算总表\n单位：万元\n项目 决算数\n合计 3.00\n"
CSV = "项目,决算数\n合计,3.00\n本年收入合计,3.00\n"
MHT = "MIME-Version: 1.0\nContent-Type: text/html\n\n<html>南阳市水利局2024年部门预算</html>\n"
# (case, file name, content, expected, why)
CASES = [
    ("L1", "南阳市水利局2024年部门决算.txt", REPORT, "parsed", "control: a text report"),
    ("L1", "南阳市财政局2024年部门决算.csv", CSV, "failed", "control: a report as CSV"),
    (
        "L2",
        "南阳市教育局2024年部门决算.tsv",
        CSV.replace(",", "\t"),
        "failed",
        "a report as TSV (tab-separated)",
    ),
    ("L3", "南阳市民政局2024年部门预算.MHTML", MHT, "failed", "upper-case .MHTML"),
    ("L4", "南阳市文旅局2024年部门预算.webarchive", MHT, "failed", "a Safari web archive"),
    ("L5", "南阳市水利局2024年部门决算.csv", CSV, "skipped", "a CSV beside the same report's .txt"),
    ("L6", "南阳市应急局2024年部门决算.csv.gz", CSV, "failed", "a compressed CSV"),
]


def rows(folder):
    if not (folder / "documents").exists():
        return {}
    table = pq.read_table(folder / "documents", columns=["source_file", "parse_status", "status_message"])
    return {r["source_file"]: (r["parse_status"], r["status_message"] or "") for r in table.to_pylist()}


with tempfile.TemporaryDirectory(dir="/tmp/h10") as tmp:
    raw, folder = Path(tmp) / "raw", Path(tmp) / "landing"
    raw.mkdir()
    for _case, name, text, _want, _why in CASES:
        (raw / name).write_text(text, encoding="utf-8")
    summary = landing.land_documents(raw, folder)
    print("run:", {k: summary[k] for k in ("new", "changed", "unchanged", "removed")})
    got = rows(folder)
    for case, name, _text, want, why in CASES:
        status, message = got.get(name, ("absent", ""))
        status = "skipped" if status not in ("parsed", "failed", "absent") else status
        verdict = "OK" if status == want else "WRONG"
        print(f"{verdict:6} {case} {name} ({why}): expected {want}, got {status} {message[:60]}")
