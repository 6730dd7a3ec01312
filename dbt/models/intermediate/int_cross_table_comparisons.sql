-- Identities that tie one table of a report to another (domain.md, "Across tables"), one row per pair of
-- figures both printed in the same document and phase:
--   summary_expenditure_vs_table  收支总表 本年支出合计 (支出合计) = the main expenditure table's 合计;
--   summary_income_vs_table       收支总表 本年收入合计 (收入合计) = 收入表 合计;
--   general_budget_basic_vs_basic_table
--                                 一般公共预算支出表 合计 基本支出 = 一般公共预算基本支出表 合计;
--   summary_class_vs_table        收支总表 expenditure by 类 ("一、一般公共服务支出") = the main expenditure
--                                 table's 类 row of that name (matched by name within the document: the
--                                 summary prints names, not codes; a name the table does not print is
--                                 not compared).
-- Each side is a rounded printing of the same amount, so they may differ by the coarser figure's rounding
-- step; beyond it the report contradicts itself (a dq_findings warning at the first figure's line).
{% set table_totals = ['合计', '总计', '本年收入合计', '本年支出合计', '收入合计', '支出合计'] %}
{% set summary = 'income_expenditure_summary' %}
{% set side_columns -%}
    document_id, phase, table_key, table_title, row_label, column_key, amount_yuan, amount_unit, amount_raw, source_line
{%- endset %}

with amounts as (
    select * from {{ ref('int_amounts') }}
),

-- The first printing of a row in a document's first table of a kind (a second table of the kind has its
-- own key, e.g. general_budget_by_function_2).
first_cells as (
    select *
    from amounts
    qualify row_number() over (
        partition by document_id, table_key, phase, row_label, column_key
        order by table_title_line, source_line
    ) = 1
),

summary_expenditure as (
    {{ first_printed_cell('first_cells', summary, 'expenditure', ['本年支出合计', '支出合计'], total_row=false) }}
),

summary_income as (
    {{ first_printed_cell('first_cells', summary, 'income', ['本年收入合计', '收入合计'], total_row=false) }}
),

main_expenditure_total as (
    {{ first_printed_cell(ref('int_main_expenditure_amounts'), none, 'total', table_totals) }}
),

income_table_total as (
    {{ first_printed_cell('first_cells', 'income_by_function', 'total', table_totals) }}
),

general_budget_basic as (
    {{ first_printed_cell('first_cells', 'general_budget_by_function', 'basic', table_totals) }}
),

basic_table_total as (
    {{ first_printed_cell('first_cells', 'general_budget_basic_by_economic', 'total', ['合计', '总计']) }}
),

main_classes as (
    select * from {{ ref('int_main_expenditure_amounts') }}
    where subject_level = 1 and column_key = 'total'
    qualify row_number() over (partition by document_id, phase, subject_code order by source_line) = 1
),

-- The summary's expenditure rows that name a 类 of the main table, its numbering ("一、") left out.
summary_classes as (
    select
        summary_rows.*,
        classes.subject_code as class_code  -- the summary's rows carry no code: the table's 类 gives it
    from first_cells as summary_rows
    inner join main_classes as classes
        on
            summary_rows.document_id = classes.document_id
            and summary_rows.phase = classes.phase
            and regexp_replace(summary_rows.row_label, '^[一二三四五六七八九十]+[、.．]', '') = classes.subject_name
    where
        summary_rows.table_key = 'income_expenditure_summary'
        and summary_rows.column_key = 'expenditure'
        and not summary_rows.is_total_row
    qualify row_number() over (
        partition by summary_rows.document_id, summary_rows.phase, classes.subject_code
        order by summary_rows.source_line
    ) = 1
),

-- The first figure of each check, and the one it must equal (subject_code: the 类 compared, if any).
printed_figures as (
    select
        'summary_class_vs_table' as check_name,
        class_code as subject_code,
        {{ side_columns }}
    from summary_classes
    union all
    select
        'summary_expenditure_vs_table' as check_name,
        null as subject_code,
        {{ side_columns }}
    from summary_expenditure
    union all
    select
        'summary_income_vs_table' as check_name,
        null as subject_code,
        {{ side_columns }}
    from summary_income
    union all
    select
        'general_budget_basic_vs_basic_table' as check_name,
        null as subject_code,
        {{ side_columns }}
    from general_budget_basic
),

reference_figures as (
    select
        'summary_class_vs_table' as check_name,
        subject_code,
        {{ side_columns }}
    from main_classes
    union all
    select
        'summary_expenditure_vs_table' as check_name,
        null as subject_code,
        {{ side_columns }}
    from main_expenditure_total
    union all
    select
        'summary_income_vs_table' as check_name,
        null as subject_code,
        {{ side_columns }}
    from income_table_total
    union all
    select
        'general_budget_basic_vs_basic_table' as check_name,
        null as subject_code,
        {{ side_columns }}
    from basic_table_total
),

compared as (
    select
        printed.check_name,
        printed.subject_code,
        printed.document_id,
        printed.phase,
        printed.table_key,
        printed.table_title,
        printed.row_label,
        printed.column_key,
        printed.amount_yuan as printed_yuan,
        printed.amount_unit as printed_unit,
        printed.source_line,
        reference.table_key as reference_table_key,
        reference.table_title as reference_table_title,
        reference.row_label as reference_row_label,
        reference.column_key as reference_column_key,
        reference.amount_yuan as reference_yuan,
        reference.amount_unit as reference_unit,
        reference.source_line as reference_source_line,
        printed.amount_yuan - reference.amount_yuan as difference_yuan,
        -- Both are roundings of one amount: each within half its own step, so one step of the coarser apart
        -- at most (a printed zero is exact).
        coalesce(
            greatest(
                {{ printed_step('printed.amount_unit', 'printed.amount_raw') }},
                {{ printed_step('reference.amount_unit', 'reference.amount_raw') }}
            ),
            0
        ) as tolerance_yuan
    from printed_figures as printed
    inner join reference_figures as reference
        on
            printed.check_name = reference.check_name
            and printed.subject_code is not distinct from reference.subject_code
            and printed.document_id = reference.document_id
            and printed.phase = reference.phase
)

select
    md5(concat_ws('|', document_id, check_name, phase, subject_code)) as comparison_id,
    *,
    abs(difference_yuan) > tolerance_yuan as is_contradiction
from compared
