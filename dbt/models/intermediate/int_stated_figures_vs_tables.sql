-- Totals the narrative (说明) states, each beside the figure the report's own tables print for it:
-- 收入支出总计 vs the 总计 row of the income/expenditure summary, 财政拨款收入支出总计 vs the 总计 row of the
-- fiscal summary, 本年收入合计 / 本年支出合计 vs those rows of the summary, and the stated 三公 budget and actual
-- vs the 三公 table's 合计, and the stated 机关运行经费 (operating costs) vs the 合计 of its own table or the 机关运行经费
-- column of the 三公 table in the document's phase, and the stated 政府采购 (procurement) total vs the 合计 of the
-- procurement table. The narrative prints fewer decimals than the tables, so the two agree within half a
-- unit of the stated figure's last printed digit plus one rounding step of the table. A year-on-year claim's
-- current figure for a functional code is compared with the expenditure tables' total for that code: it holds
-- when any of them prints it (the narrative may speak of appropriations only), the closest one is shown. It
-- contradicts them only when the all-funds expenditure table (支出总表) prints codes: where that table prints
-- totals only, the narrative may speak of all funds, which no coded table then shows.
with documents as (
    select * from {{ ref('int_documents') }}
),

claims as (
    select
        *,
        row_number() over (
            partition by document_id
            order by source_line, claim_kind, subject_name, budget_yuan, actual_yuan, amount_yuan
        ) as claim_number,
        {{ unit_factor('amount_unit') }} as unit_factor,
        length(regexp_extract(figure_raw, '\.([0-9]+)', 1)) as figure_decimals
    from {{ ref('stg_landing__claims') }}
    where
        claim_kind in (
            'total_income_expenditure', 'fiscal_total_income_expenditure', 'total_income', 'total_expenditure'
        )
        or (claim_kind = 'sangong_execution' and subject_name = '三公')
        or (claim_kind in ('operating_costs', 'procurement_total') and amount_yuan is not null)
        or (claim_kind = 'year_on_year' and subject_code is not null and amount_yuan is not null)
),

-- One row per stated figure to compare. figure_raw is the printed form of amount_yuan, else of actual_yuan;
-- it does not describe the stated budget, whose decimals are read off its value (a figure is printed with
-- at least its significant decimals).
stated as (
    select
        claims.*,
        'amount' as stated_figure,
        claims.amount_yuan as stated_yuan,
        true as figure_raw_applies
    from claims
    where claims.claim_kind != 'sangong_execution' and claims.amount_yuan is not null

    union all

    select
        claims.*,
        'budget' as stated_figure,
        claims.budget_yuan as stated_yuan,
        false as figure_raw_applies
    from claims
    where claims.claim_kind = 'sangong_execution' and claims.budget_yuan is not null

    union all

    select
        claims.*,
        'actual' as stated_figure,
        claims.actual_yuan as stated_yuan,
        claims.amount_yuan is null as figure_raw_applies
    from claims
    inner join documents
        on claims.document_id = documents.document_id
    where
        claims.claim_kind = 'sangong_execution'
        and claims.actual_yuan is not null
        and documents.doc_kind = 'final_account'
),

stated_precision as (
    select
        *,
        case
            when figure_raw_applies and figure_raw is not null then figure_decimals
            when stated_yuan = round(stated_yuan / unit_factor, 0) * unit_factor then 0
            when stated_yuan = round(stated_yuan / unit_factor, 1) * unit_factor then 1
            when stated_yuan = round(stated_yuan / unit_factor, 2) * unit_factor then 2
            when stated_yuan = round(stated_yuan / unit_factor, 3) * unit_factor then 3
            else 4
        end as stated_decimals
    from stated
),

-- The first instance of each table kind in a document.
report_tables as (
    select * from {{ ref('stg_landing__report_tables') }}
    qualify row_number() over (partition by document_id, table_key order by title_line) = 1
),

