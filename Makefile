# Qari — two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.qari-installed
QM     := resources/i18n/qari_ar.qm resources/i18n/qari_en.qm

.PHONY: run test bench lint model i18n clean screenshots ts

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Interface translations: the .ts sources are in the repo (Arabic; English plural forms),
# the .qm files are built here.
resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the Arabic .ts from the sources (then translate the new entries).
ts: $(STAMP)
	$(BIN)/python -m qari.tools.update_ts
	$(BIN)/python -m qari.tools.english_plurals

i18n: $(STAMP)
	@$(MAKE) --no-print-directory $(QM)

run: i18n
	$(BIN)/qari

test: i18n
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: i18n
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

# Re-build the gazetteers and re-train the entity model on ANERcorp's train split
# (../shared/data/anercorp, or QARI_ANERCORP=DIR). The test split is used only by `make bench`.
model: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[train]'
	$(BIN)/python -m qari.tools.build_gazetteers
	$(BIN)/python -m qari.tools.train_ner

screenshots: i18n
	$(BIN)/qari screenshot docs/screenshot.png

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
