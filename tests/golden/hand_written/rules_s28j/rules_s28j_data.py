"""Expected readings of the rules_s28j inputs (project expenditure tables: 项目支出表 / 项目支出预算表 /
项目支出决算表, their figures and structure), typed by hand from the documents as designed (gen.py draws and
writes them; s13 and s14 are typed there as text), never from the parser's output.

Format as rules_s28a_data.py (../review_check.py reads it): per input a note (what it attacks), kind,
tables=[dict(table, unit, rows=[(code, name, {column: value as printed}, [subject_name])])], only_tables. A
coded row's name is the project's name, its 4th element the subject's (科目名称). Blank cells have no
expectation (a figure read there is SPURIOUS). Words before the money (项目类别, 实施年限) and after it (备注)
are no figures.

Column keys (the parser's vocabulary, vocabulary.py COLUMN_LABELS): 合计 "total"; 财政拨款 alone
"fiscal_appropriation"; under 财政拨款 the funds "general_public" (一般公共预算) and "government_fund" (政府性基金);
财政专户管理资金 "fiscal_special_account"; 其他收入 "other_income". A final account's 年初预算数 block is
"<column>@budget", its 决算数 block the column itself. The 财政拨款 group's 小计 (s04) is the group's total,
"fiscal_appropriation". 单位资金 (s03) has no key in the vocabulary: typed "unit_funds" (a key no reading can
give), so at best those figures are SAID.

Grouped tables (s05, s15, s16): the 一级项目 rows print their sums and are rows of their own (as rules_s23's
group rows), each 二级项目 a row named by its own name.

_identities() below re-adds every table (each row: total = Σ parts per phase; 合计 = Σ rows, or Σ 一级 rows
and each 一级 = Σ its 二级), so a typo here fails at import."""

from decimal import Decimal as D

PROJ = "project_expenditure"
T, FA, GP, GF = "total", "fiscal_appropriation", "general_public", "government_fund"
SA, OI, UF = "fiscal_special_account", "other_income", "unit_funds"
TB, FAB, OIB = "total@budget", "fiscal_appropriation@budget", "other_income@budget"


def row(name, **cols):
    keys = {
        "t": T,
        "fa": FA,
        "gp": GP,
        "gf": GF,
        "sa": SA,
        "oi": OI,
        "uf": UF,
        "tb": TB,
        "fab": FAB,
        "oib": OIB,
    }
    return (None, name, {keys[k]: v for k, v in cols.items()})


def coded(code, name, subject, **cols):
    return (code, name, row(name, **cols)[2], subject)


def doc(note, unit, rows, kind="budget", groups=None):
    return dict(
        note=note,
        kind=kind,
        tables=[dict(table=PROJ, unit=unit, rows=rows)],
        only_tables=[PROJ],
        groups=groups or {},
    )


