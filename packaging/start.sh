#!/usr/bin/env bash
# Installs what Lagebild needs (Debian 12), builds it and starts the window on the default
# database (~/.local/share/lagebild/cache.sqlite, created on first start).
# On the very first start (no --db given, no settings and no default database yet) it first
# loads the demo situation (`lagebild demo`), so the window opens on a situation to explore;
# an empty database opened later still offers "Load demo situation" and "Import files…".
# Extra arguments go to lagebild, e.g. packaging/start.sh --db /tmp/other.sqlite
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/packaging/setup.sh"
cmake -S "$top" -B "$top/build-release" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLAGEBILD_BUILD_TESTS=OFF >/dev/null
cmake --build "$top/build-release" -j"$(nproc)" --target lagebild
bin="$top/build-release/app/lagebild"
data="${XDG_DATA_HOME:-$HOME/.local/share}/lagebild/cache.sqlite"
settings="${XDG_CONFIG_HOME:-$HOME/.config}/lagebild/lagebild.conf"
if [[ " $* " != *" --db "* && " $* " != *" --db="* && ! -e "$data" && ! -e "$settings" ]]; then
  echo "First start: loading the demo situation into $data (lagebild demo)" >&2
  "$bin" demo >&2 || echo "The demo situation could not be loaded; the window offers it again." >&2
fi
exec "$bin" "$@"
