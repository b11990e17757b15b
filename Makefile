# Warlog: two commands do all the set-up on a fresh machine.
#   make demo   serve the seeded timeline on http://127.0.0.1:$(PORT)/
#   make test   run the whole test suite (DATABASE_URL=postgres://... runs it on PostgreSQL)

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: demo test lint install install-dev evaluate benchmark clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install -q -e ".[dev]"
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

demo: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_gazetteer
	$(PY) manage.py ingest fixtures/articles
	$(PY) manage.py create_editor editor --if-no-users
	@echo "Timeline: http://127.0.0.1:$(PORT)/   Admin: http://127.0.0.1:$(PORT)/admin/"
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

# pytest exits 5 when it collected nothing: that is a failure to run, not a pass.
test: install-dev
	$(PY) -m pytest $(PYTEST_ARGS)

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run

evaluate: install
	$(PY) manage.py evaluate ../shared/gold fixtures/articles

benchmark: install
	$(PY) manage.py benchmark

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache
