#!/usr/bin/env bash
# Throughput of tokenizer, sentence splitter and rule recognizers in MB/s (markdown table on stdout), then,
# when node and the peers are installed beside the clone, the peers' speed on the same file in the same run.
# Usage: bench/text/run.sh [text-file]   (default: ../shared/peers/bench_text.txt beside the clone)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
peers="$root/../shared/peers"
input="$(cd "$(dirname "${1:-$peers/bench_text.txt}")" && pwd)/$(basename "${1:-$peers/bench_text.txt}")"
dotnet run -c Release --project "$here/ArticleEnrichment.Bench.Text.csproj" -- "$input"

if command -v node >/dev/null && command -v npm >/dev/null; then
  source "$root/bench/peers.sh"
  echo
  echo "Peers on the same file (../shared/peers/bench.js: whole pipelines, one paragraph at a time):"
  echo
  echo "| peer | what runs | seconds | MB/s | words/s |"
  echo "|---|---|---:|---:|---:|"
  # nlpjs: rule entities only (email, url, phone, ip, number, date...), the closest match to our rule recognizers.
  # wink: tokenizer + sentence splitter + its entity patterns + sentiment. compromise: its whole NER.
  for peer in nlpjs wink compromise; do
    case "$peer" in
      nlpjs) what="builtin rule entities" ;;
      wink) what="tokenize, sentences, pattern entities, sentiment" ;;
      compromise) what="tokenize, tag, people/places/organizations" ;;
    esac
    (cd "$peers" && node bench.js "$peer" "$input") |
      node -e 'const r=JSON.parse(require("fs").readFileSync(0,"utf8"));console.log(`| ${r.peer} | '"$what"' | ${r.seconds} | ${r.MB_per_s} | ${r.words_per_s.toLocaleString("en-US")} |`)'
  done
fi
