"""Compare the parser's reading of the two-sided summaries (收支总表, 财政拨款收支总表) in the PDFs of
summaries/ (drawn by summaries/gen*.py: ruled, unruled, rules under rows only; 行次; labels wrapped over two
or three lines, centred or top-aligned; 年初预算数 | 决算数, 上年 | 本年预算数 and 2024年 | 2025年预算数 on each
side; continued on a second page) with the amounts typed by hand from the drawn figures.
Run: PYTHONPATH=. .venv/bin/python tests/golden/hand_written/check_summaries.py [doc-prefix]"""

import re
import sys
import unicodedata
from pathlib import Path
from collections import defaultdict
from decimal import Decimal
from dagster_project.parser import parse_document

D = str(Path(__file__).parent / "summaries") + "/"
T = {"IE": "income_expenditure_summary", "FS": "fiscal_summary"}
C = {
    "i": "income",
    "e": "expenditure",
    "gp": "expenditure_general_public",
    "gf": "expenditure_government_fund",
    "sc": "expenditure_state_capital",
}
P = {"b": "budget", "a": "actual"}

# table|label|col|phase|yuan   (typed by hand from the drawn figures; 万元 x 10000)
EXPECTED = {
    "a_grid_hangci_final.pdf": """
IE|一、一般公共预算财政拨款收入|i|a|35124600.00
IE|二、政府性基金预算财政拨款收入|i|a|1200000.00
IE|五、事业收入|i|a|453000.00
IE|八、其他收入|i|a|82400.00
IE|一、一般公共服务支出|e|a|26551800.00
IE|八、社会保障和就业支出|e|a|4123700.00
IE|九、卫生健康支出|e|a|1560500.00
IE|十一、城乡社区支出|e|a|1200000.00
IE|十三、住房保障支出|e|a|2986000.00
IE|本年收入合计|i|a|36860000.00
IE|本年支出合计|e|a|36422000.00
IE|年初结转和结余|i|a|2105000.00
IE|年末结转和结余|e|a|2543000.00
IE|总计|i|a|38965000.00
IE|总计|e|a|38965000.00
FS|一、一般公共预算财政拨款|i|a|35124600.00
FS|二、政府性基金预算财政拨款|i|a|1200000.00
FS|一、一般公共服务支出|e|a|26000000.00
FS|一、一般公共服务支出|gp|a|26000000.00
FS|八、社会保障和就业支出|e|a|4123700.00
FS|八、社会保障和就业支出|gp|a|4123700.00
FS|九、卫生健康支出|e|a|1560500.00
FS|九、卫生健康支出|gp|a|1560500.00
FS|十一、城乡社区支出|e|a|1200000.00
FS|十一、城乡社区支出|gf|a|1200000.00
FS|十三、住房保障支出|e|a|2986000.00
FS|十三、住房保障支出|gp|a|2986000.00
FS|本年收入合计|i|a|36324600.00
FS|本年支出合计|e|a|35870200.00
FS|本年支出合计|gp|a|34670200.00
FS|本年支出合计|gf|a|1200000.00
FS|年初财政拨款结转和结余|i|a|1800000.00
FS|年末财政拨款结转和结余|e|a|2254400.00
FS|年末财政拨款结转和结余|gp|a|2254400.00
FS|一般公共预算财政拨款|i|a|1800000.00
FS|总计|i|a|38124600.00
FS|总计|e|a|38124600.00
FS|总计|gp|a|36924600.00
FS|总计|gf|a|1200000.00
""",
    "b_unruled_twophase_final.pdf": """
IE|一、一般公共预算财政拨款收入|i|b|48200000.00
IE|三、事业收入|i|b|1200000.00
IE|四、其他收入|i|b|0.00
IE|本年收入合计|i|b|49400000.00
IE|年初结转和结余|i|b|0.00
IE|总计|i|b|49400000.00
IE|一、一般公共预算财政拨款收入|i|a|50163245.18
IE|三、事业收入|i|a|1085412.60
IE|四、其他收入|i|a|23560.00
IE|本年收入合计|i|a|51272217.78
IE|年初结转和结余|i|a|1320516.40
IE|总计|i|a|52592734.18
IE|一、教育支出|e|b|44100000.00
IE|二、社会保障和就业支出|e|b|3600000.00
IE|三、卫生健康支出|e|b|800000.00
IE|四、住房保障支出|e|b|900000.00
IE|本年支出合计|e|b|49400000.00
IE|年末结转和结余|e|b|0.00
IE|总计|e|b|49400000.00
IE|一、教育支出|e|a|46018733.52
IE|二、社会保障和就业支出|e|a|3702118.40
IE|三、卫生健康支出|e|a|812300.00
IE|四、住房保障支出|e|a|905640.00
IE|本年支出合计|e|a|51438791.92
IE|年末结转和结余|e|a|1153942.26
IE|总计|e|a|52592734.18
FS|一、一般公共预算财政拨款|i|a|50163245.18
FS|一、教育支出|e|a|44812186.78
FS|一、教育支出|gp|a|44812186.78
FS|二、社会保障和就业支出|e|a|3702118.40
FS|二、社会保障和就业支出|gp|a|3702118.40
FS|三、卫生健康支出|e|a|812300.00
FS|三、卫生健康支出|gp|a|812300.00
FS|四、住房保障支出|e|a|905640.00
FS|四、住房保障支出|gp|a|905640.00
FS|本年收入合计|i|a|50163245.18
FS|本年支出合计|e|a|50232245.18
FS|本年支出合计|gp|a|50232245.18
FS|年初财政拨款结转和结余|i|a|1000000.00
FS|年末财政拨款结转和结余|e|a|931000.00
FS|年末财政拨款结转和结余|gp|a|931000.00
FS|总计|i|a|51163245.18
FS|总计|e|a|51163245.18
FS|总计|gp|a|51163245.18
""",
    "c_hrules_budget_years.pdf": """
IE|一、一般公共预算拨款收入|i|b|19687500.00
IE|二、政府性基金预算拨款收入|i|b|0.00
IE|三、国有资本经营预算拨款收入|i|b|0.00
IE|四、其他收入|i|b|155000.00
IE|本年收入合计|i|b|19842500.00
IE|上年结转结余|i|b|0.00
IE|收入总计|i|b|19842500.00
IE|一、一般公共服务支出|e|b|15110500.00
IE|二、社会保障和就业支出|e|b|2518000.00
IE|三、卫生健康支出|e|b|943000.00
IE|四、住房保障支出|e|b|1271000.00
IE|本年支出合计|e|b|19842500.00
IE|结转下年|e|b|0.00
IE|支出总计|e|b|19842500.00
FS|一、一般公共预算|i|b|19687500.00
FS|二、政府性基金预算|i|b|0.00
FS|三、国有资本经营预算|i|b|0.00
FS|一、一般公共服务支出|e|b|14955500.00
FS|一、一般公共服务支出|gp|b|14955500.00
FS|一、一般公共服务支出|gf|b|0.00
FS|一、一般公共服务支出|sc|b|0.00
FS|二、社会保障和就业支出|e|b|2518000.00
FS|二、社会保障和就业支出|gp|b|2518000.00
FS|二、社会保障和就业支出|gf|b|0.00
FS|二、社会保障和就业支出|sc|b|0.00
FS|三、卫生健康支出|e|b|943000.00
FS|三、卫生健康支出|gp|b|943000.00
FS|三、卫生健康支出|gf|b|0.00
FS|三、卫生健康支出|sc|b|0.00
FS|四、住房保障支出|e|b|1271000.00
FS|四、住房保障支出|gp|b|1271000.00
FS|四、住房保障支出|gf|b|0.00
FS|四、住房保障支出|sc|b|0.00
FS|收入总计|i|b|19687500.00
FS|支出总计|e|b|19687500.00
FS|支出总计|gp|b|19687500.00
FS|支出总计|gf|b|0.00
FS|支出总计|sc|b|0.00
""",
    "d_unruled_wrap3_budget.pdf": """
IE|一、一般公共预算拨款|i|b|6518822.50
IE|二、政府性基金预算拨款|i|b|300000.00
IE|四、其他收入|i|b|25000.00
IE|本年收入合计|i|b|6843822.50
IE|上年结转|i|b|150000.00
IE|收入总计|i|b|6993822.50
IE|一、一般公共服务支出|e|b|5221322.50
IE|二、城乡社区支出|e|b|450000.00
IE|三、社会保障和就业支出|e|b|812500.00
IE|四、卫生健康支出|e|b|240000.00
IE|五、住房保障支出|e|b|270000.00
IE|本年支出合计|e|b|6993822.50
IE|结转下年|e|b|0.00
IE|支出总计|e|b|6993822.50
FS|一、一般公共预算|i|b|6518822.50
FS|二、政府性基金预算|i|b|300000.00
FS|一、一般公共服务支出|e|b|5196322.50
FS|一、一般公共服务支出|gp|b|5196322.50
FS|二、城乡社区支出|e|b|450000.00
FS|二、城乡社区支出|gf|b|450000.00
FS|三、社会保障和就业支出|e|b|812500.00
FS|三、社会保障和就业支出|gp|b|812500.00
FS|四、卫生健康支出|e|b|240000.00
FS|四、卫生健康支出|gp|b|240000.00
FS|五、住房保障支出|e|b|270000.00
FS|五、住房保障支出|gp|b|270000.00
FS|本年收入合计|i|b|6818822.50
FS|本年支出合计|e|b|6968822.50
FS|本年支出合计|gp|b|6518822.50
FS|本年支出合计|gf|b|450000.00
FS|上年结转|i|b|150000.00
FS|收入总计|i|b|6968822.50
FS|支出总计|e|b|6968822.50
FS|支出总计|gp|b|6518822.50
FS|支出总计|gf|b|450000.00
""",
    "e_grid_twopage_repeat_final.pdf": """
IE|一、一般公共预算财政拨款收入|i|a|87413600.00
IE|五、事业收入|i|a|12500000.00
IE|八、其他收入|i|a|368400.00
IE|一、一般公共服务支出|e|a|3102500.00
IE|八、社会保障和就业支出|e|a|9054700.00
IE|九、卫生健康支出|e|a|84129300.00
IE|十九、住房保障支出|e|a|3921500.00
IE|二十二、灾害防治及应急管理支出|e|a|486000.00
IE|本年收入合计|i|a|100282000.00
IE|本年支出合计|e|a|100694000.00
IE|使用非财政拨款结余（含专用结余）|i|a|120000.00
IE|年初结转和结余|i|a|3657000.00
IE|年末结转和结余|e|a|3365000.00
IE|总计|i|a|104059000.00
IE|总计|e|a|104059000.00
""",
    "f_fiscal_twopage_norepeat_budget.pdf": """
FS|一、一般公共预算|i|b|124806200.00
FS|二、政府性基金预算|i|b|15300000.00
FS|一、一般公共服务支出|e|b|48203500.00
FS|一、一般公共服务支出|gp|b|48203500.00
FS|四、公共安全支出|e|b|2100000.00
FS|四、公共安全支出|gp|b|2100000.00
FS|八、社会保障和就业支出|e|b|21154000.00
FS|八、社会保障和就业支出|gp|b|21154000.00
FS|九、卫生健康支出|e|b|4862700.00
FS|九、卫生健康支出|gp|b|4862700.00
FS|十一、城乡社区支出|e|b|53186000.00
FS|十一、城乡社区支出|gp|b|37886000.00
FS|十一、城乡社区支出|gf|b|15300000.00
FS|十二、农林水支出|e|b|6150000.00
FS|十二、农林水支出|gp|b|6150000.00
FS|十九、住房保障支出|e|b|4450000.00
FS|十九、住房保障支出|gp|b|4450000.00
FS|收入总计|i|b|140106200.00
FS|支出总计|e|b|140106200.00
FS|支出总计|gp|b|124806200.00
FS|支出总计|gf|b|15300000.00
""",
    "g_grid_topalign_final.pdf": """
IE|一、一般公共预算财政拨款收入|i|b|21500000.00
IE|二、政府性基金预算财政拨款收入|i|b|3000000.00
IE|三、国有资本经营预算财政拨款收入|i|b|5000000.00
IE|本年收入合计|i|b|29500000.00
IE|总计|i|b|29500000.00
IE|一、一般公共服务支出|e|b|17200000.00
IE|二、城乡社区支出|e|b|3000000.00
IE|三、国有资本经营预算支出|e|b|5000000.00
IE|四、社会保障和就业支出|e|b|2500000.00
IE|五、住房保障支出|e|b|1800000.00
IE|本年支出合计|e|b|29500000.00
IE|总计|e|b|29500000.00
IE|一、一般公共预算财政拨款收入|i|a|22361800.00
IE|二、政府性基金预算财政拨款收入|i|a|3000000.00
IE|三、国有资本经营预算财政拨款收入|i|a|4869000.00
IE|四、其他收入|i|a|34000.00
IE|本年收入合计|i|a|30264800.00
IE|年初结转和结余|i|a|420000.00
IE|总计|i|a|30684800.00
IE|一、一般公共服务支出|e|a|18014400.00
IE|二、城乡社区支出|e|a|2800000.00
IE|三、国有资本经营预算支出|e|a|4869000.00
IE|四、社会保障和就业支出|e|a|2623000.00
IE|五、住房保障支出|e|a|1758400.00
IE|本年支出合计|e|a|30064800.00
IE|年末结转和结余|e|a|620000.00
IE|总计|e|a|30684800.00
FS|一、一般公共预算财政拨款|i|a|22361800.00
FS|二、政府性基金预算财政拨款|i|a|3000000.00
FS|三、国有资本经营预算财政拨款|i|a|4869000.00
FS|一、一般公共服务支出|e|a|18014400.00
FS|一、一般公共服务支出|gp|a|18014400.00
FS|二、城乡社区支出|e|a|2800000.00
FS|二、城乡社区支出|gf|a|2800000.00
FS|三、国有资本经营预算支出|e|a|4869000.00
FS|三、国有资本经营预算支出|sc|a|4869000.00
FS|四、社会保障和就业支出|e|a|2623000.00
FS|四、社会保障和就业支出|gp|a|2623000.00
FS|五、住房保障支出|e|a|1758400.00
FS|五、住房保障支出|gp|a|1758400.00
FS|本年收入合计|i|a|30230800.00
FS|本年支出合计|e|a|30064800.00
FS|本年支出合计|gp|a|22395800.00
FS|本年支出合计|gf|a|2800000.00
FS|本年支出合计|sc|a|4869000.00
FS|年初财政拨款结转和结余|i|a|400000.00
FS|年末财政拨款结转和结余|e|a|566000.00
FS|年末财政拨款结转和结余|gp|a|366000.00
FS|年末财政拨款结转和结余|gf|a|200000.00
FS|总计|i|a|30630800.00
FS|总计|e|a|30630800.00
FS|总计|gp|a|22761800.00
FS|总计|gf|a|3000000.00
FS|总计|sc|a|4869000.00
""",
}
EXPECTED["h_grid_twopage_norepeat_final.pdf"] = EXPECTED["e_grid_twopage_repeat_final.pdf"]

