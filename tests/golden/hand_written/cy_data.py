"""Hand-typed figures of the synthetic 2024 部门预算 of 北京市朝阳区统计局 (2 units: 本级 + 朝阳区经济社会调查中心).

Every detail figure below is typed by hand, in 元 (multiples of 100 元 so that every 万元 figure is exact to
2 decimals). The tables' aggregates (by functional code, by economic code, 类 rows, totals) are sums of
these typed figures, and every narrative figure is typed by hand separately and asserted against them.
Nothing here comes from parser output."""

from decimal import Decimal as D

UNIT = "北京市朝阳区统计局"
YEAR = 2024

FUNC_NAMES = {
    "201": "一般公共服务支出",
    "20105": "统计信息事务",
    "2010501": "行政运行",
    "2010502": "一般行政管理事务",
    "2010505": "专项统计业务",
    "2010507": "专项普查活动",
    "2010550": "事业运行",
    "2010599": "其他统计信息事务支出",
    "205": "教育支出",
    "20508": "进修及培训",
    "2050803": "培训支出",
    "208": "社会保障和就业支出",
    "20805": "行政事业单位养老支出",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "210": "卫生健康支出",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "2210203": "购房补贴",
}
DEPT = {
    "301": "工资福利支出",
    "30101": "基本工资",
    "30102": "津贴补贴",
    "30103": "奖金",
    "30107": "绩效工资",
    "30108": "机关事业单位基本养老保险缴费",
    "30109": "职业年金缴费",
    "30110": "职工基本医疗保险缴费",
    "30112": "其他社会保障缴费",
    "30113": "住房公积金",
    "30199": "其他工资福利支出",
    "302": "商品和服务支出",
    "30201": "办公费",
    "30202": "印刷费",
    "30205": "水费",
    "30206": "电费",
    "30211": "差旅费",
    "30213": "维修（护）费",
    "30215": "会议费",
    "30216": "培训费",
    "30217": "公务接待费",
    "30226": "劳务费",
    "30227": "委托业务费",
    "30228": "工会经费",
    "30229": "福利费",
    "30231": "公务用车运行维护费",
    "30239": "其他交通费用",
    "30299": "其他商品和服务支出",
    "303": "对个人和家庭的补助",
    "30399": "其他对个人和家庭的补助",
    "310": "资本性支出",
    "31002": "办公设备购置",
}
GOV = {
    "501": "机关工资福利支出",
    "50101": "工资奖金津补贴",
    "50102": "社会保障缴费",
    "50103": "住房公积金",
    "50199": "其他工资福利支出",
    "502": "机关商品和服务支出",
    "50201": "办公经费",
    "50202": "会议费",
    "50203": "培训费",
    "50205": "委托业务费",
    "50206": "公务接待费",
    "50208": "公务用车运行维护费",
    "50209": "维修（护）费",
    "50299": "其他商品和服务支出",
    "503": "机关资本性支出（一）",
    "50306": "设备购置",
    "505": "对事业单位经常性补助",
    "50501": "工资福利支出",
    "50502": "商品和服务支出",
    "509": "对个人和家庭的补助",
    "50999": "其他对个人和家庭补助",
}

