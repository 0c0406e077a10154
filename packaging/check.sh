#!/usr/bin/env bash
# Installs what Lagebild needs (Debian 12), builds the test configuration (Debug, ASan+UBSan,
# warnings as errors) and runs the whole test suite headless. Exits non-zero on any failure.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/packaging/setup.sh"
if [ ! -d "$top/../shared/testdata" ]; then
  echo "check: ../shared/testdata is missing next to the checkout; the golden tests need it" >&2
  exit 1
fi
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
cmake -S "$top" -B "$top/build-test" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DLAGEBILD_SANITIZE=ON -DLAGEBILD_WERROR=ON -DLAGEBILD_BUILD_TESTS=ON >/dev/null
cmake --build "$top/build-test" -j"$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$top/build-test" --output-on-failure -j"$(nproc)" --timeout 600
