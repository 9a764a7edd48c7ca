#!/usr/bin/env bash
# Runs every test: unit, database, browserless UI, device and the end-to-end test in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")"
. deploy/find-java.sh
for tool in chromium chromedriver; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "The browser tests need $tool: apt-get install -y chromium chromium-driver (or run .ci/run)." >&2
    exit 1
  fi
done
exec mvn -B verify "$@"
