"""Document metadata from the cover and titles: kind, unit, fiscal year, scope, region.

Covers are printed many ways: "江苏省人民检察院 / 2019年度部门预算公开", "2023年度湖北省教育厅部门预算",
"上海市普陀区2026年区级部门预算 / 预算主管部门：…", "湖北省教育厅部门决算 / （2022年度）",
"二〇二二年度…". The year and kind come from the cover's title line (never from the narrative:
"完成2022年预算的100%" is no title), the unit from the title, a cover line that names a body (…局, …院,
…中心), or a field that names it (预算单位：, 编制部门：, 预算主管部门：…); a 主管部门 of a unit's report
is its supervisor, not the unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from .layout import Line
from .tokens import compact, halfwidth

_CN_DIGITS: Final = str.maketrans("〇○零一二三四五六七八九", "000123456789")
_YEAR: Final = r"(20\d{2}|二[〇○零][〇○零一二三四五六七八九]{2})"
# A report's title: [unit] YEAR年[度] [unit | 区级 …] [部门|单位][综合|财务|收支](预算|决算), not a phrase of
# the narrative ("2022年预算的", "2022年预算数", "2022年预算执行") nor a table's title ("…决算表").
_TITLE_RE: Final = re.compile(
    r"^(?P<before>.{0,40}?)" + _YEAR + r"年(?:度)?(?P<middle>[^\d,，。;；:：%]{0,20}?)"
    r"(?P<scope>部门|单位)?(?:综合|财务|收支)?(?P<kind>预算|决算)(?![表数执完为比和与占]|的(?!说明))"
)
_YEAR_ALONE_RE: Final = re.compile(_YEAR + r"年(?:度)?(?!\d|[一二三四五六七八九十]{1,2}月)")
_KIND_ALONE_RE: Final = re.compile(
    r"(?P<before>.{0,40}?)(?P<scope>部门|单位)?(?:综合|财务|收支)?(?P<kind>预算|决算)(?![表数执完为比和与占]|的(?!说明))"
)
# Fields that name the report's own body; 主管部门 / 主管单位 alone name its supervisor.
_UNIT_FIELD_RE: Final = re.compile(
    r"(?:编制部门|编制单位|部门名称|单位名称|预算单位|预算主管部门|(?<!主管)部门)(?:\(盖章\))?[:：]\s*"
    r"([^\s:：]{2,40}?)(?=\s|(?:实施|编制)?单位[:：]|单位名称|$)"
)
# "单位：某市水文站" on a cover (a body's name, never an amount unit: the value must read as a name).
_BARE_UNIT_FIELD_RE: Final = re.compile(
    r"^单位[:：]\s*([^\s:：]{2,40}?(?:局|院|委|会|厅|办|所|中心|站|馆|校|队))$"
)
_SUPERVISOR_RE: Final = re.compile(
    r"(?<!预算)主管(?:部门|单位)[:：]\s*([^\s:：]{2,40}?)(?=\s|(?:实施|编制|预算)?单位[:：]|$)"
)
_BUDGET_SUPERVISOR_RE: Final = re.compile(r"预算主管部门[:：]\s*([^\s:：]{2,40})")
# What a body's name ends with (a unit name), as against a region's (上海市普陀区) or a heading's.
BODY_END_RE: Final = re.compile(
    r"(?:局|院|委|会|厅|办|办公室|所|中心|部|处|队|站|馆|校|学|社|室|公司|政府|署|团|台|园|场|库|监狱|科|庭|组|"
    r"旅|支队|大队|中队|机关|组织|联合会|事务所|\((?:机关)?(?:本级|本部)\)|\(机关\)|"
    # a township's or a subdistrict's (黄花镇, 望月湖街道; not 城镇 / 城乡, a wrapped name's piece), a
    # people's organisation's short name (妇联, 残联, 科协, 政协, 人大), a body's own part (局本级), 少年宫
    r"(?<!城)[镇乡]|街道|苏木|[^关]联|科协|政协|人大|(?<=..[局院委会厅办室所心站馆校队处])本级|宫)$"
)
_SCOPE_AFTER_NAME_RE: Final = re.compile(r"[(（]?(部门|单位)[)）]?$")
# A note on the report after the name: a draft, a version ("（草案）", "（公示稿）", "（公开版）").
_NOTE_IN_BRACKETS_RE: Final = re.compile(
    r"[(（](?:[^()（）]{0,6}稿|[^()（）]{0,4}版|草案|代编|修订|调整)[)）]$"
)
_SCOPE_IN_BRACKETS_RE: Final = re.compile(r"[(（](部门|单位)[)）]$")
_BRACKETED_RE: Final = re.compile(r"[(（][^()（）]*[)）]")
_OTHER_NAME_RE: Final = re.compile(r"[(（](?!本级|本部|机关)[^()（）]{2,30}[)）]$")
# (表 as a title's word, not 人民代表大会's)
_NOT_A_NAME_RE: Final = re.compile(r"目录|公开|说明|报告|预算|决算|(?<!代)表|第.部分|附件|\d")
_LEVEL_WORDS_RE: Final = re.compile(r"^(?:省级|市级|区级|县级|乡级|镇级|本级|[省市区县镇乡]本级|乡镇)$")
# Words before a name that are no part of it (附件1, 关于), and a Party organ's prefix, no part of its region.
_NAME_PREFIX_RE: Final = re.compile(r"^(?:附件\d*|关于)")
# (and the CPPCC's, the Youth League's and the democratic parties' names before their place:
# "政协长沙市委员会", "中国民主同盟长沙市委员会", whose 同盟 is no 盟 of Inner Mongolia)
_PARTY_PREFIX_RE: Final = re.compile(
    r"^(?:中共|中国共产党|共青团|中国共产主义青年团|中国人民政治协商会议|政协|中国国民党革命委员会|中国民主同盟"
    r"|中国民主建国会|中国民主促进会|中国农工民主党|中国致公党|九三学社|台湾民主自治同盟|民革|民盟|民建|民进|农工党"
    r"|致公党|台盟)"
)
# A government's, a Party committee's or a township's name, which a cover may wrap before the body it holds
# ("长沙市人民政府" / "国有资产监督管理委员会", "…孝泉镇" / "人民政府", "…街道" / "办事处").
_ORGAN_END_RE: Final = re.compile(r"(?:人民政府|[省市县区州旗盟]委|(?<!城)[镇乡]|街道|苏木)$")
_PROVINCE_RE: Final = re.compile(
    r"^(北京市|天津市|上海市|重庆市|内蒙古自治区|广西壮族自治区|西藏自治区|宁夏回族自治区|新疆维吾尔自治区|"
    r"[^\d省市区县]{2,3}省)"
)
_MUNICIPALITIES: Final = ("北京市", "天津市", "上海市", "重庆市")
_CITY_RE: Final = re.compile(r"^([^\d省市区县局]{2,12}?(?:自治州|地区|盟|市))")
# A county-level city needs two characters of its own, and none that makes a common word (城市, 都市).
_DISTRICT_RE: Final = re.compile(
    r"^([^\d省市区县局]{1,10}?(?:自治县|自治旗|区|县|旗)|[^\d省市区县局城都超]{2,10}?市)"
)
# What a district's pattern may match that names no district: a community, an estate, a park, a campus.
_NO_DISTRICT_ENDS: Final = ("社区", "小区", "园区", "校区")
_BODY_WORD_RE: Final = re.compile(r"局|院|委|厅|办|公司|中心|部|所")


@dataclass(slots=True)
class Metadata:
    doc_kind: str | None = None
    scope: str | None = None
    unit_name: str | None = None
    supervising_department: str | None = None
    fiscal_year: int | None = None
    province: str | None = None
    city: str | None = None
    district: str | None = None


def _year(text: str) -> int:
    return int(text.translate(_CN_DIGITS))


def _kind(word: str) -> str:
    return "final_account" if word == "决算" else "budget"


def _body_name(text: str) -> str | None:
    """The text as a body's name (湖北省教育考试院), or None for a region, heading or anything else."""
    name = _NAME_PREFIX_RE.sub("", text).removesuffix("关于").strip(":： ")
    # a bracket left open or closed by the text around the name goes ("南阳市水利局(" before "2024年)");
    # a pair is the name's own ("…办公厅(…外事办公室)", "…财政局(本级)"), unless it wraps the whole name
    # or holds a note on the report ("(草案)")
    name = _NOTE_IN_BRACKETS_RE.sub("", name)
    inner = name[1:-1]
    if name[:1] in "(（" and name[-1:] in ")）" and not any(c in inner for c in "()（）"):
        name = inner
    opened, closed = name.count("(") + name.count("（"), name.count(")") + name.count("）")
    # the stray one is at the edge where it has no partner: a ")" opening the text, a "(" ending it
    if closed > opened:
        name = name.lstrip(")）") if name[:1] in ")）" else name.rstrip(")）")
    elif opened > closed:
        name = name.rstrip("(（") if name[-1:] in "(（" else name.lstrip("(（")
    if ":" in name or "：" in name:
        return None  # a field ("主管部门：某市水务局") says what it names; read by ``_field``
    # a body's other name in brackets after its own ("…办公厅(…外事办公室)"): the name ends before it
    core = _OTHER_NAME_RE.sub("", name) or name
    if 2 <= len(name) <= 40 and BODY_END_RE.search(core) and not _NOT_A_NAME_RE.search(name):
        return name
    return None


