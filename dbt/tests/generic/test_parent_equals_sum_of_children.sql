{#-
    Within one table and column, a coded row (类 or 款) equals the sum of its nearest coded descendants,
    to one rounding step per child. A violation is a contradiction inside the published report: warn.
-#}
{% test parent_equals_sum_of_children(model) %}
    {{ config(severity='warn', store_failures=true) }}
    {{ identity_parent_children_violations(model) }}
{% endtest %}
