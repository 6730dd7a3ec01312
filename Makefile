# Two commands on a fresh clone: `make run` builds the warehouse from raw/, `make test` runs every test.
SHELL := /bin/bash
.DEFAULT_GOAL := help
# The interpreter: Debian's python3.11 where the machine has it. Built with profile-guided and link-time
# optimisation and libpython linked into its executable, it runs the parser (compiled or from its sources),
# Dagster and dbt 15-20% faster than a python3.11 built without them (pyenv's default build, which comes first
# on this machine's PATH). Elsewhere python3.11 from PATH; `make env PYTHON=...` names another.
PYTHON ?= $(shell [ -x /usr/bin/python3.11 ] && echo /usr/bin/python3.11 || echo python3.11)
UV_VERSION := 0.13.8
VENV := .venv
BIN := $(VENV)/bin
export UV_PYTHON_DOWNLOADS := never
# The environment's tools first on PATH (dagster-dbt runs `dbt` when `dagster dev` prepares the project).
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home
export BUDGET_CORPUS_DIR ?= $(abspath $(CURDIR)/../shared/corpus/real)
# raw/ is the input. When it holds no report yet, the development corpus is read in place (not copied).
RAW_DIR ?= $(shell if find raw -type f \( -name '*.pdf' -o -name '*.txt' \) 2>/dev/null | grep -q .; \
	then echo $(CURDIR)/raw; elif [ -d "$(BUDGET_CORPUS_DIR)" ]; then echo $(BUDGET_CORPUS_DIR); \
	else echo $(CURDIR)/raw; fi)
export BUDGET_RAW_DIR := $(RAW_DIR)

.PHONY: FORCE help env compile manifest fonts run test lint dev clean report browser serve corpus accuracy bench stages subjects

# Synthetic corpus (issue 7): `make corpus N=1000` writes bench/out/corpus-N/{raw,truth}.
N ?= 1000
SEED ?= 2026
# Runs of the Dagster job and of the bare script each, in turn, for `make bench` (their medians compared).
REPEAT ?= 1
CORPUS_OUT ?= bench/out/corpus-$(N)

help:
	@echo "make run   - build warehouse.duckdb from the reports in raw/ (creates the environment if missing)"
	@echo "make test  - run the whole test suite (pytest, including Dagster runs and dbt tests)"
	@echo "make dev   - start the Dagster UI on http://127.0.0.1:3000"
	@echo "make lint  - ruff and sqlfluff"
	@echo "make report - static HTML report of the warehouse in report/index.html"
	@echo "make serve - the warehouse over the PostgreSQL protocol on 127.0.0.1:5433, read-only"
	@echo "make corpus N=1000 [SEED=2026] - generate N reports with their ground truth in bench/out/corpus-N"
	@echo "make accuracy N=1000 - build that corpus into bench/out/corpus-N/warehouse and score it"
	@echo "make bench N=1000 [REPEAT=3] - scale benchmarks on a generated corpus (bench/scale.py), printed as a table"
	@echo "make stages N=1000 - where one fresh build of that corpus spends its time (bench/stages.py)"
	@echo "make subjects - rewrite the parser's national 款/项 names from the stored reports (tools/)"

# uv itself, bootstrapped once into .tools/ (the locked environment and mypyc's are made with it).
UV := .tools/bin/uv
$(UV):
	python3.11 -m venv .tools && .tools/bin/pip install -q uv==$(UV_VERSION)

# The interpreter the environments were made with, rewritten only when another is chosen: both are made
# again then (an unchanged file keeps its time, and nothing after it is redone).
PYTHON_CHOICE := .tools/python-choice
$(PYTHON_CHOICE): FORCE | $(UV)
	@chosen="$$(command -v $(PYTHON))"; echo "$$chosen" | cmp -s - $@ || echo "$$chosen" > $@
FORCE:

# Bytecode is compiled at install: with PYTHONDONTWRITEBYTECODE set (as on the CI machine) every process
# would otherwise compile dagster and dbt from source on import, about 2 s per Dagster or dbt process.
$(BIN)/.synced: pyproject.toml uv.lock $(PYTHON_CHOICE) | $(UV)
	.tools/bin/uv sync --frozen --python $$(cat $(PYTHON_CHOICE)) --quiet --compile-bytecode
	@touch $@

