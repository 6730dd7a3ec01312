"""Expected readings of the rules_s56c inputs: WHOLE reports of units of 河北, 山东, 浙江, 福建 and 湖北, each drawn as a PDF laid out
as that province's published reports are (s56c_print.py, on ../rules_s56b/s56b_print.py) and turned to text by the
REAL pdftotext: X.pdf, X.txt (pdftotext -enc UTF-8), X.layout.txt (pdftotext -layout -enc UTF-8); the expectations are
the same for the three.

The figures are typed here per functional 项 (../rules_s41c/s41c_lib.py's docstring: gp_pe / gp_pu / gp_p / oth_p,
yb = 年初预算 of a final), the economic 款 of the 基本支出 (30101 基本工资 and 30201 办公费 the remainders, as s41c_lib.econ_rows makes them), 三公 of the year and its 年初预算 (finals) or the year
before's budget (prior_sg, the budget's 三公 table with the 上年 block), named projects; s56c_lib.py builds the
tables and every identity is re-added at import. The 说明 are written by ../rules_s56b/rules_s56b_data.py's writers
(say_final in the 甘肃 / 云南 wordings, say_gz for a budget: "与上年相比…", "比上年…", "较上年…", 完成年初预算的R%,
决算数大于/小于年初预算数的主要原因是…), imported, with this set's own duties and reasons. Nothing here comes from
running the parser.

Documents (README.md has the table):
- hb1 石家庄市长安区住房和城乡建设局 2023 部门决算 (河北; one code column; 行次 in the summaries; 年初预算数 block;
  三公 counts in words);
- sd1 青岛市市南区司法局 2024 部门预算 (山东; codes split; 三公 with the 2023 预算数 block BEFORE 2024's; 项目支出表
  of three named projects in 万元; names in a 6-em cell wrapped);
- zj1 杭州市上城区民政局 2023 部门决算 (浙江; one code column in a 6-em cell, names wrapped; tables over pages with
  "续表" and no header; 年初预算数 block);
- fj1 福州市鼓楼区文化体育和旅游局 2024 部门预算 (福建; one code column, full-width indents; 三公 with the 2023 预算数
  block AFTER 2024's; 项目支出预算表 of three long-named projects; 说明 in say_gz's wording, "比上年…");
- hb2 武汉市黄陂区农业农村局 2023 部门决算 (湖北; codes split, 合计 FIRST, names in a 6-em cell wrapped, 续表 pages
  without header; 三公 统计数 block; 说明 "收入、支出决算总计…" and per 项 with reasons)."""

from __future__ import annotations

import importlib.util
import os
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from s56c_lib import build  # noqa: E402

_spec = importlib.util.spec_from_file_location(
    "rules_s56b_data", os.path.join(HERE, "..", "rules_s56b", "rules_s56b_data.py")
)
s56b = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(s56b)
sys.path.insert(0, os.path.join(HERE, "..", "rules_s42c"))
from rules_s42c_data import GLOSSARY  # noqa: E402
from s41c_lib import GF, SC, expectations  # noqa: E402

DOCS = {}