summary_cells as (
    select
        amounts.document_id,
        amounts.table_key,
        report_tables.table_title,
        regexp_replace(amounts.row_label, '\s+', '', 'g') as row_label,
        amounts.is_total_row,
        amounts.column_key,
        amounts.phase,
        amounts.amount_yuan,
        amounts.amount_raw,
        amounts.amount_unit,
        amounts.source_line
    from {{ ref('int_amounts') }} as amounts
    inner join report_tables
        on
            amounts.document_id = report_tables.document_id
            and amounts.table_key = report_tables.table_key
            and amounts.table_title_line = report_tables.title_line
    where
        amounts.table_key in (
            'income_expenditure_summary', 'fiscal_summary', 'sangong', 'operating_costs', 'procurement'
        )
),

-- The 合计 of the document's 专项转移支付 (transfer) table: a narrative total can include it though the main
-- tables leave it out, and the finding then says so.
transfer_totals as (
    select
        amounts.document_id,
        report_tables.table_title as transfer_table_title,
        amounts.amount_yuan as transfer_yuan
    from {{ ref('int_amounts') }} as amounts
    inner join report_tables
        on
            amounts.document_id = report_tables.document_id
            and amounts.table_key = report_tables.table_key
            and amounts.table_title_line = report_tables.title_line
    where amounts.table_key = 'transfer' and amounts.column_key = 'total' and amounts.is_total_row
    -- (the 合计 / 总计 before a 小计 or a region's subtotal, wherever the table prints it)
    qualify row_number() over (
        partition by amounts.document_id
        order by regexp_matches(amounts.row_label, '^[合总]计') desc, amounts.source_line
    ) = 1
),

phases as (
    select unnest(['budget', 'actual']) as phase
),

-- Candidate table figures per (document, claim kind, stated figure); the lowest priority wins.
table_candidates as (
    select
        document_id,
        case table_key
            when 'income_expenditure_summary' then 'total_income_expenditure'
            else 'fiscal_total_income_expenditure'
        end as claim_kind,
        'amount' as stated_figure,
        case when column_key = 'income' then 1 else 2 end as priority,
        'table_row' as table_basis,
        table_key,
        table_title,
        row_label as table_row_label,
        amount_yuan as table_yuan,
        amount_raw as table_raw,
        amount_unit as table_unit,
        source_line as table_source_line
    from summary_cells
    where
        table_key in ('income_expenditure_summary', 'fiscal_summary')
        and (
            (column_key = 'income' and row_label in ('总计', '收入总计'))
            or (column_key = 'expenditure' and row_label in ('总计', '支出总计'))
        )

    union all

    select
        document_id,
        case column_key when 'income' then 'total_income' else 'total_expenditure' end as claim_kind,
        'amount' as stated_figure,
        1 as priority,
        'table_row' as table_basis,
        table_key,
        table_title,
        row_label as table_row_label,
        amount_yuan as table_yuan,
        amount_raw as table_raw,
        amount_unit as table_unit,
        source_line as table_source_line
    from summary_cells
    where
        table_key = 'income_expenditure_summary'
        and (
            (column_key = 'income' and row_label = '本年收入合计')
            or (column_key = 'expenditure' and row_label = '本年支出合计')
        )

    union all

    select
        documents.document_id,
        'total_expenditure' as claim_kind,
        'amount' as stated_figure,
        2 as priority,
        'document_total' as table_basis,
        documents.main_table_key as table_key,
        report_tables.table_title,
        '合计' as table_row_label,
        documents.total_expenditure_yuan as table_yuan,
        cast(null as varchar) as table_raw,
        report_tables.amount_unit as table_unit,
        cast(null as bigint) as table_source_line
    from documents
    left join report_tables
        on
            documents.document_id = report_tables.document_id
            and documents.main_table_key = report_tables.table_key
    where documents.total_expenditure_yuan is not null

    union all

    select
        document_id,
        'sangong_execution' as claim_kind,
        phase as stated_figure,
        1 as priority,
        'table_row' as table_basis,
        table_key,
        table_title,
        row_label as table_row_label,
        amount_yuan as table_yuan,
        amount_raw as table_raw,
        amount_unit as table_unit,
        source_line as table_source_line
    from summary_cells
    where table_key = 'sangong' and column_key = 'total'

    union all

    -- 机关运行经费: the 合计 of its own table, else the column of that name in the 三公 table.
    select
        summary_cells.document_id,
        'operating_costs' as claim_kind,
        'amount' as stated_figure,
        case summary_cells.table_key when 'operating_costs' then 1 else 2 end as priority,
        'table_row' as table_basis,
        summary_cells.table_key,
        summary_cells.table_title,
        case summary_cells.table_key when 'operating_costs' then summary_cells.row_label else '机关运行经费' end
            as table_row_label,
        summary_cells.amount_yuan as table_yuan,
        summary_cells.amount_raw as table_raw,
        summary_cells.amount_unit as table_unit,
        summary_cells.source_line as table_source_line
    from summary_cells
    inner join documents
        on summary_cells.document_id = documents.document_id
    where
        summary_cells.phase = documents.phase
        and (
            (
                summary_cells.table_key = 'operating_costs'
                and summary_cells.is_total_row
                and summary_cells.column_key = 'total'
                and summary_cells.row_label in ('合计', '总计')
            )
            or (summary_cells.table_key = 'sangong' and summary_cells.column_key = 'operating_costs')
        )

    union all

    -- the 合计 of the document's own phase (a final account's table prints the 计划 beside the 实际)
    select
        summary_cells.document_id,
        'procurement_total' as claim_kind,
        'amount' as stated_figure,
        1 as priority,
        'table_row' as table_basis,
        summary_cells.table_key,
        summary_cells.table_title,
        summary_cells.row_label as table_row_label,
        summary_cells.amount_yuan as table_yuan,
        summary_cells.amount_raw as table_raw,
        summary_cells.amount_unit as table_unit,
        summary_cells.source_line as table_source_line
    from summary_cells
    inner join documents
        on summary_cells.document_id = documents.document_id
    where
        summary_cells.table_key = 'procurement'
        and summary_cells.is_total_row
        and summary_cells.phase = documents.phase

    union all

    -- A 三公 table that prints no 合计 for the phase: blank cells are zero.
    select
        report_tables.document_id,
        'sangong_execution' as claim_kind,
        phases.phase as stated_figure,
        2 as priority,
        'blank_table' as table_basis,
        report_tables.table_key,
        report_tables.table_title,
        '合计' as table_row_label,
        cast(0 as decimal(20, 2)) as table_yuan,
        cast(null as varchar) as table_raw,
        report_tables.amount_unit as table_unit,
        report_tables.title_line as table_source_line
    from report_tables
    cross join phases
    where report_tables.table_key = 'sangong'
),

