#!/usr/bin/env python3
"""The scale benchmark of issue 10: stores of 10, 1,000 and 10,000 synthetic reports, each query's p50/p99 with the
response cache off, ingest speed and store size, garbage cursors, 8 clients of mixed queries (RSS every 30 s), and
the WAL while `kg serve` answers and `kg ingest` adds 500 reports.

usage: kg-scale-bench.py [--sizes 10,1000,10000] [--work DIR] [--load-seconds 600] [--wal-reports 500] [--iterations 200]

Stores are kept in --work (default /tmp/kg-scale-bench) and reused when present, so the 10,000-report store is built
once. Needs the Release build of kg (tests/load/kg-scale-bench.sh builds it) and the generator synth_reports.py.
"""
import argparse
import http.client
import json
import os
import random
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
KG = os.environ.get('KG_DLL') or os.path.join(ROOT, 'src', 'KnowledgeGraph.Cli', 'bin', 'Release', 'net10.0', 'kg.dll')


def log(*args):
    print(*args, flush=True)


def corpus(work, size):
    """The first `size` reports of one generated corpus (the largest size), as a folder of links."""
    full = os.path.join(work, 'corpus')
    folder = os.path.join(work, f'corpus-{size}')
    if not os.path.isdir(folder):
        os.makedirs(folder)
        for name in sorted(os.listdir(full))[:size]:
            os.symlink(os.path.join(full, name), os.path.join(folder, name))
    return folder


def text_bytes(folder):
    return sum(os.path.getsize(os.path.join(folder, f)) for f in os.listdir(folder))


def store_bytes(data):
    return sum(os.path.getsize(os.path.join(data, f)) for f in os.listdir(data) if f.startswith('knowledge-graph.db'))


