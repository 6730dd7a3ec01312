{#-
    No double counting: for every (document, phase) of the fact model, sum(amount_yuan) equals the
    document's total expenditure for that phase, within one rounding step per summed fact: the document's own
    phase against documents.total_expenditure_yuan (step: the main table's coarsest printed decimal); the budget phase of a final
    account (决算, the restated 年初预算 of one money at one functional level) against the whole budget its narrative
    states for that money
    (step: the coarser of the whole's unit and the units of the claims summed, as int_restated_budgets uses
    to choose the level). Documents whose main expenditure table itself violates an identity (a contradiction
    inside the published report, reported in dq_findings) are left out. Any other difference is a failure of
    the pipeline's logic: severity error.
-#}
{% test fact_expenditure_sums_to_document_total(model) %}
    {{ config(severity='error', store_failures=true) }}

    with facts as (
        select
            document_id,
            phase,
            sum(amount_yuan) as facts_yuan,
            count(*) as fact_count
        from {{ model }}
        group by document_id, phase
    ),

    documents as (
        select * from {{ ref('int_documents') }}
    ),

    restated_totals as (
        select
            document_id,
            budget_yuan,
            amount_unit
        from {{ ref('int_restated_budgets') }}
        where item_kind = 'total' and is_fact_basis  -- the whole of the money the budget facts are of
    ),

    restated_fact_steps as (
        select
            document_id,
            max({{ rounding_step('amount_unit') }}) as step_yuan
        from {{ ref('int_restated_budgets') }}
        where is_budget_fact
        group by document_id
    ),

    main_steps as (
        -- one unit of the coarsest printed decimal of the main table ("1,075,000" 元: 1 元)
        select
            document_id,
            max({{ printed_step('amount_unit', 'amount_raw') }}) as step_yuan
        from {{ ref('int_main_expenditure_amounts') }}
        group by document_id
    ),

    contradicted as (
        select distinct violations.document_id
        from {{ ref('int_identity_violations') }} as violations
        inner join documents
            on
                violations.document_id = documents.document_id
                and violations.table_key = documents.main_table_key
    ),

    compared as (
        select
            facts.document_id,
            facts.phase,
            facts.facts_yuan,
            case
                when facts.phase = documents.phase then documents.total_expenditure_yuan
                when facts.phase = 'budget' and documents.doc_kind = 'final_account' then restated_totals.budget_yuan
            end as document_total_yuan,
            facts.fact_count * case
                when facts.phase = documents.phase then main_steps.step_yuan
                else
                    greatest(
                        {{ rounding_step('restated_totals.amount_unit') }},
                        coalesce(restated_fact_steps.step_yuan, 0)
                    )
            end as tolerance_yuan
        from facts
        inner join documents
            on facts.document_id = documents.document_id
        left join restated_totals
            on facts.document_id = restated_totals.document_id
        left join restated_fact_steps
            on facts.document_id = restated_fact_steps.document_id
        left join main_steps
            on facts.document_id = main_steps.document_id
        where facts.document_id not in (select contradicted.document_id from contradicted)
    )

    select *
    from compared
    where
        document_total_yuan is not null
        and abs(facts_yuan - document_total_yuan) > tolerance_yuan
{% endtest %}
