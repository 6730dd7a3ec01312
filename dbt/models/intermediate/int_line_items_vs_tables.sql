-- Budget detail lines (部门预算明细表) against the report's own tables: per functional code, the lines add
-- up to what an expenditure table by functional code prints for that code (its total, basic or project
-- column: a detail table may list appropriations or projects only, so the closest figure is taken); per
-- departmental economic code, the basic lines add up to what a basic expenditure table prints for it. A code
-- no table prints is not compared. The sums agree within one rounding step per line (the coarsest printed
-- decimal of the lines: printed_step) plus one of the table.
with documents as (
    select * from {{ ref('int_documents') }}
),

lines as (
    select * from {{ ref('stg_landing__line_items') }}
),

sums as (
    select
        document_id,
        'functional' as classification,
        functional_code as subject_code,
        sum(amount_yuan) as lines_yuan,
        count(*) as line_count,
        max({{ printed_step('amount_unit', 'amount_raw') }}) as step_yuan,
        min(source_line) as source_line
    from lines
    where functional_code is not null
    group by document_id, functional_code

    union all

    select
        document_id,
        'economic_department' as classification,
        economic_department_code as subject_code,
        sum(amount_yuan) as lines_yuan,
        count(*) as line_count,
        max({{ printed_step('amount_unit', 'amount_raw') }}) as step_yuan,
        min(source_line) as source_line
    from lines
    where economic_department_code is not null and expenditure_type = 'basic'
    group by document_id, economic_department_code
),

cells as (
    select
        document_id,
        'functional' as classification,
        subject_code,
        table_key,
        table_title,
        column_key,
        amount_yuan,
        amount_unit,
        source_line
    from {{ ref('int_expenditure_cells') }}

    union all

    select
        amounts.document_id,
        amounts.classification,
        amounts.subject_code,
        amounts.table_key,
        amounts.table_title,
        amounts.column_key,
        amounts.amount_yuan,
        amounts.amount_unit,
        amounts.source_line
    from {{ ref('int_amounts') }} as amounts
    inner join documents
        on amounts.document_id = documents.document_id
    where
        amounts.phase = documents.phase
        and amounts.classification = 'economic_department'
        and amounts.column_key = 'total'
        and regexp_replace(amounts.table_key, '_[0-9]+$', '')
        in ('basic_by_economic', 'general_budget_basic_by_economic', 'fiscal_basic_by_economic')
),

matched as (
    select
        sums.*,
        cells.table_key,
        cells.table_title,
        cells.column_key,
        cells.amount_yuan as table_yuan,
        cells.amount_unit as table_unit,
        cells.source_line as table_source_line
    from sums
    inner join cells
        on
            sums.document_id = cells.document_id
            and sums.classification = cells.classification
            and sums.subject_code = cells.subject_code
    qualify row_number() over (
        partition by sums.document_id, sums.classification, sums.subject_code
        -- equal figures: the earliest line, and there the total column (a row whose total is all basic)
        order by
            abs(sums.lines_yuan - cells.amount_yuan), cells.source_line, cells.column_key != 'total', cells.column_key
    ) = 1
)

select
    md5(concat_ws('|', document_id, classification, subject_code)) as comparison_id,
    document_id,
    classification,
    subject_code,
    lines_yuan,
    line_count,
    source_line,
    table_key,
    table_title,
    column_key,
    table_yuan,
    table_unit,
    table_source_line,
    lines_yuan - table_yuan as difference_yuan,
    line_count * step_yuan + {{ rounding_step('table_unit') }} as tolerance_yuan,
    abs(lines_yuan - table_yuan) > line_count * step_yuan + {{ rounding_step('table_unit') }} as is_contradiction
from matched
