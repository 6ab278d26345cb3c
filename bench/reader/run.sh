#!/usr/bin/env bash
# Compares main-content extraction on the reader's test pages and on the sample articles wrapped in
# boilerplate-laden page templates: our AngleSharp extractor against SmartReader (a Readability port).
# Prints a markdown table; docs/reader.md keeps the measured figures.
set -euo pipefail
cd "$(dirname "$0")"
dotnet run -c Release --project ArticleEnrichment.Bench.Reader.csproj -- "$@"
