"""Writes the eight rules_s32a reports (plain pdftotext text) from the Table objects of rules_s32a_data.py (the
figures typed there): cover, 目录, 概况, 说明 (figures from the same tables), the tables, 名词解释.
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s32a/gen.py"""

from __future__ import annotations

import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

from rules_s32a_data import BUILT, KEYS  # noqa: E402
from s32a_lib import Fmt, Printer  # noqa: E402

WIDTH = 36  # characters a narrative line holds before pdftotext's line ends


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


class Doc:
    def __init__(self, doc: dict, T: dict):
        self.doc, self.T = doc, T
        self.p = Printer(doc)
        # the 说明 of a 元 report speaks 万元 (as the provincial reports do)
        yuan = doc["fmt"].unit == "元"
        self.nf = Fmt("万元") if yuan else doc["fmt"]
        self.div = D(10000) if yuan else D(1)
        self.lines_on_page = 0

    def m(self, v: D) -> str:
        return (
            f"{self.nf.num(v / self.div)}万元"
            if self.nf.unit == "万元"
            else f"{self.nf.num(v)}{self.nf.unit}"
        )

    def para(self, *texts: str) -> None:
        for text in texts:
            for line in wrap(text):
                self.p.add(line)
                self.lines_on_page += 1
                if self.lines_on_page >= 34:
                    self.p.page()
                    self.lines_on_page = 0

    def heading(self, text: str) -> None:
        self.para(text)


def left_right(t) -> tuple[dict, dict]:
    left = {r[0]: r[2] for r in t.rows if r[0]}
    right = {r[3]: r[5][0] for r in t.rows if r[3] and r[5]}
    return left, right


def total_row(t) -> list:
    return next(v for c, n, v in t.rows if c is None and n == "合计")


PURPOSE = {
    "2010301": "机关在职人员工资福利和日常运转经费",
    "2010302": "党建、档案管理、信访维稳等一般行政管理事务",
    "2010350": "所属事业单位的人员经费和日常运转",
    "2010601": "财政所的日常运转",
    "2040604": "司法所开展人民调解、社区矫正和法律援助",
    "2050101": "机关在职人员工资福利和日常运转经费",
    "2050102": "教育督导、考试组织等一般行政管理事务",
    "2050199": "教育信息化和招生考试等其他教育管理事务",
    "2050204": "高中教育教学运转和学生资助",
    "2050205": "省属高等学校的人员经费、日常运转和学科建设",
    "2050302": "中等专业学校的人员经费和日常运转",
    "2050305": "高等职业院校的人员经费、日常运转和实训基地建设",
    "2050701": "特殊教育学校的人员经费和日常运转",
    "2050801": "中小学教师培训",
    "2050999": "改善办学条件和教学设备购置",
    "2059999": "学生资助和教育发展专项",
    "2060203": "自然科学基金项目",
    "2060301": "所属科研机构的运转",
    "2060302": "水利科研和技术推广",
    "2080208": "社区工作者报酬和社区服务设施维护",
    "2080501": "归口管理的行政单位离退休人员的离退休费和公用经费",
    "2080502": "事业单位离退休人员的离退休费",
    "2080505": "机关事业单位基本养老保险单位缴费",
    "2080506": "机关事业单位职业年金单位缴费",
    "2081002": "居家养老服务和高龄津贴",
    "2081107": "困难残疾人生活补贴和重度残疾人护理补贴",
    "2100201": "医院购置医疗设备、学科建设和运转补助",
    "2100299": "医院信息化建设",
    "2100409": "重大公共卫生专项任务",
    "2100501": "行政单位职工医疗保险缴费",
    "2100502": "事业单位职工医疗保险缴费",
    "2100717": "计划生育服务和奖励扶助",
    "2120104": "城管执法队伍运转和执法装备",
    "2120199": "村镇规划编制和市容管理",
    "2120501": "道路保洁、垃圾清运和公厕管理",
    "2130301": "机关在职人员工资福利和日常运转经费",
    "2130302": "水利规划编制等一般行政管理事务",
    "2130304": "水利行业监督管理",
    "2130305": "重点水利工程建设",
    "2130306": "水利工程的运行和维修养护",
    "2130310": "水土流失综合治理",
    "2130311": "水资源监测和节水型社会建设",
    "2130314": "防汛抗旱物资储备和防汛设施维护",
    "2130321": "大中型水库移民后期扶持",
    "2130350": "所属事业单位的人员经费和日常运转",
    "2130705": "村干部报酬和村级组织运转",
    "2210201": "按规定为职工缴存的住房公积金",
    "2210202": "职工提租补贴",
    "2210203": "职工购房补贴",
    "2010399": "街道综合治理和社区服务中心运行",
    "2050299": "学生社会实践和校园安全",
    "2050399": "现代学徒制试点和技能竞赛",
    "2050803": "住院医师规范化培训和继续教育",
    "2060399": "临床医学科研项目",
    "2070109": "社区文化活动和文化礼堂运行",
    "2080599": "离退休人员活动经费",
    "2100408": "基本公共卫生服务项目",
}


