# Qari — two commands on a fresh machine: `make run` and `make test`.
# The newest CPython 3.11+ that can make a venv: on PATH, else under pyenv (whose shims refuse a
# version that is not selected). 3.12+ is preferred: its None/True/False are immortal (see ui/app.py).
ifndef PYTHON
PYTHON := $(shell for v in 3.14 3.13 3.12 3.11; do \
  for p in python$$v $${PYENV_ROOT:-$$HOME/.pyenv}/versions/$$v*/bin/python$$v; do \
    if $$p -c 'import ensurepip, venv' >/dev/null 2>&1; then echo $$p; exit 0; fi; done; done; echo python3)
endif
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.qari-installed
QM     := resources/i18n/qari_ar.qm resources/i18n/qari_en.qm resources/i18n/qtbase_extra_ar.qm

.PHONY: run test test-pyside611 bench lint model i18n clean screenshots ts install-desktop

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Interface translations: the .ts sources are in the repo (Arabic; English plural forms),
# the .qm files are built here (and by hatch_build.py in every wheel and sdist) with Qari's own
# pure-Python compiler, byte-identical to pyside6-lrelease.
resources/i18n/%.qm: resources/i18n/%.ts src/qari/tools/qm.py
	$(PYTHON) src/qari/tools/qm.py $< $@

# Refresh the Arabic .ts from the sources (then translate the new entries).
ts: $(STAMP)
	$(BIN)/python -m qari.tools.update_ts
	$(BIN)/python -m qari.tools.english_plurals

i18n: $(STAMP)
	@$(MAKE) --no-print-directory $(QM)

run: i18n
	$(BIN)/qari

test: i18n
	$(BIN)/ruff check src tests bench hatch_build.py .ci
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The suite under the older supported PySide6 series (pyproject allows >=6.11,<6.13), in its own venv.
VENV611 := .venv-pyside611
test-pyside611: i18n
	test -x $(VENV611)/bin/python || $(PYTHON) -m venv $(VENV611)
	$(VENV611)/bin/python -m pip install --quiet 'PySide6-Essentials>=6.11,<6.12' -e '.[test]'
	QT_QPA_PLATFORM=offscreen $(VENV611)/bin/python -m pytest -q -p no:cacheprovider

# The application menu entry, icons and AppStream metainfo, for this user (~/.local/share).
install-desktop: $(STAMP)
	$(BIN)/qari --install-desktop

bench: i18n
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

lint: $(STAMP)
	$(BIN)/ruff check src tests bench hatch_build.py .ci
	$(BIN)/mypy

# Re-build the gazetteers and re-train the entity model on ANERcorp's train split
# (../shared/data/anercorp, or QARI_ANERCORP=DIR). The test split is used only by `make bench`.
model: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[train]'
	$(BIN)/python -m qari.tools.build_gazetteers
	$(BIN)/python -m qari.tools.build_lexicon
	$(BIN)/python -m qari.tools.train_ner

screenshots: i18n
	$(BIN)/qari screenshot docs/screenshot.png
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m qari.tools.doc_shots docs  # Arabic menus, F1, library at launch, the star

clean:
	rm -rf $(VENV) $(VENV611) build dist .pytest_cache .ruff_cache
