"""`make report`: a static HTML report of the published warehouse that opens from disk, with no server and
nothing fetched (styles, charts and script inlined). Per unit and year: budget versus actual by 类 as a
bar chart, 三公 budget versus actual, execution rates (computed and as stated), and the findings with
their source location."""

from __future__ import annotations

import argparse
import html
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import duckdb

from . import paths

_STYLE = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;
margin:2rem auto;max-width:1100px;color:#1f2933;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem} h2{border-top:2px solid #cbd2d9;padding-top:1rem;margin-top:2.5rem}
h3{font-size:1.05rem;margin:1.4rem 0 .4rem} .meta{color:#616e7c;font-size:.9rem}
table{border-collapse:collapse;width:100%;font-size:.86rem;margin:.3rem 0 1rem}
th,td{border-bottom:1px solid #e4e7eb;padding:.25rem .45rem;text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.bad{color:#b42318;font-weight:600} .ok{color:#027a48} .legend span{display:inline-block;margin-right:1rem}
.swatch{display:inline-block;width:.9rem;height:.9rem;vertical-align:-2px;margin-right:.3rem}
svg text{font-size:11px;fill:#3e4c59}
"""
_BUDGET, _ACTUAL = "#7a9cc6", "#e07a3f"
# After layout, every chart records the size it was drawn at: a check (and the test) that charts rendered.
_SCRIPT = """
window.addEventListener('load', function () {
  var charts = document.querySelectorAll('svg.chart');
  var drawn = 0;
  charts.forEach(function (svg) {
    var bars = svg.querySelectorAll('rect.bar');
    var box = svg.getBoundingClientRect();
    var visible = Array.prototype.filter.call(bars, function (b) { return b.getBBox().width > 0; }).length;
    svg.setAttribute('data-rendered', box.width > 0 && visible === bars.length ? 'yes' : 'no');
    if (box.width > 0 && visible === bars.length) drawn++;
  });
  document.body.setAttribute('data-charts-drawn', drawn + '/' + charts.length);
});
"""


def _money(value) -> str:
    if value is None:
        return ""
    return f"{Decimal(value) / 10000:,.2f}"


def _bar_chart(rows: list[tuple[str, Decimal | None, Decimal | None]]) -> str:
    """Horizontal grouped bars (budget, actual) per category, in 万元, as inline SVG."""
    width, label_w, bar_h, gap = 760, 230, 12, 10
    peak = max([float(v or 0) for _l, b, a in rows for v in (b, a)] + [1.0])
    height = len(rows) * (2 * bar_h + gap) + 24
    parts = [
        f'<svg class="chart" width="{width}" height="{height}" role="img" '
        f'xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}">'
    ]
    y = 4
    for label, budget, actual in rows:
        parts.append(
            f'<text x="{label_w - 8}" y="{y + bar_h + 4}" text-anchor="end">{html.escape(label)}</text>'
        )
        for offset, value, colour, kind in (
            (0, budget, _BUDGET, "budget"),
            (bar_h, actual, _ACTUAL, "actual"),
        ):
            if value is None:
                continue
            w = max(1.0, (width - label_w - 110) * float(value) / peak)
            parts.append(
                f'<rect class="bar {kind}" x="{label_w}" y="{y + offset}" width="{w:.1f}" '
                f'height="{bar_h - 1}" fill="{colour}"><title>{kind}: {_money(value)} 万元</title></rect>'
            )
            parts.append(
                f'<text x="{label_w + w + 4:.1f}" y="{y + offset + bar_h - 2}">{_money(value)}</text>'
            )
        y += 2 * bar_h + gap
    parts.append("</svg>")
    return "".join(parts)


def _table(headers: list[str], rows: list[list[str]], numeric: set[int] = frozenset()) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>"
        + "".join(f'<td class="num">{c}</td>' if i in numeric else f"<td>{c}</td>" for i, c in enumerate(row))
        + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


# The money both sides of an execution row cover (budget_execution.fund_basis), as the reports name it.
_MONEY_NAMES = {
    "all_sources": "本年支出 all sources",
    "general_budget": "一般公共预算 general budget",
    "government_fund": "政府性基金 government funds",
    "state_capital": "国有资本经营 state capital",
    "fiscal": "财政拨款 appropriations",
    "non_fiscal": "非财政拨款 other sources",
}


def render(con: duckdb.DuckDBPyConnection) -> str:
    by_class = con.execute("""
        select u.unit_name, f.fiscal_year, f.source_file, f.doc_kind, s.class_code,
               any_value(s.class_name) as class_name,
               sum(f.amount_yuan) filter (where f.phase = 'budget') as budget_yuan,
               sum(f.amount_yuan) filter (where f.phase = 'actual') as actual_yuan
        from marts.fact_expenditure f
        join marts.dim_unit u using (unit_id)
        join marts.dim_subject_code s on f.subject_key = s.subject_key
        group by all order by 1, 2, 3, 5""").fetchall()
    executions = con.execute("""
        select unit_name, fiscal_year, item_kind, coalesce(subject_code, ''), item_name, budget_yuan,
               actual_yuan, execution_rate, stated_rate, rate_matches_stated, comparison_basis,
               coalesce(budget_source_file, ''), coalesce(actual_source_file, ''), coalesce(fund_basis, '')
        from marts.budget_execution
        order by unit_name, fiscal_year, actual_source_file, item_kind, subject_code""").fetchall()
    findings = con.execute("""
        select source_file, source_line, severity, check_name, message
        from marts.dq_findings order by source_file, source_line""").fetchall()
    built = con.execute(
        "select published_at, dagster_run_id, document_count from marts.build_info"
    ).fetchone()
    sections: dict[tuple[str, int], dict] = defaultdict(lambda: {"docs": defaultdict(list), "exec": []})
    for unit, year, source, kind, code, name, budget, actual in by_class:
        sections[(unit, year)]["docs"][(kind, source)].append((code, name, budget, actual))
    for row in executions:
        sections[(row[0], row[1])]["exec"].append(row)
    out = [
        f"<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'><title>预算执行报告 Budget "
        f"execution report</title><style>{_STYLE}</style></head><body>",
        "<h1>预算执行报告 · Budget versus actual</h1>",
        f"<p class='meta'>Warehouse built {built[0]:%Y-%m-%d %H:%M} UTC by run {html.escape(built[1])} "
        f"from {built[2]} documents. Amounts in 万元 (10,000 yuan).</p>",
        f"<p class='legend'><span><i class='swatch' style='background:{_BUDGET}'></i>budget 预算</span>"
        f"<span><i class='swatch' style='background:{_ACTUAL}'></i>actual 决算</span></p>",
    ]
    for (unit, year), data in sorted(sections.items()):
        out.append(f"<h2>{html.escape(unit)} · {year}</h2>")
        docs = data["docs"]
        budgets = [k for k in docs if k[0] == "budget"]
        finals = [k for k in docs if k[0] == "final_account"]
        if len(budgets) > 1 or len(finals) > 1:
            out.append(
                "<p class='bad'>Several reports of the same kind for this unit and year: each is shown "
                "on its own (see conflicting_reports among the findings).</p>"
            )
        for kind, source in sorted(docs):
            title = "final account 决算" if kind == "final_account" else "budget report 预算"
            out.append(f"<h3>By 类, {title}: {html.escape(source)}</h3>")
            out.append(_bar_chart([(f"{c} {n or ''}", b, a) for c, n, b, a in docs[(kind, source)]]))
        if len(budgets) == 1 and len(finals) == 1:
            planned = {c: (n, b) for c, n, b, _a in docs[budgets[0]]}
            spent = {c: (n, a) for c, n, _b, a in docs[finals[0]]}
            rows = [
                (
                    f"{c} {(planned.get(c) or spent.get(c))[0] or ''}",
                    (planned.get(c) or (None, None))[1],
                    (spent.get(c) or (None, None))[1],
                )
                for c in sorted(set(planned) | set(spent))
            ]
            out.append("<h3>By 类, budget report versus final account</h3>")
            out.append(_bar_chart(rows))
        sangong = [r for r in data["exec"] if r[2] == "sangong"]
        for source in sorted({r[12] for r in sangong}):
            out.append(f"<h3>三公 budget versus actual: {html.escape(source)}</h3>")
            out.append(_bar_chart([(r[4], r[5], r[6]) for r in sangong if r[12] == source]))
        if data["exec"]:
            out.append("<h3>Execution rates 执行率</h3>")
            rows = []
            for r in data["exec"]:
                agree = (
                    ""
                    if r[9] is None
                    else ("<span class='ok'>agrees</span>" if r[9] else "<span class='bad'>differs</span>")
                )
                rows.append(
                    [
                        html.escape(r[2]),
                        r[3],
                        html.escape(r[4] or ""),
                        _MONEY_NAMES.get(r[13], html.escape(r[13])),
                        _money(r[5]),
                        _money(r[6]),
                        "" if r[7] is None else f"{Decimal(r[7]) * 100:.2f}%",
                        "" if r[8] is None else f"{Decimal(r[8]) * 100:.2f}%",
                        agree,
                        html.escape(r[12] if r[10] == "within_final_account" else f"{r[11]} / {r[12]}"),
                    ]
                )
            out.append(
                _table(
                    ["kind", "code", "item", "money", "budget", "actual", "computed", "stated", "", "source"],
                    rows,
                    {4, 5, 6, 7},
                )
            )
    out.append("<h2>Findings 数据质量发现</h2>")
    out.append(
        _table(
            ["source (file:line)", "severity", "check", "finding"],
            [
                [
                    f"{html.escape(f[0])}:{f[1] if f[1] is not None else ''}",
                    f"<span class='{'bad' if f[2] == 'error' else ''}'>{f[2]}</span>",
                    html.escape(f[3]),
                    html.escape(f[4]),
                ]
                for f in findings
            ],
        )
    )
    out.append(f"<script>{_SCRIPT}</script></body></html>")
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", default=str(paths.PROJECT_ROOT / "report" / "index.html"))
    args = parser.parse_args(argv)
    with duckdb.connect(str(paths.warehouse_path()), read_only=True) as con:
        page = render(con)
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(page, encoding="utf-8")
    print(f"report: {output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
