-- The 年初预算 (initial budget) a final account (决算) restates in its narrative execution claims, for the
-- whole (subject_code null) and by functional code at the level the document gives it: 类 (3 digits),
-- 款 (5) or 项 (7), each for the money it speaks of (fund_basis: 一般公共预算财政拨款 in the national
-- template; a report may also state its 本年支出 or its 政府性基金 apart). Per money: a code stated twice
-- keeps its first statement; of several statements without a code that name a whole (一般公共预算财政拨款
-- 支出, 本年支出…; not a 类/款/项 chain whose code is not found), the largest budget is taken as the whole.
-- A level covers the whole when its budgets add up to the whole budget within one rounding step per summed
-- claim (the coarser of the claim's and the whole's printed unit). The budget facts of the document are the
-- claims of one money (is_fact_basis: of those whose claims cover their whole, a stated whole's first, then
-- the widest: all_sources, fiscal, general_budget, the funds) at the most detailed level that covers its
-- whole (项, then 款, then 类): one level only, so a 项 and its 款 are never both counted. When no whole
-- budget is stated, the 类 claims are taken to cover it (and no finer level, which cannot be checked).
with documents as (
    select * from {{ ref('int_documents') }}
),

claims as (
    select
        claims.*,
        {{ claim_fund_basis('claims.fund_scope') }} as fund_basis,
        claims.fund_scope is null as fund_basis_assumed,
        case length(claims.subject_code)
            when 3 then 1
            when 5 then 2
            when 7 then 3
        end as subject_level
    from {{ ref('stg_landing__claims') }} as claims
    inner join documents
        on claims.document_id = documents.document_id
    where
        claims.claim_kind = 'execution'
        and documents.doc_kind = 'final_account'
        and claims.budget_yuan is not null
        and (claims.subject_code is null or regexp_full_match(claims.subject_code, '[0-9]{3}([0-9]{2}){0,2}'))
        -- without a code, only a statement of a whole (一般公共预算财政拨款支出, 财政拨款支出, 本年支出…):
        -- a 类/款/项 chain whose code the tables do not give is no whole
        and (
            claims.subject_code is not null
            or claims.subject_name is null
            -- the words of parser/fund_scope.py's _MONEY_WORDS
            or regexp_matches(
                claims.subject_name,
                '一般公共预算|政府性基金|国有资本经营|财政拨款|本年支出|支出合计|支出总计|总支出|部门支出|单位支出|全部支出'
            )
        )
    qualify row_number() over (
        partition by claims.document_id, fund_basis, claims.subject_code
        order by case when claims.subject_code is null then claims.budget_yuan end desc nulls last, claims.source_line
    ) = 1
),

whole as (
    select
        document_id,
        fund_basis,
        budget_yuan as total_budget_yuan,
        amount_unit as total_amount_unit
    from claims
    where subject_code is null
),

level_sums as (
    select
        document_id,
        fund_basis,
        subject_level,
        sum(budget_yuan) as level_budget_yuan,
        count(*) as level_count,
        max({{ rounding_step('amount_unit') }}) as step_yuan
    from claims
    where subject_code is not null
    group by document_id, fund_basis, subject_level
),

levels as (
    select
        level_sums.document_id,
        level_sums.fund_basis,
        level_sums.subject_level,
        level_sums.level_budget_yuan,
        level_sums.level_count,
        level_sums.level_count
        * greatest(level_sums.step_yuan, coalesce({{ rounding_step('whole.total_amount_unit') }}, 0))
            as level_tolerance_yuan,
        case
            when whole.total_budget_yuan is null then level_sums.subject_level = 1
            else
                abs(whole.total_budget_yuan - level_sums.level_budget_yuan)
                <= level_sums.level_count
                * greatest(level_sums.step_yuan, {{ rounding_step('whole.total_amount_unit') }})
        end as level_covers_total
    from level_sums
    left join whole
        on
            level_sums.document_id = whole.document_id
            and level_sums.fund_basis = whole.fund_basis
),

chosen as (
    select
        document_id,
        fund_basis,
        max(subject_level) filter (where level_covers_total) as budget_fact_level,
        sum(level_budget_yuan) filter (where subject_level = 1) as classes_budget_yuan,
        coalesce(sum(level_count) filter (where subject_level = 1), 0) as class_count
    from levels
    group by document_id, fund_basis
),

-- The money of the document's budget facts: of those whose claims cover their whole, one whose whole is
-- stated (its 类 then checked against it) before one whose is not, then the widest.
fact_basis as (
    select
        chosen.document_id,
        chosen.fund_basis
    from chosen
    left join whole
        on
            chosen.document_id = whole.document_id
            and chosen.fund_basis = whole.fund_basis
    where chosen.budget_fact_level is not null
    qualify row_number() over (
        partition by chosen.document_id
        order by
            whole.total_budget_yuan is null,
            case chosen.fund_basis
                when 'all_sources' then 1
                when 'fiscal' then 2
                when 'general_budget' then 3
                when 'government_fund' then 4
                when 'state_capital' then 5
                else 6
            end
    ) = 1
)

select
    claims.document_id,
    claims.fund_basis,
    claims.fund_basis_assumed,
    claims.subject_code,
    claims.subject_name,
    case
        when claims.subject_code is null then 'total'
        when claims.subject_level = 1 then 'functional_class'
        else 'functional_subject'
    end as item_kind,
    claims.subject_level,
    claims.budget_yuan,
    claims.actual_yuan as stated_actual_yuan,
    claims.stated_rate,
    claims.rate_decimals,
    claims.amount_unit,
    claims.source_line,
    whole.total_budget_yuan,
    chosen.classes_budget_yuan,
    coalesce(chosen.class_count, 0) as class_count,
    levels.level_budget_yuan,
    levels.level_count,
    levels.level_tolerance_yuan,
    levels.level_covers_total,
    chosen.budget_fact_level,
    chosen.budget_fact_level is not null as covers_total,
    fact_basis.fund_basis is not null as is_fact_basis,
    coalesce(claims.subject_level = chosen.budget_fact_level and fact_basis.fund_basis is not null, false)
        as is_budget_fact
from claims
left join whole
    on
        claims.document_id = whole.document_id
        and claims.fund_basis = whole.fund_basis
left join levels
    on
        claims.document_id = levels.document_id
        and claims.fund_basis = levels.fund_basis
        and claims.subject_level = levels.subject_level
left join chosen
    on
        claims.document_id = chosen.document_id
        and claims.fund_basis = chosen.fund_basis
left join fact_basis
    on
        claims.document_id = fact_basis.document_id
        and claims.fund_basis = fact_basis.fund_basis
