#!/usr/bin/env bash
# The scale benchmark (issue 10): builds kg in Release, then runs kg-scale-bench.py (stores of 10, 1,000 and 10,000
# synthetic reports from tests/load/synth_reports.py; p50/p99 per query with the response cache off; ingest speed and
# store size; 8 clients of mixed queries with RSS every 30 s; the WAL while serve answers and ingest adds 500 reports).
# Usage: tests/load/kg-scale-bench.sh [--sizes 10,1000,10000] [--work DIR] [--load-seconds 600] [--wal-reports 500]
# KG_DLL=path/kg.dll runs another build of kg (e.g. a copy, so the tree can be rebuilt meanwhile).
# Stores are kept in --work (default /tmp/kg-scale-bench) and reused, so the 10,000-report store is built once.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build -c Release src/KnowledgeGraph.Cli -v q -nologo >/dev/null
exec python3 tests/load/kg-scale-bench.py "$@"
