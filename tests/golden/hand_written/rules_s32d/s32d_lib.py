"""Tables and their text for the rules_s32d reports: builds every printed table of a report from the figures typed
in rules_s32d_data.py (functional 项 leaves split by source and kind, 基本支出 by economic 款, 三公, a final's
carry-overs) and prints it as plain pdftotext (no -layout) prints a PDF whose tables are drawn row by row: one cell a
line, the rows one after another, blank cells dropped. Nothing here reads the parser.

Built on rules_s32a/s32a_lib.py and rules_s32b/s32b_lib.py (copied and changed, not imported), for the 2019–2025
templates (国有资本经营 source and table, 使用非财政拨款结余, 2019+ 类 list) and with what this set attacks:
- gaps (doc["gap"]): "cell" an empty line after every cell (as js_jcy_2019 prints), "row" an empty line after
  every row only, "none"; the pieces of a wrapped cell are always consecutive lines (one text block);
- two-sided summaries with or without 行次, the whole 类 list or only the 类 with money, blank cells dropped (an item
  without a figure prints its label alone, or its 行次 too), explicit item and end blocks on each side
  (本年收入合计 | 本年支出合计, 上年结转 | 年末结转, 收入总计 | 支出总计; a final's 使用非财政拨款结余 | 结余分配,
  年初结转和结余 | 年末结转和结余, 总计 | 总计);
- a wrapped name's tail printed after the row's figures (doc["tail_after"]: the figures set on the middle of a
  two-line cell), names wrapped at doc["name_width"], header words broken at doc["head_width"];
- the 一般公共预算基本支出表 by departmental (301…) or government (501…) economic codes, one list (合计 | 人员经费 |
  公用经费, 合计 first or last) or blocks side by side (人员经费 | 公用经费 | 公用经费 continued), a row of the blocks
  printing block after block;
- 三公 tables: one row of six (budget) or twelve figures (final: 预算数 then 决算数, or interleaved per item), items
  in rows (预算数, or 预算数 | 决算数), and js_jcy_2019's 合计 | 三公 | 会议费 | 培训费 form;
- a final account's 政府性基金 收入支出 table (年初结转和结余 | 本年收入 | 本年支出 合计 基本 项目 | 年末结转和结余).

Budget leaf keys: <source>_<kind>; sources co 上年结转 (一般公共预算 money carried over), gp 一般公共预算, gf 政府性
基金, sc 国有资本经营, sa 财政专户管理资金, biz 事业收入, op 事业单位经营收入, up 上级补助收入, oth 其他收入; kinds
b 基本支出, p 项目支出, o 事业单位经营支出.
Final leaf keys: spending gp_b gp_p gf_b gf_p sc_b sc_p (财政拨款) nf_b nf_p nf_o (other money; o 经营支出); income
i_gp i_gf i_sc i_up i_biz i_op i_aff i_oth; bgf (the 政府性基金's 年初结转和结余 of the leaf). Doc-level: begin
(年初结转和结余), begin_gp (of which 一般公共预算财政拨款), use (使用非财政拨款结余), dist (结余分配)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal as D

Z = D(0)

# 2020+ functional names (政府收支分类科目); FUNC_2019 differs where 2019 named them otherwise.
FUNC = {
    "201": "一般公共服务支出",
    "205": "教育支出",
    "20501": "教育管理事务",
    "2050101": "行政运行",
    "2050102": "一般行政管理事务",
    "2050199": "其他教育管理事务支出",
    "20502": "普通教育",
    "2050201": "学前教育",
    "2050202": "小学教育",
    "2050203": "初中教育",
    "2050204": "高中教育",
    "2050299": "其他普通教育支出",
    "20507": "特殊教育",
    "2050701": "特殊学校教育",
    "20508": "进修及培训",
    "2050801": "教师进修",
    "20509": "教育费附加安排的支出",
    "2050999": "其他教育费附加安排的支出",
    "207": "文化旅游体育与传媒支出",
    "20701": "文化和旅游",
    "2070101": "行政运行",
    "2070102": "一般行政管理事务",
    "2070104": "图书馆",
    "2070108": "文化活动",
    "2070109": "群众文化",
    "2070112": "文化和旅游市场管理",
    "2070199": "其他文化和旅游支出",
    "20702": "文物",
    "2070204": "文物保护",
    "20703": "体育",
    "2070307": "体育场馆",
    "2070308": "群众体育",
    "20708": "广播电视",
    "2070899": "其他广播电视支出",
    "208": "社会保障和就业支出",
    "20802": "民政管理事务",
    "2080201": "行政运行",
    "2080202": "一般行政管理事务",
    "2080208": "基层政权建设和社区治理",
    "2080299": "其他民政管理事务支出",
    "20805": "行政事业单位养老支出",
    "2080501": "行政单位离退休",
    "2080502": "事业单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "20810": "社会福利",
    "2081001": "儿童福利",
    "2081002": "老年福利",
    "2081004": "殡葬",
    "2081005": "社会福利事业单位",
    "20819": "最低生活保障",
    "2081901": "城市最低生活保障金支出",
    "2081902": "农村最低生活保障金支出",
    "20820": "临时救助",
    "2082001": "临时救助支出",
    "20821": "特困人员救助供养",
    "2082101": "城市特困人员救助供养支出",
    "2082102": "农村特困人员救助供养支出",
    "210": "卫生健康支出",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "2101103": "公务员医疗补助",
    "21012": "医疗救助",
    "2101201": "城乡医疗救助",
    "2101299": "其他医疗救助支出",
    "21015": "医疗保障管理事务",
    "2101501": "行政运行",
    "2101502": "一般行政管理事务",
    "2101504": "信息化建设",
    "2101505": "医疗保障政策管理",
    "2101506": "医疗保障经办事务",
    "212": "城乡社区支出",
    "21201": "城乡社区管理事务",
    "2120101": "行政运行",
    "2120102": "一般行政管理事务",
    "2120104": "城管执法",
    "2120106": "工程建设管理",
    "2120199": "其他城乡社区管理事务支出",
    "21202": "城乡社区规划与管理",
    "2120201": "城乡社区规划与管理",
    "21203": "城乡社区公共设施",
    "2120303": "小城镇基础设施建设",
    "2120399": "其他城乡社区公共设施支出",
    "21205": "城乡社区环境卫生",
    "2120501": "城乡社区环境卫生",
    "21208": "国有土地使用权出让收入安排的支出",
    "2120801": "征地和拆迁补偿支出",
    "2120802": "土地开发支出",
    "2120803": "城市建设支出",
    "2120899": "其他国有土地使用权出让收入安排的支出",
    "21213": "城市基础设施配套费安排的支出",
    "2121301": "城市公共设施",
    "2121399": "其他城市基础设施配套费安排的支出",
    "213": "农林水支出",
    "21301": "农业农村",
    "2130101": "行政运行",
    "2130104": "事业运行",
    "2130106": "科技转化与推广服务",
    "2130108": "病虫害控制",
    "2130119": "防灾救灾",
    "2130122": "农业生产发展",
    "2130126": "农村社会事业",
    "2130135": "农业资源保护修复与利用",
    "2130153": "农田建设",
    "21303": "水利",
    "2130301": "行政运行",
    "2130304": "水利行业业务管理",
    "2130305": "水利工程建设",
    "2130306": "水利工程运行与维护",
    "2130310": "水土保持",
    "2130314": "防汛",
    "2130350": "事业运行",
    "2130399": "其他水利支出",
    "21305": "巩固脱贫攻坚成果衔接乡村振兴",
    "2130505": "生产发展",
    "21307": "农村综合改革",
    "2130705": "对村民委员会和村党支部的补助",
    "21366": "大中型水库库区基金安排的支出",
    "2136601": "基础设施建设和经济发展",
    "2136602": "解决移民遗留问题",
    "220": "自然资源海洋气象等支出",
    "22001": "自然资源事务",
    "2200101": "行政运行",
    "2200102": "一般行政管理事务",
    "2200104": "自然资源规划及管理",
    "2200106": "自然资源利用与保护",
    "2200150": "事业运行",
    "2200199": "其他自然资源事务支出",
    "221": "住房保障支出",
    "22101": "保障性安居工程支出",
    "2210105": "农村危房改造",
    "2210108": "老旧小区改造",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "2210202": "提租补贴",
    "2210203": "购房补贴",
    "224": "灾害防治及应急管理支出",
    "22401": "应急管理事务",
    "2240101": "行政运行",
    "2240102": "一般行政管理事务",
    "2240106": "安全监管",
    "2240108": "应急救援",
    "2240109": "应急管理",
    "2240150": "事业运行",
    "2240199": "其他应急管理支出",
    "22407": "自然灾害救灾及恢复重建支出",
    "2240703": "自然灾害救灾补助",
    "229": "其他支出",
    "22960": "彩票公益金安排的支出",
    "2296002": "用于社会福利的彩票公益金支出",
    "2296003": "用于体育事业的彩票公益金支出",
    "2296004": "用于教育事业的彩票公益金支出",
}
FUNC_2019 = dict(
    FUNC,
    **{
        "20805": "行政事业单位离退休",
        "2080501": "归口管理的行政单位离退休",
        "2080502": "事业单位离退休",
    },
)

# The 类 list the 2019+ templates print whole (a 收支总表's expenditure side).
CLASSES = [
    ("201", "一般公共服务支出"),
    ("202", "外交支出"),
    ("203", "国防支出"),
    ("204", "公共安全支出"),
    ("205", "教育支出"),
    ("206", "科学技术支出"),
    ("207", "文化旅游体育与传媒支出"),
    ("208", "社会保障和就业支出"),
    ("210", "卫生健康支出"),
    ("211", "节能环保支出"),
    ("212", "城乡社区支出"),
    ("213", "农林水支出"),
    ("214", "交通运输支出"),
    ("215", "资源勘探工业信息等支出"),
    ("216", "商业服务业等支出"),
    ("217", "金融支出"),
    ("219", "援助其他地区支出"),
    ("220", "自然资源海洋气象等支出"),
    ("221", "住房保障支出"),
    ("222", "粮油物资储备支出"),
    ("223", "国有资本经营预算支出"),
    ("224", "灾害防治及应急管理支出"),
    ("227", "预备费"),
    ("229", "其他支出"),
]

ECON = {
    "301": "工资福利支出",
    "30101": "基本工资",
    "30102": "津贴补贴",
    "30103": "奖金",
    "30106": "伙食补助费",
    "30107": "绩效工资",
    "30108": "机关事业单位基本养老保险缴费",
    "30109": "职业年金缴费",
    "30110": "职工基本医疗保险缴费",
    "30111": "公务员医疗补助缴费",
    "30112": "其他社会保障缴费",
    "30113": "住房公积金",
    "30114": "医疗费",
    "30199": "其他工资福利支出",
    "302": "商品和服务支出",
    "30201": "办公费",
    "30202": "印刷费",
    "30205": "水费",
    "30206": "电费",
    "30207": "邮电费",
    "30208": "取暖费",
    "30209": "物业管理费",
    "30211": "差旅费",
    "30213": "维修（护）费",
    "30214": "租赁费",
    "30215": "会议费",
    "30216": "培训费",
    "30217": "公务接待费",
    "30218": "专用材料费",
    "30226": "劳务费",
    "30227": "委托业务费",
    "30228": "工会经费",
    "30229": "福利费",
    "30231": "公务用车运行维护费",
    "30239": "其他交通费用",
    "30299": "其他商品和服务支出",
    "303": "对个人和家庭的补助",
    "30301": "离休费",
    "30302": "退休费",
    "30304": "抚恤金",
    "30305": "生活补助",
    "30307": "医疗费补助",
    "30309": "奖励金",
    "30399": "其他对个人和家庭的补助",
    "310": "资本性支出",
    "31002": "办公设备购置",
    "31003": "专用设备购置",
    "31007": "信息网络及软件购置更新",
    "399": "其他支出",
    "39999": "其他支出",
}
# 政府预算支出经济分类 (government economic classification, 2018+)
GECON = {
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
    "505": "对事业单位经常性补助",
    "50501": "工资福利支出",
    "50502": "商品和服务支出",
    "509": "对个人和家庭的补助",
    "50901": "社会福利和救助",
    "50905": "离退休费",
}
# 款 counted as 人员经费 (the rest is 公用经费)
PERSONNEL = ("301", "303", "501", "50501", "509")

CN = "一二三四五六七八九十"


def cn(i: int) -> str:
    """1 -> 一, 12 -> 十二, 24 -> 二十四."""
    if i <= 10:
        return CN[i - 1]
    if i < 20:
        return "十" + CN[i - 11]
    return CN[i // 10 - 1] + "十" + (CN[i % 10 - 1] if i % 10 else "")


def personnel(code: str) -> bool:
    return any(code.startswith(p) for p in PERSONNEL) and not code.startswith("50502")


@dataclass
class Fmt:
    """How a table prints an amount: unit, thousands separators, decimals, zero cells ("" blank, "0.00", "-")."""

    unit: str = "万元"
    sep: bool = True
    dp: int = 2
    zero: str = ""

    def num(self, v: D) -> str:
        q = abs(v).quantize(D(1).scaleb(-self.dp))
        assert q == abs(v), ("a figure typed finer than it prints", v, self.dp)
        s = f"{q:,.{self.dp}f}" if self.sep else f"{q:.{self.dp}f}"
        return "-" + s if v < 0 else s

    def cell(self, v: D | None) -> str:
        if v is None:
            return ""
        if v == 0:
            return self.zero
        return self.num(v)

    def want(self, v: D | None) -> str | None:
        """The expected value of a cell as typed in the expectations (None: nothing to expect)."""
        if v is None or (v == 0 and not self.zero):
            return None
        if v == 0:
            return "0.00?"
        return self.num(v)


@dataclass
class Table:
    kind: str  # "coded", "two", "sangong", "sgrows", "blocks", "empty"
    key: str  # table key (vocabulary)
    title: str
    unit: str
    cols: list = field(default_factory=list)  # coded: [(header, column key)]; "group/sub" for two levels
    rows: list = field(default_factory=list)
    fmt: Fmt = field(default_factory=Fmt)
    empty: str = ""  # the statement of a table with no rows
    econ: bool = False
    rowno: bool = False  # two-sided: a 行次 beside every item
    filler: bool = False  # two-sided with 行次: an empty line prints its 行次 alone
    heads: list = field(default_factory=list)  # two-sided: (left value heads, right value heads)
    rkeys: list = field(default_factory=list)  # two-sided: the right side's column keys
    total_last: bool = False  # coded: the 合计 row printed last
    sg: str = ""  # sangong form: row6, row12, inter12, meet, rows1, rows2
    parts: tuple = ()  # coded: (total column index, part column indexes) for the identities


# ------------------------------------------------------------------------------------------ building


def parse_leaf(s: str) -> tuple[str, dict]:
    code, *parts = s.split()
    return code, {k: D(v.replace(",", "")) for k, v in (p.split("=") for p in parts)}


def add(a: dict, b: dict) -> dict:
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, Z) + v
    return out


def rollup(leaves: dict[str, dict]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for code, parts in leaves.items():
        for c in (code[:3], code[:5], code):
            out[c] = add(out.get(c, {}), parts)
    return dict(sorted(out.items()))


def total(rows: dict[str, dict]) -> dict:
    t: dict = {}
    for c, parts in rows.items():
        if len(c) == 3:
            t = add(t, parts)
    return t


def g(p: dict, *keys: str) -> D:
    """Σ of the parts whose key is one of keys, or (a key ending in _) starts with it, or (starting _) ends so."""
    out = Z
    for k, v in p.items():
        for want in keys:
            if (
                k == want
                or (want.endswith("_") and k.startswith(want))
                or (want.startswith("_") and k.endswith(want))
            ):
                out += v
                break
    return out


def gs(p: dict, spec: str) -> D:
    """A '+'-joined spec of sources ("gp+gf") or keys ("i_gp+i_gf")."""
    return sum((g(p, x if "_" in x else x + "_") for x in spec.split("+")), Z)


def coded(rows: dict, names: dict, fn) -> list:
    out = []
    for code, parts in rows.items():
        vals = fn(parts)
        if any(v for v in vals):
            out.append((code, names[code], vals))
    return out


def with_total(rows: list, label: str = "合计", last: bool = False) -> list:
    if not rows:
        return []
    n = len(rows[0][2])
    tot = [sum((r[2][i] or Z for r in rows if r[0] and len(r[0]) == 3), Z) for i in range(n)]
    t = (None, label, tot)
    return [*rows, t] if last else [t, *rows]


def econ_split(econ: dict) -> tuple[dict, D, D]:
    cls: dict[str, list] = {}
    pers = pub = Z
    for c, v in econ.items():
        v = D(v.replace(",", ""))
        x = cls.setdefault(c[:3], [Z, Z])
        if personnel(c):
            x[0] += v
            pers += v
        else:
            x[1] += v
            pub += v
    return cls, pers, pub


def econ_list(doc: dict, last: bool = False) -> list:
    """一般公共预算基本支出 by economic 类 and 款: 合计 | 人员经费 | 公用经费."""
    names = doc["econ_names"]
    cls, pers, pub = econ_split(doc["econ"])
    rows = []
    for c3 in sorted(cls):
        p, q = cls[c3]
        rows.append((c3, names[c3], [p + q, p or None, q or None]))
        for c, v in sorted(doc["econ"].items()):
            if c[:3] == c3:
                v = D(v.replace(",", ""))
                rows.append((c, names[c], [v, v if personnel(c) else None, None if personnel(c) else v]))
    t = (None, "合计", [pers + pub, pers, pub])
    return [*rows, t] if last else [t, *rows]


def econ_blocks(doc: dict, nblocks: int) -> list:
    """Blocks side by side: 人员经费 (301, 303) | 公用经费 (302) [| 公用经费 continued (307, 310, 399)]; the last
    row 人员经费合计 | 公用经费合计."""
    names = doc["econ_names"]
    cls, pers, pub = econ_split(doc["econ"])

    def items(c3s):
        out = []
        for c3 in c3s:
            if c3 in cls:
                out.append((c3, names[c3], sum(cls[c3], Z)))
                out += [
                    (c, names[c], D(v.replace(",", "")))
                    for c, v in sorted(doc["econ"].items())
                    if c[:3] == c3
                ]
        return out

    blocks = [items(["301", "303"])]
    rest = [c for c in sorted(cls) if c not in ("301", "303")]
    if nblocks == 3:
        blocks += [items(["302"]), items([c for c in rest if c != "302"])]
    else:
        blocks.append(items(rest))
    n = max(len(b) for b in blocks)
    blocks = [b + [None] * (n - len(b)) for b in blocks]
    rows = [list(r) for r in zip(*blocks, strict=True)]
    last = [(None, "人员经费合计", pers), (None, "公用经费合计", pub)] + [None] * (nblocks - 2)
    rows.append(last)
    return rows


def sangong(sg) -> list[D]:
    """(出国, 购置, 运行, 接待) -> [合计, 出国, 车, 购置, 运行, 接待]."""
    o, p, r, j = (D(x.replace(",", "")) for x in sg)
    return [o + p + r + j, o, p + r, p, r, j]


SG_KEYS = ["total", "outbound", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"]
SG_LABELS = [
    "合计",
    "1.因公出国（境）费",
    "2.公务用车购置及运行费",
    "其中：（1）公务用车购置费",
    "（2）公务用车运行费",
    "3.公务接待费",
]


def sangong_table(doc: dict, title: str, unit: str, f: Fmt) -> Table:
    form = doc["sg"]
    b = sangong(doc["sangong_budget"] if doc["kind"] == "final_account" else doc["sangong"])
    if form in ("rows1", "rows2"):
        a = sangong(doc["sangong"]) if form == "rows2" else None
        rows = [(lab, [b[i]] + ([a[i]] if a else [])) for i, lab in enumerate(SG_LABELS)]
        return Table("sgrows", "sangong", title, unit, rows=rows, fmt=f, sg=form)
    if form == "meet":
        m, t = (D(x.replace(",", "")) for x in doc["meeting_training"])
        return Table("sangong", "sangong", title, unit, rows=[[b[0] + m + t, *b, m, t]], fmt=f, sg=form)
    if form == "row6":
        return Table("sangong", "sangong", title, unit, rows=[b], fmt=f, sg=form)
    a = sangong(doc["sangong"])
    if form == "inter12":
        return Table(
            "sangong", "sangong", title, unit, rows=[[x for p in zip(b, a) for x in p]], fmt=f, sg=form
        )
    return Table("sangong", "sangong", title, unit, rows=[b + a], fmt=f, sg=form)


def class_items(doc: dict, rows: dict, fn, whole: bool) -> list:
    """The 类 lines of a two-sided summary: (label, values); the whole 类 list (values None where no money) or
    only the 类 with money."""
    names = doc["names"]
    if whole:
        out = []
        for i, (c, n) in enumerate(CLASSES, 1):
            vals = fn(rows[c]) if c in rows else None
            out.append((f"{cn(i)}、{n}", vals if vals and any(vals) else None))
        return out
    present = [(c, fn(p)) for c, p in rows.items() if len(c) == 3 and any(fn(p))]
    return [(f"{cn(i)}、{names[c]}", v) for i, (c, v) in enumerate(present, 1)]


def two_sided(left: tuple, right: tuple, rowno: bool) -> list:
    """Pairs the sides into rows (l_label, l_no, l_vals, r_label, r_no, r_vals): each side's items, then its end
    block with its 总计 on the last line, the shorter part padded with empty lines. left / right: (items, ends),
    each a list of (label, values list or None). 行次: the left side numbered 1 …, the right side on from the
    left's last number; an empty line keeps its number."""
    li, le = left
    ri, re_ = right
    ni, ne = max(len(li), len(ri)), max(len(le), len(re_))
    pad = ("", None)
    lrows = li + [pad] * (ni - len(li)) + [pad] * (ne - len(le)) + le
    rrows = ri + [pad] * (ni - len(ri)) + [pad] * (ne - len(re_)) + re_
    n = len(lrows)
    out = []
    for i in range(n):
        (ll, lv), (rl, rv) = lrows[i], rrows[i]
        out.append(
            (ll or None, (i + 1) if rowno else None, lv, rl or None, (n + i + 1) if rowno else None, rv)
        )
    return out


