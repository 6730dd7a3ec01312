"""Accuracy against the ground truth of a generated corpus (bench/corpus.py).

    python bench/accuracy.py CORPUS_DIR                      # parser only: every table cell
    python bench/accuracy.py CORPUS_DIR --warehouse FILE     # and the warehouse: facts, findings

Prints precision and recall of
- cells: every amount of every table (document, table, row code or label, column, phase, yuan), parser output;
- facts: marts.fact_expenditure rows (document, phase, subject code, expenditure type, yuan);
- lines: every line of the 部门预算明细表 (document, functional, governmental and departmental economic codes,
  project, basic or project, yuan), parser output;
- findings: marts.dq_findings rows against the planted misstatements (document, check, line);
and lists the first misses and extras of each, so a number below 100% points at its cause.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dagster_project.parser import document_id_for, parse_document
from dagster_project.parser.tokens import compact


def _truths(corpus: Path) -> list[dict]:
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    out = []
    for relative in manifest["files"]:
        truth = json.loads((corpus / "truth" / relative).with_suffix(".json").read_text(encoding="utf-8"))
        truth["document_id"] = document_id_for(relative)
        out.append(truth)
    return out


def _cell_key(doc: str, table: str, code, label, column: str, phase: str, yuan) -> tuple:
    return (
        doc,
        table,
        code or "",
        "" if code else compact(label or ""),  # as the parser records labels (full-width folded)
        column,
        phase,
        str(Decimal(yuan).quantize(Decimal("0.01"))),
    )


def _line_key(doc: str, functional, government, department, project, kind, yuan) -> tuple:
    return (
        doc,
        functional,
        government or "",
        department or "",
        compact(project or ""),  # names are compared as the parser records them (full-width folded)
        kind,
        str(Decimal(yuan).quantize(Decimal("0.01"))),
    )


def _parse_cells(args: tuple[str, str]) -> tuple[list[tuple], list[tuple], list[tuple]]:
    path, relative = args
    result = parse_document(Path(path).read_bytes(), relative, document_id_for(relative))
    cells = [
        _cell_key(
            a.document_id, a.table_key, a.subject_code, a.row_label, a.column_key, a.phase, a.amount_yuan
        )
        for a in result.amounts
    ]
    lines = [
        _line_key(
            i.document_id,
            i.functional_code,
            i.economic_government_code,
            i.economic_department_code,
            i.project_name,
            i.expenditure_type,
            i.amount_yuan,
        )
        for i in result.line_items
    ]
    diagnostics = [(d.document_id, d.check_name, d.source_line, d.message) for d in result.diagnostics]
    return cells, lines, diagnostics


def score(name: str, truth: Counter, found: Counter, show: int = 5) -> dict:
    hit = sum((truth & found).values())
    precision = hit / max(sum(found.values()), 1)
    recall = hit / max(sum(truth.values()), 1)
    print(
        f"{name:<10} truth {sum(truth.values()):>8}  found {sum(found.values()):>8}  "
        f"precision {precision:8.4%}  recall {recall:8.4%}"
    )
    for label, diff in (("missed", truth - found), ("extra", found - truth)):
        for item in list(diff)[:show]:
            print(f"    {label}: {item}")
    return {
        "truth": sum(truth.values()),
        "found": sum(found.values()),
        "precision": precision,
        "recall": recall,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--warehouse", type=Path, help="a warehouse built from CORPUS/raw")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--show", type=int, default=5, help="misses and extras listed per measure")
    args = parser.parse_args()
    truths = _truths(args.corpus)
    truth_cells = Counter(
        _cell_key(
            t["document_id"],
            c["table_key"],
            c["subject_code"],
            c["row_label"],
            c["column_key"],
            c["phase"],
            c["amount_yuan"],
        )
        for t in truths
        for c in t["cells"]
    )
    jobs = [(str(args.corpus / "raw" / t["file"]), t["file"]) for t in truths]
    found_cells: Counter = Counter()
    found_lines: Counter = Counter()
    diagnostics = []
    with ProcessPoolExecutor(args.workers) as pool:
        for cells, lines, diags in pool.map(_parse_cells, jobs, chunksize=16):
            found_cells.update(cells)
            found_lines.update(lines)
            diagnostics += diags
    print(f"{len(truths)} documents, {sum(len(t['misstatements']) for t in truths)} planted misstatements")
    results = {"cells": score("cells", truth_cells, found_cells, args.show)}
    truth_lines = Counter(
        _line_key(
            t["document_id"],
            li["functional_code"],
            li["economic_government_code"],
            li["economic_department_code"],
            li["project_name"],
            li["expenditure_type"],
            li["amount_yuan"],
        )
        for t in truths
        for li in t.get("line_items", [])
    )
    results["line_items"] = score("lines", truth_lines, found_lines, args.show)
    # A diagnostic at a planted misstatement (the parser checks the narrative's own arithmetic) is a finding
    # scored below; any other is a parser failure on a generated document.
    planted = {(t["document_id"], m["check_name"], m["line"]) for t in truths for m in t["misstatements"]}
    # Notes the generator expects (a part of a 三公 item, which is not loaded): each must be there.
    notes = {(t["document_id"], n["check_name"], n["line"]) for t in truths for n in t.get("notes", [])}
    unplanted = [d for d in diagnostics if d[:3] not in planted and d[:3] not in notes]
    kinds = Counter(d[1] for d in unplanted)
    noted = notes & {d[:3] for d in diagnostics}
    print(
        f"parser diagnostics: {dict(kinds) or 'none'} "
        f"(besides {len(diagnostics) - len(unplanted) - len(noted)} at planted misstatements "
        f"and {len(noted)} of {len(notes)} expected notes)"
    )
    for note in sorted(notes - noted)[: args.show]:
        print(f"    expected note missing: {note}")
    for d in unplanted[: args.show]:
        print(f"    {d}")
    if args.warehouse:
        import duckdb

        con = duckdb.connect(str(args.warehouse), read_only=True)
        truth_facts = Counter(
            (
                t["document_id"],
                f["phase"],
                f["subject_code"] or "",
                f["expenditure_type"],
                str(Decimal(f["amount_yuan"]).quantize(Decimal("0.01"))),
            )
            for t in truths
            for f in t["facts"]
        )
        found_facts = Counter(
            (doc, phase, code or "", kind, str(Decimal(amount).quantize(Decimal("0.01"))))
            for doc, phase, code, kind, amount in con.execute(
                "select document_id, phase, subject_code, expenditure_type, amount_yuan "
                "from marts.fact_expenditure"
            ).fetchall()
        )
        results["facts"] = score("facts", truth_facts, found_facts, args.show)
        truth_findings = Counter(
            (t["document_id"], m["check_name"], m["line"]) for t in truths for m in t["misstatements"]
        )
        found_findings = Counter(
            (doc, check, line)
            for doc, check, line in con.execute(
                "select document_id, check_name, source_line from marts.dq_findings "
                "where severity in ('warn', 'error')"
            ).fetchall()
        )
        results["findings"] = score("findings", truth_findings, found_findings, args.show)
    (args.corpus / "accuracy.json").write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
