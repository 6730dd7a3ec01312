"""Helpers to write pdftotext -layout-like text: a cell starts at its character offset (its place on the
page), and a CJK character takes two columns of the page, so the next cell starts at least 2*len(CJK) later."""

import unicodedata


def w(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def line(*parts):
    """parts: (col, text) starting at col, or (col, text, 'r') right-aligned ending at col (page columns)."""
    out, cursor = "", 0
    for p in parts:
        col, text = p[0], p[1]
        start = col - w(text) if len(p) > 2 and p[2] == "r" else col
        if start < cursor + (1 if out else 0):
            raise ValueError(f"overlap at {text!r}: {start} < {cursor}")
        out += " " * (start - len(out)) + text
        cursor = start + w(text)
    return out


def cover(unit, year, kind):
    return [unit, "", f"{year}年{kind}", "", ""]
