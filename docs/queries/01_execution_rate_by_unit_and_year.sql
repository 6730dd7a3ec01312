-- Execution rate (执行率) of each unit's whole budget, by year: actual / budget, and what the report says.
-- fund_basis says which money both sides cover: general_budget (一般公共预算财政拨款, what a final account's
-- narrative states; across documents, the budget's 一般公共预算支出表 against the final account's), all_sources
-- (every source: the main tables), ….
select
    unit_name,
    fiscal_year,
    comparison_basis,
    fund_basis,
    budget_yuan,
    actual_yuan,
    round(execution_rate * 100, 2) as execution_rate_pct,
    round(stated_rate * 100, 2) as stated_rate_pct,
    rate_matches_stated
from marts.budget_execution
where item_kind = 'total'
order by unit_name, fiscal_year, comparison_basis, fund_basis;
