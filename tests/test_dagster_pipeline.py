"""The whole pipeline through Dagster's own APIs: the definitions load as a whole, real runs parse real
reports into Parquet and build the warehouse with dbt (tests included) into a temporary DuckDB file, the
sensor reacts to new, changed and removed files, and building twice changes nothing."""

import json
import os
import shutil
from decimal import Decimal

import dagster as dg
import duckdb
import pyarrow.parquet as pq

from dagster_project.definitions import defs
from dagster_project.defs.automation import raw_documents_sensor
from dagster_project.defs.landing_assets import documents_partitions, landed_reports
from dagster_project.landing import landed_state
from dagster_project.parser import document_id_for
from dagster_project.pipeline import build

from .conftest import CORPUS_DIR, GOLDEN_DIR, PROJECT_ROOT
from .conftest import query as _query

MARTS = ("dim_unit", "dim_year", "dim_subject_code", "fact_expenditure", "budget_execution", "dq_findings")


def test_definitions_load_as_a_whole():
    definitions = defs()
    graph = definitions.resolve_asset_graph()
    keys = {key.to_user_string() for key in graph.get_all_asset_keys()}
    assert set(MARTS) <= keys
    assert {"landing/amounts", "landing/documents", "landing/claims"} <= keys
    # landing/documents' step writes the record datasets, which dbt's staging views read.
    amounts = graph.get(dg.AssetKey(["landing", "amounts"]))
    assert not amounts.is_executable and amounts.parent_keys == {dg.AssetKey(["landing", "documents"])}
    assert graph.get(dg.AssetKey("stg_landing__amounts")).parent_keys == {amounts.key}
    # Every dbt data test is an asset check, the singular ones that read several models included (a test
    # dagster-dbt cannot attach to one model is run but shown only as an observation).
    manifest = json.loads((PROJECT_ROOT / "dbt" / "target" / "manifest.json").read_text(encoding="utf-8"))
    tests = {node["name"] for node in manifest["nodes"].values() if node["resource_type"] == "test"}
    assert {key.name for key in graph.asset_check_keys} == tests
    checked = {key.name: key.asset_key for key in graph.asset_check_keys}
    assert checked["assert_dq_findings_include_parser_diagnostics"] == dg.AssetKey("dq_findings")
    schedule = definitions.resolve_schedule_def("nightly_warehouse_build")
    assert schedule.cron_schedule == "0 2 * * *"
    assert schedule.execution_timezone == "Asia/Shanghai"
    assert schedule.default_status == dg.DefaultScheduleStatus.STOPPED
    assert (
        definitions.resolve_sensor_def("raw_documents_sensor").default_status
        == dg.DefaultSensorStatus.STOPPED
    )


