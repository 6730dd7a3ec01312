"""Writes the nine rules_s32d reports (plain pdftotext text, tables one cell a line) from the Table objects of
rules_s32d_data.py (the figures typed there): cover, 目录, 概况, 说明 (figures from the same tables), 名词解释, the
tables. Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s32d/gen.py"""

from __future__ import annotations

import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

from rules_s32d_data import BUILT, KEYS  # noqa: E402
from s32d_lib import Printer  # noqa: E402

WIDTH = 34  # characters a narrative line holds before pdftotext's line ends


def wrap(text: str, w: int = WIDTH) -> list[str]:
    """A paragraph as the PDF's lines: broken every w characters, never inside a figure."""
    out = []
    while len(text) > w:
        k = w
        while (
            k > 1
            and (text[k - 1].isdigit() or text[k - 1] in ",.")
            and (text[k].isdigit() or text[k] in ",.%")
        ):
            k -= 1
        out.append(text[:k])
        text = text[k:]
    return [*out, text] if text else out


PROFILE = {
    "b1": (
        "贯彻执行党和国家关于文化、广播电视、旅游和体育工作的方针政策，拟订全区文化和旅游发展规划并组织实施；"
        "负责全区公共文化服务体系建设，管理群众文化、图书馆、文物保护和全民健身工作；负责文化和旅游市场监管。",
        "本部门内设办公室、公共服务科、产业发展科、市场管理科、文物科5个科室，所属事业单位有区文化馆、区图书馆。",
    ),
    "b2": (
        "贯彻执行医疗保险、生育保险、医疗救助等医疗保障制度的法律法规和政策，组织实施全区医疗保障基金监督管理，"
        "负责城乡医疗救助、医疗保障经办服务和医疗保障信息化建设。",
        "本部门内设综合科、待遇保障科、基金监管科3个科室，所属事业单位1个：天桥区医疗保障服务中心。",
    ),
    "b3": (
        "负责全区应急管理工作，指导各部门应对安全生产类、自然灾害类等突发事件和综合防灾减灾救灾工作；"
        "负责安全生产综合监督管理和工矿商贸行业安全生产监督管理；组织协调灾害救助工作。",
        "本部门内设办公室、应急救援指挥科、安全生产监督管理科、防灾减灾科4个科室，所属事业单位1个：区应急救援保障中心。",
    ),
    "b4": (
        "贯彻落实党中央关于“三农”工作的方针政策，统筹推进乡村振兴，负责种植业、畜牧业、渔业、农业机械化等"
        "农业各产业的监督管理，负责农田建设、农业科技推广、动植物病虫害防控和农村综合改革工作。",
        "本部门内设办公室、乡村振兴科、农业产业科、农田建设管理科4个科室，所属事业单位1个：区农业技术推广中心。",
    ),
    "b5": (
        "履行全民所有土地、矿产等自然资源资产所有者职责和国土空间用途管制职责，负责全区国土空间规划编制和实施，"
        "负责土地征收、土地储备和土地开发整理，负责不动产登记和自然资源调查确权工作。",
        "本部门内设办公室、规划科、用途管制科、耕地保护科、自然资源利用科等8个科室，所属事业单位有区不动产"
        "登记中心、区土地储备整治中心。",
    ),
    "f1": (
        "贯彻执行民政工作的方针政策和法律法规，负责全区城乡低保、特困人员救助供养、临时救助等社会救助工作，"
        "负责养老服务、儿童福利、殡葬管理和基层政权建设与社区治理工作，管理福利彩票公益金的使用。",
        "本部门内设办公室、社会救助科、养老服务科、社会事务科4个科室，所属事业单位1个：区社会福利院。",
    ),
    "f2": (
        "负责保障全区水资源的合理开发利用，组织实施水利工程建设与运行管理，负责水土保持、防汛抗旱、农村饮水"
        "安全和大中型水库库区移民后期扶持工作。",
        "本部门内设办公室、规划建设股、水资源管理股、水土保持股4个股室，所属事业单位1个：区水利工程管理站。",
    ),
    "f3": (
        "贯彻执行国家和本市的教育方针政策，统筹管理全区学前教育、义务教育、普通高中教育和特殊教育，负责教师"
        "队伍建设和教育经费的统筹管理，指导学校安全和教育信息化工作。",
        "本部门由局机关和所属幼儿园、小学、初中、高中、特殊教育学校及教师发展中心等共86个预算单位组成。",
    ),
    "f4": (
        "负责全区城乡建设、房地产市场、建筑市场和工程质量安全监督管理，组织实施城市基础设施建设、老旧小区改造"
        "和农村危房改造，负责城市基础设施配套费安排项目的建设管理。",
        "本部门内设办公室、城建科、房产管理科、建筑管理科4个科室，所属事业单位1个：区建设工程质量安全监督站。",
    ),
}

