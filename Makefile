# borgerpost — the two commands people need are `make run` and `make test`.
#
#   make run    .venv + install + migrate var/borgerpost.db + demo data + web app on $PORT (8000)
#   make test   .venv + test packages + Debian's postgresql/dovecot/chromium + the whole suite
#
# Every target is safe to run again: the venv is rebuilt only when pyproject.toml changes,
# system packages are installed only when missing, and the demo loader skips what exists.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=
BENCH_N ?= 100000

.PHONY: help venv system-deps init demo run test lint bench

help:
	@echo "make run    - install, migrate, load demo data and serve on http://127.0.0.1:\$${PORT:-8000}"
	@echo "make test   - install what the tests need and run the whole suite"
	@echo "make lint   - ruff + mypy"
	@echo "make bench  - ingest, staff matcher, triage, monitor (BENCH_N items, default 100000), volume"

# The stamp depends on pyproject.toml, so a changed dependency list reinstalls.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,dev]'
	@touch $(STAMP)

venv: $(STAMP)

# Debian's postgresql (throw-away test clusters), dovecot-imapd (IMAP tests) and chromium
# (browser tests), installed only when missing.
system-deps:
	@bash .ci/system-deps

init: venv
	$(BIN)/borgerpost init

demo: init
	$(BIN)/borgerpost demo

run: demo
	$(BIN)/borgerpost serve --port $${PORT:-8000}

# pytest's exit code 5 means "no tests collected": a broken collection, never a pass.
test: venv system-deps
	@rc=0; $(BIN)/python -m pytest $(PYTEST_ARGS) || rc=$$?; \
	if [ $$rc -eq 5 ]; then \
		echo "make test: FAILED — pytest collected no tests (exit code 5)" >&2; \
	fi; \
	exit $$rc

lint: venv
	$(BIN)/ruff check src tests
	$(BIN)/mypy src

# Figures go in the README's "Where the figures stand" (older ones: docs/figures-history.md); BENCH_N=1000000 for the full target.
bench: venv
	$(BIN)/python bench/ingest.py $(BENCH_N)
	$(BIN)/python bench/staff_matcher.py
	$(BIN)/python bench/triage.py
	$(BIN)/python bench/monitor.py $(BENCH_N)
	PYTHONPATH=. $(BIN)/python bench/volume.py