# Basic expenditure (all 一般公共预算财政拨款): (functional 项, departmental 款, governmental 款, 元)
BASIC = [
    # 本级 (行政单位)
    ("2010501", "30101", "50101", "3126000.00"),
    ("2010501", "30102", "50101", "4215600.00"),
    ("2010501", "30103", "50101", "842400.00"),
    ("2010501", "30112", "50102", "96300.00"),
    ("2010501", "30199", "50199", "285000.00"),
    ("2010501", "30201", "50201", "312000.00"),
    ("2010501", "30205", "50201", "38500.00"),
    ("2010501", "30206", "50201", "146000.00"),
    ("2010501", "30211", "50201", "87000.00"),
    ("2010501", "30213", "50209", "64000.00"),
    ("2010501", "30215", "50202", "25000.00"),
    ("2010501", "30217", "50206", "18000.00"),
    ("2010501", "30228", "50299", "154200.00"),
    ("2010501", "30229", "50299", "96000.00"),
    ("2010501", "30231", "50208", "124000.00"),
    ("2010501", "30239", "50299", "268800.00"),
    ("2080505", "30108", "50102", "1052800.00"),
    ("2080506", "30109", "50102", "526400.00"),
    ("2101101", "30110", "50102", "592200.00"),
    ("2210201", "30113", "50103", "789600.00"),
    ("2210203", "30399", "50999", "412000.00"),
    # 朝阳区经济社会调查中心 (事业单位)
    ("2010550", "30101", "50501", "1385200.00"),
    ("2010550", "30102", "50501", "462000.00"),
    ("2010550", "30107", "50501", "1104600.00"),
    ("2010550", "30199", "50501", "72000.00"),
    ("2010550", "30201", "50502", "96000.00"),
    ("2010550", "30206", "50502", "52000.00"),
    ("2010550", "30211", "50502", "31000.00"),
    ("2010550", "30228", "50502", "58400.00"),
    ("2010550", "30229", "50502", "36000.00"),
    ("2080505", "30108", "50501", "486400.00"),
    ("2080506", "30109", "50501", "243200.00"),
    ("2101102", "30110", "50501", "273600.00"),
    ("2210201", "30113", "50501", "364800.00"),
]
# 本级's public funds (302 rows of the 本级 block above) = 机关运行经费
BENJI_302 = [v for f, dep, g, v in BASIC[:16] if dep.startswith("302")]

# Project lines of 表九 (元): (functional 项, gov 款, dept 款, project, 元, fund) fund: 'gp' 一般公共预算 / 'biz' 事业收入
PROJECTS = [
    ("2010502", "50209", "30213", "办公用房及附属设施维修改造", "396000.00", "gp"),
    ("2010502", "50299", "30299", "统计执法检查及“双随机、一公开”抽查工作经费", "74000.00", "gp"),
    (
        "2010505",
        "50205",
        "30227",
        "朝阳区2024年经济运行监测分析及统计数据质量核查专项经费",
        "1286000.00",
        "gp",
    ),
    ("2010505", "50205", "30227", "企业一套表统计调查及重点行业运行监测", "612000.00", "gp"),
    ("2010505", "50201", "30202", "2023年朝阳统计年鉴及统计资料汇编印刷", "86500.00", "gp"),
    ("2010505", "50502", "30227", "经济社会调查中心社情民意调查服务项目", "320000.00", "biz"),
    ("2010507", "50205", "30227", "第五次全国经济普查朝阳区数据处理及成果开发利用项目", "2150000.00", "gp"),
    ("2010507", "50299", "30226", "经济普查入户登记普查指导员及普查员劳务补助", "1264000.00", "gp"),
    ("2010507", "50306", "31002", "普查数据处理服务器及存储设备购置", "486000.00", "gp"),
    ("2010507", "50299", "30299", "普查宣传品制作及宣传活动", "58000.00", "gp"),
    ("2010599", "50205", "30227", "朝阳区统计数据库及统计信息化平台升级改造（二期）", "840000.00", "gp"),
    ("2050803", "50203", "30216", "统计人员业务能力提升培训", "128000.00", "gp"),
]

W = D(10000)


def wan(yuan):  # 元 -> 万元 string, exact
    q = (D(yuan) / W).quantize(D("0.01"))
    assert q * W == D(yuan), yuan
    return q


def _sum(xs):
    return sum((D(x) for x in xs), D(0))


# ---- aggregates by functional code (元) ------------------------------------------------------------------
def parents(code):
    return [code[:3], code[:5], code]


CODES = sorted(FUNC_NAMES)
# per code: total, basic, project, general-public (gp) project, biz project
FUNC = {c: dict(basic=D(0), project=D(0), gp_project=D(0), biz=D(0)) for c in CODES}
for f, dep, g, v in BASIC:
    for p in parents(f):
        FUNC[p]["basic"] += D(v)
