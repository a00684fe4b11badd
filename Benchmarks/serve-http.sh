#!/usr/bin/env bash
# Benchmark: sustained POST /Messages against `plo serve`'s EDI 2.0 face (validation and the
# journal on: WAL, synchronous FULL), CLIENTS keep-alive clients (default 4) posting N distinct
# hospital messages (default 10 000, simulated). Prints messages/s, p50/p99 latency of the POST
# (until the 201, i.e. journaled), and the server's peak RSS.
# Goal: >= 1 000 messages/s with p99 < 50 ms on 2 cores. Usage: Benchmarks/serve-http.sh [N] [CLIENTS]
set -euo pipefail
N="${1:-10000}"
CLIENTS="${2:-4}"
cd "$(dirname "$0")/.."
SCRATCH="${SCRATCH:-.build}"
swift build -c release --scratch-path "$SCRATCH" --product plo >&2
PLO="$(pwd)/$SCRATCH/release/plo"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/plo-serve-http-bench.XXXXXX")"
PORT=$((30000 + $$ % 20000))
cat > "$TMP/scenario.yaml" <<YAML
name: serve-http-bench
start: 2026-01-05T00:00
stays: $(( N / 5 + 10 ))
arrivalsPerDay: 400
appRec: false
events: {death: 0, avmelding: 0, supplement: 0, dayZeroAcceptance: 1}
YAML
"$PLO" simulate --scenario "$TMP/scenario.yaml" --seed 42 --out "$TMP/sim" >/dev/null
find "$TMP/sim/messages" -name '*.xml' ! -name '*INNLEGGELSESRAPPORT*' | sort > "$TMP/list"
head -n "$N" "$TMP/list" > "$TMP/corpus.txt"
/usr/bin/time -f '%e %M' -o "$TMP/time" "$PLO" serve --scenario "$TMP/scenario.yaml" --clock virtual \
  --start 2026-01-05T00:00 --listen "127.0.0.1:$PORT" --journal "$TMP/journal.sqlite" >"$TMP/serve.log" 2>&1 &
TIMEPID=$!
trap 'rm -rf "$TMP"' EXIT
python3 - "$PORT" "$TMP/corpus.txt" "$CLIENTS" "$TIMEPID" <<'PY'
import base64, http.client, json, os, signal, sys, threading, time
port, corpus, clients, timepid = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
files = [l.strip() for l in open(corpus) if l.strip()]
bodies = []
for f in files:
    with open(f, "rb") as fh:
        bodies.append(json.dumps({"businessDocument": base64.b64encode(fh.read()).decode(),
                                  "contentType": "application/xml", "contentTransferEncoding": "base64"}).encode())
headers = {"api-version": "2", "nhn-source-system": "bench 1.0", "content-type": "application/json"}
for _ in range(200):
    try:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=5); c.request("GET", "/_plo/health"); c.getresponse().read(); break
    except OSError:
        time.sleep(0.1)
lat, errors, lock = [], [], threading.Lock()
def worker(k):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    mine = []
    for i in range(k, len(bodies), clients):
        t = time.perf_counter()
        conn.request("POST", "/Messages", body=bodies[i], headers=headers)
        r = conn.getresponse(); r.read()
        mine.append(time.perf_counter() - t)
        if r.status != 201:
            with lock: errors.append(r.status)
    with lock: lat.extend(mine)
start = time.perf_counter()
threads = [threading.Thread(target=worker, args=(k,)) for k in range(clients)]
for t in threads: t.start()
for t in threads: t.join()
wall = time.perf_counter() - start
lat.sort()
pct = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))] * 1000
print(f"POST /Messages: {len(lat)} messages, {clients} clients, {wall:.1f} s = {len(lat) / wall:.0f} msg/s; "
      f"p50 {pct(0.5):.1f} ms, p99 {pct(0.99):.1f} ms, max {pct(1.0):.1f} ms; non-201: {len(errors)}")
with open(f"/proc/{timepid}/task/{timepid}/children") as f:
    for child in f.read().split():
        os.kill(int(child), signal.SIGTERM)
PY
wait "$TIMEPID" || true
read -r WALL RSS < <(tail -n 1 "$TMP/time")
echo "server peak RSS: $((RSS / 1024)) MB"
