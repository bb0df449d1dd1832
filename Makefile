# One-line entry points; each makes its own virtual environment in .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench bench-bundle clean translations package package-test mutation

# Qt Linguist: the .ts files are the translations' source; the .qm files are built from them
# (committed too, so a plain checkout or wheel has them; a test checks they are current).
TS := resources/translations/runtime_advisor_ko.ts
UI_SOURCES = $(filter-out gui/domain/%,$(wildcard gui/*.py gui/*/*.py))

$(BIN)/runtime-advisor: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev,build]'
	touch $@

## run: set up (first time) and open the desktop wizard
run: $(BIN)/runtime-advisor
	$(BIN)/runtime-advisor

## test: set up (first time), lint, and run every test headless
test: $(BIN)/runtime-advisor lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

## lint: ruff on everything, mypy (strict) on the Qt-free core
lint: $(BIN)/runtime-advisor
	$(BIN)/ruff check gui tests benchmarks tools packaging
	$(BIN)/mypy

## mutation: mutation testing of gui/domain with mutmut (long: see TESTING.md; MODULES="engine plan" re-tests those)
mutation: $(BIN)/runtime-advisor
	$(BIN)/python -c 'import mutmut' 2>/dev/null || $(BIN)/python -m pip install --quiet -e '.[test,mutation]'
	$(BIN)/python tools/mutation.py run $(MODULES)

## bench: run every benchmark side by side and write BENCHMARKS.md (bundle sizes if built)
bench: $(BIN)/runtime-advisor
	$(BIN)/python -m benchmarks.run

## package: the installer for this OS (Linux: dist/*.deb, dist/*.rpm and dist/*.tar.gz)
package: $(BIN)/runtime-advisor
	$(BIN)/python packaging/build.py

## package-test: build the .deb and .rpm, unpack each into a temporary root, check the installed
## copies (and run the release smoke test, packaging/smoke_test.py, on them)
package-test: package
	$(BIN)/python -m pytest -m packaging tests/packaging

## bench-bundle: bundle sizes against the naive bundle (builds both; a few minutes)
bench-bundle: $(BIN)/runtime-advisor
	$(BIN)/python -m benchmarks.bench_bundle

## translations: refresh the .ts from the code (new strings appear unfinished), then build the .qm
translations: $(BIN)/runtime-advisor
	$(BIN)/pyside6-lupdate $(UI_SOURCES) -ts $(TS) -no-obsolete
	$(BIN)/pyside6-lrelease $(TS) -qm $(TS:.ts=.qm)

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache mutants
