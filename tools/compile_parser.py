"""Compile the parser (dagster_project/parser) to C extension modules with mypyc, in place.

The parser is pure Python and stays so: its sources are what a reader edits and what runs wherever no
compiled module is present. Compiled by mypyc (which turns the annotated Python into C), the same code
parses a seed-format report about 1.3 times faster. `make env` runs this (in its own environment,
.tools/mypyc) once and again whenever a parser source changes; `dagster_project/__init__.py` loads the
sources instead when the compiled modules were built from other sources than the ones on disk, so an edit
never runs stale code.

mypyc compiles the modules as their annotations type them, checking the annotated types of arguments and
attributes at run time. The annotations are documentation first: the error codes below (mostly a value
annotated `X | None` used where the code already knows it is set) are not type-checked, and a parse that
raises in compiled code is parsed again from the sources (`dagster_project.parser.parse_document`).

Usage: python tools/compile_parser.py [--clean]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dagster_project import (  # noqa: E402
    COMPILED_STAMP,
    INTERPRETED_MODULES,
    PARSER_DIR,
    compiled_modules,
    parser_sources_digest,
)

# Not type-checked for compiling (see the module's docstring): what mypy would report as a type error
# here is code whose values the parser's logic keeps right where the annotations are loose.
UNCHECKED_ERROR_CODES = (
    "operator",
    "arg-type",
    "type-var",
    "assignment",
    "index",
    "attr-defined",
    "union-attr",
    "return-value",
    "var-annotated",
    "misc",
    "call-overload",
    "list-item",
    "str-bytes-safe",
    "import-untyped",
    "annotation-unchecked",
)


def clean() -> None:
    for path in [*compiled_modules(), *compiled_modules(PARSER_DIR.parent)]:
        path.unlink()
    COMPILED_STAMP.unlink(missing_ok=True)


def compile_parser() -> None:
    from mypyc.build import mypycify
    from setuptools import setup

    clean()
    digest = parser_sources_digest()
    sources = sorted(
        str(p.relative_to(ROOT)) for p in PARSER_DIR.glob("*.py") if p.stem not in INTERPRETED_MODULES
    )
    flags = ["--ignore-missing-imports", "--no-warn-no-return"]
    for code in UNCHECKED_ERROR_CODES:
        flags += ["--disable-error-code", code]
    os.chdir(ROOT)
    with tempfile.TemporaryDirectory(prefix="mypyc-") as build:
        setup(
            name="budget-parser",
            packages=[],
            py_modules=[],
            ext_modules=mypycify(
                [*flags, *sources],
                opt_level="3",
                debug_level="0",
                multi_file=False,
                target_dir=build,
                # the modules' shared library in the package above the parser's (within the parser's own
                # package, importing it would import that package again while its __init__ loads)
                group_name="dagster_project.parser_compiled",
            ),
            script_args=["--quiet", "build_ext", "--inplace", "--build-temp", build, "--build-lib", build],
        )
    COMPILED_STAMP.write_text(digest + "\n", encoding="utf-8")
    print(f"parser compiled: {len(compiled_modules())} modules, sources {digest[:12]}")


if __name__ == "__main__":
    if "--clean" in sys.argv[1:]:
        clean()
    else:
        compile_parser()
