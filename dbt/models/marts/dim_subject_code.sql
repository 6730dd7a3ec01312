-- One row per (classification, code, fiscal year): names belong to a code in a year, as printed. Codes
-- whose name is never printed (e.g. a 款 implied by a printed 项) get a row with a null name so the
-- hierarchy is complete.
with documents as (
    select * from {{ ref('int_documents') }}
),

printed as (
    select
        amounts.classification,
        amounts.subject_code,
        documents.fiscal_year,
        nullif(trim(amounts.subject_name), '') as subject_name,
        -- A project or transfer table names its rows' projects (or regions) beside their codes: a name
        -- printed there is the code's only when no table of subjects prints one.
        case
            when regexp_replace(amounts.table_key, '_[0-9]+$', '') in ('project_expenditure', 'transfer') then 4
            else 1
        end as name_priority
    from {{ ref('int_amounts') }} as amounts
    inner join documents
        on amounts.document_id = documents.document_id
    where
        amounts.classification is not null
        and amounts.subject_code is not null
),

-- The other economic classification printed beside a row's code (表六 of Beijing-style budgets prints the
-- departmental and the governmental code on one row): a name printed for that code too.
paired as (
    select
        case left(amounts.paired_code, 1)
            when '5' then 'economic_government'
            else 'economic_department'
        end as classification,
        amounts.paired_code as subject_code,
        documents.fiscal_year,
        nullif(trim(amounts.paired_name), '') as subject_name,
        2 as name_priority  -- a name printed beside the code itself goes first
    from {{ ref('int_amounts') }} as amounts
    inner join documents
        on amounts.document_id = documents.document_id
    where amounts.paired_code is not null
),

claimed as (
    select
        'functional' as classification,
        claims.subject_code,
        documents.fiscal_year,
        nullif(trim(claims.subject_name), '') as subject_name,
        2 as name_priority
    from {{ ref('stg_landing__claims') }} as claims
    inner join documents
        on claims.document_id = documents.document_id
    where
        claims.claim_kind = 'execution'
        and claims.subject_code is not null
),

line_item_codes as (
    select
        codes.classification,
        codes.subject_code,
        documents.fiscal_year,
        nullif(trim(codes.subject_name), '') as subject_name,
        3 as name_priority
    from {{ ref('stg_landing__line_items') }} as line_items
    inner join documents
        on line_items.document_id = documents.document_id
    cross join
        lateral (
            values
            ('functional', line_items.functional_code, line_items.functional_name),
            ('economic_government', line_items.economic_government_code, line_items.economic_government_name),
            ('economic_department', line_items.economic_department_code, line_items.economic_department_name)
        ) as codes (classification, subject_code, subject_name)
    where codes.subject_code is not null
),

observed as (
    select * from printed
    union all
    select * from paired
    union all
    select * from claimed
    union all
    select * from line_item_codes
),

ancestors as (
    select distinct
        observed.classification,
        left(observed.subject_code, ancestor_length.code_length) as subject_code,
        observed.fiscal_year,
        cast(null as varchar) as subject_name,
        9 as name_priority
    from observed
    cross join (values (3), (5)) as ancestor_length (code_length)
    where
        regexp_full_match(observed.subject_code, '[0-9]{3}([0-9]{2}){1,2}')
        and length(observed.subject_code) > ancestor_length.code_length
),

all_codes as (
    select * from observed
    union all
    select * from ancestors
),

versions as (
    select
        classification,
        subject_code,
        fiscal_year,
        arg_min(
            subject_name,
            -- the name itself breaks ties, so the same documents always give the same name
            lpad(cast(name_priority as varchar), 2, '0')
            || lpad(cast(1000 - length(subject_name) as varchar), 4, '0')
            || subject_name
        ) filter (where subject_name is not null) as subject_name,
        count(distinct subject_name) as name_variant_count
    from all_codes
    group by classification, subject_code, fiscal_year
),

leveled as (
    select
        *,
        case
            when not regexp_full_match(subject_code, '[0-9]+') then null
            when length(subject_code) = 3 then 1
            when length(subject_code) = 5 then 2
            when length(subject_code) = 7 then 3
        end as code_level
    from versions
)

select
    cast({{ subject_key('leveled.classification', 'leveled.subject_code', 'leveled.fiscal_year') }} as varchar)
        as subject_key,
    cast(leveled.classification as varchar) as classification,
    cast(leveled.subject_code as varchar) as subject_code,
    cast(leveled.fiscal_year as integer) as fiscal_year,
    cast(leveled.subject_name as varchar) as subject_name,
    cast(leveled.code_level as integer) as level,  -- noqa: RF04
    cast(
        case when leveled.code_level in (2, 3) then left(leveled.subject_code, 2 * leveled.code_level - 1) end
        as varchar
    ) as parent_code,
    cast(case when leveled.code_level is not null then left(leveled.subject_code, 3) end as varchar) as class_code,
    cast(class_version.subject_name as varchar) as class_name,
    cast(case when leveled.code_level in (2, 3) then left(leveled.subject_code, 5) end as varchar) as kuan_code,
    cast(kuan_version.subject_name as varchar) as kuan_name,
    cast(leveled.name_variant_count as integer) as name_variant_count
from leveled
left join versions as class_version
    on
        leveled.code_level is not null
        and leveled.classification = class_version.classification
        and left(leveled.subject_code, 3) = class_version.subject_code
        and leveled.fiscal_year is not distinct from class_version.fiscal_year
left join versions as kuan_version
    on
        leveled.code_level in (2, 3)
        and leveled.classification = kuan_version.classification
        and left(leveled.subject_code, 5) = kuan_version.subject_code
        and leveled.fiscal_year is not distinct from kuan_version.fiscal_year
