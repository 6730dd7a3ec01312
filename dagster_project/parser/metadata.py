"""Document metadata from the cover and titles: kind, unit, fiscal year, scope, region."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .layout import Line
from .tokens import compact

_YEAR_KIND_RE = re.compile(r"(20\d{2})年(?:度)?(?:部门|单位)?(?:财务)?(?:收支)?(预算|决算)")
_UNIT_FIELD_RE = re.compile(
    r"(?:编制部门|编制单位|部门名称|单位名称|部门|预算单位)[:：]([^\s:：单]{2,40}?)(?=单位[:：]|$)"
)
_COVER_UNIT_RE = re.compile(r"^(.{2,40}?)(?:20\d{2})年(?:度)?(?:部门|单位)?(?:预算|决算)")
_SUPERVISOR_RE = re.compile(r"主管部门[:：]([^\s:：]{2,40})")
_PROVINCE_RE = re.compile(r"^(北京市|天津市|上海市|重庆市|.{2,3}?(?:省|自治区))")
_CITY_RE = re.compile(r"^(.{2,8}?市)")
_DISTRICT_RE = re.compile(r"^(.{2,8}?(?:区|县|旗))")


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


def read_metadata(lines: list[Line], titles: list[str]) -> Metadata:
    meta = Metadata()
    head = [compact(ln.text) for ln in lines[:60]]
    cover = "".join(head[:6])
    for text in [cover, *head]:
        match = _YEAR_KIND_RE.search(text)
        if match:
            meta.fiscal_year = int(match.group(1))
            meta.doc_kind = "final_account" if match.group(2) == "决算" else "budget"
            break
    if meta.doc_kind is None:
        joined = "".join(titles)
        if "决算" in joined:
            meta.doc_kind = "final_account"
        elif "预算" in joined:
            meta.doc_kind = "budget"
    # 单位预算 / 单位决算 (a unit's own report) versus 部门 (a department consolidating its units), as the
    # cover says it; the file name is never used.
    meta.scope = "unit" if re.search(r"单位(?:预算|决算)", cover) else "department"
    for text in head[:8]:
        match = _COVER_UNIT_RE.match(text)
        if match and not match.group(1).startswith("第"):
            meta.unit_name = match.group(1)
            break
    if meta.unit_name is None:
        for line in lines:
            match = _UNIT_FIELD_RE.search(compact(line.text))
            if match:
                meta.unit_name = match.group(1)
                break
    if meta.unit_name is None and head:
        meta.unit_name = head[0][:40] if not re.search(r"\d", head[0]) else None
    for line in lines[:400]:
        match = _SUPERVISOR_RE.search(compact(line.text))
        if match:
            meta.supervising_department = match.group(1)
            break
    if meta.unit_name:
        _region(meta, meta.unit_name)
    return meta


def _region(meta: Metadata, name: str) -> None:
    rest = name
    match = _PROVINCE_RE.match(rest)
    if match:
        meta.province = match.group(1)
        rest = rest[match.end() :]
        if meta.province in ("北京市", "天津市", "上海市", "重庆市"):
            meta.city = meta.province
    if meta.city is None and (match := _CITY_RE.match(rest)):
        meta.city = match.group(1)
        rest = rest[match.end() :]
    if (match := _DISTRICT_RE.match(rest)) and not match.group(1).endswith(("社区", "小区", "园区", "校区")):
        meta.district = match.group(1)
