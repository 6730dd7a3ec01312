-- Cells of each document's main expenditure table (支出决算表 / 支出总表): the table the parser names in
-- documents.main_table_key (default 'expenditure_by_function'; where the expenditure table prints totals
-- only, the first functional table with code rows). If several printed tables share that key, only the
-- first is kept so no money is counted twice. A cell printed twice for the same row and column keeps its
-- first occurrence. Only the document's own phase (a budget's 预算数, a final account's 决算数).
with cells as (
    select amounts.*
    from {{ ref('int_amounts') }} as amounts
    inner join {{ ref('int_documents') }} as documents
        on
            amounts.document_id = documents.document_id
            and amounts.table_key = documents.main_table_key
            -- the document's own phase: a final account's main table may print 年初预算数 beside 决算数
            and amounts.phase = documents.phase
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
    amount_raw,
    source_line
from main_table
where table_rank = 1
qualify row_number() over (
    partition by document_id, subject_code, row_label, is_total_row, column_key
    order by source_line
) = 1