def read_metadata(lines: list[Line], titles: list[str]) -> Metadata:
    meta = Metadata()
    texts = [compact(ln.text) for ln in lines[:60]]
    # The cover: its first lines, with a bare attachment mark, a section heading or a sentence left out.
    # A report that opens with its tables has no cover: its lines stop at the first table's title.
    first_title = next(
        (n for n, t in enumerate(texts[:12]) if t and any(t.endswith(title) for title in titles)), 12
    )
    # A table of contents ends the cover: its entries name other years' reports ("三、2024年部门决算收支
    # 情况" in a 2025 budget) and the tables' titles.
    first_title = next(
        (n for n, t in enumerate(texts[:first_title]) if t in ("目录", "目次") and n), first_title
    )
    cover = [
        t
        for t in texts[:first_title]
        if t
        and len(t) <= 60
        and not re.search(r"[。，,；;]", t)
        and not re.fullmatch(r"附件\d*|第.部分.*|目录|目", t)
    ][:8]
    # A name set large over two lines ("常德市武陵区住房保障和房屋征收" / "服务中心"): one name.
    n = 0
    while n + 1 < len(cover):
        joined = _body_name(cover[n] + cover[n + 1]) is not None
        # (after an organ's name, a body that names no place of its own is the organ's: "…人民政府" /
        # "国有资产监督管理委员会"; "长沙市人民政府" / "长沙市财政局" are two bodies)
        held = (
            _ORGAN_END_RE.search(cover[n]) is not None
            and _body_name(cover[n + 1]) is not None
            and not _names_place(cover[n + 1])
        )
        if joined and (_body_name(cover[n]) is None or held):
            cover[n : n + 2] = [cover[n] + cover[n + 1]]
        n += 1
    title = next(((n, m) for n, t in enumerate(cover) if (m := _TITLE_RE.search(t))), None)
    unit_from_title = None
    if title is not None:
        _n, match = title
        meta.fiscal_year, meta.doc_kind = _year(match.group(2)), _kind(match.group("kind"))
        scope, before, middle = match.group("scope"), match.group("before"), match.group("middle")
        # "营山县水利局部门2024年度决算", "…委员会(单位)2024年度决算": the scope word printed between the name
        # and the year
        if (
            scope is None
            and (word := _SCOPE_AFTER_NAME_RE.search(before))
            and _body_name(before[: word.start()])
        ):
            scope, before = word.group(1), before[: word.start()]
        meta.scope = "unit" if scope == "单位" else "department"
        unit_from_title = _body_name(before) or (
            _body_name(middle) if not _LEVEL_WORDS_RE.match(middle) else None
        )
    else:
        # Year and kind on lines of their own ("湖北省教育厅部门决算" / "（2022年度）").
        for text in cover:
            if meta.fiscal_year is None and (year := _YEAR_ALONE_RE.search(text)):
                meta.fiscal_year = _year(year.group(1))
                unit_from_title = unit_from_title or _body_name(text[: year.start()])
            if meta.doc_kind is None and (kind := _KIND_ALONE_RE.search(text)):
                meta.doc_kind = _kind(kind.group("kind"))
                meta.scope = "unit" if kind.group("scope") == "单位" else "department"
                unit_from_title = _body_name(kind.group("before")) or unit_from_title
    if meta.fiscal_year is None:
        # A report of tables only: its titles ("湖北省教育厅2022年度支出决算表").
        for text in titles:  # never the narrative: it names other years too
            if year := _YEAR_ALONE_RE.search(compact(text)):
                meta.fiscal_year = _year(year.group(1))
                unit_from_title = unit_from_title or _body_name(compact(text)[: year.start()])
                break
    if meta.doc_kind is None:
        all_titles = "".join(titles)
        if "决算" in all_titles:
            meta.doc_kind = "final_account"
        elif "预算" in all_titles:
            meta.doc_kind = "budget"
    if meta.scope is None:
        meta.scope = "unit" if re.search(r"单位(?:预算|决算)", "".join(cover)) else "department"
    # Bare names on the cover: with two (a unit's report: its supervisor, then the unit), the one a 编制单位
    # field of the tables names, else the last before the title when the report is a unit's.
    named = [name for text in cover[:4] if (name := _body_name(text))]
    field = _field(lines[:12], _UNIT_FIELD_RE) or _field(lines[:12], _BARE_UNIT_FIELD_RE)
    stated = field or _field(lines[:400], _UNIT_FIELD_RE)
    cover_name = None
    if named:
        cover_name = stated if stated in named else named[-1] if meta.scope == "unit" else named[0]
    meta.unit_name = unit_from_title or cover_name or field or _field(lines, _UNIT_FIELD_RE)
    meta.supervising_department = _field(lines[:400], _SUPERVISOR_RE)
    if (
        meta.supervising_department is None
        and meta.scope == "unit"
        and len(set(named)) == 2
        and cover_name == named[1]
        and meta.unit_name == cover_name
    ):
        meta.supervising_department = named[0]
    if meta.supervising_department is None and meta.scope == "department":
        # 预算主管部门 on a department's report names the department itself, its own supervisor.
        meta.supervising_department = _field(lines[:12], _BUDGET_SUPERVISOR_RE)
    if meta.unit_name and (scope := _SCOPE_IN_BRACKETS_RE.search(meta.unit_name)):
        # "南阳市水利局（单位）" on a cover line of its own: the scope, no part of the name
        meta.unit_name = meta.unit_name[: scope.start()]
        meta.scope = "unit" if scope.group(1) == "单位" else meta.scope
    if meta.unit_name:
        # the regions of the name itself, not of names or notes in brackets after it
        _region(meta, _BRACKETED_RE.sub("", meta.unit_name) or meta.unit_name)
    if meta.supervising_department and not (meta.province or meta.city or meta.district):
        # a unit named without its place ("湖南水利水电职业技术学院") is where its supervisor is
        # ("湖南省水利厅")
        _region(meta, _BRACKETED_RE.sub("", meta.supervising_department) or meta.supervising_department)
    return meta


