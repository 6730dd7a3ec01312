-- Cells of each document's main expenditure table (支出决算表 / 支出总表): the first table with table_key
-- 'expenditure_by_function' in the document. Later tables with the same key (e.g. a project list whose
-- title contains 支出) are left out so their money is not counted twice. A cell printed twice for the same
-- row and column keeps its first occurrence.
with cells as (
    select * from {{ ref('int_amounts') }}
    where table_key = 'expenditure_by_function'
),

main_table as (
    select
        *,
        dense_rank() over (
            partition by document_id order by table_title_line asc nulls last
        ) as table_rank
    from cells
)

select
    amount_id,
    document_id,
    table_key,
    table_title_line,
    table_title,
    classification,
    subject_code,
    subject_level,
    subject_name,
    row_label,
    is_total_row,
    column_key,
    phase,
    amount_yuan,
    amount_unit,
    source_line
from main_table
where table_rank = 1
qualify row_number() over (
    partition by document_id, subject_code, row_label, is_total_row, column_key
    order by source_line
) = 1
