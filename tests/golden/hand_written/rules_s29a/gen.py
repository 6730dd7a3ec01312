"""Writes the nine reports of rules_s29a (plain text as pdftotext prints them) from the leaf figures of
rules_s29a_docs.py, with the table writers of s29a_lib.py.

Tables are summed from the leaves, so every identity holds except the misstatements planted on purpose
(listed in rules_s29a_docs.py). The expectations (expected.py) are typed by hand from the written documents.
Run: /work/main/.venv/bin/python tests/golden/hand_written/rules_s29a/gen.py
"""

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from rules_s29a_docs import NAMES_FINAL, define  # noqa: E402
from s29a_lib import budget_beijing, budget_plain, final_beijing, final_national  # noqa: E402

DOCS = {}


def add(key, **kw):
    DOCS[key] = kw


define(add)

NATIONAL_TOC = [
    "一、收入支出决算总表",
    "二、收入决算表",
    "三、支出决算表",
    "四、财政拨款收入支出决算总表",
    "五、一般公共预算财政拨款支出决算表",
    "六、一般公共预算财政拨款基本支出决算表",
    "七、财政拨款“三公”经费支出决算表",
    "八、政府性基金预算财政拨款收入支出决算表",
    "九、国有资本经营预算财政拨款支出决算表",
]
CN = "一二三四五六七八九十"


def cover(doc):
    unit, y, scope = doc["unit"], doc["year"], doc["scope"]
    title = f"{y}年度{scope}决算" if doc["kind"] == "final" else f"{y}年{scope}预算"
    out = [unit, title, ""]
    if doc.get("supervisor"):
        out += [f"主管部门：{doc['supervisor']}", ""]
    return out + [doc["date"], ""]


def write(doc):
    unit, y, scope = doc["unit"], doc["year"], doc["scope"]
    lines = cover(doc)
    style = doc["style"]
    if style == "national_final":
        tables, _econ = final_national(doc)
        lines += (
            [
                "目  录",
                "第一部分 " + ("单位概况" if scope == "单位" else "部门概况"),
                f"第二部分 {unit}{y}年度{scope}决算表",
            ]
            + NATIONAL_TOC
            + [f"第三部分 {unit}{y}年度{scope}决算情况说明", "第四部分 名词解释", ""]
        )
        lines += doc["front"].split("\n") + [""]
        lines += [f"第二部分 {unit}{y}年度{scope}决算表"] + tables
        lines += wrap(doc["narrative"]) + NAMES_FINAL.split("\n")
    elif style == "bj_final":
        tables, _econ, titles = final_beijing(doc)
        lines += [
            "目 录",
            f"第一部分 {unit}概况",
            "一、部门职责",
            "二、机构设置",
            f"第二部分 {unit}{y}年度部门决算表",
        ]
        lines += [f"{CN[i] if i < 10 else '十' + CN[i - 10]}、{t}" for i, t in enumerate(titles)]
        lines += [f"第三部分 {unit}{y}年度部门决算情况说明", "第四部分 名词解释", "- 1 -"]
        lines += doc["front"].split("\n") + ["- 2 -"]
        lines += [f"第二部分 {unit}{y}年度部门决算表"] + tables + ["- 12 -"]
        lines += wrap(doc["narrative"]) + NAMES_FINAL.split("\n")
    elif style == "bj_budget":
        tables, _econ = budget_beijing(doc)
        lines += (
            ["目 录", f"第一部分 {unit}{y}年部门预算报表"]
            + doc["toc"]
            + [f"第二部分 {unit}{y}年部门预算情况说明", "- 1 -", f"第一部分 {unit}{y}年部门预算报表"]
        )
        lines += tables + ["- 10 -"]
        narrative = wrap(doc["narrative"])
        lines += narrative[:1] + doc["front"].split("\n")[1:] + narrative[1:]
    elif style == "plain_budget":
        tables_src = dict(doc)
        titles = []
        for i, t in enumerate(doc["titles"], 1):
            titles.append(doc["title_prefix"].format(n=i, unit=unit) + t)
        tables_src["titles"] = titles
        tables, _econ = budget_plain(tables_src)
        expanded = []
        for ln in tables:
            expanded += ln.split("\n")
        lines += [
            "目  录",
            "第一部分 " + ("单位概况" if scope == "单位" else "部门概况"),
            f"第二部分 {y}年{scope}预算情况说明",
            f"第三部分 {y}年{scope}预算表",
            "",
        ]
        lines += doc["front"].split("\n") + [""]
        lines += wrap(doc["narrative"]) + [""]
        lines += [f"第三部分 {y}年{scope}预算表"] + expanded
    else:
        raise ValueError(style)
    return "\n".join(lines) + "\n"


HEADING = re.compile(
    r"^(第.部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}\.(?!\d)|其中：)"
)


def wrap(text, width=44):
    """Narrative paragraphs broken as pdftotext breaks a justified paragraph: at a fixed width, never inside
    a number (a figure and its 万元 may still part). A paragraph is a run of typed lines, joined first."""
    paragraphs = []
    for line in text.strip("\n").split("\n"):
        title = (
            bool(paragraphs) and HEADING.match(paragraphs[-1]) and not re.search(r"[。，；]", paragraphs[-1])
        )
        if paragraphs and not title and not HEADING.match(line) and not paragraphs[-1].endswith(("。", "：")):
            paragraphs[-1] += line
        else:
            paragraphs.append(line)
    out = []
    for line in paragraphs:
        if HEADING.match(line) and len(line) <= width + 8 and not re.search(r"\d万元", line):
            out.append(line)
            continue
        while len(line) > width:
            cut = width
            while cut < len(line) and (line[cut].isdigit() or line[cut] in ",.%，。；、：）”"):
                cut += 1
            if cut >= len(line) - 1:
                break
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return out


def main():
    for key, doc in DOCS.items():
        (HERE / f"{key}.txt").write_text(write(doc), encoding="utf-8")
        print("wrote", key)


if __name__ == "__main__":
    main()
