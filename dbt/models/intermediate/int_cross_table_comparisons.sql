-- Identities that tie one table of a report to another (domain.md, "Across tables"), and the two sides of
-- its summary tables, one row per pair of figures both printed in the same document and phase:
--   summary_expenditure_vs_table  收支总表 本年支出合计 (支出合计) = the main expenditure table's 合计;
--   summary_income_vs_table       收支总表 本年收入合计 (收入合计) = 收入表 合计;
--   general_budget_basic_vs_basic_table
--                                 一般公共预算支出表 合计 基本支出 = 一般公共预算基本支出表 合计;
--   summary_totals_balance        收支总表 (and 财政拨款收支总表) 收入总计 = 支出总计, its two sides;
--   summary_class_vs_table        收支总表 expenditure by 类 ("一、一般公共服务支出") = the main expenditure
--                                 table's 类 row of that name (matched by name within the document: the
--                                 summary prints names, not codes; a name the table does not print is
--                                 not compared).
--   fiscal_class_vs_general_budget
--                                 财政拨款收支总表 expenditure by 类 = 一般公共预算支出表 的 类 row of that name,
--                                 its 一般公共预算 column where printed, else its total where the summary
--                                 shows no money of the other funds (政府性基金, 国有资本经营) at all.
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

-- The 类 rows (合计 column) of an 一般公共预算支出表 of 合计 / 基本 / 项目 columns (a table of 年初结转 … 年末结转
-- columns is not: its 合计 may be another flow's).
general_budget_classes as (
    select * from first_cells as classes
    where
        table_key = 'general_budget_by_function'
        and subject_level = 1
        and column_key = 'total'
        and not exists (
            select 1 from first_cells as flows
            where
                flows.document_id = classes.document_id
                and flows.table_key = classes.table_key
                and flows.column_key not in ('total', 'basic', 'project')
        )
),

-- Documents and phases whose 财政拨款收支总表 prints money of 政府性基金 or 国有资本经营: its total column then
-- is not the 一般公共预算 alone.
fiscal_other_funds as (
    select distinct
        document_id,
        phase
    from first_cells
    where
        table_key = 'fiscal_summary'
        and amount_yuan != 0
        and (
            column_key in ('expenditure_government_fund', 'expenditure_state_capital')
            or row_label like '%政府性基金%'
            or row_label like '%国有资本%'
        )
),

-- The 财政拨款收支总表's expenditure rows that name a 类 of the 一般公共预算支出表, at their 一般公共预算 figure.
fiscal_classes as (
    select
        fiscal_rows.*,
        classes.subject_code as class_code
    from first_cells as fiscal_rows
    inner join general_budget_classes as classes
        on
            fiscal_rows.document_id = classes.document_id
            and fiscal_rows.phase = classes.phase
            and regexp_replace(fiscal_rows.row_label, '^[一二三四五六七八九十]+[、.．]', '') = classes.subject_name
    where
        fiscal_rows.table_key = 'fiscal_summary'
        and not fiscal_rows.is_total_row
        and (
            fiscal_rows.column_key = 'expenditure_general_public'
            or (
                fiscal_rows.column_key = 'expenditure'
                and not exists (
                    select 1 from first_cells as general_public
                    where
                        general_public.document_id = fiscal_rows.document_id
                        and general_public.phase = fiscal_rows.phase
                        and general_public.table_key = 'fiscal_summary'
                        and general_public.column_key = 'expenditure_general_public'
                )
                and not exists (
                    select 1 from fiscal_other_funds as other
                    where other.document_id = fiscal_rows.document_id and other.phase = fiscal_rows.phase
                )
            )
        )
    qualify row_number() over (
        partition by fiscal_rows.document_id, fiscal_rows.phase, classes.subject_code
        order by fiscal_rows.source_line
    ) = 1
),

-- The two sides' 总计 of a 收支总表 (and of a 财政拨款收支总表): income 收入总计 against expenditure 支出总计 (both
-- printed "总计" where the two sides share the row).
{% for side, labels in [('income', ['收入总计', '总计']), ('expenditure', ['支出总计', '总计'])] %}
    {{ side }}_grand_totals as (
        {%- for table_key in [summary, 'fiscal_summary'] %}
            select * from ({{ first_printed_cell('first_cells', table_key, side, labels, total_row=false) }})
            {%- if not loop.last %}
                union all
            {%- endif %}
        {%- endfor %}
    ),
{% endfor %}

-- The first figure of each check, and the one it must equal; match_key: the 类 compared, or the summary
-- table whose two sides balance.
{% set pairs = [
    ('summary_class_vs_table', 'summary_classes', 'class_code', 'main_classes', 'subject_code'),
    ('fiscal_class_vs_general_budget', 'fiscal_classes', 'class_code', 'general_budget_classes', 'subject_code'),
    ('summary_expenditure_vs_table', 'summary_expenditure', 'null', 'main_expenditure_total', 'null'),
    ('summary_income_vs_table', 'summary_income', 'null', 'income_table_total', 'null'),
    ('general_budget_basic_vs_basic_table', 'general_budget_basic', 'null', 'basic_table_total', 'null'),
    ('summary_totals_balance', 'income_grand_totals', 'table_key', 'expenditure_grand_totals', 'table_key'),
] %}
printed_figures as (
    {%- for check_name, printed, printed_key, _reference, _reference_key in pairs %}
        select
            '{{ check_name }}' as check_name,
            {{ printed_key }} as match_key,
            {{ side_columns }}
        from {{ printed }}
        {%- if not loop.last %}
            union all
        {%- endif %}
    {%- endfor %}
),

reference_figures as (
    {%- for check_name, _printed, _printed_key, reference, reference_key in pairs %}
        select
            '{{ check_name }}' as check_name,
            {{ reference_key }} as match_key,
            {{ side_columns }}
        from {{ reference }}
        {%- if not loop.last %}
            union all
        {%- endif %}
    {%- endfor %}
),

compared as (
    select
        printed.check_name,
        case
            when printed.check_name in ('summary_class_vs_table', 'fiscal_class_vs_general_budget')
                then printed.match_key
        end as subject_code,
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
            and printed.match_key is not distinct from reference.match_key
            and printed.document_id = reference.document_id
            and printed.phase = reference.phase
)

select
    md5(concat_ws('|', document_id, check_name, phase, subject_code, table_key)) as comparison_id,
    *,
    abs(difference_yuan) > tolerance_yuan as is_contradiction
from compared
