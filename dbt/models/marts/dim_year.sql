with documents as (
    select * from {{ ref('int_documents') }}
    where fiscal_year is not null
)

select
    cast(fiscal_year as integer) as fiscal_year,
    cast(fiscal_year as varchar) || '年度' as year_label,
    make_date(fiscal_year, 1, 1) as year_start_date,
    make_date(fiscal_year, 12, 31) as year_end_date,
    cast(fiscal_year as integer) as budget_published_year,
    cast(fiscal_year + 1 as integer) as final_account_published_year,
    cast(count(*) filter (where doc_kind = 'budget') as integer) as budget_document_count,
    cast(count(*) filter (where doc_kind = 'final_account') as integer) as final_account_document_count,
    cast(count(distinct unit_id) as integer) as unit_count
from documents
group by fiscal_year
