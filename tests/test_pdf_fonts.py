"""PDFs that do not embed their fonts (the word_pdfs goldens set their Chinese in STSong-Light, one of the
standard CJK fonts a PDF may name without embedding) are read through a Chinese font of the machine, which
`make run` and `make test` install (fonts-wqy-microhei). Without one, pdfium drops or misplaces characters:
the landing says so before it reads them, and the parser says so of each such PDF (`font_missing`)."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dagster_project.landing import missing_font_warning, scan
from dagster_project.parser import parse_document

from .conftest import CORPUS_DIR, requires_corpus

WORD_PDFS = Path(__file__).parent / "golden" / "hand_written" / "word_pdfs"
NO_FONTS = '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig></fontconfig>'

needs_fc_list = pytest.mark.skipif(
    shutil.which("fc-list") is None, reason="fontconfig's fc-list is not installed"
)


def _raw(tmp_path: Path, *names: str) -> list:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in names:
        source = WORD_PDFS / name
        (raw / name).write_bytes(source.read_bytes() if source.exists() else "收入支出决算总表\n".encode())
    return list(scan(raw).values())


@needs_fc_list
def test_no_warning_where_a_chinese_font_is_installed(tmp_path):
    docs = _raw(tmp_path, "a_gd_dfz_2025_budget.pdf")
    assert missing_font_warning(docs) is None
    # and the PDF's 269 cells read whole (their values: test_hand_written_reports, word_pdfs)
    result = parse_document(docs[0].path.read_bytes(), docs[0].relative)
    assert len(result.amounts) == 269


@needs_fc_list
def test_a_machine_without_a_chinese_font_is_named_before_its_pdfs_are_read(tmp_path, monkeypatch):
    config = tmp_path / "fonts.conf"
    config.write_text(NO_FONTS, encoding="utf-8")
    monkeypatch.setenv("FONTCONFIG_FILE", str(config))  # fontconfig sees no font at all
    docs = _raw(tmp_path, "a_gd_dfz_2025_budget.pdf", "b_js_sh_nyncj_2025_budget.pdf", "notes.txt")
    warning = missing_font_warning(docs)
    assert warning is not None
    assert "no Chinese font is installed" in warning and "of the 2 PDF(s)" in warning
    assert "fonts-wqy-microhei" in warning


@needs_fc_list
def test_text_alone_needs_no_font(tmp_path, monkeypatch):
    config = tmp_path / "fonts.conf"
    config.write_text(NO_FONTS, encoding="utf-8")
    monkeypatch.setenv("FONTCONFIG_FILE", str(config))
    assert missing_font_warning(_raw(tmp_path, "notes.txt")) is None


# The same parse in a process whose pdfium looks for system fonts in an empty folder only (its documented
# m_pUserFontPaths setting): a machine without a Chinese font, with the real pdfium.
_PARSE_WITHOUT_FONTS = """
import ctypes, json, sys
import pypdfium2.raw as raw
from pypdfium2 import _library_scope
from pypdfium2.internal import bases

_library_scope.destroy_lib()
paths = (ctypes.c_char_p * 2)(sys.argv[2].encode(), None)
field = type(raw.FPDF_LIBRARY_CONFIG().m_pUserFontPaths)
config = raw.FPDF_LIBRARY_CONFIG(version=2, m_pIsolate=None, m_v8EmbedderSlot=0)
config.m_pUserFontPaths = ctypes.cast(paths, field)
raw.FPDF_InitLibraryWithConfig(config)
bases.LIBRARY_AVAILABLE = True
from dagster_project.parser import parse_document

result = parse_document(open(sys.argv[1], "rb").read(), "a.pdf")
said = [(d.check_name, d.message, d.observed) for d in result.diagnostics if d.check_name == "font_missing"]
print(json.dumps({"amounts": len(result.amounts), "said": said}, ensure_ascii=False))
"""


def _parse_without_fonts(pdf: Path, tmp_path: Path) -> dict:
    empty = tmp_path / "fonts"
    empty.mkdir(exist_ok=True)
    run = subprocess.run(
        [sys.executable, "-c", _PARSE_WITHOUT_FONTS, str(pdf), str(empty)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[1],
    )
    return json.loads(run.stdout)


def test_a_pdf_whose_chinese_font_this_machine_cannot_draw_says_so(tmp_path):
    out = _parse_without_fonts(WORD_PDFS / "a_gd_dfz_2025_budget.pdf", tmp_path)
    assert out["amounts"] < 269  # characters lost, so cells: why the warning matters
    [(_check, message, pages)] = out["said"]
    assert "does not embed its Chinese fonts" in message and "fonts-wqy-microhei" in message
    assert pages.startswith("1, 2, 3")  # every page of it sets its text in STSong-Light


def test_where_the_font_is_there_nothing_is_said():
    result = parse_document((WORD_PDFS / "a_gd_dfz_2025_budget.pdf").read_bytes(), "a.pdf")
    assert not [d for d in result.diagnostics if d.check_name == "font_missing"]


@requires_corpus
def test_a_pdf_that_embeds_its_fonts_reads_whole_without_any_font_on_the_machine(tmp_path):
    pdf = CORPUS_DIR / "sh_putuo_czj_2024_final.pdf"
    out = _parse_without_fonts(pdf, tmp_path)
    assert out["said"] == []
    assert out["amounts"] == len(parse_document(pdf.read_bytes(), "a.pdf").amounts)
