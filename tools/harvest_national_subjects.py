"""Write dagster_project/parser/national_subjects.py: the functional classification's 款 and 项 names
(政府收支分类科目, 支出功能分类) as the tables of real reports print them beside their codes.

Why: a report's 说明 names each item it explains by its 类/款/项 chain ("教育支出（类）教育管理事务（款）行政
运行（项）"). The parser finds the chain's code among the names the report's own tables print; where it cannot
read those tables (a plain-text rendition whose codes are printed split over lines), or they do not print
that 款 or 项, the chain was left without a code. The classification is national: the same name under the
same parent is the same code in every report of a year, so the names read in other reports place it.

How: every report stored under tests/golden/ (not the probes_* made up to test one rule) and in the corpus
folder (BUDGET_CORPUS_DIR, default ../shared/corpus/real) is parsed; each unit's (code, name) pairs from its
functional tables count once for that unit (its PDF and its two text renditions are one unit). A (parent
code, name) pair is kept when at least two units in two folders (reviews) print it under one code, at least
80% of the units printing it under that parent do, and no other code is printed by two folders
(the classification renumbers some items between years, 医疗救助 21012 -> 21013: such names are left
out), the name is Chinese only, and it is neither the tail of a longer name of the same code
("年金缴费支出") nor a name run into the start of another item's ("…缴费支出机关事业单位职业"): pieces of
names misread in one template. (A tail printed by more units than its longer name is a name of its own:
行政单位离退休, once 归口管理的….)

    .venv/bin/python tools/harvest_national_subjects.py [--check]

--check: exit 1 when the written module differs from what the stored reports give now.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter, defaultdict
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = Path(os.environ.get("BUDGET_CORPUS_DIR", ROOT.parent / "shared" / "corpus" / "real"))
OUT = ROOT / "dagster_project" / "parser" / "national_subjects.py"
RENDITION_RE = re.compile(r"\.(?:layout\.txt|txt|pdf)$")
OUTPUT_RE = re.compile(r"^check_output|results|^expected")
NAME_RE = re.compile(r"[\u4e00-\u9fff()、]{2,40}")
LEAST_UNITS = 2
MAJORITY = 0.8  # of the units printing a name under a parent, the share printing it under the kept code


def reports() -> list[Path]:
    """The stored reports and their renditions, not the reviews' outputs nor the probes made up to test one
    rule (their codes need not be the classification's)."""
    found = [*ROOT.glob("tests/golden/**/*.txt"), *ROOT.glob("tests/golden/**/*.pdf")]
    if CORPUS.is_dir():
        found += [*CORPUS.glob("*.txt"), *CORPUS.glob("*.pdf")]
    return sorted(
        path
        for path in found
        if not OUTPUT_RE.search(path.name) and not any(part.startswith("probes_") for part in path.parts)
    )


def read(path: Path) -> tuple[str, str, int | None, list[tuple[str, str]]]:
    from dagster_project.parser import parse_document
    from dagster_project.parser.tokens import compact

    result = parse_document(path.read_bytes(), path.name)
    unit = compact(result.document.unit_name or "") or RENDITION_RE.sub("", path.name)
    pairs = {
        (a.subject_code, compact(a.subject_name))
        for a in result.amounts
        if a.classification == "functional" and a.subject_name and len(a.subject_code or "") in (5, 7)
    }
    return unit, str(path.parent), result.document.fiscal_year, sorted(pairs)


def harvest(paths: list[Path]) -> dict[tuple[str, str], tuple[str, int, int]]:
    """(parent code, name) -> (code, units printing it, the first fiscal year a report printing it is of)."""
    by_unit: dict[str, set] = defaultdict(set)
    folders: dict[tuple[str, str], set[str]] = defaultdict(set)  # by (code, name)
    first: dict[tuple[str, str], int] = {}  # by (code, name): the earliest fiscal year printing it
    with Pool(2) as pool:
        for unit, folder, year, pairs in pool.imap_unordered(read, paths, chunksize=8):
            by_unit[unit].update(pairs)
            for pair in pairs:
                folders[pair].add(folder)
                if year is not None:
                    first[pair] = min(year, first.get(pair, year))
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for pairs in by_unit.values():
        for code, name in pairs:
            votes[(code[:-2], name)][code] += 1
    kept = {}
    for key, codes in votes.items():
        (code, units), *others = codes.most_common()
        # (a few units' misread rows put a name under a neighbour's code: 51 units print 农业生产发展 as
        # 2130122, 5 as 2130135, all of one review; a name renumbered between years splits its units more
        # evenly, 医疗救助 21012 / 21013, or is printed under its other code in two reviews at least,
        # 其他社会保障和就业支出 2089901 / 2089999, and is left out. Reports typed for one review from one
        # template count once.)
        if (
            units >= LEAST_UNITS
            and len(folders[(code, key[1])]) >= LEAST_UNITS
            and units >= MAJORITY * codes.total()
            and all(len(folders[(other, key[1])]) < LEAST_UNITS for other, _units in others)
            and NAME_RE.fullmatch(key[1])
        ):
            kept[key] = (code, units, first.get((code, key[1]), 0))
    names_of: dict[str, set[str]] = defaultdict(set)  # by parent code
    for parent, name in kept:
        names_of[parent].add(name)
    code_of = {key: value[0] for key, value in kept.items()}

    def piece(parent: str, name: str, code: str) -> bool:
        for other in names_of[parent] - {name}:
            # the tail of a longer name of the same code, printed by more units ("年金缴费支出"; not
            # 行政单位离退休, the later name of 归口管理的行政单位离退休)
            if (
                code_of[(parent, other)] == code
                and other.endswith(name)
                and kept[(parent, other)][1] > kept[(parent, name)][1]
            ):
                return True
            if code_of[(parent, other)] != code and any(
                name.endswith(other[:k]) and name[:-k] in names_of[parent] for k in range(2, len(other))
            ):
                return True  # a whole name run into the start of another item's
        return False

    return {key: value for key, value in kept.items() if not piece(key[0], key[1], value[0])}


def render(kept: dict[tuple[str, str], tuple[str, int, int]], documents: int) -> str:
    lines = [
        '"""The functional classification\'s 款 and 项 names by their parent: (parent code, name) ->',
        "(code, the first fiscal year a stored report printing it is of; a report of an earlier year may use",
        "another code, as the classification renumbers items).",
        "",
        f"Generated by tools/harvest_national_subjects.py from {documents} stored reports (a unit's",
        "renditions counted once): each pair printed under one code by at least",
        f"{LEAST_UNITS} units of {LEAST_UNITS} folders and by {MAJORITY:.0%} of those printing it. Do not",
        "edit; run the tool again.",
        '"""',
        "",
        "NATIONAL_SUBJECTS: dict[tuple[str, str], tuple[str, int]] = {",
    ]
    for (parent, name), (code, units, first) in sorted(kept.items(), key=lambda kv: (kv[1][0], kv[0][1])):
        lines.append(f'    ("{parent}", "{name}"): ("{code}", {first}),  # {units} units')
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    paths = reports()
    kept = harvest(paths)
    text = render(kept, len(paths))
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT} differs from what the stored reports give")
        sys.exit(0 if same else 1)
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {len(kept)} names from {len(paths)} reports")


if __name__ == "__main__":
    main()
