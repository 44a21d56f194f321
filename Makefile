# kg — see README.md. The two commands a fresh machine needs: make demo, make test.
GO      ?= go
BIN     := bin/kg
OUT     := out
DB      := $(OUT)/kg.db
FORMATS := dot jsonld nt nq ttl graphml
export CGO_ENABLED := 0

.PHONY: all build demo test check models bench fuzz clean

all: build

build:
	$(GO) build -trimpath -o $(BIN) ./cmd/kg

# The main job on the seeds: build the graph into an embedded Bolt store and
# write every export (and an SVG when Graphviz is installed) to out/.
demo: build
	rm -rf $(OUT) && mkdir -p $(OUT)
	$(BIN) build seeds/ --db $(DB)
	@for f in $(FORMATS); do $(BIN) export --db $(DB) --format $$f -o $(OUT)/graph.$$f || exit 1; done
	$(BIN) view --db $(DB) -o $(OUT)/graph.html
	$(BIN) render --db $(DB) -o $(OUT)/graph.svg || true
	$(BIN) stats --db $(DB)
	$(BIN) path --db $(DB) Kishida Lee
	@echo "demo: outputs in $(OUT)/"

# Installs what the tests need, then runs them all with every checker
# required (a missing tool fails instead of skipping).
test:
	scripts/test-deps.sh
	$(MAKE) check
	KG_REQUIRE_TOOLS=1 $(GO) test -timeout 25m ./...

# Static checks: formatting and vet.
check:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

# Rebuilds every NLP model from ../shared/nlp, deterministically.
models:
	scripts/model-deps.sh
	$(GO) run ./cmd/kgtrain -data ../shared/nlp -out extract/nlp/models

# Speed and memory of every step on ../shared/corpus/wikinews and on that
# corpus repeated to 20 MB (see README); BENCHFLAGS passes kgbench flags,
# e.g. BENCHFLAGS="-scale-mb 0" or "-postgres off".
bench: build
	$(GO) run ./cmd/kgbench -kg $(BIN) -o bench/results.json $(BENCHFLAGS)

# Every fuzz target for a bounded time (FUZZTIME=30s each by default).
fuzz:
	scripts/fuzz.sh

clean:
	rm -rf bin $(OUT) kg.db
