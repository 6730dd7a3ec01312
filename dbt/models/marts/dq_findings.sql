-- Every data-quality finding about a source document: the parser's own warn/error diagnostics and the
-- findings computed here (identity violations inside a table, stated rates that the stated figures do not
-- give, rates outside [0, 5], restated budgets that differ from the unit's budget report or that no
-- functional level adds up to the whole of, totals the narrative states that the report's own tables
-- contradict, tables of one report that print one amount differently).
with documents as (
    select * from {{ ref('int_documents') }}
),

report_tables as (
    select * from {{ ref('stg_landing__report_tables') }}
),

parser_findings as (
    select
        document_id,
        source_file,
        check_name,
        severity,
        table_key,
        expected,
        observed,
        message,
        source_line,
        'parser' as finding_source
    from {{ ref('stg_landing__diagnostics') }}
    where severity in ('warn', 'error')
),

identity_findings as (
    select
        violations.document_id,
        documents.source_file,
        violations.check_name,
        'warn' as severity,
        violations.table_key,
        cast(violations.expected_yuan as varchar) as expected,
        cast(violations.observed_yuan as varchar) as observed,
        case violations.check_name
            when 'parent_vs_children' then 'Parent row does not equal the sum of its sub-codes'
            when 'total_row_vs_classes' then 'Total row does not equal the sum of the 类 rows'
            when 'sangong_total_vs_items' then '三公 total does not equal 出国 + 公务用车 + 接待'
            when 'sangong_vehicle_vs_parts' then '三公 公务用车 does not equal 购置 + 运行'
            else 'Row total does not equal the sum of its part columns'
        end
        || ' in table ' || coalesce('“' || report_tables.table_title || '” ', '')
        || '(' || violations.table_key || ')'
        || coalesce(', row ''' || coalesce(violations.row_label, violations.subject_code) || '''', '')
        || ', column ' || violations.column_key
        || ', phase ' || violations.phase
        || ': printed ' || {{ format_amount('violations.observed_yuan', 'violations.amount_unit') }}
        || ' but the ' || cast(violations.term_count as varchar) || ' summed terms give '
        || {{ format_amount('violations.expected_yuan', 'violations.amount_unit') }}
        || {{ difference_and_tolerance(
            'violations.difference_yuan', 'violations.tolerance_yuan', 'violations.amount_unit'
        ) }} as message,
        violations.source_line,
        'warehouse' as finding_source
    from {{ ref('int_identity_violations') }} as violations
    left join documents
        on violations.document_id = documents.document_id
    left join report_tables
        on
            violations.document_id = report_tables.document_id
            and violations.table_key = report_tables.table_key
            and violations.table_title_line = report_tables.title_line
),

execution as (
    select
        *,
        coalesce(rate_decimals, 2) as shown_decimals
    from {{ ref('budget_execution') }}
),

rate_mismatch_findings as (
    select
        execution.actual_document_id as document_id,
        execution.actual_source_file as source_file,
        'stated_rate_mismatch' as check_name,
        'warn' as severity,
        cast(null as varchar) as table_key,
        cast(round(cast(execution.execution_rate as double) * 100, execution.shown_decimals) as varchar) || '%'
            as expected,
        cast(round(cast(execution.stated_rate as double) * 100, execution.shown_decimals) as varchar) || '%'
            as observed,
        'The stated execution rate of ' || execution.item_kind || ' ''' || coalesce(execution.item_name, '')
        || ''' is ' || cast(round(cast(execution.stated_rate as double) * 100, execution.shown_decimals) as varchar)
        || '%, but actual '
        || {{ format_amount('execution.actual_yuan', 'execution.stated_amount_unit') }}
        || ' / budget '
        || {{ format_amount('execution.budget_yuan', 'execution.stated_amount_unit') }}
        || ' gives '
        || cast(round(cast(execution.execution_rate as double) * 100, execution.shown_decimals) as varchar)
        || '%.' as message,
        execution.source_line,
        'warehouse' as finding_source
    from execution
    where execution.rate_matches_stated = false
),

rate_range_findings as (
    select
        execution.actual_document_id as document_id,
        execution.actual_source_file as source_file,
        'execution_rate_out_of_range' as check_name,
        'warn' as severity,
        cast(null as varchar) as table_key,
        'between 0 and 5' as expected,
        cast(execution.execution_rate as varchar) as observed,
        'The execution rate of ' || execution.item_kind || ' ''' || coalesce(execution.item_name, '')
        || ''' (' || execution.comparison_basis || ') is '
        || cast(round(cast(execution.execution_rate as double) * 100, 2) as varchar)
        || '% (actual '
        || {{ format_amount('execution.actual_yuan', 'execution.stated_amount_unit') }}
        || ' / budget '
        || {{ format_amount('execution.budget_yuan', 'execution.stated_amount_unit') }}
        || '), outside the plausible range 0% to 500%.' as message,
        execution.source_line,
        'warehouse' as finding_source
    from execution
    where execution.execution_rate < 0 or execution.execution_rate > 5

    union all

    select
        execution.actual_document_id as document_id,
        execution.actual_source_file as source_file,
        'stated_rate_out_of_range' as check_name,
        'warn' as severity,
        cast(null as varchar) as table_key,
        'between 0 and 5' as expected,
        cast(execution.stated_rate as varchar) as observed,
        'The document states an execution rate of '
        || cast(round(cast(execution.stated_rate as double) * 100, execution.shown_decimals) as varchar)
        || '% for ' || execution.item_kind || ' ''' || coalesce(execution.item_name, '')
        || ''', outside the plausible range 0% to 500%.' as message,
        execution.source_line,
        'warehouse' as finding_source
    from execution
    where execution.stated_rate < 0 or execution.stated_rate > 5
),

stated_actual_findings as (
    select
        execution.actual_document_id as document_id,
        execution.actual_source_file as source_file,
        'stated_actual_vs_table' as check_name,
        'warn' as severity,
        execution.actual_table_key as table_key,
        cast(execution.actual_yuan as varchar) as expected,
        cast(execution.stated_actual_yuan as varchar) as observed,
        'The narrative states an actual of '
        || {{ format_amount('execution.stated_actual_yuan', 'execution.stated_amount_unit') }}
        || ' for ' || execution.item_kind || ' ''' || coalesce(execution.item_name, '')
        || ''', but the tables print '
        || {{ format_amount('execution.actual_yuan', 'execution.stated_amount_unit') }}
        || '.' as message,
        execution.source_line,
        'warehouse' as finding_source
    from execution
    where
        execution.comparison_basis = 'within_final_account'
        and execution.actual_source = 'table'
        and execution.stated_actual_yuan is not null
        and abs(execution.stated_actual_yuan - execution.actual_yuan)
        > {{ rounding_step('execution.stated_amount_unit') }} + {{ rounding_step("'万元'") }}
        -- The stated 三公 total against its table is stated_sangong_vs_table already: one finding per error.
        and not (execution.item_kind = 'sangong' and execution.subject_code is null and execution.item_name = '三公')
),

restated as (
    select * from {{ ref('int_restated_budgets') }}
),

main_units as (
    select
        document_id,
        max(amount_unit) as amount_unit
    from {{ ref('int_main_expenditure_amounts') }}
    group by document_id
),

-- A restated 年初预算 speaks of one money (fund_basis); the budget report's figure it restates is that money's
-- too (its 一般公共预算支出表 for 一般公共预算财政拨款支出, or its 财政拨款收支总表's column of it), and none
-- where the budget report prints none of it: never another money's named.
budget_bases as (
    select distinct
        document_id,
        fund_basis
    from {{ ref('int_fund_basis_totals') }}
),

-- Each restated figure beside the unit's budget report of the year, and the money looked up there: the
-- claim's; a money nothing names, taken for 一般公共预算, that the budget report prints no figure of: its
-- main table's.
restated_budget_reports as (
    select
        restated.*,
        final_doc.source_file,
        budget_doc.document_id as budget_document_id,
        budget_doc.source_file as budget_source_file,
        budget_doc.total_expenditure_yuan as budget_summary_total_yuan,
        case
            when restated.fund_basis_assumed and printed.fund_basis is null then 'all_sources'
            else restated.fund_basis
        end as lookup_basis
    from restated
    inner join documents as final_doc
        on restated.document_id = final_doc.document_id
    inner join documents as budget_doc
        on
            final_doc.unit_id = budget_doc.unit_id
            and final_doc.fiscal_year = budget_doc.fiscal_year
            and budget_doc.doc_kind = 'budget'
            and (final_doc.scope is null or budget_doc.scope is null or final_doc.scope = budget_doc.scope)
    left join budget_bases as printed
        on
            budget_doc.document_id = printed.document_id
            and restated.fund_basis = printed.fund_basis
),

restated_pairs as (
    select
        pairs.*,
        case when pairs.subject_code is null then budget_whole.table_title else budget_class.table_title end
            as budget_table_title,
        case
            when pairs.subject_code is null
                then
                    coalesce(
                        budget_whole.amount_yuan,
                        case when pairs.lookup_basis = 'all_sources' then pairs.budget_summary_total_yuan end
                    )
            when length(pairs.subject_code) = 3 then budget_class.amount_yuan
        end as budget_report_yuan,
        {{ rounding_step('pairs.amount_unit') }}
        + {{ rounding_step('coalesce(budget_whole.amount_unit, budget_class.amount_unit, main_units.amount_unit)') }}
            as tolerance_yuan
    from restated_budget_reports as pairs
    -- equality joins only: a condition on one side in the ON clause makes DuckDB loop over every pair
    left join {{ ref('int_fund_basis_totals') }} as budget_whole
        on
            pairs.budget_document_id = budget_whole.document_id
            and pairs.lookup_basis = budget_whole.fund_basis
            and budget_whole.is_total_row
    left join {{ ref('int_fund_basis_totals') }} as budget_class
        on
            pairs.budget_document_id = budget_class.document_id
            and pairs.lookup_basis = budget_class.fund_basis
            and pairs.subject_code = budget_class.subject_code
    left join main_units
        on pairs.budget_document_id = main_units.document_id
),

restated_findings as (
    select
        document_id,
        source_file,
        'restated_budget_mismatch' as check_name,
        'warn' as severity,
        cast(null as varchar) as table_key,
        cast(budget_report_yuan as varchar) as expected,
        cast(budget_yuan as varchar) as observed,
        'The final account restates the 年初预算 of '
        || case
            when subject_code is null then 'the whole'
            else '类 ' || subject_code || ' ' || coalesce(subject_name, '')
        end
        || ' as ' || {{ format_amount('budget_yuan', 'amount_unit') }}
        || ', but the budget report ' || budget_source_file
        || coalesce(' prints in “' || budget_table_title || '” ', ' prints ')
        || {{ format_amount('budget_report_yuan', 'amount_unit') }}
        || ' (difference '
        || {{ format_amount('budget_yuan - budget_report_yuan', 'amount_unit') }}
        || ').' as message,
        source_line,
        'warehouse' as finding_source
    from restated_pairs
    where
        budget_report_yuan is not null
        and abs(budget_yuan - budget_report_yuan) > tolerance_yuan
),

restated_levels as (
    select
        document_id,
        fund_basis,
        subject_level,
        any_value(level_count) as level_count,
        any_value(level_budget_yuan) as level_budget_yuan
    from restated
    where item_kind <> 'total' and not covers_total
    group by document_id, fund_basis, subject_level
),

coverage_findings as (
    select
        restated.document_id,
        documents.source_file,
        'restated_budget_classes_incomplete' as check_name,
        'warn' as severity,
        cast(null as varchar) as table_key,
        cast(restated.total_budget_yuan as varchar) as expected,
        cast(arg_max(restated_levels.level_budget_yuan, restated_levels.subject_level) as varchar) as observed,
        'The narrative states the 年初预算 of '
        || string_agg(
            cast(restated_levels.level_count as varchar) || ' '
            || case restated_levels.subject_level when 1 then '类' when 2 then '款' else '项' end
            || ' summing to ' || {{ format_amount('restated_levels.level_budget_yuan', 'restated.amount_unit') }},
            '; ' order by restated_levels.subject_level desc
        )
        || ', but the whole budget is '
        || {{ format_amount('restated.total_budget_yuan', 'restated.amount_unit') }}
        || ' (' || restated.fund_basis || '); no level adds up to the whole, so this restated budget is left out of'
        || ' fact_expenditure.' as message,
        restated.source_line,
        'warehouse' as finding_source
    from restated
    inner join documents
        on restated.document_id = documents.document_id
    inner join restated_levels
        on
            restated.document_id = restated_levels.document_id
            and restated.fund_basis = restated_levels.fund_basis
    where
        restated.item_kind = 'total'
        and not restated.covers_total
    group by
        restated.document_id,
        restated.fund_basis,
        documents.source_file,
        restated.total_budget_yuan,
        restated.amount_unit,
        restated.source_line
),

-- A year-on-year claim whose prior-year figure is not what the unit's report of the year before prints.
prior_year_findings as (
    select
        document_id,
        source_file,
        'prior_year_figure_mismatch' as check_name,
        'warn' as severity,
        cast(null as varchar) as table_key,  -- the table compared is the other report's (named in the message)
        cast(previous_table_yuan as varchar) as expected,
        cast(prior_figure_yuan as varchar) as observed,
        'The narrative gives ' || coalesce(subject_name, '') || ' (' || subject_code || ') of '
        || cast(fiscal_year - 1 as varchar) || ' as ' || {{ format_amount('prior_figure_yuan', 'amount_unit') }}
        || ', but the report of that year ' || previous_source_file || ' prints '
        || {{ format_amount('previous_table_yuan', 'previous_table_unit') }}
        || ' in ' || coalesce(previous_table_title, previous_table_key) || ' (line '
        || cast(previous_table_line as varchar) || ').' as message,
        source_line,
        'warehouse' as finding_source
    from {{ ref('int_prior_year_figures') }}
    where is_contradiction
),

-- Budget detail lines that do not add up to what the report's own tables print for their code.
line_item_findings as (
    select
        comparisons.document_id,
        documents.source_file,
        'line_items_vs_table' as check_name,
        'warn' as severity,
        comparisons.table_key,
        cast(comparisons.table_yuan as varchar) as expected,
        cast(comparisons.lines_yuan as varchar) as observed,
        'The ' || cast(comparisons.line_count as varchar) || ' budget detail lines of '
        || case comparisons.classification when 'functional' then 'functional code ' else 'economic code ' end
        || comparisons.subject_code || ' add up to '
        || {{ format_amount('comparisons.lines_yuan', 'comparisons.table_unit') }}
        || ', but ' || coalesce(comparisons.table_title, comparisons.table_key) || ' prints '
        || {{ format_amount('comparisons.table_yuan', 'comparisons.table_unit') }}
        || ' (line ' || cast(comparisons.table_source_line as varchar) || ').' as message,
        comparisons.source_line,
        'warehouse' as finding_source
    from {{ ref('int_line_items_vs_tables') }} as comparisons
    inner join documents
        on comparisons.document_id = documents.document_id
    where comparisons.is_contradiction
),

-- Figures two tables of one report print for the same amount (收支总表 against 支出表 …) that disagree.
cross_table_findings as (
    select
        comparisons.document_id,
        documents.source_file,
        comparisons.check_name,
        'warn' as severity,
        comparisons.table_key,
        cast(comparisons.reference_yuan as varchar) as expected,
        cast(comparisons.printed_yuan as varchar) as observed,
        coalesce(comparisons.table_title, comparisons.table_key) || ' prints ' || comparisons.row_label
        || case
            when comparisons.check_name = 'summary_totals_balance' then ' (' || comparisons.column_key || ' side) '
            when comparisons.column_key = 'basic' then ' 基本支出 '
            else ' '
        end
        || {{ format_amount('comparisons.printed_yuan', 'comparisons.printed_unit') }}
        || ', but ' || coalesce(comparisons.reference_table_title, comparisons.reference_table_key)
        || ' prints ' || comparisons.reference_row_label
        || case
            when comparisons.check_name = 'summary_totals_balance'
                then ' (' || comparisons.reference_column_key || ' side) '
            else ' '
        end
        || {{ format_amount('comparisons.reference_yuan', 'comparisons.reference_unit') }}
        || ' (line ' || cast(comparisons.reference_source_line as varchar) || '); '
        || case
            when comparisons.check_name = 'summary_totals_balance' then 'the two sides must balance'
            else 'the two tables must agree'
        end
        || {{ difference_and_tolerance(
            'comparisons.difference_yuan', 'comparisons.tolerance_yuan', 'comparisons.printed_unit'
        ) }} as message,
        comparisons.source_line,
        'warehouse' as finding_source
    from {{ ref('int_cross_table_comparisons') }} as comparisons
    inner join documents
        on comparisons.document_id = documents.document_id
    where comparisons.is_contradiction
),

stated_figure_findings as (
    select
        document_id,
        source_file,
        check_name,
        'warn' as severity,
        table_key,
        cast(table_yuan as varchar) as expected,
        cast(stated_yuan as varchar) as observed,
        'The narrative states ' || stated_label || ' ' || stated_text || ' ' || coalesce(stated_unit, '')
        || ', but ' || coalesce(table_title, table_key)
        || case
            when table_basis = 'blank_table'
                then ' prints no ' || table_row_label || ' (blank cells, i.e. 0 ' || coalesce(table_unit, '') || ')'
            else ' prints ' || table_row_label || ' ' || table_text || ' ' || coalesce(table_unit, '')
        end
        || case when table_basis = 'document_total' then ' (the document''s total expenditure)' else '' end
        || '.'
        || case
            when difference_is_transfer
                then
                    ' The difference is the 合计 of ' || transfer_table_title || ', '
                    || format('{:,.2f}', cast(transfer_yuan as double)) || ' 元, which the main tables leave out.'
            else ''
        end as message,
        source_line,
        'warehouse' as finding_source
    from {{ ref('int_stated_figures_vs_tables') }}
    where is_contradiction
),

-- Two documents claiming the same unit, year, kind and scope (different totals, or the same: a re-issue
-- changing figures between rows, one report in two renditions): both are kept (neither is known to be the
-- right one), and each gets a finding naming the other.
conflict_findings as (
    select
        this_doc.document_id,
        this_doc.source_file,
        'conflicting_reports' as check_name,
        'warn' as severity,
        this_doc.main_table_key as table_key,
        cast(other_doc.total_expenditure_yuan as varchar) as expected,
        cast(this_doc.total_expenditure_yuan as varchar) as observed,
        this_doc.source_file || ' and ' || other_doc.source_file || ' both claim to be the '
        || this_doc.fiscal_year || ' ' || this_doc.doc_kind || ' of ' || this_doc.unit_name
        || case
            when this_doc.total_expenditure_yuan = other_doc.total_expenditure_yuan
                then
                    ', with the same total expenditure '
                    || cast(this_doc.total_expenditure_yuan as varchar)
                    || ' 元 (a re-issue, or one report in two renditions); both are kept.'
            else
                ', with total expenditure '
                || coalesce(cast(this_doc.total_expenditure_yuan as varchar), 'unknown')
                || ' 元 and ' || coalesce(cast(other_doc.total_expenditure_yuan as varchar), 'unknown')
                || ' 元; both are kept.'
        end as message,
        cast(null as integer) as source_line,
        'warehouse' as finding_source
    from documents as this_doc
    inner join documents as other_doc
        on
            this_doc.unit_id = other_doc.unit_id
            and this_doc.fiscal_year = other_doc.fiscal_year
            and this_doc.doc_kind = other_doc.doc_kind
            and this_doc.scope = other_doc.scope
            and this_doc.document_id <> other_doc.document_id
    where
        this_doc.parse_status = 'parsed'
        and other_doc.parse_status = 'parsed'
),

findings as (
    select * from conflict_findings
    union all
    select * from parser_findings
    union all
    select * from identity_findings
    union all
    select * from rate_mismatch_findings
    union all
    select * from rate_range_findings
    union all
    select * from stated_actual_findings
    union all
    select * from restated_findings
    union all
    select * from coverage_findings
    union all
    select * from stated_figure_findings
    union all
    select * from prior_year_findings
    union all
    select * from line_item_findings
    union all
    select * from cross_table_findings
)

select
    cast(
        md5(
            concat_ws(
                '|', document_id, check_name, table_key, cast(source_line as varchar), expected, observed, message,
                cast(
                    row_number() over (
                        partition by document_id, check_name, table_key, source_line, expected, observed, message
                        order by finding_source
                    ) as varchar
                )
            )
        ) as varchar
    ) as finding_id,
    cast(document_id as varchar) as document_id,
    cast(source_file as varchar) as source_file,
    cast(check_name as varchar) as check_name,
    cast(severity as varchar) as severity,
    cast(table_key as varchar) as table_key,
    cast(expected as varchar) as expected,
    cast(observed as varchar) as observed,
    cast(message as varchar) as message,
    cast(source_line as bigint) as source_line,
    cast(finding_source as varchar) as finding_source
from findings