EXPECTED = {
    "c01_control_layout_fund_columns.layout.txt": doc(
        "control (layout): 财政拨款 over 一般公共预算 | 政府性基金, then 财政专户管理资金 | 其他收入, blank cells, 合计 first",
        "万元",
        [
            row("合计", t="1286.50", gp="1046.50", gf="180.00", sa="35.00", oi="25.00"),
            row("高标准农田建设", t="620.00", gp="440.00", gf="180.00"),
            row("动物疫病防控", t="215.00", gp="215.00"),
            row("农产品质量检测", t="96.50", gp="71.50", oi="25.00"),
            row("农技推广服务", t="180.00", gp="145.00", sa="35.00"),
            row("农村人居环境整治", t="175.00", gp="175.00"),
        ],
    ),
    "c02_control_pdf_grid_codes_total_last.pdf": doc(
        "control (PDF grid): 科目编码 | 科目名称 | 项目名称 | 合计 | 财政拨款 | 其他收入, 合计 last",
        "万元",
        [
            coded("2013816", "食品安全抽检", "食品安全监管", t="158.00", fa="158.00"),
            coded("2013815", "特种设备安全检验", "质量安全监管", t="86.40", fa="62.40", oi="24.00"),
            coded("2013805", "价格监督检查", "市场秩序执法", t="45.00", fa="45.00"),
            coded("2013808", "智慧监管平台运维", "信息化建设", t="120.00", fa="120.00"),
            row("合计", t="409.40", fa="385.40", oi="24.00"),
        ],
    ),
    "s03_layout_unit_funds_column.layout.txt": doc(
        "layout, Beijing's columns 合计 | 财政拨款 | 财政专户管理资金 | 单位资金: 单位资金 prints figures (38.20, 40.00, "
        "78.20) that no vocabulary key names: the rest must load, those be said",
        "万元",
        [
            row("合计", t="963.20", fa="840.00", sa="45.00", uf="78.20"),
            row("环境卫生作业", t="520.00", fa="520.00"),
            row("垃圾减量宣传", t="96.00", fa="96.00"),
            row("市容秩序巡查", t="123.20", fa="85.00", uf="38.20"),
            row("停车管理服务", t="224.00", fa="139.00", sa="45.00", uf="40.00"),
        ],
    ),
    "s04_layout_fiscal_subtotal_column.layout.txt": doc(
        "layout: 财政拨款 over 小计 | 一般公共预算 | 政府性基金 (two total-like columns: 合计 and the group's 小计), "
        "then 财政专户管理资金 | 其他收入; 合计 last",
        "万元",
        [
            row("老旧小区改造", t="1450.00", fa="1450.00", gp="650.00", gf="800.00"),
            row("保障房维修", t="230.00", fa="230.00", gp="230.00"),
            row("建筑工地扬尘监管", t="64.80", fa="64.80", gp="64.80"),
            row("城建档案数字化", t="38.00", fa="18.00", gp="18.00", oi="20.00"),
            row("质量安全检测", t="75.00", fa="45.00", gp="45.00", sa="30.00"),
            row("合计", t="1857.80", fa="1807.80", gp="1007.80", gf="800.00", sa="30.00", oi="20.00"),
        ],
    ),
    "s05_plain_level1_rows_with_sums.txt": doc(
        "plain, blank cells dropped: 一级项目 rows printing their sums (900.00 / 630.00), each followed by its "
        "二级项目; 合计 first = Σ 一级 rows (not Σ all rows), each 一级 = Σ its 二级: that pins every part, e.g. "
        "'道路清扫保洁 520.00 210.00 310.00' (一般公共预算, 政府性基金: the group's only 310.00 of 政府性基金)",
        "万元",
        [
            row("合计", t="1530.00", gp="1100.00", gf="310.00", oi="120.00"),
            row("城乡社区环境治理", t="900.00", gp="510.00", gf="310.00", oi="80.00"),
            row("道路清扫保洁", t="520.00", gp="210.00", gf="310.00"),
            row("垃圾分类运营", t="380.00", gp="300.00", oi="80.00"),
            row("市政设施维护", t="630.00", gp="590.00", oi="40.00"),
            row("路灯维护", t="210.00", gp="210.00"),
            row("桥梁检测", t="150.00", gp="150.00"),
            row("排水管网疏通", t="270.00", gp="230.00", oi="40.00"),
        ],
        groups={
            "城乡社区环境治理": ["道路清扫保洁", "垃圾分类运营"],
            "市政设施维护": ["路灯维护", "桥梁检测", "排水管网疏通"],
        },
    ),
    "s06_pdf_unruled_category_years.pdf": doc(
        "PDF unruled: 项目类别 | 项目名称 | 实施年限 | money: category words ('特定目标类') before the name, years "
        "('2024-2026', '2024') after it, neither a figure nor part of the project's name; 合计 last",
        "万元",
        [
            row("智慧教育平台建设", t="450.00", gp="450.00"),
            row("教师培训", t="126.80", gp="126.80"),
            row("校舍维修改造", t="600.00", gp="200.00", gf="400.00"),
            row("学生资助", t="83.20", gp="83.20"),
            row("合计", t="1260.00", gp="860.00", gf="400.00"),
        ],
    ),
    "s07_layout_remark_words_with_digits.layout.txt": doc(
        "layout: a 备注 column after the money whose words carry digits ('含中央补助80万元', '2023年结转', "
        "'财预〔2024〕12号', '市县配套1:1'); 合计 first",
        "万元",
        [
            row("合计", t="760.00", fa="700.00", oi="60.00"),
            row("退役军人优抚", t="320.00", fa="320.00"),
            row("烈士纪念设施维护", t="140.00", fa="140.00"),
            row("就业创业扶持", t="180.00", fa="120.00", oi="60.00"),
            row("困难帮扶", t="120.00", fa="120.00"),
        ],
    ),
    "s08_pdf_grid_yuan_blank_unit_funds.pdf": doc(
        "PDF grid in 元 ('4,862,350.00'), 财政拨款 over 一般公共预算 | 政府性基金, 财政专户管理资金, and a 单位资金 "
        "column blank in every row; 合计 first",
        "元",
        [
            row("合计", t="4862350.00", gp="3412350.00", gf="1200000.00", sa="250000.00"),
            row("城市绿化养护", t="2380000.00", gp="1180000.00", gf="1200000.00"),
            row("园林病虫害防治", t="356800.00", gp="356800.00"),
            row("公园运营管理", t="1645550.00", gp="1395550.00", sa="250000.00"),
            row("古树名木保护", t="480000.00", gp="480000.00"),
        ],
    ),
    "s09_layout_two_pages_second_grid.layout.txt": doc(
        "layout: twelve projects over two pages (footer '-11-', '续表8', unit line and the two-line header again), "
        "page 2 laid six columns right of page 1; 合计 last, on page 2",
        "万元",
        [
            row("基本公共卫生服务", t="1250.00", gp="1250.00"),
            row("重大传染病防控", t="386.40", gp="386.40"),
            row("医疗机构能力建设", t="900.00", gp="500.00", gf="400.00"),
            row("家庭医生签约服务", t="215.60", gp="215.60"),
            row("妇幼健康服务", t="128.00", gp="128.00"),
            row("计划生育奖励扶助", t="342.75", gp="342.75"),
            row("卫生监督执法", t="76.25", gp="56.25", oi="20.00"),
            row("健康教育宣传", t="40.00", gp="40.00"),
            row("医养结合试点", t="160.00", gp="60.00", gf="100.00"),
            row("院前急救体系建设", t="230.00", gp="230.00"),
            row("中医药传承发展", t="58.00", gp="48.00", oi="10.00"),
            row("爱国卫生运动", t="35.00", gp="35.00"),
            row("合计", t="3822.00", gp="3292.00", gf="500.00", oi="30.00"),
        ],
    ),
    "s10_pdf_hrules_two_pages_no_header.pdf": doc(
        "PDF horizontal rules only, 科目编码 | 科目名称 | 项目名称 | 合计 | 财政拨款 | 其他收入, 合计 first; two rows "
        "run on to page 2 with no header",
        "万元",
        [
            row("合计", t="1400.00", fa="1310.00", oi="90.00"),
            coded("2130306", "水库除险加固", "水利工程运行与维护", t="540.00", fa="540.00"),
            coded("2130310", "水土流失治理", "水土保持", t="210.00", fa="180.00", oi="30.00"),
            coded("2130311", "水资源监测", "水资源节约管理与保护", t="65.50", fa="65.50"),
            coded("2130314", "防汛物资储备", "防汛", t="88.00", fa="88.00"),
            coded("2130315", "抗旱应急", "抗旱", t="40.00", fa="40.00"),
            coded("2130319", "河长制管理", "江河湖库水系综合整治", t="126.00", fa="126.00"),
            coded("2130335", "农村饮水安全", "农村人畜饮水", t="300.00", fa="240.00", oi="60.00"),
            coded("2130399", "水利普查", "其他水利支出", t="30.50", fa="30.50"),
        ],
    ),
    "s11_layout_final_budget_actual_codes.layout.txt": doc(
        "layout final account 项目支出决算表: 科目编码 | 科目名称 | 项目名称 | 年初预算数 | 决算数; a project added in the "
        "year prints its 决算数 only (45.80); 合计 last",
        "万元",
        [
            coded("2240106", "安全生产执法检查", "安全监管", tb="85.00", t="79.36"),
            coded("2240104", "自然灾害风险普查", "灾害风险防治", tb="120.00", t="118.42"),
            coded("2240102", "应急指挥平台运维", "一般行政管理事务", tb="60.00", t="60.00"),
            coded("2240199", "森林防火专项", "其他应急管理支出", t="45.80"),
            row("合计", tb="265.00", t="303.58"),
        ],
        kind="final_account",
    ),
    "s12_pdf_grid_final_two_blocks.pdf": doc(
        "PDF grid final account: 年初预算数 (合计 | 财政拨款 | 其他收入) then 决算数 (the same); a project added in the "
        "year prints the 决算数 block only; 合计 last",
        "万元",
        [
            row("文物保护修缮", tb="300.00", fab="300.00", t="286.50", fa="286.50"),
            row("非遗传承保护", tb="80.00", fab="60.00", oib="20.00", t="78.00", fa="60.00", oi="18.00"),
            row("公共文化服务", tb="150.00", fab="150.00", t="150.00", fa="150.00"),
            row("全民健身活动", t="35.20", fa="35.20"),
            row("合计", tb="530.00", fab="510.00", oib="20.00", t="549.70", fa="531.70", oi="18.00"),
        ],
        kind="final_account",
    ),
    "s13_plain_final_budget_actual_one_figure.txt": doc(
        "plain final account 科目编码 科目名称 项目名称 年初预算数 决算数 (blank cells dropped): the project added in "
        "the year prints one figure, 45.80, its 决算数 (the 年初预算数 合计 265.00 = the other three budgets; the "
        "决算数 合计 303.58 includes it)",
        "万元",
        [
            coded("2240106", "安全生产执法检查", "安全监管", tb="85.00", t="79.36"),
            coded("2240104", "自然灾害风险普查", "灾害风险防治", tb="120.00", t="118.42"),
            coded("2240102", "应急指挥平台运维", "一般行政管理事务", tb="60.00", t="60.00"),
            coded("2240199", "森林防火专项", "其他应急管理支出", t="45.80"),
            row("合计", tb="265.00", t="303.58"),
        ],
        kind="final_account",
    ),
    "s14_plain_two_placements_said.txt": doc(
        "plain, blank cells dropped: 农村客运补贴 and 公交线路补助 both print '50.00 50.00', one 政府性基金 and one "
        "其他收入 (as designed); the identities leave both placements open: their parts SAID, totals loaded",
        "万元",
        [
            row("合计", t="1120.00", gp="1020.00", gf="50.00", oi="50.00"),
            row("公路养护", t="640.00", gp="640.00"),
            row("农村客运补贴", t="50.00", gf="50.00"),
            row("公交线路补助", t="50.00", oi="50.00"),
            row("路政执法", t="380.00", gp="380.00"),
        ],
    ),
    "s15_layout_level1_level2_columns.layout.txt": doc(
        "layout: 一级项目 | 二级项目 in two columns (a 一级 row's name in the first with its sums, the 二级 names in "
        "the second); 不动产登记 has one 二级 (95.50 printed twice); 合计 last",
        "万元",
        [
            row("国土空间规划", t="470.00", fa="470.00"),
            row("详细规划编制", t="320.00", fa="320.00"),
            row("村庄规划编制", t="150.00", fa="150.00"),
            row("耕地保护", t="386.00", fa="326.00", oi="60.00"),
            row("耕地保护补偿", t="240.00", fa="240.00"),
            row("永久基本农田核查", t="86.00", fa="86.00"),
            row("补充耕地验收", t="60.00", oi="60.00"),
            row("不动产登记", t="95.50", fa="95.50"),
            row("登记档案整理", t="95.50", fa="95.50"),
            row("合计", t="951.50", fa="891.50", oi="60.00"),
        ],
        groups={
            "国土空间规划": ["详细规划编制", "村庄规划编制"],
            "耕地保护": ["耕地保护补偿", "永久基本农田核查", "补充耕地验收"],
            "不动产登记": ["登记档案整理"],
        },
    ),
    "s16_pdf_unruled_numbered_levels.pdf": doc(
        "PDF unruled: 一级项目 numbered '一、' with their sums, 二级项目 numbered '1.' '2.' (a digit and a dot before "
        "the name) under them; 合计 first",
        "万元",
        [
            row("合计", t="688.00", gp="628.00", oi="60.00"),
            row("一、商贸流通发展", t="412.00", gp="372.00", oi="40.00"),
            row("1.农产品流通体系", t="250.00", gp="250.00"),
            row("2.电商进农村", t="162.00", gp="122.00", oi="40.00"),
            row("二、对外开放促进", t="276.00", gp="256.00", oi="20.00"),
            row("1.外贸企业扶持", t="180.00", gp="180.00"),
            row("2.招商引资活动", t="96.00", gp="76.00", oi="20.00"),
        ],
        groups={
            "一、商贸流通发展": ["1.农产品流通体系", "2.电商进农村"],
            "二、对外开放促进": ["1.外贸企业扶持", "2.招商引资活动"],
        },
    ),
}