def side(spec: list, vals: dict) -> list:
    """[(label, key)] -> [(label, [value])]; key None: a heading with no figure."""
    return [(lab, None if k is None else [vals[k]]) for lab, k in spec]


# budget ---------------------------------------------------------------------------------------------------

SOURCES = ("gp", "gf", "sc", "sa", "biz", "op", "up", "aff", "oth")  # this year's income (not co)


def build_budget(doc: dict) -> dict[str, Table]:
    f, u, t, names = doc["fmt"], doc["fmt"].unit, doc["titles"], doc["names"]
    rows = rollup(dict(parse_leaf(x) for x in doc["leaves"]))
    tot = total(rows)
    T: dict[str, Table] = {}
    inc = sum((g(tot, s + "_") for s in SOURCES), Z)
    spent = sum(tot.values(), Z)
    co = g(tot, "co_")
    vals = {s: g(tot, s + "_") for s in (*SOURCES, "co")}
    vals.update({"=inc": inc, "=all": inc + co, "=spent": spent, "0": Z})
    for lab, k in doc["ies_left"][0] + doc["ies_left"][1]:
        if k and k not in vals:
            vals[k] = gs(tot, k)
    whole = doc.get("whole_classes", False)
    ritems = class_items(doc, rows, lambda p: [sum(p.values(), Z)], whole)
    rends = [(lab, [vals[k]]) for lab, k in doc["ies_right_ends"]]
    T["IES"] = Table(
        "two",
        "income_expenditure_summary",
        t["IES"],
        u,
        fmt=doc.get("ies_fmt", f),
        rows=two_sided(
            (side(doc["ies_left"][0], vals), side(doc["ies_left"][1], vals)),
            (ritems, rends),
            doc.get("ies_rowno", False),
        ),
        rowno=doc.get("ies_rowno", False),
        filler=doc.get("filler", False),
        heads=doc.get("ies_heads", (["预算数"], ["预算数"])),
        rkeys=["expenditure"],
    )
    icols = doc["inc_cols"]  # [(header, key, "src+src" or None for the total)]

    def ifn(p):
        return [sum(p.values(), Z) if s is None else gs(p, s) for _, _, s in icols]

    last = doc.get("total_last", False)
    T["INC"] = Table(
        "coded",
        "income_by_function",
        t["INC"],
        u,
        [(h, k) for h, k, _ in icols],
        with_total(coded(rows, names, ifn), last=last),
        f,
        total_last=last,
        parts=(0, list(range(1, len(icols)))),
    )
    ecols = doc["exp_cols"]  # [(header, key, kind or None)]

    def efn(p):
        return [sum(p.values(), Z) if k is None else g(p, "_" + k) for _, _, k in ecols]

    T["EXP"] = Table(
        "coded",
        "expenditure_by_function",
        t["EXP"],
        u,
        [(h, k) for h, k, _ in ecols],
        with_total(coded(rows, names, efn), last=last),
        f,
        total_last=last,
        parts=(0, list(range(1, len(ecols)))),
    )
    # 财政拨款收支总表: 上年结转 (co) is 一般公共预算 money carried over
    gp, gf, sc = vals["gp"], vals["gf"], vals["sc"]
    fvals = {"gp": gp, "gf": gf, "sc": sc, "co": co, "=fin": gp + gf + sc, "=all": gp + gf + sc + co, "0": Z}

    def ffn(p):
        a, b, c = g(p, "gp_", "co_"), g(p, "gf_"), g(p, "sc_")
        return [a + b + c, a, b, c]

    fitems = class_items(doc, rows, ffn, doc.get("fs_whole", whole))
    fall = gp + gf + sc + co
    fends = [
        (lab, [fall, gp + co, gf, sc] if k == "=all" else [Z, Z, Z, Z]) for lab, k in doc["fs_right_ends"]
    ]
    T["FS"] = Table(
        "two",
        "fiscal_summary",
        t["FS"],
        u,
        fmt=doc.get("ies_fmt", f),
        rows=two_sided(
            (side(doc["fs_left"][0], fvals), side(doc["fs_left"][1], fvals)),
            (fitems, fends),
            doc.get("ies_rowno", False),
        ),
        rowno=doc.get("ies_rowno", False),
        filler=doc.get("filler", False),
        heads=doc.get(
            "fs_heads", (["预算数"], ["合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"])
        ),
        rkeys=[
            "expenditure",
            "expenditure_general_public",
            "expenditure_government_fund",
            "expenditure_state_capital",
        ],
    )
    cols3 = [("合计", "total"), ("基本支出", "basic"), ("项目支出", "project")]

    def by(src):
        return lambda p: [g(p, src + "_"), g(p, src + "_b"), g(p, src + "_p")]

    T["GB"] = Table(
        "coded",
        "general_budget_by_function",
        t["GB"],
        u,
        cols3,
        with_total(coded(rows, names, by("gp")), last=last),
        f,
        total_last=last,
        parts=(0, [1, 2]),
    )
    T["GBB"] = econ_table(doc, t["GBB"], u, f)
    T["SG"] = sangong_table(doc, t["SG"], doc.get("sg_fmt", f).unit, doc.get("sg_fmt", f))
    gfrows = with_total(coded(rows, names, by("gf")), last=last)
    T["GF"] = Table(
        "coded",
        "government_fund",
        t["GF"],
        u,
        cols3,
        gfrows,
        f,
        empty=doc["empty"].get("GF", ""),
        total_last=last,
        parts=(0, [1, 2]),
    )
    T["SC"] = Table("coded", "state_capital", t["SC"], u, cols3, [], f, empty=doc["empty"]["SC"])
    return T


