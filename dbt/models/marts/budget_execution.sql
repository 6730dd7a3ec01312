-- One row per (unit, year, item, comparison basis, fund basis) where both a budget and an actual amount exist, with
-- the execution rate computed from the amounts and compared with the rate the document states.
{#- How far rounding the two amounts to their printed unit (half a step each) can move the rate, in
    percentage points. -#}
{% set amount_rounding -%}
    (100 * 0.5 * cast({{ rounding_step("coalesce(stated_amount_unit, '元')") }} as double)
    * (1 + abs(computed_rate)) / abs(cast(budget_yuan as double)) + 1e-9)
{%- endset %}

with items as (
    select * from {{ ref('int_budget_execution_items') }}
),

rated as (
    select
        *,
        case
            when budget_yuan = 0 then null
            when abs(cast(actual_yuan as double) / cast(budget_yuan as double)) >= 999999 then null
            else round(cast(actual_yuan as double) / cast(budget_yuan as double), 6)
        end as computed_rate
    from items
)

select
    cast(
        -- (a report may state the whole or a 类 of two moneys: 本年支出 and 一般公共预算财政拨款支出)
        md5(concat_ws('|', comparison_basis, budget_document_id, actual_document_id, item_kind, item_key, fund_basis))
        as varchar
    ) as budget_execution_id,
    cast(unit_id as varchar) as unit_id,
    cast(unit_name as varchar) as unit_name,
    cast(fiscal_year as integer) as fiscal_year,
    cast(item_kind as varchar) as item_kind,
    cast(item_key as varchar) as item_key,
    cast(subject_code as varchar) as subject_code,
    cast(item_name as varchar) as item_name,
    cast(comparison_basis as varchar) as comparison_basis,
    cast(fund_basis as varchar) as fund_basis,
    cast(budget_yuan as decimal(20, 2)) as budget_yuan,
    cast(actual_yuan as decimal(20, 2)) as actual_yuan,
    cast(computed_rate as decimal(12, 6)) as execution_rate,
    cast(stated_rate as decimal(12, 6)) as stated_rate,
    cast(rate_decimals as integer) as rate_decimals,
    cast(
        case
            when stated_rate is null or computed_rate is null then null
            else
                -- A printed rate is the computed one rounded (half a unit of its last digit either way) or
                -- truncated (up to one unit below): 10.158% is printed 10.16% or 10.15%, never 10.17%; plus
                -- the amounts' rounding.
                cast(stated_rate as double) * 100 - computed_rate * 100
                between -pow(10, -coalesce(rate_decimals, 2)) - {{ amount_rounding }}
                and 0.5 * pow(10, -coalesce(rate_decimals, 2)) + {{ amount_rounding }}
        end as boolean
    ) as rate_matches_stated,
    cast(stated_actual_yuan as decimal(20, 2)) as stated_actual_yuan,
    cast(stated_amount_unit as varchar) as stated_amount_unit,
    cast(budget_source as varchar) as budget_source,
    cast(actual_source as varchar) as actual_source,
    cast(budget_table_key as varchar) as budget_table_key,
    cast(actual_table_key as varchar) as actual_table_key,
    cast(budget_document_id as varchar) as budget_document_id,
    cast(budget_source_file as varchar) as budget_source_file,
    cast(actual_document_id as varchar) as actual_document_id,
    cast(actual_source_file as varchar) as actual_source_file,
    cast(source_line as bigint) as source_line
from rated
