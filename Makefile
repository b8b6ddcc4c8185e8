# Thin wrapper: each target installs what is missing, configures and builds.
BUILD ?= build
# The clang build with ASan+UBSan and the fuzz targets (scripts/configure-san.sh).
SAN_BUILD ?= build-san
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
AZLINT := $(BUILD)/azlint
MAKEFLAGS += --no-print-directory
# CI builds with warnings as errors.
ifeq ($(CI),true)
CMAKE_ARGS += -DAZLINT_WERROR=ON
endif

.PHONY: all deps configure build run test test-gcc test-sanitizers bench bench-scale docs package fuzz clean

all: build

deps:
	@scripts/deps.sh $(BUILD)

configure: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_ARGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

# Lints the bundled examples: the valid configs are clean, the broken ones show their findings.
# Builds only the binary; the compiler's output goes to $(BUILD)/run-build.log, shown on failure.
run:
	@scripts/deps.sh $(BUILD) build && mkdir -p $(BUILD)
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_ARGS) >$(BUILD)/run-configure.log 2>&1 || \
	  { cat $(BUILD)/run-configure.log; exit 1; }
	@echo "building $(AZLINT) (log: $(BUILD)/run-build.log)"
	@cmake --build $(BUILD) -j $(JOBS) --target azlint >$(BUILD)/run-build.log 2>&1 || \
	  { cat $(BUILD)/run-build.log; echo "make run: the build failed (above)"; exit 1; }
	@echo
	@echo "== examples/valid (librechat.yaml, openclaw-litellm/)"
	@$(AZLINT) check examples/valid && echo "clean"
	@echo
	@echo "== examples/broken (librechat.yaml, openclaw-litellm/)"
	@$(AZLINT) check examples/broken; \
	  status=$$?; test $$status -eq 1 || { echo "expected findings (exit 1), got exit $$status"; exit 1; }

# The whole suite twice: with gcc (build/), then with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer (build-san/), where each fuzz target also runs for 20 s.
test: test-gcc test-sanitizers

test-gcc: build
	@echo "== test suite (gcc, $(BUILD)/)"
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# Leaks, out-of-bounds accesses and undefined behaviour fail the test that caused them.
SAN_ENV := ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
test-sanitizers: deps
	@echo "== test suite (clang, ASan+UBSan, $(SAN_BUILD)/)"
	@scripts/configure-san.sh $(SAN_BUILD) $(CMAKE_ARGS)
	@cmake --build $(SAN_BUILD) -j $(JOBS)
	@cd $(SAN_BUILD) && $(SAN_ENV) ctest --output-on-failure -j $(JOBS)

# COLD_RUNS: starts of each native program in the cold-start section (node peers: fewer).
COLD_RUNS ?= 200
bench: build
	@cmake --build $(BUILD) -j $(JOBS) --target azlint_bench azlint_lsp_bench azlint_cold_bench azlint_bench_hello
	@$(BUILD)/azlint_cold_bench $(BUILD)/azlint_bench_hello $(AZLINT) $(CURDIR) $(COLD_RUNS)
	@echo
	@$(BUILD)/azlint_bench
	@echo
	@$(BUILD)/azlint_lsp_bench
	@echo
	@$(MAKE) --no-print-directory bench-scale

# The scaling rows of the README: a mixed repository of 10 000 and 100 000 configs checked on
# every core, and a 16 MiB file of each gateway (AZLINT_BENCH_FILES=10000,100000 to change sizes).
bench-scale: build
	@cmake --build $(BUILD) -j $(JOBS) --target azlint_scale_bench
	@$(BUILD)/azlint_scale_bench $(AZLINT)

# Regenerates docs/rules/ from the rules' own docs (a test fails when it is stale).
docs: build
	@$(AZLINT) gen-docs docs/rules

# A Debian package of the binary, the schemas and the rule docs: build/azlint_<version>_<arch>.deb
package: build
	@cd $(BUILD) && cpack -G DEB >/dev/null && ls -1 $$PWD/azlint_*.deb

# libFuzzer targets (fuzz/) with ASan+UBSan, built by clang in build-san/, each run for
# FUZZ_SECONDS, one per core at a time; fails on any crash, timeout, leak or broken invariant.
# FUZZ_TARGETS picks some.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
fuzz:
	@JOBS=$(JOBS) FUZZ_BUILD=$(SAN_BUILD) scripts/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

clean:
	rm -rf $(BUILD) $(SAN_BUILD)