EXPECTED["i_unruled_twophase_blankbudget_final.pdf"] = """
IE|一、一般公共预算财政拨款收入|i|b|49400000.00
IE|本年收入合计|i|b|49400000.00
IE|总计|i|b|49400000.00
IE|一、一般公共预算财政拨款收入|i|a|50163245.18
IE|三、事业收入|i|a|1085412.60
IE|四、其他收入|i|a|23560.00
IE|本年收入合计|i|a|51272217.78
IE|年初结转和结余|i|a|1320516.40
IE|总计|i|a|52592734.18
IE|一、教育支出|e|b|44100000.00
IE|二、社会保障和就业支出|e|b|3600000.00
IE|三、卫生健康支出|e|b|800000.00
IE|四、住房保障支出|e|b|900000.00
IE|本年支出合计|e|b|49400000.00
IE|总计|e|b|49400000.00
IE|一、教育支出|e|a|46018733.52
IE|二、社会保障和就业支出|e|a|3702118.40
IE|三、卫生健康支出|e|a|812300.00
IE|四、住房保障支出|e|a|905640.00
IE|本年支出合计|e|a|51438791.92
IE|年末结转和结余|e|a|1153942.26
IE|总计|e|a|52592734.18
"""
EXPECTED["j_unruled_shortfig_budget.pdf"] = """
IE|一、一般公共预算拨款收入|i|b|864000.00
IE|二、政府性基金预算拨款收入|i|b|50000.00
IE|三、其他收入|i|b|6000.00
IE|本年收入合计|i|b|920000.00
IE|收入总计|i|b|920000.00
IE|一、一般公共服务支出|e|b|627000.00
IE|二、城乡社区支出|e|b|50000.00
IE|三、社会保障和就业支出|e|b|98000.00
IE|四、卫生健康支出|e|b|62000.00
IE|五、住房保障支出|e|b|83000.00
IE|本年支出合计|e|b|920000.00
IE|支出总计|e|b|920000.00
FS|一、一般公共预算|i|b|864000.00
FS|二、政府性基金预算|i|b|50000.00
FS|一、一般公共服务支出|e|b|621000.00
FS|一、一般公共服务支出|gp|b|621000.00
FS|二、城乡社区支出|e|b|50000.00
FS|二、城乡社区支出|gf|b|50000.00
FS|三、社会保障和就业支出|e|b|98000.00
FS|三、社会保障和就业支出|gp|b|98000.00
FS|四、卫生健康支出|e|b|62000.00
FS|四、卫生健康支出|gp|b|62000.00
FS|五、住房保障支出|e|b|83000.00
FS|五、住房保障支出|gp|b|83000.00
FS|本年收入合计|i|b|914000.00
FS|本年支出合计|e|b|914000.00
FS|本年支出合计|gp|b|864000.00
FS|本年支出合计|gf|b|50000.00
FS|收入总计|i|b|914000.00
FS|支出总计|e|b|914000.00
FS|支出总计|gp|b|864000.00
FS|支出总计|gf|b|50000.00
"""
EXPECTED["k_grid_shortfig_budget.pdf"] = EXPECTED["j_unruled_shortfig_budget.pdf"]
EXPECTED["l_unruled_wrapcenter_hangci_final.pdf"] = """
IE|一、一般公共预算财政拨款收入|i|a|12045500.00
IE|四、其他收入|i|a|21000.00
IE|本年收入合计|i|a|12066500.00
IE|年初结转和结余|i|a|334000.00
IE|总计|i|a|12400500.00
IE|一、一般公共服务支出|e|a|9802500.00
IE|二、社会保障和就业支出|e|a|1203000.00
IE|三、卫生健康支出|e|a|451000.00
IE|五、住房保障支出|e|a|610000.00
IE|本年支出合计|e|a|12066500.00
IE|年末结转和结余|e|a|334000.00
IE|总计|e|a|12400500.00
"""