table_figures as (
    select * from table_candidates
    qualify row_number() over (
        partition by document_id, claim_kind, stated_figure
        order by priority, table_source_line nulls last
    ) = 1
),

-- The total column of every expenditure table by functional code, in the document's own phase.
expenditure_cells as (
    select * from {{ ref('int_expenditure_cells') }}
    where column_key = 'total'
),

-- Per stated figure: the table figure to compare with (by claim kind; for a year-on-year claim, by code).
matched_figures as (
    select
        stated_precision.document_id,
        stated_precision.claim_number,
        stated_precision.stated_figure,
        table_figures.table_basis,
        table_figures.table_key,
        table_figures.table_title,
        table_figures.table_row_label,
        table_figures.table_yuan,
        table_figures.table_raw,
        table_figures.table_unit,
        table_figures.table_source_line,
        true as is_decisive
    from stated_precision
    inner join table_figures
        on
            stated_precision.document_id = table_figures.document_id
            and stated_precision.claim_kind = table_figures.claim_kind
            and stated_precision.stated_figure = table_figures.stated_figure
),

matched_codes as (
    select
        stated_precision.document_id,
        stated_precision.claim_number,
        stated_precision.stated_figure,
        'table_row' as table_basis,
        expenditure_cells.table_key,
        expenditure_cells.table_title,
        expenditure_cells.row_label as table_row_label,
        expenditure_cells.amount_yuan as table_yuan,
        expenditure_cells.amount_raw as table_raw,
        expenditure_cells.amount_unit as table_unit,
        expenditure_cells.source_line as table_source_line,
        expenditure_cells.all_funds_table_prints_codes as is_decisive
    from stated_precision
    inner join expenditure_cells
        on
            stated_precision.document_id = expenditure_cells.document_id
            and stated_precision.subject_code = expenditure_cells.subject_code
    where stated_precision.claim_kind = 'year_on_year'
    qualify row_number() over (
        partition by stated_precision.document_id, stated_precision.claim_number
        order by abs(stated_precision.stated_yuan - expenditure_cells.amount_yuan), expenditure_cells.source_line
    ) = 1
),

