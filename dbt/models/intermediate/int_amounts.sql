-- Every money cell with the instance of the table it lies in (report_tables line range), so two tables
-- with the same table_key in one document are never mixed.
with amounts as (
    select
        *,
        row_number() over (
            partition by document_id
            order by source_line, table_key, subject_code, row_label, column_key, phase, amount_yuan
        ) as cell_number
    from {{ ref('stg_landing__amounts') }}
),

report_tables as (
    select * from {{ ref('stg_landing__report_tables') }}
),

located as (
    select
        amounts.*,
        report_tables.title_line as table_title_line,
        report_tables.table_title
    from amounts
    left join report_tables
        on
            amounts.document_id = report_tables.document_id
            and amounts.table_key = report_tables.table_key
            and amounts.source_line between report_tables.title_line and report_tables.last_line
    qualify row_number() over (
        partition by amounts.document_id, amounts.cell_number
        order by report_tables.title_line desc nulls last
    ) = 1
)

select
    md5(document_id || '|' || cast(cell_number as varchar)) as amount_id,
    document_id,
    table_key,
    table_title_line,
    table_title,
    classification,
    subject_code,
    subject_level,
    subject_name,
    row_label,
    coalesce(is_total_row, false) as is_total_row,
    column_key,
    column_label,
    phase,
    amount_yuan,
    amount_raw,
    amount_unit,
    source_line,
    source_page
from located
