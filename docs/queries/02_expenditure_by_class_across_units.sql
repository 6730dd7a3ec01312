-- Expenditure by functional class (类) across units and years, budget and actual side by side.
select
    s.class_code,
    s.class_name,
    f.fiscal_year,
    sum(f.amount_yuan) filter (where f.phase = 'budget') as budget_yuan,
    sum(f.amount_yuan) filter (where f.phase = 'actual') as actual_yuan,
    count(distinct f.unit_id) as units
from marts.fact_expenditure as f
inner join marts.dim_subject_code as s on f.subject_key = s.subject_key
group by s.class_code, s.class_name, f.fiscal_year
order by s.class_code, f.fiscal_year;
