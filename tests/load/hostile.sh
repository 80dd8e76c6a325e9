#!/usr/bin/env bash
# Hostile-input load checks of issue 11, against `kg serve` (Release) on the seed data:
#  1. fuzz: 100,000 mutated requests over HTTP (fuzz-http.py): zero 500s, every body JSON, the process alive, RSS bounded;
#  2. cache: 1,000 distinct cacheable responses of about 1 MB each: RSS stays under the response cache's size + 300 MB;
#  3. digits: `kg extract` of a report holding a run of 250,000 digits (goal: under 2 s).
# Usage: tests/load/hostile.sh [fuzz-count=100000]
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${1:-100000}
PORT=${KG_HOSTILE_PORT:-5097}
CACHE_MB=64
dotnet build -c Release src/KnowledgeGraph.Cli -v q -nologo >/dev/null
KG="dotnet src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll"
WORK=$(mktemp -d)
PID=
trap 'if [ -n "$PID" ]; then kill $PID 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT
KnowledgeGraph__ResponseCacheMegabytes=$CACHE_MB $KG serve --urls "http://127.0.0.1:$PORT" --data-dir "$WORK/data" >"$WORK/serve.log" 2>&1 &
PID=$!
for _ in $(seq 1 300); do
  curl -sf -o /dev/null -H 'content-type: application/json' -d '{"query":"{__typename}"}' "http://127.0.0.1:$PORT/graphql" && break
  sleep 0.2
done
rss() { awk '/VmRSS/ {print int($2/1024)}' /proc/$PID/status; }

echo "== 1. fuzz: $COUNT mutated requests"
python3 tests/load/fuzz-http.py "http://127.0.0.1:$PORT/graphql" "$PID" "$COUNT" 8 || echo "FUZZ CHECK FAILED"
echo "unexpected errors logged by the server: $(grep -c 'Unexpected error' "$WORK/serve.log" || true)"

echo "== 2. cache: 1,000 distinct ~1 MB cacheable responses (cache size $CACHE_MB MB)"
BEFORE=$(rss)
python3 - "$PORT" <<'PY'
import http.client, json, sys
port = int(sys.argv[1])
fields = "kind name description fields(includeDeprecated: true) { name description args { name description type { name } } type { name kind ofType { name } } }"
aliases = " ".join(f"s{i}: __schema {{ types {{ {fields} }} }}" for i in range(12))
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
sizes = []
for n in range(1000):
    body = json.dumps({"query": f"# request {n}\n{{ {aliases} }}"})
    conn.request("POST", "/graphql", body=body, headers={"Content-Type": "application/json"})
    r = conn.getresponse(); data = r.read(); sizes.append(len(data))
    assert r.status == 200 and b'"errors"' not in data[:20], data[:300]
print(f"response size: {min(sizes)/1e6:.2f}-{max(sizes)/1e6:.2f} MB, {sum(sizes)/1e9:.2f} GB in all")
PY
sleep 2
AFTER=$(rss)
echo "RSS before: $BEFORE MB, after 1,000 responses: $AFTER MB (bound: $CACHE_MB + 300 = $((CACHE_MB + 300)) MB above the start)"
curl -s "http://127.0.0.1:$PORT/health"; echo

echo "== 3. digits: kg extract of 250,000 digits"
python3 -c "open('$WORK/digits.txt','w').write('2024年某街道工作报告\n一、2024年工作回顾\n全年完成' + '1'*250000 + '元。\n')"
/usr/bin/time -f "kg extract (process start included): %e s, %M KB max RSS" $KG extract "$WORK/digits.txt" >/dev/null
