#!/usr/bin/env bash
# Load test of the knowledge-graph API: a mix of representative queries (lists with nested children, filters,
# search, node by id with evidence, aggregates) at fixed concurrency on loopback, against `kg serve` on the seed
# data, and in the same run against a minimal Kestrel endpoint answering the same requests with the identical JSON
# bytes (recorded from the API first). Reports requests/s and p50/p99 latency of both, and the ratio (goal >= 0.5).
# The API runs twice: as served (with its response cache, KnowledgeGraph:ResponseCacheSeconds) and with the cache
# off, so the engine-and-store cost stays visible.
# Usage: tests/load/kg-api-vs-raw.sh [seconds=10] [connections=32]
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_RUN=${1:-10}
CONNECTIONS=${2:-32}
API_PORT=${KG_LOAD_API_PORT:-5096}
RAW_PORT=${KG_LOAD_RAW_PORT:-5095}
NOCACHE_PORT=${KG_LOAD_NOCACHE_PORT:-5094}
command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk >/dev/null)
dotnet build -c Release src/KnowledgeGraph.Cli -v q -nologo >/dev/null
dotnet build -c Release tests/KnowledgeGraph.Api.LoadBaseline -v q -nologo >/dev/null
WORK=$(mktemp -d)
dotnet src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll serve --urls "http://127.0.0.1:$API_PORT" --data-dir "$WORK/data" >"$WORK/api.log" 2>&1 &
API_PID=$!
RAW_PID=
NOCACHE_PID=
trap 'kill $API_PID $RAW_PID $NOCACHE_PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
wait_for() { # port
  for _ in $(seq 1 300); do
    curl -sf -o /dev/null -H 'content-type: application/json' -d '{"query":"{__typename}"}' "http://127.0.0.1:$1/graphql" && return 0
    sleep 0.2
  done
  echo "nothing answers on port $1" >&2; exit 1
}
wait_for "$API_PORT" # seeded by now: the second server finds a non-empty store
KnowledgeGraph__ResponseCacheSeconds=0 dotnet src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll serve --urls "http://127.0.0.1:$NOCACHE_PORT" --data-dir "$WORK/data" >"$WORK/nocache.log" 2>&1 &
NOCACHE_PID=$!
wait_for "$NOCACHE_PORT"

# The mix: one request body per line of requests.txt, recorded with its response for the raw endpoint.
mkdir -p "$WORK/mix"
python3 - "$WORK/mix" <<'PY'
import json, sys
queries = [
    "{ townships { totalCount nodes { id name code townshipType regions { name level } } } }",
    "{ projects(first: 20) { totalCount pageInfo { hasNextPage endCursor } nodes { id name currentStatus township { name } statuses { status year } } } }",
    "{ awards(first: 20, where: {level: [NATIONAL, PROVINCIAL]}, order: [{field: YEAR, direction: DESC}]) { totalCount nodes { name level year recipients { __typename name } } } }",
    "{ search(text: \"乡村\", first: 10) { rank kind node { id name } } }",
    "{ node(id: \"township:330483003\") { id name evidence { reportId sentence start end } ... on Township { villages(first: 10) { nodes { name } } } } }",
    "{ stats { reports nodes edges byKind { kind count } byAwardLevel { label count } } }",
]
with open(sys.argv[1] + "/requests.txt", "w") as out:
    for i, q in enumerate(queries):
        body = json.dumps({"query": q}, ensure_ascii=False, separators=(",", ":"))
        open(f"{sys.argv[1]}/{i}.request.json", "w").write(body)
        out.write(body + "\n")
PY
for request in "$WORK"/mix/*.request.json; do
  curl -sf -H 'content-type: application/json' -H 'accept: application/json' --data-binary @"$request" "http://127.0.0.1:$NOCACHE_PORT/graphql" > "${request%.request.json}.response.json"
  if grep -q '"errors"' "${request%.request.json}.response.json"; then echo "query failed: $(cat "$request")" >&2; cat "${request%.request.json}.response.json" >&2; exit 1; fi
done
dotnet tests/KnowledgeGraph.Api.LoadBaseline/bin/Release/net10.0/KnowledgeGraph.Api.LoadBaseline.dll "$RAW_PORT" "$WORK/mix" >"$WORK/raw.log" 2>&1 &
RAW_PID=$!
for _ in $(seq 1 100); do
  curl -sf -o /dev/null -H 'content-type: application/json' --data-binary @"$WORK/mix/0.request.json" "http://127.0.0.1:$RAW_PORT/graphql" && break
  sleep 0.2
done

python3 - "$WORK/mix/requests.txt" > "$WORK/mix.lua" <<'PY'
import json, sys
bodies = [line.rstrip("\n") for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
print("local bodies = {" + ", ".join(json.dumps(b, ensure_ascii=False) for b in bodies) + "}")
print("""local i = 0
local headers = {["Content-Type"] = "application/json", ["Accept"] = "application/json"}
request = function()
  i = i % #bodies + 1
  return wrk.format("POST", "/graphql", headers, bodies[i])
end""")
PY

run() { # url -> "rps p50 p99"
  wrk -t2 -c"$CONNECTIONS" -d3s -s "$WORK/mix.lua" "$1" >/dev/null # warm-up
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s "$WORK/mix.lua" "$1" | awk '
    /Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF}
    END {if (bad) {print "non-2xx responses: " bad > "/dev/stderr"; exit 1}; print rps, p50, p99}'
}

read -r api_rps api_p50 api_p99 < <(run "http://127.0.0.1:$API_PORT/graphql")
read -r raw_rps raw_p50 raw_p99 < <(run "http://127.0.0.1:$RAW_PORT/graphql")
read -r nc_rps nc_p50 nc_p99 < <(run "http://127.0.0.1:$NOCACHE_PORT/graphql")
ratio=$(python3 -c "print(f'{float(\"$api_rps\")/float(\"$raw_rps\"):.2f}')")
nc_ratio=$(python3 -c "print(f'{float(\"$nc_rps\")/float(\"$raw_rps\"):.2f}')")
echo "mix of $(wc -l < "$WORK/mix/requests.txt") queries, $CONNECTIONS connections, ${SECONDS_PER_RUN}s each, loopback"
printf '  %-28s %10s req/s   p50 %8s   p99 %8s\n' "kg serve (GraphQL)" "$api_rps" "$api_p50" "$api_p99"
printf '  %-28s %10s req/s   p50 %8s   p99 %8s\n' "raw Kestrel, same JSON" "$raw_rps" "$raw_p50" "$raw_p99"
printf '  %-28s %10s req/s   p50 %8s   p99 %8s\n' "kg serve, response cache off" "$nc_rps" "$nc_p50" "$nc_p99"
echo "  ratio: ${ratio}x (goal: >= 0.50x); with the cache off: ${nc_ratio}x"
