"""The synthetic corpus (bench/corpus.py): deterministic, and read back exactly by the parser.

Every amount the generator prints is in its ground truth; the parser must return exactly those cells
(no miss, no extra) with no diagnostic, since generated documents are consistent and decidable by design.
The warehouse built from 60 of them holds exactly the planted findings; the accuracy at scale (facts,
findings) is measured by `make accuracy`; see the README."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from dagster_project.parser import document_id_for, parse_document

ROOT = Path(__file__).resolve().parents[1]


def _generate(out: Path, n: int, seed: int) -> dict:
    subprocess.run(
        [sys.executable, "bench/corpus.py", "--n", str(n), "--seed", str(seed), "--out", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))


def _generator_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("corpus_generator", ROOT / "bench/corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("corpus")
    return out, _generate(out, 60, 11)


def test_the_generator_is_deterministic(corpus, tmp_path):
    out, manifest = corpus
    again = _generate(tmp_path / "again", 60, 11)
    assert again["files"] == manifest["files"]
    for relative in manifest["files"][:10]:
        assert (tmp_path / "again/raw" / relative).read_bytes() == (out / "raw" / relative).read_bytes()


def test_the_corpus_has_what_the_scale_tests_need(corpus):
    out, manifest = corpus
    truths = [
        json.loads((out / "truth" / f).with_suffix(".json").read_text("utf-8")) for f in manifest["files"]
    ]
    kinds = Counter((t["unit_name"], t["fiscal_year"], t["doc_kind"]) for t in truths)
    pairs = {(u, y) for u, y, _k in kinds}
    assert all(kinds[(u, y, "budget")] == 1 and kinds[(u, y, "final_account")] == 1 for u, y in pairs)
    assert {t["amount_unit"] for t in truths} == {"万元", "元"}
    assert sum(len(t["misstatements"]) for t in truths) > 0
    texts = [(out / "raw" / f).read_text("utf-8") for f in manifest["files"]]
    assert any("本表无数据" in t or "故此表为空" in t for t in texts)  # empty tables
    assert any(" 行次" in t or "\n行次\n" in t for t in texts)  # two-sided with row numbers
    assert any("机关运行经费支出预算表" in t for t in texts)
    assert any("政府采购支出预算表" in t for t in texts)
    assert any("政府预算支出经济分类科目" in t for t in texts)  # two economic codes per row
    assert any("部门预算明细表" in t for t in texts)
    assert any("\n一、“三公”经费支出 " in t for t in texts)  # 三公 items as rows (national template)
    assert any("\n三、公务用车保有量（辆） " in t for t in texts)  # counts, not money
    # print quirks: spaced words, the organisation on the unit line, a number split by a stray space
    assert any("\n合 计 " in t and "单 位：" in t for t in texts)
    assert any(re.search(r"\n单位：\S+ 单 ?位：(万元|元)\n", t) for t in texts)
    assert any(re.search(r" \d[\d,]*\.\d \d( |\n)", t) for t in texts)
    assert any(re.search(r"京财行指|\d{4}年项目尾款", t) for t in texts)
    assert any(re.search(r" \d[\d,]*\.\d{4}\n", t) for t in texts)  # 万元 to four decimals (942.9912)
    assert any(re.search(r"\n合 ?计 \d{1,3}(,\d{3})+ \d", t) for t in texts)  # whole 元 (1,075,000)
    # header cells broken mid-word over two lines ("上级补助收" / "入")
    headers = ["上级补助收入", "附属单位上缴收入", "公务用车购置及运行费", "功能分类科目编码", "财政拨款收入"]
    assert any(
        f"\n{h[:cut]}\n{h[cut:]}\n" in t for t in texts for h in headers for cut in range(2, len(h) - 1)
    )
    # 绩效目标 tables: text, their figures not amounts
    assert any("绩效目标" in t and "\n项目资金（万元） 年度资金总额 " in t for t in texts)
    # a cell per line: a 项 code, its name, then its figures each on a line of its own
    assert any(re.search(r"\n2\d{6}\n[^\d\n]+\n[\d,]+\.\d+\n[\d,]+\.\d+\n", t) for t in texts)


def _folded(label: str) -> str:
    """A row label as compared: without spaces ("合 计" is 合计) and full-width parentheses folded."""
    return re.sub(r"\s+", "", label).replace("（", "(").replace("）", ")")


def test_the_parser_reads_every_generated_cell_exactly(corpus):
    planted, notes = _assert_read_back_exactly(*corpus)
    assert planted and notes


def test_whole_yuan_without_separators_over_pages_is_read_exactly(tmp_path):
    """Figures in whole 元 without thousands separators: a 7-digit figure opening the line of figures under
    a wrapped name ("2057937 2057937") looks like a 项 code, and a cell per line prints "0" and "150" alone
    on a line, like a page number. Pages end inside tables with their numbers (pdftotext's form feeds)."""
    generator = _generator_module()
    drawn = []

    def restyle(style, kind):
        style.unit, style.separators, style.decimals = "元", False, 0
        style.wrap_rate = 0.6
        style.cell_per_line = len(drawn) % 2 == 1
        style.pages = generator.Pages(
            length=25, number_format="{}" if len(drawn) % 3 else "- {} -", repeat_header=len(drawn) % 4 < 2
        )
        drawn.append(kind)

    generator.generate(12, 5, tmp_path, restyle=restyle)
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    texts = [(tmp_path / "raw" / f).read_text("utf-8") for f in manifest["files"]]
    # what makes them hard is there: figure lines led by a code-like integer, lone zeros, page numbers
    # between the rows of a table
    assert any(re.search(r"\n[12]\d{6} [12]\d{6}\n2\d{2} ", t) for t in texts)
    assert any("\n0\n0\n" in t for t in texts)
    assert any(re.search(r"\n\d+\n(- )?\d{1,2}( -)?\n\f2\d{2,6}\n", t) for t in texts)
    _assert_read_back_exactly(tmp_path, manifest)


def _assert_read_back_exactly(out: Path, manifest: dict) -> tuple[int, int]:
    """Every generated cell and line item read exactly, no diagnostic but the planted year-on-year errors
    and the expected notes; returns how many of those two there were."""
    expected: Counter = Counter()
    found: Counter = Counter()
    expected_lines: Counter = Counter()
    found_lines: Counter = Counter()
    diagnostics = []
    planted = []
    found_planted = []
    notes, found_notes = [], []
    wrong_names = []
    generator = _generator_module()
    for relative in manifest["files"]:
        truth = json.loads((out / "truth" / relative).with_suffix(".json").read_text("utf-8"))
        doc_id = document_id_for(relative)
        # The parser checks the narrative's own arithmetic: a planted wrong year-on-year rate is its finding.
        planted += [
            (doc_id, m["line"]) for m in truth["misstatements"] if m["check_name"] == "stated_change_mismatch"
        ]
        notes += [(doc_id, n["check_name"], n["line"]) for n in truth.get("notes", [])]
        for c in truth["cells"]:
            code = c["subject_code"]
            label = code or _folded(c["row_label"])
            expected[(doc_id, c["table_key"], label, c["column_key"], Decimal(c["amount_yuan"]))] += 1
        result = parse_document((out / "raw" / relative).read_bytes(), relative, doc_id)
        # Names as printed, re-joined where wrapped: no header printed again on a new page glued to them.
        wrong_names += [
            (doc_id, a.subject_code, a.subject_name)
            for a in result.amounts
            if a.classification == "functional"
            and a.subject_name != _folded(generator.functional_name(a.subject_code, truth["fiscal_year"]))
        ]
        assert result.document.unit_name == truth["unit_name"]
        assert result.document.fiscal_year == truth["fiscal_year"]
        assert result.document.doc_kind == truth["doc_kind"]
        assert result.document.total_expenditure_yuan == Decimal(truth["total_expenditure_yuan"])
        for a in result.amounts:
            label = a.subject_code or _folded(a.row_label)
            found[(doc_id, a.table_key, label, a.column_key, a.amount_yuan)] += 1
        # 部门预算明细表 lines: codes, project (names compared full-width folded, as recorded), type, yuan.
        for li in truth.get("line_items", []):
            project = li["project_name"] and li["project_name"].replace("（", "(").replace("）", ")")
            expected_lines[
                (
                    doc_id,
                    li["functional_code"],
                    li["economic_government_code"],
                    li["economic_department_code"],
                    project,
                    li["expenditure_type"],
                    Decimal(li["amount_yuan"]),
                )
            ] += 1
        for i in result.line_items:
            found_lines[
                (
                    doc_id,
                    i.functional_code,
                    i.economic_government_code,
                    i.economic_department_code,
                    i.project_name,
                    i.expenditure_type,
                    i.amount_yuan,
                )
            ] += 1
        for d in result.diagnostics:
            if d.check_name == "stated_change_mismatch":
                found_planted.append((doc_id, d.source_line))
            elif d.severity != "info":
                diagnostics.append(d)
            else:
                found_notes.append((doc_id, d.check_name, d.source_line))
    assert wrong_names == []
    assert expected - found == Counter(), "cells missed"
    assert found - expected == Counter(), "cells the documents do not print"
    assert expected_lines and found_lines == expected_lines
    assert diagnostics == []
    assert sorted(found_planted) == sorted(planted)
    # a part of a 三公 item (国内接待费) is said, not loaded
    assert set(notes) <= set(found_notes)
    return len(planted), len(notes)


def test_the_warehouse_finds_every_planted_misstatement_and_nothing_else(corpus, tmp_path):
    """Built through Dagster and dbt: marts.dq_findings (warn/error) holds exactly the planted
    misstatements (document, check, line) of the ground truth, of every kind the generator plants, and
    marts.budget_execution holds every project of the self-evaluation tables."""
    import dagster as dg
    import duckdb

    from dagster_project.pipeline import build

    out, manifest = corpus
    truths = [
        json.loads((out / "truth" / relative).with_suffix(".json").read_text("utf-8"))
        for relative in manifest["files"]
    ]
    planted = Counter(
        (document_id_for(t["file"]), m["check_name"], m["line"]) for t in truths for m in t["misstatements"]
    )
    projects = Counter(
        (document_id_for(t["file"]), c["subject_name"], Decimal(c["budget_yuan"]), Decimal(c["actual_yuan"]))
        for t in truths
        for c in t["claims"]
        if c["claim_kind"] == "project_execution"
    )
    patch = pytest.MonkeyPatch()
    patch.setenv("BUDGET_RAW_DIR", str(out / "raw"))
    patch.setenv("BUDGET_LANDING_DIR", str(tmp_path / "landing"))
    patch.setenv("BUDGET_WAREHOUSE_PATH", str(tmp_path / "warehouse.duckdb"))
    try:
        assert build(dg.DagsterInstance.ephemeral()).success
    finally:
        patch.undo()
    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        found = Counter(
            con.execute(
                "select document_id, check_name, source_line from marts.dq_findings "
                "where severity in ('warn', 'error')"
            ).fetchall()
        )
        government_names = dict(
            con.execute(
                "select subject_code, subject_name from marts.dim_subject_code "
                "where classification = 'economic_government'"
            ).fetchall()
        )
        loaded = Counter(
            con.execute(
                "select actual_document_id, item_name, budget_yuan, actual_yuan from marts.budget_execution "
                "where item_kind = 'project'"
            ).fetchall()
        )
    assert {check for _doc, check, _line in planted} >= {
        "stated_total_vs_table",
        "stated_rate_mismatch",
        "stated_change_mismatch",
        "stated_figure_vs_table",
        "prior_year_figure_mismatch",
        "line_items_vs_table",
    }
    assert found == planted
    assert projects and loaded == projects
    # Governmental economic codes printed beside the departmental ones, named as the generator prints them.
    generator = _generator_module()
    printed = {
        code: name.replace("（", "(").replace("）", ")")
        for code, name in generator.GOVERNMENT_ECONOMIC.values()
    }
    assert government_names and all(printed[code] == name for code, name in government_names.items())


_CODE_WORD = re.compile(r"^(?:\d{3}|\d{5}|\d{7}|\d{2})$")
_FIGURE_WORD = re.compile(r"^-?[\d,]+\.\d+$")
_TABLE_TITLE = re.compile(r"^表[一二三四五六七八九十\d]+\s")


def _by_columns(words: list[str]) -> list[str]:
    """Every code, then every name, then every figure, each on a line of its own (the rows are lost)."""
    codes = [w for w in words if _CODE_WORD.match(w)]
    figures = [w for w in words if _FIGURE_WORD.match(w)]
    return codes + [w for w in words if w not in codes and w not in figures] + figures


def _codes_split(words: list[str]) -> list[str]:
    """Every word on a line of its own, a 款 or 项 code split into its parts ("201" / "06" / "01")."""
    out = []
    for w in words:
        out += (
            [w[:3], *(w[i : i + 2] for i in range(3, len(w), 2))] if re.fullmatch(r"\d{5}|\d{7}", w) else [w]
        )
    return out


def _scrambled(text: str, title: str, render) -> tuple[str, bool]:
    """The document with one table's body re-printed by ``render`` (words in, lines out), as some PDFs'
    plain pdftotext prints it."""
    lines = text.split("\n")
    # the table's own title: the last line naming it (the first is the table of contents)
    titles = [i for i, ln in enumerate(lines) if _TABLE_TITLE.match(ln.lstrip("\f")) and ln.endswith(title)]
    if not titles:
        return text, False
    start = titles[-1]
    first = next(i for i in range(start, len(lines)) if lines[i].startswith("合计"))
    # the body ends at the next title, a blank line or a page's end (its number stays where it is printed)
    ends = (
        i
        for i in range(first, len(lines))
        if not lines[i] or "\f" in lines[i] or _TABLE_TITLE.match(lines[i])
    )
    end = next(ends, len(lines))
    if end < len(lines) and "\f" in lines[end] and re.fullmatch(r"(- )?\d{1,3}( -)?", lines[end - 1]):
        end -= 1
    words = [w for ln in lines[first:end] for w in ln.split()]
    return "\n".join(lines[:first] + render(words) + lines[end:]), True


@pytest.mark.parametrize("render", [_by_columns, _codes_split])
def test_a_table_whose_rows_the_text_loses_never_yields_a_wrong_figure(corpus, render):
    """Whatever the parser makes of a scrambled table, every figure it loads from it is a figure the report
    prints in that cell, and the table is reported."""
    out, manifest = corpus
    scrambled_tables = 0
    for relative in manifest["files"][:30]:
        truth = json.loads((out / "truth" / relative).with_suffix(".json").read_text("utf-8"))
        title = (
            "一般公共预算支出预算表" if truth["doc_kind"] == "budget" else "一般公共预算财政拨款支出决算表"
        )
        text, done = _scrambled((out / "raw" / relative).read_text("utf-8"), title, render)
        if not done:
            continue
        scrambled_tables += 1
        result = parse_document(text.encode("utf-8"), relative)
        assert [d.message for d in result.diagnostics if d.check_name == "parser_exception"] == []
        printed = {
            (c["subject_code"] or _folded(c["row_label"]), c["column_key"], Decimal(c["amount_yuan"]))
            for c in truth["cells"]
            if c["table_key"] == "general_budget_by_function"
        }
        loaded = {
            (a.subject_code or _folded(a.row_label), a.column_key, a.amount_yuan)
            for a in result.amounts
            if a.table_key == "general_budget_by_function"
        }
        assert loaded <= printed, relative
        assert loaded == printed or any(
            d.table_key == "general_budget_by_function" for d in result.diagnostics
        ), relative
    assert scrambled_tables >= 20


def test_the_stages_benchmark_times_every_stage_of_a_real_build(corpus, tmp_path):
    """bench/stages.py (`make stages`): a fresh build of the corpus through Dagster and dbt, each stage's
    row in its table with the calls it counted (one landing run, one warehouse run, every document's rows
    read back from the workers, every dbt node but the unit tests), and stages within stages taking no
    more than the stage around them. Its seconds are not asserted: it is a benchmark."""
    out, manifest = corpus
    result = subprocess.run(
        [sys.executable, "bench/stages.py", str(out / "raw"), "--out", str(tmp_path / "stages")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    documents = len(manifest["files"])
    assert result.stdout.splitlines()[0].startswith(f"{documents} documents, {documents} parsed: ")
    rows = {}
    for line in result.stdout.splitlines()[2:]:
        stage, seconds, calls = re.fullmatch(r"(.+?)\s+(\d+\.\d\d)\s+(\d+)", line).groups()
        rows[stage] = (float(seconds), int(calls))
    nodes = json.loads((ROOT / "dbt/target/manifest.json").read_text(encoding="utf-8"))["nodes"]
    built = sum(node["resource_type"] in ("model", "test") for node in nodes.values())
    assert rows["run: land_documents"][1] == rows["run: build_warehouse"][1] == 1
    assert rows["landing run: land() (parse, stage, commit)"][1] == 1
    assert rows["landing run: land(): the workers' rows read back"][1] == documents
    assert rows[f"warehouse run: dbt's {built} nodes (dbt's own timing)"][1] == 1
    assert rows["start: open the Dagster instance"][1] == rows["start: load the definitions"][1] == 1
    assert rows["landing run: land() (parse, stage, commit)"][0] <= rows["run: land_documents"][0]
    assert (
        rows["landing run: land(): commit (buckets rewritten)"][0]
        <= rows["landing run: land() (parse, stage, commit)"][0]
    )
    assert (tmp_path / "stages" / "warehouse.duckdb").exists()
