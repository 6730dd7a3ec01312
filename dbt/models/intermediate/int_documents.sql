with documents as (
    select * from {{ ref('stg_landing__documents') }}
),

normalized as (
    select
        *,
        {{ normalize_unit_name('unit_name') }} as unit_name_normalized
    from documents
),

-- A name from its most specific region on ("北京市西城区教育委员会" and "西城区教育委员会" are one name under
-- 西城区; "河南省南阳市财政局" and "南阳市财政局" one under 南阳市), with the regions printed before it.
anchored as (
    select
        *,
        strpos(unit_name_normalized, coalesce(district, city, '')) as region_at
    from normalized
),

localized as (
    select
        *,
        case when region_at > 1 then substr(unit_name_normalized, region_at) else unit_name_normalized end
            as local_name,
        case when region_at > 1 then substr(unit_name_normalized, 1, region_at - 1) end as parent_regions
    from anchored
),

keyed as (
    select
        *,
        -- One name printed with and without its parent regions is one unit, unless that name stands under
        -- two different parents (南京市鼓楼区教育局 and 福州市鼓楼区教育局): then each keeps its full name.
        case
            when
                count(distinct parent_regions) over (partition by local_name, coalesce(scope, 'department')) <= 1
                then local_name
            else unit_name_normalized
        end || '|' || coalesce(scope, 'department') as unit_key
    from localized
)

select
    document_id,
    source_file,
    doc_kind,
    scope,
    unit_name,
    unit_name_normalized,
    -- A department's report (部门, its units consolidated) and the unit's own (单位) are two reporting
    -- entities of one name: two units, never compared with each other.
    unit_key,
    case when unit_key is not null then md5(unit_key) end as unit_id,
    supervising_department,
    fiscal_year,
    province,
    city,
    district,
    parse_status,
    coalesce(main_table_key, 'expenditure_by_function') as main_table_key,
    case doc_kind
        when 'final_account' then 'actual'
        when 'budget' then 'budget'
    end as phase,
    total_expenditure_yuan
from keyed
