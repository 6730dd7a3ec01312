"""Hand-typed expected narrative claims of cq_2024_final.txt, compared with parse_document.

Run: PYTHONPATH=. .venv/bin/python tests/golden/hand_written/check_cq.py
Every figure is typed from its sentence, in 元 (万元 x 10000, 亿元 x 1e8); rates as fractions.
`name` is the subject a careful reader would record (compared after dropping a leading year / 本部门);
`code` the functional code the 类/款/项 chain names in the tables. doubt=True marks an expectation that is
my reading of an implicit statement (derived budget, 基本持平), not something the sentence states outright.
"""

import re
from decimal import Decimal as D
from pathlib import Path

from dagster_project.parser import parse_document

HERE = Path(__file__).parent
DOC = HERE / "cq_2024_final.txt"
W = D(10000)


def wan(x):
    return (D(x) * W).quantize(D("0.01"))


def yuan(x):
    return D(x).quantize(D("0.01"))


def E(kind, name=None, code=None, doubt=False, where="", **f):
    return dict(kind=kind, name=name, code=code, doubt=doubt, where=where, **f)


CHAIN = {
    "2010301": "一般公共服务支出政府办公厅(室)及相关机构事务行政运行",
    "2010302": "一般公共服务支出政府办公厅(室)及相关机构事务一般行政管理事务",
    "2010350": "一般公共服务支出政府办公厅(室)及相关机构事务事业运行",
    "2010399": "一般公共服务支出政府办公厅(室)及相关机构事务其他政府办公厅(室)及相关机构事务支出",
    "2080501": "社会保障和就业支出行政事业单位养老支出行政单位离退休",
    "2080505": "社会保障和就业支出行政事业单位养老支出机关事业单位基本养老保险缴费支出",
    "2080506": "社会保障和就业支出行政事业单位养老支出机关事业单位职业年金缴费支出",
    "2101101": "卫生健康支出行政事业单位医疗行政单位医疗",
    "2210201": "住房保障支出住房改革支出住房公积金",
}