def test_the_dagster_side_runs_without_importing_dbt_core():
    """dbt runs in a process of its own (`budget-dbt`): loading the definitions, as every build, the UI's
    code server and each run worker do, imports no module of dbt-core (1.2 s and some 900 modules each
    time), and dagster-dbt runs as where dbt is installed elsewhere, as in this file's builds."""
    import subprocess
    import sys

    import dagster_dbt.compat

    code = (
        "import sys\n"
        "from dagster_project.definitions import defs\n"
        "defs().resolve_job_def('build_warehouse')\n"
        "print(sorted({name.split('.')[0] for name in sys.modules} & {'dbt', 'dbt_common', 'agate'}))\n"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert loaded.returncode == 0, loaded.stderr[-3000:]
    assert loaded.stdout.strip() == "[]"
    assert dagster_dbt.compat.DBT_PYTHON_VERSION is None


def _marts(env):
    return {m: sorted(map(repr, _query(env, f"select * from marts.{m}"))) for m in MARTS}


def test_run_fills_every_mart_with_values_from_the_documents(env):
    units = {r[0] for r in _query(env, "select unit_name from marts.dim_unit")}
    assert {"上海市普陀区财政局", "上海市普陀区司法局"} <= units
    # 支出决算表 of the 2024 final account, typed from the document: its 项 rows print (basic + project)
    # 1511.89, 10.00, 135.25, 449.52, 84.65, 160.75, 80.38, 0.94, 60.99, 187.19, 258.50 万元, which add up
    # to 2,940.06 万元, while its 合计 row prints 2,940.05: a rounding difference of one printed step.
    [(actual,)] = _query(
        env,
        """select sum(amount_yuan) from marts.fact_expenditure
                                 where phase = 'actual' and source_file = 'sh_putuo_czj_2024_final.pdf'""",
    )
    assert actual == Decimal("29400600.00")
    # 部门支出预算总表 合计 of the 2026 budget: 96,282,213.44 元.
    [(budget,)] = _query(
        env,
        """select sum(amount_yuan) from marts.fact_expenditure
           where phase = 'budget' and source_file = 'sh_putuo_sfj_2026_dept_budget.pdf'""",
    )
    assert budget == Decimal("96282213.44")
    # Narrative: 年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%.
    [row] = _query(
        env,
        """select budget_yuan, actual_yuan, stated_rate, rate_matches_stated from marts.budget_execution
           where item_kind = 'total' and actual_source_file = 'sh_putuo_czj_2024_final.pdf'""",
    )
    assert row == (Decimal("29939200.00"), Decimal("29400500.00"), Decimal("0.982"), True)
    assert (
        _query(env, "select count(*) from marts.dim_subject_code where subject_code = '2010601'")[0][0] >= 1
    )
    # The genuine report states 财政拨款收入支出总计0.3万元 where its table prints 总计 2,961.68 万元.
    findings = _query(
        env,
        """select check_name, expected from marts.dq_findings
                              where source_file = 'sh_putuo_czj_2024_final.pdf'""",
    )
    assert ("stated_total_vs_table", "29616800.00") in findings


def test_a_broken_file_is_a_finding_and_does_not_stop_the_batch(env):
    rows = _query(env, "select message from marts.dq_findings where source_file = 'broken.pdf'")
    assert any("not a PDF" in message for (message,) in rows)


def test_building_again_changes_nothing(env):
    before = _marts(env)
    published = env["root"] / "warehouse.duckdb"
    modified = published.stat().st_mtime_ns
    report = build(env["instance"])
    assert report.success and report.added == 0
    # Nothing the warehouse reads changed: it is not rebuilt (the published file is not even replaced).
    assert report.up_to_date
    assert published.stat().st_mtime_ns == modified
    assert _marts(env) == before
    # Forced, it is rebuilt, and holds the same.
    report = build(env["instance"], force=True)
    assert report.success and not report.up_to_date
    assert published.stat().st_mtime_ns != modified
    assert _marts(env) == before


def test_a_new_file_is_the_only_one_parsed_and_a_removed_one_leaves(env):
    landing = env["root"] / "landing"
    state_before = landed_state(landing)
    # A new report (the layout-text rendition of a PDF already there, so not a byte-for-byte duplicate).
    shutil.copy(CORPUS_DIR / "js_jcy_2019_dept_budget.layout.txt", env["raw"] / "js_2019.txt")
    report = build(env["instance"])
    assert report.success and report.added == 1
    state_after = landed_state(landing)
    assert {k: v for k, v in state_after.items() if k in state_before} == state_before
    assert set(state_after) - set(state_before) == {document_id_for("js_2019.txt")}
    assert (
        _query(env, "select count(*) from marts.fact_expenditure where source_file = 'js_2019.txt'")[0][0] > 0
    )
    (env["raw"] / "js_2019.txt").unlink()
    report = build(env["instance"])
    assert report.success and report.removed == 1
    assert (
        _query(env, "select count(*) from marts.fact_expenditure where source_file = 'js_2019.txt'")[0][0]
        == 0
    )


# A Beijing-style budget (titles 部门收支总体情况表 … 专项转移支付预算表, typed by hand) whose narrative total
# counts the transfers: 3,000.00 万元 in the tables plus 350.00 万元 of transfers.
TRANSFER_BUDGET = """北京市西城区某某局2021年部门预算
第一部分 2021年部门预算情况说明
2021年收入支出总计3350.00万元。
表一
部门收支总体情况表
单位：万元
收入 支出
项目 预算数 项目 预算数
一、一般公共预算拨款收入 3,000.00 一、一般公共服务支出 3,000.00
总计 3,000.00 总计 3,000.00
表三
部门支出总体情况表
单位：万元
科目编码 科目名称 合计 基本支出 项目支出
合计 3,000.00 1,000.00 2,000.00
201 一般公共服务支出 3,000.00 1,000.00 2,000.00
20101 人大事务 3,000.00 1,000.00 2,000.00
2010101 行政运行 1,000.00 1,000.00
2010102 一般行政管理事务 2,000.00 2,000.00
表十一
专项转移支付预算表
单位：万元
项目名称 金额
合计 350.00
老旧小区综合整治补助 200.00
社区服务设施补助 150.00
"""


# A 三公 table printing every column (typed by hand): 合计 7.00 is not 出国 1.00 + 公务用车 4.00 + 接待 1.00,
# while 公务用车 4.00 = 购置 3.00 + 运行 1.00 holds.
SANGONG_BUDGET = """某某市某某局2024年部门预算
“三公”经费支出预算表
单位：万元
合计 因公出国（境）费 公务用车购置及运行费 小计 购置费 运行费 公务接待费
7.00 1.00 4.00 3.00 1.00 1.00
"""

# The national final-account template: items as rows. 决算: 公务用车 8.20 is not 0.00 + 8.10 (line 8), and
# 10.30 is not 0.00 + 8.20 + 2.20 (line 6); 预算数 adds up.
SANGONG_ROWS_FINAL = """昆明市某某局2021年度部门决算
表9
“三公”经费、行政参公单位机关运行经费情况表
单位：万元
项目 预算数 决算数
一、“三公”经费支出 12.50 10.30
（一）因公出国（境）费 2.00 0.00
（二）公务用车购置及运行费 8.00 8.20
1.公务用车购置费 0.00 0.00
2.公务用车运行维护费 8.00 8.10
（三）公务接待费 2.50 2.20
二、机关运行经费 30.00 28.76
"""

# A 合计 row that is not the sum of its 类 (120.00 against 100.00 in every column but 项目支出).
TOTAL_ROW_BUDGET = """某某市统计局2024年部门预算
表二 支出预算总表
单位：万元
功能分类科目编码 科目名称 合计 基本支出 项目支出
合计 120.00 100.00 20.00
201 一般公共服务支出 100.00 80.00 20.00
20101 人大事务 100.00 80.00 20.00
2010101 行政运行 100.00 80.00 20.00
"""

# Figures printed as integer 元: 667 + 334 = 1,001 against 1,000 is rounding (1 元 a figure), not an error.
INTEGER_YUAN_BUDGET = """某某市民政局2024年部门预算
表二 支出预算总表
单位：元
功能分类科目编码 科目名称 合计 基本支出 项目支出
合计 1,000 667 334
208 社会保障和就业支出 1,000 667 334
20802 民政管理事务 1,000 667 334
2080201 行政运行 1,000 667 334
"""

# Figures printed to 0.0001 万元 (1 元): 6.6666 + 3.3330 = 9.9996 against 10.0000 is 4 元 off, beyond the
# 2 元 two rounded parts allow (a tolerance of 0.01 万元 a figure would hide it).
FOUR_DECIMALS_BUDGET = """某某市水务局2024年部门预算
表二 支出预算总表
单位：万元
功能分类科目编码 科目名称 合计 基本支出 项目支出
合计 10.0000 6.6666 3.3330
213 农林水支出 10.0000 6.6666 3.3330
21303 水利 10.0000 6.6666 3.3330
2130301 行政运行 10.0000 6.6666 3.3330
"""


# A zero printed "0" among figures to 0.01 万元 is exact: it does not widen the tolerance to 1 万元 a figure.
# 合计 6.50 against 0 + 4.00 + 2.00 is 0.50 万元 off, beyond the 0.03 万元 three rounded parts allow.
SANGONG_WITH_ZERO = """某某市审计局2024年部门预算
“三公”经费支出预算表
单位：万元
合计 因公出国（境）费 公务用车购置及运行费 小计 购置费 运行费 公务接待费
6.50 0 4.00 3.00 1.00 2.00
"""

# Tables of one final account that must print one amount alike (typed by hand): 表1 prints
# 一般公共服务支出 101.00 against 表2's 201 100.00 (line 6) and 本年支出合计 110.00 against 表2's 合计 100.00
# (line 7), and 表3's 合计 基本支出 60.00 against 表4's 合计 62.00 (line 19); 本年收入合计 100.00 is
# 表5's 合计.
CROSS_TABLES_FINAL = """某某市某某局2023年度部门决算
表1 收入支出决算总表
单位：万元
收入 支出
项目 行次 金额 项目 行次 金额
一、一般公共预算财政拨款收入 1 100.00 一、一般公共服务支出 32 101.00
本年收入合计 30 100.00 本年支出合计 60 110.00
收入总计 32 100.00 支出总计 64 100.00
表2 支出决算表
单位：万元
项目 科目编码 科目名称 本年支出合计 基本支出 项目支出
合计 100.00 60.00 40.00
201 一般公共服务支出 100.00 60.00 40.00
20101 人大事务 100.00 60.00 40.00
2010101 行政运行 100.00 60.00 40.00
表3 一般公共预算财政拨款支出决算表
单位：万元
项目 科目编码 科目名称 本年支出 小计 基本支出 项目支出
合计 100.00 60.00 40.00
201 一般公共服务支出 100.00 60.00 40.00
20101 人大事务 100.00 60.00 40.00
2010101 行政运行 100.00 60.00 40.00
表4 一般公共预算财政拨款基本支出决算表
单位：万元
科目编码 科目名称 合计 人员经费 公用经费
合计 62.00 50.00 12.00
301 工资福利支出 50.00 50.00
30101 基本工资 50.00 50.00
302 商品和服务支出 12.00 12.00
30201 办公费 12.00 12.00
表5 收入决算表
单位：万元
项目 科目编码 科目名称 本年收入合计 财政拨款收入 上级补助收入 事业收入 经营收入 附属单位上缴收入 其他收入
合计 100.00 100.00 0.00 0.00 0.00 0.00 0.00
201 一般公共服务支出 100.00 100.00 0.00 0.00 0.00 0.00 0.00
20101 人大事务 100.00 100.00 0.00 0.00 0.00 0.00 0.00
2010101 行政运行 100.00 100.00 0.00 0.00 0.00 0.00 0.00
表6 财政拨款收入支出决算总表
单位：万元
收入 支出
项目 金额 项目 金额
一、一般公共预算财政拨款 100.00 一、一般公共服务支出 99.00
收入总计 100.00 支出总计 100.00
"""

HAND_TYPED = {
    "cross_tables_2023.txt": CROSS_TABLES_FINAL,
    "xc_transfer.txt": TRANSFER_BUDGET,
    "sangong_2024.txt": SANGONG_BUDGET,
    "sangong_rows_2021.txt": SANGONG_ROWS_FINAL,
    "total_row_2024.txt": TOTAL_ROW_BUDGET,
    "integer_yuan_2024.txt": INTEGER_YUAN_BUDGET,
    "four_decimals_2024.txt": FOUR_DECIMALS_BUDGET,
    "sangong_zero_2024.txt": SANGONG_WITH_ZERO,
}


def test_findings_on_hand_typed_tables(env):
    """Transfer tables, the 三公 identities (items as columns and as rows), a 合计 row that is not Σ 类,
    identity tolerances that follow the printed decimals, and tables of one report that disagree, each on a
    document typed for it."""
    for name, text in HAND_TYPED.items():
        (env["raw"] / name).write_text(text, encoding="utf-8")

    def findings(source_file: str) -> list[tuple]:
        return _query(
            env,
            """select check_name, source_line, expected, observed from marts.dq_findings
               where source_file = ? and severity != 'info' order by check_name, source_line, observed""",
            [source_file],
        )

    try:
        assert build(env["instance"]).success
        [(message,)] = _query(
            env,
            """select message from marts.dq_findings
               where source_file = 'xc_transfer.txt' and check_name = 'stated_total_vs_table'""",
        )
        assert "部门收支总体情况表 prints 总计 3,000.00 万元" in message
        assert "The difference is the 合计 of 专项转移支付预算表, 3,500,000.00 元" in message
        # The 三公 identities hold across the table's cells (one per item), not within one row label.
        assert [(c, e, o) for c, _line, e, o in findings("sangong_2024.txt")] == [
            ("sangong_total_vs_items", "60000.00", "70000.00")
        ]
        # Printed item by item, each finding points at the first row it is about.
        assert findings("sangong_rows_2021.txt") == [
            ("sangong_total_vs_items", 6, "104000.00", "103000.00"),
            ("sangong_vehicle_vs_parts", 8, "81000.00", "82000.00"),
        ]
        # A 合计 row that is not Σ 类 is reported at the 合计 row's line, per column that fails.
        assert findings("total_row_2024.txt") == [
            ("total_row_vs_classes", 5, "800000.00", "1000000.00"),
            ("total_row_vs_classes", 5, "1000000.00", "1200000.00"),
        ]
        # The tolerance is one unit of the figures' last printed decimal (a printed zero is exact).
        assert findings("integer_yuan_2024.txt") == []
        assert _query(
            env, "select count(*) from marts.fact_expenditure where source_file = 'integer_yuan_2024.txt'"
        ) == [(2,)]  # 667 basic and 334 project on 2080201: loaded, and no finding
        assert findings("sangong_zero_2024.txt") == [("sangong_total_vs_items", 5, "60000.00", "65000.00")]
        # Two tables of one report printing one amount differently: at the first table's line.
        assert findings("cross_tables_2023.txt") == [
            # 财政拨款收支总表 (all of it 一般公共预算) 类 201 against the 一般公共预算 table's
            ("fiscal_class_vs_general_budget", 42, "1000000.00", "990000.00"),
            ("general_budget_basic_vs_basic_table", 19, "620000.00", "600000.00"),
            ("summary_class_vs_table", 6, "1000000.00", "1010000.00"),
            ("summary_expenditure_vs_table", 7, "1000000.00", "1100000.00"),
        ]
        assert findings("four_decimals_2024.txt") == [
            ("row_total_vs_parts", line, "99996.00", "100000.00") for line in (5, 6, 7, 8)
        ]
    finally:
        for name in HAND_TYPED:
            (env["raw"] / name).unlink()
        assert build(env["instance"]).success


def test_materialize_one_document_partition(env, tmp_path, monkeypatch):
    monkeypatch.setenv("BUDGET_LANDING_DIR", str(tmp_path / "landing"))
    instance = dg.DagsterInstance.ephemeral()
    key = document_id_for("sh_putuo_czj_2024_final.pdf")
    instance.add_dynamic_partitions(documents_partitions.name, [key])
    result = dg.materialize([landed_reports], partition_key=key, instance=instance)
    assert result.success
    [event] = [
        e
        for e in result.get_asset_materialization_events()
        if e.asset_key == dg.AssetKey(["landing", "documents"])
    ]
    metadata = event.materialization.metadata
    assert metadata["parse_status"].value == "parsed"
    assert metadata["tables_found"].value == 9 and metadata["tables_expected"].value == 9
    assert metadata["amount_units"].value == "万元"
    amounts = pq.read_table(tmp_path / "landing" / "amounts", filters=[("document_id", "==", key)])
    assert amounts.num_rows > 0


def test_sensor_sees_new_changed_and_removed_files(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    monkeypatch.setenv("BUDGET_RAW_DIR", str(raw))
    monkeypatch.setenv("BUDGET_LANDING_DIR", str(tmp_path / "landing"))
    instance = dg.DagsterInstance.ephemeral()
    (raw / "a.txt").write_text("收入支出决算总表\n单位：万元\n", encoding="utf-8")
    (raw / "预算 报告.txt").write_text("收支预算总表\n单位：元\n", encoding="utf-8")

    def tick(cursor):
        context = dg.build_sensor_context(instance=instance, cursor=cursor)
        result = raw_documents_sensor(context)
        for request in result.dynamic_partitions_requests:
            if isinstance(request, dg.AddDynamicPartitionsRequest):
                instance.add_dynamic_partitions(request.partitions_def_name, list(request.partition_keys))
            else:
                for key in request.partition_keys:
                    instance.delete_dynamic_partition(request.partitions_def_name, key)
        return result

    first = tick(None)
    keys = sorted(r.partition_key for r in first.run_requests)
    assert keys == sorted([document_id_for("a.txt"), document_id_for("预算 报告.txt")])
    assert all(k.isascii() for k in keys)
    assert tick(first.cursor).run_requests == []  # nothing changed
    (raw / "a.txt").write_text("收入支出决算总表\n单位：元\n", encoding="utf-8")
    changed = tick(first.cursor)
    assert [r.partition_key for r in changed.run_requests] == [document_id_for("a.txt")]
    (raw / "预算 报告.txt").unlink()
    removed = tick(changed.cursor)
    deletes = [
        r for r in removed.dynamic_partitions_requests if isinstance(r, dg.DeleteDynamicPartitionsRequest)
    ]
    assert [list(r.partition_keys) for r in deletes] == [[document_id_for("预算 报告.txt")]]
    assert instance.get_dynamic_partitions(documents_partitions.name) == [document_id_for("a.txt")]


def test_planted_narrative_errors_are_findings(env):
    """The planted-errors copy states 收入支出总计 0 万元 (table: 2,995.39; and 减少 56.95 万元, 下降 1.87%
    cannot follow from 0: -56.95 / 56.95 = -100%) and a 三公 budget of 0.95 万元 while its 三公 table is
    blank."""
    rows = _query(
        env,
        """select check_name, expected, observed from marts.dq_findings
                          where source_file = 'sh_putuo_czj_2024_final_INJECTED_ERRORS.pdf'
                            and check_name like 'stated_%'""",
    )
    assert sorted(rows) == [
        ("stated_change_mismatch", "-100.000%", "-1.87%"),
        ("stated_sangong_vs_table", "0.00", "9500.00"),
        ("stated_total_vs_table", "29953900.00", "0.00"),
    ]


def test_warehouses_of_several_units_as_reviews_s28n_and_s29a_typed_them(env):
    """Reviews s28n (seven reports of three units, one spending 事业收入 beside its 一般公共预算 money, one
    final account with planted misstatements) and s29a (nine reports of four more units whose narratives
    state 财政拨款支出, 本年支出, 支出合计 or 一般公共预算 类 without their whole, beside 政府性基金 and
    事业收入 money), built together: every execution row, fact, unit, subject and finding the reviewers typed
    from the documents (rules_s28n/expected.py, rules_s29a/expected.py), and nothing else about them. Each
    claim is checked against the money it names, in the report's tables of that money or its 财政拨款收支总表:
    n3 restates 一般公共预算财政拨款支出, whose actual is the 一般公共预算 table's 290.00 万元, not the
    支出决算表's 302.00 (which holds 事业收入). Across documents, budget report against final account, both
    in all sources and in 一般公共预算 (the rows of the latter typed by a reviewer in session 30), each side
    naming the table it is read from."""
    import importlib.util

    import duckdb

    reviews = []
    for folder in ("rules_s28n", "rules_s29a"):
        path = GOLDEN_DIR.parent / "hand_written" / folder / "check.py"
        spec = importlib.util.spec_from_file_location(f"{folder}_check", path)
        check = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(check)
        reviews.append(check.REVIEW)
        for name in check.FILES:
            shutil.copy(path.parent / name, env["raw"] / name)
    try:
        assert build(env["instance"]).success
        with duckdb.connect(str(env["root"] / "warehouse.duckdb"), read_only=True) as con:
            for review in reviews:
                review.check_all(con)
        assert [dict(review.counts) for review in reviews] == [{"OK": 137}, {"OK": 178}]
        [(basis, actual)] = _query(
            env,
            """select fund_basis, actual_yuan from marts.budget_execution
               where actual_source_file like '%n3_dangan_2023_final.txt' and item_kind = 'total'
                 and comparison_basis = 'within_final_account'""",
        )
        assert (basis, actual) == ("general_budget", Decimal("2900000.00"))
        # B 2024, n4 (budget) against n5 (final account): each money from its own tables on both sides
        tables = _query(
            env,
            """select fund_basis, budget_table_key, actual_table_key from marts.budget_execution
               where actual_source_file like '%n5_dangan_2024_final.txt' and item_kind = 'total'
                 and comparison_basis = 'across_documents' order by fund_basis""",
        )
        assert tables == [
            ("all_sources", "expenditure_by_function", "expenditure_by_function"),
            ("general_budget", "general_budget_by_function", "general_budget_by_function"),
        ]
    finally:
        for review in reviews:
            for name in review.files:
                (env["raw"] / name).unlink()
        assert build(env["instance"]).success


def test_year_on_year_figures_no_table_prints_are_findings(env):
    """A year-on-year claim's current figure against the expenditure tables' total for its code (goldens
    of the Putuo 司法局 budgets): the unit's 购房补贴 sentence says 170.03 万元 (table 2,070,000 元). Two
    items state two figures of their own, the department's 住房公积金 "208.8万元" in its heading and
    "2026年预算安排201.50万元" in its sentence (table 2,087,959 元), the unit's 行政单位离退休 56.12 and 57.8
    万元 (table 561,240 元): the stated rate agrees with the heading's, the claim's figure (session 38),
    which agrees with the table, and the item's second figure is a finding of its own. Every other coded
    claim of the corpus agrees with a table."""
    rows = _query(
        env,
        """select source_file, observed, expected from marts.dq_findings
           where check_name = 'stated_figure_vs_table' and source_file like 'sh_putuo_sfj%'""",
    )
    assert sorted(rows) == [("sh_putuo_sfj_2026_unit_budget.pdf", "1700300.00", "2070000.00")]
    twice = _query(
        env,
        """select source_file, expected, observed from marts.dq_findings
           where check_name = 'stated_change_mismatch' and source_file like 'sh_putuo_sfj%.pdf'
             and observed like '%万元'""",
    )
    assert sorted(twice) == [
        ("sh_putuo_sfj_2026_dept_budget.pdf", "208.8万元", "201.50万元"),
        ("sh_putuo_sfj_2026_unit_budget.pdf", "56.12万元", "57.8万元"),
    ]
    assert _query(
        env,
        """select count(*) from marts.dq_findings
           where check_name = 'stated_figure_vs_table' and source_file like 'js_jcy%'""",
    ) == [(0,)]


def test_operating_costs_stated_in_the_narrative_are_compared_with_their_tables(env):
    """The narrative 机关运行经费 against the 合计 of its own table (jcy: 6,032.55 and 2,391.92 万元) or the
    机关运行经费 column of the 三公 table (Putuo 司法局 budgets: 217.83 and 184.59 万元), figures of the
    goldens; every one agrees. The Putuo final account prints no such table: compared with nothing. (The
    plain-text copy of the Putuo budget is left out: its vertical 三公 row is not read, a diagnostic.)"""
    rows = _query(
        env,
        """select source_file, stated_yuan, table_key, table_yuan, is_contradiction
           from intermediate.int_stated_figures_vs_tables where claim_kind = 'operating_costs'
           and source_file like '%.pdf' and source_file not like '%INJECTED%' order by source_file""",
    )
    wan = Decimal(10000)
    assert rows == [
        (
            "js_jcy_2017_dept_budget.pdf",
            Decimal("6032.55") * wan,
            "operating_costs",
            Decimal("6032.55") * wan,
            False,
        ),
        (
            "js_jcy_2019_dept_budget.pdf",
            Decimal("2391.92") * wan,
            "operating_costs",
            Decimal("2391.92") * wan,
            False,
        ),
        ("sh_putuo_czj_2024_final.pdf", Decimal("184.65") * wan, None, None, False),
        (
            "sh_putuo_sfj_2026_dept_budget.pdf",
            Decimal("217.83") * wan,
            "sangong",
            Decimal("217.83") * wan,
            False,
        ),
        (
            "sh_putuo_sfj_2026_unit_budget.pdf",
            Decimal("184.59") * wan,
            "sangong",
            Decimal("184.59") * wan,
            False,
        ),
    ]


def test_procurement_totals_stated_in_the_narrative_are_compared_with_their_tables(env):
    """政府采购预算总金额 (jcy: 2,889.8 and 2,744.84 万元) against the 合计 of the procurement table
    (2,889.80 and 2,744.84, goldens): they agree. The Putuo reports print no procurement table."""
    rows = _query(
        env,
        """select source_file, stated_yuan, table_key, table_yuan, is_contradiction
           from intermediate.int_stated_figures_vs_tables where claim_kind = 'procurement_total'
           and source_file like 'js_jcy%' order by source_file""",
    )
    wan = Decimal(10000)
    assert rows == [
        (
            "js_jcy_2017_dept_budget.pdf",
            Decimal("2889.80") * wan,
            "procurement",
            Decimal("2889.80") * wan,
            False,
        ),
        (
            "js_jcy_2019_dept_budget.pdf",
            Decimal("2744.84") * wan,
            "procurement",
            Decimal("2744.84") * wan,
            False,
        ),
    ]


def test_a_failed_build_leaves_the_published_warehouse_as_it_was(env):
    published = env["root"] / "warehouse.duckdb"
    before = published.read_bytes()
    [(run_before,)] = _query(env, "select dagster_run_id from marts.build_info")
    # The warehouse names the Dagster run that built it (passed to dbt by environment, not by vars).
    assert env["instance"].get_run_by_id(run_before).job_name == "build_warehouse"
    junk = env["root"] / "landing" / "amounts" / "zz-corrupt.parquet"
    junk.write_bytes(b"this is not parquet")
    try:
        report = build(env["instance"])
        assert not report.success
        assert published.read_bytes() == before
        assert _query(env, "select dagster_run_id from marts.build_info") == [(run_before,)]
    finally:
        junk.unlink()
    # Without the junk the landing is what the published warehouse was built from: nothing to rebuild.
    report = build(env["instance"])
    assert report.success and report.up_to_date
    assert _query(env, "select dagster_run_id from marts.build_info") == [(run_before,)]
    report = build(env["instance"], force=True)
    assert report.success
    assert _query(env, "select dagster_run_id from marts.build_info") != [(run_before,)]


COLUMNS = {
    "本年支出合计": "total",
    "合计": "total",
    "基本支出": "basic",
    "项目支出": "project",
    "单位预留机动经费": "reserve",
}


def test_every_report_totals_and_class_rows_in_the_warehouse_equal_the_printed_figures(env):
    """For each of the six real reports: the warehouse's total expenditure and every 类 row of its main
    expenditure table equal the figures printed in the report (typed by hand into tests/golden)."""
    import json

    from dagster_project.parser.tokens import to_yuan

    for golden_file in sorted(GOLDEN_DIR.glob("*_budget.json")) + sorted(GOLDEN_DIR.glob("*_final*.json")):
        expected = json.loads(golden_file.read_text(encoding="utf-8"))
        source = f"{expected['document']}.pdf"
        main = expected["main_expenditure_table"]
        if main is None:
            continue
        unit = main["amount_unit"]
        total_label = next(label for label in main["total_row"] if COLUMNS.get(label) == "total")
        [(total,)] = _query(
            env,
            f"""select total_expenditure_yuan from staging.stg_landing__documents
                                    where source_file = '{source}'""",
        )
        assert total == to_yuan(Decimal(main["total_row"][total_label]), unit), source
        cells = dict(
            ((code, column), amount)
            for code, column, amount in _query(
                env,
                f"""
            select a.subject_code, a.column_key, a.amount_yuan
            from staging.stg_landing__amounts a join staging.stg_landing__documents d using (document_id)
            where d.source_file = '{source}' and a.table_key = d.main_table_key and a.subject_level = 1""",
            )
        )
        for row in main["class_rows"]:
            for label, value in row["values"].items():
                assert cells[(row["code"], COLUMNS[label])] == to_yuan(Decimal(value), unit), (source, row)


def test_every_model_and_column_is_described_and_docs_generate(env):
    """dbt docs generate works on the built warehouse, and every model and column has a description."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    dbt_dir = Path(__file__).resolve().parent.parent / "dbt"
    target = env["root"] / "docs_target"
    subprocess.run(
        [
            str(Path(sys.executable).with_name("dbt")),
            "docs",
            "generate",
            "--project-dir",
            ".",
            "--profiles-dir",
            ".",
            "--target-path",
            str(target),
            "--vars",
            json.dumps({"landing_dir": str(env["root"] / "landing")}),
        ],
        cwd=dbt_dir,
        check=True,
        capture_output=True,
        env={**os.environ, "BUDGET_WAREHOUSE_PATH": str(env["root"] / "warehouse.duckdb")},
    )
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    catalog = json.loads((target / "catalog.json").read_text(encoding="utf-8"))
    models = {k: v for k, v in manifest["nodes"].items() if v["resource_type"] == "model"}
    assert models
    for key, node in models.items():
        assert node["description"].strip(), key
        documented = {name for name, col in node["columns"].items() if col["description"].strip()}
        built = {c.lower() for c in catalog["nodes"].get(key, {}).get("columns", {})}
        assert built <= documented, (key, sorted(built - documented))


def test_two_versions_of_one_report_are_both_kept_and_the_conflict_is_a_finding(env):
    rows = _query(
        env,
        """select source_file, expected, observed from marts.dq_findings
                          where check_name = 'conflicting_reports' order by source_file""",
    )
    assert rows == [
        # the real report and the copy with errors injected into it (its rows, not its total): two
        # versions of one final account all the same (they were not said while their totals agreed)
        ("sh_putuo_czj_2024_final.pdf", "29400500.00", "29400500.00"),
        ("sh_putuo_czj_2024_final_INJECTED_ERRORS.pdf", "29400500.00", "29400500.00"),
        ("sh_putuo_sfj_2026_dept_budget.pdf", "96282313.44", "96282213.44"),
        ("司法局 2026 部门预算（另一版本）.txt", "96282213.44", "96282313.44"),
    ]
    kept = _query(
        env,
        """select count(distinct document_id) from marts.fact_expenditure
                          where source_file in ('sh_putuo_sfj_2026_dept_budget.pdf',
                                                '司法局 2026 部门预算（另一版本）.txt')""",
    )
    assert kept == [(2,)]


def test_a_table_that_violates_its_identities_is_a_finding(env):
    """The 2026 unit budget prints 64,840,547.00 under 项目支出 on its 行政运行 row, whose total is
    14,348,853.34 (a real error of the report): reported, with the row's line."""
    rows = _query(
        env,
        """select table_key, expected, observed, source_line from marts.dq_findings
           where source_file = 'sh_putuo_sfj_2026_unit_budget.pdf'
             and check_name = 'row_total_vs_parts' and message like '%2040601%'""",
    )
    # printed total 14,348,853.34; 基本支出 14,348,853.34 + 项目支出 64,840,547.00 give 79,189,400.34
    assert ("expenditure_by_function", "79189400.34", "14348853.34") in [r[:3] for r in rows]
    assert all(r[3] for r in rows)


def test_a_run_over_many_documents_records_each_documents_own_materialization(tmp_path, monkeypatch):
    """The instance as dagster.yaml configures it (the batching event log): one landing run over a range of
    document partitions records a materialization of landing/documents per document, each carrying that
    document's own metadata, and one of each record dataset for the run, with its rows."""
    from dagster_project.defs.automation import land_documents_job, range_tags, sync_partitions
    from dagster_project.event_log import BatchingSqliteEventLogStorage
    from dagster_project.parser.records import DATASETS

    home, raw = tmp_path / "dagster_home", tmp_path / "raw"
    home.mkdir()
    raw.mkdir()
    shutil.copy(PROJECT_ROOT / "dagster.yaml", home / "dagster.yaml")
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    monkeypatch.setenv("BUDGET_RAW_DIR", str(raw))
    monkeypatch.setenv("BUDGET_LANDING_DIR", str(tmp_path / "landing"))
    for i in range(5):
        (raw / f"report {i}.txt").write_text(
            f"收入支出决算总表\n单位：万元\n项目 决算数\n合计 {i + 1}00.00\n"
        )
    (raw / "broken.pdf").write_bytes(b"not a pdf")
    with dg.DagsterInstance.get() as instance:
        assert isinstance(instance.event_log_storage, BatchingSqliteEventLogStorage)
        keys, added, _removed = sync_partitions(instance)
        assert len(keys) == len(added) == 6
        result = (
            defs()
            .resolve_job_def(land_documents_job.name)
            .execute_in_process(instance=instance, tags=range_tags(keys))
        )
        assert result.success
        documents = dg.AssetKey(["landing", "documents"])
        assert instance.get_materialized_partitions(documents) == set(keys)
        # The record datasets are not partitioned: one materialization each for the run, none per document.
        records = [e for e in result.get_asset_materialization_events() if e.asset_key != documents]
        assert sorted(e.asset_key.path[-1] for e in records) == sorted(set(DATASETS) - {"documents"})
        assert all(e.partition is None for e in records)
        events = {
            e.partition: e.materialization.metadata
            for e in result.get_asset_materialization_events()
            if e.asset_key == dg.AssetKey(["landing", "documents"])
        }
        assert set(events) == set(keys)
        broken = events[document_id_for("broken.pdf")]
        assert broken["parse_status"].value == "failed"
        assert "not a PDF" in broken["status_message"].value
        assert broken["source_file"].value.endswith("broken.pdf")
        first = events[document_id_for("report 0.txt")]
        assert first["parse_status"].value == "parsed"
        first_rows = first["rows_per_dataset"].value
        assert first_rows["amounts"] == 1 and first_rows["documents"] == 1  # its 合计 row, and itself
        assert broken["rows_per_dataset"].value["amounts"] == 0
        assert first["source_file"].value.endswith("report 0.txt")
        assert first["documents_in_run"].value == 6  # the run's counts are on every document partition
        # The amounts dataset: the five reports' 合计 rows, written by this run, and all it holds.
        [amounts] = [e.materialization.metadata for e in records if e.asset_key.path[-1] == "amounts"]
        assert amounts["rows_written"].value == 5
        assert amounts["dagster/row_count"].value == 5
        assert amounts["documents_landed"].value == 6
        assert amounts["landing_path"].value == str(tmp_path / "landing" / "amounts")
        # Stored, not only yielded: each partition's latest record in the instance is its own.
        record = instance.get_latest_materialization_event(documents)
        assert record is not None and record.asset_materialization.partition in keys
        record = instance.get_latest_materialization_event(dg.AssetKey(["landing", "amounts"]))
        assert record is not None and record.asset_materialization.metadata["dagster/row_count"].value == 5
        stored = instance.fetch_materializations(
            dg.AssetRecordsFilter(
                asset_key=dg.AssetKey(["landing", "documents"]),
                asset_partitions=[document_id_for("broken.pdf")],
            ),
            limit=1,
        ).records
        assert stored[0].asset_materialization.metadata["parse_status"].value == "failed"
        # A later run over one new document: what it wrote, and what the dataset holds since.
        (raw / "report 5.txt").write_text("收入支出决算总表\n单位：万元\n项目 决算数\n合计 600.00\n")
        _keys, [new_key], _removed = sync_partitions(instance)
        result = (
            defs()
            .resolve_job_def(land_documents_job.name)
            .execute_in_process(instance=instance, tags=range_tags([new_key]))
        )
        assert result.success
        [amounts] = [
            e.materialization.metadata
            for e in result.get_asset_materialization_events()
            if e.asset_key == dg.AssetKey(["landing", "amounts"])
        ]
        assert amounts["rows_written"].value == 1
        assert amounts["documents_landed"].value == 1
        assert amounts["dagster/row_count"].value == 6


def test_only_stretches_of_new_and_changed_documents_get_landing_runs():
    from dagster_project.defs.automation import ranges_to_land

    keys = [f"d{i}" for i in range(10)]
    assert ranges_to_land(keys, set()) == []
    # new files are appended to the partition order: one run over the tail
    assert ranges_to_land(keys, {"d8", "d9"}) == [["d8", "d9"]]
    # a changed file early on and the new ones: two runs, the unchanged between them untouched
    assert ranges_to_land(keys, {"d1", "d8", "d9"}) == [["d1"], ["d8", "d9"]]
    # more stretches than runs allowed: one run from the first to the last
    assert ranges_to_land(keys, {"d0", "d2", "d4", "d6", "d8"}, max_runs=4) == [keys[0:9]]


def test_a_warehouse_is_up_to_date_until_what_it_reads_changes(env):
    # What both `budget-warehouse build` and the nightly schedule ask before rebuilding.
    from dagster_project.publish import warehouse_up_to_date

    assert build(env["instance"]).success
    assert warehouse_up_to_date()
    # A landed file rewritten (as a re-landed document's is): the warehouse is built again.
    landed = sorted((env["root"] / "landing" / "amounts").glob("*.parquet"))[0]
    os.utime(landed, ns=(landed.stat().st_atime_ns, landed.stat().st_mtime_ns + 10**9))
    assert not warehouse_up_to_date()
    report = build(env["instance"])
    assert report.success and not report.up_to_date
    assert warehouse_up_to_date()


def test_the_nightly_build_runs_every_data_test_and_the_unit_tests_run_apart(env, tmp_path):
    """The build runs every model and data test but no unit test (they check SQL on fixed inputs, not
    the night's data); the unit tests pass on their own, run with `dbt test` as a developer does."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    from dagster_project import paths
    from dagster_project.defs.dbt_assets import _target_path

    manifest = json.loads((paths.DBT_PROJECT_DIR / "target" / "manifest.json").read_text(encoding="utf-8"))
    kinds = {}
    for node in [*manifest["nodes"].values(), *manifest["unit_tests"].values()]:
        kinds.setdefault(node["resource_type"], set()).add(node["unique_id"])
    assert kinds["unit_test"] and kinds["test"] and kinds["model"]

    built = json.loads((_target_path(paths.build_warehouse_path()) / "run_results.json").read_text())
    ran = {result["unique_id"] for result in built["results"]}
    assert kinds["model"] | kinds["test"] <= ran
    assert not ran & kinds["unit_test"]

    warehouse = tmp_path / "warehouse.duckdb"  # unit tests create their fixtures in the database
    shutil.copy(env["root"] / "warehouse.duckdb", warehouse)
    dbt = str(Path(sys.executable).with_name("dbt"))
    target = tmp_path / "target"
    command = [dbt, "test", "--select", "test_type:unit", "--target-path", str(target)]
    done = subprocess.run(
        [*command, "--project-dir", ".", "--profiles-dir", "."],
        cwd=paths.DBT_PROJECT_DIR,
        capture_output=True,
        text=True,
        env={**os.environ, "BUDGET_WAREHOUSE_PATH": str(warehouse)},
    )
    assert done.returncode == 0, done.stdout[-3000:]
    results = json.loads((target / "run_results.json").read_text(encoding="utf-8"))["results"]
    assert {r["unique_id"] for r in results} == kinds["unit_test"]
    assert {r["status"] for r in results} == {"pass"}


def test_every_build_starts_from_the_parse_state_make_manifest_prepared(env):
    """A build of a new warehouse (its own dbt target folder, another warehouse file and landing folder
    than `make manifest` saw, a new run id) and every build after it reuse the prepared parse state: dbt
    parses nothing again (it did the whole project, about 3 s, for every new warehouse, and build_info
    again on every build)."""
    import json

    from dagster_project import paths
    from dagster_project.defs.dbt_assets import _target_path

    # (dbt rotates its log at 10 MB, about three builds here: dbt.log.1 … hold the earlier ones)
    logs = sorted(_target_path(paths.build_warehouse_path()).glob("dbt.log*"))
    events = [
        json.loads(line)["info"]["name"]
        for log in logs
        for line in log.read_text(encoding="utf-8").splitlines()
    ]
    invocations = events.count("MainReportVersion")
    assert invocations >= 1
    assert events.count("PartialParsingSkipParsing") == invocations, sorted(
        {e for e in events if "Pars" in e}
    )
    assert "UnableToPartialParse" not in events


def test_the_build_command_prints_what_a_person_reads(env, tmp_path, monkeypatch):
    """`budget-warehouse build` prints the runs' INFO lines (dbt's progress, what was published) and its
    summary, not Dagster's DEBUG line for each event (one per document and dataset landed: 6,000 lines for
    1,000 documents); `--verbose` prints those too. The instance records every event either way."""
    import subprocess
    import sys

    (tmp_path / "dagster.yaml").write_text((PROJECT_ROOT / "dagster.yaml").read_text(encoding="utf-8"))
    command = [sys.executable, "-m", "dagster_project.cli", "build", "--force"]
    environment = {**os.environ, "DAGSTER_HOME": str(tmp_path)}
    quiet = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=300)
    assert quiet.returncode == 0, quiet.stdout[-2000:] + quiet.stderr[-2000:]
    printed = quiet.stdout + quiet.stderr
    assert " documents in raw/ " in quiet.stdout and "published " in printed
    assert " - DEBUG - " not in printed
    verbose = subprocess.run(
        [*command, "--verbose"], env=environment, capture_output=True, text=True, timeout=300
    )
    assert verbose.returncode == 0, verbose.stdout[-2000:] + verbose.stderr[-2000:]
    assert " - DEBUG - build_warehouse - " in verbose.stdout + verbose.stderr
    from dagster._core.instance.ref import InstanceRef

    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path))  # where the instance's event log storage lives
    with dg.DagsterInstance.from_ref(InstanceRef.from_dir(str(tmp_path))) as instance:
        for run in instance.get_runs():
            assert any(
                e.dagster_event and e.dagster_event.event_type_value == "STEP_OUTPUT"
                for e in instance.all_logs(run.run_id)
            )


def test_the_dbt_resource_knows_the_version_of_the_dbt_it_runs():
    """The resource skips dagster-dbt's `dbt --version` call; the version it reports instead must be the
    one that executable prints."""
    import re
    import subprocess

    from dagster_project.defs.dbt_assets import defs as dbt_defs

    resource = dbt_defs.resources["dbt"]
    printed = subprocess.run([resource.dbt_executable, "--version"], capture_output=True, text=True).stdout
    core = re.search(r"(\d+\.\d+\.\d+)", printed)  # the first version printed, as dagster-dbt reads it
    assert core, printed
    assert str(resource._cli_version) == core.group(1)


def test_an_instance_storing_events_one_by_one_is_said_before_the_build(tmp_path, monkeypatch):
    """A $DAGSTER_HOME without the project's dagster.yaml stores the landing's per-document events one by
    one (a 1,000-document build took 4 min 14 s so instead of about 40 s): `budget-warehouse build` says so
    before it starts, naming the fix; with the project's dagster.yaml it says nothing."""
    from dagster._core.instance.ref import InstanceRef

    from dagster_project.landing import plan
    from dagster_project.pipeline import slow_event_log_warning

    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("wuhan_2020_final.txt", "xicheng_2021_budget.txt"):
        shutil.copy(PROJECT_ROOT / "tests" / "golden" / "hand_written" / name, raw / name)
    monkeypatch.setenv("BUDGET_RAW_DIR", str(raw))
    monkeypatch.setenv("BUDGET_LANDING_DIR", str(tmp_path / "landing"))
    bare, configured = tmp_path / "bare_home", tmp_path / "configured_home"
    bare.mkdir()
    configured.mkdir()
    (configured / "dagster.yaml").write_text((PROJECT_ROOT / "dagster.yaml").read_text(encoding="utf-8"))
    monkeypatch.setenv("DAGSTER_HOME", str(bare))
    with dg.DagsterInstance.from_ref(InstanceRef.from_dir(str(bare))) as instance:
        warning = slow_event_log_warning(instance, len(plan(raw, tmp_path / "landing").to_parse))
    assert warning is not None
    assert "landing 2 documents records 2 materializations" in warning and "dagster.yaml" in warning
    assert str(bare) in warning
    monkeypatch.setenv("DAGSTER_HOME", str(configured))
    with dg.DagsterInstance.from_ref(InstanceRef.from_dir(str(configured))) as instance:
        assert slow_event_log_warning(instance, len(plan(raw, tmp_path / "landing").to_parse)) is None