_COVER_LINE_RE: Final = re.compile(
    r"^(?P<before>[^\d,，。;；:：%表]{0,40}?)"
    + _YEAR
    + r"年(?:度)?(?P<scope>部门|单位)(?:综合|财务|收支)?(?:预算|决算)$"
)


def second_report_at(
    lines: list[Line],
    after: int,
    unit_name: str | None,
    fiscal_year: int | None = None,
    doc_kind: str | None = None,
) -> tuple[int, str] | None:
    """Where a second report starts in the file (a department's report followed by its unit's, or the same
    body's report of another year or kind), past line index ``after`` (the first table's title): a cover
    line ("2023年单位预算") naming, on it or on the line above, a body other than the report's own (a
    running page header repeats the report's own name), or the report's own body (or none) with another
    year or kind than the report's ("南京市鼓楼区水务局" / "2024年部门预算" after its 2023 report), or
    another scope than the report's own cover line prints (its 机关's "2024年单位预算" after the
    department's "2024年部门预算").
    (index of its first line, the body named), or None."""
    own_cover = next(
        (
            m
            for line in lines[: after + 1]
            if len(line.text) <= 80 and (m := _COVER_LINE_RE.match(compact(line.text)))
        ),
        None,
    )
    scope = own_cover.group("scope") if own_cover is not None else None
    for n in range(after + 1, len(lines)):
        raw = lines[n].text
        if len(raw) > 80 or "算" not in raw:  # 预算 / 决算 on a short line
            continue
        match = _COVER_LINE_RE.match(compact(raw))
        if not match:
            continue
        name, start = _body_name(match.group("before")), n
        if name is None and n > 0 and (above := _body_name(compact(lines[n - 1].text))) is not None:
            name, start = above, n - 1
        if name is not None and unit_name is not None and not same_body(name, unit_name):
            return start, name
        kind = "final_account" if compact(raw).endswith("决算") else "budget"
        other_year = fiscal_year is not None and _year(match.group(2)) != fiscal_year
        # (a cover: the title on a line of its own under the body's name, not a running head naming both)
        other_scope = (
            scope is not None
            and match.group("scope") != scope
            and not match.group("before")
            and n > 0
            and _body_name(compact(lines[n - 1].text)) is not None
        )
        if other_year or other_scope or (doc_kind is not None and kind != doc_kind):
            return start, name or unit_name or compact(raw)
    return None


