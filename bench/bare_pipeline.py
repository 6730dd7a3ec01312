"""The main job done by a bare script, to show what orchestration costs (bench/scale.py runs it).

    .venv/bin/python bench/bare_pipeline.py RAW_DIR OUT.duckdb

Parses every report of RAW_DIR in a process pool with the same parser, loads the records into DuckDB
from Arrow, and builds with plain SQL the facts of the main expenditure table (leaf rows x expenditure type,
as marts.fact_expenditure) and the total and 类 budget-versus-actual of each final account's narrative.
No Dagster, no dbt, no Parquet landing, no incremental state, no tests, no publishing by rename: a lower
bound for the same work, not a replacement.
"""

from __future__ import annotations

import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import duckdb
import pyarrow as pa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dagster_project.landing import discover
from dagster_project.parser import document_id_for, parse_document
from dagster_project.parser.records import DATASETS, RESULT_FIELDS, arrow_schema, arrow_table
from dagster_project.parser.vocabulary import EXPENDITURE_PARTS

PARTS = ", ".join(f"'{part}'" for part in EXPENDITURE_PARTS)


def _parse(args: tuple[str, str]) -> dict[str, pa.Table]:
    path, relative = args
    result = parse_document(Path(path).read_bytes(), relative, document_id_for(relative))
    out = {}
    for dataset, record_type in DATASETS.items():
        value = getattr(result, RESULT_FIELDS[dataset])
        out[dataset] = arrow_table(record_type, value if isinstance(value, list) else [value])
    return out


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


def main() -> None:
    raw, out = Path(sys.argv[1]), Path(sys.argv[2])
    start = time.perf_counter()
    raw = raw.resolve()
    jobs = [(str(path), path.relative_to(raw).as_posix()) for path, reason in discover(raw) if reason is None]
    tables: dict[str, list[pa.Table]] = {dataset: [] for dataset in DATASETS}
    with ProcessPoolExecutor(2) as pool:
        for parsed in pool.map(_parse, jobs, chunksize=32):
            for dataset, table in parsed.items():
                tables[dataset].append(table)
    parsed_at = time.perf_counter()
    out.unlink(missing_ok=True)
    con = duckdb.connect(str(out))
    for dataset, record_type in DATASETS.items():
        con.register(
            "records",
            pa.concat_tables(tables[dataset]) if tables[dataset] else arrow_schema(record_type).empty_table(),
        )
        con.execute(f"create table {dataset} as select * from records")
        con.unregister("records")
    con.execute(FACTS_SQL)
    con.execute(EXECUTION_SQL)
    facts = con.execute("select count(*) from fact_expenditure").fetchone()[0]
    con.close()
    print(
        f"{len(jobs)} documents: parsed in {parsed_at - start:.1f} s, loaded and modelled in "
        f"{time.perf_counter() - parsed_at:.1f} s; {facts} facts"
    )


if __name__ == "__main__":
    main()
