"""(copied from rules_s25b/gen.py: its minimal PDF writer) Draw the rules_s25b PDFs (a minimal PDF writer in reportlab's canvas API; CID font STSong-Light) from the cells typed in rules_s25b_data.py.
Each PDF is built to make one general rule of the PDF reading (dagster_project/parser/layout.py) misfire
in a way real producers draw tables. Run: /work/main/.venv/bin/python gen.py (writes the PDFs here)."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

# reportlab is not installed on this machine (and nothing may be installed): a minimal PDF writer with the
# subset of reportlab's canvas API used here. Text in the CID font STSong-Light (not embedded, UniGB-UCS2-H,
# as reportlab's built-in CID font writes it); rules and fills as path objects.
A4 = (595.2756, 841.8898)


def landscape(size):
    return (max(size), min(size))


def _num(v):
    return f"{v:.3f}".rstrip("0").rstrip(".")


# Proportional ASCII (Helvetica's advance widths, per mille) when PROP["on"]: the PDF's /W array gives them.
_HELV = (
    [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278]
    + [556] * 10
    + [
        278,
        278,
        584,
        584,
        584,
        556,
        1015,
        667,
        667,
        722,
        722,
        667,
        611,
        778,
        722,
        278,
        500,
        667,
        556,
        833,
        722,
        778,
        667,
        778,
        722,
        667,
        611,
        722,
        667,
        944,
        667,
        667,
        611,
        278,
        278,
        278,
        469,
        556,
        333,
        556,
        556,
        500,
        556,
        556,
        278,
        556,
        556,
        222,
        222,
        500,
        222,
        833,
        556,
        556,
        556,
        556,
        333,
        500,
        278,
        556,
        500,
        722,
        500,
        500,
        500,
        334,
        260,
        334,
        584,
    ]
)
PROP = {"on": False}


def _w(ch):
    if ord(ch) < 128:
        return _HELV[ord(ch) - 32] / 1000 if PROP["on"] and 32 <= ord(ch) < 127 else 0.5
    return 1.0


def stringWidth(text, _font, size):  # noqa: N802 (reportlab's name)
    return sum(_w(ch) for ch in text) * size


class _Path:
    def __init__(self):
        self.ops = []

    def moveTo(self, x, y):  # noqa: N802
        self.ops.append(f"{_num(x)} {_num(y)} m")

    def lineTo(self, x, y):  # noqa: N802
        self.ops.append(f"{_num(x)} {_num(y)} l")


class MiniCanvas:
    def __init__(self, path, pagesize=None, producer="rules_s27e gen.py"):
        self.path, self.producer = path, producer
        self.pages = []  # (size, rotate, stream)
        self.size, self.rotate, self.ops = pagesize or A4, 0, []
        self.font_size = 10

    # page
    def setPageSize(self, size):  # noqa: N802
        self.size = size

    def setPageRotation(self, rotate):  # noqa: N802
        self.rotate = rotate

    def showPage(self):  # noqa: N802
        self.pages.append((self.size, self.rotate, "\n".join(self.ops)))
        self.ops, self.rotate = [], 0

    # state
    def saveState(self):  # noqa: N802
        self.ops.append("q")

    def restoreState(self):  # noqa: N802
        self.ops.append("Q")

    def transform(self, a, b, c, d, e, f):
        self.ops.append(" ".join(_num(v) for v in (a, b, c, d, e, f)) + " cm")

    def setFillGray(self, g):  # noqa: N802
        self.ops.append(f"{_num(g)} g")

    def setLineWidth(self, w):  # noqa: N802
        self.ops.append(f"{_num(w)} w")

    def setFont(self, _name, size):  # noqa: N802
        self.font_size = size

    # text: one text object per call
    def drawString(self, x, y, text):  # noqa: N802
        hexed = text.encode("utf-16-be").hex().upper()
        self.ops.append(f"BT /F1 {_num(self.font_size)} Tf 1 0 0 1 {_num(x)} {_num(y)} Tm <{hexed}> Tj ET")

    def drawRightString(self, x, y, text):  # noqa: N802
        self.drawString(x - stringWidth(text, None, self.font_size), y, text)

    def drawCentredString(self, x, y, text):  # noqa: N802
        self.drawString(x - stringWidth(text, None, self.font_size) / 2, y, text)

    # paths
    def line(self, x0, y0, x1, y1):
        self.ops.append(f"{_num(x0)} {_num(y0)} m {_num(x1)} {_num(y1)} l S")

    def rect(self, x, y, w, h, stroke=1, fill=0):
        op = "B" if stroke and fill else ("f" if fill else "S")
        self.ops.append(f"{_num(x)} {_num(y)} {_num(w)} {_num(h)} re {op}")

    def beginPath(self):  # noqa: N802
        return _Path()

    def drawPath(self, p, stroke=1, fill=0):  # noqa: N802
        self.ops.append(" ".join(p.ops) + (" S" if stroke else " n"))

    def save(self):
        if self.ops or not self.pages:
            self.showPage()
        objs = {}
        objs[1] = "<< /Type /Catalog /Pages 2 0 R >>"
        objs[3] = (
            "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
            "/DescendantFonts [4 0 R] >>"
        )
        objs[4] = (
            "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> "
            "/FontDescriptor 5 0 R /DW 1000 /W ["
            + (("1 [" + " ".join(map(str, _HELV)) + "]") if PROP["on"] else "1 95 500")
            + " 814 939 500 7712 7712 500 7716 7716 500] >>"
        )
        objs[5] = (
            "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
            "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>"
        )
        kids = []
        n = 6
        streams = {}
        for size, rotate, stream in self.pages:
            page, content = n, n + 1
            n += 2
            kids.append(page)
            rot = f" /Rotate {rotate}" if rotate else ""
            objs[page] = (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {_num(size[0])} {_num(size[1])}]{rot} "
                f"/Resources << /Font << /F1 3 0 R >> >> /Contents {content} 0 R >>"
            )
            streams[content] = stream.encode("latin-1")
        objs[2] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = {}
        for i in range(1, n):
            offsets[i] = len(out)
            if i in streams:
                data = streams[i]
                out += (
                    f"{i} 0 obj\n<< /Length {len(data)} >>\nstream\n".encode()
                    + data
                    + b"\nendstream\nendobj\n"
                )
            else:
                out += f"{i} 0 obj\n{objs[i]}\nendobj\n".encode()
        xref = len(out)
        out += f"xref\n0 {n}\n0000000000 65535 f \n".encode()
        for i in range(1, n):
            out += f"{offsets[i]:010d} 00000 n \n".encode()
        out += f"trailer\n<< /Size {n} /Root 1 0 R /Info << /Producer ({self.producer}) >> >>\n".encode()
        out += f"startxref\n{xref}\n%%EOF\n".encode()
        with open(self.path, "wb") as fh:
            fh.write(bytes(out))
