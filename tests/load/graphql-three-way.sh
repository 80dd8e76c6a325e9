#!/usr/bin/env bash
# Three-way load comparison on loopback: this engine's endpoint, graphql-dotnet's (tests/load/GraphQLDotnetPeer)
# and graphql-js's (tests/oracles/graphql-js-server.mjs), all serving the same SDL and JSON data
# (tests/KnowledgeGraph.GraphQL.Benchmarks/Data). For each query it first checks the three response bodies
# are JSON-equal (and says what differs if not), then measures with wrk in interleaved rounds (each round runs
# every server once per query, in a rotating order, so a neighbour's load spike hits all three alike) and prints
# the median req/s per server and the ratios.
# Usage: tests/load/graphql-three-way.sh [rounds=5] [seconds=5] [connections=32]
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-5}
SECONDS_PER_RUN=${2:-5}
CONNECTIONS=${3:-32}
command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk >/dev/null)
bash tests/oracles/install.sh >/dev/null
dotnet build -c Release tests/KnowledgeGraph.GraphQL.Benchmarks -v q -nologo >/dev/null
dotnet build -c Release tests/load/GraphQLDotnetPeer -v q -nologo >/dev/null
DATA=tests/KnowledgeGraph.GraphQL.Benchmarks/Data
OURS=http://127.0.0.1:5099/graphql
DOTNET=http://127.0.0.1:5097/graphql
JS=http://127.0.0.1:5098/graphql

dotnet tests/KnowledgeGraph.GraphQL.Benchmarks/bin/Release/net10.0/KnowledgeGraph.GraphQL.Benchmarks.dll serve 5099 >/tmp/kg-3way-ours.log 2>&1 &
OURS_PID=$!
dotnet tests/load/GraphQLDotnetPeer/bin/Release/net10.0/GraphQLDotnetPeer.dll --sdl $DATA/bench-schema.graphql --data $DATA/bench-data.json --port 5097 >/tmp/kg-3way-dotnet.log 2>&1 &
DOTNET_PID=$!
node tests/oracles/graphql-js-server.mjs --sdl $DATA/bench-schema.graphql --data $DATA/bench-data.json --port 5098 >/tmp/kg-3way-js.log 2>&1 &
JS_PID=$!
trap 'kill $OURS_PID $DOTNET_PID $JS_PID 2>/dev/null || true' EXIT

post() { # url query -> body
  curl -sf -H 'content-type: application/json' \
    -d "$(python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1]}))' "$2")" "$1"
}
for _ in $(seq 1 150); do
  post $OURS '{__typename}' >/dev/null 2>&1 && post $DOTNET '{__typename}' >/dev/null 2>&1 && post $JS '{__typename}' >/dev/null 2>&1 && break
  sleep 0.2
done

QUERIES=('{ items { id name score tags children { id name score } } }' '{ item(id: "1") { id name tags } }')
NAMES=(nested small)

# 1. The bodies must agree before their speed means anything.
for i in "${!QUERIES[@]}"; do
  post $OURS "${QUERIES[$i]}" >/tmp/kg-3way-body-ours.json
  post $DOTNET "${QUERIES[$i]}" >/tmp/kg-3way-body-dotnet.json
  post $JS "${QUERIES[$i]}" >/tmp/kg-3way-body-js.json
  python3 - "${NAMES[$i]}" <<'PY'
import json, sys
name = sys.argv[1]
bodies = {k: json.load(open(f"/tmp/kg-3way-body-{k}.json")) for k in ("ours", "dotnet", "js")}
def diff(a, b, path="$"):
    if type(a) is not type(b) and not (isinstance(a, (int, float)) and isinstance(b, (int, float))):
        return f"{path}: {json.dumps(a)[:80]} vs {json.dumps(b)[:80]}"
    if isinstance(a, dict):
        if list(a) != list(b):
            return f"{path}: keys {list(a)} vs {list(b)}"
        return next((d for k in a if (d := diff(a[k], b[k], f"{path}.{k}"))), None)
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} vs {len(b)} items"
        return next((d for i, (x, y) in enumerate(zip(a, b)) if (d := diff(x, y, f"{path}[{i}]"))), None)
    return None if a == b else f"{path}: {json.dumps(a)} vs {json.dumps(b)}"
bad = False
for other in ("dotnet", "js"):
    d = diff(bodies["ours"], bodies[other])
    if d:
        bad = True
        print(f"bodies differ ({name}): ours vs {other}: {d}")
if bad:
    sys.exit(1)
size = len(json.dumps(bodies["ours"], separators=(",", ":")))
print(f"bodies equal ({name}): ours = graphql-dotnet = graphql-js ({size} bytes of JSON, key order included)")
PY
done

# 2. Interleaved rounds.
lua_for() { # query -> lua file
  local lua; lua=$(mktemp)
  printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = %s\n' \
    "$(python3 -c 'import json,sys; print(json.dumps(json.dumps({"query": sys.argv[1]})))' "$1")" >"$lua"
  echo "$lua"
}
measure() { # url lua seconds -> req/s
  wrk -t2 -c"$CONNECTIONS" -d"$3s" -s "$2" "$1" | awk '/Requests\/sec/ {print $2}'
}
RESULTS=$(mktemp)
SERVERS=(ours dotnet js)
URLS=($OURS $DOTNET $JS)
for i in "${!QUERIES[@]}"; do
  lua=$(lua_for "${QUERIES[$i]}")
  for s in 0 1 2; do measure "${URLS[$s]}" "$lua" 2 >/dev/null; done # warm-up (JIT, caches)
  for round in $(seq 1 "$ROUNDS"); do
    for k in 0 1 2; do
      s=$(( (k + round) % 3 ))
      echo "${NAMES[$i]} ${SERVERS[$s]} $(measure "${URLS[$s]}" "$lua" "$SECONDS_PER_RUN")" >>"$RESULTS"
    done
  done
  rm -f "$lua"
done

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk: ${ROUNDS} interleaved rounds x ${SECONDS_PER_RUN} s, ${CONNECTIONS} connections, 2 threads; median req/s"
python3 - "$RESULTS" "${QUERIES[@]}" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
queries = dict(zip(("nested", "small"), sys.argv[2:]))
print(f"{'query':8} {'ours':>10} {'graphql-dotnet':>15} {'graphql-js':>11} {'ours/dotnet':>12} {'ours/js':>8}")
for name in ("nested", "small"):
    med = {s: statistics.median(float(r[2]) for r in rows if r[0] == name and r[1] == s) for s in ("ours", "dotnet", "js")}
    print(f"{name:8} {med['ours']:10.0f} {med['dotnet']:15.0f} {med['js']:11.0f} {med['ours']/med['dotnet']:11.2f}x {med['ours']/med['js']:7.2f}x   {queries[name]}")
PY
rm -f "$RESULTS"
