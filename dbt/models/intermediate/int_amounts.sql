-- Every money cell with the instance of the table it lies in (report_tables line range), so two tables
-- with the same table_key in one document are never mixed. Tables of one document do not overlap, so the
-- range join finds at most one table per cell; it is an equi-join on (document, table key) filtered by
-- the range, which keeps millions of cells within the build's memory limit without a group-by.
with amounts as (
    -- cell_number is the parser's position of the cell in its document: a key without a window over
    -- millions of cells.
    select * from {{ ref('stg_landing__amounts') }}
),

report_tables as (
    select * from {{ ref('stg_landing__report_tables') }}
)

select
    md5(amounts.document_id || '|' || cast(amounts.cell_number as varchar)) as amount_id,
    amounts.document_id,
    amounts.table_key,
    report_tables.title_line as table_title_line,
    report_tables.table_title,
    amounts.classification,
    amounts.subject_code,
    amounts.subject_level,
    amounts.subject_name,
    amounts.row_label,
    coalesce(amounts.is_total_row, false) as is_total_row,
    amounts.column_key,
    amounts.column_label,
    amounts.phase,
    amounts.amount_yuan,
    amounts.amount_raw,
    amounts.amount_unit,
    amounts.source_line,
    amounts.source_page,
    amounts.paired_code,
    amounts.paired_name
from amounts
left join report_tables
    on
        amounts.document_id = report_tables.document_id
        and amounts.table_key = report_tables.table_key
        and amounts.source_line between report_tables.title_line and report_tables.last_line
