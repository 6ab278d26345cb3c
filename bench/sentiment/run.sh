#!/usr/bin/env bash
# Sentiment evaluation and speed beside the npm peers, in one run; prints markdown tables.
#   bench/sentiment/run.sh          held-out evaluation + speed (what docs/sentiment.md reports)
#   bench/sentiment/run.sh fit      the threshold and curve grids on the fit half (even line numbers)
# Needs ../shared (data, peers) beside the repo; bench/peers.sh installs the peers' npm packages once.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
shared="$(cd "$repo/../shared" && pwd)"
peers="$shared/peers"
project="$repo/bench/sentiment/ArticleEnrichment.Bench.Sentiment"
dotnet build "$project" -c Release -v quiet -nologo >/dev/null
bench="$project/bin/Release/net10.0/ArticleEnrichment.Bench.Sentiment.dll"

if [[ "${1:-}" == "fit" ]]; then
  dotnet "$bench" fit "$shared"
  exit 0
fi

source "$repo/bench/peers.sh"

# The peers score the same held-out half: odd-numbered non-empty lines of each ICWSM file, written to a
# scratch folder outside the repo (the texts are evaluation-only and never committed).
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/half" "$work/peers"
for name in nytEditorialSnippets tweets movieReviewSnippets amazonReviewSnippets; do
  grep -a -v '^[[:space:]]*$' "$shared/data/sentiment/eval_vader_icwsm2014/${name}_GroundTruth.txt" \
    | awk 'NR % 2 == 1' > "$work/half/${name}_GroundTruth.txt"
  (cd "$peers" && node eval_sentiment.js "$work/half/${name}_GroundTruth.txt") > "$work/peers/$name.json"
done
for set in devtest_rw; do
  (cd "$peers" && node eval_newsmtsc.js "$shared/data/sentiment/eval_newsmtsc/$set.jsonl") > "$work/peers/$set.json"
done
for peer in vader sentiment wink-sentiment; do
  (cd "$peers" && node bench.js "$peer") > "$work/peers/speed-$peer.json"
done
dotnet "$bench" eval "$shared" "$work/peers"
