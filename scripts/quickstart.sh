#!/usr/bin/env bash
# The whole thing on a laptop, no Azure account: starts Azurite (from the repo's node_modules) on its usual
# port, uploads articles, enriches them with the embedded analyzer and shows one record.
# Usage: scripts/quickstart.sh [folder of articles]   (default: ../shared/samples/articles)
set -euo pipefail
cd "$(dirname "$0")/.."
articles="${1:-../shared/samples/articles}"
[ -d "$articles" ] || { echo "quickstart: no folder '$articles'; pass a folder of .txt/.md/.html/.json articles" >&2; exit 2; }

[ -x node_modules/.bin/azurite-blob ] || npm ci --no-audit --no-fund --loglevel=error

# UseDevelopmentStorage=true means Azurite on 127.0.0.1:10000; reuse one that already listens there.
mkdir -p .azurite
if ! (exec 3<>/dev/tcp/127.0.0.1/10000) 2>/dev/null; then
  node_modules/.bin/azurite-blob --blobHost 127.0.0.1 --blobPort 10000 --location .azurite \
    --silent --skipApiVersionCheck --disableTelemetry > .azurite/azurite.log 2>&1 &
  echo $! > .azurite/azurite.pid; started=1
  for _ in $(seq 1 100); do (exec 3<>/dev/tcp/127.0.0.1/10000) 2>/dev/null && break; sleep 0.1; done
  echo "Azurite started (pid $(cat .azurite/azurite.pid), data in .azurite/)."
else
  echo "Azurite already listens on 127.0.0.1:10000; using it."
fi

dotnet build src/ArticleEnrichment.Cli -c Release -v quiet -nologo > /dev/null
enrich() { dotnet src/ArticleEnrichment.Cli/bin/Release/net10.0/enrich.dll "$@"; }

enrich upload "$articles" --container articles
enrich run --container articles

echo
echo "Records (each article's <name>.enriched.json, beside it in container 'articles'):"
first=""
while IFS= read -r -d '' file; do
  name="${file#"$articles"/}"
  case "$name" in *.enriched.json) continue ;; esac
  echo "  http://127.0.0.1:10000/devstoreaccount1/articles/${name}.enriched.json"
  first="${first:-$name}"
done < <(find "$articles" -type f -print0 | sort -z)

if [ -n "$first" ]; then
  echo
  enrich show "${first}.enriched.json" --container articles
fi
echo
echo "Next: 'enrich watch --container articles' enriches new uploads as they arrive."
[ -n "${started:-}" ] && echo "Stop Azurite with: kill \$(cat .azurite/azurite.pid)"
exit 0
