-- Identities that must hold inside one printed table, checked on every landed cell; one row per
-- violation beyond the rounding tolerance (one rounding step per summed term). The generic test
-- identity_holds surfaces each check.
{% set amounts = ref('int_amounts') %}
{% set functional_and_economic_tables = [
    'expenditure_by_function', 'general_budget_by_function', 'fiscal_by_function', 'income_by_function',
    'basic_by_economic', 'general_budget_basic_by_economic', 'fiscal_basic_by_economic'
] %}

with violations as (
    select * from (
        {{ identity_row_total_violations(amounts, 'expenditure_by_function', expenditure_parts()) }}
    ) as expenditure_rows
    union all
    select * from (
        {{ identity_row_total_violations(amounts, 'general_budget_by_function', ['basic', 'project']) }}
    ) as general_budget_rows
    union all
    select * from (
        {{ identity_row_total_violations(amounts, 'income_by_function', income_parts(), 'income') }}
    ) as income_rows
    union all
    select * from (
        {{ identity_row_total_violations(amounts, 'basic_by_economic', ['personnel', 'public_funds']) }}
    ) as basic_rows
    union all
    select * from (
        {{ identity_row_total_violations(amounts, 'general_budget_basic_by_economic', ['personnel', 'public_funds']) }}
    ) as general_basic_rows
    union all
    select * from (
        {{ identity_row_total_violations(amounts, 'fiscal_basic_by_economic', ['personnel', 'public_funds']) }}
    ) as fiscal_basic_rows
    union all
    select * from (
        {{ identity_row_total_violations(
            amounts, 'sangong', ['outbound', 'vehicle', 'reception'], 'total', 'sangong_total_vs_items',
            by_row=false
        ) }}
    ) as sangong_total
    union all
    select * from (
        {{ identity_row_total_violations(
            amounts, 'sangong', ['vehicle_purchase', 'vehicle_operation'], 'vehicle', 'sangong_vehicle_vs_parts',
            by_row=false
        ) }}
    ) as sangong_vehicle
    union all
    select * from (
        {{ identity_parent_children_violations(amounts) }}
    ) as parent_children
    union all
    select * from (
        {{ identity_total_row_violations(amounts, functional_and_economic_tables) }}
    ) as total_rows
)

select
    md5(
        concat_ws(
            '|', document_id, table_key, cast(table_title_line as varchar), check_name, phase,
            classification, subject_code, row_label, column_key
        )
    ) as violation_id,
    *
from violations
