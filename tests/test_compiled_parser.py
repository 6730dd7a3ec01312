"""The parser compiled by mypyc (tools/compile_parser.py, run by `make env`) parses exactly as its sources do,
and is used only when it was built from the sources on disk."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import dagster_project
import dagster_project.parser as parser

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"

compiled = pytest.mark.skipif(
    not parser.COMPILED, reason="the parser is not compiled here (make env compiles it): its sources run"
)


def _snapshot(result) -> list[str]:
    """Everything a parse returns, as text (the records' reprs name their fields and values)."""
    records = [result.document, *result.tables, *result.amounts, *result.line_items, *result.claims]
    return [repr(r) for r in [*records, *result.diagnostics]]


@compiled
def test_compiled_modules_are_the_ones_imported():
    assert Path(parser.rows.__file__).suffix == ".so"
    assert Path(parser.functional.__file__).suffix == ".so"
    source = dagster_project.source_parser()
    assert source is not parser and not source.COMPILED
    assert Path(source.rows.__file__).name == "rows.py"


@compiled
def test_compiled_and_source_parse_alike():
    """Every fourth stored text report and every eighth PDF (the seeds among them), parsed both ways:
    every record and diagnostic the same."""
    texts = sorted(GOLDEN.rglob("*.txt"))
    pdfs = sorted(GOLDEN.rglob("*.pdf"))
    seeds = [GOLDEN / "hand_written" / name for name in ("wuhan_2020_final.txt", "xicheng_2021_budget.txt")]
    paths = [*seeds, *texts[::4], *pdfs[::8]]
    assert len(paths) > 600
    source = dagster_project.source_parser()
    differing = []
    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")
        for path in paths:
            data = path.read_bytes()
            compiled_result = parser.parse_document(data, path.name)
            source_result = source.parse_document(data, path.name)
            if _snapshot(compiled_result) != _snapshot(source_result):
                differing.append(str(path.relative_to(ROOT)))
    assert differing == []
    # (read by the compiled code itself: none parsed again from the sources after raising there)
    assert [str(w.message) for w in warned if "compiled parser raised" in str(w.message)] == []
    # (a parse that reads, not an empty one twice: line 64 of the Wuhan-style final account prints
    # "十九、住房保障支出 50 64.14")
    amounts = parser.parse_document(seeds[0].read_bytes(), seeds[0].name).amounts
    assert any(a.amount_raw == "64.14" and a.source_line == 64 for a in amounts)


def _import_in(root: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    code = (
        "import warnings; warnings.simplefilter('always');"
        "import dagster_project.parser as p, dagster_project.parser.rows as r;"
        "print(p.COMPILED, r.__file__.rsplit('.', 1)[-1])"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root), **env},
        capture_output=True,
        text=True,
        check=True,
    )


