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
# The tests run on every core (pytest-xdist); a module whose tests check what the others recorded
# is kept in one worker with an xdist_group mark.
PYTEST_PARALLEL := -n auto --dist loadgroup

.PHONY: help setup redis-server generate check-generated lint test test-fast demo bench clean

help:
	@echo "make demo             run the end-to-end workflow against the fake Bynder"
	@echo "make test             lint, check generated code, run the whole test suite"
	@echo "make test-fast        the tests without the slow ones, stopping at the first failure"
	@echo "make setup            create .venv and install everything (done automatically)"
	@echo "make generate         regenerate the client, the paging table and the _sync.py twins"
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

setup: $(STAMP) $(NPM_STAMP) redis-server

# The shared request budget's tests run a real redis-server (Debian's package). Installed here where
# it is missing and apt-get can (as root, or with password-less sudo); otherwise the README says
# what to do, and the Redis tests fail saying so.
APT_INSTALL := DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server
redis-server:
	@if command -v redis-server >/dev/null 2>&1 || test -x /usr/bin/redis-server; then :; \
	elif ! command -v apt-get >/dev/null 2>&1; then \
		echo "redis-server is missing and apt-get is not available: see README.md, 'Tests need redis-server'"; \
	else \
		if [ "$$(id -u)" = 0 ]; then sudo=""; \
		elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; \
		else echo "redis-server is missing and cannot be installed without root: see README.md, 'Tests need redis-server'"; exit 0; fi; \
		echo "installing redis-server (the shared request budget's tests run one)"; \
		$$sudo env $(APT_INSTALL) >/dev/null 2>&1 \
			|| { $$sudo apt-get update -qq >/dev/null 2>&1 && $$sudo env $(APT_INSTALL) >/dev/null; } \
			|| echo "redis-server could not be installed: see README.md, 'Tests need redis-server'"; \
	fi

generate: $(STAMP)
	@PATH="$(CURDIR)/$(BIN):$$PATH" scripts/generate.sh

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
