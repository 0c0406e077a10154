#!/usr/bin/env bash
# Installs what Lagebild needs (Debian 12), builds it and starts the window on the default
# database (~/.local/share/lagebild/cache.sqlite, created on first start).
# Extra arguments go to lagebild, e.g. packaging/start.sh --db /tmp/other.sqlite
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/packaging/setup.sh"
cmake -S "$top" -B "$top/build-release" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLAGEBILD_BUILD_TESTS=OFF >/dev/null
cmake --build "$top/build-release" -j"$(nproc)" --target lagebild
exec "$top/build-release/app/lagebild" "$@"
