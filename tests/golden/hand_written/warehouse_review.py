"""A warehouse review: one folder's reports built through the whole pipeline in a scratch directory, the
marts compared with the expectations its reviewer typed by hand (the folder's expected.py). Shared by the
check.py of rules_s28n and rules_s29a, and by the pipeline test that builds them.

Per expectation: OK, WRONG (the row is there, a figure differs: listed), MISSING (no such row); per mart row
about these documents that no expectation names: UNEXPECTED. Optional findings: OK or ABSENT.
Expectations (module attributes): EXECUTION (unit, year, basis, item_kind, item, fund_basis, budget, actual,
rate, stated), FACTS (file, phase, code, type, amount, funding_source), FACT_TOTALS, UNITS, SUBJECTS,
FINDINGS, OPTIONAL_FINDINGS.
"""

import os
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def num(x):
    return None if x is None else Decimal(str(x))


def close(a, b, tol):
    if a is None or b is None:
        return a is None and b is None
    return abs(num(a) - num(b)) <= Decimal(str(tol))


def base(path):
    return None if path is None else Path(path).name


def matches(finding, matcher):
    for column, want in matcher.items():
        if column == "message~":
            if want not in (finding["message"] or ""):
                return False
        elif column in ("expected", "observed"):
            try:
                if not close(finding[column], want, "0.01"):
                    return False
            except Exception:
                return False
        elif finding[column] != want:
            return False
    return True


