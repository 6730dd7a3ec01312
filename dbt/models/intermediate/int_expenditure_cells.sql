-- The cells of every expenditure table by functional code (支出总表 / 支出决算表, 一般公共预算支出表, 财政拨款
-- 支出表) in the document's own phase, total, basic and project columns: what a narrative figure, a figure of
-- the year before or the budget detail lines of a code are compared with. Whether the document's all-funds
-- table (支出总表 / 支出决算表) prints codes decides whether a figure no coded table shows is a contradiction
-- (where it prints totals only, the narrative may speak of all funds, which no coded table shows).
with documents as (
    select * from {{ ref('int_documents') }}
),

cells as (
    select
        amounts.document_id,
        amounts.table_key,
        amounts.table_title,
        amounts.subject_code,
        amounts.row_label,
        amounts.column_key,
        amounts.amount_yuan,
        amounts.amount_raw,
        amounts.amount_unit,
        amounts.source_line,
        regexp_replace(amounts.table_key, '_[0-9]+$', '') = 'expenditure_by_function' as is_all_funds_table
    from {{ ref('int_amounts') }} as amounts
    inner join documents
        on amounts.document_id = documents.document_id
    where
        amounts.classification = 'functional'
        and amounts.column_key in ('total', 'basic', 'project')
        and amounts.phase = documents.phase
        and regexp_replace(amounts.table_key, '_[0-9]+$', '')
        in ('expenditure_by_function', 'general_budget_by_function', 'fiscal_by_function')
)

select
    *,
    bool_or(is_all_funds_table and subject_code is not null) over (partition by document_id)
        as all_funds_table_prints_codes
from cells