@compiled
def test_compiled_modules_of_other_sources_are_not_used(tmp_path):
    """A parser source edited after compiling: the sources are imported, with a warning saying why."""
    copy = tmp_path / "dagster_project"
    shutil.copytree(ROOT / "dagster_project", copy, ignore=shutil.ignore_patterns("__pycache__"))
    fresh = _import_in(tmp_path, {})
    assert fresh.stdout.split() == ["True", "so"]
    rows = copy / "parser" / "rows.py"
    rows.write_text(rows.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    stale = _import_in(tmp_path, {})
    assert stale.stdout.split() == ["False", "py"]
    assert "the compiled parser was built from other sources" in stale.stderr


@compiled
def test_sources_on_request():
    """BUDGET_PARSER=source imports the sources though the compiled modules are current."""
    result = _import_in(ROOT, {"BUDGET_PARSER": "source"})
    assert result.stdout.split() == ["False", "py"]
    assert "warn" not in result.stderr.lower()


@compiled
def test_a_source_result_becomes_one_of_the_compiled_records():
    """What the fallback returns (a parse redone from the sources): the compiled record classes, same
    values, so the landing and every caller see one kind of record."""
    seed = GOLDEN / "hand_written" / "xicheng_2021_budget.txt"
    source_result = dagster_project.source_parser().parse_document(seed.read_bytes(), seed.name)
    assert type(source_result.document) is not parser.records.Document
    converted = parser.records.result_of(source_result)
    assert type(converted) is parser.records.ParseResult
    assert type(converted.document) is parser.records.Document
    assert {type(a) for a in converted.amounts} == {parser.records.Amount}
    assert _snapshot(converted) == _snapshot(parser.parse_document(seed.read_bytes(), seed.name))


@compiled
def test_landed_datasets_have_one_schema_compiled_or_not():
    """The Parquet schemas come from the record classes' field types: the same from the compiled classes
    (annotations evaluated) as from the sources' (annotations as strings)."""
    source = dagster_project.source_parser()
    for name, record_type in parser.records.DATASETS.items():
        assert parser.records.arrow_schema(record_type) == source.records.arrow_schema(
            source.records.DATASETS[name]
        ), name


def test_hand_written_inits_take_the_fields_of_their_dataclasses():
    """The classes made thousands of times a parse write their own __init__ (compiled, where the dataclass
    decorator's stays interpreted): it takes exactly the dataclass's init fields, in order, with the same
    defaults, so positional and keyword construction mean what the fields say."""
    import dataclasses
    import inspect

    source = dagster_project.source_parser()
    classes = (
        source.layout.Segment,
        source.layout.Line,
        source.rows.Cell,
        source.rows.Row,
        source.solver.SolverRow,
    )
    for cls in classes:
        fields = [f for f in dataclasses.fields(cls) if f.init]
        parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
        assert [p.name for p in parameters] == [f.name for f in fields], cls.__name__
        for field, parameter in zip(fields, parameters, strict=True):
            default = inspect.Parameter.empty if field.default is dataclasses.MISSING else field.default
            if field.default_factory is not dataclasses.MISSING:
                default = None  # (left out, a new one is made: see below)
            assert parameter.default == default, (cls.__name__, field.name)
    for solver in (source.solver, parser.solver):
        first, second = solver.SolverRow([3, 1, 2], None), solver.SolverRow([5], 0, {1: 5}, blank=True)
        first.candidates.append((0, 1, 2))
        first.kept.add(0)
        assert (second.candidates, second.vectors, second.feasible, second.kept) == ([], [], [], set())
        assert (second.values, second.parent, second.pin, second.blank) == ([5], 0, {1: 5}, True)
    line = source.layout.Line(
        3, 1, [source.layout.Segment("a", 1.0, 2.0), source.layout.Segment("b", 3.0, 4.0)]
    )
    assert (line.text, line.positioned, line.noise, line.rules, line.page_number) == (
        "a b",
        True,
        None,
        (),
        None,
    )
    plain = source.layout.Line(4, None, [source.layout.Segment("2010101 行政运行 1.00", None, None)])
    assert (plain.text, plain.positioned) == ("2010101 行政运行 1.00", False)


def test_a_parse_leaves_no_reference_cycles():
    """Parsing a text report makes no cycle of references (compiled, a nested function and the frame it
    closes over refer to each other): every object of a parse is freed when its result is, none waits for
    the garbage collector, whose collections a batch would otherwise pay for (the narrative's claims held
    every record of a Wuhan parse, about 740 objects, until one ran)."""
    import gc

    for name in ("wuhan_2020_final.txt", "xicheng_2021_budget.txt"):
        data = (GOLDEN / "hand_written" / name).read_bytes()
        parser.parse_document(data, name)  # (the parser's lazily built tables made once)
        gc.collect()
        enabled = gc.isenabled()
        gc.disable()
        gc.set_debug(gc.DEBUG_SAVEALL)
        try:
            parser.parse_document(data, name)
            gc.collect()
            cyclic = [type(o).__name__ for o in gc.garbage]
        finally:
            gc.set_debug(0)
            gc.garbage.clear()
            if enabled:
                gc.enable()
        assert cyclic == [], (name, sorted(set(cyclic)))
