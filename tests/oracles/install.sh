#!/usr/bin/env sh
# Usage: tests/oracles/install.sh
# Installs the oracle scripts' npm dependencies (pinned by package-lock.json) with `npm ci`, but only
# when node_modules is missing or older than package-lock.json. Safe to call before every test run.
set -eu
cd "$(dirname "$0")"
marker=node_modules/.package-lock.json
if [ ! -f "$marker" ] || [ package-lock.json -nt "$marker" ]; then
    npm ci --no-audit --no-fund
    touch "$marker"
fi
