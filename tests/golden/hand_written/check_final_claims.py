"""Expected narrative claims of three hand-written final accounts (final_claims/: Hunan, Sichuan / Hebei and
Guangxi wordings: coded and named 类款项 chains, ①② numbering, 全年预算数, 机关运行经费 and 三公 budgets beside
their actuals, narrower 总计, 比上年的…) vs what the parser records, and sentences that must give none.
Run: PYTHONPATH=. .venv/bin/python tests/golden/hand_written/check_final_claims.py"""

from decimal import Decimal as D
from pathlib import Path
from dagster_project.parser import parse_document

W = D(10000)
DOCS = Path(__file__).parent / "final_claims"


# expected: (kind, code, name_contains, fields) ; fields compared: budget/actual/amount/change/prior/rate (yuan / fraction)
def w(x):
    return None if x is None else D(str(x)) * W


def r(x):
    return None if x is None else D(str(x)) / 100


EXPECTED = {
    "hunan_2024_final.txt": [
        ("total_income_expenditure", None, None, dict(amount=w("5032.18"))),
        ("year_on_year", None, "收、支总计", dict(amount=w("5032.18"), change=w("-312.40"), rate=r("-5.84"))),
        ("total_income", None, None, dict(amount=w("4860.25"))),
        ("total_expenditure", None, None, dict(amount=w("4911.62"))),
        ("fiscal_total_income_expenditure", None, None, dict(amount=w("4702.11"))),
        (
            "year_on_year",
            None,
            "财政拨款收、支总计",
            dict(amount=w("4702.11"), change=w("-268.90"), rate=r("-5.41")),
        ),
        (
            "year_on_year",
            None,
            "一般公共预算财政拨款支出",
            dict(amount=w("4652.30"), change=w("-268.90"), rate=r("-5.46")),
        ),
        (
            "execution",
            None,
            "一般公共预算财政拨款支出",
            dict(budget=w("4100.00"), actual=w("4652.30"), rate=r("113.47")),
        ),
        ("execution", "2200101", None, dict(budget=w("1850.00"), actual=w("1816.18"), rate=r("98.17"))),
        ("execution", "2200106", None, dict(budget=w("1800.00"), actual=w("2345.82"), rate=r("130.32"))),
        ("execution", "2080505", None, dict(budget=w("320.00"), actual=w("330.10"), rate=r("103.16"))),
        ("execution", "2210201", None, dict(budget=w("130.00"), actual=w("160.20"), rate=r("123.23"))),
        ("sangong_execution", None, "三公", dict(budget=w("40.00"), actual=w("28.36"), rate=r("70.90"))),
        ("year_on_year", None, "三公", dict(amount=w("28.36"), change=w("-3.12"), rate=r("-9.91"))),
        ("sangong_execution", None, "因公出国", dict(budget=w(0), actual=w(0), rate=r(0))),
        (
            "sangong_execution",
            None,
            "公务用车购置及运行维护费",
            dict(budget=w("30.00"), actual=w("21.16"), rate=r("70.53")),
        ),
        ("sangong_execution", None, "公务接待费", dict(budget=w("10.00"), actual=w("7.20"), rate=r("72"))),
        ("operating_costs", None, None, dict(amount=w("201.15"))),
        ("year_on_year", None, "机关运行经费", dict(amount=w("201.15"), change=w("12.30"), rate=r("6.51"))),
        ("procurement_total", None, None, dict(amount=w("326.80"))),
    ],
    "sichuan_2024_final.txt": [
        ("total_income_expenditure", None, None, dict(amount=w("2700.50"))),
        ("year_on_year", None, "收入总计", dict(amount=w("2700.50"), change=w("350.20"), rate=r("14.9"))),
        ("total_income", None, None, dict(amount=w("2680.00"))),
        (
            "year_on_year",
            None,
            "本年收入合计",
            dict(amount=w("2680.00"), change=w("330.00"), rate=r("14.04")),
        ),
        ("total_expenditure", None, None, dict(amount=w("2666.00"))),
        ("fiscal_total_income_expenditure", None, None, dict(amount=w("2680.50"))),
        (
            "year_on_year",
            None,
            "财政拨款收入支出决算总计",
            dict(amount=w("2680.50"), change=w("345.10"), rate=r("14.78")),
        ),
        (
            "year_on_year",
            None,
            "一般公共预算财政拨款支出",
            dict(amount=w("2666.00"), change=w("330.00"), rate=r("14.13")),
        ),
        ("execution", None, "一般公共预算财政拨款支出", dict(actual=w("2666.00"), rate=r("108.95"))),
        ("execution", "2130101", None, dict(budget=w("600.00"), actual=w("620.40"), rate=r("103.40"))),
        ("execution", "2130104", None, dict(budget=w("390.00"), actual=w("380.25"), rate=r("97.50"))),
        ("execution", "2130153", None, dict(budget=w("1300.00"), actual=w("1500.00"), rate=r("115.38"))),
        ("execution", "2080505", None, dict(budget=w("110.00"), actual=w("120.30"), rate=r("109.36"))),
        ("execution", "2101101", None, dict(budget=w("47.00"), actual=w("45.05"), rate=r("95.85"))),
        ("sangong_execution", None, "三公", dict(actual=w("18.60"), rate=r("77.50"))),
        ("year_on_year", None, "三公", dict(amount=w("18.60"), change=w("-2.40"), rate=r("-11.43"))),
        ("sangong_execution", None, "因公出国", dict(actual=w(0), rate=r(0))),
        ("sangong_execution", None, "公务用车购置及运行维护费", dict(actual=w("15.00"), rate=r("83.33"))),
        ("sangong_execution", None, "公务接待费", dict(actual=w("3.60"), rate=r("60"))),
        ("operating_costs", None, None, dict(amount=w("115.80"))),
        ("year_on_year", None, "机关运行经费", dict(amount=w("115.80"), change=w("-4.20"), rate=r("-3.5"))),
        ("procurement_total", None, None, dict(amount=w("1520.00"))),
    ],
    "guangxi_2024_final.txt": [
        ("total_income_expenditure", None, None, dict(amount=w("2410.35"))),
        (
            "year_on_year",
            None,
            "收入、支出决算总计",
            dict(amount=w("2410.35"), change=w("260.35"), rate=r("12.11")),
        ),
        ("total_income", None, None, dict(amount=w("2360.35"))),
        ("total_expenditure", None, None, dict(amount=w("2350.00"))),
        (
            "year_on_year",
            None,
            "本年支出合计",
            dict(amount=w("2350.00"), prior=w("2100.00"), change=w("250.00"), rate=r("11.90")),
        ),
        ("fiscal_total_income_expenditure", None, None, dict(amount=w("2350.00"))),
        (
            "year_on_year",
            None,
            "财政拨款收入支出决算总计",
            dict(amount=w("2350.00"), change=w("250.00"), rate=r("11.90")),
        ),
        ("year_on_year", None, "人员经费", dict(amount=None, change=w("150.00"))),
        (
            "year_on_year",
            None,
            "一般公共预算财政拨款支出",
            dict(amount=w("2350.00"), change=w("250.00"), rate=r("11.9")),
        ),
        (
            "execution",
            None,
            "一般公共预算财政拨款支出",
            dict(budget=w("2280.00"), actual=w("2350.00"), rate=r("103.07")),
        ),
        ("execution", "2050202", None, dict(budget=w("2000.00"), actual=w("1980.00"), rate=r("99"))),
        ("execution", "2050203", None, dict(budget=w(0), actual=w("150.00"))),
        ("execution", "2080505", None, dict(budget=w("150.00"), actual=w("150.00"))),
        ("execution", "2210201", None, dict(budget=w("130.00"), actual=w("70.00"), rate=r("53.85"))),
        ("sangong_execution", None, "三公", dict(budget=w("12.00"), actual=w("9.85"), rate=r("82.08"))),
        ("sangong_execution", None, "因公出国", dict(budget=D(0), actual=D(0))),
        ("year_on_year", None, "因公出国", dict(amount=D(0), change=D(0))),
        (
            "sangong_execution",
            None,
            "公务用车购置及运行维护费",
            dict(budget=D(80000), actual=D(72500), rate=r("90.63")),
        ),
        (
            "year_on_year",
            None,
            "公务用车购置及运行维护费",
            dict(amount=D(72500), change=D(-3500), rate=r("-4.6")),
        ),
        ("sangong_execution", None, "公务接待费", dict(budget=D(40000), actual=D(26000), rate=r("65"))),
        ("operating_costs", None, None, dict(amount=w("85.60"))),
        ("year_on_year", None, "机关运行经费", dict(amount=w("85.60"), change=w("-6.30"), rate=r("-6.85"))),
        ("procurement_total", None, None, dict(amount=w("96.40"))),
        # (session 52) the 说明's self-evaluation of a project, as a 绩效自评表 tells it: "校舍维修项目全年预算数
        # 100.00万元，执行数100.00万元，执行率100%"
        (
            "project_execution",
            None,
            "校舍维修项目",
            dict(budget=w("100.00"), actual=w("100.00"), rate=r("100")),
        ),
        # a true statement of the report about its assets: accepted if recorded, not required
        (
            "year_on_year?",
            None,
            "资产总额",
            dict(amount=D("125000000"), change=D("12000000"), rate=r("10.62")),
        ),
    ],
}
# Sentences with figures that must NOT give a claim (substring of the claim's sentence + kind that would be wrong)
E = ("execution",)
T = ("total_income_expenditure", "fiscal_total_income_expenditure", "total_income", "total_expenditure")
ALL = E + T + ("procurement_total", "operating_costs", "sangong_execution")
# (substring of the sentence, claim kinds that must not come from it)
NOT_CLAIMS = {
    "hunan_2024_final.txt": [
        ("上年有一次性土地整治项目支出300.00万元", ALL),
        ("不动产登记系统升级项目120.00万元", ALL),
        ("追加耕地保护补偿资金545.82万元", ALL),
        ("政府性基金预算财政拨款收入支出决算总计", T),
        ("会议费年初预算", E),
        ("部门整体支出全年预算数", E),
        ("单价50万元", ALL),
        ("授予中小企业合同金额300.10万元", ALL),
        ("人员经费2,105.33万元", ALL),
        ("全年预算数为30.00万元", E),
        ("全年预算数为10.00万元", E),
        ("全年预算数为0万元", E),
    ],
    "sichuan_2024_final.txt": [
        ("三公”经费支出总计18.60万元", T),
        ("政府采购支出总计1,520.00万元", T),
        ("追加高标准农田建设资金200.00万元", ALL),
        ("涉及资金1,500.00万元", ALL),
        ("单价50万元", ALL),
        ("人员经费1,050.20万元", ALL),
        ("机关运行经费预算为120.00万元", E),
    ],
    "guangxi_2024_final.txt": [
        ("校舍维修项目新增100.00万元", ALL),
        ("授予中小企业合同金额96.40万", ALL),
        ("单价50万元", ALL),
        ("全年预算数100.00万元", ALL),
    ],
}
FIELDS = dict(
    budget="budget_yuan",
    actual="actual_yuan",
    amount="amount_yuan",
    change="change_yuan",
    prior="prior_yuan",
    rate="stated_rate",
)