PURPOSE = {
    "2070101": "机关在职人员工资福利和日常运转",
    "2070104": "区图书馆运转和图书购置",
    "2070109": "区文化馆运转和群众文化活动",
    "2101501": "机关在职人员工资福利和日常运转",
    "2101506": "医疗保障服务中心经办业务",
    "2101201": "城乡困难群众医疗救助",
    "2240101": "机关在职人员工资福利和日常运转",
    "2240108": "应急救援队伍建设和救援物资储备",
    "2240703": "受灾群众生活救助",
    "2130153": "高标准农田建设",
    "2130505": "乡村振兴产业发展项目",
    "2200101": "机关在职人员工资福利和日常运转",
    "2200104": "国土空间规划编制和实施监督",
    "2120201": "城乡规划编制和管理",
    "2081901": "城市低保对象的保障金发放",
    "2081902": "农村低保对象的保障金发放",
    "2130305": "水利工程建设项目",
    "2050202": "全区小学的人员经费、公用经费和办学条件改善",
    "2050203": "全区初中的人员经费、公用经费和办学条件改善",
    "2120303": "小城镇基础设施建设",
    "2210108": "老旧小区改造项目",
}


class Doc:
    def __init__(self, doc: dict, T: dict):
        self.doc, self.T = doc, T
        self.p = Printer(doc)
        self.f = doc["fmt"]
        self.lines = 0

    def m(self, v: D) -> str:
        return f"{self.f.num(v)}{self.f.unit}"

    def para(self, *texts: str) -> None:
        for text in texts:
            for line in wrap(text):
                self.p.add(line)
                self.lines += 1
                if self.lines >= 34:
                    self.p.page()
                    self.lines = 0


def two(t) -> tuple[dict, dict]:
    left = {r[0]: (r[2] or [D(0)])[0] for r in t.rows if r[0]}
    right = {r[3]: (r[5] or [D(0)]) for r in t.rows if r[3]}
    return left, right


def total_row(t) -> list:
    return next(v for c, n, v in t.rows if c is None and n == "合计")


def items(d: Doc, t, verb: str, col: int = 0) -> None:
    """Each 项 of the 一般公共预算 table with the most money: its 类（款）项 chain, its figure and what it is for."""
    names = d.doc["names"]
    leaves = [(c, v) for c, _, v in t.rows if c and len(c) == 7 and v[col]]
    for k, (c, v) in enumerate(leaves, 1):
        chain = f"{names[c[:3]]}（类）{names[c[:5]]}（款）{names[c]}（项）"
        d.para(f"{k}.{chain}{verb}{d.m(v[col])}，主要用于{PURPOSE.get(c, names[c])}。")


def by_class(d: Doc, t, whole: D, word: str) -> None:
    """Each 类 of a table with its share of the whole (shares, no claims)."""
    k = 0
    for c, name, v in t.rows:
        if c and len(c) == 3 and v[0]:
            k += 1
            share = (v[0] / whole * 100).quantize(D("0.01"))
            d.para(f"（{'一二三四五六七八九十'[k - 1]}）{name}{d.m(v[0])}，占{word}的{share}%。")