def profile(d: Doc) -> None:
    doc = d.doc
    org = doc["org"]
    d.heading("第一部分 单位概况" if "unit" in doc["file"] else "第一部分 部门概况")
    d.heading("一、主要职能")
    d.para(*doc.get("duty", [f"{org}依照法律法规和上级部署履行职责，承担本行业领域的公共服务和管理工作。"]))
    d.heading("二、机构设置")
    d.para(*doc.get("setup", [f"{org}内设综合、业务和保障等科室，人员编制和实有人数以年末统计为准。"]))
    d.heading("三、年度主要工作任务")
    d.para(*doc.get("tasks", ["全面落实年度工作部署，推进重点项目建设，加强内部管理，提高资金使用效益。"]))


def items(d: Doc, t, verb: str) -> None:
    """Each 项 of the 一般公共预算 table: its 类（款）项 chain, its figure and what it is for."""
    names = d.doc["names"]
    rows = {c: v for c, _, v in t.rows if c}
    k = 0
    for c, v in rows.items():
        if len(c) != 7:
            continue
        k += 1
        chain = f"{names[c[:3]]}（类）{names[c[:5]]}（款）{names[c]}（项）"
        purpose = {**PURPOSE, **d.doc.get("purpose", {})}.get(c, names[c])
        d.para(f"{k}.{chain}{verb}{d.m(v[0])}，主要用于{purpose}。")


def by_class(d: Doc, t, whole: D, word: str) -> None:
    """Each 类 of a table with its share of the whole (shares, no claims)."""
    k = 0
    for c, name, v in t.rows:
        if c and len(c) == 3 and v[0]:
            k += 1
            share = (v[0] / whole * 100).quantize(D("0.01"))
            d.para(f"（{'一二三四五六七八九十'[k - 1]}）{name}{d.m(v[0])}，占{word}的{share}%。")


PERF = (
    "本{kind}按照全面实施预算绩效管理的要求，对项目支出开展绩效目标管理和绩效运行监控，年度终了对重点项目开展"
    "绩效自评，评价结果作为以后年度安排预算的重要依据。下一步将进一步细化量化绩效指标，强化绩效结果应用。"
)


def others(d: Doc) -> None:
    doc = d.doc
    for title, text in doc.get("others", []):
        d.heading(title)
        d.para(text)
    d.heading("绩效管理情况")
    d.para(PERF.format(kind="单位" if "unit" in doc["file"] else "部门"))