def ingest(folder, data):
    """Runs kg ingest; returns the wall seconds and the CPU seconds (user + system) of the process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.time()
    out = subprocess.run(['dotnet', KG, 'ingest', folder, '--data-dir', data], capture_output=True, text=True)
    seconds = time.time() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if out.returncode not in (0, 2):  # 2: stored, with warnings (e.g. an ambiguous township name)
        log(out.stdout[-3000:], out.stderr[-3000:])
        raise SystemExit(f'kg ingest failed for {folder}')
    return seconds, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def load_average():
    return '/'.join(f'{x:.1f}' for x in os.getloadavg())


class Server:
    def __init__(self, data, port):
        self.port = port
        env = dict(os.environ, KnowledgeGraph__ResponseCacheSeconds='0')
        self.proc = subprocess.Popen(['dotnet', KG, 'serve', '--urls', f'http://127.0.0.1:{port}', '--data-dir', data, '--seed', '/nonexistent'],
                                     env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(600):
            try:
                self.post('{__typename}')
                return
            except OSError:
                time.sleep(0.1)
        raise SystemExit('kg serve did not start')

    def post(self, query, variables=None, conn=None):
        body = json.dumps({'query': query, 'variables': variables or {}}, ensure_ascii=False).encode('utf-8')
        own = conn is None
        conn = conn or http.client.HTTPConnection('127.0.0.1', self.port, timeout=60)
        conn.request('POST', '/graphql', body, {'Content-Type': 'application/json', 'Accept': 'application/json'})
        response = conn.getresponse()
        data = response.read()
        if own:
            conn.close()
        return response.status, json.loads(data)

    def rss_mb(self):
        with open(f'/proc/{self.proc.pid}/status') as fh:
            for line in fh:
                if line.startswith('VmRSS:'):
                    return int(line.split()[1]) / 1024
        return 0

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def discover(server):
    """Ids that exist in this store, for the queries that need one."""
    _, r = server.post('{ townships(first: 1, order: [{field: COUNT, direction: DESC}]) { nodes { id county { id } reports(first: 1) { nodes { id } } } } }')
    t = r['data']['townships']['nodes'][0]
    return {'township': t['id'], 'county': t['county']['id'], 'report': t['reports']['nodes'][0]['id']}


def queries(ids):
    """The six-query mix of kg-api-vs-raw.sh (the township of the fifth taken from the store), then the filters."""
    return [
        ('mix: townships', '{ townships { totalCount nodes { id name code townshipType regions { name level } } } }'),
        ('mix: projects', '{ projects(first: 20) { totalCount pageInfo { hasNextPage endCursor } nodes { id name currentStatus township { name } statuses { status year } } } }'),
        ('mix: awards by level, year', '{ awards(first: 20, where: {level: [NATIONAL, PROVINCIAL]}, order: [{field: YEAR, direction: DESC}]) { totalCount nodes { name level year recipients { __typename name } } } }'),
        ('mix: search', '{ search(text: "乡村", first: 10) { rank kind node { id name } } }'),
        ('mix: node + villages', '{ node(id: "%s") { id name evidence { reportId sentence start end } ... on Township { villages(first: 10) { nodes { name } } } } }' % ids['township']),
        ('mix: stats', '{ stats { reports nodes edges byKind { kind count } byAwardLevel { label count } } }'),
        ('filter: place township', '{ projects(first: 20, where: {place: "%s"}) { totalCount nodes { id name } } }' % ids['township']),
        ('filter: place county', '{ projects(first: 20, where: {place: "%s"}) { totalCount nodes { id name } } }' % ids['county']),
        ('filter: place province', '{ awards(first: 20, where: {place: "province:33"}) { nodes { id name } } }'),
        ('filter: report', '{ indicators(first: 20, where: {report: "%s"}) { totalCount nodes { id name value } } }' % ids['report']),
        ('filter: year', '{ awards(first: 20, where: {year: {eq: 2023}}) { nodes { id name year } } }'),
        ('filter: stage in year', '{ projects(first: 20, where: {stage: {status: [STARTED], year: {eq: 2024}}}) { nodes { id name } } }'),
        ('filter: metric/unit/measure', '{ indicators(first: 20, where: {unit: {eq: "%"}, measure: ["growth"]}, order: [{field: VALUE, direction: DESC}]) { nodes { id name value } } }'),
        ('filter: targets by metric', '{ targets(first: 20, where: {metric: {startsWith: "固定资产"}}) { nodes { id name value } } }'),
        ('township children', '{ node(id: "%s") { ... on Township { projects(first: 10) { nodes { name } } awards(first: 10) { nodes { name } } indicators(first: 10, year: 2023) { nodes { name value } } } } }' % ids['township']),
        ('search: two words + place', '{ searchConnection(text: "乡村 振兴", place: "%s", first: 10) { edges { snippet node { name } } } }' % ids['county']),
        ('search: three characters', '{ search(text: "卫生院", first: 10) { node { name } } }'),
        ('paging: after cursor', None),
        ('garbage cursor (refused)', '{ projects(first: 20, after: "bm90LWEtY3Vyc29y") { nodes { id } } }'),
    ]


def measure(server, name, query, iterations, ids):
    conn = http.client.HTTPConnection('127.0.0.1', server.port, timeout=60)
    if query is None:  # the second page of projects, by the first page's end cursor
        _, first = server.post('{ projects(first: 20) { pageInfo { endCursor } } }', conn=conn)
        query = '{ projects(first: 20, after: "%s") { nodes { id name } } }' % first['data']['projects']['pageInfo']['endCursor']
    expect_error = 'garbage' in name
    times = []
    for i in range(iterations + 10):
        start = time.perf_counter()
        status, body = server.post(query, conn=conn)
        elapsed = (time.perf_counter() - start) * 1000
        if ('errors' in body) != expect_error:
            raise SystemExit(f'{name}: unexpected answer {json.dumps(body, ensure_ascii=False)[:500]}')
        if i >= 10:
            times.append(elapsed)
    conn.close()
    times.sort()
    return times[len(times) // 2], times[min(len(times) - 1, int(len(times) * 0.99))]


def load(server, ids, seconds, clients=8):
    """8 clients of mixed uncached queries; RSS every 30 s; returns errors, count, p99."""
    mix = [q for name, q in queries(ids) if q is not None and 'garbage' not in name]  # the refused cursor is no error
    latencies, errors, stop = [], [0], time.time() + seconds
    lock = threading.Lock()

    def client(seed):
        rnd = random.Random(seed)
        conn = http.client.HTTPConnection('127.0.0.1', server.port, timeout=60)
        while time.time() < stop:
            q = rnd.choice(mix)
            start = time.perf_counter()
            try:
                status, body = server.post(q, conn=conn)
                ok = status == 200 and 'errors' not in body
            except Exception:  # noqa: BLE001 - any failure counts as an error
                ok = False
                conn = http.client.HTTPConnection('127.0.0.1', server.port, timeout=60)
            elapsed = (time.perf_counter() - start) * 1000
            with lock:
                latencies.append(elapsed)
                if not ok:
                    errors[0] += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    started = time.time()
    while any(t.is_alive() for t in threads):
        time.sleep(1)
        if int(time.time() - started) % 30 == 0:
            log(f'    t={int(time.time() - started):4d}s  RSS {server.rss_mb():7.1f} MB  requests {len(latencies)}  errors {errors[0]}  load average {load_average()}')
    for t in threads:
        t.join()
    latencies.sort()
    return errors[0], len(latencies), latencies[len(latencies) // 2], latencies[int(len(latencies) * 0.99)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--sizes', default='10,1000,10000')
    ap.add_argument('--work', default='/tmp/kg-scale-bench')
    ap.add_argument('--load-seconds', type=int, default=600)
    ap.add_argument('--wal-reports', type=int, default=500)
    ap.add_argument('--iterations', type=int, default=200)
    ap.add_argument('--port', type=int, default=5191)
    ap.add_argument('--load-size', type=int, default=1000, help='the store the load and WAL runs use')
    a = ap.parse_args()
    sizes = [int(s) for s in a.sizes.split(',')]
    os.makedirs(a.work, exist_ok=True)
    full = os.path.join(a.work, 'corpus')
    wanted = max(sizes) + (a.wal_reports if a.load_size in sizes else 0)
    if not os.path.isdir(full) or len(os.listdir(full)) < wanted:
        shutil.rmtree(full, ignore_errors=True)
        subprocess.run([sys.executable, os.path.join(ROOT, 'tests', 'load', 'synth_reports.py'), '--count', str(wanted), '--out', full, '--seed', '7'], check=True)

    table = {}
    for size in sizes:
        folder = corpus(a.work, size)
        data = os.path.join(a.work, f'store-{size}')
        text = text_bytes(folder)
        if not os.path.exists(os.path.join(data, 'knowledge-graph.db')):
            load_before = load_average()
            seconds, cpu = ingest(folder, data)
            log(f'{size} reports: ingested {text / 1e6:.1f} MB in {seconds:.1f} s = {text / 1e6 / seconds:.2f} MB/s wall (process start included), '
                f'CPU {cpu:.1f} s = {cpu / (text / 1e6):.2f} s per MB (user + system); load average {load_before} before, {load_average()} after')
        else:
            log(f'{size} reports: store reused from {data}')
        db = store_bytes(data)
        log(f'{size} reports: store {db / 1e6:.1f} MB = {db / text:.2f}x the text ({text / 1e6:.1f} MB)')
        server = Server(data, a.port)
        try:
            ids = discover(server)
            for name, query in queries(ids):
                p50, p99 = measure(server, name, query, a.iterations, ids)
                table.setdefault(name, {})[size] = (p50, p99)
                log(f'  {size:>6} {name:<32} p50 {p50:7.2f} ms  p99 {p99:7.2f} ms  (load average {load_average()})')
            if size == a.load_size and a.load_seconds > 0:
                log(f'  load: 8 clients, mixed uncached queries, {a.load_seconds} s on the {size}-report store')
                errors, count, p50, p99 = load(server, ids, a.load_seconds)
                log(f'  load: {count} requests, {errors} errors, p50 {p50:.2f} ms, p99 {p99:.2f} ms, RSS at end {server.rss_mb():.1f} MB')
        finally:
            server.stop()
        log(f'{size} reports: after serve stopped (SIGTERM), WAL file present: {os.path.exists(os.path.join(data, "knowledge-graph.db-wal"))}')
        if size == a.load_size and a.wal_reports > 0:
            wal_test(a, data)

    log('\n| query | ' + ' | '.join(f'p50 / p99 at {s:,}' for s in sizes) + ' |')
    log('|---|' + '---|' * len(sizes))
    for name, by in table.items():
        log(f'| {name} | ' + ' | '.join(f'{by[s][0]:.2f} / {by[s][1]:.2f} ms' if s in by else '-' for s in sizes) + ' |')


def wal_test(a, store):
    """On a copy of the 1,000-report store: kg ingest adds reports while serve answers 4 clients; the WAL's largest size and any error."""
    data = store + '-wal-test'
    shutil.rmtree(data, ignore_errors=True)
    shutil.copytree(store, data)
    full = os.path.join(a.work, 'corpus')
    extra = os.path.join(a.work, f'corpus-extra-{a.wal_reports}')
    if not os.path.isdir(extra):
        os.makedirs(extra)
        for name in sorted(os.listdir(full))[-a.wal_reports:]:
            os.symlink(os.path.join(full, name), os.path.join(extra, name))
    server = Server(data, a.port + 1)
    try:
        ids = discover(server)
        wal = os.path.join(data, 'knowledge-graph.db-wal')
        largest = [0]
        done = threading.Event()

        def watch():
            while not done.is_set():
                if os.path.exists(wal):
                    largest[0] = max(largest[0], os.path.getsize(wal))
                time.sleep(0.05)

        watcher = threading.Thread(target=watch)
        watcher.start()
        result = {}
        clients = threading.Thread(target=lambda: result.update(zip(('errors', 'count', 'p50', 'p99'), load_until(server, ids, done))))
        clients.start()
        extra_text = text_bytes(extra)
        seconds, cpu = ingest(extra, data)
        done.set()
        clients.join()
        watcher.join()
        log(f'  WAL: kg ingest of {a.wal_reports} reports ({extra_text / 1e6:.1f} MB) while serve answered took {seconds:.1f} s, CPU {cpu:.1f} s '
            f'= {cpu / (extra_text / 1e6):.2f} s per MB; largest WAL {largest[0] / 1e6:.1f} MB; load average {load_average()}; '
            f'{result.get("count")} queries meanwhile, {result.get("errors")} errors, p99 {result.get("p99", 0):.1f} ms')
    finally:
        server.stop()
    log(f'  WAL: after serve stopped, WAL file present: {os.path.exists(os.path.join(data, "knowledge-graph.db-wal"))}')


def load_until(server, ids, done, clients=4):
    mix = [q for name, q in queries(ids) if q is not None and 'garbage' not in name]  # the refused cursor is no error
    latencies, errors = [], [0]
    lock = threading.Lock()

    def client(seed):
        rnd = random.Random(seed)
        conn = http.client.HTTPConnection('127.0.0.1', server.port, timeout=60)
        while not done.is_set():
            start = time.perf_counter()
            try:
                status, body = server.post(rnd.choice(mix), conn=conn)
                ok = status == 200 and 'errors' not in body
            except Exception:  # noqa: BLE001
                ok = False
                conn = http.client.HTTPConnection('127.0.0.1', server.port, timeout=60)
            with lock:
                latencies.append((time.perf_counter() - start) * 1000)
                errors[0] += 0 if ok else 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    latencies.sort()
    return errors[0], len(latencies), latencies[len(latencies) // 2] if latencies else 0, latencies[int(len(latencies) * 0.99)] if latencies else 0


if __name__ == '__main__':
    main()
