with documents as (
    select * from {{ ref('stg_landing__documents') }}
),

normalized as (
    select
        * replace (
            -- A report of a body's own organ, "…财政局（本级）", "…（机关本级）", "…财政局机关", is the unit's
            -- own (单位) whatever its title says: never compared with the department's consolidated report.
            case
                when
                    regexp_matches(
                        replace(replace(coalesce(unit_name, ''), '（', '('), '）', ')'), {{ own_organ_suffix() }}
                    )
                    then 'unit'
                else scope
            end as scope
        ),
        {{ normalize_unit_name('unit_name') }} as unit_name_normalized
    from documents
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
    unit_name_normalized || '|' || coalesce(scope, 'department') as unit_key,
    md5(unit_name_normalized || '|' || coalesce(scope, 'department')) as unit_id,
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
from normalized
