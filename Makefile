# Thin wrapper around CMake (DuckDB's shape): `make run` and `make test` are the
# README's two commands; both install what is missing first.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: setup configure build run test test-fast sanitize fuzz clean

setup:
	@bash scripts/setup.sh

configure: setup
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

# The main job on the bundled example corpus.
run: build
	@$(BUILD)/src/cli/storyline analyze examples/

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

test-fast: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS) -L fast

# AddressSanitizer + UBSan build and tests in build-asan/.
sanitize:
	@$(MAKE) test BUILD=build-asan CMAKE_FLAGS="-DSTORYLINE_SANITIZE=ON -DSTORYLINE_BUILD_BENCH=OFF"

# libFuzzer targets (clang) in build-fuzz/.
fuzz: setup
	@CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DSTORYLINE_FUZZ=ON -DSTORYLINE_BUILD_TESTS=OFF -DSTORYLINE_BUILD_BENCH=OFF >/dev/null
	@cmake --build build-fuzz -j $(JOBS)

clean:
	@rm -rf $(BUILD)