def same_body(name: str, unit_name: str) -> bool:
    """Whether a body named in a running page header is the report's own: its name, a part of it, or a
    short form of it ("芦淞区市场监管局" for 湖南省株洲市芦淞区市场监督管理局: its characters in order,
    the same last one)."""
    if not name or not unit_name:
        return False
    if name == unit_name or name in unit_name:
        return True
    rest = iter(unit_name)
    return len(name) >= 4 and name[-1] == unit_name[-1] and all(ch in rest for ch in name)


def _field(lines: list[Line], pattern: re.Pattern) -> str | None:
    for line in lines:
        if "：" not in line.text and ":" not in line.text:
            continue  # every field is "name：value"
        match = pattern.search(halfwidth(line.text).strip()) or pattern.search(compact(line.text))
        if match:
            return compact(match.group(1))
    return None


# A body's name opening with a place of its own: a township's (黄花镇…), or a government's or committee's
# short name (市政府…, 县委…).
# (and a bare level character opening a body's name: "市人民政府参事室", "县纪委监委", "镇财政所")
_OWN_PLACE_RE: Final = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道)|[省市县区镇乡](?:人民政府|政府|委|纪委|人大|政协|财政))"
)


def _names_place(name: str) -> bool:
    """Whether a body's name opens with a place (a province, city, district or township) or a government's
    short name: a body of its own, not one of the organ printed above it (a 社区 or 园区 is no place)."""
    district = _DISTRICT_RE.match(name)
    return bool(
        _PROVINCE_RE.match(name)
        or _CITY_RE.match(name)
        or (district and not district.group(1).endswith(_NO_DISTRICT_ENDS))
        or _OWN_PLACE_RE.match(name)
    )


def _region(meta: Metadata, name: str) -> None:
    rest = _PARTY_PREFIX_RE.sub("", name)
    match = _PROVINCE_RE.match(rest)
    if match:
        meta.province = match.group(1)
        rest = rest[match.end() :]
        if meta.province in _MUNICIPALITIES:
            meta.city = meta.province
    if meta.city is None and (match := _CITY_RE.match(rest)):
        meta.city = match.group(1)
        rest = rest[match.end() :]
    match = _DISTRICT_RE.match(rest)
    if match and not match.group(1).endswith(_NO_DISTRICT_ENDS) and not _BODY_WORD_RE.search(match.group(1)):
        meta.district = match.group(1)
