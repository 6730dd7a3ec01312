"""The rules_s35f reports: rules_s33c's builder (../rules_s33c/s33c_lib.py, imported, not copied) builds every table and
the 说明 from the typed figures and re-adds them (identities) BEFORE any OCR error is planted; ocr() then plants the
errors an OCR engine makes into the printed strings and marks the expectations they touch:
- ("cell", table, row, column key, clean print, printed): a figure printed wrongly (O for 0, l for 1, S for 5, B for 8, a comma read
  as a point or the reverse, a lost decimal point, a lost or doubled minus, a space inside, two cells run together,
  "" = the cell dropped): its expectation becomes a dash cell (value + "?": not loading it is fine, loading the true
  value is fine, loading any other value is WRONG);
- ("code", table, code, printed): a 科目编码 misread or split ("2O80505", "2080 505"); the row's figures stay expected
  under the true code (the code column holds digits only and the parent/child codes around it confirm it);
- ("name", table, row, printed): a row label misread (收人, 年未, 拔款, 木年): expected under the label as printed;
- ("head", table, old, new): a header word misread (合汁, 基木支出, 收人): the column's figures stay expected;
- ("narr", old, new, claim kind or None): a 说明 figure or word misread; the claim of that kind (if named) is dropped
  from the expectation (recording it with the misread figure is SPURIOUS);
- ("post", old, new): a footer / page furniture misread in the final text (第l2页).
Nothing here reads the parser."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules_s33c"))
import s33c_lib  # noqa: E402
from s33c_lib import build, expectations, identities, narrative  # noqa: E402


def _rows_of(tabs, key, sel):
    """(tab, row index) of the row whose code cell or a label cell is sel ("" = the 合计 row)."""
    hits = []
    for t in tabs:
        if t.key != key:
            continue
        for i, r in enumerate(t.rows):
            names = [r[j] for j, c in enumerate(t.cols) if c.kind in ("code", "name")]
            if t.kind == "sangong" or sel in names or (sel == "" and r[1] == "合计"):
                hits.append((t, i))
    assert hits, (key, sel)
    return hits


def _mark(t, row, j):
    """The expectation of cell j of row (a tab's printed row) as a dash cell."""
    col = t.cols[j]
    code = row[0] if t.kind in ("coded", "econ") and row[0] else None
    if t.kind == "sangong":
        label = "*"
    elif t.sides:
        lab = next(lab for lab, money in t.sides if j in [k for k, _x in money])
        label = row[lab]
    else:
        label = row[1]
    for c, lab, vals in t.exp:
        if (c == code if code else (c is None and lab == label)) and col.key in vals:
            vals[col.key] = vals[col.key].rstrip("?") + "?"
            return
    raise AssertionError((t.key, label, col.key))


def ocr(name, tabs, text, claims, errors):
    marked = []
    for e in errors:
        kind = e[0]
        if kind == "cell":
            _k, key, sel, ckey, original, printed = e
            t, i = _rows_of(tabs, key, sel)[0]
            row = t.rows[i]
            j = next(
                j
                for j, c in enumerate(t.cols)
                if c.key == ckey
                and (not t.sides or any(j in [k for k, _x in m] and row[lab] == sel for lab, m in t.sides))
            )
            assert row[j] == original, (name, e, row[j])
            _mark(t, row, j)
            marked.append((key, sel, ckey, row[j], printed))
            row[j] = printed
        elif kind == "code":
            _k, key, code, printed = e
            for t, i in _rows_of(tabs, key, code):
                t.rows[i][0] = printed
        elif kind == "name":
            _k, key, sel, printed = e
            t, i = _rows_of(tabs, key, sel)[0]
            row = t.rows[i]
            j = next(j for j, c in enumerate(t.cols) if c.kind == "name" and row[j] == sel)
            row[j] = printed
            t.exp[:] = [
                (c, printed if (lab == sel and c == (row[0] if t.kind == "coded" else None)) else lab, v)
                for c, lab, v in t.exp
            ]
        elif kind == "head":
            _k, key, old, new = e
            n = 0
            for t in tabs:
                if t.key == key:
                    for c in t.cols:
                        if old in c.head:
                            c.head = tuple(new if h == old else h for h in c.head)
                            n += 1
            assert n, (name, e)
        elif kind == "narr":
            _k, old, new, drop = e
            hit = [i for i, (s, _h) in enumerate(text) if old in s]
            assert hit, (name, old)
            s, h = text[hit[0]]
            text[hit[0]] = (s.replace(old, new, 1), h)
            if drop:
                n = len(claims)
                claims[:] = [c for c in claims if c[0] != drop]
                assert len(claims) < n, (name, drop)
        elif kind == "post":
            pass  # applied by the printer
        else:
            raise ValueError(kind)
    return marked


def make(name, doc):
    tabs, info = build(doc)
    identities(name, doc, tabs, info)  # the clean tables add up before any OCR error
    text, claims = narrative(doc, tabs, info)
    marked = ocr(name, tabs, text, claims, doc.get("ocr", []))
    exp = dict(
        note=doc["note"],
        kind=doc["kind"],
        tables=expectations(tabs),
        only_tables=sorted({t.key for t in tabs}),
        claims=claims,
    )
    return (doc, tabs, info, text), exp, marked


_ = s33c_lib
