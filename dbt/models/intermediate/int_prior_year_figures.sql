-- A year-on-year claim's prior-year figure against the unit's own report of the year before: a final
-- account's "比上年增加…" restates last year's actual, which last year's final account prints; a budget's
-- restates last year's budget. The prior figure is the one stated (…执行数为…), else current minus change.
-- Only claims that compare with the year before as the report of that year states it: a final account's
-- sentence that compares with a budget (与年初预算相比) or a budget's that compares with last year's execution
-- (比上年预算执行数) is left out. It is compared with the expenditure tables' total for the claim's functional
-- code in the report of the year before (the same kind and scope, the closest of its tables); it
-- contradicts that report only where the report's all-funds expenditure table prints codes (else the
-- narrative may speak of all funds, which no coded table shows). Figures agree within half a unit of each
-- stated figure's last digit plus one rounding step of the table.
with documents as (
    select * from {{ ref('int_documents') }}
),

claims as (
    select
        *,
        row_number() over (
            partition by document_id
            order by source_line, subject_code, amount_yuan, prior_yuan, change_yuan
        ) as claim_number,
        coalesce(prior_yuan, amount_yuan - change_yuan) as prior_figure_yuan,
        case
            when prior_yuan is not null then {{ half_printed_unit('prior_yuan', 'amount_unit') }}
            else
                {{ half_printed_unit('amount_yuan', 'amount_unit') }}
                + {{ half_printed_unit('change_yuan', 'amount_unit') }}
        end as stated_tolerance_yuan
    from {{ ref('stg_landing__claims') }}
    where
        claim_kind = 'year_on_year'
        and subject_code is not null
        and (prior_yuan is not null or (amount_yuan is not null and change_yuan is not null))
),

-- Each claim beside the unit's report of the year before (same kind; a scope printed on both must agree).
with_previous as (
    select
        claims.*,
        this_doc.source_file,
        this_doc.fiscal_year,
        previous_doc.document_id as previous_document_id,
        previous_doc.source_file as previous_source_file,
        previous_doc.phase as previous_phase
    from claims
    inner join documents as this_doc
        on claims.document_id = this_doc.document_id
    inner join documents as previous_doc
        on
            this_doc.unit_id = previous_doc.unit_id
            and this_doc.doc_kind = previous_doc.doc_kind
            and previous_doc.fiscal_year = this_doc.fiscal_year - 1
            and (this_doc.scope is null or previous_doc.scope is null or this_doc.scope = previous_doc.scope)
    where
        regexp_matches(claims.sentence, '上年|上一年|同比|' || cast(this_doc.fiscal_year - 1 as varchar) || '年')
        and case this_doc.doc_kind
            when 'final_account' then not regexp_matches(claims.sentence, '(比|与)[^，。；]{0,8}预算')
            else not regexp_matches(claims.sentence, '执行')
        end
),

previous_cells as (
    select * from {{ ref('int_expenditure_cells') }}
    where column_key = 'total'
),

matched as (
    select
        with_previous.*,
        previous_cells.table_key,
        previous_cells.table_title,
        previous_cells.amount_yuan as previous_table_yuan,
        previous_cells.amount_unit as previous_table_unit,
        previous_cells.source_line as previous_table_line,
        previous_cells.all_funds_table_prints_codes as is_decisive
    from with_previous
    inner join previous_cells
        on
            with_previous.previous_document_id = previous_cells.document_id
            and with_previous.subject_code = previous_cells.subject_code
    qualify row_number() over (
        partition by with_previous.document_id, with_previous.claim_number, with_previous.previous_document_id
        order by abs(with_previous.prior_figure_yuan - previous_cells.amount_yuan), previous_cells.source_line
    ) = 1
)

select
    md5(concat_ws('|', document_id, cast(claim_number as varchar), previous_document_id)) as comparison_id,
    document_id,
    source_file,
    fiscal_year,
    subject_code,
    subject_name,
    prior_figure_yuan,
    amount_unit,
    previous_document_id,
    previous_source_file,
    table_key as previous_table_key,
    table_title as previous_table_title,
    previous_table_yuan,
    previous_table_unit,
    previous_table_line,
    prior_figure_yuan - previous_table_yuan as difference_yuan,
    stated_tolerance_yuan + {{ rounding_step('previous_table_unit') }} as tolerance_yuan,
    is_decisive,
    is_decisive
    and abs(prior_figure_yuan - previous_table_yuan)
    > stated_tolerance_yuan + {{ rounding_step('previous_table_unit') }} as is_contradiction,
    sentence,
    source_line
from matched
