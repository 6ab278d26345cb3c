#!/usr/bin/env bash
# Language-identification benchmark: cold start (first call in a fresh process), accuracy on the Tatoeba
# sets, and the English-news check. Prints markdown; figures go to docs/language.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="$(cd .. && pwd)/shared"
dotnet build bench/language/ArticleEnrichment.Bench.Language -c Release -v q -nologo >/dev/null
bin=bench/language/ArticleEnrichment.Bench.Language/bin/Release/net10.0/ArticleEnrichment.Bench.Language
article="$shared/samples/articles/reuters-style-putin-xi.txt"

echo "## Cold start (each row a fresh process; peak working set of the whole process)"
echo
echo "The second call is always a short French sentence: in adaptive mode after an article it loads the"
echo "high-accuracy models, so its time and the final peak show that cost."
echo
echo "| mode | first text | process start to Main (s) | first call (s) | peak after first call (MB) | second call (ms) | peak after second call (MB) | answers |"
echo "|---|---|---:|---:|---:|---:|---:|---|"
for run in 1 2 3; do
  for mode in adaptive high low; do
    "$bin" cold "$mode"
    "$bin" cold "$mode" "$article"
  done
done
echo
echo "## Accuracy (Tatoeba; Galician shown apart: Lingua does not know it)"
echo
for mode in adaptive low; do
  "$bin" eval "$mode" "$shared/data/langid/test.jsonl" "$shared/data/langid/extra.jsonl"
done
echo "## English news: sample articles and NER evaluation documents (20 sentences each) not detected as English"
echo
echo "| mode | documents | not English | first few |"
echo "|---|---:|---:|---|"
ner="$shared/data/ner"
for mode in adaptive high; do
  "$bin" english "$mode" "$shared/samples/articles" "$ner/redocred/test.bio" "$ner/wikigold/all.bio" \
    "$ner/uner_en/en_ewt_test.bio" "$ner/uner_en/en_pud_test.bio" "$ner/wnut17/test.bio" "$ner/btc"
done
