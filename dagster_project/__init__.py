"""Budget warehouse: reports in raw/ parsed (dagster_project.parser) and built into DuckDB by Dagster and dbt.

The parser may run compiled: `tools/compile_parser.py` (run by `make env`) builds C extension modules of
its sources with mypyc beside them, which Python imports before the sources. Imported here, before any
parser module, is the guard that keeps that safe: the compiled modules are used only when they were built
from the sources now on disk (their digest in ``COMPILED_STAMP``); otherwise, or with
``BUDGET_PARSER=source`` in the environment, the sources are imported. ``source_parser()`` is the parser
from its sources under another name, beside a compiled one (a parse that fails in compiled code is done
again there, and the tests compare the two)."""

from __future__ import annotations

import functools
import hashlib
import importlib
import importlib.abc
import importlib.util
import os
import sys
import warnings
from pathlib import Path
from types import ModuleType

PARSER_DIR = Path(__file__).resolve().parent / "parser"
COMPILED_STAMP = PARSER_DIR / "compiled.sha256"
_PARSER = f"{__name__}.parser"
_SOURCE_PARSER = f"{__name__}._source_parser"
# Parser modules never compiled: the record classes, whose field annotations name the landed datasets'
# Arrow types (records.arrow_schema), and which mypyc would evaluate to bare classes ("str | None" to
# `type`). Compiled, the package cannot find a module of its own sources, so they are imported here.
INTERPRETED_MODULES = ("records",)


@functools.cache
def parser_sources_digest(directory: Path = PARSER_DIR) -> str:
    """SHA-256 over the parser's source files, names and contents (read once a process: the import guard
    and the parser's version both ask)."""
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def compiled_modules(directory: Path = PARSER_DIR) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.suffix in (".so", ".pyd"))


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Imports a package and its modules from the parser's .py files only (never a compiled module); with
    ``only``, just those modules of the package."""

    def __init__(self, package: str, only: tuple[str, ...] | None = None) -> None:
        self.package = package
        self.only = only

    def find_spec(self, fullname, path=None, target=None):
        if fullname == self.package and self.only is None:
            return importlib.util.spec_from_file_location(
                fullname, PARSER_DIR / "__init__.py", submodule_search_locations=[str(PARSER_DIR)]
            )
        head, _, name = fullname.rpartition(".")
        if (
            head == self.package
            and (self.only is None or name in self.only)
            and (PARSER_DIR / f"{name}.py").is_file()
        ):
            return importlib.util.spec_from_file_location(fullname, PARSER_DIR / f"{name}.py")
        return None


def _compiled_usable() -> bool:
    if os.environ.get("BUDGET_PARSER") == "source" or not compiled_modules():
        return False
    stamp = COMPILED_STAMP.read_text(encoding="utf-8").strip() if COMPILED_STAMP.is_file() else None
    if stamp != parser_sources_digest():
        warnings.warn(
            "the compiled parser was built from other sources than dagster_project/parser/*.py: the "
            "sources are used (slower); `make env` compiles them again",
            stacklevel=2,
        )
        return False
    return True


PARSER_COMPILED = _compiled_usable()
sys.meta_path.insert(0, _SourceFinder(_PARSER, INTERPRETED_MODULES if PARSER_COMPILED else None))
# (the sources under their own name always: a result parsed there is unpickled in another process)
sys.meta_path.insert(0, _SourceFinder(_SOURCE_PARSER))


def source_parser() -> ModuleType:
    """The parser imported from its sources, whether or not `dagster_project.parser` is compiled."""
    return importlib.import_module(_SOURCE_PARSER if PARSER_COMPILED else _PARSER)
