"""PDFs that do not embed their fonts (the word_pdfs goldens set their Chinese in STSong-Light, one of the
standard CJK fonts a PDF may name without embedding) are read through a Chinese font of the machine, which
`make run` and `make test` install (fonts-wqy-microhei). Without one, pdfium drops or misplaces characters;
the landing says so before it reads them."""

import shutil
from pathlib import Path

import pytest

from dagster_project.landing import missing_font_warning, scan
from dagster_project.parser import parse_document

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
