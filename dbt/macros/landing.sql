{#-
    The Parquet files of one landed dataset (source `landing.<dataset>`), as the staging views read them.

    The model depends on the source as usual (lineage in dbt and Dagster), but the folder is rendered
    only when the model runs, never when dbt parses the project: a value read while parsing is part of
    dbt's parse state, and a build on another landing folder (every warehouse but the default one) would
    re-parse the whole project (about 3 s) instead of reusing the manifest prepared by `make manifest`.
    The folder is the dbt var `landing_dir`, else env BUDGET_LANDING_DIR (Dagster sets it, absolute, so
    the views of a published warehouse work from any directory), else ../landing.
-#}
{% macro landing_source(dataset) -%}
    {%- set relation = source('landing', dataset) -%}
    {%- if execute -%}
        read_parquet('{{ var("landing_dir", env_var("BUDGET_LANDING_DIR", "../landing")) }}/{{ dataset }}/*.parquet', union_by_name = true)
    {%- else -%}
        {{ relation }}
    {%- endif -%}
{%- endmacro %}