OTHERS = (
    "十、国有资产占用情况",
    "截至上年末，本部门共有车辆{cars}辆，其中：一般公务用车{cars}辆；单位价值50万元以上通用设备0台（套），单位价值100万元"
    "以上专用设备0台（套）。",
    "十一、预算绩效管理情况",
    "按照全面实施预算绩效管理的要求，本部门对项目支出全部编制了绩效目标，绩效目标涵盖产出指标、效益指标和满意度"
    "指标，年度执行中开展绩效运行监控，年度终了开展绩效自评，评价结果作为以后年度安排预算的重要依据。",
)


def budget_text(d: Doc) -> None:
    doc, T = d.doc, d.T
    org, y = doc["org"], doc["year"]
    left, right = two(T["IES"])
    all_lab = doc["ies_left"][1][-1][0]
    out_lab = doc["ies_right_ends"][-1][0]
    d.para(f"第二部分 {org}{y}年部门预算情况说明", "一、收支预算总体情况")
    d.para(f"{org}{y}年收入预算总计{d.m(left[all_lab])}，支出预算总计{d.m(right[out_lab][0])}。")
    parts = "，".join(
        f"{lab.split('、', 1)[-1].split('.', 1)[-1]}{d.m(v)}"
        for lab, v in left.items()
        if v and lab not in (all_lab,) and "合计" not in lab and "小计" not in lab and lab != "一、财政拨款"
    )
    d.para("二、收入预算情况", f"收入预算包括：{parts}。")
    exp_t = total_row(T["EXP"])
    d.para(
        "三、支出预算情况",
        f"支出预算合计{d.m(exp_t[0])}，其中：基本支出{d.m(exp_t[1])}，占{(exp_t[1] / exp_t[0] * 100).quantize(D('0.01'))}%；"
        f"项目支出{d.m(exp_t[2])}，占{(exp_t[2] / exp_t[0] * 100).quantize(D('0.01'))}%。按支出功能分类科目划分：",
    )
    by_class(d, T["EXP"], exp_t[0], "支出预算合计")
    gb = total_row(T["GB"])
    d.para(
        "四、一般公共预算支出预算情况",
        f"{y}年一般公共预算支出预算{d.m(gb[0])}，其中：基本支出{d.m(gb[1])}，项目支出{d.m(gb[2])}。主要支出项目如下：",
    )
    items(d, T["GB"], "预算")
    d.para("按支出功能分类科目的类级科目划分，一般公共预算支出预算分别为：")
    by_class(d, T["GB"], gb[0], "一般公共预算支出预算")
    gbb = total_row(T["GBB"])
    d.para(
        "五、一般公共预算基本支出预算情况",
        f"{y}年一般公共预算基本支出{d.m(gbb[0])}，其中：人员经费{d.m(gbb[1])}，主要包括基本工资、津贴补贴、奖金、"
        f"社会保障缴费等；公用经费{d.m(gbb[2])}，主要包括办公费、水电费、差旅费、维修（护）费等。",
    )
    sg = T["SG"]
    v = (
        [r[1][0] for r in sg.rows]
        if sg.kind == "sgrows"
        else (sg.rows[0][1:7] if sg.sg == "meet" else sg.rows[0])
    )
    d.para(
        "六、“三公”经费预算情况",
        f"{y}年“三公”经费预算{d.m(v[0])}，其中：因公出国（境）费{d.m(v[1])}，公务用车购置及运行费{d.m(v[2])}"
        f"（其中：公务用车购置费{d.m(v[3])}，公务用车运行费{d.m(v[4])}），公务接待费{d.m(v[5])}。",
    )
    if sg.sg == "meet":
        d.para(f"另安排会议费{d.m(sg.rows[0][7])}，培训费{d.m(sg.rows[0][8])}。")
    d.para("七、政府性基金预算支出情况")
    if T["GF"].rows:
        g = total_row(T["GF"])
        d.para(f"{y}年政府性基金预算支出{d.m(g[0])}，全部为项目支出。")
    else:
        d.para(f"{org}{y}年没有使用政府性基金预算拨款安排的支出。")
    d.para(
        "八、机关运行经费",
        f"{y}年本部门机关运行经费预算{doc['op_costs']}{d.f.unit}，主要用于办公费、水电费、差旅费、公务用车运行维护费等。",
        "九、政府采购情况",
        f"{y}年本部门政府采购预算按规定编入部门预算，采购品目以办公设备和服务类为主。",
    )
    d.para(*(x.format(cars=doc.get("cars", 2)) for x in OTHERS))


