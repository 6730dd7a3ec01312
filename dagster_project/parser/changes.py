"""Year-on-year claims of the narrative (说明).

Example: "…支出 13656.34 万元 … 与上年相比增加 309.03 万元，增长 2.31%". A claim is anchored on its
comparison phrase (与上年相比, 比2023年度, 较上年, 同比, 比2025年预算执行数, 本年数小于上年预算数,
与上年持平, 与2024年…1,700.00万元相比 …), or on last year's figure stated under its year right before the
change ("…70.00万元，2023年度为72.00万元，减少2.00万元"). Several subjects each with its figure and one
change for all ("…6.00万元，…2.00万元，均与上年持平") are a claim each.
It states some of: the current figure (a money figure of the same item before the phrase: the one the
restated subject names, else the only one, else the one the phrase follows or the whole before 其中), the
prior-year figure (…执行数为 under an earlier year, 上年…为), the change (signed: 减少/下降 are negative;
持平 is zero) and the percentage change. The subject is what the phrase restates ("与上年相比，财政拨款支出
增加"), else the 类/款/项 chain of the item, else the words before the current figure.

The stated figures must agree with one another: current - prior = change, and change / prior = the stated
percentage. Printed figures are rounded, and reports both round and truncate percentages, so a stated
percentage holds when it is within one unit of its last printed digit of what the stated figures give
(each figure taken within half a unit of its own last digit). A contradiction is a diagnostic naming the
figures; the claim is recorded as stated either way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise
from typing import Final

from .tokens import money_with_precision, parse_percent
from .vocabulary import national_class_code, national_subject_code, national_subject_named

_MONEY: Final = r"(-?\d[\d,]*(?:\.\d+)?)(万元|亿元|元)"
_YEAR: Final = r"(?:上一?年度?|去年|\d{4}年度?)"
# (比上年数: the year before's figure)
_BASIS: Final = (
    r"(?:当年)?(?:年初)?(?:实际执行数|预算执行数|执行数|实际支出数?|决算支出数?|预算数?|决算数?|同期|数)?"
)
_UP: Final = ("增加", "增长", "上升", "增幅", "大于", "提高", "增支")
_DOWN: Final = ("减少", "下降", "降低", "降幅", "减幅", "小于", "压减", "压缩", "缩减", "减支")
_SAME: Final = ("持平", "相等", "相同", "一致", "等于", "未发生变化", "没有变化", "无变化", "未变化")
# "增（减）0万元": the change signed by its figure
_DIRECTION: Final = "|".join(_UP + _DOWN + _SAME) + r"|增\(减\)"
_ROUGHLY: Final = ("基本", "大致", "大体")  # "基本持平": about the same, no figure
_RATE_WORD: Final = "|".join(_UP + _DOWN)

# The comparison phrase, then an optional restated subject, the direction, the change and the percentage.
_CHANGE_RE: Final = re.compile(
    # (every branch opens with a character, and a year's digits are looked back at from its 年: the engine
    # then looks for a match at those characters only, where a pattern opening otherwise is tried at every
    # character of the narrative; see narrative._ACTUAL_OPENING)
    r"(?:"
    + "".join(word + _YEAR + _BASIS + r"(?:相比|比较)?相?|" for word in ("与", "同", "和"))
    + "".join(word + _YEAR + _BASIS + "|" for word in ("相较于?", "较于?", "比"))
    + r"同比|本年数(?=[大小等]于上年)"
    # the prior figure inside the phrase: "与2024年部门预算收入总计1,700.00万元相比"
    + r"|与(?P<inner_year>上一?年度?|去年|\d{4}年度?)[^,。;\d]{0,12}?"
    + r"(?P<inner_number>\d[\d,]*(?:\.\d+)?)(?P<inner_unit>万元|亿元|元)(?:相比|比较)"
    # no phrase, the year before's figure stated under its year, then the change: "…支出70.00万元，2023年度
    # 为72.00万元，减少2.00万元" (its figure required below, and the year the one before the document's; the
    # match starts at the 年, the year's start is the claim's, see find_changes)
    + r"|年(?<=(?P<prior_year>\d{4})年)度?[^,。;\d增减比较与]{0,12}?(?:为|是)?(?=\d)"
    # or under 上年, right before it: "…，上年为3,120.00万元，增加…", "（上年：400.00万元）"
    + r"|上(?P<prior_last>一?年)度?:?(?:为|是)?(?=\d))"
    # the prior figure stated with the phrase: "比上年预算数57.24万元增加…", "比上年的2,100.00万元增加…"
    # a remark in brackets after the phrase: "比上年（2024年预算数）增加…"; a prior figure in them:
    # "比上年预算数（95.00万元）增加…"
    r"(?:\((?P<bracketed_number>\d[\d,]*(?:\.\d+)?)(?P<bracketed_unit>万元|亿元|元)\)|\([^()]{1,16}\))?"
    # (or in brackets after the figure: "402.00万元（上年：400.00万元），增加…")
    r"(?:的?(?P<prior_number>\d[\d,]*(?:\.\d+)?)(?P<prior_unit>万元|亿元|元)\)?(?=,?(?:"
    + _DIRECTION
    + r")))?"
    r",?(?P<subject>[^,。;:\d%]{0,24}?)各?(?:基本|大致|大体)?"
    r"(?P<direction>" + _DIRECTION + r")了?(?:上年(?:预算|决算)?数?)?"
    # (a ▲ or △ before the change or the rate marks its direction, which the word already says:
    # "增加▲3.20万元，增长▲11.4%")
    r"(?:[▲△]?(?P<number>-?\d[\d,]*(?:\.\d+)?)(?P<unit>万元|亿元|元)|[▲△]?(?P<rate_only>\d+(?:\.\d+)?)%"
    # the change after the rate: "比上年增长2.1%,增加10.78万元"
    # (or in brackets: "较上年增长6.60%（增加301.00万元）")
    r"(?:[,(](?P<late_direction>增加|减少)了?(?P<late_number>\d[\d,]*(?:\.\d+)?)(?P<late_unit>万元|亿元|元)\)?)?)?"
    # the percentage: "增长4.56%", "增幅为3.66%", "增长率为4.09%", "（下降1.84%）"
    # (said again with 同比: "比上年减少35.00万元，同比下降1.09%")
    r"(?:[,;(]?(?:同比)?(?P<rate_word>" + _RATE_WORD + r")了?率?为?[▲△]?(?P<rate>\d+(?:\.\d+)?)%)?"
)
_FIGURE_RE: Final = re.compile(_MONEY)
# A figure of the year before: "2025年当年预算执行数为1690.69万元" (a year before the document's),
# "上年预算数为…".
_PRIOR_RE: Final = re.compile(
    # (not 上年结转 / 上年结余: this year's income brought in from the year before)
    r"(?:(?:(\d{4})年)[^,。;\d]{0,8}?执行数为?|(?:上年|上一年度?)(?!结转|结余)[^,。;\d]{0,8}?(?:为|是))$"
)
# A figure stated under a year: the year's own ("2021年度为…", "2022年支出预算…"), not a change against it.
_EARLIER_YEAR_RE: Final = re.compile(r"(\d{4})年度?[^,。;\d增减比较与]{0,12}?(?:为|是)?$")
# Where an item of an enumeration starts: "1.", "2、", "(三)", "十、". The back window stops there.
_ITEM_RE: Final = re.compile(
    r"(?:^|[。;:])(?:\d{1,2}[、.]|[(][一二三四五六七八九十\d]{1,3}[)]|[一二三四五六七八九十]{1,3}、)"
)
_HEADING_MARK_RE: Final = re.compile(
    r"[一二三四五六七八九十]{1,3}、|[(][一二三四五六七八九十\d]{1,3}[)]|第[一二三四五六七八九十]部分"
)
# "公共安全(类)…" and "公共安全支出(204类)司法(06款)行政运行(01项)".
# A name may hold a bracketed word of its own ("政府办公厅(室)及相关机构事务(款)").
_NAME: Final = r"([^()、。;,:.\d](?:[^()、。;,:.\d]|\([^()类款项\d一二三四五六七八九十]{1,3}\))*?)"
_NAMED_CHAIN_RE: Final = re.compile(_NAME + r"\((类|款|项)\)")
_CODED_CHAIN_RE: Final = re.compile(_NAME + r"\((\d{2,3})(类|款|项)\)")
_CODED_LEVEL_RE: Final = re.compile(r"\(\d{2,3}[类款项]\)")
# An item's numbering before a chain's first name: "①", "(1)", "1.", "一、".
_NUMBERING_RE: Final = re.compile(
    r"^(?:[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]|\(\d{1,2}\)|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[、.]|[一二三四五六七八九十]{1,3}、"
    r"|[一二三四五六七八九十]{1,2}是)+"  # (an enumeration run into its sentence: "一是…；二是…")
)
# Stripped from the front of a subject, in turn: a section heading, the year, "其中", "本部门"; then the
# item number.
_HEADING_RES: Final = [
    re.compile(r"^.*?(?:情况说明|具体(?:使用)?情况|情况如下|如下)"),
    re.compile(r"^.*?[(][一二三四五六七八九十]+[)][^。]*?情况"),
    re.compile(r"^.*?\d{4}年度?"),
    re.compile(r"^(?:其中|包括|此外)"),
    re.compile(r"^(?:本部门|本单位|我部门|我单位)"),
    re.compile(r"^(?:\d{1,2}[、.]|[(][\d一二三四五六七八九十]{1,3}[)]|[一二三四五六七八九十]{1,3}、)+"),
]


@dataclass(frozen=True, slots=True)
class StatedChange:
    start: int  # offset of the item's first character in the narrative stream
    end: int
    figure_at: int  # offset of the current figure (of the phrase when none is stated): the claim's line
    subject_name: str | None
    subject_code: str | None
    amount_yuan: Decimal | None  # the current figure
    amount_raw: str | None
    prior_yuan: Decimal | None
    change_yuan: Decimal | None  # signed
    rate: Decimal | None  # signed fraction: -0.0136 for 下降1.36%
    rate_decimals: int | None
    unit: str | None
    # (why, what the stated figures give, what is stated) when the stated figures disagree
    contradiction: tuple[str, str, str] | None


def _sign(word: str | None) -> int:
    if word in _DOWN:
        return -1
    if word in _SAME:
        return 0
    return 1


# A passage by economic class ("按支出经济分类", "按经济科目分类"): its 类/款 are no functional ones.
BY_ECONOMIC_CLASS_RE: Final = re.compile(r"经济(?:科目)?分类")
_DASHES: Final = "—－–-"
# Quote marks around a chain ("“一般公共服务支出(类）-…-统计管理（项）”"): no part of its names.
_CHAIN_MARKS: Final = _DASHES + "“”\"'‘’"


def _chain(
    item: str, names: dict[tuple[str | None, str], str], national: bool = True, year: int | None = None
) -> tuple[str | None, str | None]:
    """The subject name and functional code of an item's 类/款/项 chain. A chain that starts below 类
    ("检察(款)行政运行(项)") is placed by its first name when the tables print that name under one code.
    With ``national`` (not in a passage by economic class), a name the tables do not print is looked up
    in the national classification: a 类 by its name, a 款 or 项 under its parent, and a chain opening at
    its 款 by that 款's one code (vocabulary.national_subject_code / national_subject_named), for a report
    of ``year``."""
    # (the chain patterns try a name at every character: looked for only where a level's bracket is printed)
    coded = _CODED_CHAIN_RE.findall(item) if _CODED_LEVEL_RE.search(item) else []
    if coded:
        joined = "".join(part for _name, part, _level in coded)
        name = _NUMBERING_RE.sub("", "".join(n.strip(_CHAIN_MARKS) for n, _p, _l in coded))
        return name, joined if len(joined) in (3, 5, 7) else None
    # (names joined by dashes: "…（类）—人大事务（款）—行政运行（项）")
    if "(类)" not in item and "(款)" not in item and "(项)" not in item:
        return None, None
    named = [
        (n.strip(_CHAIN_MARKS).removeprefix("其中:").strip(_CHAIN_MARKS), level)
        for n, level in _NAMED_CHAIN_RE.findall(item)
    ]
    if not named:
        return None, None
    # a section heading run into the chain's first name ("…当年拨款具体使用情况一般公共服务支出(类)")
    named[0] = (_HEADING_RES[0].sub("", named[0][0]) or named[0][0], named[0][1])
    named[0] = (_NUMBERING_RE.sub("", named[0][0]) or named[0][0], named[0][1])
    named[0] = (named[0][0].strip(_CHAIN_MARKS) or named[0][0], named[0][1])
    # The code only when every name of the chain is found under its parent: a partial code would put
    # the claim on the wrong level.
    code: str | None = None
    for i, (name, level) in enumerate(named):
        found = names.get((code, name))
        if found is None and i == 0 and level != "类":
            width = 5 if level == "款" else 7
            codes = {c for (_parent, n), c in names.items() if n == name and len(c) == width}
            found = codes.pop() if len(codes) == 1 else None
            if found is None and not codes and national and level == "款" and not name.startswith("其他"):
                # (a 款 the tables print nowhere: the one code other reports print it under, if one; not an
                # "other" item, which reports shorten to 其他支出 whatever its 类)
                found = national_subject_named(name, width, year)
        elif found is None and i == 0 and national:
            # a 类 the tables do not name (not read, or printed without it): the national classification's
            # (not in a passage by economic class, whose 其他支出（类） is 399)
            found = national_class_code(name)
        elif found is None and i > 0 and national and code != "229":
            # a 款 or 项 the tables do not name under its parent (not read, or not printed): the national
            # classification's, as other reports print it. (Not under 229 其他支出, the name of the economic
            # classification's 399 too: a passage by economic class not told as such, "…按经济科目分类…
            # 其他支出（类）其他支出（款）", is none of 229's.)
            found = national_subject_code(code, name, year)
        if found is None:
            return "".join(n for n, _ in named), None
        code = found
    return "".join(n for n, _ in named), code


def unmarked_chain_code(
    subject: str, names: dict[tuple[str | None, str], str], alone: bool = True
) -> str | None:
    """The functional code of a 类/款/项 chain printed without its （类）（款）（项） marks ("商业服务业等支出
    商业流通事务 行政运行", "…支出-商贸事务-招商引资", "…/…/…", run together, or "住房保障支出类住房改革支出款
    住房公积金项"): the one code whose names in the tables, from its 类 or its 款 down, spell the subject; a
    项's name alone where the tables print it under one code only (``alone``: not under a section on the
    projects' performance, whose projects may bear a 项's name). None otherwise."""
    text = re.sub(r"[\s\-—–/／·、]", "", subject or "")
    if len(text) < 2:
        return None
    name_of: dict[str, str] = {}
    for (_parent, name), code in names.items():
        if len(name) > len(name_of.get(code, "")):
            name_of[code] = name  # (its name as printed, not the one without its 支出)
    found = set()
    for code, name in name_of.items():
        if len(code) not in (5, 7):
            continue
        levels = [name_of.get(code[:3]), name_of.get(code[:5]) if len(code) == 7 else None, name]
        spelled = {"".join(n for n in levels if n), "".join(n for n in levels[1:] if n)}
        if all(levels):
            spelled.add(levels[0] + "类" + levels[1] + "款" + levels[2] + "项")
            spelled.add(levels[0] + levels[2])
        if text in spelled:
            found.add(code)
    if not found and alone:
        found = {code for code, name in name_of.items() if name == text and len(code) == 7}
    return found.pop() if len(found) == 1 else None


def _class_named(subject: str, names: dict[tuple[str | None, str], str]) -> str | None:
    """The functional 类 whose name, as the tables print it, is the subject; None when none or several."""
    text = re.sub(r"\s", "", subject or "")
    found = {code for (_parent, name), code in names.items() if len(code) == 3 and name == text}
    return found.pop() if len(found) == 1 else None


# A functional code printed against its name at an item's start ("2013850事业运行：", "2080201 行政运行
# 985.80万元"), or in brackets after it ("质量基础（2013812）：", "行政运行（2080201）5,230,000.00元").
# (a code in square brackets before its name reads the same: "[2011301]行政运行：", "【2011301】…")
_GLUED_CODE_RE: Final = re.compile(
    r"(?<!\d)(\d{7}|\d{5}|\d{3})[]】〕]?([^\d,。;:()\[\]【】〔〕]{2,24}?)(?=[:：,]|预算|为|\d)"
)
_BRACKETED_CODE_RE: Final = re.compile(
    r"([^\d,。;:()、.]{2,24})\((\d{7}|\d{5}|\d{3})\)(?=[:：,]|年初|预算|为|\d|$)"
)


def _glued_code(item: str, names: dict[tuple[str | None, str], str]) -> tuple[str, str] | None:
    """The (name, code) of a code the tables print, glued to its name or in brackets after it, in the
    item's last sentence: only where the name is the one the tables print beside that code (a number
    glued to a word, "〔2024〕208号文件", "培训干部208人次", is no code)."""
    last = re.split(r"[。;]", item)[-1]
    found = [(m.start(), m.group(2), m.group(1)) for m in _GLUED_CODE_RE.finditer(last)]
    found += [(m.start(), m.group(1), m.group(2)) for m in _BRACKETED_CODE_RE.finditer(last)]
    if not found:
        return None  # (most items print no code: the tables' names are not gathered)
    printed: dict[str, set[str]] = {}
    for (_parent, name), code in names.items():
        printed.setdefault(code, set()).add(name.removesuffix("支出"))
    found = [
        (at, name, code) for at, name, code in found if name.removesuffix("支出") in printed.get(code, ())
    ]
    return max(found)[1:] if found else None


# Where a clause ends; the verb between a subject and its figure ("…支出为", "…收入是", "…达"); where a
# sentence ends (or a semicolon parts it), and where a clause does, full-width marks too.
_CLAUSE_END_RE: Final = re.compile(r"[,。;:]")
_SENTENCE_BREAK_RE: Final = re.compile(r"[。;；]")
_CLAUSE_BREAK_RE: Final = re.compile(r"[,，;；]")
_VERB_BEFORE_FIGURE_RE: Final = re.compile(r"(?:为|是|达)$")


def _subject(before_figure: str) -> str | None:
    head = _CLAUSE_END_RE.split(before_figure)[-1]
    # again while a heading was taken off: headings run into one another ("其他相关情况说明一、2026年“三公”
    # 经费预算情况说明2026年…"); a subject naming two years keeps its second
    headed = True
    while headed:
        headed = False
        for n, pattern in enumerate(_HEADING_RES):
            head, count = pattern.subn("", head)
            headed = headed or (n < 2 and count > 0)
    head = _VERB_BEFORE_FIGURE_RE.sub("", head)
    head = head.strip()
    return head if head.strip("“”\"'") else None  # quote marks alone name nothing


def rate_holds(delta, base, rate: Decimal, decimals: int) -> bool:
    """Whether a stated percentage is within one unit of its last digit of delta / base, each of those a
    (value, half unit) pair."""
    (d, dh), (b, bh) = delta, base
    if b - bh <= 0:
        return True  # no base to speak of: nothing to check
    corners = [(d + x) / (b + y) for x in (-dh, dh) for y in (-bh, bh)]
    unit = Decimal(10) ** -decimals / 100
    return min(corners) - unit <= rate <= max(corners) + unit


def _check(amount, prior, change, rate, decimals) -> tuple[str, str, str] | None:
    """Why the stated figures disagree, with what they give and what is stated; None when they agree."""
    if amount and prior and change:
        difference = amount[0] - prior[0]
        if abs(difference - change[0]) > amount[1] + prior[1] + change[1]:
            return (
                f"the current figure less the prior-year figure is {difference} 元, not the stated change "
                f"{change[0]} 元",
                f"{difference} 元",
                f"{change[0]} 元",
            )
    if rate is None:
        return None
    if prior is not None:
        delta = (
            change if change is not None else (amount[0] - prior[0], amount[1] + prior[1]) if amount else None
        )
        base = prior
    elif amount is not None and change is not None:
        delta, base = change, (amount[0] - change[0], amount[1] + change[1])
    else:
        return None
    if delta is None or rate_holds(delta, base, rate, decimals):
        return None
    computed = f"{delta[0] / base[0] * 100:.{decimals + 1}f}%"
    stated = f"{rate * 100:.{decimals}f}%"
    return f"the stated figures give {computed}, not the stated {stated}", computed, stated


_AMBIGUOUS: Final = object()


def _names_same(restated: str, label: str | None) -> bool:
    """Whether a figure's label can be what the comparison phrase restates: at least three in four
    characters of the restated subject are in the label ("收、支预算总计" for "收入、支出预算总计",
    "财政拨款收、支总计" for "财政拨款收、支总预算"; not "基本支出" for "项目支出")."""
    wanted = re.sub(r"[、,\s]", "", restated)
    return bool(label) and sum(ch in label for ch in wanted) >= 0.75 * len(wanted)


def _is_prior(before: str, fiscal_year: int | None) -> bool:
    match = _PRIOR_RE.search(before[-20:])
    if match is not None:
        year = match.group(1)
        return year is None or fiscal_year is None or int(year) < fiscal_year
    # "…，2021年度为1,111.11万元", "2022年支出预算900.00万元" in a 2023 report: a year before the document's.
    match = _EARLIER_YEAR_RE.search(before[-20:])
    return match is not None and fiscal_year is not None and int(match.group(1)) < fiscal_year


# A label naming only its phase, no subject ("，决算为38.14万元" after "…年初预算为39.80万元").
_PHASE_WORD_RE: Final = re.compile(r"(?:(?:年初|调整后?|全年)?(?:预算|决算|执行)(?:安排)?|实际支出)数?$")
# "支出决算" alone, "实际支出"
_PHASE_LABEL_RE: Final = re.compile(
    r"^(?:(?:支出)?(?:年初|调整后?|全年)?(?:预算|决算|执行)(?:安排)?|实际支出)数?$"
)


def _shared(sentence: str, phase: str | None) -> tuple[str | None, tuple | None]:
    """The subject of a sentence whose figures are phases of one thing ("“三公”经费年初预算为39.80万元，决算为
    38.14万元，完成…，比上年减少4.26万元"): the subject before the first figure, when every later figure's
    label is a phase word alone; and its figure of the report's phase (a final account compares its 决算
    with last year's, a budget its 预算), when exactly one label names it. (None, None) when a later figure
    names a subject of its own."""
    figures = list(_FIGURE_RE.finditer(sentence))
    if len(figures) < 2:
        return None, None
    labels = [_subject(sentence[: figures[0].start()])]
    for before, figure in pairwise(figures):
        label = _subject(sentence[before.end() : figure.start()])
        if label is None or not _PHASE_LABEL_RE.match(label):
            return None, None
        labels.append(label)
    subject = _PHASE_WORD_RE.sub("", labels[0]) or None if labels[0] else None
    heading = sentence[: figures[0].start()]
    if subject is None and labels[0] and re.search(r":\s*" + re.escape(labels[0]) + r"$", heading):
        # an item's heading before its phases ("（一）因公出国（境）费：年初预算0万元，支出决算0万元")
        subject = _subject(heading[: -len(labels[0])].rstrip(": "))
    word = {"actual": "决算", "budget": "预算"}.get(phase or "")
    own = [
        figure
        for figure, label in zip(figures, labels, strict=True)
        if word
        and label
        and (m := _PHASE_WORD_RE.search(label))
        and (word in m.group(0) or (word == "决算" and "实际支出" in m.group(0)))
        and "调整" not in label
    ]
    money = money_with_precision(own[0].group(1), own[0].group(2)) if len(own) == 1 else None
    return subject, (*money, own[0]) if money else None


_A_CHANGE_RE: Final = re.compile(r"(?:" + "|".join(_UP + _DOWN) + r"|节约|超支)了?$")


_SHARE_RE: Final = re.compile(r",?占(?:[^,，%]{0,12}?)\d+(?:\.\d+)?%")


def _current_figures(sentence: str, fiscal_year: int | None) -> tuple[list[tuple], tuple | None]:
    """A sentence's figures that may be its subject's current one, each as (value, half unit, match), and
    its prior-year figure (the last); never a change against something else ("较年初预算减少7.33万元")."""
    candidates, prior = [], None
    for figure in _FIGURE_RE.finditer(sentence):
        money = money_with_precision(figure.group(1), figure.group(2))
        if money is None or _A_CHANGE_RE.search(sentence[: figure.start()]):
            continue
        if _is_prior(sentence[: figure.start()], fiscal_year):
            prior = (*money, figure)
        else:
            candidates.append((*money, figure))
    return candidates, prior


_BOTH_SIDES_RE: Final = re.compile(r"^(?:部门)?收、?支(?:预算|决算)?(?:总额|总计)?$")


def _stated_figures(sentence: str, restated: str, at_phrase: bool, fiscal_year: int | None):
    """The current figure and the prior-year figure of a sentence, each as (value, half unit, match).

    The current figure is the one the restated subject names; else the only one; else, of several, the one
    the phrase directly follows ("…预算安排1672.67万元，比…"), or the whole before "其中". None when the
    sentence has no figure; _AMBIGUOUS when it has several and nothing says which (no claim figure then)."""
    candidates, prior = _current_figures(sentence, fiscal_year)
    if restated and candidates:
        named = [c for c in candidates if _names_same(restated, _subject(sentence[: c[2].start()]))]
        if not named:
            # "收入总计…，支出总计…。…收入总计和支出总计各减少…": subjects restated together, each named by a
            # figure, one figure for all of them (figures that differ: no one current figure)
            parts = [p for p in re.split(r"[和与及、]", restated) if p]
            named = [
                c
                for c in candidates
                if any(_names_same(part, _subject(sentence[: c[2].start()])) for part in parts)
            ]
            if len(parts) < 2 or len({c[0] for c in named}) != 1 or len(named) < len(parts):
                named = []
        # (the subject named as restated before one named with more words: "财政拨款支出6,910.06万元，其中：
        # …政府性基金预算财政拨款支出300.00万元。…财政拨款支出增加…" is the whole's)
        exact = [c for c in named if _subject(sentence[: c[2].start()]) == restated]
        return (exact[-1] if exact else named[-1] if named else None), prior
    if len(candidates) <= 1:
        return (candidates[0] if candidates else None), prior
    if len({c[0] for c in candidates}) == 1 and re.search(r"[均各都],?$", sentence):
        return candidates[0], prior  # one figure stated for each subject, "均比上年增加…"
    if (
        len(candidates) == 2
        and candidates[0][0] == candidates[1][0]
        and _BOTH_SIDES_RE.match(sentence[candidates[1][2].end() :].strip(","))
        and "收入" in _subject(sentence[: candidates[0][2].start()])
        and "支出" in _subject(sentence[: candidates[1][2].start()])
    ):
        # both sides restated as one after their figures, stated alike ("收入预算X万元，支出预算X万元，
        # 收支预算比上年增加…"): that figure
        return candidates[0], prior
    whole = "其中" in sentence[candidates[0][2].end() : candidates[1][2].start()]
    if whole and len(candidates) > 2:
        return candidates[0], prior  # the whole, its parts listed after 其中, then the change
    # (a share stated between the figure and its change is no figure of its own: "基本支出25,050.60万元，
    # 占78.77%，比上年增加…")
    after_last = _SHARE_RE.sub("", sentence[candidates[-1][2].end() :])
    if at_phrase and not after_last.strip(","):
        # "…，其中：财政拨款收入9628.22万元，比2026年预算增加…": that part
        return candidates[-1], prior
    if whole:
        return candidates[0], prior
    return _AMBIGUOUS, prior


def _rate_pinned(sentences: list[str], prior, change, rate: Decimal, decimals: int, fiscal_year: int | None):
    """The one current figure of an item's sentences the stated rate agrees with (with the prior-year figure),
    as (sentence index, figure); None when no figure or several different ones agree."""
    fitting = {}
    for k, sentence in enumerate(sentences):
        for figure in _current_figures(sentence, fiscal_year)[0]:
            if _check(figure[:2], prior[:2], change, rate, decimals) is None:
                fitting.setdefault(figure[0], (k, figure))
    return next(iter(fitting.values())) if len(fitting) == 1 else None


def _stated_twice(other, figure) -> tuple[str, str, str] | None:
    """The contradiction of an item stating a second current figure beside the one its rate agrees with."""
    if other is None or figure is None:
        return None
    return (
        f"the item states {figure[2].group(0)} and also {other[2].group(0)}; the stated rate agrees with "
        f"{figure[2].group(0)}, taken as the item's figure",
        figure[2].group(0),
        other[2].group(0),
    )


def _each_figures(sentence: str, fiscal_year: int | None) -> list[tuple] | None:
    """The figures of a sentence stating one figure per subject and then their common change
    ("公务用车运行维护费6.00万元，公务接待费2.00万元，均与上年持平"), each as (value, half unit, match): every
    figure this year's, each named by a subject of its own. None when the sentence is not of that kind."""
    if not re.search(r"[均都各],?$", sentence):
        return None
    figures, labels = [], set()
    for figure in _FIGURE_RE.finditer(sentence):
        money = money_with_precision(figure.group(1), figure.group(2))
        before = sentence[: figure.start()]
        label = _subject(before)
        if money is None or _A_CHANGE_RE.search(before) or _is_prior(before, fiscal_year) or not label:
            return None
        if label in labels:
            return None
        labels.add(label)
        figures.append((*money, figure))
    return figures if len(figures) >= 2 else None


# The report's own scope words before a subject's name: the year, 本年, 部门 / 单位, 预算 / 决算.
_OWN_SCOPE_RE: Final = re.compile(r"^(?:\d{4}年度?|本年度?)?(?:本?部门|本?单位)?(?:预算|决算)?")


def find_changes(
    text: str,
    names: dict[tuple[str | None, str], str],
    fiscal_year: int | None = None,
    phase: str | None = None,
) -> list[StatedChange]:
    """Every year-on-year claim of a narrative stream (compacted text, see narrative._Stream) of a
    document of ``fiscal_year`` and ``phase`` (actual for a final account, budget for a budget)."""
    found: list[StatedChange] = []
    previous_end = 0
    for match in _CHANGE_RE.finditer(text):
        # (where a year's figure opens the match, its digits were looked back at from the 年: they start it)
        phrase_at = match.start("prior_year") if match.group("prior_year") else match.start()
        direction = match.group("direction")
        number, unit = match.group("number"), match.group("unit")
        if number is None and match.group("late_number"):
            if _sign(match.group("late_direction")) != _sign(direction):
                continue  # "增长2.1%，减少…": not one change
            number, unit = match.group("late_number"), match.group("late_unit")
        inner_year = re.match(r"\d{4}", match.group("inner_year") or "")
        if inner_year and fiscal_year is not None and int(inner_year.group(0)) >= fiscal_year:
            continue  # "与2025年预算…相比" in a 2025 report: not last year's figure
        year = match.group("prior_year")
        if match.group("prior_last") is not None and fiscal_year is not None:
            # "…，上年为3,120.00万元，增加…": last year's figure in a clause of its own
            year = str(fiscal_year - 1)
        if year is not None and (
            match.group("prior_number") is None
            or fiscal_year is None
            or int(year) != fiscal_year - 1
            or re.search(r"结转|结余", text[phrase_at : match.start("prior_number")])
        ):
            # a year's own figure ("2023年增长5%"), one of a year other than the one before, or last year's
            # carry-over ("2023年度结转结余为…": this year's income, no prior figure of the subject)
            continue
        phrase_years = re.findall(r"(?<!\d)(\d{4})年", text[phrase_at : match.start("subject")])
        compared = int(phrase_years[0]) if phrase_years and fiscal_year is not None else None
        if compared is not None and (
            compared > fiscal_year
            or compared < fiscal_year - 1
            or (compared == fiscal_year and phase == "actual")
        ):
            # compared with a year other than the one before: a final's own year's budget ("比2024年年初预算
            # 减少…" in a 2024 final), next year's plan against this year, two earlier years told in a budget
            # (a budget's "比2026年预算增加…" in its 2026 report is last year's misprinted, as reports do)
            continue
        rate_text = match.group("rate") or match.group("rate_only")
        if number is None and rate_text and _rate_of_other_than_money(text, phrase_at, match.end()):
            continue
        if direction in _SAME and (number or rate_text):
            continue  # "等于上年预算数…" followed by figures is not a claim this reader can place
        if not (number or rate_text or direction in _SAME):
            continue  # "比上年增加" with nothing stated
        # The item the claim belongs to: back to where its enumeration item starts, at most 240 characters
        # and never into the previous claim.
        window_start = max(previous_end, phrase_at - 240)
        window = text[window_start:phrase_at]
        items = list(_ITEM_RE.finditer(window))
        item_start = window_start + (items[-1].start() if items else 0)
        if items and text[item_start] in "。;:":
            item_start += 1
        item = text[item_start:phrase_at]
        # a reason's numbered sub-item ("主要原因是：1.人员经费比上年增加35.00万元"): the report's own claim
        # only where it states its own figure or names its 类/款/项 (checked below)
        reason_item = bool(items) and bool(
            re.search(r"原因(?:是|为|如下|主要是)?[:：]?$", text[max(0, item_start - 12) : item_start])
        )
        # The figures: those of the sentence the phrase is in; when that sentence names its subject
        # without a figure ("…决算数与2023年度持平"), none; when the phrase opens its sentence, those of the
        # sentence before ("…预算数为5533万元。与上年相比减少20万元").
        sentences = re.split(r"[。;]", item)
        offsets = [0]
        for sentence in sentences[:-1]:
            offsets.append(offsets[-1] + len(sentence) + 1)
        restated = (match.group("subject") or "").strip()
        used = len(sentences) - 1
        subject = None
        amount, prior = _stated_figures(sentences[used], restated, True, fiscal_year)
        if amount is None and prior is None and not _FIGURE_RE.search(sentences[used]):
            subject = _subject(sentences[used])
        while subject is None and amount is None and used > 0:
            used -= 1
            amount, prior_before = _stated_figures(sentences[used], restated, False, fiscal_year)
            prior = prior or prior_before
        if subject is not None and not restated and prior is None:
            # "“三公”经费支出决算数比2023年度增加…" after the item's parts: the figure is the one an earlier
            # sentence of the item states for that subject, its budget and actual ("2024年度“三公”经费财政
            # 拨款支出预算为45.00万元，支出决算为31.28万元…")
            core = _PHASE_WORD_RE.sub("", subject)
            for k in range(used - 1, -1, -1):
                shared_subject, money = _shared(sentences[k], phase)
                if money is not None and shared_subject and core and _names_same(core, shared_subject):
                    amount, used = money, k
                    break
                # or the one figure the sentence right before names by it, its year and the report's
                # own words aside ("2024年部门预算收入总额8,949.99万元，其中：…。收入总额比上年预算增加…"),
                # never a narrower subject ending alike ("财政拨款收入总额"), last year's ("上年部门预算收入
                # 总额…"), nor one after a colon (a part after 其中, a unit's under "局机关：")
                named = [
                    c
                    for c in _current_figures(sentences[k], fiscal_year)[0]
                    if k == used - 1
                    and len(core) >= 3
                    and not re.search(r"[:：]", sentences[k][: c[2].start()])
                    and (label := _subject(sentences[k][: c[2].start()]))
                    and _OWN_SCOPE_RE.sub("", label) == core
                ]
                if len(named) == 1:
                    amount, used = named[0], k
                    break
        each = None
        if amount is _AMBIGUOUS:
            amount = None
            # several subjects, one figure each, one change for all: a claim per subject
            each = None if restated else _each_figures(sentences[used], fiscal_year)
            if each:
                amount = each[0]
        for number_group, unit_group in (
            ("prior_number", "prior_unit"),
            ("bracketed_number", "bracketed_unit"),
            ("inner_number", "inner_unit"),
        ):
            if match.group(number_group):
                stated = money_with_precision(match.group(number_group), match.group(unit_group))
                prior = (*stated, None) if stated else prior
        head = sentences[used]
        if amount is not None and amount is not _AMBIGUOUS and fiscal_year is not None:
            # an earlier year's figure and its change ("2024年度…决算为8.00万元，比上年减少…" in a 2025
            # budget): the year named nearest before the figure
            years = re.findall(r"(\d{4})年", head[max(0, amount[2].start() - 30) : amount[2].start()])
            if years and int(years[-1]) < fiscal_year:
                continue
        # The claim starts at its item when the item is numbered, else at the sentence of its figures (or
        # the last section heading inside it: headings carry no full stop).
        start = item_start if items else item_start + offsets[used]
        if not items:
            marks = list(_HEADING_MARK_RE.finditer(head[: amount[2].start()] if amount else head))
            start += marks[-1].start() if marks else 0
        change = money_with_precision(number, unit) if number else None
        if change is not None:
            change = (change[0] * _sign(direction), change[1])
        elif (
            direction in _SAME
            and text[max(0, match.start("direction") - 2) : match.start("direction")] not in _ROUGHLY
        ):
            change = (Decimal("0.00"), Decimal("0.00"))  # "基本持平" (about the same) states no figure
        rate = decimals = None
        if rate_text:
            rate, decimals = parse_percent(rate_text)
            rate *= _sign(match.group("rate_word") or direction) or 1
        restated_figure = None
        if (
            amount is not None
            and amount is not _AMBIGUOUS
            and prior
            and rate is not None
            and not each
            # (a budget's items: a final account's item states its 年初预算 beside its 决算, not a second
            # figure of its own)
            and phase != "actual"
            and _check(amount[:2], prior[:2], change, rate, decimals or 0) is not None
        ):
            pinned = _rate_pinned(sentences[: used + 1], prior, change, rate, decimals or 0, fiscal_year)
            if pinned is not None and pinned[1][0] != amount[0]:
                # "（01项）208.8万元。…执行数为198.34万元，2026年预算安排201.50万元，比…增加5.27%": the item
                # states two figures; the stated rate pins the one it was computed from
                restated_figure, (used, amount) = amount, pinned
                head = sentences[used]
        # The item's 类/款/项 chain, never one before a heading that opens a section of its own between it
        # and the claim ("…（项）”…进度款。其他相关情况说明一、2026年“三公”经费预算数为…").
        figure_end = offsets[used] + (
            amount[2].start() if amount and amount is not _AMBIGUOUS else len(sentences[used])
        )
        marks = list(_HEADING_MARK_RE.finditer(item, 1, figure_end))
        chain_item = item[marks[-1].start() :] if marks else item
        sentence_so_far = text[text.rfind("。", 0, phrase_at) + 1 : phrase_at]
        by_economic_class = BY_ECONOMIC_CLASS_RE.search(sentence_so_far) is not None
        chain_name, code = _chain(chain_item, names, national=not by_economic_class, year=fiscal_year)
        if chain_name is None and (glued := _glued_code(chain_item, names)) is not None:
            chain_name, code = glued  # "③2013850事业运行：预算数为…"
        if reason_item and amount is None and chain_name is None:
            continue
        if restated:
            name = restated
        elif chain_name:
            name = chain_name
        elif subject:
            name = subject
        elif amount is not None:
            name = _subject(head[: amount[2].start()])
            if name and _PHASE_LABEL_RE.match(name):
                # "…经费年初预算为…，支出决算为128.90万元，与上年相比…": the phase names no subject
                name = _shared(head, phase)[0] or name
        else:
            name, amount = _shared(head, phase)
        if code is None and name and not (restated or chain_name or by_economic_class):
            # a subject the tables print as a 类 without its （类） mark ("2．社会保障和就业支出1979.17万元
            # …"), never in a passage by economic class (its 其他支出 is 399, not the functional 229)
            code = _class_named(_NUMBERING_RE.sub("", name), names)
        if amount is None and (restated or chain_name or subject):
            # the sentence's figures are phases of its subject ("（项）：年初预算为…，支出决算为…，较上年
            # 增支…"): the report's own phase is the current figure
            amount = _shared(head, phase)[1]
        clause = _CLAUSE_BREAK_RE.split(sentences[-1].rstrip(",，"))[-1]
        if direction in _SAME and amount is None and name is None and not _FIGURE_RE.search(clause):
            continue  # "购置车辆0辆，与上年持平": no money, no subject in its clause: a count's, not a claim
        if name and re.search(r"(?:占比|比重|比例)$", name) and amount is None:
            continue  # "占比与上年持平": a share's change, no money
        targets = [(name, code, amount)]
        if each:
            targets = [(_subject(head[: figure[2].start()]), None, figure) for figure in each]
        for target_name, target_code, target in targets:
            # The unit of the printed figure (figure_raw) first: "1.2亿元，比上年增加500万元" is stated to
            # 0.1 亿元, and the warehouse reads the figure's precision in this unit.
            units = [u for u in (target[2].group(2) if target else None, unit) if u]
            found.append(
                StatedChange(
                    start=start,
                    end=match.end(),
                    figure_at=item_start + offsets[used] + target[2].start() if target else phrase_at,
                    subject_name=target_name,
                    subject_code=target_code,
                    amount_yuan=target[0] if target else None,
                    amount_raw=target[2].group(1) if target else None,
                    prior_yuan=prior[0] if prior and not each else None,
                    change_yuan=change[0] if change else None,
                    rate=rate,
                    rate_decimals=decimals,
                    unit=units[0] if units else None,
                    contradiction=_check(
                        target[:2] if target else None,
                        prior[:2] if prior and not each else None,
                        change,
                        rate,
                        decimals or 0,
                    )
                    or _stated_twice(restated_figure, target),
                )
            )
        previous_end = match.end()
        found.extend(
            _changes_after(text, found[-1], fiscal_year) if found and found[-1].end == match.end() else []
        )
        previous_end = found[-1].end if found else previous_end
    return found


# A further subject's change after a change, under the same comparison ("与2024年度相比，收入总计减少
# 395.16万元，下降5.28%；支出总计减少395.16万元，下降5.28%"): its subject, its change and its rate.
_CHANGE_AFTER_RE: Final = re.compile(
    r"[;；]\s*(?P<subject>[\u4e00-\u9fff“”]{2,16}?)(?P<direction>增加|减少|增长|下降)(?P<number>[\d,]+(?:\.\d+)?)"
    r"(?P<unit>万元|元|亿元)(?:[,，]\s*(?P<rate_word>增长|下降)(?P<rate>\d+(?:\.\d+)?)%)?"
)


# A count (a number and its measure word: 3辆, 30批次, 200人次) or a ratio (占比, 执行率) the change phrase
# speaks of, since the last money figure before it.
_COUNT_END_RE: Final = re.compile(r"\d(?:辆|批次|批|人次|人|个|次|台|套|项|家|户|名|架|艘|张|份|天)$")
# A requirement, not a change: "按照…比上年压缩5%的要求", "落实…压减10%以上".
_POLICY_RE: Final = re.compile(r"按照|根据|落实|要求")
_REQUIREMENT_AFTER_RE: Final = re.compile(r"(?:的要求|的目标|的比例|以上|以内|左右)")
_RATIO_RE: Final = re.compile(r"(?:占比|比重|比例|执行率|完成率|进度|增长率|增幅|降幅)$")


def _rate_of_other_than_money(text: str, at: int, end: int) -> bool:
    """Whether a percentage change with no money figure of its own (同比下降25%) is a count's, a ratio's or
    a policy's: the clause right before it ends with a count or a count's change ("保有量3辆，比上年减少1辆，
    同比下降25%", "接待人次200人，同比下降20.00%"; not "主要用于3辆公务用车的燃料费，较上年下降…"), it
    names a ratio ("占比较上年提高3.20%", "预算执行率比上年提高2.50%"), or it is a requirement ("按照一般性
    支出比上年压缩5%的要求")."""
    before = text[max(0, at - 120) : at]
    clauses = re.split(r"[,，。;；:：]", before)
    lead = clauses[-1]
    last = next((clause for clause in reversed(clauses) if clause), "")
    sentence = _SENTENCE_BREAK_RE.split(before)[-1]
    return bool(
        _COUNT_END_RE.search(last)
        or _RATIO_RE.search(lead)
        or _POLICY_RE.search(sentence)
        or _REQUIREMENT_AFTER_RE.match(text[end : end + 6])
    )


def _of_earlier_year(before: str, fiscal_year: int | None) -> bool:
    """Whether the sentence a figure stands in opens with a year before the document's ("2023年度本年支出合计
    700.00万元，其中：基本支出520.00万元")."""
    year = re.match(r"\D{0,12}?(\d{4})年", _SENTENCE_BREAK_RE.split(before)[-1])
    return year is not None and fiscal_year is not None and int(year.group(1)) < fiscal_year


_REASON_OPENING_RE: Final = re.compile(r"主要|原因|其中|由于|因为|是因")
# What may stand right before a subject named whole: punctuation, a numbering, the year, 其中, 本部门.
_SUBJECT_OPENING_RE: Final = re.compile(r"(?:[，,。;；:：、（）()]|\d{4}年度?|其中|本部门|本单位|本年)$")


def _changes_after(text: str, before: StatedChange, fiscal_year: int | None) -> list[StatedChange]:
    """The changes of further subjects stated right after ``before`` under its comparison, each with its
    current figure where the text before states it for that subject, named exactly (see _CHANGE_AFTER_RE)."""
    out: list[StatedChange] = []
    end = before.end
    while (match := _CHANGE_AFTER_RE.match(text, end)) is not None:
        subject = match.group("subject")
        if _REASON_OPENING_RE.match(subject):
            break  # "；主要是项目支出增加…": the change's reason, no subject's claim
        window = max(0, match.start() - 400)
        preceding = text[window : match.start()]
        # the subject's own figure: named whole (not the end of a longer name, "政府性基金预算财政拨款收入"),
        # this year's (not last year's, "2023年度本年支出合计…")
        figures = [
            found
            for found in re.finditer(
                re.escape(subject) + r"(?:为|是|共计)?\s*(-?[\d,]+(?:\.\d+)?)(万元|元|亿元)", preceding
            )
            if (found.start() == 0 or _SUBJECT_OPENING_RE.search(preceding[: found.start()]))
            and not _is_prior(preceding[: found.start(1)], fiscal_year)
            and not _of_earlier_year(preceding[: found.start()], fiscal_year)
        ]
        money = money_with_precision(figures[-1].group(1), figures[-1].group(2)) if figures else None
        change = money_with_precision(match.group("number"), match.group("unit"))
        if change is None:
            break
        change = (change[0] * _sign(match.group("direction")), change[1])
        rate = decimals = None
        if match.group("rate"):
            rate, decimals = parse_percent(match.group("rate"))
            rate *= _sign(match.group("rate_word"))
        out.append(
            StatedChange(
                start=match.start() + 1,
                end=match.end(),
                figure_at=window + figures[-1].start(1) if figures else match.start(),
                subject_name=subject,
                subject_code=None,
                amount_yuan=money[0] if money else None,
                amount_raw=figures[-1].group(1) if figures else None,
                prior_yuan=None,
                change_yuan=change[0],
                rate=rate,
                rate_decimals=decimals,
                unit=(figures[-1].group(2) if figures else None) or match.group("unit"),
                contradiction=_check(money, None, change, rate, decimals or 0),
            )
        )
        end = match.end()
    return out
