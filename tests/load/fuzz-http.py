#!/usr/bin/env python3
"""Sends N mutated GraphQL-over-HTTP requests to a running server and judges the answers (issue 11).

Mutations as in the issue's probe: byte flips, token insertions and deletions, splices, duplicated spans, invalid
UTF-8 and unpaired surrogates (raw bytes and \\ud800 escapes), over the fuzz corpus (requests and documents). Every
answer must be a non-500 status with a JSON body; the server's RSS is sampled from /proc. Prints one JSON summary.
Usage: fuzz-http.py URL PID COUNT [THREADS]
"""
import glob, http.client, json, os, random, sys, threading, time, urllib.parse

url, pid, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
threads = int(sys.argv[4]) if len(sys.argv) > 4 else 8
host = urllib.parse.urlparse(url)
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "KnowledgeGraph.Fuzz.Tests", "corpus")
requests = [open(f, "rb").read() for f in sorted(glob.glob(os.path.join(root, "requests", "*")))]
documents = [open(f, "rb").read() for f in sorted(glob.glob(os.path.join(root, "graphql", "*")))]
requests += [json.dumps({"query": d.decode("utf-8")}).encode() for d in documents]
TOKENS = [t.encode() for t in ["{", "}", "(", ")", "[", "]", ":", ",", '"', "\\", '\\"', "\\ud800", "\\udc00", "\\ud83d\\ude00",
          "\\u0000", '"""', "...", "@", "$", "!", "#", "\n", "query", "fragment", "on", "null", "first: 100", "last: -5",
          'after: "garbage"', "2147483647", "1e999", '{"query":', '"variables":', '"operationName":', '"extensions":',
          "__typename", "stats", 'search(text: "a")', "townships(first: 100) { nodes { id } }", "年", "项目"]]
TOKENS += [b"\xff", b"\xc3", b"\xc3\x28", b"\xed\xa0\x80", b"\xf0\x9f\x98", b"\xef\xbb\xbf", b"\x00", b"\xf4\x90\x80\x80"]

def mutate(rnd):
    b = bytearray(rnd.choice(requests))
    for _ in range(1 + rnd.randrange(4)):
        at = rnd.randrange(len(b) + 1)
        op = rnd.randrange(6)
        if op == 0 and b:
            i = rnd.randrange(len(b)); b[i] ^= 1 << rnd.randrange(8)
        elif op == 1:
            b[at:at] = rnd.choice(TOKENS)
        elif op == 2 and b:
            s = rnd.randrange(len(b)); del b[s:s + 1 + rnd.randrange(16)]
        elif op == 3:
            o = rnd.choice(requests); b = b[:at] + o[rnd.randrange(len(o) + 1):]
        elif op == 4 and b:
            s = rnd.randrange(len(b)); b[at:at] = b[s:s + 1 + rnd.randrange(64)]
        elif b:
            b[rnd.randrange(len(b))] = 0xF8 + rnd.randrange(8)
    return bytes(b)

def rss_mb():
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return -1

lock = threading.Lock()
stats = {"sent": 0, "status": {}, "not_json": 0, "errors": 0, "examples": []}
peak = [rss_mb()]

def worker(index):
    rnd = random.Random(index)
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
    n = 0
    while True:
        with lock:
            if stats["sent"] >= count:
                return
            stats["sent"] += 1
            seq = stats["sent"]
        body = mutate(rnd)
        try:
            if seq % 10 == 0:  # GET: the mutated bytes as the query, sometimes as variables
                q = urllib.parse.quote_from_bytes(body)
                conn.request("GET", host.path + ("?query=%7B__typename%7D&variables=" if seq % 20 == 0 else "?query=") + q,
                             headers={"Accept": "application/graphql-response+json"})
            else:
                conn.request("POST", host.path, body=body, headers={"Content-Type": "application/json",
                             "Accept": "application/graphql-response+json" if seq % 2 else "application/json"})
            response = conn.getresponse()
            data = response.read()
            ok_json = True
            try:
                json.loads(data)
            except Exception:
                ok_json = False
            with lock:
                stats["status"][response.status] = stats["status"].get(response.status, 0) + 1
                if not ok_json or response.status >= 500:
                    stats["not_json"] += 0 if ok_json else 1
                    if len(stats["examples"]) < 5:
                        stats["examples"].append({"status": response.status, "request": body[:200].decode("utf-8", "replace"), "body": data[:200].decode("utf-8", "replace")})
        except Exception as e:  # a dropped connection counts as an error
            with lock:
                stats["errors"] += 1
                if len(stats["examples"]) < 5:
                    stats["examples"].append({"exception": repr(e)})
            conn.close()
            conn = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
        n += 1
        if n % 500 == 0:
            r = rss_mb()
            with lock:
                peak[0] = max(peak[0], r)

started = time.time()
workers = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
for w in workers: w.start()
for w in workers: w.join()
alive = os.path.exists(f"/proc/{pid}")
summary = {"requests": stats["sent"], "seconds": round(time.time() - started, 1), "status": stats["status"],
           "status_500": stats["status"].get(500, 0), "not_json": stats["not_json"], "connection_errors": stats["errors"],
           "alive": alive, "rss_mb_start_peak_end": [round(x) for x in (peak[0], max(peak[0], rss_mb() if alive else -1), rss_mb() if alive else -1)],
           "examples": stats["examples"]}
print(json.dumps(summary, indent=1))
sys.exit(0 if summary["status_500"] == 0 and summary["not_json"] == 0 and summary["connection_errors"] == 0 and alive else 1)
