# Thin wrapper: each target installs what is missing, configures and builds.
BUILD ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
AZLINT := $(BUILD)/azlint
MAKEFLAGS += --no-print-directory
# CI builds with warnings as errors.
ifeq ($(CI),true)
CMAKE_ARGS += -DAZLINT_WERROR=ON
endif

.PHONY: all deps configure build run test bench docs package fuzz clean

all: build

deps:
	@scripts/deps.sh $(BUILD)

configure: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_ARGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

# Lints the bundled examples: the valid configs are clean, the broken ones show their findings.
run: build
	@echo "== examples/valid (librechat.yaml, openclaw-litellm/)"
	@$(AZLINT) check examples/valid && echo "clean"
	@echo
	@echo "== examples/broken (librechat.yaml, openclaw-litellm/)"
	@$(AZLINT) check examples/broken; \
	  status=$$?; test $$status -eq 1 || { echo "expected findings (exit 1), got exit $$status"; exit 1; }

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: build
	@cmake --build $(BUILD) -j $(JOBS) --target azlint_bench azlint_lsp_bench
	@$(BUILD)/azlint_bench
	@echo
	@$(BUILD)/azlint_lsp_bench

# Regenerates docs/rules/ from the rules' own docs (a test fails when it is stale).
docs: build
	@$(AZLINT) gen-docs docs/rules

# A Debian package of the binary, the schemas and the rule docs: build/azlint_<version>_<arch>.deb
package: build
	@cd $(BUILD) && cpack -G DEB >/dev/null && ls -1 $$PWD/azlint_*.deb

# libFuzzer targets (fuzz/) with ASan+UBSan, built by clang in build-fuzz/, each run for
# FUZZ_SECONDS; fails on any crash, timeout, leak or broken invariant. FUZZ_TARGETS picks some.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
fuzz:
	@JOBS=$(JOBS) scripts/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

clean:
	rm -rf $(BUILD)
