"""Narrative claims (说明): totals, budget-versus-actual sentences and stated completion rates.

The narrative is read as one text stream (lines outside tables, joined) so sentences wrapped over lines
and pages are whole. Every claim keeps its sentence and the line it starts on. Claims are what the
document says, not truth: the warehouse compares them with the tables.
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal
from itertools import accumulate
from typing import Any, Final, NamedTuple

from .changes import (
    _CHAIN_MARKS,
    _CLAUSE_BREAK_RE,
    _HEADING_RES,
    _NUMBERING_RE,
    _SENTENCE_BREAK_RE,
    BY_ECONOMIC_CLASS_RE,
    _chain,
    _glued_code,
    find_changes,
    unmarked_chain_code,
)
from .context import Context
from .fund_scope import ClaimMoneys, named_money
from .layout import Line, is_page_footer
from .metadata import same_body
from .records import Amount, Claim, Diagnostic
from .solver import printed_sum_holds
from .summary import side_totals
from .tokens import NUMBERED_HEADING_RE, compact, parse_amount, parse_percent, to_yuan
from .vocabulary import base_table_key, body_named

_NUM: Final = r"(-?[\d,]+(?:\.\d+)?)\s*(万元|元|亿元)"
# A stated completion rate, as reports word it: "完成年初预算的98.2%", "完成预算数的…",
# "完成年初预算98.18%", "为年初预算的…", "决算数为年初预算数的…", "决算数占年初预算的…", "预算完成率为…",
# "执行率97.64%", "预算执行率达到…"; "完成全年预算的…" of a 全年 budget (claimed for 三公 only, with that
# budget). The digits are one number
# ("98..20%" is none).
_RATE: Final = (
    r"(?:完成(?:年初|全年|年度)?预算数?的?(?:比例)?(?:为|是)?|(?:支出)?(?:决算数?)?[为占是](?:年初)?预算数?的"
    r"|(?:预算|决算)?(?:完成|执行)率(?:为|达到?)?"
    # (an overrun: "超出年初预算20.40%" is a rate of 120.40%, read so below)
    r"|超出(?:年初)?预算数?的?)\s*"
    r"(-?\d+(?:\.\d+)?)\s*%"
)
_OVERRUN_RE: Final = re.compile(r"超出(?:年初)?预算数?的?\s*$")
# The budget of the sentence: 年初预算 or plain 预算 (三公: "支出预算为…"; "年初预算安排…"), never an 调整预算
# (adjusted budget), which the warehouse does not compare with the budget report, nor an addition or cut
# during the year (年中追加预算…).
# (written as branches that each open with a character, and the words before 预算 looked back at once 预算
# is found: see _ACTUAL_OPENING)
_BUDGET_WORD: Final = (
    r"(?:年初预算|预算(?<!调整预算)(?<!调整后预算)(?<!追加预算)(?<!调减预算)(?<!调增预算))"
    r"(?:数)?(?:安排)?为?\s*"
)
# A remark in brackets after the budget ("年初预算为110.00万元（含上年结转5.00万元）").
_REMARK: Final = r"(?:[（(][^（）()]{0,24}[）)])?"
# Figures passed over between the budget and the actual: an 调整预算, a 全年预算, what was added or cut during
# the year ("年初预算为…，全年预算为…，支出决算为…", "…，年中追加预算60.00万元，…").
_PASSED: Final = (
    r"(?:[，,；;]\s*(?:调整后?预算(?:数)?|全年预算(?:数)?|(?:年中)?(?:追加|调减|调增)(?:预算)?(?:数)?)为?\s*"
    r"-?[\d,]+(?:\.\d+)?\s*(?:万元|元|亿元)" + _REMARK + r")*"
)


# The actual's words ("支出决算为", "决算数", "实际支出"; and 执行数 / 实际执行: "年初预算数为…，实际执行…",
# "预算数为…，执行数为…").
_ACTUAL_WORD: Final = (
    r"(?:(?:支出)?决算(?:支出)?(?:数)?|实际支出(?:数)?|(?:预算)?执行数|实际执行(?:数)?)为?\s*"
)
# The same opening a statement, 支出 opening its clause only ("…财政拨款支出决算数…" names its subject with
# it), and not 执行数, on which no statement opens.
# (Why in this form: a pattern whose every branch opens with a character is looked for at those characters
# only, found by the engine's fast scan; a pattern opening with a look-behind, a look-ahead or an optional
# group is tried at every character of the narrative, two to twenty times slower over a report's narrative.
# So the branches are spelled out, and what stands before a match is looked back at from its first
# characters: "支出(?<![\u4e00-\u9fff]支出)" for "(?<![\u4e00-\u9fff])支出".)
_ACTUAL_OPENING: Final = (
    r"(?:支出(?<![\u4e00-\u9fff]支出)决算(?:支出)?(?:数)?|决算(?:支出)?(?:数)?|实际支出(?:数)?|实际执行(?:数)?)"
    r"为?\s*"
)
# A change against the budget between the actual and the rate ("…，较年初预算减少7.60万元，预算执行率…").
_AGAINST: Final = (
    r"(?:[，,]\s*[比较](?:年初)?预算数?(?:增加|减少|节约|超支|少|多)-?[\d,]+(?:\.\d+)?(?:万元|元|亿元))?"
)
_EXECUTION_RE: Final = re.compile(
    _BUDGET_WORD
    + _NUM
    + _REMARK
    + _PASSED
    + r"[，,；;]?\s*"
    + _ACTUAL_WORD
    + _NUM
    + r"(?:"
    + _AGAINST
    + r"[，,；;]?\s*"
    + _RATE
    + r")?"
)
# The actual said first ("支出决算为395.62万元，年初预算为402.30万元，完成年初预算的98.34%"; "支出决算数540.00
# 万元，年初预算数552.00万元").
_EXECUTION_ACTUAL_FIRST_RE: Final = re.compile(
    _ACTUAL_OPENING + _NUM + r"[，,；;]\s*(?:年初)?预算(?:数)?为?\s*" + _NUM + r"(?:[，,]?\s*" + _RATE + r")?"
)

# The year's spending said first by a bare 支出 after its subject, then the budget and the rate, which tells
# it is an execution ("一般公共预算财政拨款支出4,476.20万元，年初预算为3,980.00万元，调整预算为…，完成年初
# 预算的112.47%"); and the actual, its rate, then the budget ("支出决算为4,862,350.00元，完成年初预算的
# 98.23%，年初预算为4,950,000.00元").
_EXECUTION_SPENT_FIRST_RE: Final = re.compile(
    # (an appropriation's spending: "…财政拨款支出…", not a part's, "基本支出" / "项目支出")
    r"支出(?<=拨款支出)为?\s*"
    + _NUM
    + r"[，,；;]\s*年初预算(?:数)?为?\s*"
    + _NUM
    + _REMARK
    + _PASSED
    + r"[，,]?\s*"
    + _RATE
)
_EXECUTION_RATE_BETWEEN_RE: Final = re.compile(
    _ACTUAL_OPENING + _NUM + r"[，,]\s*" + _RATE + r"[，,；;]\s*(?:年初)?预算(?:数)?为?\s*" + _NUM
)

# The actual, then the budget inside its change against it ("支出决算为24,633,811.10元，比年初预算
# 19,136,400.00元增加5,497,411.10元，完成年初预算的128.73%").
_EXECUTION_AGAINST_BUDGET_RE: Final = re.compile(
    _ACTUAL_OPENING
    + _NUM
    + r"[，,]\s*[比较]年初预算(?:数)?\s*"
    + _NUM
    + r"(?:增加|减少|增支|减支|超支|节约|多|少)了?-?[\d,]+(?:\.\d+)?(?:万元|元|亿元)"
    + r"(?:[，,]?\s*"
    + _RATE
    + r")?"
)

# No budget at the year's start, then the actual ("年初未安排预算，支出决算为426,500.00元"): a budget of zero.
# (also "年初无预算", "年初预算未安排")
_NO_BUDGET: Final = r"年初(?:未(?:安排|列|编制)(?:预算)?|无预算|预算未(?:安排|列|编制))"
# The negation before 年初预算 ("4．农林水（类），无年初预算，支出决算为320.00万元", "未安排年初预算") and the
# zero said without a unit ("年初预算为零", "年初预算为0", which the patterns with a figure and its unit do
# not read): worded so of incomes, projects and several subjects at once too, a claim only where its clause
# names one subject of the tables (parse_claims)
# (its branches spelled out, each opening with a character: see _ACTUAL_OPENING)
_NO_BUDGET_WORDED: Final = (
    r"年初预算(?:数)?为(?:零|0(?:\.0+)?)|无年初预算(?:数)?|未(?:安排|列|编制)年初预算(?:数)?"
)
_NO_BUDGET_WORDED_RE: Final = re.compile(_NO_BUDGET_WORDED)
_EXECUTION_UNBUDGETED_RE: Final = re.compile(
    r"(?:" + _NO_BUDGET + "|" + _NO_BUDGET_WORDED + r")(?:资金)?[，,]\s*" + _ACTUAL_OPENING + _NUM
)


class _Execution(NamedTuple):
    start: int
    end: int
    budget: str
    budget_unit: str
    actual: str
    actual_unit: str
    rate: str | None
    # no budget worded as _NO_BUDGET_WORDED: claimed only of one subject its clause names
    named_only: bool = False


def _executions(text: str) -> list[_Execution]:
    """The budget-versus-actual statements of the stream in order, the budget said first or the actual."""
    found = [_Execution(m.start(), m.end(), *m.group(1, 2, 3, 4, 5)) for m in _EXECUTION_RE.finditer(text)]
    for m in _EXECUTION_ACTUAL_FIRST_RE.finditer(text):
        if not any(e.start < m.end() and m.start() < e.end for e in found):
            found.append(
                _Execution(m.start(), m.end(), m.group(3), m.group(4), m.group(1), m.group(2), m.group(5))
            )
    for m in _EXECUTION_SPENT_FIRST_RE.finditer(text):
        if not any(e.start < m.end() and m.start() < e.end for e in found):
            found.append(
                _Execution(m.start(), m.end(), m.group(3), m.group(4), m.group(1), m.group(2), m.group(5))
            )
    for m in _EXECUTION_AGAINST_BUDGET_RE.finditer(text):
        if text[max(0, m.start() - 2) : m.start()] == "收入":
            continue  # an income's budget and actual ("收入决算为…，比年初预算…"), no spending's
        if not any(e.start < m.end() and m.start() < e.end for e in found):
            found.append(
                _Execution(m.start(), m.end(), m.group(3), m.group(4), m.group(1), m.group(2), m.group(5))
            )
    for m in _EXECUTION_UNBUDGETED_RE.finditer(text):
        clause = text[max(text.rfind("。", 0, m.start()), text.rfind(";", 0, m.start())) + 1 : m.end()]
        if text[max(0, m.start() - 2) : m.start()] == "收入" or (
            "收入" in clause and "支出" not in clause and not _LEVEL_MARK_RE.search(clause)
        ):
            # "其他收入年初未安排预算，决算为…", "其他收入，无年初预算，决算为…", "事业收入的年初预算为0，
            # 决算为…": an income's (not "行政运行（项）：使用以前年度事业收入结余安排，年初无预算，…")
            continue
        if not any(e.start < m.end() and m.start() < e.end for e in found):
            named_only = _NO_BUDGET_WORDED_RE.match(text, m.start()) is not None
            found.append(
                _Execution(m.start(), m.end(), "0", m.group(2), m.group(1), m.group(2), None, named_only)
            )
    for m in _EXECUTION_RATE_BETWEEN_RE.finditer(text):
        if not any(e.start < m.end() and m.start() < e.end for e in found):
            found.append(
                _Execution(m.start(), m.end(), m.group(4), m.group(5), m.group(1), m.group(2), m.group(3))
            )
    return sorted(found)


# A sentence head that names no subject: only when or which phase.
_TIME_WORDS_RE: Final = re.compile(r"\s*(?:\d{4}年度?|全年|本年|年初|其中|本部门|本单位)*\s*[,，:：]?\s*")
# Items whose budget and actual no table prints (会议费, 培训费) or a whole that is not the budget's (部门整体
# 支出 in a performance paragraph).
_NOT_A_SUBJECT_RE: Final = re.compile(r"会议费|培训费|部门整体")
# A level's mark closing a chain's name ("农林水(类)", "农业农村(01款)").
_LEVEL_MARK_RE: Final = re.compile(r"\((?:\d{2,3})?[类款项]\)")
# What may stand between a chain and a statement of no budget that is the chain's: punctuation and quotes,
# 支出 or 科目, the chain's code in brackets, when, 的 ("4.农林水(类),无年初预算", "…住房公积金(项)年初预算
# 为0", "…(项)支出,年初预算为0", "…(项)(2010602):无年初预算"); anything else names another subject after it
# ("…行政运行(项)中的信息化运维项目,无年初预算").
_CHAIN_TAIL_RE: Final = re.compile(
    r"[\s,:”\"']*(?:支出|科目)?[\s,:”\"']*(?:\(\d{3,7}\))?[\s,:]*"
    r"(?:\d{4}年度?|全年|本年|本部门|本单位)*[\s,:]*的?[\s,:]*"
)
# Two subjects joined ("…一般行政管理事务(项)和住房保障支出(类)…", "2010601行政运行、2210201住房公积金"),
# or said of at once ("…均无年初预算"): the actual after them is theirs together, neither's own.
_JOINED_SUBJECTS_RE: Final = re.compile(
    r"\((?:\d{2,3})?[类款项]\)\s*(?:和|及|与|以及|、|或)|(?:和|及|与|以及|、)\s*(?:\d{3}|\d{5}|\d{7})(?!\d)"
)
_SAID_OF_SEVERAL_RE: Final = re.compile(r"(?:均|都|皆|分别)$")
_CN_YEAR_RE: Final = re.compile(r"二[〇○零][〇○零一二三四五六七八九]{2}(?=年)")
_CN_DIGITS: Final = str.maketrans("〇○零一二三四五六七八九", "000123456789")


def _digits_year(match: re.Match) -> str:
    return match.group(0).translate(_CN_DIGITS)


# The subject of an actual stated without its budget: the 一般公共预算 spending as a whole ("2022年一般公共
# 预算支出决算数为…，完成预算103.85%"), or a 类/款/项 chain closed by its mark ("…(项)：支出决算为…").
_WHOLE_SPENDING_RE: Final = re.compile(r"^(?:\d{4}年度?)?(一般公共预算(?:财政拨款)?支出)$")
# A part named before the whole's clause in its sentence ("其中，一般公共预算财政拨款支出决算为…" after a 三公
# total, or a project's).
_PART_BEFORE_RE: Final = re.compile(r"其中|项目|三公")
_CHAIN_THEN_ACTUAL_RE: Final = re.compile(r"\((?:\d{2,3})?[类款项]\)(?:[:：]?\s*支出)?$")
# A chain's actual with neither budget nor rate ("9.农林水支出(类)农业农村(款)农产品质量安全(项)：支出决算为
# 36.18万元，主要用于…", a 项 of no 年初预算).
_CHAIN_ACTUAL_RE: Final = re.compile(r"[:：](?<=[类款项]\)[:：])\s*支出决算数?为?\s*" + _NUM)
# (a change against the budget may stand between: "决算数为8.65万元，比年初预算减少3.35万元，完成…")
_ACTUAL_RATE_RE: Final = re.compile(
    # (or a bare 支出 whose rate says it is the actual: "“三公”经费财政拨款支出8.60万元，完成年初预算的
    # 86.00%")
    r"(?:决算(?:数)?|支出)为?\s*"
    + _NUM
    + _AGAINST
    # (or a change against last year: "…支出决算3.20万元，同比下降20.00%，完成年初预算的64.00%")
    + r"(?:[，,]\s*(?:同比|比上年|较上年)[^，,。;；]{0,20})?"
    + r"[，,]?\s*"
    + _RATE
)
# A name may hold a bracketed word of its own ("政府办公厅(室)及相关机构事务(款)").
_CHAIN_RE: Final = re.compile(
    r"([^（）()、。；;，,:：.\d](?:[^（）()、。；;，,:：.\d]|[（(][^（）()类款项\d一二三四五六七八九十]{1,3}[）)])*?)"
    r"[（(](类|款|项)[）)]"
)
# A stated figure: a 类 named before one ("住房保障支出（类）445.69万元，占15.16%") is that figure's subject,
# not the subject of a budget-versus-actual sentence after it.
_STATED_FIGURE_RE: Final = re.compile(r"\d(?:万元|元|亿元|%)")
# A section heading run into the sentence after it ("（三）一般公共预算财政拨款支出决算具体情况…").
_HEADING_RE: Final = re.compile(r"^.*?(?:情况说明|具体(?:使用)?情况|总体情况|情况如下)")
# 上年结转 (年初结转和结余) listed among a total's parts, after 其中, with a figure of its own.
_CARRIED_PART_RE: Final = re.compile(
    r"其中[:：]?[^。;；]*?(?:上年|年初|年末)结转[^，,。;；\d]{0,10}[\d０-９]"
)
# What, before a total worded 支出决算 / 收入决算, makes it a part's or another body's.
_NARROWER_DECIDED_RE: Final = re.compile(
    r"财政拨款|公共预算|三公|基金|国有资本|机关运行|所属|下属|项目|基本支出"
)
# A section's heading in the stream ("十、绩效评价情况。"): what a paragraph under it speaks of.
_SECTION_HEADING_RE: Final = re.compile(r"(?:^|。)([一二三四五六七八九十]+、[^。]{2,40})(?=。)")
# and a sub-section's ("(二)政府性基金预算拨款收支情况。")
_SECTION_HEADING_RES: Final = (
    _SECTION_HEADING_RE,
    re.compile(r"(?:^|。)(\([一二三四五六七八九十]+\)[^。]{2,40})(?=。)"),
)
# A sentence on a unit of the department ("某某中心为局属事业单位"): what follows it speaks of that unit.
_UNIT_OF_THE_DEPARTMENT_RE: Final = re.compile(
    r"([^。,，]{2,30}?)为(?:本局|本部门|本委|本厅)?(?:所属|下属|局属|委属|厅属|二级)(?:事业)?单位"
)
# A body's name as reports print it between the year and its totals ("2019年某某区统计局收入预算总额…",
# "2024年度本中心收入预算总额…").
_BODY_ENDING: Final = r"(?:局|委员会|委|办公室|中心|院|馆|所|厅|站|队|处|会)"
_BODY: Final = r"(?:[本我]|[\u4e00-\u9fff]{2,24}?)" + _BODY_ENDING
_OWN_BODY_RE: Final = re.compile(r"[本我]" + _BODY_ENDING)
# (Tianjin's reports put a comma between the year and the name: "2025年，天津市和平区审计局部门收入预算…")
_BODY_AFTER_YEAR_RE: Final = re.compile(
    r"(?:本年度?|年度?)(?:[，,]?("
    + _BODY
    + r"))?(?:本?部门|本?单位)?(?:预算)?(?:本年)?(?:收入|支出|财政拨款)"
)


# (what follows a year in a budget's whole, "2024年某某局本年收入预算…": the name of at most 27 characters
# and the words around it, no stop; looked ahead for first, as trying the name's lengths at every year of a
# narrative is what costs)
_WITHIN_REACH: Final = r"(?=[，,]?[\u4e00-\u9fff]{{0,35}}?{})"


def _clause_opening(words: str, after: str) -> str:
    """A pattern of ``words`` opening a clause, ``本?部门`` or ``本?单位`` before them: right after a
    character of ``after`` or at the text's start. (Spelled as branches that each open with a character,
    looking back from there: see _ACTUAL_OPENING.)"""
    first, rest = words[0], words[1:]
    heads = [f"{head}(?<![^{after}]{head}){first}" for head in ("本部门", "部门", "本单位", "单位")]
    return "(?:" + "|".join([*heads, f"{first}(?<![^{after}]{first})"]) + ")" + rest


_TOTALS: Final = [
    # "本年支出合计…", and "2024年度支出合计…" (the year's: not a part's, "基本支出合计"), and a final
    # account's "2024年度支出决算…" / "本部门收入决算合计…" (the year's, beside its 基本支出 and 项目支出)
    # (the year's 年 is matched before the digit is looked back at, "年(?<=\d年)" for "(?<=\d)年": a pattern
    # whose every branch opens with a character is looked for at those characters only, three times faster)
    (
        "total_expenditure",
        re.compile(
            r"(?:本年度?|年(?<=\d年)度?)(?:本?部门|本?单位)?支出(?:决算)?(?:合计|(?<=决算))(?:为|是)?\s*"
            + _NUM
        ),
    ),
    (
        "total_income",
        re.compile(
            r"(?:本年度?|年(?<=\d年)度?)(?:本?部门|本?单位)?收入(?:决算)?(?:合计|(?<=决算))(?:为|是)?\s*"
            + _NUM
        ),
    ),
    # A budget's "2024年部门收入预算…" / "本部门本年收入预算合计…": the summary's 总计 where its parts name
    # 上年结转 beside the year's income (checked below); otherwise whether it is the 总计 or the 本年收入合计
    # is not told, and it is no claim.
    (
        "budget_income_whole",
        re.compile(
            r"(?:本年度?|年(?<=\d年)度?)" + _WITHIN_REACH.format("收入") + r"(?:[，,]?" + _BODY + r")?"
            r"(?:本?部门|本?单位)?(?:预算)?(?:本年)?收入(?:预算(?:合计|总额)?|总额)(?:为|是)?\s*" + _NUM
        ),
    ),
    # (the same of the expenditure side: "本年支出预算合计…，其中：基本支出…，项目支出…")
    (
        "budget_expenditure_whole",
        re.compile(
            r"(?:本年度?|年(?<=\d年)度?)" + _WITHIN_REACH.format("支出预算") + r"(?:[，,]?" + _BODY + r")?"
            r"(?:本?部门|本?单位)?(?:本年)?支出预算(?:合计|总额)?(?:为|是)?\s*" + _NUM
        ),
    ),
    # (the same opening a sentence, no year nor body before it: "。部门支出预算11,294.64万元，比2022年预算
    # 增加…", "。支出预算总额5,752,840.00元，比上年增加…"; claimed where the summary tells which it is)
    (
        "budget_income_opening",
        re.compile(_clause_opening("收入预算", "。") + r"(?:合计|总额)?(?:为|是)?\s*" + _NUM),
    ),
    # (or after "；" or "，" where the clause before it states the year's whole income: "2024年收入预算
    # 1770.65万元，全部为一般公共预算拨款收入；支出预算1770.65万元，其中：…", checked below)
    (
        "budget_expenditure_opening",
        re.compile(_clause_opening("支出预算", "。；;，,") + r"(?:合计|总额)?(?:为|是)?\s*" + _NUM),
    ),
    # "收入支出总计…", "收、支总计各…", and 收入总计 / 支出总计 stated apart (the summary's two 总计, equal);
    # not 财政拨款收入支出总计, nor the 支出总计 inside 收入支出总计.
    # (收入、支出总计, 收支总计, 收支总预算, 收入总计 or 支出总计, no 款 or 入 before it; its 收 or 支 matched
    # before the character ahead of it is looked back at, as above)
    (
        "total_income_expenditure",
        re.compile(
            r"(?:收(?<![款入]收)(?:入、?支出(?:预算|决算)?总计|、?支(?:预算|决算)?总计[各均]?|、?支总预算各?"
            r"|入(?:预算|决算)?总计)|支(?<![款入]支)出(?:预算|决算)?总计)[各均]?"
            # (a remark on what it holds: "收入总计（含上年结转）…")
            r"(?:\((?:含|包括)[^()]{1,16}\))?(?:为|是)?\s*" + _NUM
        ),
    ),
    (
        "fiscal_total_income_expenditure",
        re.compile(r"财政拨款收入、?支出(?:预算|决算)?总计[各均]?(?:为|是)?\s*" + _NUM),
    ),
    ("fiscal_total_income_expenditure", re.compile(r"财政拨款收入(?:预算)?总计(?:为|是)?\s*" + _NUM)),
    # (its expenditure side stated apart: "…，财政拨款支出预算总计…")
    ("fiscal_total_income_expenditure", re.compile(r"财政拨款支出(?:预算|决算)?总计(?:为|是)?\s*" + _NUM)),
    ("fiscal_total_income_expenditure", re.compile(r"财政拨款收、?支总预算(?:为|是)?\s*" + _NUM)),
    # (without 总 only right after the year, in a budget: "2025年财政拨款收支预算…", never "比上年财政拨款收支
    # 预算…" nor one fund's "一般公共预算财政拨款收支预算…")
    # (or the report's own name between, checked below: "2025年，天津市和平区审计局财政拨款收支预算…")
    (
        "fiscal_budget_of_the_year",
        re.compile(r"年(?<=\d年)度?(?:[，,]?" + _BODY + r")?财政拨款收、?支预算(?:为|是)?\s*" + _NUM),
    ),
    (
        # (or 总额: "2024年财政拨款收支预算总额1770.65万元")
        "fiscal_total_income_expenditure",
        re.compile(r"财政拨款收、?支(?:预算|决算)?(?:总计|总额)[各均]?(?:为|是)?\s*" + _NUM),
    ),
    # "政府采购预算总金额为…", "政府采购金额（以合同签订为准）为…"; not the share reserved for small
    # firms (预留…).
    (
        "procurement_total",
        re.compile(
            r"政府采购(?<!预留政府采购)(?<!中小企业政府采购)(?<!小微企业政府采购)"
            # (a short run of the words reports put between: 预算资金共计, 计划金额, 总预算, 支出共计安排)
            r"(?:支出|预算|资金|计划|合同|总支出|总金额|总预算|总额|金额合计|金额|安排|合计|共计|总计|共){0,4}"
            r"(?:\([^)]*\))?为?" + _NUM
        ),
    ),
    (
        "operating_costs",
        re.compile(
            # (quoted, "“机关运行经费”预算为…", or with a remark, "机关运行经费（公用经费）支出…"; 总额 /
            # 总计 closing the words: "机关运行经费支出总额为…")
            r"机关运行经费[”\"']?(?:\([^()]{1,12}\))?(?:当年)?(?:一般公共预算)?(?:财政拨款|拨款)?(?:预算)?(?:共计?)?"
            r"(?:支出)?(?:预算|决算)?(?:数)?(?:总额|总计)?(?:安排|共计|合计)?为?" + _NUM
        ),
    ),
]
# The year's whole income stated by the report of itself in the clause before a "；" or "，" ("银川市兴庆区
# 市场监督管理局2024年收入预算1770.65万元，全部为…；", ``_opened_by_the_report``): a 支出预算 after it is
# the year's whole spending, not a fund's nor a unit's.
_INCOME_WHOLE_RE: Final = re.compile(r"收入预算(?:合计|总额)?(?:为|是)?\s*" + _NUM)
# "收入预算6880.64万元，其中：本年收入6145.84万元，上年结转734.80万元": the year's own income beside the
# carry-over, claimed as the 本年收入合计 where the two add up to the whole before them.
_YEAR_INCOME_PART_RE: Final = re.compile(
    r"收入预算(?:合计|总额)?(?:为|是)?\s*"
    + _NUM
    + r"[，,]\s*其中[:：]?\s*本年收入(?:合计|预算)?(?:为|是)?\s*"
    + _NUM
    + r"[，,、]\s*(?:上年|年初)结转(?:和结余|结余)?(?:资金|收入)?(?:为|是)?\s*"
    + _NUM
    + r"[。；;，,]"
)
# What, in a procurement figure's clause before 政府采购, makes it a share of small firms, not the total.
_SHARE_OF_FIRMS_RE: Final = re.compile(r"中小|小微|小型微型|预留|授予")
# As the compacted stream prints them (full-width brackets folded: "因公出国(境)费"), in the wordings
# reports use: 因公出国（境）经费 / 费用, 公务用车购置和（与）运行维护费, 公务用车运维费.
_SANGONG_ITEM_RE: Final = re.compile(
    r"因公出国(?:\(境\))?(?:经费|费用|费)"
    r"|公务用车(?:购置[及和与]?运(?:行维护|行|维)|购置|运(?:行维护|行|维))(?:经费|费用|费)"
    r"|公务接待(?:经费|费用|费)"
)


def _last_sangong_item(text: str) -> str | None:
    """The 三公 item named last in a text (the one a figure after it belongs to), as printed."""
    found = _SANGONG_ITEM_RE.findall(text)
    if not found:
        return None
    # (named as the tables name it, whatever the wording: 运维 is 运行维护, 和 / 与 is 及, 经费 is 费)
    item = re.sub(r"(?:经费|费用)$", "费", found[-1].replace("运维", "运行维护"))
    return re.sub(r"购置[和与]运", "购置及运", item)


_HEADING_LINE_RE: Final = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])[^。；;，,:：\d]{2,30}(?:情况|说明|概况)$"
)


class _Stream:
    def __init__(self, lines: list[Line]):
        lines = _unswapped(_without_page_numbers(lines))
        self.lines = lines
        # (a numbered heading on a line of its own ends there: "三、一般公共预算当年拨款情况" is no piece of
        # the next line's subject, "一般公共服务支出（类）…")
        # (nor of the sentence before it, when that one ends without a full stop: "…机动经费140.2万元，占
        # 0.78%" then "四、财政拨款收支预算总表情况说明")
        texts = [
            "。" + text + "。" if _HEADING_LINE_RE.match(text) else text
            for text in (compact(line.text) for line in lines)
        ]
        self.starts = list(accumulate((len(text) for text in texts[:-1]), initial=0)) if texts else []
        # (a year in Chinese numerals, "二〇二二年", read as its digits: four characters for four, so every
        # place in the text stays where it was; also where a line break cuts it)
        self.text = _CN_YEAR_RE.sub(_digits_year, "".join(texts))

    def line_at(self, offset: int) -> Line:
        return self.lines[max(bisect.bisect_right(self.starts, offset) - 1, 0)]

    def sentence_at(self, start: int, end: int) -> str:
        left = max(self.text.rfind("。", 0, start), self.text.rfind(";", 0, start)) + 1
        right = self.text.find("。", end)
        return self.text[left : right + 1 if right != -1 else end]


_PAGE_NUMBER_RE: Final = re.compile(r"^[-—\s]*(?:第\s*)?\d{1,4}(?:\s*页)?[-—\s]*$")

# A line that stops on the verb of a figure ("…年初预算为450.52万元，支出决算为") and a line that opens on a
# figure ("449.52万元。决算数小于…").
_AWAITS_FIGURE_RE: Final = re.compile(r"(?:预算|决算|执行|支出|收入|合计|总计)数?(?:为|是)$")
_OPENS_ON_FIGURE_RE: Final = re.compile(r"^[\d,]+(?:\.\d+)?(?:万元|元|亿元)")


def _unswapped(lines: list[Line]) -> list[Line]:
    """The narrative's lines in reading order where ``pdftotext -layout`` printed two of them swapped: a
    sentence's continuation printed one line above it (the line opening on a figure, set a hair higher in a
    mixed-font line, comes before the line whose last words await that figure). Two neighbouring lines trade
    places only when the earlier opens on a figure that nothing before it awaits, the later awaits a figure,
    and the line after the later does not open on one."""
    if not any(line.positioned for line in lines):
        return lines  # (plain text keeps its lines in reading order)
    order = [i for i, line in enumerate(lines) if compact(line.text)]
    texts = {i: compact(lines[i].text) for i in order}
    result = list(lines)
    k = 1
    while k < len(order) - 1:
        before, upper, lower, after = (
            order[k - 1],
            order[k],
            order[k + 1],
            order[k + 2] if k + 2 < len(order) else None,
        )
        if (
            _OPENS_ON_FIGURE_RE.match(texts[upper])
            and not _AWAITS_FIGURE_RE.search(texts[before])
            and _AWAITS_FIGURE_RE.search(texts[lower])
            and not (after is not None and _OPENS_ON_FIGURE_RE.match(texts[after]))
            and lines[upper].page == lines[lower].page
        ):
            result[upper], result[lower] = lines[lower], lines[upper]
            k += 2
        else:
            k += 1
    return result


def _without_page_numbers(lines: list[Line]) -> list[Line]:
    """The narrative without the page numbers printed at the foot or head of a page: a sentence that runs
    over a page break must not read "减少30 30.8 万元"."""
    edges = set()
    for i, line in enumerate(lines):
        if i == 0 or lines[i - 1].page != line.page:
            edges.add(i)
        if i == len(lines) - 1 or lines[i + 1].page != line.page:
            edges.add(i)
    running = _running_lines(lines)
    # A marked page number or a footer that says what it is goes wherever it stands; a lone number only at a
    # page's edge (text without page breaks marks none, and a wrapped sentence can leave "30" on a line).
    return [
        ln
        for i, ln in enumerate(lines)
        if not (
            ln.page_number
            or is_page_footer(ln.text)
            or (i in edges and _PAGE_NUMBER_RE.match(ln.text))
            or i in running
        )
    ]


def _running_lines(lines: list[Line]) -> set[int]:
    """The lines of a running header or footer ("某某局2024年度部门决算" atop every page): a short line, no
    sentence, printed within the first or last two lines of two pages or more. A sentence running over a
    page break must not read "支出决算为某某局2024年度部门决算5,250.00万元"."""
    pages: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        if line.page is not None and compact(line.text):
            pages.setdefault(line.page, []).append(i)
    if len(pages) < 2:
        return set()
    at_edges: dict[str, list[int]] = {}
    for indices in pages.values():
        for i in {*indices[:2], *indices[-2:]}:
            printed = compact(lines[i].text)
            # a header may print its page's number ("某某局2024年度部门决算 2", "… 2/3"): compared without it
            # (a number set apart by a space, or 第…页: "…支出35" ends in a figure's piece)
            text = compact(_PAGE_NUMBER_AROUND_RE.sub("", lines[i].text.strip()))
            # a numbered heading may stand atop a page and again in the contents, a sentence's piece ending
            # two pages may repeat ("…支出35.60万", "…支出35" / ".60万元"): no running lines (a header states
            # no figure, and never breaks one)
            if (
                4 <= len(text) <= 40
                and not _SENTENCE_END_RE.search(text)
                and not NUMBERED_HEADING_RE.match(printed)
                and not _FIGURE_IN_LINE_RE.search(text)
                and not text[-1:].isdigit()
            ):
                at_edges.setdefault(text, []).append(i)
    return {i for text, found in at_edges.items() if len({lines[i].page for i in found}) >= 2 for i in found}


_SENTENCE_END_RE: Final = re.compile(r"[。；;，,：:]")
# A page number before or after a running line, set apart by a space: "2", "-2-", "2/3", or "第2页共3页"
# (never a year's digits, "2024年度…", nor a figure's piece, "…支出35").
_PAGE_NUMBER_AROUND_RE: Final = re.compile(
    r"^(?:[-—]*\d{1,4}(?:[/／]\d{1,4})?[-—]*\s+|第\d{1,4}页(?:共\d{1,4}页)?\s*)"
    r"|(?:\s+[-—]*\d{1,4}(?:[/／]\d{1,4})?[-—]*|\s*第\d{1,4}页(?:共\d{1,4}页)?)$"
)
_FIGURE_IN_LINE_RE: Final = re.compile(r"\d\.\d|\d,\d{3}|[%％]")


def _yuan(number: str, unit: str) -> Decimal | None:
    value = parse_amount(number)
    return None if value is None else to_yuan(value, unit)


_PASSED_BUDGET_RE: Final = re.compile(
    r"(?:调整后?预算|全年预算)(?:数)?为?\s*(-?[\d,]+(?:\.\d+)?)\s*(万元|元|亿元)"
)


def _rate_of_passed_budget(statement: str, actual, budget, rate: Decimal, decimals: int | None) -> bool:
    """Whether a stated rate is the actual's share of a 全年 / 调整 budget the statement names between its
    年初 budget and its actual ("年初预算数10.00万元，全年预算数12.00万元，执行数9.00万元，执行率75.00%"),
    and not of the 年初 budget."""
    passed = _PASSED_BUDGET_RE.search(statement)
    if passed is None or actual is None:
        return False
    other = _yuan(passed.group(1), passed.group(2))
    step = Decimal(1).scaleb(-((decimals or 0) + 2))  # one unit of the rate's last printed digit

    def fits(base) -> bool:
        return bool(base) and abs(actual / base - rate) <= step

    return fits(other) and not fits(budget)


def _rate(text: str | None) -> tuple[Decimal | None, int | None]:
    return parse_percent(text) if text else (None, None)


def _resolve_chain(chain: list[tuple[str, str]], names: dict[tuple[str | None, str], str]) -> str | None:
    """The functional code named by a 类/款/项 chain, looked up among the names the tables print."""
    code: str | None = None
    for name, _level in chain:
        found = names.get((code, name))
        if found is None:
            # A name the tables do not print under this parent: a partial code would put the claim on
            # the wrong level (a 项 compared with its 款).
            return None
        code = found
    return code


# Where the words naming a statement's subject start (after a comma, colon or closing bracket), and a year
# closing the text before a statement ("2019年度“三公”经费…": the statement is of that year).
_SUBJECT_HEAD_START_RE: Final = re.compile(r"[,，:：)）]")
_YEAR_CLOSING_RE: Final = re.compile(r"(\d{4})年度?[^。；;，,\d]{0,30}$")


class _Claims:
    """The claims of one narrative as they are read, each with its sentence and the line it starts on, and
    what reading them needs: the stream, the amounts and the subjects' names the tables print.
    (A class, not functions nested in parse_claims: compiled, a nested function and the frame it closes
    over refer to each other, a cycle that holds the whole parse's records until the garbage collector
    runs.)"""

    def __init__(
        self,
        ctx: Context,
        stream: _Stream,
        amounts: list[Amount],
        names: dict[tuple[str | None, str], str],
        fiscal_year: int | None,
    ) -> None:
        self.ctx = ctx
        self.stream = stream
        self.amounts = amounts
        self.names = names
        self.fiscal_year = fiscal_year
        self.found: list[Claim] = []
        self._moneys: ClaimMoneys | None = None  # read on the first budget-versus-actual claim

    def moneys(self) -> ClaimMoneys:
        if self._moneys is None:
            self._moneys = ClaimMoneys(self.stream.lines, self.stream.starts, self.amounts)
        return self._moneys

    def actual_of_subject(self, start: int, end: int, raw: str, unit: str, stated_rate: str | None) -> None:
        """An actual stated without its budget, of a 类/款/项 chain ("1.农林水支出(类)农业农村(款)行政
        运行(项)：支出决算为498.94万元，完成预算100.19%") or of the 一般公共预算 spending as a whole
        ("2022年一般公共预算支出决算数为7425.17万元，完成预算103.85%"): an execution claim with its actual
        (and its rate), no budget. Not of an earlier year, nor the whole where the sentence before speaks of
        a part (三公, a project: "…“三公”经费支出决算为…，其中，一般公共预算财政拨款支出决算为…")."""
        text, fiscal_year = self.stream.text, self.fiscal_year
        head = text[max(0, start - 160) : start]
        year = _YEAR_CLOSING_RE.search(head[-40:])
        if year and fiscal_year and int(year.group(1)) < fiscal_year:
            return
        sentence = _SENTENCE_BREAK_RE.split(head)[-1]
        clause = re.split(r"[,，]", sentence)[-1]
        whole = _WHOLE_SPENDING_RE.search(clause)
        if whole is not None and (_PART_BEFORE_RE.search(sentence) or _last_sangong_item(sentence)):
            return
        if whole is None and not _CHAIN_THEN_ACTUAL_RE.search(clause):
            return
        if whole is not None:
            name, code = whole.group(1), None
        else:
            # (the item's sentence from its number on, after any figure of an item before it: "…完成预算
            # 103.85%。其中：1.社会保障和就业支出(类)…", "…(项)：支出决算为…万元，2.农林水支出(类)…")
            item = re.split(r"(?:^|[。;；:：])\s*\d{1,2}[、.．]", sentence)[-1]
            if figures := list(_STATED_FIGURE_RE.finditer(item)):
                item = re.sub(r"^[\s,，]*\d{1,2}[、.．]", "", item[figures[-1].end() :])
            name, code = _chain(
                item, self.names, national=not BY_ECONOMIC_CLASS_RE.search(sentence), year=fiscal_year
            )
            if name is None:
                return
        rate, decimals = _completion_rate(text[start:end], stated_rate) if stated_rate else (None, None)
        if "完成全年预算" in text[start:end]:
            rate = decimals = None  # a rate against the 全年 budget, not the 年初 one the tables print
        # (the money the statement speaks of, as for a statement with its budget: its words', else its
        # section's, a 政府性基金 项's or the 本年支出's of all sources)
        money = self.moneys().of(start, named_money(name) if code is None else None, code, part=False)
        self.add(
            "execution",
            start,
            end,
            code=code,
            name=name,
            actual=_yuan(raw, unit),
            rate=rate,
            decimals=decimals,
            unit=unit,
            raw=raw,
            fund_scope=money,
        )

    def add(
        self,
        kind,
        start,
        end,
        *,
        code=None,
        name=None,
        budget=None,
        actual=None,
        rate=None,
        decimals=None,
        amount=None,
        unit=None,
        raw=None,
        prior=None,
        change=None,
        line_at=None,
        fund_scope=None,
    ) -> None:
        line = self.stream.line_at(start if line_at is None else line_at)
        self.found.append(
            Claim(
                self.ctx.document_id,
                kind,
                code,
                name,
                budget,
                actual,
                rate,
                decimals,
                amount,
                unit,
                prior,
                change,
                raw,
                self.stream.sentence_at(start, end),
                line.number,
                line.page,
                fund_scope,
            )
        )


def parse_claims(
    lines: list[Line], ctx: Context, amounts: list[Amount], fiscal_year: int | None = None
) -> list[Claim]:
    stream = _Stream(lines)
    text = stream.text
    # (one variable each, whatever a passage below finds: a subject's code and name, a statement's match)
    code: str | None
    name: str | None
    match: Any
    names: dict[tuple[str | None, str], str] = {}
    for a in amounts:
        if a.classification == "functional" and a.subject_code and a.subject_name:
            parent = a.subject_code[:-2] if len(a.subject_code) > 3 else None
            names.setdefault((parent, a.subject_name.rstrip("支出")), a.subject_code)
            names.setdefault((parent, a.subject_name), a.subject_code)
    # and the rows printing no figure this year (a 项 whose spending stopped, its change still told)
    for code, name in ctx.subject_names.items():
        parent = code[:-2] if len(code) > 3 else None
        names.setdefault((parent, name.rstrip("支出")), code)
        names.setdefault((parent, name), code)
    claims = _Claims(ctx, stream, amounts, names, fiscal_year)

    previous_end = 0
    executions: list[tuple[int, int]] = []
    # A budget report (预算) is made before its year is spent: a budget-versus-actual statement in it
    # ("三、上年预算执行情况 2024年…年初预算为…，支出决算为…") tells of a closed year, whose final account
    # prints those figures; no table of this report does, so it is no claim about them.
    closed_year = ctx.doc_kind == "budget"
    for match in _executions(text):
        head = text[previous_end : match.start]
        previous_end = match.end
        executions.append((match.start, match.end))
        year = _YEAR_CLOSING_RE.search(head[-40:])
        if closed_year or (year and fiscal_year and int(year.group(1)) < fiscal_year):
            # (an earlier year's budget and actual, told for comparison: "2019年度“三公”经费财政拨款年初
            # 预算为…，支出决算为…" in a 2020 final account, no figure of its tables)
            continue
        # The subject is named in the same sentence ("一般公共预算财政拨款支出年初预算为…") or, for itemised
        # explanations, by the 类/款/项 chain that opens the item ("1、…（类）…（款）…（项）。…年初预算为").
        sentence = _SENTENCE_BREAK_RE.split(head)[-1]
        if _TIME_WORDS_RE.fullmatch(sentence):
            sentence = ""  # "1.因公出国（境）费。全年预算数为…": the item's heading names the subject
        item = re.split(r"(?:^|[。;；])\s*\d{1,2}[、.]", head)[-1] if not sentence.strip() else sentence
        figures = list(_STATED_FIGURE_RE.finditer(item))
        if figures and not item[figures[-1].end() :].strip("。，,；;：: "):
            # the item's own amount right after its chain ("…行政单位医疗（01项）90万元。年初预算为…"): the
            # chain stands before that figure, after any earlier statement's
            item = item[figures[-2].end() if len(figures) > 1 else 0 : figures[-1].start()]
        elif figures:
            item = item[figures[-1].end() :]
        # a 类/款/项 chain, named ("…（类）…（款）…（项）") or coded ("农林水支出（213类）农业农村（01款）…")
        chain_name, code = _chain(
            item, names, national=not BY_ECONOMIC_CLASS_RE.search(sentence), year=fiscal_year
        )
        chain = chain_name is not None
        sentence_head = _SUBJECT_HEAD_START_RE.split(sentence)[-1]
        # its own clause, or the item's heading when the sentence opens the item ("1.因公出国（境）费。年初…")
        sangong_item = _last_sangong_item(_CLAUSE_BREAK_RE.split(sentence)[-1]) or (
            _last_sangong_item(item) if not sentence.strip() else None
        )
        glued = _glued_code(item, names) if not chain and sangong_item is None else None
        if chain:
            name, kind = chain_name, "execution"
        elif glued is not None:
            (name, code), kind = glued, "execution"  # "4.2080505机关事业单位…：", "质量基础（2013812）："
        elif sangong_item is not None:
            name, kind = sangong_item, "sangong_execution"
        elif "三公" in sentence_head:
            name, kind = "三公", "sangong_execution"
        else:
            # Drop a section heading the sentence follows on the next line ("（三）…具体情况"), and the
            # year ("2024年度一般公共预算财政拨款支出").
            if not sentence_head.strip() and re.search(r"[:：]\s*$", sentence):
                # the item's heading ends its sentence: "1.行政运行：年初预算为…", "2.计量检定服务（2024）："
                heading = re.split(r"[,，:：]", sentence.rstrip(" :："))[-1]
                sentence_head = _NUMBERING_RE.sub("", re.sub(r"[(（][^()（）]*[)）]?$", "", heading))
            subject = re.sub(r"^.*?[(（][一二三四五六七八九十]+[)）][^。]*?情况", "", sentence_head)
            subject = re.sub(r"^.*?\d{4}年度?", "", _HEADING_RE.sub("", subject))
            name, kind = subject.strip("，,：: ") or None, "execution"
            if name and code is None:
                section = _SECTION_HEADING_RE.findall(text[: match.start])
                alone = not (section and re.search(r"绩效|项目", section[-1]))
                code = unmarked_chain_code(_NUMBERING_RE.sub("", name), names, alone)
        if match.named_only and kind == "execution":
            # "无年初预算" / "年初预算为0" is said of an income, a project or several subjects too: a claim
            # only of one subject of the tables its clause names, a 类/款/项 chain with nothing after it or
            # a name the tables print; none (rather than the whole's) for "其中：信息化运维项目，无年初预算，
            # 支出决算为…" or "…（项）和…（项）均无年初预算，…"
            marks = list(_LEVEL_MARK_RE.finditer(item)) if chain else []
            if (
                not (marks or code is not None)
                or _JOINED_SUBJECTS_RE.search(item)
                or _SAID_OF_SEVERAL_RE.search(head)
                # (a sentence after the chain's: "…（项）。主要用于：…。无年初预算，…")
                or (marks and not _CHAIN_TAIL_RE.fullmatch(item[marks[-1].end() :].rsplit("。", 1)[-1]))
            ):
                continue
        rate, decimals = _completion_rate(text[match.start : match.end], match.rate)
        full_year_rate = "完成全年预算" in text[match.start : match.end]
        if full_year_rate and text[max(0, match.start - 2) : match.start] != "全年":
            rate = decimals = None  # a rate against the 全年 budget stated beside the 年初 one
        budget, actual = _yuan(match.budget, match.budget_unit), _yuan(match.actual, match.actual_unit)
        if kind == "execution" and code is None and not name and budget == 0:
            # no budget said of no subject ("其中：信息化运维项目，年初未安排预算，…", "2．住房保障支出，年初
            # 无预算，…"): never the whole report's (a budget of zero), and whose it is cannot be told
            continue
        if rate is not None and _rate_of_passed_budget(
            text[match.start : match.end], actual, budget, rate, decimals
        ):
            rate = decimals = None  # the rate against the 全年 / 调整 budget passed over, not the 年初 one
        if kind == "execution" and name and "机关运行经费" in name:
            # 机关运行经费 has its table: its actual is the claim (the budget is no table's figure)
            claims.add(
                "operating_costs",
                match.start,
                match.end,
                amount=actual,
                unit=match.actual_unit,
                raw=match.actual,
            )
            continue
        if (
            kind == "execution"
            and code is None
            and not (name or "").endswith("支出")
            and re.search(r"执行数|实际执行", text[match.start : match.end])
        ):
            continue  # a project's 执行数 (绩效自评: "该项目年初预算…，执行数…"), the self-evaluation's own
        if kind == "execution" and (
            (name and _NOT_A_SUBJECT_RE.search(name)) or text[max(0, match.start - 2) : match.start] == "全年"
        ):
            # 会议费 / 培训费 (no table prints them), or a 全年 (adjusted) budget, never the 年初 one the
            # tables print: not compared
            continue
        money = None
        if kind == "execution":
            # the money the statement speaks of (fund_scope.py): its own words' (the sentence's where the
            # subject stops at a bracket: "本年支出合计（含…）年初预算为…"), else its sections'
            own_money: str | None = (
                (named_money(name) or named_money(_HEADING_RE.sub("", sentence))) if code is None else None
            )
            # (a whole stated as a part of the sentence's whole, after its 其中, names no money for the
            # items after it: "财政拨款支出…。其中：一般公共预算…；政府性基金…" then "自然资源规划及管理…")
            part = "其中" in text[text.rfind("。", 0, match.start) + 1 : match.start]
            money = claims.moneys().of(match.start, own_money, code, part=part)
        claims.add(
            kind,
            match.start,
            match.end,
            code=code,
            name=name,
            budget=budget,
            actual=actual,
            rate=rate,
            decimals=decimals,
            unit=match.budget_unit,
            raw=match.actual,
            fund_scope=money,
        )
        _check_comparison_word(ctx, stream, match.end, budget, actual, name)
    actual_spans = list(executions)  # (the statements of an actual already read: no chain's actual again)
    for match in _ACTUAL_RATE_RE.finditer(text):
        actual_spans.append(match.span())
        if closed_year or any(start <= match.start() < end for start, end in executions):
            continue  # the actual of a budget-versus-actual sentence, claimed with its budget above
        # The item is named in the clause the figure closes ("其中：公务接待费支出决算为…").
        head = re.split(r"[。;；,，]", text[max(0, match.start() - 30) : match.start()])[-1]
        item = _last_sangong_item(head) or ("三公" if "三公" in head else None)
        if item is None:
            claims.actual_of_subject(
                match.start(), match.end(), match.group(1), match.group(2), match.group(3)
            )
            continue
        rate, decimals = _rate(match.group(3))
        claims.add(
            "sangong_execution",
            match.start(),
            match.end(),
            name=item,
            actual=_yuan(match.group(1), match.group(2)),
            rate=rate,
            decimals=decimals,
            unit=match.group(2),
            raw=match.group(1),
        )
    for match in _CHAIN_ACTUAL_RE.finditer(text):
        if not closed_year and not any(
            start < match.end() and match.start() < end for start, end in actual_spans
        ):
            claims.actual_of_subject(match.start(), match.end(), match.group(1), match.group(2), None)
    for change in find_changes(text, names, fiscal_year, ctx.phase):
        if "分别" in text[max(change.start, change.figure_at - 12) : change.figure_at + 2] or (
            change.subject_name or ""
        ).endswith("分别"):
            continue  # "分别比上年减少…和…": a change each for the subjects before: whose is which, not told
        claims.add(
            "year_on_year",
            change.start,
            change.end,
            code=change.subject_code,
            name=change.subject_name,
            rate=change.rate,
            decimals=change.rate_decimals,
            amount=change.amount_yuan,
            unit=change.unit,
            raw=change.amount_raw,
            prior=change.prior_yuan,
            change=change.change_yuan,
            line_at=change.figure_at,
        )
        if change.contradiction:
            why, expected, observed = change.contradiction
            ctx.diagnose(
                "warn",
                "stated_change_mismatch",
                f"{change.subject_name or 'A year-on-year claim'}: {why} "
                f"(“{stream.text[change.start : change.end]}”).",
                line=stream.line_at(change.figure_at),
                expected=expected,
                observed=observed,
            )
    for kind, pattern in _TOTALS:
        for match in pattern.finditer(text):
            stated = kind
            sentence_after = _SENTENCE_BREAK_RE.split(text[match.end() :], maxsplit=1)[0]
            carried_part = _CARRIED_PART_RE.search(sentence_after) is not None
            if kind == "fiscal_budget_of_the_year":
                if ctx.phase == "actual" or _names_another_body_after_year(match.group(0), ctx.unit_name):
                    continue  # (a final account's words about its budget: no table of it prints that)
                stated = "fiscal_total_income_expenditure"
            if kind in ("budget_income_opening", "budget_expenditure_opening"):
                if "总计" in sentence_after or ctx.phase == "actual":
                    continue
                if text[match.start() - 1 : match.start()] in (
                    "；",
                    ";",
                    "，",
                    ",",
                ) and not _after_income_whole(text, match.start() - 1, ctx.unit_name, fiscal_year):
                    continue  # (a fund's clause: "…一般公共预算拨款收入预算1,000.00万元；支出预算…")
                if _under_a_parts_heading(text, match.start(), ctx.unit_name):
                    continue
                side = "income" if kind == "budget_income_opening" else "expenditure"
                stated = "total_" + side
                # the year's whole: its parts after 其中 add up, none carried over; or the summary prints that
                # side's 本年合计 and 总计 alike, and this figure (whichever the sentence means, the same)
                figure = _yuan(match.group(1), match.group(2))
                if figure is None or not (
                    (not carried_part and _parts_add_up(text, match))
                    or _summary_without_carryover(amounts, side) == figure
                ):
                    continue
            elif kind in ("budget_income_whole", "budget_expenditure_whole"):
                # (its parts, after 其中, list 上年结转 with its own figure, and the sentence states no
                # 收入总计 of its own; never a final account's, whose tables print no budget's 总计)
                if "总计" in sentence_after or ctx.phase == "actual":
                    continue
                # (the report's own name between the year and its income: "2019年某某区统计局收入预算总额…",
                # never another body's)
                if _names_another_body_after_year(match.group(0), ctx.unit_name):
                    continue
                # (nor another body's: "某某区商务发展服务中心2024年收入预算…", its name before the year)
                # (or before a colon, a unit's or the department's 机关's: "分单位看，局机关：本年收入预算…")
                clause = re.split(r"[。；;，,]", text[max(0, match.start() - 40) : match.start()])[-1]
                pieces = re.split(r"[：:]", clause)
                if any(
                    _another_body(re.sub(r"\d{4}$", "", named), ctx.unit_name) for named in pieces[-2:]
                ) or (
                    # (the 机关 named before a colon, not the report's own name:
                    # "某某委员会机关本年收入预算…")
                    len(pieces) > 1
                    and _OWN_PART_RE.search(pieces[-2])
                    and not same_body(pieces[-2], ctx.unit_name or "")
                ):
                    continue
                side = "income" if kind == "budget_income_whole" else "expenditure"
                if carried_part and kind == "budget_income_whole":
                    stated = "total_income_expenditure"
                elif not carried_part and (
                    _parts_add_up(text, match)
                    # (or the summary prints that side's 本年合计 and 总计 alike, and this figure: whichever
                    # the sentence means, the same, "2024年部门收入预算6185.52万元，支出预算6185.52万元，…")
                    or _summary_without_carryover(amounts, side) == _yuan(match.group(1), match.group(2))
                ):
                    # the year's sources (or uses) listed after 其中 add up to it, none carried over: the
                    # 本年收入合计 (本年支出合计) it is, whatever the summary's 总计 holds beside it
                    stated = "total_" + side
                else:
                    continue
            elif kind == "procurement_total" and _SHARE_OF_FIRMS_RE.search(
                re.split(r"[，,。;；:：]", text[max(0, match.start() - 40) : match.start()])[-1]
            ):
                continue  # the share reserved or awarded to small firms ("预留给中小企业的政府采购预算资金…")
            elif kind in ("total_income", "total_expenditure") and "决算" in match.group(0):
                # a final account's 收入决算 / 支出决算 whose parts name the carry-over: the 总计
                if carried_part:
                    stated = "total_income_expenditure"
                # (a part's or another body's: "一般公共预算财政拨款支出决算总体情况 2024年度支出决算…",
                # "“三公”经费2024年度支出决算…", "本部门所属某某公证处2024年度支出决算…")
                pieces = _SENTENCE_BREAK_RE.split(text[max(0, match.start() - 60) : match.start()])
                # (the sentence, and the heading it opens under: a short piece printing no figure)
                heading = (
                    pieces[-2]
                    if len(pieces) > 1 and len(pieces[-2]) <= 30 and not re.search(r"\d", pieces[-2])
                    else ""
                )
                if _NARROWER_DECIDED_RE.search(heading + pieces[-1]):
                    continue
            # (a match opening with the year's 年, "2023年度支出合计…", holds the year's 年 itself)
            opening = 2 if match.group(0).startswith("年度") else 1 if match.group(0).startswith("年") else 0
            before_total = text[max(0, match.start() - 20) : match.start() + opening]
            year = re.search(r"(\d{4})年度?[^。；;，,\d]{0,12}$", before_total)
            if year and fiscal_year and int(year.group(1)) < fiscal_year:
                continue  # an earlier year's total ("2023年度本年支出合计为…" in a 2024 report)
            if (
                kind in ("budget_income_whole", "budget_expenditure_whole")
                and year
                and fiscal_year
                and int(year.group(1)) != fiscal_year
            ):
                continue  # next year's budget ("2025年部门收入预算…" in a 2024 report)
            before = text[max(0, match.start() - 4) : match.start()]
            if kind == "total_income_expenditure" and re.search(
                r"资金|基金|其他|经营|事业|预算|基本|项目|拨款|人员|公用|单位$|款收入、$",
                re.sub(r"(?:部门|单位)(?:预算|决算)$", "", before),  # the report's own ("部门预算收入总计")
            ):
                continue  # a part's total ("其他资金收入预算总计", "基本支出总计"), not the report's
            # the clause before it, after a heading or the year (the unit's name comes before the year)
            clause = re.split(
                r"[。；;，,：:]|情况说明|\d{4}年度?", text[max(0, match.start() - 40) : match.start()]
            )[-1]
            # (a remark in brackets and the unit's own name are no narrower subject: "本中心（含下属事业
            # 单位）", "某某市社会保险基金管理中心")
            clause = re.sub(r"\([^)]*\)|（[^）]*）", "", clause)
            if (
                kind.endswith("total_income_expenditure")
                and _NARROWER_RE.search(clause)
                and not _UNIT_END_RE.search(clause)
            ):
                continue  # "“三公”经费支出总计…", "政府性基金预算财政拨款收入支出决算总计…": a part's
            if _another_body(clause, ctx.unit_name):
                continue  # "其中：株洲市农业农村局机关收、支总计各…": a unit's, not the report's
            if kind == "operating_costs" and ctx.phase == "actual" and "预算" in match.group(0):
                continue  # a final account's 机关运行经费 budget: its actual is claimed with it
            if kind == "total_income_expenditure":
                # "财政拨款收入总计…，支出总计…": both the 财政拨款 totals, said once for the sentence.
                start = max(
                    text.rfind("。", 0, match.start()), text.rfind("；", 0, match.start()), match.start() - 40
                )
                if re.search(r"财政拨款收入(?:预算)?总计[^。；;]*$", text[start + 1 : match.start()]):
                    stated = "fiscal_total_income_expenditure"
            claims.add(
                stated,
                match.start(),
                match.end(),
                amount=_yuan(match.group(1), match.group(2)),
                unit=match.group(2),
                raw=match.group(1),
            )
    if ctx.phase != "actual":
        for match in _YEAR_INCOME_PART_RE.finditer(text):
            whole, own, carried = (_yuan(match.group(n), match.group(n + 1)) for n in (1, 3, 5))
            # (the year's own and the carry-over adding up to the whole, said of the report itself and its
            # year: not under a fund's heading, nor of a fund, a unit or another year)
            if (
                None in (whole, own, carried)
                or own + carried != whole
                or not _opened_by_the_report(text, match.start(), ctx.unit_name, fiscal_year)
                or _under_a_parts_heading(text, match.start(), ctx.unit_name)
            ):
                continue
            claims.add(
                "total_income",
                match.start(3),
                match.end(4),
                amount=own,
                unit=match.group(4),
                raw=match.group(3),
            )
    if ctx.phase == "actual" and "执行率" in text:
        for match in _PROJECT_SELF_EVALUATION_RE.finditer(text):
            # a project's self-evaluation told in the 说明 ("森林生态效益补偿项目全年预算数560.00万元，执行数
            # 568.30万元，执行率101.48%"), as the 绩效自评表 tells it: its budget the 全年 one
            name = match.group(1)
            for heading in _HEADING_RES:
                name = heading.sub("", name) or name
            name = _NUMBERING_RE.sub("", name).strip(_CHAIN_MARKS + " ")
            if len(name) < 4 or _NO_PROJECT_NAMED_RE.match(name):  # ("本项目", "上述项目"): none named
                continue
            rate, decimals = parse_percent(match.group(6))
            claims.add(
                "project_execution",
                match.start(1),
                match.end(),
                name=name,
                budget=_yuan(match.group(2), match.group(3)),
                actual=_yuan(match.group(4), match.group(5)),
                rate=rate,
                decimals=decimals,
                unit=match.group(5),
                raw=match.group(4),
            )
    return claims.found


# A project pointed at, not named: "该项目", "上述项目", "以上2个项目", "各项目".
_NO_PROJECT_NAMED_RE: Final = re.compile(r"^(?:本|该|此|上述|以上|前述|各|所有|全部|其他|其余)")
# A project's self-evaluation in the 说明: "<name>项目(年初预算X万元,)(全年)预算数Y万元,(全年)执行数Z万元,
# 执行率R%".
_PROJECT_SELF_EVALUATION_RE: Final = re.compile(
    r"([^。;；,，:：()]{2,40}?项目)(?:年初预算(?:数)?(?:为)?-?[\d,]+(?:\.\d+)?\s*(?:万元|元|亿元),)?"
    r"(?:全年)?预算(?:数)?(?:为)?"
    + _NUM
    + r",(?:全年)?执行(?:数)?(?:为)?"
    + _NUM
    + r",(?:预算)?执行率(?:为)?(\d+(?:\.\d+)?)%"
)


# A part's figure after a whole's 其中 ("其中：一般公共预算收入9,919.97万元，占99.40%；其他资金60万元").
_PART_FIGURE_RE: Final = re.compile(r"(?<![\d.,])" + _NUM)


# The department's own 机关 or 本级 named as one of its units ("局机关：", "机关本级："): a part.
_OWN_PART_RE: Final = re.compile(r"(?:机关|本级)$")


def _completion_rate(statement: str, raw: str | None) -> tuple[Decimal | None, int | None]:
    """A statement's completion rate and its printed decimals; an overrun ("超出预算20.40%") is 100% more."""
    rate, decimals = _rate(raw)
    if rate is not None and _OVERRUN_RE.search(statement.rsplit(raw, 1)[0]):
        rate += 1
    return rate, decimals


def _opened_by_the_report(text: str, start: int, unit_name: str | None, fiscal_year: int | None) -> bool:
    """Whether the words of a figure's sentence (or clause after "；") before ``start`` leave it the report's
    own of its year ("北京市海淀区城市管理委员会2024年", "2025年，本部门", "按照综合预算的原则，2024年…"):
    they name no other year, no fund or part (一般公共预算拨款方面, 专项资金, 局机关), no body but the
    report's."""
    opening = text[max(text.rfind(mark, 0, start) for mark in ("。", "；", ";")) + 1 : start]
    if unit_name:
        opening = opening.replace(compact(unit_name), "")
    for year in re.findall(r"(\d{4})年度?", opening):
        if fiscal_year is None or int(year) != fiscal_year:
            return False
    # (a year parts the words around it: a body's name before it, "区环境卫生服务中心2024年部门预算中")
    rest = re.sub(r"\d{4}年度?", ",", re.sub(r"[本我](?:部门|单位|局|委|中心|院)", "", opening))
    if _NARROWER_DECIDED_RE.search(rest) or _PART_OPENING_RE.search(rest):
        return False
    return not any(
        _another_body(piece, unit_name) or (unit_name is None and body_named(compact(piece)))
        for piece in re.split(r"[，,：:]", rest)
        if piece
    )


# Words before a whole that make it a part's: a fund's money, a unit's or the 机关's, last year's.
_PART_OPENING_RE: Final = re.compile(r"专项|资金|机关|上年|单位[:：]|分单位|其中")


def _after_income_whole(text: str, mark: int, unit_name: str | None, fiscal_year: int | None) -> bool:
    """Whether the clause ending at a "；" or "，" (at ``mark``) states the report's own whole income of its
    year ("2024年部门收入预算6185.52万元，支出预算…"; "…2024年收入预算1770.65万元，全部为一般公共预算
    拨款收入；支出预算…"), its sentence opened by the report alone (``_opened_by_the_report``)."""
    clause_start = max(text.rfind(m, 0, mark) for m in ("。", "；", ";")) + 1
    income = _INCOME_WHOLE_RE.search(text, clause_start, mark)
    return income is not None and _opened_by_the_report(text, income.start(), unit_name, fiscal_year)


def _under_a_parts_heading(text: str, start: int, unit_name: str | None) -> bool:
    """Whether a figure at start stands under the section or sub-section of a fund or a part ("三、一般公共
    预算拨款支出预算情况。", "(二)政府性基金预算拨款收支情况。") or in a paragraph on a unit of the department
    ("某某中心为局属事业单位。"): theirs, not the report's whole."""
    before = text[max(0, start - 400) : start]
    headings = [m for regex in _SECTION_HEADING_RES for m in regex.finditer(before)]
    # (the paragraph so far: the text since the last heading, else the sentence before)
    heading, paragraph = "", (before.split("。")[-2] if "。" in before else "")
    if headings:
        last = max(headings, key=lambda m: m.start())
        heading, paragraph = last.group(1), before[last.end() :]
    return bool(_NARROWER_DECIDED_RE.search(heading)) or _on_a_unit_of_the_department(paragraph, unit_name)


def _on_a_unit_of_the_department(paragraph: str, unit_name: str | None) -> bool:
    """Whether a paragraph says a body other than the report's own is a unit of the department ("区测试
    中心为局属事业单位"): its figures after that are the unit's."""
    return any(
        _another_body(match.group(1), unit_name) for match in _UNIT_OF_THE_DEPARTMENT_RE.finditer(paragraph)
    )


def _summary_without_carryover(amounts: list[Amount], side: str) -> Decimal | None:
    """The figure a budget's 收支总表 prints as its side's 本年收入合计 (本年支出合计) and 收入总计 (支出总计)
    alike (nothing carried over on that side), or None."""
    summary = [a for a in amounts if base_table_key(a.table_key) == "income_expenditure_summary"]
    year, grand = side_totals(summary, side, "budget")
    return (
        year.amount_yuan
        if year is not None and grand is not None and year.amount_yuan == grand.amount_yuan
        else None
    )


def _names_another_body_after_year(matched: str, unit_name: str | None) -> bool:
    """Whether a total's words name a body between the year and the total that is not the report's own
    ("2019年某某区统计局收入预算总额…" of the report of 某某区统计局 is its own)."""
    body = _BODY_AFTER_YEAR_RE.match(matched)
    named = body.group(1) if body else None
    return bool(named) and not (
        _OWN_BODY_RE.fullmatch(named)  # "本中心", "我局": the report's own, never "本局所属…中心"
        # (its whole name or its short form, never its 部门's nor a superior body's name)
        or (unit_name and unit_name.endswith(named) and len(named) >= 4)
        or named == unit_name
    )


def _parts_add_up(text: str, match: re.Match) -> bool:
    """Whether the figures listed after 其中 in a whole's sentence, all in the whole's unit and no
    change among them, add up to the whole (to the printed rounding)."""
    sentence = text[match.end() : (text.find("。", match.end()) + 1 or len(text))]
    # (or a single source the whole is: "收入预算2809.66万元，全部为一般公共预算拨款收入")
    if re.match(
        # (after a change of it, "，比上年增加95.12万元，增长7.32%，全部为一般公共预算财政拨款收入")
        r"(?:[,，](?:比|较|与)[^,，。;；]*?(?:增加|减少|增长|下降|持平)[^,，。;；]*"
        r"(?:[,，](?:增长|下降)[^,，。;；]*)?)?"
        r"[,，]?全部(?:为|是|来自)(?:一般公共预算|公共财政预算)?(?:财政)?拨款(?:收入)?[,，。;；]",
        sentence,
    ):
        return True
    listed = re.match(r"[,，]?其中[:：]?", sentence)
    if not listed or re.search(r"增加|减少|增长|下降|持平|比上年|上年|结转", sentence):
        return False
    parts = list(_PART_FIGURE_RE.finditer(sentence))
    return (
        bool(parts)
        and {part.group(2) for part in parts} == {match.group(2)}
        and printed_sum_holds(match.group(1), [part.group(1) for part in parts])
    )


# How the name of a unit ends (its own total's subject, whatever words its name holds).
def _another_body(clause: str, unit_name: str | None) -> bool:
    """Whether a clause before a total names a body other than the report's own (one of a department's
    units, its 机关 among them), by a name of its own: not 本部门, nor the report's name or a part of it."""
    name = compact(clause)
    if unit_name is None or not body_named(name):
        return False
    return name not in unit_name and not unit_name.endswith(name) and not same_body(name, unit_name)


_UNIT_END_RE: Final = re.compile(
    r"(?:局|中心|委员会|办公室|人民政府|政府|院|所|站|队|馆|处|厅|学校|小学|中学|幼儿园|医院|本部门|本单位|我单位)$"
)
# A subject narrower than the report named before a 总计 in its clause.
_NARROWER_RE: Final = re.compile(
    r"三公|采购|基金|国有资本|机关运行|资金|经营|事业|基本|项目|人员|公用|会议|培训|专户"
)
_COMPARISON_RE: Final = re.compile(r"决算数?(大于|小于|等于|高于|低于)(?:年初)?预算数?")


def _check_comparison_word(ctx: Context, stream: _Stream, end: int, budget, actual, subject) -> None:
    """'决算数大于预算数' right after a budget-versus-actual sentence must agree with its two figures."""
    if budget is None or actual is None:
        return
    window = stream.text[end : end + 40]
    match = _COMPARISON_RE.search(window)
    if not match or re.search(r"年初预算(?:数)?为", window[: match.start()]):
        return
    word = match.group(1)
    holds = {
        "大于": actual > budget,
        "高于": actual > budget,
        "小于": actual < budget,
        "低于": actual < budget,
        "等于": actual == budget,
    }[word]
    if not holds:
        line = stream.line_at(end + match.start())
        ctx.diagnostics.append(
            Diagnostic(
                ctx.document_id,
                ctx.source_file,
                "warn",
                "comparison_word_contradicts",
                None,
                line.number,
                f"决算数{'小于' if actual < budget else '大于' if actual > budget else '等于'}预算数",
                f"决算数{word}预算数",
                f"{subject or 'The item'}: the narrative says 决算数{word}预算数, but it states 年初预算 "
                f"{budget} 元 and 支出决算 {actual} 元.",
            )
        )
