"""The rules_s34a reports' tables and 说明: rules_s33c's builder (../rules_s33c/s33c_lib.py, imported, not copied)
builds every table of the template from the typed figures and re-adds it (s33c_lib.identities); this module adds
what the print-noise theme needs on top, each re-added here too:
- 万元 with 4 decimals (doc["dec4"]: the builder's fmt prints 4 decimals while the report is built);
- a comparison block on the 一般公共预算支出表 (doc["cmp"]: the 上年预算数 typed per 项, summed to 款 / 类 / 合计, and
  增减 = 本年合计 - 上年, negative where the year's figure is lower): columns the parser must NOT load;
- tables printed in another unit than the report's (doc["rescale"]: 万元 tables printed in 元, x 10000 exactly);
- full-width digits in one 说明 sentence (doc["fw_sentence"]: a claim's sentence, its claim still expected).
The printing noise itself (number forms, zero marks, page furniture, units' places, footnotes) is gen.py's and
s34a_print.py's: it changes how a figure is printed, never its value."""

from __future__ import annotations

import copy
import os
import sys
from decimal import Decimal as D

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules_s33c"))
import s33c_lib  # noqa: E402
from s33c_lib import GB, Col, d, expectations, identities, narrative, want  # noqa: E402

Z = D(0)


def fmt4(x, zero=""):
    if x == 0:
        return zero
    return f"{x:,.4f}"


def build(doc):
    """s33c_lib.build with the report's number precision (2 or 4 decimals)."""
    saved = s33c_lib.fmt
    if doc.get("dec4"):
        s33c_lib.fmt = fmt4
    try:
        return s33c_lib.build(doc)
    finally:
        s33c_lib.fmt = saved


def add_comparison(name, doc, tabs, info):
    """The 一般公共预算支出表 with 上年预算数 before its own columns and 增减 after them (doc["cmp"])."""
    spec = doc["cmp"]
    t = next(x for x in tabs if x.key == GB)
    prior = {k: d(v) for k, v in spec["prior"].items()}
    codes = [r[0] for r in t.rows if r[0]]
    leaves = [c for c in codes if len(c) == 7]
    assert set(prior) == set(leaves), (name, sorted(set(prior) ^ set(leaves)))

    def p(code):
        return sum((v for k, v in prior.items() if k.startswith(code)), Z)

    f = fmt4 if doc.get("dec4") else s33c_lib.fmt
    z = doc["style"].get("zero", "")
    rows = []
    for r in t.rows:
        before = p(r[0] or "")
        now = d(r[2]) if r[2] else Z
        rows.append([r[0], r[1], f(before, z), *r[2:], f(now - before, z)])
    # re-add: 增减 = 合计 - 上年 per row, 上年 and 增减 of 类 = Σ 款 = Σ 项, 合计 = Σ 类
    body = {r[0] or "": (d(r[2] or "0"), d(r[-1] or "0"), d(r[3] or "0")) for r in rows}
    for c, (b, ch, now) in body.items():
        assert now - b == ch, (name, c)
        step = {0: 3, 3: 5, 5: 7}.get(len(c))
        kids = [k for k in body if k and len(k) == step and k.startswith(c)]
        if kids:
            assert sum(body[k][0] for k in kids) == b and sum(body[k][1] for k in kids) == ch, (name, c)
    assert any(v[1] < 0 for v in body.values()), (name, "a negative change")
    heads = spec["heads"]
    cols = t.cols[:2] + [Col((heads[0],), "money", None)]
    cols += [Col((heads[1],) + c.head, "money", c.key) for c in t.cols[2:]]
    cols += [Col((heads[2],), "money", None)]
    t.cols, t.rows, t.kind = cols, rows, "compared"


def rescale(tabs, keys, unit, factor):
    """The tables keys printed in unit (each figure x factor, exactly)."""
    for t in tabs:
        if t.key not in keys:
            continue
        money = [j for j, c in enumerate(t.cols) if c.kind == "money"]
        for r in t.rows:
            for j in money:
                if r[j] and d(r[j]) != 0:
                    v = d(r[j]) * factor
                    assert v == v.quantize(D("0.01")), (t.key, r[j])
                    r[j] = f"{v:,.2f}"
                elif r[j]:
                    r[j] = "0.00"
        t.exp = [
            (
                c,
                lab,
                {
                    k: (f"{d(v.rstrip('?')) * factor:,.2f}" if d(v.rstrip("?")) else "0.00")
                    + ("?" if v.endswith("?") else "")
                    for k, v in vals.items()
                },
            )
            for c, lab, vals in t.exp
        ]
        t.unit = unit


FW = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def make(name, doc):
    """(tabs, info, 说明, claims, expected) of one report."""
    tabs, info = build(doc)
    identities(name, doc, tabs, info)
    if doc.get("cmp"):
        add_comparison(name, doc, tabs, info)
    for keys, unit, factor in doc.get("rescale", []):
        rescale(tabs, keys, unit, D(factor))
    text, claims = narrative(doc, tabs, info)
    text = list(text)
    if doc.get("fw_sentence"):
        hit = [i for i, (s, h) in enumerate(text) if not h and doc["fw_sentence"] in s]
        assert len(hit) == 1, (name, doc["fw_sentence"])
        s = text[hit[0]][0]
        text[hit[0]] = (s.translate(FW), False)
    for before, extra in doc.get("more_text", []):
        at = next(i for i, (s, _h) in enumerate(text) if s.startswith(before))
        text[at:at] = extra
    exp = dict(
        note=doc["note"],
        kind=doc["kind"],
        tables=expectations(tabs),
        only_tables=sorted({t.key for t in tabs}),
        claims=claims,
    )
    return tabs, info, text, exp


def printed(t, noise):
    """A copy of the table with its money cells as the report prints them (the noise's number forms)."""
    t = copy.deepcopy(t)
    zero = noise.get("zero_by", {}).get(t.key, noise.get("zero", None))
    money = [j for j, c in enumerate(t.cols) if c.kind == "money"]
    for r in t.rows:
        for j in money:
            s = r[j]
            if not s:
                continue
            v = d(s)
            if v == 0:
                r[j] = s if zero is None else zero
                continue
            if not noise.get("sep", True):
                s = s.replace(",", "")
            if noise.get("int"):
                assert s.endswith(".00"), s
                s = s[:-3]
            if v < 0 and noise.get("minus") == "fw":
                s = "－" + s[1:]
            r[j] = s
    return t


_ = want
