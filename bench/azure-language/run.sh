#!/usr/bin/env bash
# Requests per article (3 KB, 40 KB) and backfill throughput against a fake Azure AI Language with a
# 1,000 requests/minute quota. No network: the client's pipeline ends in a fake transport.
# Usage: bench/azure-language/run.sh [seconds per throughput run, default 30]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dotnet run -c Release --project "$here/ArticleEnrichment.Bench.AzureLanguage.csproj" -- "${1:-30}"
