-- Expenditure totals of each document by the money they cover (fund_basis), for the whole (subject_code
-- null) and per functional code, from the first printed table of that basis:
--   all_sources: the main expenditure table (支出决算表 / 支出总表, int_main_expenditure_amounts), every source
--     of money including 事业收入 and 其他收入;
--   fiscal: the 财政拨款支出表 (fiscal_by_function), appropriations of every budget (一般公共预算, 政府性基金,
--     国有资本经营);
--   general_budget: the 一般公共预算财政拨款支出表 (general_budget_by_function), 一般公共预算 appropriations.
-- A narrative restates the budget and actual of one of these (its 一般公共预算财政拨款支出 in the national
-- template); its figures are compared with the totals of that basis, never of another.
with documents as (
    select * from {{ ref('int_documents') }}
),

basis_tables as (
    select
        document_id,
        table_key,
        min(table_title_line) as table_title_line
    from {{ ref('int_amounts') }}
    where table_key in ('general_budget_by_function', 'fiscal_by_function')
    group by document_id, table_key
),

basis_cells as (
    select
        case amounts.table_key when 'general_budget_by_function' then 'general_budget' else 'fiscal' end
            as fund_basis,
        amounts.document_id,
        amounts.table_key,
        amounts.table_title,
        amounts.subject_code,
        amounts.subject_name,
        amounts.classification,
        amounts.is_total_row,
        amounts.amount_yuan,
        amounts.amount_unit,
        amounts.source_line
    from {{ ref('int_amounts') }} as amounts
    inner join basis_tables
        on
            amounts.document_id = basis_tables.document_id
            and amounts.table_key = basis_tables.table_key
            and amounts.table_title_line = basis_tables.table_title_line
    inner join documents
        on amounts.document_id = documents.document_id
    where
        amounts.column_key = 'total'
        -- a table printing 年初预算数 beside 决算数 gives the document's own phase
        and amounts.phase = case documents.doc_kind when 'final_account' then 'actual' else 'budget' end

    union all

    select
        'all_sources' as fund_basis,
        document_id,
        table_key,
        table_title,
        subject_code,
        subject_name,
        classification,
        is_total_row,
        amount_yuan,
        amount_unit,
        source_line
    from {{ ref('int_main_expenditure_amounts') }}
    where column_key = 'total'
)

select
    document_id,
    fund_basis,
    case when is_total_row then null else subject_code end as subject_code,
    is_total_row,
    any_value(table_key) as table_key,
    any_value(table_title) as table_title,
    arg_min(subject_name, source_line) as subject_name,
    arg_min(amount_yuan, source_line) as amount_yuan,
    arg_min(amount_unit, source_line) as amount_unit,
    min(source_line) as source_line
from basis_cells
where
    is_total_row
    or (classification = 'functional' and subject_code is not null)
group by document_id, fund_basis, is_total_row, case when is_total_row then null else subject_code end
