with documents as (
    select
        *,
        lpad(cast(coalesce(fiscal_year, 0) as varchar), 4, '0') || document_id as recency
    from {{ ref('int_documents') }}
    where unit_id is not null
)

select
    cast(unit_id as varchar) as unit_id,
    cast(arg_max(unit_name, recency) as varchar) as unit_name,
    cast(any_value(unit_name_normalized) as varchar) as unit_name_normalized,
    cast(arg_max(province, recency) filter (where province is not null) as varchar) as province,
    cast(arg_max(city, recency) filter (where city is not null) as varchar) as city,
    cast(arg_max(district, recency) filter (where district is not null) as varchar) as district,
    cast(
        arg_max(supervising_department, recency) filter (where supervising_department is not null) as varchar
    ) as supervising_department,
    cast(arg_max(scope, recency) filter (where scope is not null) as varchar) as scope,
    cast(min(fiscal_year) as integer) as first_fiscal_year,
    cast(max(fiscal_year) as integer) as last_fiscal_year,
    cast(count(*) as integer) as document_count
from documents
group by unit_id