def _identities():
    """My own check of the typed figures: each row's total is the sum of its parts (per phase), and the 合计
    row the sum of the rows (of the 一级 rows where they group the 二级 ones, each 一级 the sum of its own)."""

    def v(text):
        return D(text.rstrip("?")) if text else D(0)

    for name, exp in EXPECTED.items():
        rows = exp["tables"][0]["rows"]
        by = {r[1]: r[2] for r in rows}
        keys = sorted({k for r in rows for k in r[2]})
        for r in rows:
            for phase in ("", "@budget"):
                own = {k: x for k, x in r[2].items() if k.endswith(phase) and ("@" in k) == bool(phase)}
                if not own:
                    continue
                total = T + phase
                parts = [x for k, x in own.items() if k != total and k != FA + phase]
                if FA + phase in own:  # 财政拨款 is the sum of its funds where those are printed too
                    funds = [own[k] for k in (GP + phase, GF + phase) if k in own]
                    if funds:
                        assert v(own[FA + phase]) == sum(map(v, funds)), (name, r[1], phase)
                    else:
                        parts.append(own[FA + phase])
                if parts:  # (a table of totals only, s11, has no parts)
                    assert v(own[total]) == sum(map(v, parts)), (name, r[1], phase)
        groups = exp["groups"]
        children = {c for cs in groups.values() for c in cs}
        tops = [r[1] for r in rows if r[1] != "合计" and r[1] not in children]
        for key in keys:
            assert v(by["合计"].get(key)) == sum(v(by[n].get(key)) for n in tops), (name, key)
            for group, cs in groups.items():
                assert v(by[group].get(key)) == sum(v(by[c].get(key)) for c in cs), (name, group, key)


_identities()