def budget_text(d: Doc) -> None:
    doc, T = d.doc, d.T
    org, y = doc["org"], doc["year"]
    left, right = left_right(T["IES"])
    exp_t = total_row(T["EXP"])
    keys = [k for _, k in T["EXP"].cols]
    d.heading(f"第二部分 {org}{y}年{'单位' if 'unit' in doc['file'] else '部门'}预算情况说明")
    d.heading("一、收支预算总体情况")
    d.para(f"{org}{y}年收入预算总计{d.m(left['收入总计'])}，支出预算总计{d.m(right['支出总计'])}。")
    d.heading("二、收入预算情况")
    parts = "，".join(f"{lab.split('、', 1)[1]}{d.m(v)}" for lab, v in left.items() if "、" in lab and v)
    extra = "".join(
        f"，{lab}{d.m(left[lab])}" for lab in ("用事业基金弥补收支差额", "上年结转") if left.get(lab)
    )
    d.para(f"本年收入合计{d.m(left['本年收入合计'])}，其中：{parts}{extra}。")
    d.heading("三、支出预算情况")
    names = {
        "basic": "基本支出",
        "project": "项目支出",
        "operating": "事业单位经营支出",
        "subsidy_affiliated": "对附属单位补助支出",
    }
    parts = "，".join(f"{names[k]}{d.m(v)}" for k, v in zip(keys, exp_t, strict=True) if k in names and v)
    d.para(f"支出预算合计{d.m(exp_t[0])}，其中：{parts}。按支出功能分类科目划分：")
    by_class(d, T["EXP"], exp_t[0], "支出预算合计")
    gb = total_row(T["GB"])
    d.heading("四、一般公共预算支出预算情况")
    word = "公共财政预算" if "公共财政" in T["GB"].title else "一般公共预算"
    d.para(
        f"{y}年{word}支出预算{d.m(gb[0])}，其中：基本支出{d.m(gb[1])}，项目支出{d.m(gb[2])}。具体安排如下："
    )
    items(d, T["GB"], "预算")
    sg = T["SG"].rows[0]
    d.heading("五、“三公”经费预算情况")
    d.para(
        f"{y}年“三公”经费预算{d.m(sg[0])}，其中：因公出国（境）费{d.m(sg[1])}，公务用车购置及运行费{d.m(sg[2])}"
        f"（其中：公务用车购置费{d.m(sg[3])}，公务用车运行费{d.m(sg[4])}），公务接待费{d.m(sg[5])}。"
    )
    d.heading("六、政府性基金预算支出情况")
    if T["GF"].rows:
        d.para(f"{y}年政府性基金预算支出{d.m(total_row(T['GF'])[0])}，全部为项目支出。")
    else:
        d.para(f"{org}{y}年没有使用政府性基金预算拨款安排的支出。")
    others(d)


