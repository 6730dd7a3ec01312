"""Helper for writing -layout probes as pdftotext -layout prints them: a cell starts at its character offset,
and a CJK character takes two columns of the page, so the next cell starts at least 2*len(CJK) later."""

import unicodedata


def width(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def line(*cells):
    """cells: (text, col, align): align 'l' (the text starts at offset col) or 'r' (it ends at col)."""
    out, end = "", 0  # end: display end of the last cell, in offsets
    for text, col, *al in cells:
        al = al[0] if al else "l"
        start = col - len(text) if al == "r" else col
        if out:
            start = max(start, end + 1)
        out += " " * (start - len(out)) + text
        end = start + width(text)
    return out
