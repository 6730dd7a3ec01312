"""Text renditions against the PDF, printed as a table (a check, not a test).

For every report of the corpus folder (default ../shared/corpus/real, or BUDGET_CORPUS_DIR) that has a PDF,
its text renditions (`.txt`, plain pdftotext; `.layout.txt`, pdftotext -layout) are parsed beside the PDF
and their cells compared by (table, code or row label, column, phase):

- contradicted: a cell both read, with different amounts;
- other column: a cell of a row the PDF also reads, under a column the PDF has no figure in;
- text only / PDF only: cells of rows one side does not read.

The PDF's cells are the reference because they come with positions (and are checked against hand-typed
goldens in tests/test_corpus_golden.py). `--show N` lists N cells of each kind.

    .venv/bin/python bench/renditions.py [--show 5]
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from dagster_project.parser import parse_document

CORPUS = Path(os.environ.get("BUDGET_CORPUS_DIR", Path(__file__).resolve().parents[2] / "shared/corpus/real"))


def cells(path: Path) -> dict[tuple, object]:
    result = parse_document(path.read_bytes(), path.name)
    return {
        (a.table_key, a.subject_code or a.row_label, a.column_key, a.phase): a.amount_yuan
        for a in result.amounts
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    heads = ("cells", "contradicted", "other column", "text only", "PDF only")
    print(f"{'rendition':52} " + " ".join(f"{h:>12}" for h in heads))
    for pdf in sorted(CORPUS.glob("*.pdf")):
        reference = cells(pdf)
        rows = {(table, row, phase) for table, row, _column, phase in reference}
        for suffix in (".layout.txt", ".txt"):
            text_path = pdf.with_suffix(suffix)
            if not text_path.exists():
                continue
            text = cells(text_path)
            contradicted = {
                k: (v, reference[k]) for k, v in text.items() if k in reference and reference[k] != v
            }
            other_column = {
                k: v for k, v in text.items() if k not in reference and (k[0], k[1], k[3]) in rows and v != 0
            }
            text_only = [k for k in text if k not in reference and k not in other_column]
            pdf_only = [k for k in reference if k not in text]
            counts = (len(text), len(contradicted), len(other_column), len(text_only), len(pdf_only))
            print(f"{text_path.name:52} " + " ".join(f"{n:>12}" for n in counts))
            for kind, found in (("contradicted", contradicted), ("other column", other_column)):
                for key, value in list(found.items())[: args.show]:
                    print(f"    {kind}: {key} {value}")


if __name__ == "__main__":
    main()
