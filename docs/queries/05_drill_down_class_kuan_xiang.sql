-- Drill-down 类 → 款 → 项 of one phase, with rollups (a BI tool does the same with the flattened columns).
select
    s.class_code,
    any_value(s.class_name) as class_name,
    s.kuan_code,
    any_value(s.kuan_name) as kuan_name,
    f.subject_code,
    any_value(s.subject_name) as subject_name,
    f.phase,
    sum(f.amount_yuan) as amount_yuan
from marts.fact_expenditure as f
inner join marts.dim_subject_code as s on f.subject_key = s.subject_key
group by grouping sets (
    (s.class_code, f.phase),
    (s.class_code, s.kuan_code, f.phase),
    (s.class_code, s.kuan_code, f.subject_code, f.phase)
)
order by f.phase, s.class_code, s.kuan_code nulls first, f.subject_code nulls first;
