-- The 年初预算 (initial budget) a final account (决算) restates in its narrative execution claims, for the
-- whole (subject_code null) and by 类 (3-digit functional code). A 类 stated twice keeps its first
-- statement; of several statements without a code (the whole, or a part such as 一般公共预算财政拨款支出),
-- the largest budget is taken as the whole. covers_total says whether the 类 budgets add up to the whole
-- budget (to one rounding step per 类); when no whole budget is stated the 类 claims are taken to cover it.
with documents as (
    select * from {{ ref('int_documents') }}
),

claims as (
    select claims.*
    from {{ ref('stg_landing__claims') }} as claims
    inner join documents
        on claims.document_id = documents.document_id
    where
        claims.claim_kind = 'execution'
        and documents.doc_kind = 'final_account'
        and claims.budget_yuan is not null
        and (claims.subject_code is null or length(claims.subject_code) = 3)
    qualify row_number() over (
        partition by claims.document_id, claims.subject_code
        order by case when claims.subject_code is null then claims.budget_yuan end desc nulls last, claims.source_line
    ) = 1
),

whole as (
    select
        document_id,
        budget_yuan as total_budget_yuan,
        amount_unit as total_amount_unit
    from claims
    where subject_code is null
),

class_sums as (
    select
        document_id,
        sum(budget_yuan) as classes_budget_yuan,
        count(*) as class_count,
        max({{ rounding_step('amount_unit') }}) as step_yuan
    from claims
    where subject_code is not null
    group by document_id
)

select
    claims.document_id,
    claims.subject_code,
    claims.subject_name,
    case when claims.subject_code is null then 'total' else 'functional_class' end as item_kind,
    claims.budget_yuan,
    claims.actual_yuan as stated_actual_yuan,
    claims.stated_rate,
    claims.rate_decimals,
    claims.amount_unit,
    claims.source_line,
    whole.total_budget_yuan,
    class_sums.classes_budget_yuan,
    class_sums.class_count,
    coalesce(
        whole.total_budget_yuan is null
        or abs(whole.total_budget_yuan - class_sums.classes_budget_yuan)
        <= class_sums.class_count * greatest(class_sums.step_yuan, {{ rounding_step('whole.total_amount_unit') }}),
        false
    ) as covers_total
from claims
left join whole
    on claims.document_id = whole.document_id
left join class_sums
    on claims.document_id = class_sums.document_id
