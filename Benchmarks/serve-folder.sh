#!/usr/bin/env bash
# Benchmark: `plo serve` over the folder transport with the journal on (WAL, synchronous FULL),
# N messages (default 10 000) from an EPJ hospital (simulated, no AppRecs, no municipal messages),
# and xmllint --schema over the same files in the same run as the yardstick (validation only).
#
#   1. CI mode:   all N files in the inbox, `plo serve --clock virtual --until-idle`:
#                 messages/s (wall), peak RSS.
#   2. streaming: `plo serve --clock real --speed 3600` while a feeder renames the N files into the
#                 inbox at RATE messages/s (default 800); time from a file's rename to its AppRec
#                 in the outbox (the AppRec's mtime): p50/p99; messages/s; peak RSS.
#   3. xmllint:   `xmllint --nonet --noout --schema driver.xsd` over the N files (one process).
#
# Goal: >= 1 000 messages/s on 2 cores. Usage: Benchmarks/serve-folder.sh [N]
set -euo pipefail
N="${1:-10000}"
cd "$(dirname "$0")/.."
SCRATCH="${SCRATCH:-.build}"
command -v xmllint >/dev/null || { echo "needs xmllint (scripts/setup.sh)" >&2; exit 2; }
swift build -c release --scratch-path "$SCRATCH" --product plo >&2
PLO="$(pwd)/$SCRATCH/release/plo"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/plo-serve-bench.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT

# The corpus: enough stays for N hospital messages (about 6 a stay).
STAYS=$(( N / 5 + 10 ))
cat > "$TMP/scenario.yaml" <<YAML
name: serve-bench
start: 2026-01-05T00:00
stays: $STAYS
arrivalsPerDay: 400
appRec: false
events: {death: 0, avmelding: 0, supplement: 0, dayZeroAcceptance: 1}
timing:
  appRecDelay: {kind: fixed, value: 0}
YAML
"$PLO" simulate --scenario "$TMP/scenario.yaml" --seed 42 --out "$TMP/sim" >/dev/null
mkdir -p "$TMP/corpus"
find "$TMP/sim/messages" -name '*.xml' ! -name '*INNLEGGELSESRAPPORT*' | sort > "$TMP/list"
head -n "$N" "$TMP/list" | xargs -I{} mv {} "$TMP/corpus/"
COUNT=$(find "$TMP/corpus" -name '*.xml' | wc -l)
echo "corpus: $COUNT messages, $(( $(du -sb "$TMP/corpus" | cut -f1) / 1024 )) KiB, $(nproc) cores"

# 1. CI mode.
rm -rf "$TMP/ci" && mkdir -p "$TMP/ci/in" "$TMP/ci/out"
cp "$TMP/corpus"/*.xml "$TMP/ci/in/"
/usr/bin/time -f '%e %M' -o "$TMP/ci/time" "$PLO" serve --scenario "$TMP/scenario.yaml" --clock virtual --until-idle \
  --inbox "$TMP/ci/in" --outbox "$TMP/ci/out" --journal "$TMP/ci/journal.sqlite" --format json --out "$TMP/ci/report.json" \
  >/dev/null 2>"$TMP/ci/stderr" || true
read -r CI_WALL CI_RSS < <(tail -n 1 "$TMP/ci/time")
CI_APPRECS=$(find "$TMP/ci/out" -name '*-APPREC-*' | wc -l)
printf 'ci mode (virtual clock, --until-idle): %s messages in %s s = %s msg/s; %s AppRecs; peak RSS %s MB\n' \
  "$COUNT" "$CI_WALL" "$(awk -v n="$COUNT" -v t="$CI_WALL" 'BEGIN { printf "%.0f", n / t }')" "$CI_APPRECS" "$((CI_RSS / 1024))"

# 2. Streaming, real clock.
rm -rf "$TMP/rt" && mkdir -p "$TMP/rt/in" "$TMP/rt/out" "$TMP/rt/stage"
cp "$TMP/corpus"/*.xml "$TMP/rt/stage/"
/usr/bin/time -f '%e %M' -o "$TMP/rt/time" "$PLO" serve --scenario "$TMP/scenario.yaml" --clock real --speed 3600 \
  --inbox "$TMP/rt/in" --outbox "$TMP/rt/out" --journal "$TMP/rt/journal.sqlite" >/dev/null 2>"$TMP/rt/stderr" &
SERVE=$!
sleep 1
python3 - "$TMP/rt" "$COUNT" "$SERVE" <<'PY'
import os, re, sys, time, signal
root, count, serve = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
stage, inbox, outbox = f"{root}/stage", f"{root}/in", f"{root}/out"
names = sorted(os.listdir(stage))
sent = {}
msgid = re.compile(rb"<MsgId>([^<]+)</MsgId>")
start = time.time()
rate = float(os.environ.get("RATE", "800"))  # messages per second offered
for i, name in enumerate(names):
    with open(f"{stage}/{name}", "rb") as f:
        m = msgid.search(f.read())
    due = start + i / rate
    pause = due - time.time()
    if pause > 0:
        time.sleep(pause)
    os.rename(f"{stage}/{name}", f"{inbox}/{name}")
    sent[m.group(1).decode()] = time.time()
deadline = time.time() + 600
while time.time() < deadline:
    done = sum(1 for n in os.listdir(outbox) if "-APPREC-" in n)
    if done >= count:
        break
    time.sleep(0.05)
end = time.time()
# SIGTERM to plo itself (the child of /usr/bin/time): it finishes its step and reports.
with open(f"/proc/{serve}/task/{serve}/children") as f:
    for child in f.read().split():
        os.kill(int(child), signal.SIGTERM)
original = re.compile(rb"<OriginalMsgId>.*?<Id>([^<]+)</Id>", re.S)
lat = []
last = 0.0
for n in os.listdir(outbox):
    if "-APPREC-" not in n:
        continue
    path = f"{outbox}/{n}"
    with open(path, "rb") as f:
        m = original.search(f.read())
    t = os.stat(path).st_mtime
    last = max(last, t)
    if m and m.group(1).decode() in sent:
        lat.append(t - sent[m.group(1).decode()])
lat.sort()
def pct(p):
    return lat[min(len(lat) - 1, int(p * len(lat)))] * 1000 if lat else float("nan")
print(f"streaming (real clock, {rate:.0f} msg/s offered): {len(lat)}/{count} AppRecs in {last - start:.1f} s = {count / (last - start):.0f} msg/s; "
      f"file->AppRec p50 {pct(0.50):.0f} ms, p99 {pct(0.99):.0f} ms, max {pct(1.0):.0f} ms")
PY
wait "$SERVE" || true
read -r RT_WALL RT_RSS < <(tail -n 1 "$TMP/rt/time")
echo "streaming peak RSS: $((RT_RSS / 1024)) MB"

# 3. xmllint over the same files.
"$PLO" schema-driver > "$TMP/driver.xsd"
mapfile -t FILES < <(find "$TMP/corpus" -name '*.xml' | sort)
START=$(date +%s.%N)
xmllint --nonet --noout --schema "$TMP/driver.xsd" "${FILES[@]}" 2>/dev/null || true
END=$(date +%s.%N)
awk -v n="$COUNT" -v s="$START" -v e="$END" 'BEGIN { printf "xmllint --schema (validation only, one process): %.2f s = %.0f msg/s\n", e - s, n / (e - s) }'
