#!/bin/sh
# azd postdeploy hook: subscribes the function's blob extension to BlobCreated events of the articles container.
# Runs after every `azd deploy`/`azd up`; redeploying the subscription updates it in place (idempotent).
set -eu

for name in AZURE_RESOURCE_GROUP AZURE_FUNCTION_APP_NAME EVENT_GRID_SYSTEM_TOPIC_NAME ARTICLES_CONTAINER; do
  eval "value=\${$name:-}"
  if [ -z "$value" ]; then
    echo "postdeploy: $name is not set; run 'azd provision' first." >&2
    exit 1
  fi
done
command -v az >/dev/null 2>&1 || { echo "postdeploy: the Azure CLI (az) is required." >&2; exit 1; }

# The host creates the blobs_extension system key when it first starts with an Event Grid blob trigger.
# Wait for it (up to 5 minutes: a cold Flex Consumption start plus package download) without printing it.
attempt=0
until [ -n "$(az functionapp keys list -g "$AZURE_RESOURCE_GROUP" -n "$AZURE_FUNCTION_APP_NAME" --query systemKeys.blobs_extension -o tsv 2>/dev/null)" ]; do
  attempt=$((attempt + 1))
  if [ "$attempt" -ge 30 ]; then
    echo "postdeploy: the blobs_extension key did not appear; check the app's logs, then run 'azd hooks run postdeploy'." >&2
    exit 1
  fi
  # Any request wakes the app; the host then registers its extensions.
  curl -s -o /dev/null "https://${AZURE_FUNCTION_APP_NAME}.azurewebsites.net/" || true
  sleep 10
done

here=$(dirname "$0")
az deployment group create \
  --name blob-event-subscription \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --template-file "$here/../app/blob-event-subscription.bicep" \
  --parameters functionAppName="$AZURE_FUNCTION_APP_NAME" systemTopicName="$EVENT_GRID_SYSTEM_TOPIC_NAME" articlesContainerName="$ARTICLES_CONTAINER" \
  --output none

echo "postdeploy: BlobCreated events in '$ARTICLES_CONTAINER' now reach $AZURE_FUNCTION_APP_NAME."