# The parser compiled to C by mypyc (tools/compile_parser.py; about 5 minutes on two cores), again whenever
# one of its sources changes: a seed-format report parses about 1.3 times faster. Where it cannot be
# compiled (no C compiler), its sources run; where the compiled modules were built from other sources, the
# sources run too (dagster_project/__init__.py). mypyc comes from an environment of its own (.tools/mypyc):
# mypy 2 requires a pathspec dbt-core 1.11 refuses.
PARSER_SOURCES := $(wildcard dagster_project/parser/*.py)
MYPYC_ENV := .tools/mypyc
$(MYPYC_ENV)/.installed: $(PYTHON_CHOICE) | $(UV)
	@$$(cat $(PYTHON_CHOICE)) -c 'import os, sys, sysconfig; sys.exit(not os.path.exists(sysconfig.get_paths()["include"] + "/Python.h"))' \
		|| { [ "$$(id -u)" = 0 ] && [ "$$(cat $(PYTHON_CHOICE))" = /usr/bin/python3.11 ] && apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3.11-dev >/dev/null; } \
		|| echo "no Python.h for $$(cat $(PYTHON_CHOICE)): the parser cannot be compiled"
	rm -rf $(MYPYC_ENV) && .tools/bin/uv venv -q $(MYPYC_ENV) --python $$(cat $(PYTHON_CHOICE))
	.tools/bin/uv pip install -q --python $(MYPYC_ENV)/bin/python mypy==2.4.1 setuptools==80.10.2
	@touch $@

dagster_project/parser/compiled.sha256: $(MYPYC_ENV)/.installed $(PARSER_SOURCES) tools/compile_parser.py
	@echo "Compiling the parser with mypyc (tools/compile_parser.py)"
	@set -o pipefail; $(MYPYC_ENV)/bin/python tools/compile_parser.py 2>&1 \
		| grep -v ": warning: Treating generator comprehension as list" \
		|| echo "the parser was not compiled: its sources run (slower)"

env: $(BIN)/.synced dagster_project/parser/compiled.sha256

compile: dagster_project/parser/compiled.sha256

# The dbt manifest is prepared ahead of time, not parsed when Dagster imports the definitions.
manifest: env
	cd dbt && env -u BUDGET_WAREHOUSE_PATH ../$(BIN)/dbt parse --quiet --project-dir . --profiles-dir .

$(DAGSTER_HOME)/dagster.yaml: dagster.yaml
	@mkdir -p $(DAGSTER_HOME) && cp dagster.yaml $@

# A PDF that does not embed its fonts (STSong-Light, the standard CJK fonts) is read through a Chinese font
# of the machine: without one, pdfium drops or misplaces its characters. Installed here when missing and root.
fonts:
	@{ command -v fc-list >/dev/null && fc-list :lang=zh | grep -q .; } || \
		dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-microhei \
		>/dev/null; } || echo "no Chinese font installed: PDFs that do not embed their fonts read incompletely"; }

run: manifest fonts $(DAGSTER_HOME)/dagster.yaml
	@echo "Reading reports from $(BUDGET_RAW_DIR)"
	$(BIN)/budget-warehouse build

# The report test renders in Debian's Chromium (with a CJK font); installed here when missing and root.
browser:
	@command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium \
		fonts-wqy-microhei >/dev/null; } || echo "chromium not installed: the report test will be skipped"; }
	@command -v psql >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client \
		>/dev/null; } || echo "psql not installed: the psql test of make serve will be skipped"; }

# Two workers (pytest-xdist), each test file whole on one (its fixtures built once): the Dagster and dbt
# tests wait on processes much of the time, and the suite takes about two thirds of its serial time.
test: manifest fonts browser
	$(BIN)/pytest -q -n 2 --dist loadfile

report: env
	$(BIN)/python -m dagster_project.report

# The published warehouse over the PostgreSQL protocol on 127.0.0.1:5433 (BUDGET_PG_PORT), read-only.
serve: env
	$(BIN)/python -m dagster_project.serve

lint: env
	$(BIN)/ruff check dagster_project tests bench tools
	$(BIN)/ruff format --check dagster_project tests bench tools
	@# (a scratch target folder: the prepared manifest and parse state in dbt/target stay those of `make manifest`)
	cd dbt && scratch=$$(mktemp -d) && BUDGET_WAREHOUSE_PATH=$$scratch/lint.duckdb DBT_TARGET_PATH=$$scratch \
		../$(BIN)/sqlfluff lint models

dev: manifest $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/dagster dev -w workspace.yaml

corpus: env
	rm -rf $(CORPUS_OUT) && $(BIN)/python bench/corpus.py --n $(N) --seed $(SEED) --out $(CORPUS_OUT)

# Builds the generated corpus through Dagster into its own folder (the project's warehouse is untouched).
accuracy: manifest
	@test -f $(CORPUS_OUT)/manifest.json || $(MAKE) corpus N=$(N) SEED=$(SEED) CORPUS_OUT=$(CORPUS_OUT)
	@mkdir -p $(CORPUS_OUT)/warehouse/dagster_home && cp dagster.yaml $(CORPUS_OUT)/warehouse/dagster_home/
	BUDGET_RAW_DIR=$(abspath $(CORPUS_OUT))/raw BUDGET_LANDING_DIR=$(abspath $(CORPUS_OUT))/warehouse/landing \
	BUDGET_WAREHOUSE_PATH=$(abspath $(CORPUS_OUT))/warehouse/warehouse.duckdb \
	DAGSTER_HOME=$(abspath $(CORPUS_OUT))/warehouse/dagster_home $(BIN)/budget-warehouse build
	$(BIN)/python bench/accuracy.py $(CORPUS_OUT) --warehouse $(CORPUS_OUT)/warehouse/warehouse.duckdb

bench: manifest
	$(BIN)/python bench/scale.py --n $(N) --seed $(SEED) --repeat $(REPEAT)

# One fresh build of the generated corpus with timers around its stages (bench/out/stages, not the project's).
stages: manifest
	@test -f $(CORPUS_OUT)/manifest.json || $(MAKE) corpus N=$(N) SEED=$(SEED) CORPUS_OUT=$(CORPUS_OUT)
	$(BIN)/python bench/stages.py $(CORPUS_OUT)/raw

# The national 款/项 names the parser falls back on (dagster_project/parser/national_subjects.py), harvested
# from the reports stored under tests/golden/ and the corpus folder; run after adding reports.
subjects: env
	$(BIN)/python tools/harvest_national_subjects.py

clean:
	rm -rf landing warehouse.duckdb warehouse.duckdb.wal dbt/target dbt/logs $(DAGSTER_HOME)
	rm -f dagster_project/*.so dagster_project/parser/*.so dagster_project/parser/compiled.sha256
