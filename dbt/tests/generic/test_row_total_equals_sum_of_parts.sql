{#-
    Within one table, every row's total column equals the sum of its part columns, to one rounding step
    per summed part. A violation is a contradiction inside the published report: warn, and store the rows.
-#}
{% test row_total_equals_sum_of_parts(model, table_key, part_columns, total_column='total') %}
    {{ config(severity='warn', store_failures=true) }}
    {{ identity_row_total_violations(model, table_key, part_columns, total_column) }}
{% endtest %}