def test_a_raw_folder_without_a_report_is_said_and_builds_nothing(tmp_path, monkeypatch):
    """raw/ holding no report (only its README) and nothing ever landed: the build says so instead of
    running dbt over landing folders without a file (before: six staging models failed with DuckDB's "No
    files found"), and leaves the published warehouse as it was."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "README.md").write_text("reports go here", encoding="utf-8")
    published = tmp_path / "warehouse.duckdb"
    published.write_bytes(b"the warehouse of an earlier build")
    monkeypatch.setenv("BUDGET_RAW_DIR", str(raw))
    monkeypatch.setenv("BUDGET_LANDING_DIR", str(tmp_path / "landing"))
    monkeypatch.setenv("BUDGET_WAREHOUSE_PATH", str(published))
    with dg.DagsterInstance.ephemeral() as instance:
        report = build(instance)
        assert instance.get_runs() == []  # no run started
    assert not report.success and report.documents == 0
    assert report.error == f"{raw} holds no report (PDF or text): nothing to build"
    assert published.read_bytes() == b"the warehouse of an earlier build"


def test_a_raw_folder_emptied_since_its_last_build_empties_the_warehouse(tmp_path, monkeypatch):
    """Once documents were landed, raw/ emptied is no mistake to refuse: the removed documents' facts
    leave the warehouse, as any removed file's do (not "nothing to build", which would keep them)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(PROJECT_ROOT / "tests" / "golden" / "hand_written" / "wuhan_2020_final.txt", raw)
    published = tmp_path / "warehouse.duckdb"
    monkeypatch.setenv("BUDGET_RAW_DIR", str(raw))
    monkeypatch.setenv("BUDGET_LANDING_DIR", str(tmp_path / "landing"))
    monkeypatch.setenv("BUDGET_WAREHOUSE_PATH", str(published))
    with dg.DagsterInstance.ephemeral() as instance:
        assert build(instance).success
        with duckdb.connect(str(published), read_only=True) as con:
            assert con.execute("select count(*) from marts.fact_expenditure").fetchone()[0] > 0
        (raw / "wuhan_2020_final.txt").unlink()
        report = build(instance)
    assert report.success and report.documents == 0 and report.removed == 1
    with duckdb.connect(str(published), read_only=True) as con:
        assert con.execute("select count(*) from marts.fact_expenditure").fetchone()[0] == 0
