with source as (
    select * from {{ landing_source('claims') }}
)

select
    cast(document_id as varchar) as document_id,
    cast(claim_kind as varchar) as claim_kind,
    cast(subject_code as varchar) as subject_code,
    cast(subject_name as varchar) as subject_name,
    cast(budget_yuan as decimal(20, 2)) as budget_yuan,
    cast(actual_yuan as decimal(20, 2)) as actual_yuan,
    cast(stated_rate as decimal(12, 6)) as stated_rate,
    cast(rate_decimals as integer) as rate_decimals,
    cast(amount_yuan as decimal(20, 2)) as amount_yuan,
    cast(prior_yuan as decimal(20, 2)) as prior_yuan,
    cast(change_yuan as decimal(20, 2)) as change_yuan,
    cast(amount_unit as varchar) as amount_unit,
    cast(figure_raw as varchar) as figure_raw,
    cast(sentence as varchar) as sentence,
    cast(source_line as bigint) as source_line,
    cast(source_page as integer) as source_page,
    cast(fund_scope as varchar) as fund_scope
from source