EXPECTED["m_unruled_shortfig_fiscalgroup_budget.pdf"] = EXPECTED["j_unruled_shortfig_budget.pdf"]
EXPECTED["n_grid_shortfig_fiscalgroup_budget.pdf"] = EXPECTED["j_unruled_shortfig_budget.pdf"]


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def run(name, verbose=True, suffix=".pdf"):
    path = name.removesuffix(".pdf") + suffix  # the drawing, or its `pdftotext -layout` text
    r = parse_document(open(D + path, "rb").read(), path)
    exp = defaultdict(list)
    for ln in EXPECTED[name].strip().splitlines():
        t, lab, col, ph, y = ln.split("|")
        exp[(T[t], norm(lab), C[col], P[ph])].append(Decimal(y))
    got = defaultdict(list)
    src = {}
    for a in r.amounts:
        if a.table_key in T.values():
            k = (a.table_key, norm(a.row_label), a.column_key, a.phase)
            got[k].append(a.amount_yuan)
            src.setdefault(k, []).append((a.amount_raw, a.source_line))
    ok = wrong = missing = 0
    out = []
    left = {k: list(v) for k, v in got.items()}
    for k, vals in exp.items():
        for v in vals:
            g = left.get(k, [])
            if v in g:
                g.remove(v)
                ok += 1
            elif g:
                w = g.pop(0)
                wrong += 1
                out.append(f"  WRONG   {k}: got {w} expected {v}")
            else:
                missing += 1
                elsewhere = [kk for kk, gg in left.items() if v in gg]
                out.append(
                    f"  MISSING {k}: {v}" + (f"  (value found under {elsewhere})" if elsewhere else "")
                )
    spur = [(k, v) for k, g in left.items() for v in g]
    for k, v in spur:
        out.append(f"  SPURIOUS {k}: {v}  src={src.get(k)}")
    tables = [(t.table_key, t.table_title, t.title_line, t.last_line, t.row_count) for t in r.tables]
    diags = [
        d for d in r.diagnostics if d.table_key in T.values() or (d.table_key is None and "总表" in d.message)
    ]
    n = sum(len(v) for v in exp.values())
    print(
        f"== {name}: expected {n} matched {ok} wrong {wrong} missing {missing} spurious {len(spur)} diags {len(diags)}"
    )
    if verbose:
        print("  tables:", [t for t in tables if t[0] in T.values()] or tables[:4])
        for o in out:
            print(o)
        for d in diags:
            print(
                f"  DIAG {d.check_name} [{d.table_key}] {d.message[:260]} | observed={str(d.observed)[:80]}"
            )
    return name, n, ok, wrong, missing, len(spur), len(diags)


RESULTS = [run(n, verbose=False) for n in EXPECTED] if __name__ != "__main__" else []
RESULTS_LAYOUT = [run(n, False, ".layout.txt") for n in EXPECTED] if __name__ != "__main__" else []

if __name__ == "__main__":
    pre = sys.argv[1] if len(sys.argv) > 1 else ""
    rows = [run(n) for n in EXPECTED if n.startswith(pre)]
    print("\ndoc | expected | matched | wrong | missing | spurious | diags")
    for r in rows:
        print(" | ".join(map(str, r)))
