#!/usr/bin/env bash
# NER benchmark: training time, evaluation beside compromise (same files, same run), tagging speed beside
# compromise's, model load time and size. Prints markdown tables. Needs ../shared (data, peers); bench/peers.sh installs the peers' npm packages once.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="$(cd "$repo/../shared" && pwd)"
data="$shared/data"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
source "$repo/bench/peers.sh"

dotnet build -c Release "$here/ArticleEnrichment.Bench.Ner" -v q -nologo >/dev/null
bench=(dotnet "$here/ArticleEnrichment.Bench.Ner/bin/Release/net10.0/ArticleEnrichment.Bench.Ner.dll")

echo "## Training (2-core VM, other processes running)"
echo "| measure | value |"
echo "|---|---|"
"${bench[@]}" train "$data" "$out/embedded.model" 2>"$out/train.log"
if cmp -s "$out/embedded.model" "$repo/src/ArticleEnrichment.Text/Model/embedded.model"; then
  echo "| same bytes as the committed model | yes |"
else
  echo "| same bytes as the committed model | NO |"
fi

echo
echo "## compromise on the same files"
for f in redocred/test.conllstyle.bio wikigold/all.bio uner_en/en_pud_test.bio uner_en/en_ewt_test.bio btc/section_f.bio wnut17/test.bio btc/section_h.bio; do
  (cd "$shared/peers" && node eval_ner_compromise.js "$data/ner/$f") >>"$out/compromise.jsonl"
done
echo "(scored by ../shared/peers/eval_ner_compromise.js: PER/LOC/ORG, raw files)"

echo
echo "## Exact-span F1 (PER/ORG/LOC; 'all types' adds MISC where the set has it)"
echo "| measure | value |"
echo "|---|---|"
"${bench[@]}" eval "$out/embedded.model" "$data" "$out/compromise.jsonl" 2>"$out/eval.log"

echo
echo "## Speed on ../shared/peers/bench_text.txt"
echo "| measure | value |"
echo "|---|---|"
"${bench[@]}" speed "$out/embedded.model" "$shared/peers/bench_text.txt"
(cd "$shared/peers" && node bench.js compromise) \
  | python3 -c 'import json,sys; r=json.loads(sys.stdin.read()); print("| compromise people/places/organizations (bench.js, wall clock) | %.3f MB/s |" % r["MB_per_s"])'
echo "| model file size | $(du -k "$out/embedded.model" | cut -f1) KB |"
