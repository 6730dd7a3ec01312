-- Year-on-year change of each unit's total expenditure per phase (budget reports and final accounts).
with totals as (
    select unit_id, fiscal_year, phase, sum(amount_yuan) as total_yuan
    from marts.fact_expenditure
    group by unit_id, fiscal_year, phase
)

select
    u.unit_name,
    t.phase,
    t.fiscal_year,
    t.total_yuan,
    lag(t.fiscal_year) over w as previous_year,
    t.total_yuan - lag(t.total_yuan) over w as change_yuan,
    round((t.total_yuan / nullif(lag(t.total_yuan) over w, 0) - 1) * 100, 2) as change_pct
from totals as t
inner join marts.dim_unit as u using (unit_id)
window w as (partition by t.unit_id, t.phase order by t.fiscal_year)
order by u.unit_name, t.phase, t.fiscal_year;
