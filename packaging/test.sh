#!/usr/bin/env bash
# Runs the whole PassDesk test suite from a fresh clone: installs missing Debian packages, then builds
# and tests twice: the release build with -Werror (unit, conformance, CLI, benchmark smoke), and the
# ASan+UBSan clang build, which also runs every libFuzzer target for a short smoke time.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh

jobs=${PASSDESK_JOBS:-2}
for preset in ci asan; do
    echo "== passdesk: configure, build and test the '$preset' preset"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
    ctest --preset "$preset" -j "$jobs"
done
