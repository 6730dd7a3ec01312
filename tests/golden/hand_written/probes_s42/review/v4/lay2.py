"""Helpers for the probes: lines of pdftotext -layout text from (display column, text) pairs (a CJK
character two columns wide), and a minimal report around a table."""

import unicodedata


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def line(*cells) -> str:
    """Cells at their page columns as pdftotext -layout writes them: each cell starts at the character
    offset of its column, its CJK characters one character each though two columns wide on the page (so a
    cell after one of CJK text starts at least its printed width later)."""
    out, taken = "", 0
    for col, text in sorted(cells):
        col = max(col, taken + (1 if out else 0))
        out += " " * (col - len(out)) + text
        taken = col + width(text)
    return out


def right(end: int, text: str) -> tuple[int, str]:
    """A figure right-aligned to end at page column ``end``."""
    return (end - width(text), text)


def doc(unit: str, year: int, kind: str, table: list[str], narrative: list[str] = ()) -> str:
    cover = [unit, "", f"   {year}年度{kind}", "", "", ""]
    return "\n".join([*cover, *table, "", *narrative, ""]) + "\n"
