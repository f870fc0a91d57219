#!/usr/bin/env bash
# Screenshots an HTML report in headless Chromium (no network, throw-away profile): screenshot.sh IN.html OUT.png [WIDTHxHEIGHT]
set -euo pipefail
in=$(readlink -f "$1"); out=$(readlink -m "$2"); size=${3:-1400,2400}
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --disable-extensions --user-data-dir="$profile" \
  --window-size="${size/x/,}" --screenshot="$out" "file://$in" >/dev/null 2>&1
test -s "$out"