def econ_table(doc: dict, title: str, u: str, f: Fmt) -> Table:
    nb = doc.get("econ_blocks", 0)
    if nb:
        return Table(
            "blocks",
            "general_budget_basic_by_economic",
            title,
            u,
            rows=econ_blocks(doc, nb),
            fmt=f,
            econ=True,
        )
    last = doc.get("econ_total_last", False)
    return Table(
        "coded",
        "general_budget_basic_by_economic",
        title,
        u,
        doc.get("econ_cols", [("合计", "total"), ("人员经费", "personnel"), ("公用经费", "public_funds")]),
        econ_list(doc, last),
        f,
        econ=True,
        total_last=last,
        parts=(0, [1, 2]),
    )


# final ----------------------------------------------------------------------------------------------------

SPEND = ("gp_", "gf_", "sc_", "nf_")
INCOME = ("i_gp", "i_gf", "i_sc", "i_up", "i_biz", "i_op", "i_aff", "i_oth")


def spent(p: dict) -> D:
    return g(p, *SPEND)


def build_final(doc: dict) -> dict[str, Table]:
    f, u, t, names = doc["fmt"], doc["fmt"].unit, doc["titles"], doc["names"]
    rows = rollup(dict(parse_leaf(x) for x in doc["leaves"]))
    tot = total(rows)
    T: dict[str, Table] = {}
    inc = g(tot, *INCOME)
    exp = spent(tot)
    begin, use, dist = (D(doc.get(k, "0").replace(",", "")) for k in ("begin", "use", "dist"))
    end = begin + inc + use - exp - dist
    vals = {k: g(tot, k) for k in INCOME}
    vals.update(
        {
            "=inc": inc,
            "=use": use,
            "=begin": begin,
            "=all": inc + use + begin,
            "0": Z,
            "=exp": exp,
            "=dist": dist,
            "=end": end,
            "=out": exp + dist + end,
        }
    )
    whole = doc.get("whole_classes", False)
    rowno = doc.get("rowno", False)
    ritems = class_items(doc, rows, lambda p: [spent(p)], whole)
    T["IES"] = Table(
        "two",
        "income_expenditure_summary",
        t["IES"],
        u,
        fmt=doc.get("ies_fmt", f),
        rows=two_sided(
            (side(doc["ies_left"][0], vals), side(doc["ies_left"][1], vals)),
            (ritems, side(doc["ies_right_ends"], vals)),
            rowno,
        ),
        rowno=rowno,
        filler=doc.get("filler", False),
        heads=(["金额"], ["金额"]),
        rkeys=["expenditure"],
    )
    icols = doc["inc_cols"]  # [(header, key, "i_x+i_y" or None for the total)]

    def ifn(p):
        return [g(p, *INCOME) if s is None else gs(p, s) for _, _, s in icols]

    last = doc.get("total_last", False)
    T["INC"] = Table(
        "coded",
        "income_by_function",
        t["INC"],
        u,
        [(h, k) for h, k, _ in icols],
        with_total(coded(rows, names, ifn), last=last),
        f,
        total_last=last,
        parts=(0, list(range(1, len(icols)))),
    )
    ecols = doc["exp_cols"]  # [(header, key, kind or None)]

    def efn(p):
        return [spent(p) if k is None else g(p, *("_" + x for x in k.split("+"))) for _, _, k in ecols]

    T["EXP"] = Table(
        "coded",
        "expenditure_by_function",
        t["EXP"],
        u,
        [(h, k) for h, k, _ in ecols],
        with_total(coded(rows, names, efn), last=last),
        f,
        total_last=last,
        parts=(0, list(range(1, len(ecols)))),
    )
    i_gp, i_gf, i_sc = vals["i_gp"], vals["i_gf"], vals["i_sc"]
    gpe, gfe, sce = g(tot, "gp_"), g(tot, "gf_"), g(tot, "sc_")
    begin_gp = D(doc.get("begin_gp", "0").replace(",", ""))
    begin_gf = g(tot, "bgf")
    end_gp, end_gf, end_sc = begin_gp + i_gp - gpe, begin_gf + i_gf - gfe, i_sc - sce
    fvals = {
        "gp": i_gp,
        "gf": i_gf,
        "sc": i_sc,
        "=inc": i_gp + i_gf + i_sc,
        "=begin": begin_gp + begin_gf,
        "bgp": begin_gp,
        "bgf": begin_gf,
        "bsc": Z,
        "=all": i_gp + i_gf + i_sc + begin_gp + begin_gf,
        "0": Z,
    }

    def ffn(p):
        a, b, c = g(p, "gp_"), g(p, "gf_"), g(p, "sc_")
        return [a + b + c, a, b, c]

    fitems = class_items(doc, rows, ffn, doc.get("fs_whole", whole))
    fr = {
        "=exp": [gpe + gfe + sce, gpe, gfe, sce],
        "=end": [end_gp + end_gf + end_sc, end_gp, end_gf, end_sc],
        "=out": [gpe + gfe + sce + end_gp + end_gf + end_sc, gpe + end_gp, gfe + end_gf, sce + end_sc],
    }
    T["FS"] = Table(
        "two",
        "fiscal_summary",
        t["FS"],
        u,
        fmt=doc.get("ies_fmt", f),
        rows=two_sided(
            (side(doc["fs_left"][0], fvals), side(doc["fs_left"][1], fvals)),
            (fitems, [(lab, None if k is None else fr[k]) for lab, k in doc["fs_right_ends"]]),
            rowno,
        ),
        rowno=rowno,
        filler=doc.get("filler", False),
        heads=(
            ["金额"],
            ["合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"],
        ),
        rkeys=[
            "expenditure",
            "expenditure_general_public",
            "expenditure_government_fund",
            "expenditure_state_capital",
        ],
    )
    T["ends"] = (end, end_gp, end_gf)  # type: ignore[assignment]

    def gbf(p):
        return [g(p, "gp_"), g(p, "gp_b"), g(p, "gp_p")]

    T["GB"] = Table(
        "coded",
        "general_budget_by_function",
        t["GB"],
        u,
        [("小计", "total"), ("基本支出", "basic"), ("项目支出", "project")],
        with_total(coded(rows, names, gbf), last=last),
        f,
        total_last=last,
        parts=(0, [1, 2]),
    )
    T["GBB"] = econ_table(doc, t["GBB"], u, f)
    T["SG"] = sangong_table(doc, t["SG"], doc.get("sg_fmt", f).unit, doc.get("sg_fmt", f))

    def gff(p):
        b, i, x = g(p, "bgf"), g(p, "i_gf"), g(p, "gf_")
        return [b, i, x, g(p, "gf_b"), g(p, "gf_p"), b + i - x]

    T["GF"] = Table(
        "coded",
        "government_fund",
        t["GF"],
        u,
        [
            ("年初结转和结余", "carryover_begin"),
            ("本年收入", "income"),
            ("本年支出/小计", "total"),
            ("本年支出/基本支出", "basic"),
            ("本年支出/项目支出", "project"),
            ("年末结转和结余", "carryover_end"),
        ],
        with_total(coded(rows, names, gff), last=last),
        f,
        empty=doc["empty"].get("GF", ""),
        total_last=last,
        parts=(2, [3, 4]),
    )
    T["SC"] = Table("coded", "state_capital", t["SC"], u, [], [], f, empty=doc["empty"]["SC"])
    return T


