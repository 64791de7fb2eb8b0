# Therascribe: `make run` and `make test` are all a fresh machine needs.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench eval install services clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# PostgreSQL and Redis run on this kind of machine; start them if they stopped.
services:
	@bash .ci/services

run: install
	$(VENV)/bin/therascribe demo --if-empty
	$(VENV)/bin/therascribe serve --host 127.0.0.1 --port 8000

test: install services
	$(VENV)/bin/ruff check .
	$(PY) -m pytest -q

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

bench: install services
	$(PY) -m bench.run

eval: install
	$(PY) -m evals.run

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
