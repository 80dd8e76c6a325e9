#!/usr/bin/env bash
# Load comparison: this engine's endpoint against graphql-js (graphql-http's Node handler) serving the
# same SDL and the same in-memory JSON data on loopback, measured one after the other with wrk.
# Usage: tests/load/graphql-vs-graphql-js.sh [seconds=10] [connections=32]
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_RUN=${1:-10}
CONNECTIONS=${2:-32}
command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk >/dev/null)
bash tests/oracles/install.sh >/dev/null
dotnet build -c Release tests/KnowledgeGraph.GraphQL.Benchmarks -v q -nologo >/dev/null
DATA=tests/KnowledgeGraph.GraphQL.Benchmarks/Data
dotnet tests/KnowledgeGraph.GraphQL.Benchmarks/bin/Release/net10.0/KnowledgeGraph.GraphQL.Benchmarks.dll serve 5099 >/tmp/kg-load-dotnet.log 2>&1 &
DOTNET_PID=$!
node tests/oracles/graphql-js-server.mjs --sdl $DATA/bench-schema.graphql --data $DATA/bench-data.json --port 5098 >/tmp/kg-load-node.log 2>&1 &
NODE_PID=$!
trap 'kill $DOTNET_PID $NODE_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -sf -o /dev/null -H 'content-type: application/json' -d '{"query":"{__typename}"}' http://127.0.0.1:5099/graphql \
    && curl -sf -o /dev/null -H 'content-type: application/json' -d '{"query":"{__typename}"}' http://127.0.0.1:5098/graphql && break
  sleep 0.2
done

run() { # name url query
  local lua; lua=$(mktemp)
  printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = %s\n' "$(python3 -c 'import json,sys; print(json.dumps(json.dumps({"query": sys.argv[1]})))' "$3")" > "$lua"
  # warm up, then measure
  wrk -t2 -c"$CONNECTIONS" -d3s -s "$lua" "$2" >/dev/null
  local rps; rps=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" -s "$lua" "$2" | awk '/Requests\/sec/ {print $2}')
  rm -f "$lua"
  echo "$rps"
}

for query in '{ items { id name score tags children { id name score } } }' '{ item(id: "1") { id name tags } }'; do
  ours=$(run ours http://127.0.0.1:5099/graphql "$query")
  theirs=$(run graphql-js http://127.0.0.1:5098/graphql "$query")
  ratio=$(python3 -c "print(f'{float(\"$ours\")/float(\"$theirs\"):.2f}')")
  echo "query: $query"
  echo "  this engine: $ours req/s   graphql-js: $theirs req/s   ratio: ${ratio}x"
done
