# The two commands a newcomer needs are `make demo` and `make test`; both set themselves up.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
NPM_STAMP := node_modules/.installed
REDOCLY := node_modules/.bin/redocly
GEN_ARGS := --path openapi/bynder.yaml --config generator-config.yaml --meta none --fail-on-warning
# The tests run on every core (pytest-xdist); a module whose tests check what the others recorded
# is kept in one worker with an xdist_group mark.
PYTEST_PARALLEL := -n auto --dist loadgroup

.PHONY: help setup generate check-generated lint test test-fast demo bench clean

help:
	@echo "make demo             run the end-to-end workflow against the fake Bynder"
	@echo "make test             lint, check generated code, run the whole test suite"
	@echo "make test-fast        the tests without the slow ones, stopping at the first failure"
	@echo "make setup            create .venv and install everything (done automatically)"
	@echo "make generate         regenerate generated/bynder_client from openapi/bynder.yaml"
	@echo "make check-generated  fail if generated/ differs from what the spec produces"
	@echo "make lint             redocly, openapi-spec-validator, ruff, mypy"
	@echo "make bench            benchmarks side by side with the official SDK"

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $@

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

setup: $(STAMP) $(NPM_STAMP)

generate: $(STAMP)
	rm -rf generated/bynder_client
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/openapi-python-client generate $(GEN_ARGS) --output-path generated/bynder_client

check-generated: $(STAMP)
	@PATH="$(CURDIR)/$(BIN):$$PATH" scripts/check-generated.sh

lint: setup
	REDOCLY_TELEMETRY=off $(REDOCLY) lint openapi/bynder.yaml --config redocly.yaml
	$(BIN)/openapi-spec-validator openapi/bynder.yaml
	$(BIN)/ruff check bynder_ext tests bench scripts
	$(BIN)/ruff format --check bynder_ext tests bench scripts
	$(BIN)/mypy

test: setup check-generated lint
	$(BIN)/pytest $(PYTEST_PARALLEL)

test-fast: $(STAMP)
	$(BIN)/pytest $(PYTEST_PARALLEL) -x -q -m "not slow"

demo: $(STAMP)
	$(PY) -m bynder_ext.demo

bench: $(STAMP)
	$(PY) -m bench

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache build dist bench/.venv-sdk bench/.work
