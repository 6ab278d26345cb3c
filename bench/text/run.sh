#!/usr/bin/env bash
# Throughput of tokenizer, sentence splitter and rule recognizers in MB/s (markdown table on stdout).
# Usage: bench/text/run.sh [text-file]   (default: ../shared/peers/bench_text.txt beside the clone)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
input="${1:-$root/../shared/peers/bench_text.txt}"
dotnet run -c Release --project "$here/ArticleEnrichment.Bench.Text.csproj" -- "$input"
