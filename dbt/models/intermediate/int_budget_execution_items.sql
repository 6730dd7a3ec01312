-- Budget and actual amounts of one item (whole, 类, 款/项, 三公 item, project) of a unit and year, before the
-- execution rate is computed. Two bases:
--   within_final_account: both sides from one final account (决算): budget = the restated 年初预算 of the
--     narrative claim (or the 三公 table's 预算数), actual = that claim's money (fund_basis) as the document's
--     tables print it (int_fund_basis_totals: the 一般公共预算财政拨款支出决算表 for 一般公共预算财政拨款支出,
--     the main expenditure table for 本年支出, or the 财政拨款收支总表's column of that money) or the 三公
--     table's 决算数, falling back to the claim's stated actual when nothing prints the item in that money;
--   across_documents: budget from the unit's budget report (预算) and actual from its final account of
--     the same fiscal year, joined by unit_id and fiscal_year, at total, 类 and 款 level, in two moneys: all
--     sources (each document's main expenditure table) and 一般公共预算 (each document's 一般公共预算支出表,
--     else its 财政拨款收支总表 column; int_fund_basis_totals), the national template's own comparison.
-- Each side carries the table_key of the table its figure comes from (null where a narrative states it).
{#- A restated item's actual in the tables of its money, and the table it is read from: a code's row, or the
    whole's (whole_actuals). -#}
{% set table_actual -%}
    case when restated.subject_code is not null then basis_code.amount_yuan else basis_whole.amount_yuan end
{%- endset %}

with documents as (
    select * from {{ ref('int_documents') }}
),

restated as (
    select * from {{ ref('int_restated_budgets') }}
),

basis_totals as (
    select * from {{ ref('int_fund_basis_totals') }}
),

-- The figures compared across documents: 类 and 款 of every source and of 一般公共预算, and the whole of
-- 一般公共预算 (the whole of every source is the document's total expenditure).
across_subject_totals as (
    select
        *,
        case length(subject_code) when 3 then 'functional_class' else 'functional_subject' end as item_kind
    from basis_totals
    where fund_basis in ('all_sources', 'general_budget') and length(subject_code) in (3, 5)
),

-- The whole of each document's money: its total row (its table's, or its summary's); for all sources, where
-- the main table prints none, the document's total expenditure (which the parser reads).
whole_actuals as (
    select * from (
        select
            document_id,
            fund_basis,
            amount_yuan,
            table_key,
            1 as source_rank
        from basis_totals
        where is_total_row

        union all

        select
            document_id,
            'all_sources' as fund_basis,
            total_expenditure_yuan as amount_yuan,
            main_table_key as table_key,
            2 as source_rank
        from documents
        where total_expenditure_yuan is not null
    ) as wholes
    qualify row_number() over (partition by document_id, fund_basis order by source_rank) = 1
),

general_budget_wholes as (
    select * from whole_actuals
    where fund_basis = 'general_budget'
),

claims as (
    select * from {{ ref('stg_landing__claims') }}
),

printed_bases as (
    select distinct
        document_id,
        fund_basis
    from basis_totals
),

-- The money whose figures an item is compared with: the claim's; where nothing names it and the report
-- prints no figure of the 一般公共预算 it is taken for, every source's (its main table), as before any
-- money was read.
restated_items as (
    select
        restated.*,
        case
            when restated.fund_basis_assumed and printed_bases.fund_basis is null then 'all_sources'
            else restated.fund_basis
        end as lookup_basis
    from restated
    left join printed_bases
        on
            restated.document_id = printed_bases.document_id
            and restated.fund_basis = printed_bases.fund_basis
),

subject_claims as (
    select
        claims.*,
        case
            when claims.fund_scope is null and printed_bases.fund_basis is null then 'all_sources'
            else {{ claim_fund_basis('claims.fund_scope') }}
        end as lookup_basis
    from claims
    left join printed_bases
        on
            claims.document_id = printed_bases.document_id
            and {{ claim_fund_basis('claims.fund_scope') }} = printed_bases.fund_basis
    where claims.claim_kind = 'execution' and length(claims.subject_code) > 3
),

sangong_names as (
    select
        sangong_name_values.item_key,
        sangong_name_values.item_name
    from (
        values
        ('total', '“三公”经费合计'),
        ('outbound', '因公出国（境）费'),
        ('vehicle', '公务用车购置及运行费'),
        ('vehicle_purchase', '公务用车购置费'),
        ('vehicle_operation', '公务用车运行费'),
        ('reception', '公务接待费'),
        ('operating_costs', '机关运行经费'),
        ('meeting', '会议费'),
        ('training', '培训费')
    ) as sangong_name_values (item_key, item_name)
),

sangong_table as (
    select
        cells.document_id,
        cells.column_key as item_key,
        arg_min(cells.amount_yuan, cells.source_line) filter (
            where cells.phase = 'budget'
        ) as budget_yuan,
        arg_min(cells.amount_yuan, cells.source_line) filter (
            where cells.phase = 'actual'
        ) as actual_yuan
    from {{ ref('int_amounts') }} as cells
    inner join documents
        on cells.document_id = documents.document_id
    where
        cells.table_key = 'sangong'
        and documents.doc_kind = 'final_account'
    group by cells.document_id, cells.column_key
),

sangong_claims as (
    select
        document_id,
        case
            when subject_name in (select sangong_names.item_key from sangong_names) then subject_name
            when subject_name like '%购置%' and subject_name not like '%运行%' then 'vehicle_purchase'
            when subject_name like '%运行%' and subject_name not like '%购置%' then 'vehicle_operation'
            when subject_name like '%车%' then 'vehicle'
            when subject_name like '%出国%' or subject_name like '%出境%' then 'outbound'
            when subject_name like '%接待%' then 'reception'
            else 'total'
        end as item_key,
        subject_name,
        budget_yuan,
        actual_yuan,
        stated_rate,
        rate_decimals,
        amount_unit,
        source_line
    from claims
    where claim_kind = 'sangong_execution'
    qualify row_number() over (partition by document_id, item_key order by source_line) = 1
),

sangong_items as (
    select
        coalesce(sangong_table.document_id, sangong_claims.document_id) as document_id,
        coalesce(sangong_table.item_key, sangong_claims.item_key) as item_key,
        coalesce(sangong_table.budget_yuan, sangong_claims.budget_yuan) as budget_yuan,
        coalesce(sangong_table.actual_yuan, sangong_claims.actual_yuan) as actual_yuan,
        case
            when sangong_table.budget_yuan is not null then 'table'
            when sangong_claims.budget_yuan is not null then 'claim'
        end as budget_source,
        case
            when sangong_table.actual_yuan is not null then 'table'
            when sangong_claims.actual_yuan is not null then 'claim'
        end as actual_source,
        sangong_claims.subject_name,
        sangong_claims.actual_yuan as stated_actual_yuan,
        sangong_claims.stated_rate,
        sangong_claims.rate_decimals,
        sangong_claims.amount_unit as stated_amount_unit,
        sangong_claims.source_line
    from sangong_table
    full outer join sangong_claims
        on
            sangong_table.document_id = sangong_claims.document_id
            and sangong_table.item_key = sangong_claims.item_key
),

within_final_account as (
    select
        restated.document_id,
        restated.item_kind,
        coalesce(restated.subject_code, 'total') as item_key,
        restated.subject_code,
        case
            when restated.subject_code is null then coalesce(restated.subject_name, '支出合计')
            else coalesce(basis_code.subject_name, restated.subject_name)
        end as item_name,
        restated.lookup_basis as fund_basis,
        restated.budget_yuan,
        coalesce({{ table_actual }}, restated.stated_actual_yuan) as actual_yuan,
        'claim' as budget_source,
        case when {{ table_actual }} is not null then 'table' else 'claim' end as actual_source,
        cast(null as varchar) as budget_table_key,
        case
            when restated.subject_code is not null then basis_code.table_key else basis_whole.table_key
        end as actual_table_key,
        restated.stated_actual_yuan,
        restated.stated_rate,
        restated.rate_decimals,
        restated.amount_unit as stated_amount_unit,
        restated.source_line
    from restated_items as restated
    -- equality joins only: a condition on one side in the ON clause makes DuckDB loop over every pair
    left join basis_totals as basis_code
        on
            restated.document_id = basis_code.document_id
            and restated.lookup_basis = basis_code.fund_basis
            and restated.subject_code = basis_code.subject_code
    left join whole_actuals as basis_whole
        on
            restated.document_id = basis_whole.document_id
            and restated.lookup_basis = basis_whole.fund_basis
    -- the restated 款/项 budgets come with their claims below (functional_subject)
    where restated.item_kind in ('total', 'functional_class')

    union all

    select
        claims.document_id,
        'functional_subject' as item_kind,
        claims.subject_code as item_key,
        claims.subject_code,
        coalesce(basis_code.subject_name, claims.subject_name) as item_name,
        claims.lookup_basis as fund_basis,
        claims.budget_yuan,
        coalesce(basis_code.amount_yuan, claims.actual_yuan) as actual_yuan,
        'claim' as budget_source,
        case when basis_code.amount_yuan is not null then 'table' else 'claim' end as actual_source,
        cast(null as varchar) as budget_table_key,
        case when basis_code.amount_yuan is not null then basis_code.table_key end as actual_table_key,
        claims.actual_yuan as stated_actual_yuan,
        claims.stated_rate,
        claims.rate_decimals,
        claims.amount_unit as stated_amount_unit,
        claims.source_line
    from subject_claims as claims
    inner join documents
        on claims.document_id = documents.document_id
    left join basis_totals as basis_code
        on
            claims.document_id = basis_code.document_id
            and claims.lookup_basis = basis_code.fund_basis
            and claims.subject_code = basis_code.subject_code
    where documents.doc_kind = 'final_account'
    qualify
        row_number() over (
            partition by claims.document_id, claims.lookup_basis, claims.subject_code order by claims.source_line
        ) = 1

    union all

    select
        sangong_items.document_id,
        case
            when sangong_items.item_key in ('operating_costs', 'meeting', 'training') then 'public_expense'
            else 'sangong'
        end as item_kind,
        sangong_items.item_key,
        cast(null as varchar) as subject_code,
        coalesce(sangong_items.subject_name, sangong_names.item_name, sangong_items.item_key) as item_name,
        cast(null as varchar) as fund_basis,
        sangong_items.budget_yuan,
        sangong_items.actual_yuan,
        sangong_items.budget_source,
        sangong_items.actual_source,
        case when sangong_items.budget_source = 'table' then 'sangong' end as budget_table_key,
        case when sangong_items.actual_source = 'table' then 'sangong' end as actual_table_key,
        sangong_items.stated_actual_yuan,
        sangong_items.stated_rate,
        sangong_items.rate_decimals,
        sangong_items.stated_amount_unit,
        sangong_items.source_line
    from sangong_items
    left join sangong_names
        on sangong_items.item_key = sangong_names.item_key

    union all

    -- A project restated with the same figures counts once; two different projects of one name are both
    -- kept, the second and further keyed by their order in the document ("name #2").
    select
        document_id,
        'project' as item_kind,
        subject_name
        || case when project_number > 1 then ' #' || cast(project_number as varchar) else '' end as item_key,
        cast(null as varchar) as subject_code,
        subject_name as item_name,
        cast(null as varchar) as fund_basis,
        budget_yuan,
        actual_yuan,
        'claim' as budget_source,
        'claim' as actual_source,
        cast(null as varchar) as budget_table_key,
        cast(null as varchar) as actual_table_key,
        actual_yuan as stated_actual_yuan,
        stated_rate,
        rate_decimals,
        stated_amount_unit,
        source_line
    from (
        select
            *,
            row_number() over (partition by document_id, subject_name order by source_line) as project_number
        from (
            select
                claims.document_id,
                claims.subject_name,
                claims.budget_yuan,
                claims.actual_yuan,
                claims.stated_rate,
                claims.rate_decimals,
                claims.amount_unit as stated_amount_unit,
                claims.source_line
            from claims
            inner join documents
                on claims.document_id = documents.document_id
            where
                claims.claim_kind = 'project_execution'
                and claims.subject_name is not null
                and documents.doc_kind = 'final_account'
            -- a restatement (same name and figures) counts once, the statement that gives a rate first
            qualify row_number() over (
                partition by claims.document_id, claims.subject_name, claims.budget_yuan, claims.actual_yuan
                order by claims.stated_rate is null, claims.source_line
            ) = 1
        ) as stated_projects
    ) as projects
),

document_pairs as (
    select
        budget_doc.document_id as budget_document_id,
        final_doc.document_id as actual_document_id,
        budget_doc.total_expenditure_yuan as budget_total_yuan,
        final_doc.total_expenditure_yuan as actual_total_yuan,
        budget_doc.main_table_key as budget_main_table_key,
        final_doc.main_table_key as actual_main_table_key
    from documents as final_doc
    inner join documents as budget_doc
        on
            final_doc.unit_id = budget_doc.unit_id
            and final_doc.fiscal_year = budget_doc.fiscal_year
            and (final_doc.scope is null or budget_doc.scope is null or final_doc.scope = budget_doc.scope)
    where
        final_doc.doc_kind = 'final_account'
        and budget_doc.doc_kind = 'budget'
),

across_documents as (
    select
        budget_document_id,
        actual_document_id,
        'total' as item_kind,
        'total' as item_key,
        cast(null as varchar) as subject_code,
        '支出合计' as item_name,
        'all_sources' as fund_basis,
        budget_total_yuan as budget_yuan,
        actual_total_yuan as actual_yuan,
        budget_main_table_key as budget_table_key,
        actual_main_table_key as actual_table_key
    from document_pairs
    where budget_total_yuan is not null and actual_total_yuan is not null

    union all

    select
        document_pairs.budget_document_id,
        document_pairs.actual_document_id,
        'total' as item_kind,
        'total' as item_key,
        cast(null as varchar) as subject_code,
        '一般公共预算财政拨款支出合计' as item_name,
        'general_budget' as fund_basis,
        budget_whole.amount_yuan as budget_yuan,
        actual_whole.amount_yuan as actual_yuan,
        budget_whole.table_key as budget_table_key,
        actual_whole.table_key as actual_table_key
    from document_pairs
    inner join general_budget_wholes as budget_whole
        on document_pairs.budget_document_id = budget_whole.document_id
    inner join general_budget_wholes as actual_whole
        on document_pairs.actual_document_id = actual_whole.document_id

    union all

    -- 类 and 款, the lowest level a budget report and its final account both print by code for sure
    select
        document_pairs.budget_document_id,
        document_pairs.actual_document_id,
        actual_side.item_kind,
        actual_side.subject_code as item_key,
        actual_side.subject_code,
        coalesce(actual_side.subject_name, budget_side.subject_name) as item_name,
        actual_side.fund_basis,
        budget_side.amount_yuan as budget_yuan,
        actual_side.amount_yuan as actual_yuan,
        budget_side.table_key as budget_table_key,
        actual_side.table_key as actual_table_key
    from document_pairs
    inner join across_subject_totals as budget_side
        on document_pairs.budget_document_id = budget_side.document_id
    inner join across_subject_totals as actual_side
        on
            document_pairs.actual_document_id = actual_side.document_id
            and budget_side.fund_basis = actual_side.fund_basis
            and budget_side.subject_code = actual_side.subject_code
),

items as (
    select
        'within_final_account' as comparison_basis,
        document_id as budget_document_id,
        document_id as actual_document_id,
        item_kind,
        item_key,
        subject_code,
        item_name,
        fund_basis,
        budget_yuan,
        actual_yuan,
        budget_source,
        actual_source,
        budget_table_key,
        actual_table_key,
        stated_actual_yuan,
        stated_rate,
        rate_decimals,
        stated_amount_unit,
        source_line
    from within_final_account

    union all

    select
        'across_documents' as comparison_basis,
        budget_document_id,
        actual_document_id,
        item_kind,
        item_key,
        subject_code,
        item_name,
        fund_basis,
        budget_yuan,
        actual_yuan,
        'table' as budget_source,
        'table' as actual_source,
        budget_table_key,
        actual_table_key,
        cast(null as decimal(20, 2)) as stated_actual_yuan,
        cast(null as decimal(12, 6)) as stated_rate,
        cast(null as integer) as rate_decimals,
        cast(null as varchar) as stated_amount_unit,
        cast(null as bigint) as source_line
    from across_documents
)

select
    items.comparison_basis,
    actual_doc.unit_id,
    actual_doc.unit_name,
    actual_doc.fiscal_year,
    items.item_kind,
    items.item_key,
    items.subject_code,
    items.item_name,
    items.fund_basis,
    items.budget_yuan,
    items.actual_yuan,
    items.budget_source,
    items.actual_source,
    items.budget_table_key,
    items.actual_table_key,
    items.stated_actual_yuan,
    items.stated_rate,
    items.rate_decimals,
    items.stated_amount_unit,
    items.budget_document_id,
    budget_doc.source_file as budget_source_file,
    items.actual_document_id,
    actual_doc.source_file as actual_source_file,
    items.source_line
from items
inner join documents as actual_doc
    on items.actual_document_id = actual_doc.document_id
inner join documents as budget_doc
    on items.budget_document_id = budget_doc.document_id
where
    items.budget_yuan is not null
    and items.actual_yuan is not null
-- an item stated twice in one money (a whole named 本年支出 and one taken for every source): the first
qualify row_number() over (
    partition by
        items.comparison_basis,
        items.budget_document_id,
        items.actual_document_id,
        items.item_kind,
        items.item_key,
        items.fund_basis
    order by items.source_line
) = 1
