# Two commands do all set-up on a fresh machine: `make run` and `make test`.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# AS is also make's built-in name for the assembler ("as"): replace only that default.
ifeq ($(origin AS),default)
AS := launch
endif
PG_DEFAULT := postgresql://postgres@127.0.0.1:5432/test

.PHONY: run test lint check clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(BIN)/supportbot db upgrade
	$(BIN)/supportbot demo --if-missing
	$(BIN)/supportbot chat --as $(AS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

check: $(VENV)/.installed-test
	$(BIN)/supportbot catalog check
	$(BIN)/supportbot locales check

# PostgreSQL tests run when a server answers on 127.0.0.1:5432 (or the URL given); they skip
# with a visible reason otherwise. CI (.ci/run) requires the server.
test: lint check
	@if [ -z "$$SUPPORTBOT_TEST_POSTGRES_URL" ] && $(BIN)/python -c "import socket; socket.create_connection(('127.0.0.1', 5432), 2).close()" 2>/dev/null; then \
		export SUPPORTBOT_TEST_POSTGRES_URL=$(PG_DEFAULT); fi; \
	$(BIN)/pytest -n auto

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .import_linter_cache
