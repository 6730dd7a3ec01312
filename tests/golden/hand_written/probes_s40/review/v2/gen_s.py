import sys

sys.path.insert(0, ".")
from lay import line, w


def table(cover, title, groups, items, phases, starts, rows, unit="单位：万元", pw=6):
    """groups: list of (col, text) lines above items; items: list of (text) centred over each pair;
    phases: words of the lowest line at starts; rows: list of lists of (value or '') per start."""
    L = [cover, "", line((30, title)), line((0, "编制单位：某某单位"), (85, unit))]
    for g in groups:
        L.append(line(*g))
    cells = []
    for i, it in enumerate(items):
        if it is None:
            continue
        if isinstance(it, tuple):
            cells.append(it)
            continue
        a, b = starts[2 * i], starts[2 * i + 1] + pw
        c = (a + b) // 2 - w(it) // 2
        cells.append((max(c, 0), it))
    L.append(line(*cells))
    L.append(line(*[(s, p) for s, p in zip(starts, phases)]))
    for r in rows:
        L.append(line(*[(s + pw - len(v), v) for s, v in zip(starts, r) if v]))
    L.append("")
    return "\n".join(L) + "\n"
