-- Expenditure at the grain document x most detailed functional code x expenditure type, so that for every
-- (document, phase) sum(amount_yuan) is the document's total for that phase: the own phase from the leaf
-- rows of the main expenditure table, and, for a final account (决算), the restated 年初预算 from its
-- execution claims at the most detailed level (项, 款 or 类) whose claims add up to the whole budget the
-- narrative states (int_restated_budgets.is_budget_fact); none when no level does. The table rows cover
-- all sources of money; the restated budget the money the narrative names (funding_source).
with documents as (
    select * from {{ ref('int_documents') }}
    where phase is not null
),

leaves as (
    select * from {{ ref('int_expenditure_leaves') }}
),

table_facts as (
    select
        leaves.document_id,
        documents.phase,
        leaves.subject_code,
        leaves.subject_level,
        case when leaves.is_part then leaves.column_key else 'unspecified' end as expenditure_type,
        leaves.amount_yuan,
        leaves.table_key as source_table,
        leaves.table_title as source_table_title,
        leaves.source_line,
        'table' as source_kind,
        'all_sources' as funding_source
    from leaves
    inner join documents
        on leaves.document_id = documents.document_id
    where leaves.is_part or (leaves.column_key = 'total' and not leaves.has_parts)
),

claim_facts as (
    select
        restated.document_id,
        'budget' as phase,
        restated.subject_code,
        restated.subject_level,
        'unspecified' as expenditure_type,
        restated.budget_yuan as amount_yuan,
        'claims' as source_table,
        '说明 (narrative)' as source_table_title,
        restated.source_line,
        'claim' as source_kind,
        -- the money the narrative names: 一般公共预算财政拨款 in the national template
        restated.fund_basis as funding_source
    from {{ ref('int_restated_budgets') }} as restated
    inner join documents
        on restated.document_id = documents.document_id
    where
        restated.is_budget_fact
        and documents.doc_kind = 'final_account'
),

facts as (
    select * from table_facts
    union all
    select * from claim_facts
)

select
    cast(
        md5(concat_ws('|', facts.document_id, facts.phase, coalesce(facts.subject_code, ''), facts.expenditure_type))
        as varchar
    ) as fact_id,
    cast(facts.document_id as varchar) as document_id,
    cast(documents.unit_id as varchar) as unit_id,
    cast(documents.fiscal_year as integer) as fiscal_year,
    cast(facts.phase as varchar) as phase,
    cast(documents.doc_kind as varchar) as doc_kind,
    cast(facts.subject_code as varchar) as subject_code,
    cast({{ subject_key("'functional'", 'facts.subject_code', 'documents.fiscal_year') }} as varchar)
        as subject_key,
    cast(facts.subject_level as integer) as subject_level,
    cast(null as varchar) as economic_code,
    cast(facts.expenditure_type as varchar) as expenditure_type,
    cast(facts.funding_source as varchar) as funding_source,
    cast(facts.amount_yuan as decimal(20, 2)) as amount_yuan,
    cast(documents.source_file as varchar) as source_file,
    cast(facts.source_table as varchar) as source_table,
    cast(facts.source_table_title as varchar) as source_table_title,
    cast(facts.source_line as bigint) as source_line,
    cast(facts.source_kind as varchar) as source_kind
from facts
inner join documents
    on facts.document_id = documents.document_id