# ============================================================================================== hb1 河北 2023 final
DOCS["hb1_hebei_changan_zjj_2023_final"] = dict(
    kind="final_account",
    org="石家庄市长安区住房和城乡建设局",
    year=2023,
    unit="万元",
    cover="2023年度部门决算",
    date="2024年8月",
    style=dict(
        codes="one",
        indent="  ",
        sep=True,
        name_w=12,
        repeat_head=True,
        rowno=True,
        gb_budget=True,
        eb_cols=True,
        unit_line="final",
        label="表{n}",
        footer="{n}",
        sg_zero="0.00",
    ),
    leaves="""
2120101 gp_pe=286.40 gp_pu=42.60 yb=320.00
2120104 gp_p=356.80 yb=300.00
2120399 gp_p=1124.50 yb=1200.00
2120501 gp_p=268.30 yb=250.00
2080505 gp_pe=38.64 yb=40.00
2080506 gp_pe=15.46 yb=16.00
2101101 gp_pe=12.28 yb=13.00
2210201 gp_pe=30.92 yb=32.00
""",
    cb="24.60",
    cb_fiscal="24.60",
    econ={
        "30102": "86.40",
        "30107": "62.00",
        "30108": "38.64",
        "30109": "15.46",
        "30110": "12.28",
        "30113": "30.92",
        "30302": "18.00",
        "30205": "2.40",
        "30206": "5.60",
        "30211": "3.20",
        "30213": "4.00",
        "30217": "1.20",
        "30228": "5.00",
        "30231": "6.40",
        "30299": "8.80",
    },
    sangong=("0", "0", "6.40", "1.20"),
    sangong_budget=("0", "0", "7.00", "1.50"),
    cnt_words=(0, 0, 0, 3, 10, 72),
    empty={
        GF: "石家庄市长安区住房和城乡建设局2023年度无政府性基金预算财政拨款收入、支出及结转结余，故本表为空。",
        SC: "石家庄市长安区住房和城乡建设局2023年度无国有资本经营预算财政拨款支出，故本表为空。",
    },
    prior=dict(grand="2086.40", gp="2010.30", sangong="8.20", opcost="40.10"),
    proc=dict(goods="36.40", works="986.00", services="142.60"),
    why={
        "2120101": "人员工资调整及绩效奖励增加",
        "2120104": "年中追加城市管理综合执法专项资金",
        "2120501": "年中追加城乡环境卫生整治资金",
    },
    kindword="部门决算",
    duty="贯彻执行国家、省、市住房和城乡建设工作的方针政策，负责全区城乡建设、城市管理综合执法、市政公用设施建设维护"
    "和城乡环境卫生管理工作。",
    members="纳入石家庄市长安区住房和城乡建设局2023年度部门决算编制范围的单位包括：局机关、长安区市政设施管理处、长安区"
    "环境卫生服务中心。",
)

# ============================================================================================== sd1 山东 2024 budget
DOCS["sd1_shandong_shinan_sfj_2024_dept_budget"] = dict(
    kind="budget",
    org="青岛市市南区司法局",
    year=2024,
    unit="万元",
    cover="2024年部门预算",
    date="2024年2月",
    style=dict(
        codes="split",
        indent="",
        sep=True,
        name_w=6,
        repeat_head=False,
        cont=False,
        unit_line="both",
        label="表{n}",
        footer="第{n}页",
        sg_zero="0.00",
        sg_prior="before",
    ),
    units="局机关、市南区公证处",
    leaves="""
2040601 gp_pe=326.50 gp_pu=48.60
2040604 gp_p=86.00
2040605 gp_p=124.80
2040610 gp_p=56.40 oth_p=30.00
2080505 gp_pe=42.18
2080506 gp_pe=16.87
2101101 gp_pe=13.26
2210201 gp_pe=34.20
""",
    econ={
        "30102": "96.30",
        "30103": "32.20",
        "30107": "60.00",
        "30108": "42.18",
        "30109": "16.87",
        "30110": "13.26",
        "30113": "34.20",
        "30205": "2.60",
        "30206": "6.40",
        "30211": "4.00",
        "30213": "3.60",
        "30217": "1.40",
        "30228": "6.20",
        "30231": "5.60",
        "30299": "11.60",
    },
    sangong=("0", "0", "5.60", "1.40"),
    prior_sg=("0", "0", "6.00", "1.80"),
    projects=[
        ("基层法律服务与人民调解工作经费", "86.00", "0"),
        ("“八五”普法宣传教育专项经费", "124.80", "0"),
        ("社区矫正和安置帮教工作经费", "56.40", "30.00"),
    ],
    proj_title="项目支出表",
    duty="贯彻执行国家、省、市司法行政工作方针政策，负责全区普法宣传、人民调解、社区矫正、公共法律服务和基层司法所建设"
    "工作。",
    reason="社区矫正和普法宣传项目经费增加",
    empty={
        GF: "青岛市市南区司法局2024年无政府性基金预算财政拨款安排的支出，故本表为空。",
        SC: "青岛市市南区司法局2024年无国有资本经营预算财政拨款安排的支出，故本表为空。",
    },
    prior=dict(grand="742.60", gp="716.80", sangong="7.80", opcost="46.20"),
    proc=dict(goods="12.60", works="0.00", services="168.40"),
)

