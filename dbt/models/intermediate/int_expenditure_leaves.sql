-- The most detailed functional rows of each document's main expenditure table, so parents are not counted
-- twice: a row is a leaf when no other row of the same document and table has a code starting with its
-- code. When the table prints no functional code at all, its 合计 row is the only leaf (subject_code null).
-- One row per cell of a leaf row; has_parts says whether the row prints any part column.
{% set parts = expenditure_parts() %}

with main_cells as (
    select * from {{ ref('int_main_expenditure_amounts') }}
),

coded_rows as (
    select distinct
        document_id,
        subject_code
    from main_cells
    where
        classification = 'functional'
        and subject_code is not null
        and not is_total_row
),

leaf_codes as (
    select
        coded_rows.document_id,
        coded_rows.subject_code
    from coded_rows
    where not exists (
        select 1
        from coded_rows as descendant
        where
            descendant.document_id = coded_rows.document_id
            and descendant.subject_code != coded_rows.subject_code
            and starts_with(descendant.subject_code, coded_rows.subject_code)
    )
),

leaf_cells as (
    select main_cells.*
    from main_cells
    inner join leaf_codes
        on
            main_cells.document_id = leaf_codes.document_id
            and main_cells.subject_code = leaf_codes.subject_code
    where
        main_cells.classification = 'functional'
        and not main_cells.is_total_row
),

total_row_cells as (
    select main_cells.*
    from main_cells
    where
        main_cells.is_total_row
        and not exists (
            select 1 from coded_rows
            where coded_rows.document_id = main_cells.document_id
        )
),

leaf_and_total as (
    select * from leaf_cells
    union all
    select * from total_row_cells
)

select
    amount_id,
    document_id,
    table_key,
    table_title,
    subject_code,
    subject_level,
    subject_name,
    row_label,
    is_total_row,
    column_key,
    column_key in ('{{ parts | join("', '") }}') as is_part,
    bool_or(column_key in ('{{ parts | join("', '") }}')) over (
        partition by document_id, subject_code, row_label
    ) as has_parts,
    amount_yuan,
    amount_unit,
    source_line
from leaf_and_total
where
    column_key = 'total'
    or column_key in ('{{ parts | join("', '") }}')
