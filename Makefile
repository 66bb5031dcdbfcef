# Two entry points: `make quiz` (install, then start a quiz) and `make test` (install, then lint and test).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: quiz test bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-app: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-app

quiz: $(VENV)/.installed-app
	$(BIN)/mlprep quiz

test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -q

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench_first_question.py
	$(BIN)/python benchmarks/bench_review.py
	$(BIN)/python benchmarks/bench_stats.py
	$(BIN)/python benchmarks/bench_drill.py