def final_text(d: Doc) -> None:
    doc, T = d.doc, d.T
    org, y = doc["org"], doc["year"]
    left, right = two(T["IES"])
    d.para(f"第二部分 {org}{y}年度部门决算情况说明", "一、收入支出决算总体情况说明")
    d.para(
        f"{y}年度收入总计{d.m(left['总计'])}，支出总计{d.m(right['总计'][0])}。本年收入合计{d.m(left['本年收入合计'])}，"
        f"本年支出合计{d.m(right['本年支出合计'][0])}，年末结转和结余{d.m(right['年末结转和结余'][0])}。"
    )
    inc = total_row(T["INC"])
    heads = [h for h, _ in T["INC"].cols]
    parts = "，".join(f"{h}{d.m(v)}" for h, v in zip(heads[1:], inc[1:], strict=True) if v)
    d.para("二、收入决算情况说明", f"本年收入合计{d.m(inc[0])}，其中：{parts}。")
    exp = total_row(T["EXP"])
    heads = [h for h, _ in T["EXP"].cols]
    parts = "，".join(f"{h}{d.m(v)}" for h, v in zip(heads[1:], exp[1:], strict=True) if v)
    d.para("三、支出决算情况说明", f"本年支出合计{d.m(exp[0])}，其中：{parts}。按支出功能分类科目划分：")
    by_class(d, T["EXP"], exp[0], "本年支出合计")
    fl, fr = two(T["FS"])
    d.para(
        "四、财政拨款收入支出决算总体情况说明",
        f"{y}年度财政拨款收入{d.m(fl['本年收入合计'])}，财政拨款支出{d.m(fr['本年支出合计'][0])}。",
    )
    gb = total_row(T["GB"])
    budget = D(doc["gb_budget"].replace(",", ""))
    rate = (gb[0] / budget * 100).quantize(D("0.01"), rounding="ROUND_HALF_UP")
    d.para(
        "五、一般公共预算财政拨款支出决算情况说明",
        f"{y}年度一般公共预算财政拨款支出年初预算为{d.m(budget)}，支出决算为{d.m(gb[0])}，完成年初预算的{rate}%。"
        "决算数大于年初预算数的主要原因是年中追加了项目资金。其中：基本支出"
        f"{d.m(gb[1])}，项目支出{d.m(gb[2])}。主要支出项目如下：",
    )
    items(d, T["GB"], "支出决算")
    g = T["GBB"]
    if g.kind == "blocks":
        pers, pub = g.rows[-1][0][2], g.rows[-1][1][2]
    else:
        pers, pub = total_row(g)[1], total_row(g)[2]
    d.para(
        "六、一般公共预算财政拨款基本支出决算情况说明",
        f"{y}年度一般公共预算财政拨款基本支出{d.m(pers + pub)}，其中：人员经费{d.m(pers)}，公用经费{d.m(pub)}。",
    )
    sg = T["SG"]
    if sg.kind == "sgrows":
        a = [r[1][1] for r in sg.rows]
    elif sg.sg == "inter12":
        a = sg.rows[0][1::2]
    else:
        a = sg.rows[0][6:]
    d.para(
        "七、“三公”经费财政拨款支出决算情况说明",
        f"{y}年度“三公”经费财政拨款支出决算{d.m(a[0])}，其中：因公出国（境）费{d.m(a[1])}，公务用车购置及运行"
        f"维护费{d.m(a[2])}（公务用车购置费{d.m(a[3])}，公务用车运行维护费{d.m(a[4])}），公务接待费{d.m(a[5])}。",
    )
    d.para("八、政府性基金预算财政拨款收入支出决算情况说明")
    if T["GF"].rows:
        t = total_row(T["GF"])
        d.para(
            f"{y}年度政府性基金预算财政拨款年初结转和结余{d.m(t[0])}，本年收入{d.m(t[1])}，本年支出{d.m(t[2])}，"
            f"年末结转和结余{d.m(t[5])}。"
        )
    d.para("九、国有资本经营预算财政拨款支出决算情况说明", f"{org}{y}年度无国有资本经营预算财政拨款支出。")
    d.para(
        *(
            x.format(cars=doc.get("cars", 2)).replace("十、", "十、").replace("截至上年末", "截至本年末")
            for x in OTHERS
        )
    )


