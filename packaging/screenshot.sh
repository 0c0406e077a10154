#!/usr/bin/env bash
# Makes docs/screenshot.png from the real window: imports all the shared test data into a
# temporary database, starts lagebild under Xvfb on the Intel page and grabs the screen.
# Usage: packaging/screenshot.sh [BUILD_DIR]   (default build-release)
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
bin="${1:-$top/build-release}/app/lagebild"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for d in stix attack misp indicators alerts; do
  "$bin" --db "$work/cache.sqlite" import "$top/../shared/testdata/$d" >/dev/null 2>&1 || true
done
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME/.config/lagebild" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
page="${LAGEBILD_SCREENSHOT_PAGE:-3}"   # 0 Situation, 3 Intel
printf '[window]\npage=%s\n' "$page" > "$HOME/.config/lagebild/lagebild.conf"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
  '$bin' --db '$work/cache.sqlite' & pid=\$!
  sleep 4
  sleep 1
  import -window root '$top/docs/screenshot.png'
  kill \$pid"
echo "wrote $top/docs/screenshot.png" >&2