def final_text(d: Doc) -> None:
    doc, T = d.doc, d.T
    org, y = doc["org"], doc["year"]
    left, right = left_right(T["IES"])
    inc_t, exp_t = total_row(T["INC"]), total_row(T["EXP"])
    d.heading(f"第二部分 {org}{y}年度{'单位' if 'unit' in doc['file'] else '部门'}决算情况说明")
    d.heading("一、收入支出决算总体情况说明")
    d.para(f"{y}年度收入总计{d.m(left['总计'])}，支出总计{d.m(right['总计'])}。")
    d.heading("二、收入决算情况说明")
    heads = [h for h, _ in T["INC"].cols]
    parts = "，".join(f"{h}{d.m(v)}" for h, v in zip(heads[1:], inc_t[1:], strict=True) if v)
    d.para(f"{y}年度本年收入合计{d.m(inc_t[0])}，其中：{parts}。")
    d.heading("三、支出决算情况说明")
    heads = [h for h, _ in T["EXP"].cols]
    parts = "，".join(f"{h}{d.m(v)}" for h, v in zip(heads[1:], exp_t[1:], strict=True) if v)
    d.para(f"{y}年度本年支出合计{d.m(exp_t[0])}，其中：{parts}。按支出功能分类科目划分：")
    by_class(d, T["EXP"], exp_t[0], "本年支出合计")
    if left.get("用事业基金弥补收支差额") or right.get("结余分配"):
        d.para(
            f"用事业基金弥补收支差额{d.m(left.get('用事业基金弥补收支差额') or D(0))}，结余分配"
            f"{d.m(right.get('结余分配') or D(0))}，年末结转和结余{d.m(right['年末结转和结余'])}。"
        )
    gb = total_row(T["GB"])
    word = "公共预算" if T["GB"].title.startswith("公共预算") else "一般公共预算"
    d.heading(f"四、{word}财政拨款支出决算情况说明")
    d.para(
        f"{y}年度{word}财政拨款支出{d.m(gb[0])}，其中：基本支出{d.m(gb[1])}，项目支出{d.m(gb[2])}。具体情况如下："
    )
    items(d, T["GB"], "支出决算")
    d.heading(f"五、{word}财政拨款基本支出决算情况说明")
    g = T["GBB"]
    if g.kind == "blocks":
        pers, pub = g.rows[-1][0][2], g.rows[-1][1][2]
    else:
        pers, pub = total_row(g)[1], total_row(g)[2]
    d.para(f"{y}年度{word}财政拨款基本支出{d.m(pers + pub)}，其中：人员经费{d.m(pers)}，公用经费{d.m(pub)}。")
    sg = T["SG"].rows[0]
    d.heading("六、“三公”经费财政拨款支出决算情况说明")
    d.para(
        f"{y}年度“三公”经费财政拨款支出年初预算为{d.m(sg[0])}，支出决算为{d.m(sg[6])}。其中：因公出国（境）费"
        f"{d.m(sg[7])}，公务用车购置及运行费{d.m(sg[8])}，公务接待费{d.m(sg[11])}。"
    )
    d.heading("七、政府性基金预算财政拨款收入支出决算情况说明")
    if T["GF"].rows:
        t = total_row(T["GF"])
        d.para(f"{y}年度政府性基金预算财政拨款收入{d.m(t[1])}，支出{d.m(t[2])}，年末结转和结余{d.m(t[5])}。")
    else:
        d.para(f"{org}{y}年度没有政府性基金预算财政拨款收入支出。")
    others(d)


GLOSSARY = [
    "一、财政拨款收入：指本级财政当年拨付的资金。",
    "二、上级补助收入：指从主管部门和上级单位取得的非财政补助收入。",
    "三、事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。",
    "四、经营收入：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。",
    "五、附属单位上缴收入：指事业单位附属的独立核算单位按照有关规定上缴的收入。",
    "六、其他收入：指除上述“财政拨款收入”“事业收入”“经营收入”等以外的收入。",
    "七、用事业基金弥补收支差额：指事业单位在当年的“财政拨款收入”“事业收入”“经营收入”“其他收入”不足以"
    "安排当年支出的情况下，使用以前年度积累的事业基金弥补本年度收支缺口的资金。",
    "八、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
    "九、结余分配：指事业单位按照规定提取的职工福利基金、事业基金和缴纳的所得税等。",
    "十、年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需要延迟到以后年度"
    "按有关规定继续使用的资金。",
    "十一、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
    "十二、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    "十三、经营支出：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动发生的支出。",
    "十四、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
]


def render(doc: dict, T: dict) -> str:
    d = Doc(doc, T)
    p = d.p
    budget = doc["kind"] == "budget"
    what = (
        ("单位预算" if "unit" in doc["file"] else "部门预算")
        if budget
        else ("年度单位决算" if "unit" in doc["file"] else "年度部门决算")
    )
    p.add("", doc["org"], "", f"{doc['year']}{'年' if budget else ''}{what}", "")
    p.page()
    p.add("目  录")
    p.add("第一部分 概况", "第二部分 情况说明", "第三部分 名词解释", "第四部分 公开表格")
    for lab, k in zip(doc["labels"], KEYS, strict=True):
        p.add(f"{lab}{doc.get('label_sep', ' ')}{T[k].title}")
    p.page()
    profile(d)
    (budget_text if budget else final_text)(d)
    p.page()
    d.lines_on_page = 0
    d.heading("第三部分 名词解释")
    d.para(*GLOSSARY)
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
