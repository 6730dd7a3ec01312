{#-
    Within one table and column, the 合计/总计 row equals the sum of the 类 rows, to one rounding step per
    类. A violation is a contradiction inside the published report: warn.
-#}
{% test total_row_equals_sum_of_classes(model, table_keys) %}
    {{ config(severity='warn', store_failures=true) }}
    {{ identity_total_row_violations(model, table_keys) }}
{% endtest %}