def build(doc: dict) -> dict[str, Table]:
    return build_final(doc) if doc["kind"] == "final_account" else build_budget(doc)


# ------------------------------------------------------------------------------------------ expectations


def expectations(t: Table) -> dict:
    f = t.fmt
    rows = []
    if t.kind == "coded":
        keys = [k for _, k in t.cols]
        for code, name, vals in t.rows:
            want = {k: f.want(v) for k, v in zip(keys, vals, strict=True) if k}
            want = {k: v for k, v in want.items() if v is not None}
            if want:
                rows.append((code, name, want))
    elif t.kind == "blocks":
        for r in t.rows:
            for cell in r:
                if cell and f.want(cell[2]):
                    rows.append((cell[0], cell[1], {"total": f.want(cell[2])}))
    elif t.kind == "two":
        for ll, _lno, lv, rl, _rno, rv in t.rows:
            if ll and lv is not None and f.want(lv[0]):
                rows.append((None, ll, {"income": f.want(lv[0])}))
            if rl and rv is not None:
                want = {k: f.want(v) for k, v in zip(t.rkeys, rv, strict=False) if f.want(v)}
                if want:
                    rows.append((None, rl, want))
    elif t.kind == "sgrows":
        sfx = ["@budget", ""] if t.sg == "rows2" else [""]
        for (lab, vals), k in zip(t.rows, SG_KEYS, strict=True):
            want = {k + s: f.want(v) for s, v in zip(sfx, vals, strict=True) if f.want(v)}
            if want:
                rows.append((None, lab, want))
    elif t.kind == "sangong":
        vals = t.rows[0]
        if t.sg == "meet":
            keys = ["table_total", *SG_KEYS, "meeting", "training"]
        elif t.sg == "row6":
            keys = SG_KEYS
        elif t.sg == "inter12":
            keys = [k + s for k in SG_KEYS for s in ("@budget", "")]
        else:
            keys = [k + "@budget" for k in SG_KEYS] + SG_KEYS
        want = {k: f.want(v) for k, v in zip(keys, vals, strict=True) if f.want(v)}
        rows.append((None, "*", want))
    return dict(table=t.key, unit=t.unit, rows=rows)


