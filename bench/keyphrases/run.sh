#!/usr/bin/env bash
# Key-phrase evaluation: F1@5/F1@10 (Porter-stemmed exact match) of the extractor, YAKE and two baselines
# on 500N-KPCrowd (450 full-text documents), Inspec and SemEval-2010, on the tuning half (even line
# numbers), the report half (odd) and all documents. Prints markdown; figures go to docs/keyphrases.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
data="$(cd .. && pwd)/shared/data/keyphrases"
dotnet build bench/keyphrases/ArticleEnrichment.Bench.KeyPhrases -c Release -v q -nologo >/dev/null
bin=bench/keyphrases/ArticleEnrichment.Bench.KeyPhrases/bin/Release/net10.0/ArticleEnrichment.Bench.KeyPhrases
for half in report tune all; do
  echo "### half: $half"
  echo
  "$bin" "$data" "$half"
  echo
done