EXPECTED = [
    # --- totals -----------------------------------------------------------------------------------------
    E("total_income_expenditure", amount=wan("11451.43"), where="收入、支出决算总计各11,451.43万元"),
    E("total_income", amount=D("114000000.00"), where="本年收入合计1.14亿元"),
    E("total_expenditure", amount=wan("11413.80"), where="本年支出合计11,413.80万元"),
    E(
        "fiscal_total_income_expenditure",
        amount=wan("11420.43"),
        where="财政拨款收入支出决算总计11,420.43万元",
    ),
    # --- budget vs actual, 一般公共预算 -------------------------------------------------------------------------
    E(
        "execution",
        "一般公共预算财政拨款支出",
        budget=wan("10512.40"),
        actual=wan("11393.80"),
        rate=D("1.0838"),
        dec=2,
        where="年初预算为10,512.40万元，调整预算为11,420.00万元，支出决算为11,393.80万元，完成年初预算的108.38%",
    ),
    E(
        "execution",
        CHAIN["2010301"],
        "2010301",
        budget=wan("1250.00"),
        actual=wan("1286.45"),
        rate=D("1.0292"),
        dec=2,
        where="1.…行政运行（项）：年初预算为1,250.00万元，支出决算为1,286.45万元，完成年初预算的102.92%",
    ),
    E(
        "execution",
        CHAIN["2010302"],
        "2010302",
        budget=wan("360.00"),
        actual=wan("342.18"),
        rate=D("0.9505"),
        dec=2,
        where="2.…一般行政管理事务（项）：年初预算数360.00万元，决算数342.18万元，预算完成率95.05%",
    ),
    E(
        "execution",
        CHAIN["2010350"],
        "2010350",
        budget=wan("402.30"),
        actual=wan("395.62"),
        rate=D("0.9834"),
        dec=2,
        where="3.…事业运行（项）：支出决算为395.62万元，年初预算为402.30万元，完成年初预算的98.34%",
    ),
    E(
        "execution",
        CHAIN["2010399"],
        "2010399",
        budget=wan("8500.00"),
        actual=wan("8956.30"),
        rate=D("1.054"),
        dec=1,
        where="4.…其他政府办公厅（室）及相关机构事务支出（项）：年初预算为8,500.00万元，调整预算为[page]9,002.00万元，支出决算为8,956.30万元，完成年初预算的105.4%",
    ),
    E(
        "execution",
        CHAIN["2080501"],
        "2080501",
        budget=wan("38.40"),
        actual=wan("38.40"),
        rate=None,
        dec=None,
        where="5.…行政单位离退休（项）：年初预算为38.40万元，支出决算为38.40万元，决算数等于年初预算数",
    ),
    E(
        "execution",
        CHAIN["2080505"],
        "2080505",
        budget=wan("145.20"),
        actual=wan("142.56"),
        rate=D("0.98"),
        dec=0,
        where="6.…年初预算为\\n145.20万元，支出决算为142.56万元，完成年初预算的98%",
    ),
    E(
        "execution",
        CHAIN["2080506"],
        "2080506",
        budget=wan("58.08"),
        actual=wan("57.02"),
        rate=D("0.9818"),
        dec=2,
        where="7.…年初预算为58.08万元，支出决算为57.02万元，完成年初预算98.18%",
    ),
    E(
        "execution",
        CHAIN["2101101"],
        "2101101",
        budget=wan("70.00"),
        actual=wan("68.35"),
        rate=D("0.9764"),
        dec=2,
        where="8.…年初预算为70.00万元，支出决算为68.35万元，执行率97.64%",
    ),
    E(
        "execution",
        CHAIN["2210201"],
        "2210201",
        budget=wan("110.00"),
        actual=wan("106.92"),
        rate=None,
        dec=None,
        doubt=True,
        where="9.…住房公积金（项）：2024年度决算数为106.92万元，较年初预算数减少3.08万元，下降2.8%",
    ),
    # --- 三公 -------------------------------------------------------------------------------------------------
    E(
        "sangong_execution",
        "三公",
        budget=wan("48.60"),
        actual=wan("41.27"),
        rate=None,
        dec=None,
        doubt=True,
        where="“三公”经费财政拨款支出41.27万元，较年初预算减少7.33万元，下降15.08%",
    ),
    E(
        "sangong_execution",
        "因公出国(境)费",
        budget=yuan("0"),
        actual=yuan("0"),
        rate=None,
        dec=None,
        where="因公出国（境）费全年预算为0元，决算为0元",
    ),
    E(
        "sangong_execution",
        "公务用车购置及运行维护费",
        budget=wan("42.00"),
        actual=wan("37.15"),
        rate=D("0.8845"),
        dec=2,
        where="公务用车购置及运行维护费年初预算为42.00万元，支出决算为37.15万元，完成年初预算的88.45%",
    ),
    E(
        "sangong_execution",
        "公务用车购置费",
        budget=wan("22.00"),
        actual=wan("21.56"),
        rate=D("0.98"),
        dec=0,
        where="公务用车购置费年初预算22.00万元，决算21.56万元，预算执行率98%",
    ),
    E(
        "sangong_execution",
        "公务用车运行维护费",
        budget=wan("20.00"),
        actual=wan("15.59"),
        rate=D("0.7795"),
        dec=2,
        where="公务用车运行维护费年初预算20.00万元，决算15.59万元，预算执行率为77.95%",
    ),
    E(
        "sangong_execution",
        "公务接待费",
        budget=yuan("66000"),
        actual=yuan("41200"),
        rate=D("0.6242"),
        dec=2,
        where="公务接待费年初预算为66,000.00元，支出决算为41,200.00元，完成年初预算的62.42%",
    ),
    # --- year on year -----------------------------------------------------------------------------------------
    E(
        "year_on_year",
        "收、支总计",
        amount=wan("11451.43"),
        change=wan("1215.25"),
        rate=D("0.1187"),
        dec=2,
        where="收入、支出决算总计各11,451.43万元。与2023年度相比，收、支总计各增加1,215.25万元，增长11.87%",
    ),
    E(
        "year_on_year",
        "年末结转和结余",
        amount=wan("37.63"),
        change=wan("-8.64"),
        rate=D("-0.187"),
        dec=1,
        where="年末结转和结余37.63万元，较上年减少8.64万元，下降18.7%",
    ),
    E(
        "year_on_year",
        "本年收入合计",
        amount=D("114000000.00"),
        change=wan("1286.64"),
        rate=D("0.127"),
        dec=1,
        where="本年收入合计1.14亿元，较上年增加1,286.64万元，增长12.7%",
    ),
    E(
        "year_on_year",
        "本年支出合计",
        amount=wan("11413.80"),
        change=wan("1222.89"),
        rate=D("0.12"),
        dec=2,
        where="本年支出合计11,413.80万元，比上年决算数增加1,222.89万元，增长12.00%",
    ),
    E(
        "year_on_year",
        "财政拨款收入支出",
        amount=wan("11420.43"),
        change=wan("1315.13"),
        rate=D("0.1301"),
        dec=2,
        where="财政拨款收入支出决算总计11,420.43万元，较上年增加1,315.13万元，增长13.01%",
    ),
    E(
        "year_on_year",
        "一般公共预算财政拨款支出",
        amount=wan("11393.80"),
        change=wan("1328.74"),
        rate=D("0.132"),
        dec=1,
        where="一般公共预算财政拨款支出11,393.80万元，占本年支出合计的99.82%，较上年增加1,328.74万元，增长13.2%",
    ),
    E(
        "year_on_year",
        "三公",
        amount=wan("41.27"),
        change=wan("-2.78"),
        rate=D("-0.0631"),
        dec=2,
        where="“三公”经费财政拨款支出41.27万元，较年初预算减少7.33万元，下降15.08%，…；较上年减少2.78万元，下降6.31%",
    ),
    E(
        "year_on_year",
        "公务接待费",
        amount=yuan("41200"),
        change=None,
        rate=None,
        dec=None,
        doubt=True,
        where="公务接待费…支出决算为41,200.00元，完成年初预算的62.42%，与上年基本持平",
    ),
    E(
        "year_on_year",
        "机关运行经费",
        amount=wan("186.45"),
        change=yuan("0"),
        rate=None,
        dec=None,
        where="机关运行经费支出186.45万元，与上年持平",
    ),
    E(
        "year_on_year",
        "资产总额",
        amount=D("102000000.00"),
        change=D("8000000.00"),
        rate=D("0.085"),
        dec=1,
        where="资产总额1.02亿元，较上年增加0.08亿元，增长8.5%",
    ),
    # --- other totals ------------------------------------------------------------------------------------------
    E("procurement_total", amount=wan("1628.54"), where="政府采购支出总额1,628.54万元"),
    E("operating_costs", amount=wan("186.45"), where="机关运行经费支出186.45万元"),
]
# Must NOT become claims (each would show as unexpected): 较年初预算数减少3.08万元 / 较年初预算减少7.33万元 as
# year_on_year; 较上年增加3人; 较上年减少2辆; 单位价值100万元以上; 授予中小企业/小微企业合同金额; 政府采购货物/
# 工程/服务支出; 涉及资金9,298.48万元; 得分96.5分 / 94.20分; 38批次, 412人次; 保有量为12辆; 预算执行率99.77%
# (against 调整预算: not recorded as the total's rate).

