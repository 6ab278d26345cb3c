#!/usr/bin/env bash
# Requests per article (3 KB, 40 KB), and backfill throughput over HTTP against the loopback fake of Azure AI
# Language (Kestrel on 127.0.0.1) holding a 1,000 requests/minute quota. No network beyond loopback.
# Usage: bench/azure-language/run.sh [seconds per throughput run, default 30]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dotnet run -c Release --project "$here/ArticleEnrichment.Bench.AzureLanguage.csproj" -- "${1:-30}"