class Review:
    def __init__(self, folder: Path, files: list[str], expected, units: tuple[str, ...]):
        self.folder, self.files, self.E, self.units = folder, files, expected, units
        self.counts = defaultdict(int)

    def say(self, status, text):
        self.counts[status] += 1
        print(f"{status:<10} {text}")

    def build(self) -> Path:
        """The folder's reports built as bench/scale.py's build_env does it, under /tmp/<folder>_run."""
        runs = Path("/tmp") / f"{self.folder.name.removeprefix('rules_')}_run"
        runs.mkdir(parents=True, exist_ok=True)
        run = runs / f"run-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
        (run / "raw").mkdir(parents=True)
        for name in self.files:
            shutil.copy(self.folder / name, run / "raw" / name)
        (run / "dagster_home").mkdir()
        shutil.copy(ROOT / "dagster.yaml", run / "dagster_home" / "dagster.yaml")
        env = dict(os.environ)
        env.update(
            BUDGET_RAW_DIR=str(run / "raw"),
            BUDGET_LANDING_DIR=str(run / "landing"),
            BUDGET_WAREHOUSE_PATH=str(run / "warehouse.duckdb"),
            DAGSTER_HOME=str(run / "dagster_home"),
        )
        log = run / "build.log"
        with log.open("w") as out:
            proc = subprocess.run(
                [str(ROOT / ".venv/bin/budget-warehouse"), "build"],
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                timeout=3600,
            )
        if proc.returncode != 0 or not (run / "warehouse.duckdb").exists():
            print(f"BUILD FAILED (rc={proc.returncode}); log: {log}")
            print(log.read_text()[-3000:])
            sys.exit(2)
        print(f"# built {run / 'warehouse.duckdb'} (log {log})")
        return run / "warehouse.duckdb"

    def check_all(self, con):
        docs = con.execute("select count(distinct source_file) from marts.fact_expenditure").fetchone()[0]
        print(f"# {len(self.files)} reports in raw/, {docs} documents with facts in the warehouse")
        self.check_execution(con)
        self.check_facts(con)
        self.check_units(con)
        self.check_subjects(con)
        self.check_findings(con)
        print("\n# " + ", ".join(f"{k}={v}" for k, v in sorted(self.counts.items())))

    def check_execution(self, con):
        print("\n## marts.budget_execution")
        marks = ", ".join("?" for _ in self.units)
        rows = con.execute(
            f"""select unit_name, fiscal_year, comparison_basis, item_kind, coalesce(subject_code, item_key) as item,
                      budget_yuan, actual_yuan, execution_rate, stated_rate, item_name, budget_source_file,
                      actual_source_file, fund_basis, actual_source
               from marts.budget_execution where unit_name in ({marks})""",
            list(self.units),
        ).fetchall()
        got = defaultdict(list)
        for r in rows:
            got[(*r[:5], r[12])].append(r)  # one row per money (fund_basis) of an item
        for unit, year, basis, kind, item, fund, budget, actual, rate, stated in self.E.EXECUTION:
            key = (unit, year, basis, kind, item, fund)
            label = (
                f"{unit} {year} {basis:<20} {kind:<16} {item:<17} fund={fund} budget={budget} actual={actual} "
                f"rate={rate} stated={stated}"
            )
            found = got.pop(key, [])
            if not found:
                self.say("MISSING", label)
                continue
            r = found[0]
            diffs = []
            if r[12] != fund:
                diffs.append(f"fund_basis {r[12]}")
            if not close(r[5], budget, "0.01"):
                diffs.append(f"budget {r[5]}")
            if not close(r[6], actual, "0.01"):
                diffs.append(f"actual {r[6]} ({r[13]})")
            if not close(r[7], rate, "0.000001"):
                diffs.append(f"rate {r[7]}")
            if not close(r[8], stated, "0.000001"):
                diffs.append(f"stated {r[8]}")
            if len(found) > 1:
                diffs.append(f"{len(found)} rows")
            if diffs:
                self.say(
                    "WRONG",
                    label + "  | warehouse: " + ", ".join(diffs) + f"  [{base(r[10])} / {base(r[11])}]",
                )
            else:
                self.say("OK", label)
        for key, found in sorted(got.items(), key=lambda kv: tuple(str(x) for x in kv[0])):
            for r in found:
                self.say(
                    "UNEXPECTED",
                    f"{' '.join(str(x) for x in key)} '{r[9]}' fund={r[12]} budget={r[5]} actual={r[6]} ({r[13]}) "
                    f"rate={r[7]} stated={r[8]} [{base(r[10])} / {base(r[11])}]",
                )

    def check_facts(self, con):
        print("\n## marts.fact_expenditure")
        rows = con.execute(
            """select source_file, phase, subject_code, expenditure_type, amount_yuan, funding_source
               from marts.fact_expenditure"""
        ).fetchall()
        cells, totals, sources = defaultdict(Decimal), defaultdict(Decimal), defaultdict(set)
        for f, phase, code, kind, amount, funding in rows:
            f = base(f)
            if f not in self.files:
                continue
            cells[(f, phase, code, kind)] += amount
            sources[(f, phase, code, kind)].add(funding)
            totals[(f, phase)] += amount
        for f, phase, code, kind, amount, funding in self.E.FACTS:
            label = f"{f} {phase} {code} {kind} = {amount} funding_source={funding}"
            key = (f, phase, code, kind)
            if key not in cells:
                others = {k[3]: v for k, v in cells.items() if k[:3] == key[:3]}
                self.say("MISSING", label + (f"  | warehouse has {others}" if others else ""))
                continue
            diffs = []
            if not close(cells[key], amount, "0.01"):
                diffs.append(f"amount {cells[key]}")
            if sources[key] != {funding}:
                diffs.append(f"funding_source {sorted(str(x) for x in sources[key])}")
            self.say(
                "WRONG" if diffs else "OK", label + ("  | warehouse: " + ", ".join(diffs) if diffs else "")
            )
        listed = set()
        for f, phase, amount in self.E.FACT_TOTALS:
            listed.add((f, phase))
            label = f"{f} {phase} sum(amount_yuan) = {amount}"
            if (f, phase) not in totals:
                self.say("MISSING", label)
            elif close(totals[(f, phase)], amount, "0.01"):
                self.say("OK", label)
            else:
                self.say("WRONG", label + f"  | warehouse: {totals[(f, phase)]}")
        for key in sorted(set(totals) - listed):
            srcs = sorted({str(x) for k, v in sources.items() if k[:2] == key for x in v})
            self.say(
                "UNEXPECTED", f"{key[0]} {key[1]} sum(amount_yuan) = {totals[key]} funding_source={srcs}"
            )

    def check_units(self, con):
        print("\n## marts.dim_unit")
        doc_units = dict(
            (base(f), u)
            for f, u in con.execute(
                "select distinct source_file, unit_id from marts.fact_expenditure"
            ).fetchall()
        )
        for name, scope, city, district, supervisor, docs in self.E.UNITS:
            rows = con.execute(
                "select unit_id, scope, city, district, supervising_department from marts.dim_unit where unit_name = ?",
                [name],
            ).fetchall()
            label = f"{name} scope={scope} city={city} district={district} supervisor={supervisor} docs={len(docs)}"
            if not rows:
                self.say("MISSING", label)
                continue
            diffs = []
            if len(rows) != 1:
                diffs.append(f"{len(rows)} rows")
            uid, s, c, dist, sup = rows[0]
            for what, want, have in (
                ("scope", scope, s),
                ("city", city, c),
                ("district", district, dist),
                ("supervisor", supervisor, sup),
            ):
                if want != have:
                    diffs.append(f"{what} {have}")
            off = [d for d in docs if doc_units.get(d) != uid]
            if off:
                diffs.append(f"documents on another unit_id: {off}")
            self.say(
                "WRONG" if diffs else "OK", label + ("  | warehouse: " + ", ".join(diffs) if diffs else "")
            )

    def check_subjects(self, con):
        print("\n## marts.dim_subject_code")
        for cls, code, year, name, level, parent, class_code, class_name in self.E.SUBJECTS:
            rows = con.execute(
                """select subject_name, level, parent_code, class_code, class_name from marts.dim_subject_code
                   where classification = ? and subject_code = ? and fiscal_year = ?""",
                [cls, code, year],
            ).fetchall()
            label = (
                f"{cls} {code} {year} {name} level={level} parent={parent} class={class_code} {class_name}"
            )
            if not rows:
                self.say("MISSING", label)
                continue
            have = rows[0]
            want = (name, level, parent, class_code, class_name)
            diffs = [f"{w}->{h}" for w, h in zip(want, have) if w != h]
            self.say(
                "WRONG" if diffs else "OK", label + ("  | warehouse: " + ", ".join(diffs) if diffs else "")
            )

    def check_findings(self, con):
        print("\n## marts.dq_findings")
        cols = [
            "source_file",
            "check_name",
            "severity",
            "table_key",
            "expected",
            "observed",
            "message",
            "source_line",
        ]
        findings = [
            dict(zip(cols, r))
            for r in con.execute(f"select {', '.join(cols)} from marts.dq_findings").fetchall()
        ]
        findings = [
            f | {"source_file": base(f["source_file"])}
            for f in findings
            if base(f["source_file"]) in self.files
        ]
        left = list(findings)

        def take(f, check, matcher, loose=False):
            for i, x in enumerate(left):
                if x["source_file"] == f and x["check_name"] == check and (loose or matches(x, matcher)):
                    return left.pop(i)
            return None

        pending = []
        for f, check, what, matcher in self.E.FINDINGS:
            hit = take(f, check, matcher)
            if hit:
                self.say("OK", f"{f} {check}: {what}")
            else:
                pending.append((f, check, what, matcher))
        for f, check, what, matcher in pending:
            hit = take(f, check, matcher, loose=True)
            if hit:
                self.say(
                    "WRONG",
                    f"{f} {check}: {what}  | warehouse: expected={hit['expected']} observed={hit['observed']} "
                    f"{hit['message']}",
                )
            else:
                self.say("MISSING", f"{f} {check}: {what}")
        for f, check, what, matcher in self.E.OPTIONAL_FINDINGS:
            hit = take(f, check, matcher)
            self.say("OK" if hit else "ABSENT", f"(optional) {f} {check}: {what}")
        for x in left:
            self.say(
                "UNEXPECTED",
                f"{x['source_file']} {x['check_name']} [{x['severity']}] table={x['table_key']} "
                f"expected={x['expected']} observed={x['observed']} line={x['source_line']}: {x['message']}",
            )
