#!/usr/bin/env bash
# The project's test command (README): installs what the tests need that NuGet and npm do not bring
# (Debian's chromium for the GraphiQL browser test), then runs every test. npm packages of the oracles
# and of GraphiQL are installed by the build and the tests themselves (npm ci, pinned by lock files).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null
  fi
fi
# a missing Snapshooter snapshot fails here instead of being written (README: how to regenerate them)
export SNAPSHOOTER_STRICT_MODE=true
dotnet test KnowledgeGraph.sln "$@"
