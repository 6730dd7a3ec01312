{#-
    An identity of the printed tables (see macros/identities.sql) holds in every landed table: no row of
    int_identity_violations for that check. The identities are computed once, in that model, and each
    check is surfaced here as its own test. A violation is a contradiction inside the published report,
    not a pipeline failure: warn, and store the rows.
-#}
{% test identity_holds(model, check_name) %}
    {{ config(severity='warn', store_failures=true) }}
    select *
    from {{ model }}
    where check_name = '{{ check_name }}'
{% endtest %}