# ------------------------------------------------------------------------------------------ printing


def chunks(s: str, w: int) -> list[str]:
    return [s[i : i + w] for i in range(0, len(s), w)] or [""]


class Printer:
    """Writes a report as plain pdftotext text of row-drawn tables: a cell a line, blank cells dropped, the pieces
    of a wrapped cell on consecutive lines, an empty line after every cell (gap "cell"), after every row ("row")
    or none."""

    def __init__(self, doc: dict):
        self.doc = doc
        self.gap = doc.get("gap", "none")
        self.pages: list[list[str]] = [[]]
        self.nw = doc.get("name_width", 99)  # names longer than this wrap
        self.hw = doc.get("head_width", 99)  # header words longer than this break
        self.lw = doc.get("label_width", 99)  # two-sided labels longer than this wrap

    # pages
    def add(self, *lines: str) -> None:
        self.pages[-1].extend(lines)

    def page(self) -> None:
        if self.pages[-1]:
            self.pages.append([])

    def text(self) -> str:
        foot = self.doc.get("footer", "{n}")
        out = []
        for i, p in enumerate(self.pages, 1):
            while p and p[-1] == "":
                p.pop()
            lines = [*p, "", foot.format(n=i), ""] if foot and i > 1 else [*p, ""]
            out.append("\n".join(lines))
        return "\f".join(out) + "\f"

    def cells(self, items: list) -> None:
        """One table row: its non-blank cells (a str, or a list of a wrapped cell's pieces), a line each."""
        items = [c for c in items if c]
        if not items:
            return
        for c in items:
            self.add(*(c if isinstance(c, list) else [c]))
            if self.gap == "cell":
                self.add("")
        if self.gap == "row":
            self.add("")

    def pieces(self, name: str, w: int) -> list[str] | str:
        return name if len(name) <= w else [name[:w], name[w:]]

    def labelled(self, lead: list, name: str, figures: list[str], w: int) -> None:
        """A row whose name may wrap; with doc["tail_after"] a wrapped name's tail comes after the figures."""
        p = self.pieces(name, w)
        if isinstance(p, list) and self.doc.get("tail_after"):
            self.cells([*lead, p[0], *figures, p[1]])
        else:
            self.cells([*lead, p, *figures])

    # titles and headers
    def title(self, t: Table, label: str) -> None:
        d = self.doc
        if label and d.get("label_inline"):
            self.cells([f"{label}{d.get('label_sep', ' ')}{t.title}"])
        else:
            self.cells([label, t.title])
        org = d.get("org_word", "编制单位：") + d["org"]
        unit = d.get("unit_word", "单位：") + t.unit
        self.cells([unit, org] if d.get("unit_first") else [org, unit])

    def head_words(self, words: list[str]) -> None:
        self.cells([w if len(w) <= self.hw else chunks(w, self.hw) for w in words])

    def coded_header(self, t: Table) -> None:
        if t.econ:
            lh = list(self.doc.get("econ_head", ["科目编码", "科目名称"]))
        else:
            lh = list(self.doc.get("func_head", ["科目编码", "科目名称"]))
        heads = [h for h, _ in t.cols]
        top = []
        for h in heads:
            g0 = h.split("/")[0]
            if "/" not in h:
                top.append(h)
            elif g0 not in top:
                top.append(g0)
        self.head_words(lh + top)
        subs = [h.split("/")[1] for h in heads if "/" in h]
        if subs:
            self.head_words(subs)

    def coded(self, t: Table, label: str) -> None:
        self.title(t, label)
        if t.cols:
            self.coded_header(t)
        if not t.rows:
            self.cells([t.empty])
            return
        per_page = self.doc.get("rows_per_page", 30)
        for i, (code, name, vals) in enumerate(t.rows):
            if i and i % per_page == 0:
                self.page()  # the table runs on after the page's footer, no header again
            figs = [t.fmt.cell(v) for v in vals]
            if code is None:
                self.cells([self.doc.get("total_label", name) if name == "合计" else name, *figs])
            else:
                self.labelled([code], name, figs, self.nw)
        note = self.doc.get("notes", {}).get(t.key)
        if note:
            self.cells([note])

    def blocks(self, t: Table, label: str) -> None:
        self.title(t, label)
        n = len(t.rows[0])
        self.head_words(["人员经费", "公用经费"])
        self.head_words(["科目编码", "科目名称", "决算数"] * n)
        f = t.fmt
        for r in t.rows:
            out = []
            for cell in r:
                if cell is None:
                    continue
                code, name, v = cell
                out += ([code] if code else []) + [self.pieces(name, self.nw), f.cell(v)]
            self.cells(out)

    def two(self, t: Table, label: str) -> None:
        self.title(t, label)
        f = t.fmt
        lh, rh = t.heads
        no = ["行次"] if t.rowno else []
        self.head_words(["收入", "支出"])
        self.head_words(["项目", *no, *lh, "项目", *no, *rh])
        for ll, lno, lv, rl, rno, rv in t.rows:
            out: list = []
            if ll or (lno and t.filler):
                out += [self.pieces(ll, self.lw) if ll else "", str(lno) if lno else ""]
                out += [f.cell(v) for v in (lv or [])]
            if rl or (rno and t.filler):
                out += [self.pieces(rl, self.lw) if rl else "", str(rno) if rno else ""]
                out += [f.cell(v) for v in (rv or [])]
            self.cells(out)

    def sangong(self, t: Table, label: str) -> None:
        self.title(t, label)
        f = t.fmt
        vals = t.rows[0]
        car = self.doc.get("car_word", "公务用车购置及运行费")
        one = ["合计", "因公出国（境）费", car, "公务接待费"]
        sub = ["小计", "公务用车购置费", "公务用车运行费"]
        if t.sg == "meet":
            self.head_words(["合计", "“三公”经费", "会议费", "培训费"])
            self.head_words(["小计", "因公出国（境）费", car, "公务接待费"])
            self.head_words(sub)
        elif t.sg == "inter12":
            self.head_words(one)
            self.head_words(sub)
            self.head_words(["预算数", "决算数"] * 6)
        elif t.sg == "row12":
            self.head_words(["预算数", "决算数"])
            self.head_words(one * 2)
            self.head_words(sub * 2)
        else:
            self.head_words(one)
            self.head_words(sub)
        self.cells([f.cell(v) for v in vals])

    def sgrows(self, t: Table, label: str) -> None:
        self.title(t, label)
        f = t.fmt
        self.head_words(["项目", "预算数", "决算数"] if t.sg == "rows2" else ["项目", "预算数"])
        for lab, vals in t.rows:
            self.cells([lab, *[f.cell(v) for v in vals]])

    def table(self, t: Table, label: str) -> None:
        self.page()
        {
            "coded": self.coded,
            "two": self.two,
            "sangong": self.sangong,
            "blocks": self.blocks,
            "sgrows": self.sgrows,
        }[t.kind](t, label)
