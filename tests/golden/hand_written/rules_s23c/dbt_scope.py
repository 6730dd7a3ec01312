"""int_documents' scope rule (9c2a85f: a name ending (本级)/(本部)/(机关) is the unit's own, scope 'unit') and
unit_key, their SQL copied from dbt/models/intermediate/int_documents.sql and normalize_unit_name, run on
hand-typed rows (unit_name and scope as the parser gives them). Expected scope typed by hand: a report of a
bureau's own organ is 'unit' however its name marks it.
Run: .venv/bin/python tests/golden/hand_written/rules_s23c/dbt_scope.py"""

import duckdb

NORMALIZE = r"""nullif(regexp_replace(regexp_replace(replace(regexp_replace(
    replace(replace(coalesce(unit_name, ''), '（', '('), '）', ')'), '[\s\x{3000}\x{00A0}]+', '', 'g'),
    '中国共产党', '中共'), '^中共(.+?)委员会', '中共\1委'), '\((?:本级|本部|机关)\)$', ''), '')"""

KEYED = f"""
with documents as (select * from docs),
normalized as (
    select * replace (
        case when regexp_matches(coalesce(unit_name, ''), '[(（](?:本级|本部|机关)[)）]\\s*$') then 'unit'
        else scope end as scope),
        {NORMALIZE} as unit_name_normalized
    from documents)
select doc, unit_name, scope, unit_name_normalized || '|' || coalesce(scope, 'department') as unit_key
from normalized order by doc
"""

# (doc, unit_name as parsed, scope as parsed, expected scope, why)
DOCS = [
    ("d1", "南阳市财政局(本级)", "department", "unit", "control: '南阳市财政局（本级）2024年度部门决算'"),
    (
        "d2",
        "南阳市财政局机关",
        "department",
        "unit",
        "'南阳市财政局机关2024年度部门决算': 机关 without brackets",
    ),
    ("d3", "南阳市财政局(本级)(公示稿)", "department", "unit", "a note the parser keeps after (本级)"),
    (
        "d4",
        "南阳市财政局(机关本级)",
        "department",
        "unit",
        "'（机关本级）', the usual form (the parser reads no name)",
    ),
    ("d5", "南阳市财政局", "department", "department", "control: the bureau's consolidated report"),
]

con = duckdb.connect()
con.execute("create table docs (doc varchar, unit_name varchar, scope varchar)")
con.executemany("insert into docs values (?, ?, ?)", [row[:3] for row in DOCS])
want = {doc: (scope, why) for doc, _name, _parsed, scope, why in DOCS}
for doc, name, scope, key in con.execute(KEYED).fetchall():
    expected, why = want[doc]
    verdict = "OK" if scope == expected else "WRONG"
    print(f"{verdict:6} {doc} {name} ({why}): expected scope={expected}, got scope={scope}, key {key}")
