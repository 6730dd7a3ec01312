"""Helpers to place layout text: each cell at a character index (CJK one character)."""


def line(*cells):
    """cells: (col, text) left-aligned at col, or (col, text, 'r') ending at col (exclusive), or 'c' centred at col."""
    out = ""
    for c in cells:
        col, text = c[0], c[1]
        mode = c[2] if len(c) > 2 else "l"
        start = col - len(text) if mode == "r" else col - len(text) // 2 if mode == "c" else col
        if start < len(out) + (1 if out else 0):
            raise ValueError(f"overlap at {text!r}: start {start} after {len(out)} in {out!r}")
        out += " " * (start - len(out)) + text
    return out
