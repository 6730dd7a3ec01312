"""The rules_s42a builders: ../rules_s41a/s41a_lib.py (itself ../rules_s38a/s38a_lib.py and ../rules_s38b/s38b_lib.py
patched), imported, with what this set adds:
- a cell printed "-" or "—" for zero (budgets: style zero="-" per table; finals: doc "zero" / "fs_zero" / "sg_zero"
  "—"): the libs' d() reads a dash as 0 so every identity is still re-added on the printed strings, and the
  expectation of a dash cell is "0?" (review_check: not loading it is fine, loading another value is WRONG);
- budgets: the 政府性基金 / 国有资本经营 tables' "empty" notes in the unit's own wording (doc "empty_notes");
- budgets: a 政府采购 预留份额 sentence after the 政府采购预算 sentence (doc "reserve"), and finals: the national
  授予中小企业合同金额 sentence followed by a 预留份额 sentence (doc "reserve"); neither is a claim (the
  procurement_total stays the 政府采购 total)."""

from __future__ import annotations

import os
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(HERE, "..", "rules_s41a")]
import s38a_lib  # noqa: E402
import s38b_lib  # noqa: E402
import s41a_lib  # noqa: E402

DASHES = ("-", "—", "－")
_D38A, _D38B = s38a_lib.d, s38b_lib.d


def d38a(s):
    return D(0) if str(s).strip() in DASHES else _D38A(s)


def d38b(s):
    return s38b_lib.Z if s is not None and str(s).strip() in DASHES else _D38B(s)


for _g in (vars(s38a_lib), s41a_lib._GA):
    _g["d"] = d38a
for _g in (vars(s38b_lib), s41a_lib._GB):
    _g["d"] = d38b


def dash_to_optional(tables):
    """Expected values printed as a dash become "0?"; a budget zero "0.00?" stays; "-?" (s38a_lib.want of "-") too."""
    for t in tables:
        rows = []
        for row in t["rows"]:
            code, name, vals, *rest = row
            vals = {k: ("0?" if v.rstrip("?") in DASHES else v) for k, v in vals.items()}
            rows.append((code, name, vals, *rest))
        t["rows"] = rows
    return tables


def pct2(part, whole):
    return (D(part) / D(whole) * 100).quantize(D("0.01"))


def build_budget(name, doc):
    tabs, info, text, claims, not_claims = s41a_lib.build_budget(name, doc)
    for t in tabs:
        if t.empty and t.key in doc.get("empty_notes", {}):
            t.note = doc["empty_notes"][t.key]
    if doc.get("reserve"):
        res, small = (D(x) for x in doc["reserve"])
        tot = sum(D(x) for x in doc["procurement"])
        i = next(j for j, s in enumerate(text["other"]) if "政府采购预算" in s and "其中" in s)
        text["other"].insert(
            i + 1,
            f"{doc['year']}年度{'本部门' if doc['scope'] == '部门' else '本单位'}面向中小企业预留政府采购项目预算金额"
            f"{s38a_lib.wtxt(res)}万元，预留份额占政府采购项目预算总额的{pct2(res, tot)}%，其中：预留给小微企业的份额"
            f"{s38a_lib.wtxt(small)}万元。",
        )
        not_claims.append(
            ("预留政府采购项目预算金额", str(res), "a reserved share, not the procurement total")
        )
    return tabs, info, text, claims, not_claims


def narrative_final(doc, F):
    P, C = s41a_lib.narrative_final(doc, F)
    if doc.get("reserve"):
        i = next(j for j, (_s, t) in enumerate(P) if "授予中小企业合同金额" in t)
        res = D(doc["reserve"])
        P.insert(
            i + 1,
            (
                "p",
                f"{doc['year']}年度本部门面向中小企业预留份额的采购项目合同金额{s38b_lib.txt(res)}万元，预留份额占"
                f"采购项目合同金额的{pct2(res, s38b_lib.d(doc['proc']['sme']))}%。",
            ),
        )
    return P, C


build_final = s41a_lib.build_final
expectations = s41a_lib.expectations
L = s41a_lib.L41
