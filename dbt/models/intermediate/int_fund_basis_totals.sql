-- Expenditure totals of each document by the money they cover (fund_basis), for the whole (subject_code
-- null) and per functional code, in the document's own phase:
--   all_sources: the main expenditure table (支出决算表 / 支出总表, int_main_expenditure_amounts), every source
--     of money including 事业收入 and 其他收入;
--   general_budget: the 一般公共预算财政拨款支出表 (general_budget_by_function), 一般公共预算 appropriations;
--   government_fund / state_capital: the 政府性基金 / 国有资本经营 预算财政拨款支出表 (their 本年支出 合计);
--   fiscal: the 财政拨款支出表 (fiscal_by_function), the appropriations of every budget.
-- Where the document prints no table of that money (or prints one it cannot read), the 财政拨款收支总表
-- (fiscal_summary) gives the whole and its 类 (matched by name: it prints no codes) from that money's
-- expenditure column (合计 for fiscal). Never another money's figures: a narrative's claims about one money
-- are compared with that money's figures only.
with documents as (
    select * from {{ ref('int_documents') }}
),

amounts as (
    select * from {{ ref('int_amounts') }}
),

fund_tables as (
    select
        table_values.table_key,
        table_values.fund_basis
    from (
        values
        ('general_budget_by_function', 'general_budget'),
        ('government_fund', 'government_fund'),
        ('state_capital', 'state_capital'),
        ('fiscal_by_function', 'fiscal')
    ) as table_values (table_key, fund_basis)
),

-- The first printed table of each kind.
first_tables as (
    select
        amounts.document_id,
        amounts.table_key,
        min(amounts.table_title_line) as table_title_line
    from amounts
    inner join fund_tables
        on amounts.table_key = fund_tables.table_key
    group by amounts.document_id, amounts.table_key
),

table_cells as (
    select
        fund_tables.fund_basis,
        1 as source_rank,
        amounts.document_id,
        amounts.table_key,
        amounts.table_title,
        case when amounts.is_total_row then null else amounts.subject_code end as subject_code,
        amounts.is_total_row,
        amounts.subject_name,
        amounts.amount_yuan,
        amounts.amount_unit,
        amounts.source_line
    from amounts
    inner join fund_tables
        on amounts.table_key = fund_tables.table_key
    inner join first_tables
        on
            amounts.document_id = first_tables.document_id
            and amounts.table_key = first_tables.table_key
            and amounts.table_title_line = first_tables.table_title_line
    inner join documents
        on amounts.document_id = documents.document_id
    where
        amounts.column_key = 'total'
        -- a table printing 年初预算数 beside 决算数 gives the document's own phase
        and amounts.phase = documents.phase
        and (amounts.is_total_row or (amounts.classification = 'functional' and amounts.subject_code is not null))

    union all

    select
        'all_sources' as fund_basis,
        1 as source_rank,
        main_cells.document_id,
        main_cells.table_key,
        main_cells.table_title,
        case when main_cells.is_total_row then null else main_cells.subject_code end as subject_code,
        main_cells.is_total_row,
        main_cells.subject_name,
        main_cells.amount_yuan,
        main_cells.amount_unit,
        main_cells.source_line
    from {{ ref('int_main_expenditure_amounts') }} as main_cells  -- (the document's own phase)
    where
        main_cells.column_key = 'total'
        and (
            main_cells.is_total_row
            or (main_cells.classification = 'functional' and main_cells.subject_code is not null)
        )
),

-- The 财政拨款收支总表, first table of the kind, both sides.
summary_table_cells as (
    select amounts.*
    from amounts
    inner join documents
        on amounts.document_id = documents.document_id
    where
        amounts.table_key = 'fiscal_summary'
        and amounts.phase = documents.phase
    qualify dense_rank() over (partition by amounts.document_id order by amounts.table_title_line) = 1
),

summary_cells as (
    select * from summary_table_cells
    where column_key in (
        'expenditure', 'expenditure_general_public', 'expenditure_government_fund', 'expenditure_state_capital'
    )
),

-- A summary printing one 财政拨款 column only (no fund columns) shows 一般公共预算 money alone when it shows
-- no 政府性基金 or 国有资本经营 money on either side (a row "二、政府性基金预算财政拨款" of the income side).
summary_shape as (
    select
        document_id,
        bool_or(column_key = 'expenditure_general_public') as has_general_column,
        bool_or(
            amount_yuan != 0
            and (
                column_key in ('expenditure_government_fund', 'expenditure_state_capital')
                or row_label like '%政府性基金%'
                or row_label like '%国有资本%'
            )
        ) as has_other_funds
    from summary_table_cells
    group by document_id
),

class_names as (
    select distinct
        document_id,
        subject_code,
        subject_name
    from amounts
    where classification = 'functional' and subject_level = 1 and subject_name is not null
),

summary_figures as (
    select
        case summary_cells.column_key
            when 'expenditure_general_public' then 'general_budget'
            when 'expenditure_government_fund' then 'government_fund'
            when 'expenditure_state_capital' then 'state_capital'
        end as fund_basis,
        summary_cells.*
    from summary_cells
    where summary_cells.column_key != 'expenditure'

    union all

    select
        'fiscal' as fund_basis,
        summary_cells.*
    from summary_cells
    where summary_cells.column_key = 'expenditure'

    union all

    select
        'general_budget' as fund_basis,
        summary_cells.*
    from summary_cells
    inner join summary_shape
        on summary_cells.document_id = summary_shape.document_id
    where
        summary_cells.column_key = 'expenditure'
        and not summary_shape.has_general_column
        and not coalesce(summary_shape.has_other_funds, false)
),

summary_rows as (
    select
        summary_figures.fund_basis,
        2 as source_rank,
        summary_figures.document_id,
        summary_figures.table_key,
        summary_figures.table_title,
        class_names.subject_code,
        class_names.subject_code is null as is_total_row,
        coalesce(class_names.subject_name, summary_figures.row_label) as subject_name,
        summary_figures.amount_yuan,
        summary_figures.amount_unit,
        summary_figures.source_line
    from summary_figures
    left join class_names
        on
            summary_figures.document_id = class_names.document_id
            and regexp_replace(summary_figures.row_label, '^[一二三四五六七八九十]+[、.．]', '') = class_names.subject_name
    where
        -- the year's expenditure (本年支出合计, not 总计 with the carry-over), or a 类 by name
        (
            summary_figures.is_total_row
            and regexp_replace(summary_figures.row_label, '\s+', '', 'g') in ('本年支出合计', '支出合计')
        )
        or (not summary_figures.is_total_row and class_names.subject_code is not null)
),

cells as (
    select * from table_cells
    union all
    select * from summary_rows
),

-- One source per document and money: its table where printed and read, else the summary.
chosen as (
    select *
    from cells
    qualify dense_rank() over (partition by document_id, fund_basis order by source_rank) = 1
)

select
    document_id,
    fund_basis,
    subject_code,
    is_total_row,
    any_value(table_key) as table_key,
    any_value(table_title) as table_title,
    arg_min(subject_name, source_line) as subject_name,
    arg_min(amount_yuan, source_line) as amount_yuan,
    arg_min(amount_unit, source_line) as amount_unit,
    min(source_line) as source_line
from chosen
group by document_id, fund_basis, is_total_row, subject_code
