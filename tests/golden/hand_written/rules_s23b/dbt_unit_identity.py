"""normalize_unit_name (dbt/macros/amounts.sql) and int_documents' unit_key (d90cc0c), their SQL copied here,
run on hand-typed document rows (name, scope, city, district as the parser gives them). Prints each row's
key and, per pair of the cases, whether they are one unit against what they are.
Run: .venv/bin/python tests/golden/hand_written/rules_s23b/dbt_unit_identity.py"""

import duckdb

NORMALIZE = r"""nullif(regexp_replace(regexp_replace(replace(regexp_replace(
    replace(replace(coalesce(unit_name, ''), '（', '('), '）', ')'), '[\s\x{3000}\x{00A0}]+', '', 'g'),
    '中国共产党', '中共'), '^中共(.+?)委员会', '中共\1委'), '\((?:本级|本部|机关)\)$', ''), '')"""

KEYED = f"""
with documents as (select * from docs),
normalized as (select *, {NORMALIZE} as unit_name_normalized from documents),
anchored as (select *, strpos(unit_name_normalized, coalesce(district, city, '')) as region_at from normalized),
localized as (
    select *,
        case when region_at > 1 then substr(unit_name_normalized, region_at) else unit_name_normalized end
            as local_name,
        case when region_at > 1 then substr(unit_name_normalized, 1, region_at - 1) end as parent_regions
    from anchored),
keyed as (
    select *,
        case when count(distinct parent_regions) over (partition by local_name, coalesce(scope, 'department'))
            <= 1 then local_name else unit_name_normalized end || '|' || coalesce(scope, 'department') as unit_key
    from localized)
select doc, unit_name, scope, unit_key from keyed order by doc
"""

# (case, doc, unit_name, scope, city, district); the pairs below say whether two docs are one unit
DOCS = [
    ("k1", "k1a", "南阳市财政局（本级）", "department", "南阳市", None),  # title '…（本级）2024年部门预算'
    ("k1", "k1b", "南阳市财政局", "department", "南阳市", None),  # the bureau's consolidated final account
    ("k2", "k2a", "鼓楼区财政局", "department", None, "鼓楼区"),  # 南京市's, printed without its city
    ("k2", "k2b", "福州市鼓楼区财政局", "department", "福州市", "鼓楼区"),
    ("k3", "k3a", "中国共产党南阳市纪律检查委员会", "department", "南阳市", None),
    ("k3", "k3b", "中共南阳市纪委", "department", "南阳市", None),
    ("k4", "k4a", "南阳市水利局（草案）", "department", "南阳市", None),  # m02's name as parsed
    ("k4", "k4b", "南阳市水利局", "department", "南阳市", None),
    ("k5", "k5a", "南阳市档案馆（南阳市地方史志研究室）", "department", "南阳市", "档案馆(南阳市"),  # m04
    ("k5", "k5b", "南阳市档案馆", "department", "南阳市", None),
]
# (doc, doc, one unit in truth, why)
PAIRS = [
    ("k1a", "k1b", False, "the bureau's own (本级) report and its consolidated department report"),
    ("k2a", "k2b", False, "南京市鼓楼区财政局 printed bare, and 福州市鼓楼区财政局"),
    ("k3a", "k3b", True, "the full name and the usual abbreviation 中共…纪委 of one commission"),
    ("k4a", "k4b", True, "a draft note after the name"),
    ("k5a", "k5b", True, "the name with and without its other name in brackets"),
]

con = duckdb.connect()
con.execute(
    "create table docs (doc varchar, unit_name varchar, scope varchar, city varchar, district varchar)"
)
con.executemany("insert into docs values (?, ?, ?, ?, ?)", [row[1:] for row in DOCS])
keys = {}
for doc, name, scope, key in con.execute(KEYED).fetchall():
    keys[doc] = key
    print(f"{doc:4} {name:24} {scope:10} -> {key}")
for a, b, same, why in PAIRS:
    joined = keys[a] == keys[b]
    status = "OK" if joined == same else ("FALSE_MERGE" if joined else "SPLIT")
    print(f"{status:11} {a}/{b}: one unit in truth={same}, joined={joined} ({why})")
