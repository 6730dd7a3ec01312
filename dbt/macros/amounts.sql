{#- Rounding step, in yuan, of one printed amount: 0.01 万元 = 100 yuan for 万元 tables, 0.01 yuan otherwise. -#}
{% macro rounding_step(unit_expression) -%}
    cast(case when {{ unit_expression }} = '万元' then 100 else 0.01 end as decimal(20, 2))
{%- endmacro %}

{#- Human-readable amount in the printed unit, for dq_findings messages. -#}
{% macro format_amount(yuan_expression, unit_expression) -%}
    case
        when ({{ yuan_expression }}) is null then 'null'
        when {{ unit_expression }} = '万元'
            then cast(cast(({{ yuan_expression }}) * 0.0001 as decimal(24, 4)) as varchar) || ' 万元'
        else cast(cast(({{ yuan_expression }}) as decimal(24, 2)) as varchar) || ' 元'
    end
{%- endmacro %}

{#- Key of dim_subject_code: one version of a code per (classification, code, fiscal year). -#}
{% macro subject_key(classification, subject_code, fiscal_year) -%}
    case
        when {{ subject_code }} is not null
            then md5(
                concat_ws(
                    '|',
                    {{ classification }},
                    {{ subject_code }},
                    coalesce(cast({{ fiscal_year }} as varchar), '')
                )
            )
    end
{%- endmacro %}

{#- Stable unit key: md5 of the unit name without whitespace and with full-width brackets made half-width. -#}
{% macro normalize_unit_name(name_expression) -%}
    nullif(
        regexp_replace(
            replace(replace(coalesce({{ name_expression }}, ''), '（', '('), '）', ')'),
            '[\s\x{3000}\x{00A0}]+',
            '',
            'g'
        ),
        ''
    )
{%- endmacro %}

{#- The part columns of the main expenditure table (parser/vocabulary.py EXPENDITURE_PARTS): their sum is the
    row total, and they are the expenditure_type of fact_expenditure. -#}
{% macro expenditure_parts() -%}
    {{ return(['basic', 'project', 'reserve', 'remit_upper', 'operating', 'subsidy_affiliated']) }}
{%- endmacro %}

{#- The part columns of the income table (收入决算表): their sum is 本年收入合计 (column_key 'income'). -#}
{% macro income_parts() -%}
    {{ return(['fiscal_appropriation', 'upper_grant', 'business', 'operating_income', 'affiliated_remit', 'other_income']) }}
{%- endmacro %}

{#- Half a unit of the last decimal a figure was printed with, in yuan, read off its value (a figure is
    printed with at least its significant decimals; at most 4 in 万元, 2 in 元). -#}
{% macro half_printed_unit(yuan_expression, unit_expression) -%}
    (
        case when {{ unit_expression }} = '万元' then 10000 else 1 end
        * 0.5
        * case
            when ({{ yuan_expression }}) % (case when {{ unit_expression }} = '万元' then 10000 else 1 end) = 0
                then 1
            when ({{ yuan_expression }}) % (case when {{ unit_expression }} = '万元' then 1000 else 0.1 end) = 0
                then 0.1
            when ({{ yuan_expression }}) % (case when {{ unit_expression }} = '万元' then 100 else 0.01 end) = 0
                then 0.01
            when ({{ yuan_expression }}) % (case when {{ unit_expression }} = '万元' then 10 else 0.01 end) = 0
                then 0.001
            else 0.0001
        end
    )
{%- endmacro %}
