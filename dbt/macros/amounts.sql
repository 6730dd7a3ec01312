{#- Rounding step, in yuan, of one printed amount: 0.01 万元 = 100 yuan for 万元 tables, 0.01 yuan otherwise. -#}
{% macro rounding_step(unit_expression) -%}
    cast(case when {{ unit_expression }} = '万元' then 100 else 0.01 end as decimal(20, 2))
{%- endmacro %}

{#-
    The rounding step of one printed figure, in yuan: one unit of its last printed decimal. "52.52" 万元
    is 100 元, as rounding_step says; "942.9912" 万元 is 1 元, and "1,075,000" 元 (an integer) is 1 元,
    where rounding_step would allow 100 元 and 0.01 元. A printed zero ("0", "0.00") is exact: null,
    so that the coarsest step of a group (max) comes from its non-zero figures.
-#}
{% macro printed_step(unit_expression, raw_expression) -%}
    cast(
        case
            when {{ raw_expression }} is not null
                and regexp_full_match({{ raw_expression }}, '-?[0,]*(\.0*)?')
                then null
            else
                case when {{ unit_expression }} = '万元' then 10000 else 1 end
                * case length(regexp_extract(coalesce({{ raw_expression }}, '0.00'), '\.(\d+)', 1))
                    when 0 then 1
                    when 1 then 0.1
                    when 2 then 0.01
                    when 3 then 0.001
                    else 0.0001
                end
        end
        as decimal(20, 4)
    )
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

{#- The end of a finding's message: " (difference …, tolerance …)." in the printed unit. -#}
{% macro difference_and_tolerance(difference_expression, tolerance_expression, unit_expression) -%}
    ' (difference ' || {{ format_amount(difference_expression, unit_expression) }}
    || ', tolerance ' || {{ format_amount(tolerance_expression, unit_expression) }} || ').'
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

{#- A unit's name as its reports print it differently, made one: whitespace removed, full-width brackets made
    half-width, the Party's full name abbreviated as the reports abbreviate it (中国共产党某某县委员会组织部 ->
    中共某某县委组织部), and a trailing (本级) / (机关本级) / (本部) / (机关) / 机关 dropped (a report of the body's
    own organ: int_documents makes its scope the unit's). -#}
{% macro normalize_unit_name(name_expression) -%}
    nullif(
        regexp_replace(
            regexp_replace(
                replace(
                    regexp_replace(
                        replace(replace(coalesce({{ name_expression }}, ''), '（', '('), '）', ')'),
                        '[\s\x{3000}\x{00A0}]+',
                        '',
                        'g'
                    ),
                    '中国共产党',
                    '中共'
                ),
                '^中共(.+?)委员会',
                '中共\1委'
            ),
            {{ own_organ_suffix() }},
            ''
        ),
        ''
    )
{%- endmacro %}

{#- A name's ending that makes its report the body's own organ's (本级, half-width brackets): …(本级),
    …(机关本级), …(本部), …(机关), …机关. -#}
{% macro own_organ_suffix() -%}
    '(?:\((?:机关)?(?:本级|本部)\)|\(机关\)|机关)$'
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

{#- Yuan per printed unit (元, 千元, 万元, 亿元). -#}
{% macro unit_factor(unit_expression) -%}
    cast(
        case {{ unit_expression }} when '万元' then 10000 when '亿元' then 100000000 when '千元' then 1000 else 1 end
        as decimal(20, 4)
    )
{%- endmacro %}

{#- Half a unit of the last decimal a figure was printed with, in yuan, read off its value (a figure is
    printed with at least its significant decimals; at most 4 in its unit, and yuan carry 2). -#}
{% macro half_printed_unit(yuan_expression, unit_expression) -%}
    case
        when ({{ yuan_expression }}) % {{ unit_factor(unit_expression) }} = 0
            then {{ unit_factor(unit_expression) }} * 0.5
        when ({{ yuan_expression }}) % ({{ unit_factor(unit_expression) }} / 10) = 0
            then {{ unit_factor(unit_expression) }} * 0.05
        when ({{ yuan_expression }}) % ({{ unit_factor(unit_expression) }} / 100) = 0
            then {{ unit_factor(unit_expression) }} * 0.005
        when ({{ yuan_expression }}) % ({{ unit_factor(unit_expression) }} / 1000) = 0
            then {{ unit_factor(unit_expression) }} * 0.0005
        else {{ unit_factor(unit_expression) }} * 0.00005
    end
{%- endmacro %}

{#-
    The money a budget-versus-actual claim speaks of (int_fund_basis_totals' fund_basis): the one its
    statement or section heading names (claims.fund_scope, from the parser), else 一般公共预算财政拨款, which
    the national template's narrative states (一般公共预算财政拨款支出决算具体情况).
-#}
{% macro claim_fund_basis(fund_scope_expression) -%}
    coalesce({{ fund_scope_expression }}, 'general_budget')
{%- endmacro %}