# ============================================================================================== zj1 浙江 2023 final
DOCS["zj1_zhejiang_shangcheng_mzj_2023_final"] = dict(
    kind="final_account",
    org="杭州市上城区民政局",
    year=2023,
    unit="万元",
    cover="2023年度部门决算",
    date="2024年9月",
    style=dict(
        codes="one",
        indent="",
        sep=True,
        name_w=6,
        repeat_head=False,
        cont=True,
        rowno=True,
        gb_budget=True,
        eb_cols=True,
        unit_line="final",
        label="表{n}",
        footer="{n}",
        sg_zero="0.00",
    ),
    leaves="""
2080201 gp_pe=368.20 gp_pu=54.80 yb=410.00
2080299 gp_p=126.40 yb=140.00
2081002 gp_p=986.50 yb=900.00
2081006 gp_p=246.80 yb=260.00
2082001 gp_p=1526.00 yb=1400.00
2080505 gp_pe=48.26 yb=50.00
2080506 gp_pe=19.30 yb=20.00
2101101 gp_pe=15.44 yb=16.00
2210201 gp_pe=38.60 yb=40.00
""",
    cb="68.40",
    cb_fiscal="68.40",
    econ={
        "30102": "102.40",
        "30103": "36.80",
        "30107": "58.00",
        "30108": "48.26",
        "30109": "19.30",
        "30110": "15.44",
        "30113": "38.60",
        "30302": "15.00",
        "30205": "3.00",
        "30206": "7.20",
        "30211": "4.80",
        "30213": "5.20",
        "30217": "1.60",
        "30228": "7.00",
        "30231": "6.80",
        "30299": "10.80",
    },
    sangong=("0", "0", "6.80", "1.60"),
    sangong_budget=("0", "0", "7.20", "2.00"),
    cnt_words=(0, 0, 0, 3, 14, 96),
    empty={
        GF: "杭州市上城区民政局2023年度无政府性基金预算财政拨款收入、支出及结转结余，本表无数据。",
        SC: "杭州市上城区民政局2023年度无国有资本经营预算财政拨款支出，本表无数据。",
    },
    prior=dict(grand="3126.80", gp="3058.40", sangong="9.60", opcost="51.20"),
    proc=dict(goods="48.60", works="0.00", services="1326.40"),
    why={
        "2080201": "人员工资调整及绩效奖励增加",
        "2081002": "年中追加高龄津贴和老年人意外伤害保险资金",
        "2082001": "年中追加困难群众临时救助资金",
    },
    less="严格控制支出，部分项目按实际进度支付",
    kindword="部门决算",
    duty="贯彻执行国家、省、市民政工作方针政策，负责全区社会救助、养老服务、社会福利、社会组织管理、区划地名和婚姻"
    "殡葬管理工作。",
    members="纳入杭州市上城区民政局2023年度部门决算编制范围的单位包括：局机关、上城区社会福利中心。",
)

