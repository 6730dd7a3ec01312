"""The main job done by a bare script, to show what orchestration costs (bench/scale.py runs it).

    .venv/bin/python bench/bare_pipeline.py RAW_DIR OUT.duckdb [--same-models COMPILED_MANIFEST]

Parses every report of RAW_DIR in a process pool with the same parser and loads the records into DuckDB
from Arrow. No Dagster, no dbt process, no Parquet landing, no incremental state, no publishing by rename.
Then either

- (default) builds with two plain SQL statements the facts of the main expenditure table (leaf rows x
  expenditure type, as marts.fact_expenditure) and the total and 类 budget-versus-actual of each final
  account's narrative: a lower bound, much less work than the warehouse does; or
- (--same-models) runs the very SQL the warehouse build runs: every model of the dbt project, in
  dependency order, and every data test, read from a manifest that `dbt compile` wrote beforehand (with
  BUDGET_LANDING_DIR=/__landing__ and BUDGET_WAREHOUSE_PATH=OUT.duckdb). The same work without the
  orchestration: what the Dagster + dbt job adds over this is what orchestration costs.
"""

from __future__ import annotations

import json
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import duckdb
import pyarrow as pa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dagster_project.landing import discover, from_ipc, to_ipc
from dagster_project.parser import document_id_for, parse_document
from dagster_project.parser.records import DATASETS, RESULT_FIELDS, arrow_schema, arrow_table
from dagster_project.parser.vocabulary import EXPENDITURE_PARTS

PARTS = ", ".join(f"'{part}'" for part in EXPENDITURE_PARTS)


def _parse(args: tuple[str, str]) -> dict[str, bytes]:
    path, relative = args
    result = parse_document(Path(path).read_bytes(), relative, document_id_for(relative))
    out = {}
    for dataset, record_type in DATASETS.items():
        value = getattr(result, RESULT_FIELDS[dataset])
        out[dataset] = arrow_table(record_type, value if isinstance(value, list) else [value])
    return to_ipc(out)  # sent back as Arrow streams, as the landing's workers do


FACTS_SQL = f"""
create table fact_expenditure as
with main as (
    select a.* from amounts as a
    join documents as d on a.document_id = d.document_id and a.table_key = d.main_table_key
    where a.classification = 'functional' and not a.is_total_row
),
leaves as (
    select * from main as m
    where not exists (
        select 1 from main as c
        where c.document_id = m.document_id and c.subject_code != m.subject_code
          and starts_with(c.subject_code, m.subject_code))
),
typed as (
    select *,
           bool_or(column_key in ({PARTS})) over (partition by document_id, subject_code) as has_parts
    from leaves
)
select document_id, phase, subject_code,
       case when column_key = 'total' then 'unspecified' else column_key end as expenditure_type,
       amount_yuan, source_line
from typed
where (column_key = 'total' and not has_parts)
   or column_key in ({PARTS})
"""

EXECUTION_SQL = """
create table budget_execution as
select d.unit_name, d.fiscal_year, c.subject_code, c.subject_name, c.budget_yuan, c.actual_yuan,
       c.actual_yuan / nullif(c.budget_yuan, 0) as execution_rate, c.stated_rate
from claims as c join documents as d on c.document_id = d.document_id
where c.claim_kind = 'execution' and d.doc_kind = 'final_account' and c.budget_yuan is not null
"""


def run_same_models(con: duckdb.DuckDBPyConnection, manifest_path: Path) -> str:
    """Every model of the compiled manifest, parents first, then every data test; the landed sources are
    the tables just loaded (schema `landing`) instead of the Parquet files dbt reads."""
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    nodes = manifest["nodes"]
    models = {k: v for k, v in nodes.items() if v["resource_type"] == "model"}
    tests = [v for v in nodes.values() if v["resource_type"] == "test"]
    source = re.compile(r"read_parquet\('/__landing__/(\w+)/\*\.parquet', union_by_name = true\)")

    def sql(node: dict) -> str:
        return source.sub(r"landing.\1", node["compiled_code"])

    done: set[str] = set()

    def build(key: str) -> None:
        if key in done:
            return
        node = models[key]
        for parent in node["depends_on"]["nodes"]:
            if parent in models:
                build(parent)
        kind = "view" if node["config"]["materialized"] == "view" else "table"
        con.execute(f'create schema if not exists "{node["schema"]}"')
        con.execute(f"create or replace {kind} {node['relation_name']} as {sql(node)}")
        done.add(key)

    for key in sorted(models):
        build(key)
    failing = 0
    for test in tests:
        failures = con.execute(f"select count(*) from ({sql(test)}) as test").fetchone()[0]
        failing += failures != 0
    return f"{len(models)} models, {len(tests)} data tests ({failing} failing)"


def main() -> None:
    raw, out = Path(sys.argv[1]), Path(sys.argv[2])
    same_models = Path(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == "--same-models" else None
    start = time.perf_counter()
    raw = raw.resolve()
    jobs = [(str(path), path.relative_to(raw).as_posix()) for path, reason in discover(raw) if reason is None]
    tables: dict[str, list[pa.Table]] = {dataset: [] for dataset in DATASETS}
    with ProcessPoolExecutor(2) as pool:
        for parsed in pool.map(_parse, jobs, chunksize=32):
            for dataset, table in from_ipc(parsed).items():
                tables[dataset].append(table)
    parsed_at = time.perf_counter()
    out.unlink(missing_ok=True)
    con = duckdb.connect(str(out))
    con.execute("create schema landing")
    for dataset, record_type in DATASETS.items():
        con.register(
            "records",
            pa.concat_tables(tables[dataset]) if tables[dataset] else arrow_schema(record_type).empty_table(),
        )
        con.execute(f"create table landing.{dataset} as select * from records")
        con.unregister("records")
    if same_models is None:
        con.execute("set schema = 'landing'")
        con.execute(FACTS_SQL)
        con.execute(EXECUTION_SQL)
        built = f"{con.execute('select count(*) from fact_expenditure').fetchone()[0]} facts"
    else:
        # The settings the warehouse's dbt profile gives DuckDB (dbt/profiles.yml), so both run alike.
        con.execute("set memory_limit = '1GB'")
        con.execute("set preserve_insertion_order = false")
        built = run_same_models(con, same_models)
    con.close()
    print(
        f"{len(jobs)} documents: parsed in {parsed_at - start:.1f} s, loaded and modelled in "
        f"{time.perf_counter() - parsed_at:.1f} s; {built}"
    )


if __name__ == "__main__":
    main()