FIELDS = {
    "budget": "budget_yuan",
    "actual": "actual_yuan",
    "rate": "stated_rate",
    "dec": "rate_decimals",
    "amount": "amount_yuan",
    "change": "change_yuan",
}


def norm_name(s):
    if s is None:
        return None
    s = re.sub(r"^\d{4}年度?", "", s)
    s = re.sub(r"^(本部门|本单位)", "", s)
    return s.replace("“", "").replace("”", "").replace('"', "")


def eq(a, b):
    if a is None or b is None:
        return a is None and b is None
    return D(a).normalize() == D(b).normalize()


def score(e, c):
    return sum(
        1
        for k in ("budget", "actual", "amount", "change")
        if k in e and e[k] is not None and eq(e[k], getattr(c, FIELDS[k]))
    )


def diffs(e, c):
    out = []
    for k, attr in FIELDS.items():
        if k in e and not eq(e[k], getattr(c, attr)):
            out.append(f"{attr}: got {getattr(c, attr)} want {e[k]}")
    if e["code"] != c.subject_code:
        out.append(f"subject_code: got {c.subject_code} want {e['code']}")
    if e["name"] is not None:
        got = norm_name(c.subject_name)
        if got is None or e["name"] not in got:
            out.append(f"subject_name: got {c.subject_name!r} want …{e['name']}…")
    if c.prior_yuan is not None:
        out.append(f"prior_yuan: got {c.prior_yuan} want None")
    return out


def main():
    r = parse_document(DOC.read_bytes(), DOC.name, "cq_qijiang_2024")
    claims = list(r.claims)
    used = set()
    matched, wrong, missing = [], [], []
    for e in EXPECTED:
        cands = [
            (score(e, c), i) for i, c in enumerate(claims) if c.claim_kind == e["kind"] and i not in used
        ]
        cands = [x for x in cands if x[0] > 0]
        if not cands:
            missing.append(e)
            continue
        _, i = max(cands)
        used.add(i)
        d = diffs(e, claims[i])
        (wrong if d else matched).append((e, claims[i], d))
    unexpected = [c for i, c in enumerate(claims) if i not in used]
    tag = lambda e: " [doubt]" if e["doubt"] else ""
    print(
        f"document: {r.document.parse_status} {r.document.unit_name} {r.document.fiscal_year}; "
        f"{len(claims)} claims parsed, {len(EXPECTED)} expected"
    )
    print(
        f"matched {len(matched)}  wrong {len(wrong)}  missing {len(missing)}  unexpected {len(unexpected)}\n"
    )
    print("== WRONG ==")
    for e, c, d in wrong:
        print(f"- {e['kind']} {e['name'] or ''}{tag(e)}  line {c.source_line}\n    sentence: {c.sentence}")
        for x in d:
            print(f"    {x}")
    print("\n== MISSING ==")
    for e in missing:
        print(f"- {e['kind']} {e['name'] or ''}{tag(e)}: {e['where']}")
    print("\n== UNEXPECTED ==")
    for c in unexpected:
        print(
            f"- {c.claim_kind} {c.subject_name} amt={c.amount_yuan} B={c.budget_yuan} A={c.actual_yuan} "
            f"C={c.change_yuan} R={c.stated_rate}\n    sentence: {c.sentence}"
        )
    print("\n== MATCHED ==")
    for e, c, _ in matched:
        print(f"- {e['kind']} {c.subject_code or ''} {c.subject_name}")
    return dict(matched=matched, wrong=wrong, missing=missing, unexpected=unexpected, r=r)


if __name__ == "__main__":
    result = main()