# ============================================================================================== fj1 福建 2024 budget
DOCS["fj1_fujian_gulou_wtlj_2024_dept_budget"] = dict(
    kind="budget",
    org="福州市鼓楼区文化体育和旅游局",
    year=2024,
    unit="万元",
    cover="2024年部门预算",
    date="2024年2月",
    style=dict(
        codes="one",
        indent="　",
        sep=True,
        name_w=12,
        repeat_head=True,
        unit_line="both",
        label="表{n}",
        footer="{n}",
        sg_zero="0.00",
        sg_prior="after",
    ),
    units="局机关、鼓楼区图书馆、鼓楼区文化馆",
    leaves="""
2070101 gp_pe=412.60 gp_pu=58.40
2070104 gp_p=186.00
2070109 gp_p=326.50
2070204 gp_p=448.20 oth_p=60.00
2080505 gp_pe=52.30
2080506 gp_pe=20.92
2101101 gp_pe=16.74
2210201 gp_pe=42.86
""",
    econ={
        "30102": "118.40",
        "30103": "42.60",
        "30107": "78.00",
        "30108": "52.30",
        "30109": "20.92",
        "30110": "16.74",
        "30113": "42.86",
        "30205": "3.20",
        "30206": "7.60",
        "30211": "5.00",
        "30213": "4.40",
        "30217": "1.80",
        "30228": "7.60",
        "30231": "6.40",
        "30299": "12.00",
    },
    sangong=("0", "0", "6.40", "1.80"),
    prior_sg=("0", "0", "7.00", "2.20"),
    projects=[
        ("鼓楼区图书馆免费开放及数字阅读推广经费", "186.00", "0"),
        ("公共文化服务体系建设和群众文化活动经费", "326.50", "0"),
        ("三坊七巷历史文化街区文物保护修缮经费", "448.20", "60.00"),
    ],
    proj_title="项目支出预算表",
    empty={
        GF: "福州市鼓楼区文化体育和旅游局2024年没有使用政府性基金预算拨款安排的支出，故本表无数据。",
        SC: "福州市鼓楼区文化体育和旅游局2024年没有使用国有资本经营预算拨款安排的支出，故本表无数据。",
    },
    prior=dict(grand="1586.40", gp="1532.60", sangong="9.80", opcost="54.20"),
    proc=dict(goods="68.40", works="386.00", services="212.60"),
    duty="贯彻执行国家、省、市文化、体育和旅游工作方针政策，负责全区公共文化服务、文物保护、群众体育和旅游市场管理工作。",
    reason="文物保护修缮项目经费增加",
)

# ============================================================================================== hb2 湖北 2023 final
DOCS["hb2_hubei_huangpi_nyncj_2023_final"] = dict(
    kind="final_account",
    org="武汉市黄陂区农业农村局",
    year=2023,
    unit="万元",
    cover="2023年度部门决算",
    date="2024年9月",
    style=dict(
        codes="split",
        indent="",
        sep=True,
        name_w=6,
        repeat_head=False,
        cont=True,
        rowno=True,
        total_first=True,
        gb_budget=True,
        eb_cols=True,
        unit_line="final",
        label="表{n}",
        footer="{n}",
        sg_zero="0.00",
    ),
    leaves="""
2130101 gp_pe=486.20 gp_pu=68.40 yb=540.00
2130106 gp_p=246.80 yb=260.00
2130108 gp_p=168.40 yb=150.00
2130122 gp_p=1862.50 yb=1600.00
2130153 gp_p=3246.00 yb=3400.00
2080505 gp_pe=62.40 yb=64.00
2080506 gp_pe=24.96 yb=26.00
2101101 gp_pe=19.84 yb=20.00
2210201 gp_pe=50.10 yb=52.00
""",
    cb="96.40",
    cb_fiscal="96.40",
    econ={
        "30102": "132.60",
        "30103": "48.20",
        "30107": "96.40",
        "30108": "62.40",
        "30109": "24.96",
        "30110": "19.84",
        "30113": "50.10",
        "30302": "16.00",
        "30205": "3.60",
        "30206": "8.80",
        "30211": "6.20",
        "30213": "5.40",
        "30217": "2.20",
        "30228": "8.40",
        "30231": "7.60",
        "30299": "14.20",
    },
    sangong=("0", "0", "7.60", "2.20"),
    sangong_budget=("0", "0", "8.00", "2.50"),
    sg_counts=(0, 0, 0, 4, 22, 168),
    empty={
        GF: "武汉市黄陂区农业农村局2023年度没有政府性基金预算财政拨款收入、支出及结转结余，故本表为空表。",
        SC: "武汉市黄陂区农业农村局2023年度没有国有资本经营预算财政拨款支出，故本表为空表。",
    },
    prior=dict(grand="6426.80", gp="6286.40", sangong="11.40", opcost="72.60"),
    proc=dict(goods="86.40", works="3246.00", services="286.20"),
    why={
        "2130101": "人员工资调整及绩效奖励增加",
        "2130108": "年中追加草地贪夜蛾等重大病虫害防控资金",
        "2130122": "年中追加耕地地力保护和农业生产发展资金",
    },
    kindword="部门决算",
    duty="贯彻执行国家、省、市农业农村工作方针政策，负责全区农业生产发展、高标准农田建设、农业技术推广、动植物疫病和"
    "病虫害防控、乡村振兴工作。",
    members="纳入武汉市黄陂区农业农村局2023年度部门决算编制范围的单位包括：局机关、黄陂区农业技术推广中心、黄陂区农田建设"
    "服务中心。",
)


