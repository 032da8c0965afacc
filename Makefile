# crpv-graph: `make demo` and `make test` do all set-up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
CLI    := $(BIN)/crpv-graph

.PHONY: screenshots bench-site messages demo test lint typecheck browser virtuoso serve lab notebooks bench bench-ingest bench-serve build validate stats clean

$(STAMP): pyproject.toml
	@ldconfig -p | grep -q 'libseccomp.so.2 ' || { \
	  echo "installing Debian libseccomp2 (serve's query workers confine themselves with it)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libseccomp2 >/dev/null; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

## demo: build and validate the dataset, summarise it, answer a question, write two pages to pages/ and the website to site/
demo: $(STAMP)
	@start=$$(date +%s); \
	$(CLI) build --out build && \
	$(CLI) --quiet validate && \
	$(CLI) --quiet stats --summary && \
	echo && echo "Which partners attended both the 2018 and the 2021 national meetings?" && \
	$(CLI) --quiet query partners-in-common --param first=2018 --param second=2021 && \
	echo && echo "Interactive network pages (open them in a browser; they work offline):" && \
	$(CLI) --quiet network --kind partnership --out pages/partnership.html && \
	$(CLI) --quiet network --kind co-participation --out pages/co-participation.html && \
	echo && echo "The website of the graph, in French (open it in a browser; it works offline):" && \
	$(CLI) --quiet site --out site >/dev/null && \
	echo "  $$(pwd)/site/index.html" && \
	echo "demo done in $$(( $$(date +%s) - start ))s"

## test: lint, type-check and run every test (unit, behaviour, doctests, servers, triple stores, browser)
test: $(STAMP) browser virtuoso lint typecheck
	$(BIN)/pytest -q

## browser: Debian's Chromium for the browser tests (Playwright drives it; nothing downloaded)
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null; }

## virtuoso: Debian's Virtuoso 7 for the triple-store tests (each test server has a database of its own)
# Only the binaries of Debian's virtuoso-opensource: the whole package also starts a system-wide
# server on ports 8890 and 1111, which the tests do not use.
virtuoso:
	@command -v virtuoso-t >/dev/null 2>&1 && command -v isql-vt >/dev/null 2>&1 || { \
	  echo "installing Debian virtuoso-opensource-7-bin for the triple-store tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends virtuoso-opensource-7-bin >/dev/null; }

## lab: JupyterLab on the notebooks, with the project's kernel (installs JupyterLab the first time)
lab: $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,lab]'
	cd notebooks && ../$(BIN)/jupyter lab $$([ "$$(id -u)" = 0 ] && echo --allow-root)

## notebooks: re-execute every notebook in place (outputs and figures included)
notebooks: $(STAMP)
	cd notebooks && ../$(BIN)/jupyter nbconvert --to notebook --execute --inplace *.ipynb

## bench: scale benchmarks at 10k, 100k, 1M triples against rdflib and raw pyoxigraph (benchmarks/results.md)
bench: $(STAMP) browser
	$(BIN)/python benchmarks/run.py

## screenshots: the pictures of the website in README.md and docs/img/ (after make demo)
screenshots: $(STAMP) browser
	$(BIN)/python docs/screenshots.py

## bench-site: build the website on the real data and the 100k synthetic graph, in full and after one data file changed (benchmarks/results.md)
bench-site: $(STAMP)
	$(BIN)/python benchmarks/site_build.py

## bench-ingest: score the ingest on the gold standard, next to plain spaCy (benchmarks/ingest/results.md)
bench-ingest: $(STAMP)
	$(BIN)/python benchmarks/ingest/evaluate.py

## bench-serve: the served endpoint under load, with and without runaway queries (benchmarks/serve_load.md), then against oxigraph serve at 1, 4 and 16 clients
bench-serve: $(STAMP)
	$(BIN)/python benchmarks/serve_load.py
	$(BIN)/python benchmarks/serve_throughput.py

## serve: the SPARQL endpoint and query page on http://127.0.0.1:8000/
serve: $(STAMP)
	$(CLI) serve

## messages: extract the messages shown to people and merge them into the catalogs (crpv_graph/i18n)
messages: $(STAMP)
	@for domain in common dictionary network serve site; do \
	  package=$$domain; [ $$domain = common ] && package=i18n; \
	  [ -d crpv_graph/$$package ] || continue; \
	  $(BIN)/pybabel -q extract -F babel.cfg --no-location --sort-output -o .messages.pot crpv_graph/$$package && \
	  $(BIN)/pybabel -q update --no-fuzzy-matching --ignore-obsolete -D $$domain -i .messages.pot -d crpv_graph/i18n/locale; \
	done; rm -f .messages.pot

lint: $(STAMP)
	$(BIN)/ruff check crpv_graph tests benchmarks docs
	$(BIN)/ruff format --check crpv_graph tests benchmarks docs

typecheck: $(STAMP)
	$(BIN)/mypy crpv_graph tests benchmarks docs

build validate stats: $(STAMP)
	$(CLI) $@

clean:
	rm -rf build pages site .venv .mypy_cache .pytest_cache .ruff_cache
