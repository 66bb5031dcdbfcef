# Two entry points: `make quiz` (install, then start a quiz) and `make test` (install, then lint and test).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The optimizer extra needs torch; a CPU build is enough. This pin is the CPU wheel the CI machines carry
# (override with `make test OPTIMIZER_TORCH=torch`).
OPTIMIZER_TORCH ?= torch==2.13.0

.PHONY: quiz test bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-app: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,anki,optimizer]' '$(OPTIMIZER_TORCH)'
	touch $@ $(VENV)/.installed-app

quiz: $(VENV)/.installed-app
	$(BIN)/mlprep quiz

test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -n 2

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench_first_question.py
	$(BIN)/python benchmarks/bench_review.py
	$(BIN)/python benchmarks/bench_stats.py
	$(BIN)/python benchmarks/bench_search.py
	$(BIN)/python benchmarks/bench_drill.py
	$(BIN)/python benchmarks/bench_grade.py
