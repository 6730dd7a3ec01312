{#-
    Identity checks, computed once in int_identity_violations (each surfaced by the generic test
    identity_holds).
    Each macro returns one row per violation with the columns
    document_id, table_key, table_title_line, check_name, phase, classification, subject_code, row_label,
    column_key, expected_yuan, observed_yuan, difference_yuan, tolerance_yuan, term_count, amount_unit,
    source_line.
    The relation must have the columns of int_amounts. Printed amounts are rounded, so an identity holds to
    one rounding step per summed term: the coarsest step of the figures it sums (printed_step: one unit of
    a figure's last printed decimal).
-#}

{#- A row's total column equals the sum of its part columns (e.g. 合计 = 基本支出 + 项目支出 + …).
    table_key also matches the suffixed keys of further tables of the kind (expenditure_by_function_2).
    by_row=false checks the table as one row per phase: the 三公 table, whose items are cells of their own
    (each with its item's name as row label, whether printed as columns or as rows). -#}
{% macro identity_row_total_violations(relation, table_key, part_columns, total_column='total', check_name='row_total_vs_parts', by_row=true) -%}
    select
        document_id,
        table_key,
        table_title_line,
        '{{ check_name }}' as check_name,
        phase,
        classification,
        subject_code,
        row_label,
        '{{ total_column }}' as column_key,
        parts_yuan as expected_yuan,
        total_yuan as observed_yuan,
        total_yuan - parts_yuan as difference_yuan,
        part_count * step_yuan as tolerance_yuan,
        part_count as term_count,
        amount_unit,
        source_line
    from (
        select
            document_id,
            table_key,
            table_title_line,
            phase,
            classification,
            subject_code,
            {% if by_row -%}
            row_label,
            is_total_row,
            {%- else -%}
            cast(null as varchar) as row_label,
            {%- endif %}
            sum(amount_yuan) filter (where column_key = '{{ total_column }}') as total_yuan,
            count(*) filter (where column_key = '{{ total_column }}') as total_count,
            sum(amount_yuan) filter (where column_key != '{{ total_column }}') as parts_yuan,
            count(*) filter (where column_key != '{{ total_column }}') as part_count,
            max({{ printed_step('amount_unit', 'amount_raw') }}) as step_yuan,
            max(amount_unit) as amount_unit,
            min(source_line) as source_line
        from {{ relation }}
        where
            regexp_full_match(table_key, '{{ table_key }}(_[0-9]+)?')
            -- the identity's own cells only: a column outside it (培训费 of a 三公 table) sets no rounding
            -- step, and the first line is one printing them (a 三公 table printed item by item spans
            -- several lines: the finding points at the rows it is about)
            and column_key in ('{{ total_column }}', '{{ part_columns | join("', '") }}')
        group by
            document_id,
            table_key,
            table_title_line,
            phase,
            classification,
            subject_code{% if by_row %},
            row_label,
            is_total_row{% endif %}
    ) as row_sums
    where
        total_count = 1
        and part_count >= 1
        and abs(total_yuan - parts_yuan) > part_count * step_yuan
{%- endmacro %}

{#-
    A coded row equals the sum of its nearest coded descendants in the same table and column
    (类 = Σ 款, 款 = Σ 项; a 项 whose 款 is not printed counts towards its 类).
-#}
{% macro identity_parent_children_violations(relation) -%}
    with cells as (
        select
            document_id,
            table_key,
            table_title_line,
            phase,
            classification,
            subject_code,
            column_key,
            sum(amount_yuan) as amount_yuan,
            count(*) as cell_count,
            max({{ printed_step('amount_unit', 'amount_raw') }}) as step_yuan,
            max(amount_unit) as amount_unit,
            min(source_line) as source_line,
            max(row_label) as row_label
        from {{ relation }}
        where
            subject_code is not null
            and classification is not null
            and not coalesce(is_total_row, false)
        group by
            document_id,
            table_key,
            table_title_line,
            phase,
            classification,
            subject_code,
            column_key
    ),

    -- The rows a child's parent can be among, by the parent code's length: each join below hashes those
    -- only, not every cell (the two joins took a third of the model's time at 10,000 documents).
    kuan_cells as (
        select * from cells
        where length(subject_code) = 5
    ),

    class_cells as (
        select * from cells
        where length(subject_code) = 3
    ),

    -- The nearest printed ancestor of a code is its 款 prefix when that row is printed, else its 类 prefix
    -- (codes are 3/5/7 digits): two equi-joins, not a prefix range join.
    nearest_parent as (
        select
            child.document_id,
            child.table_key,
            child.table_title_line,
            child.phase,
            child.classification,
            child.column_key,
            child.subject_code,
            child.amount_yuan,
            child.step_yuan,
            coalesce(kuan.subject_code, class.subject_code) as parent_code
        from cells as child
        left join kuan_cells as kuan
            on
                -- the length test inside the key: a condition on one side only would make it a loop join
                kuan.subject_code = if(length(child.subject_code) = 7, left(child.subject_code, 5), null)
                and child.document_id = kuan.document_id
                and child.table_key = kuan.table_key
                and coalesce(child.table_title_line, -1) = coalesce(kuan.table_title_line, -1)
                and child.phase = kuan.phase
                and child.classification = kuan.classification
                and child.column_key = kuan.column_key
        left join class_cells as class
            on
                class.subject_code = if(length(child.subject_code) > 3, left(child.subject_code, 3), null)
                and child.document_id = class.document_id
                and child.table_key = class.table_key
                and coalesce(child.table_title_line, -1) = coalesce(class.table_title_line, -1)
                and child.phase = class.phase
                and child.classification = class.classification
                and child.column_key = class.column_key
        where coalesce(kuan.subject_code, class.subject_code) is not null
    ),

    children as (
        select
            document_id,
            table_key,
            table_title_line,
            phase,
            classification,
            column_key,
            parent_code,
            sum(amount_yuan) as children_yuan,
            count(*) as child_count,
            max(step_yuan) as step_yuan
        from nearest_parent
        group by
            document_id,
            table_key,
            table_title_line,
            phase,
            classification,
            column_key,
            parent_code
    )

    select
        parent.document_id,
        parent.table_key,
        parent.table_title_line,
        'parent_vs_children' as check_name,
        parent.phase,
        parent.classification,
        parent.subject_code,
        parent.row_label,
        parent.column_key,
        children.children_yuan as expected_yuan,
        parent.amount_yuan as observed_yuan,
        parent.amount_yuan - children.children_yuan as difference_yuan,
        children.child_count * greatest(parent.step_yuan, children.step_yuan) as tolerance_yuan,
        children.child_count as term_count,
        parent.amount_unit,
        parent.source_line
    from cells as parent
    inner join children
        on
            parent.document_id = children.document_id
            and parent.table_key = children.table_key
            and parent.table_title_line is not distinct from children.table_title_line
            and parent.phase = children.phase
            and parent.classification = children.classification
            and parent.column_key = children.column_key
            and parent.subject_code = children.parent_code
    where
        parent.cell_count = 1
        and abs(parent.amount_yuan - children.children_yuan)
        > children.child_count * greatest(parent.step_yuan, children.step_yuan)
{%- endmacro %}

{#-
    The 合计/总计 row equals the sum of the 类 rows (3-digit codes) in every column. Subtotal rows such as
    人员经费合计 / 公用经费合计 are not grand totals and are skipped. When a table mixes classifications, the
    classification whose 类 sum is closest to the total is compared.
-#}
{% macro identity_total_row_violations(relation, table_keys) -%}
    with totals as (
        select
            document_id,
            table_key,
            table_title_line,
            phase,
            column_key,
            row_label,
            sum(amount_yuan) as total_yuan,
            count(*) as cell_count,
            max({{ printed_step('amount_unit', 'amount_raw') }}) as step_yuan,
            max(amount_unit) as amount_unit,
            min(source_line) as source_line
        from {{ relation }}
        where
            coalesce(is_total_row, false)
            and regexp_full_match(table_key, '({{ table_keys | join("|") }})(_[0-9]+)?')
            and row_label not like '%人员经费%'
            and row_label not like '%公用经费%'
        group by
            document_id,
            table_key,
            table_title_line,
            phase,
            column_key,
            row_label
    ),

    classes as (
        select
            document_id,
            table_key,
            table_title_line,
            phase,
            column_key,
            classification,
            sum(amount_yuan) as classes_yuan,
            count(*) as class_count,
            max({{ printed_step('amount_unit', 'amount_raw') }}) as step_yuan
        from {{ relation }}
        where
            length(subject_code) = 3
            and classification is not null
            and not coalesce(is_total_row, false)
            and regexp_full_match(table_key, '({{ table_keys | join("|") }})(_[0-9]+)?')
        group by
            document_id,
            table_key,
            table_title_line,
            phase,
            column_key,
            classification
    ),

    compared as (
        select
            totals.document_id,
            totals.table_key,
            totals.table_title_line,
            totals.phase,
            totals.column_key,
            totals.row_label,
            totals.total_yuan,
            totals.amount_unit,
            totals.source_line,
            arg_min(classes.classes_yuan, abs(totals.total_yuan - classes.classes_yuan)) as classes_yuan,
            arg_min(classes.class_count, abs(totals.total_yuan - classes.classes_yuan)) as class_count,
            arg_min(classes.classification, abs(totals.total_yuan - classes.classes_yuan)) as classification,
            max(greatest(totals.step_yuan, classes.step_yuan)) as step_yuan
        from totals
        inner join classes
            on
                totals.document_id = classes.document_id
                and totals.table_key = classes.table_key
                and totals.table_title_line is not distinct from classes.table_title_line
                and totals.phase = classes.phase
                and totals.column_key = classes.column_key
        where totals.cell_count = 1
        group by
            totals.document_id,
            totals.table_key,
            totals.table_title_line,
            totals.phase,
            totals.column_key,
            totals.row_label,
            totals.total_yuan,
            totals.amount_unit,
            totals.source_line
    )

    select
        document_id,
        table_key,
        table_title_line,
        'total_row_vs_classes' as check_name,
        phase,
        classification,
        cast(null as varchar) as subject_code,
        row_label,
        column_key,
        classes_yuan as expected_yuan,
        total_yuan as observed_yuan,
        total_yuan - classes_yuan as difference_yuan,
        class_count * step_yuan as tolerance_yuan,
        class_count as term_count,
        amount_unit,
        source_line
    from compared
    where abs(total_yuan - classes_yuan) > class_count * step_yuan
{%- endmacro %}


{#-
    The first cell a document prints (per phase) in one column of one table, on a row with one of the
    labels: the figure a check across tables compares. relation: a model or CTE name; table_key: none
    when the relation holds one table per document already.
-#}
{% macro first_printed_cell(relation, table_key, column_key, row_labels, total_row=true) -%}
    select * from {{ relation }}
    where
        column_key = '{{ column_key }}'
        and row_label in ({{ "'" ~ row_labels | join("', '") ~ "'" }})
        {%- if table_key %}
        and table_key = '{{ table_key }}'
        {%- endif %}
        {%- if total_row %}
        and is_total_row
        {%- endif %}
    qualify row_number() over (partition by document_id, phase order by source_line) = 1
{%- endmacro %}