for f, g, dep, name, v, fund in PROJECTS:
    for p in parents(f):
        FUNC[p]["project"] += D(v)
        FUNC[p]["gp_project" if fund == "gp" else "biz"] += D(v)
TOT = dict(basic=D(0), project=D(0), gp_project=D(0), biz=D(0))
for c in CODES:
    if len(c) == 3:
        for k in TOT:
            TOT[k] += FUNC[c][k]
for d_ in list(FUNC.values()) + [TOT]:
    d_["total"] = d_["basic"] + d_["project"]
    d_["gp"] = d_["basic"] + d_["gp_project"]  # 一般公共预算 total

# ---- 表六 rows: (dept 款, gov 款) -> 元, with 类 rows by dept 类 -----------------------------------------------
ECON = {}
for f, dep, g, v in BASIC:
    ECON[(dep, g)] = ECON.get((dep, g), D(0)) + D(v)
ECON_CLASS = {}
for (dep, g), v in ECON.items():
    ECON_CLASS[dep[:3]] = ECON_CLASS.get(dep[:3], D(0)) + v
PERSONNEL = ECON_CLASS["301"] + ECON_CLASS["303"]
PUBLIC = ECON_CLASS["302"]
assert TOT["basic"] == PERSONNEL + PUBLIC

# ---- 三公 (万元) ---------------------------------------------------------------------------------------------
SANGONG = dict(
    outbound=D("0.00"), vehicle_purchase=D("0.00"), vehicle_operation=D("12.40"), reception=D("1.80")
)
SANGONG["vehicle"] = SANGONG["vehicle_purchase"] + SANGONG["vehicle_operation"]
SANGONG["total"] = SANGONG["outbound"] + SANGONG["vehicle"] + SANGONG["reception"]
SANGONG_PRIOR = dict(
    total=D("15.60"),
    outbound=D("0.00"),
    vehicle=D("13.20"),
    vehicle_purchase=D("0.00"),
    vehicle_operation=D("13.20"),
    reception=D("2.40"),
)
assert SANGONG["vehicle_operation"] * W == ECON[("30231", "50208")]
assert SANGONG["reception"] * W == ECON[("30217", "50206")]

# ---- 政府采购 (万元) -------------------------------------------------------------------------------------------
PROCUREMENT = [  # (category, project, 品目, 万元)
    ("货物", "普查数据处理服务器及存储设备购置", "服务器、存储设备", D("48.60")),
    ("工程", "办公用房及附属设施维修改造", "装修工程", D("39.60")),
    ("服务", "朝阳区统计数据库及统计信息化平台升级改造（二期）", "信息系统集成实施服务", D("84.00")),
    ("服务", "2023年朝阳统计年鉴及统计资料汇编印刷", "印刷服务", D("8.65")),
]
PROC_CAT = {k: sum((x[3] for x in PROCUREMENT if x[0] == k), D(0)) for k in ("货物", "工程", "服务")}
PROC_TOTAL = sum(PROC_CAT.values())

if __name__ == "__main__":
    for c in CODES:
        print(c, FUNC_NAMES[c], {k: str(wan(v)) for k, v in FUNC[c].items()})
    print("TOTAL", {k: str(wan(v)) for k, v in TOT.items()})
    print("personnel", wan(PERSONNEL), "public", wan(PUBLIC), "benji302", wan(_sum(BENJI_302)))
    for k, v in sorted(ECON_CLASS.items()):
        print(k, wan(v))
    print("sangong", SANGONG, "proc", PROC_CAT, PROC_TOTAL)


