-- The money a final account's execution claims (年初预算为…，支出决算为…，完成年初预算的…%) speak of, one row per
-- final account: named by its statement of the whole (一般公共预算财政拨款支出 -> general_budget, 财政拨款支出 ->
-- fiscal, 本年支出 / 支出合计 -> all_sources); general_budget when no whole is named, as the national template
-- states them under 一般公共预算财政拨款支出决算具体情况. The tables of that basis (int_fund_basis_totals) give
-- the actuals the claims are checked against; where the document prints no table of that basis, its main
-- expenditure table (all_sources) does.
with documents as (
    select * from {{ ref('int_documents') }}
    where doc_kind = 'final_account'
),

whole_claims as (
    select
        document_id,
        subject_name
    from {{ ref('int_restated_budgets') }}
    where item_kind = 'total'
),

named as (
    select
        documents.document_id,
        whole_claims.subject_name as whole_name,
        case
            when whole_claims.subject_name like '%一般公共预算%' then 'general_budget'
            when whole_claims.subject_name like '%财政拨款%' then 'fiscal'
            when whole_claims.subject_name is not null then 'all_sources'
            else 'general_budget'
        end as named_basis
    from documents
    left join whole_claims
        on documents.document_id = whole_claims.document_id
),

printed_bases as (
    select distinct
        document_id,
        fund_basis
    from {{ ref('int_fund_basis_totals') }}
)

select
    named.document_id,
    named.whole_name,
    named.named_basis,
    coalesce(printed_bases.fund_basis, 'all_sources') as fund_basis
from named
left join printed_bases
    on
        named.document_id = printed_bases.document_id
        and named.named_basis = printed_bases.fund_basis
