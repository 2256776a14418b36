#!/usr/bin/env bash
# Whole-process speed of `roundup summarize`, measured with hyperfine on a ReadyToRun build.
#   bash bench/speed.sh [DATA_DIR]      (DATA_DIR defaults to ../shared/data)
# Inputs are built in a temporary folder from the dev data (nothing is written into the repository):
#   seed   - the ~5 KB two-article seed cluster (../shared/examples/seed-cluster, else samples/city-budget)
#   200k   - a 200 KB cluster of distinct sentences: 10 plain-text articles of ~20 KB drawn from val250
#   batch  - all 250 dev clusters as one JSON-lines batch (val250.jsonl), one process
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/data}
command -v hyperfine >/dev/null || { echo "hyperfine is needed: apt-get install -y hyperfine" >&2; exit 2; }
[ -f "$data/multinews/val250.jsonl" ] || { echo "no dev data at $data (expected multinews/val250.jsonl)" >&2; exit 2; }

out=artifacts/r2r
rm -rf "$out"   # a stale assembly left by an older build would break the host
dotnet publish src/Roundup.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out" >/dev/null
bin="$out/roundup"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seed=../shared/examples/seed-cluster
[ -d "$seed" ] || seed=samples/city-budget
python3 - "$data/multinews/val250.jsonl" "$work/200k" <<'PY'
import json, os, re, sys
src, dst = sys.argv[1], sys.argv[2]
os.makedirs(dst, exist_ok=True)
seen, sents = set(), []
for line in open(src, encoding="utf-8"):
    for doc in json.loads(line)["documents"]:
        for part in doc.split("|||||"):
            for s in re.split(r"(?<=[.!?])\s+", part.replace("NEWLINE_CHAR", " ")):
                s = " ".join(s.split())
                if len(s) > 40 and s not in seen:
                    seen.add(s); sents.append(s)
per, k, size = 20_000, 0, 0
buf = []
for s in sents:
    buf.append(s); size += len(s) + 1
    if size >= per:
        open(os.path.join(dst, f"article{k:02}.txt"), "w", encoding="utf-8").write("\n\n".join(buf) + "\n")
        k += 1; buf = []; size = 0
        if k == 10: break
PY
du -sh "$work/200k" | sed 's/^/200k cluster: /'
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
hyperfine --warmup 2 --runs 10 -N \
  -n seed "$bin summarize $seed --format json" \
  -n 200k "$bin summarize $work/200k --format json" \
  -n batch250 "$bin summarize $data/multinews/val250.jsonl --format json"
