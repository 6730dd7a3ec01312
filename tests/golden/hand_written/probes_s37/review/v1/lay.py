"""Place -layout cells at character offsets. As the parser reads -layout text, a cell starts at its
character offset and takes its display width (a CJK character two), so the next cell must start after it."""

import unicodedata


def width(text):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def line(*cells):
    """cells: (col, text) starting at offset col, or (col, text, 'r') ending at col (by display width)."""
    out, end = "", -1
    for c in cells:
        col, text = c[0], c[1]
        start = col - width(text) if len(c) > 2 and c[2] == "r" else col
        if start <= end:
            raise ValueError(f"overlap at {text!r}: {start} <= {end}")
        out += " " * (start - len(out)) + text
        end = start + width(text)
    return out