GLOSSARY_BUDGET = [
    "一、一般公共预算拨款收入：指区级财政当年拨付的资金。",
    "二、政府性基金预算拨款收入：指政府性基金预算安排的资金。",
    "三、上年结转：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
    "四、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
    "五、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    "六、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
    "七、机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。",
]
GLOSSARY_FINAL = [
    "一、财政拨款收入：指本级财政当年拨付的资金。",
    "二、事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。",
    "三、其他收入：指单位取得的除上述收入以外的各项收入。",
    "四、使用非财政拨款结余：指事业单位使用以前年度积累的非财政拨款结余弥补当年收支差额的金额。",
    "五、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
    "六、结余分配：指事业单位按规定提取的职工福利基金、事业基金和缴纳的所得税等。",
    "七、年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关"
    "规定继续使用的资金。",
    "八、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
    "九、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    "十、“三公”经费：指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
]


def render(doc: dict, T: dict) -> str:
    d = Doc(doc, T)
    p = d.p
    budget = doc["kind"] == "budget"
    p.add("", doc["org"], "", f"{doc['year']}年部门预算" if budget else f"{doc['year']}年度部门决算", "")
    p.page()
    p.add("目  录", "第一部分 部门概况", "第二部分 情况说明", "第三部分 名词解释", "第四部分 公开表格")
    for lab, k in zip(doc["labels"], KEYS, strict=True):
        p.add(f"{lab}{doc.get('label_sep', ' ')}{T[k].title}")
    p.page()
    duty, setup = PROFILE[doc["file"][:2]]
    d.para("第一部分 部门概况", "一、主要职能", duty, "二、机构设置", setup)
    d.para(
        "三、年度主要工作任务" if budget else "三、年度主要工作完成情况",
        (
            "围绕区委、区政府中心工作，坚持以人民为中心的发展思想，"
            if budget
            else "一年来，本部门围绕区委、区政府中心工作，"
        )
        + "统筹发展和安全，扎实做好本领域各项工作：一是强化政治引领，深入开展理论学习和主题教育；二是聚焦"
        "主责主业，推进重点项目和民生实事落地见效；三是深化改革创新，提升服务效能和治理水平；四是加强资金"
        "监管，严格执行中央八项规定精神，坚持过紧日子，压减一般性支出，提高财政资金使用效益；五是加强干部"
        "队伍建设，持续改进工作作风。",
        "四、预算编制（执行）原则" if budget else "四、预算执行管理情况",
        "坚持量入为出、收支平衡，统筹财政拨款和单位资金，优先保障人员工资、机构运转和重点民生支出，从严控制"
        "“三公”经费、会议费和培训费，项目支出按照轻重缓急排序，实行项目库管理，全面实施预算绩效管理。",
    )
    (budget_text if budget else final_text)(d)
    p.page()
    d.lines = 0
    d.para("第三部分 名词解释", *(GLOSSARY_BUDGET if budget else GLOSSARY_FINAL))
    p.page()
    p.add("第四部分 公开表格")
    for lab, k in zip(doc["labels"], KEYS, strict=True):
        p.table(T[k], lab)
    return p.text()


if __name__ == "__main__":
    for file, (doc, T) in BUILT.items():
        text = render(doc, T)
        (HERE / file).write_text(text, encoding="utf-8")
        print("wrote", file, len(text.encode()), "bytes")
