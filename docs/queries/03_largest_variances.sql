-- The largest differences between budget and actual (决算 - 年初预算), any item kind.
select
    unit_name,
    fiscal_year,
    item_kind,
    fund_basis,
    coalesce(subject_code, '') as subject_code,
    item_name,
    budget_yuan,
    actual_yuan,
    actual_yuan - budget_yuan as variance_yuan,
    round(execution_rate * 100, 2) as execution_rate_pct
from marts.budget_execution
order by abs(actual_yuan - budget_yuan) desc
limit 20;
