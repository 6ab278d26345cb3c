# azd postdeploy hook: subscribes the function's blob extension to BlobCreated events of the articles container.
# Runs after every `azd deploy`/`azd up`; redeploying the subscription updates it in place (idempotent).
$ErrorActionPreference = 'Stop'

foreach ($name in 'AZURE_RESOURCE_GROUP', 'AZURE_FUNCTION_APP_NAME', 'EVENT_GRID_SYSTEM_TOPIC_NAME', 'ARTICLES_CONTAINER') {
    if (-not [Environment]::GetEnvironmentVariable($name)) {
        throw "postdeploy: $name is not set; run 'azd provision' first."
    }
}
if (-not (Get-Command az -ErrorAction SilentlyContinue)) {
    throw 'postdeploy: the Azure CLI (az) is required.'
}

# The host creates the blobs_extension system key when it first starts with an Event Grid blob trigger.
# Wait for it (up to 5 minutes: a cold Flex Consumption start plus package download) without printing it.
$attempt = 0
while (-not (az functionapp keys list -g $env:AZURE_RESOURCE_GROUP -n $env:AZURE_FUNCTION_APP_NAME --query systemKeys.blobs_extension -o tsv 2>$null)) {
    $attempt++
    if ($attempt -ge 30) {
        throw "postdeploy: the blobs_extension key did not appear; check the app's logs, then run 'azd hooks run postdeploy'."
    }
    # Any request wakes the app; the host then registers its extensions.
    try { Invoke-WebRequest -Uri "https://$($env:AZURE_FUNCTION_APP_NAME).azurewebsites.net/" -UseBasicParsing | Out-Null } catch { }
    Start-Sleep -Seconds 10
}

az deployment group create `
    --name blob-event-subscription `
    --resource-group $env:AZURE_RESOURCE_GROUP `
    --template-file (Join-Path $PSScriptRoot '../app/blob-event-subscription.bicep') `
    --parameters functionAppName=$env:AZURE_FUNCTION_APP_NAME systemTopicName=$env:EVENT_GRID_SYSTEM_TOPIC_NAME articlesContainerName=$env:ARTICLES_CONTAINER `
    --output none
if ($LASTEXITCODE -ne 0) { throw 'postdeploy: creating the event subscription failed.' }

Write-Host "postdeploy: BlobCreated events in '$($env:ARTICLES_CONTAINER)' now reach $($env:AZURE_FUNCTION_APP_NAME)."
