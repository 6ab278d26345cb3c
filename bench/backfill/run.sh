#!/usr/bin/env bash
# Backfill benchmark: 1,000 generated 2-5 KB articles on a fresh Azurite, enriched with the embedded analyzer by
# the real `enrich run` at --parallel 1, 2, 4 and 8 (outputs cleared between passes), then a re-run over the
# same unchanged articles; raw Azurite upload/download rates measured in the same run for comparison.
# Peak working set is the `enrich` process's maximum resident set (GNU time %M).
# Usage: bench/backfill/run.sh [count]   (default 1000). Prints a markdown table.
set -euo pipefail
cd "$(dirname "$0")/../.."
count="${1:-1000}"
work="$(mktemp -d)"
trap '[ -n "${azurite_pid:-}" ] && kill "$azurite_pid" 2>/dev/null; rm -rf "$work"' EXIT

[ -x node_modules/.bin/azurite-blob ] || npm ci --no-audit --no-fund --loglevel=error
dotnet build src/ArticleEnrichment.Cli -c Release -v quiet -nologo > /dev/null
dotnet build bench/backfill -c Release -v quiet -nologo > /dev/null
enrich=(dotnet src/ArticleEnrichment.Cli/bin/Release/net10.0/enrich.dll)
bench=(dotnet bench/backfill/bin/Release/net10.0/ArticleEnrichment.Bench.Backfill.dll)

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
node_modules/.bin/azurite-blob --blobHost 127.0.0.1 --blobPort "$port" --location "$work/azurite" \
  --silent --skipApiVersionCheck --disableTelemetry > "$work/azurite.log" 2>&1 &
azurite_pid=$!
for _ in $(seq 1 100); do (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null && break; sleep 0.1; done
connection="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$port/devstoreaccount1;"

"${bench[@]}" generate ../shared/peers/bench_text.txt "$work/articles" "$count"
"${bench[@]}" raw "$connection" "$count" > "$work/raw.txt"
"${enrich[@]}" upload "$work/articles" --container articles --connection "$connection" 2> /dev/null

# One pass: prints "articles/s peak-MB seconds" from the run's summary line and GNU time.
pass() {
  /usr/bin/time -f "%M" -o "$work/rss" "${enrich[@]}" run --container articles --connection "$connection" --parallel "$1" \
    > "$work/summary" 2> /dev/null || true
  local rate seconds
  rate=$(sed -n 's/.*(\([0-9.]*\) articles\/s).*/\1/p' "$work/summary")
  seconds=$(sed -n 's/.* in \([0-9.]*\) s .*/\1/p' "$work/summary")
  echo "$rate $(( $(cat "$work/rss") / 1024 )) $seconds $(cut -d' ' -f1 "$work/summary")"
}

echo "| pass | articles/s | peak working set (MB) | seconds | enriched |"
echo "|---|---:|---:|---:|---:|"
for p in 1 2 4 8; do
  "${bench[@]}" clear-outputs "$connection" articles
  read -r rate rss seconds enriched < <(pass "$p")
  echo "| --parallel $p | $rate | $rss | $seconds | $enriched |"
done
read -r rate rss seconds enriched < <(pass 8)
echo "| re-run, all unchanged (--parallel 8) | $rate | $rss | $seconds | $enriched |"
echo
echo "Raw Azurite in the same run ($count blobs of 3 KB, same SDK):"
sed 's/^/- /' "$work/raw.txt"
echo "- machine: $(nproc) cores, $(uname -m); dotnet $(dotnet --version)"
