import unicodedata


def w(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def line(*cells):
    """cells: (col, text): text starts at character offset col (as pdftotext -layout prints: a CJK
    character takes one character but two columns of width, so the next cell starts >= col + w(text))."""
    out = ""
    start_prev = None
    wprev = 0
    for col, text in cells:
        if start_prev is not None and col < start_prev + wprev + 1:
            raise ValueError(f"{text} at {col} overlaps previous (ends {start_prev + wprev})")
        out += " " * (col - len(out)) + text
        start_prev, wprev = col, w(text)
    return out.rstrip()