# ---- narrative figures, typed by hand (万元), asserted against the tables --------------------------------
N_TOTAL = D("2563.75")
N_GP = D("2531.75")
N_BIZ = D("32.00")
N_BASIC, N_BASIC_PCT = D("1793.70"), D("69.96")
N_PROJECT, N_PROJECT_PCT = D("770.05"), D("30.04")
N_TOTAL_PRIOR, N_TOTAL_CHG, N_TOTAL_RATE = D("2412.30"), D("151.45"), D("6.28")
N_FISCAL_PRIOR, N_FISCAL_CHG, N_FISCAL_RATE = D("2390.30"), D("141.45"), D("5.92")
N_GP_PROJECT = D("738.05")
# 类: (code, 2024, 2023, change, rate%)  signed
N_CLASSES = [
    ("201", D("2044.85"), D("1902.45"), D("142.40"), D("7.49")),
    ("205", D("12.80"), D("15.00"), D("-2.20"), D("-14.67")),
    ("208", D("230.88"), D("224.56"), D("6.32"), D("2.81")),
    ("210", D("86.58"), D("84.27"), D("2.31"), D("2.74")),
    ("221", D("156.64"), D("164.02"), D("-7.38"), D("-4.50")),
]
N_PERSONNEL, N_PUBLIC = D("1633.01"), D("160.69")
N_SANGONG = [  # item, 2024, change, rate% (None = 持平)
    ("total", D("14.20"), D("-1.40"), D("-8.97")),
    ("outbound", D("0.00"), D("0"), None),
    ("vehicle", D("12.40"), D("-0.80"), D("-6.06")),
    ("reception", D("1.80"), D("-0.60"), D("-25.00")),
]
N_OPER, N_OPER_PRIOR, N_OPER_CHG, N_OPER_RATE = D("133.35"), D("136.80"), D("-3.45"), D("-2.52")
N_PROC, N_PROC_GOODS, N_PROC_WORKS, N_PROC_SERV = D("180.85"), D("48.60"), D("39.60"), D("92.65")
N_PERF_N, N_PERF = 2, D("299.00")


def _rate(chg, prior):
    return (chg / prior * 100).quantize(D("0.01"))


assert TOT["total"] == N_TOTAL * W and TOT["gp"] == N_GP * W and TOT["biz"] == N_BIZ * W
assert (
    TOT["basic"] == N_BASIC * W and TOT["project"] == N_PROJECT * W and TOT["gp_project"] == N_GP_PROJECT * W
)
assert (N_BASIC / N_TOTAL * 100).quantize(D("0.01")) == N_BASIC_PCT and N_BASIC_PCT + N_PROJECT_PCT == 100
assert N_TOTAL - N_TOTAL_PRIOR == N_TOTAL_CHG and _rate(N_TOTAL_CHG, N_TOTAL_PRIOR) == N_TOTAL_RATE
assert N_GP - N_FISCAL_PRIOR == N_FISCAL_CHG and _rate(N_FISCAL_CHG, N_FISCAL_PRIOR) == N_FISCAL_RATE
for code, v, prior, chg, rate in N_CLASSES:
    assert v * W == FUNC[code]["gp"] and v - prior == chg and _rate(chg, prior) == rate, code
assert sum(x[2] for x in N_CLASSES) == N_FISCAL_PRIOR
assert N_PERSONNEL * W == PERSONNEL and N_PUBLIC * W == PUBLIC
for item, v, chg, rate in N_SANGONG:
    assert v == SANGONG[item] and v - SANGONG_PRIOR[item] == chg
    assert rate is None or _rate(chg, SANGONG_PRIOR[item]) == rate
assert _sum(BENJI_302) == N_OPER * W and N_OPER - N_OPER_PRIOR == N_OPER_CHG
assert _rate(N_OPER_CHG, N_OPER_PRIOR) == N_OPER_RATE
assert N_PROC == PROC_TOTAL and tuple(PROC_CAT[k] for k in ("货物", "工程", "服务")) == (
    N_PROC_GOODS,
    N_PROC_WORKS,
    N_PROC_SERV,
)
assert D("2150000") + D("840000") == N_PERF * W