matched as (
    select * from matched_figures
    union all
    select * from matched_codes
),

compared as (
    select
        stated_precision.document_id,
        documents.source_file,
        stated_precision.claim_number,
        stated_precision.claim_kind,
        stated_precision.stated_figure,
        case stated_precision.claim_kind
            when 'sangong_execution' then 'stated_sangong_vs_table'
            when 'year_on_year' then 'stated_figure_vs_table'
            else 'stated_total_vs_table'
        end as check_name,
        case stated_precision.claim_kind
            when 'total_income_expenditure' then '收入支出总计'
            when 'fiscal_total_income_expenditure' then '财政拨款收入支出总计'
            when 'total_income' then '本年收入合计'
            when 'total_expenditure' then '本年支出合计'
            when 'operating_costs' then '机关运行经费'
            when 'procurement_total' then '政府采购总额'
            when 'year_on_year'
                then coalesce(stated_precision.subject_name, '') || '（' || stated_precision.subject_code || '）'
            else case stated_precision.stated_figure
                when 'budget' then '“三公”经费年初预算'
                else '“三公”经费支出决算'
            end
        end as stated_label,
        stated_precision.stated_yuan,
        stated_precision.amount_unit as stated_unit,
        case when stated_precision.figure_raw_applies then stated_precision.figure_raw end as stated_raw,
        stated_precision.stated_decimals,
        matched.table_basis,
        matched.table_key,
        matched.table_title,
        case
            when stated_precision.claim_kind = 'sangong_execution'
                then
                    matched.table_row_label
                    || case stated_precision.stated_figure when 'budget' then ' 预算数' else ' 决算数' end
            else matched.table_row_label
        end as table_row_label,
        matched.table_yuan,
        matched.table_raw,
        matched.table_unit,
        matched.table_source_line,
        coalesce(matched.is_decisive, false) as is_decisive,
        cast(
            0.5 * power(10, -stated_precision.stated_decimals) * stated_precision.unit_factor as decimal(24, 4)
        )
        + {{ rounding_step('matched.table_unit') }} as tolerance_yuan,
        transfer_totals.transfer_table_title,
        transfer_totals.transfer_yuan,
        stated_precision.sentence,
        stated_precision.source_line,
        stated_precision.source_page
    from stated_precision
    left join documents
        on stated_precision.document_id = documents.document_id
    left join transfer_totals
        on stated_precision.document_id = transfer_totals.document_id
    left join matched
        on
            stated_precision.document_id = matched.document_id
            and stated_precision.claim_number = matched.claim_number
            and stated_precision.stated_figure = matched.stated_figure
)

select
    md5(concat_ws('|', document_id, cast(claim_number as varchar), stated_figure)) as comparison_id,
    document_id,
    source_file,
    claim_kind,
    stated_figure,
    check_name,
    stated_label,
    stated_yuan,
    stated_unit,
    stated_decimals,
    coalesce(
        stated_raw,
        format(
            '{:,.{}f}',
            cast(stated_yuan as double) / cast({{ unit_factor('stated_unit') }} as double),
            stated_decimals
        )
    ) as stated_text,
    table_basis,
    table_key,
    table_title,
    table_row_label,
    table_yuan,
    table_unit,
    case
        when table_raw is not null then table_raw
        when table_basis = 'blank_table' then '0'
        when table_yuan is not null
            then format('{:,.2f}', cast(table_yuan as double) / cast({{ unit_factor('table_unit') }} as double))
    end as table_text,
    table_source_line,
    stated_yuan - table_yuan as difference_yuan,
    tolerance_yuan,
    coalesce(abs(stated_yuan - table_yuan) > tolerance_yuan, false) and is_decisive as is_contradiction,
    transfer_table_title,
    transfer_yuan,
    coalesce(
        check_name = 'stated_total_vs_table' and abs(stated_yuan - table_yuan - transfer_yuan) <= tolerance_yuan, false
    ) as difference_is_transfer,
    sentence,
    source_line,
    source_page
from compared