def say_sd(doc, info):
    """山东 / 福建 budget: ../rules_s56b's say_gz (收支预算 与上年相比, 收入 by source, 支出 basic / project, 财政拨款 比上年,
    projects in 万元 (no claims), 三公 比上年, 机关运行经费, 政府采购) with this unit's duties and reasons."""
    P, C, N = s56b.say_gz(doc, info)
    rep = {
        "贯彻执行国家、省、市交通运输方针政策和法律法规，负责全区公路建设、养护和管理，道路运输市场监管和交通运输综合"
        "行政执法工作。": doc["duty"],
        "农村公路建设项目资金增加": doc["reason"],
    }
    out = []
    for s, h in P:
        for a, b in rep.items():
            s = s.replace(a, b)
        out.append((s, h))
    return out, C, N


SAY = {
    "hb1": lambda doc, info: s56b.say_final(doc, info, "gs"),
    "sd1": say_sd,
    "zj1": lambda doc, info: s56b.say_final(doc, info, "yn"),
    "fj1": say_sd,
    "hb2": lambda doc, info: s56b.say_final(doc, info, "sx"),
}

# ============================================================================================== build
BUILT, EXPECTED = {}, {}
for _stem, _doc in DOCS.items():
    _doc["stem"] = _stem
    _tabs, _info = build(_doc)
    _info["gp_lei"] = {}
    for _c, _m in _info["L"].items():
        _v = sum((v for k, v in _m.items() if k in ("gp_pe", "gp_pu", "gp_p")), D(0))
        if _v:
            _info["gp_lei"][_c[:3]] = _info["gp_lei"].get(_c[:3], D(0)) + _v
    _paras, _claims, _not = SAY[_stem.split("_")[0]](_doc, _info)
    BUILT[_stem] = (_doc, _tabs, _paras + GLOSSARY)
    _kind = "部门决算" if _doc["kind"] != "budget" else "部门预算"
    for _ext, _how in ((".pdf", "PDF"), (".txt", "pdftotext plain"), (".layout.txt", "pdftotext -layout")):
        EXPECTED[_stem + _ext] = dict(
            note=f"{_how}, {_doc['org']} {_doc['year']} {_kind} ({_doc['unit']}, {len(_info['L'])} 项)",
            kind=_doc["kind"],
            tables=expectations(_tabs),
            only_tables=sorted(t.key for t in _tabs),
            claims=_claims,
            not_claims=_not,
            meta={
                "doc_kind": _doc["kind"],
                "scope": _doc.get("scope", "department"),
                "fiscal_year": _doc["year"],
                "unit_name": _doc["org"],
            },
        )