def key_field(kind, f):
    return "actual" if "actual" in f else "amount" if "amount" in f and f["amount"] is not None else "change"


RESULTS = {}  # doc -> counts, and the not-a-claim sentences violated


def main():
    grand = dict(expected=0, matched=0, wrong=0, missing=0, unexpected=0)
    for doc, expected in EXPECTED.items():
        res = parse_document((DOCS / doc).read_bytes(), doc, doc)
        claims = list(res.claims)
        used = set()
        print(f"\n=== {doc}: {len(claims)} claims recorded")
        counts = dict(expected=0, matched=0, wrong=0, missing=0, unexpected=0)
        for kind, code, name, f in expected:
            optional = kind.endswith("?")
            kind = kind.rstrip("?")
            counts["expected"] += 0 if optional else 1
            kf = key_field(kind, f)
            cands = [
                i
                for i, c in enumerate(claims)
                if i not in used
                and c.claim_kind == kind
                and getattr(c, FIELDS[kf]) == f[kf]
                and (name is None or (c.subject_name or "").find(name) >= 0 or code is not None)
            ]
            if code:
                exact = [i for i in cands if claims[i].subject_code == code]
                cands = exact or cands
            if not cands:
                if not optional:
                    counts["missing"] += 1
                print(f"  MISSING{'(optional)' if optional else ''}: {kind} {code or ''} {name or ''} {f}")
                continue
            i = cands[0]
            used.add(i)
            c = claims[i]
            errs = [
                f"{k}: got {getattr(c, FIELDS[k])} want {v}"
                for k, v in f.items()
                if getattr(c, FIELDS[k]) != v
            ]
            if code and c.subject_code != code:
                errs.append(f"code: got {c.subject_code} want {code}")
            if name and name not in (c.subject_name or ""):
                errs.append(f"name: got {c.subject_name!r} want ~{name!r}")
            if errs:
                counts["wrong"] += 1
                print(f"  WRONG  line {c.source_line} {kind} {c.subject_name!r}: " + "; ".join(errs))
            else:
                counts["matched"] += 0 if optional else 1
        for i, c in enumerate(claims):
            if i not in used:
                counts["unexpected"] += 1
                print(
                    f"  UNEXPECTED line {c.source_line} {c.claim_kind} code={c.subject_code} name={c.subject_name!r} "
                    f"B={c.budget_yuan} A={c.actual_yuan} amt={c.amount_yuan} chg={c.change_yuan} rate={c.stated_rate} | {c.sentence[:70]}"
                )
        for s, kinds in NOT_CLAIMS[doc]:
            needle = s.replace("，", ",").replace("“", "").replace("”", "")
            bad = [
                c
                for c in claims
                if c.claim_kind in kinds and needle in c.sentence.replace("“", "").replace("”", "")
            ]
            if bad:
                counts.setdefault("violated", []).append(s)
            print(
                f"  not-a-claim {'VIOLATED' if bad else 'ok':8} {s}"
                + (
                    f" -> {[(c.claim_kind, c.subject_name, c.amount_yuan or c.budget_yuan) for c in bad]}"
                    if bad
                    else ""
                )
            )
        for d in res.diagnostics:
            if d.severity != "info":
                print(f"  diag {d.severity} {d.check_name} line {d.source_line}: {d.message[:120]}")
        print("  counts:", counts)
        RESULTS[doc] = counts
        for k in grand:
            grand[k] += counts[k]
    print("\nTOTAL:", grand)


main()
