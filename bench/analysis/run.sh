#!/usr/bin/env bash
# Whole-analysis speed: the embedded analyzer (entities + rules + sentiment + key phrases + language) beside the
# JavaScript peers in ../shared/peers, on the same 1 MB of Re-DocRED Wikipedia text, one thread each, in one run.
# The peers do less (compromise: people/places/organizations only; wink: rule entities and sentiment; nlp.js:
# rule entities), so the table says what each row computes. "bench.js protocol": one pass after a warm-up of 20
# paragraphs, as ../shared/peers/bench.js measures; "second pass": the same pass again with the JIT warm, what a
# long-running function or backfill sees. Where the time goes per step is printed on stderr.
# Usage: bench/analysis/run.sh [file]
set -euo pipefail
cd "$(dirname "$0")/../.."
peers=../shared/peers
file="$(realpath "${1:-$peers/bench_text.txt}")"
source bench/peers.sh
dotnet build bench/analysis -c Release -v quiet -nologo > /dev/null

results="$(mktemp)"
dotnet bench/analysis/bin/Release/net10.0/ArticleEnrichment.Bench.Analysis.dll "$file" >> "$results"
for peer in compromise wink nlpjs; do (cd "$peers" && node bench.js "$peer" "$file") >> "$results"; done

python3 - "$results" <<'PY'
import json, sys
what = {"compromise": "Person/Place/Organization", "wink": "rule entities (dates, money, ...) + sentence sentiment",
        "nlpjs": "rule entities (email, url, number, date, ...)"}
print("| analyzer | computes | MB/s (bench.js protocol) | MB/s, second pass | words/s | peak RSS (MB) | cold start (s) |")
print("|---|---|---:|---:|---:|---:|---:|")
for line in open(sys.argv[1]):
    r = json.loads(line)
    computes = what.get(r["peer"], "PER/ORG/LOC + rule entities + sentence/document sentiment + key phrases + language")
    print(f"| {r['peer']} | {computes} | {r['MB_per_s']:.2f} | {r.get('warm_MB_per_s', '')} | {r['words_per_s']:,} | {r['rssMB']:.0f} | {r.get('cold_start_s', '')} |")
PY
echo
echo "Machine: $(nproc) cores; dotnet $(dotnet --version); node $(node --version)."
