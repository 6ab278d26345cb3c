// Deployed by the azd postdeploy hook (infra/hooks/postdeploy.*), not by main.bicep: the webhook it targets is
// served by the function app's blob extension, which exists (with its system key) only after the code runs.
// Redeploying it is harmless: the subscription is updated in place.

@description('Name of the function app whose blob extension receives the events.')
param functionAppName string

@description('Name of the Event Grid system topic on the storage account.')
param systemTopicName string

@description('Container whose created blobs trigger the function.')
param articlesContainerName string

@description('Name of the function the events are for (the [Function] name in EnrichArticle.cs).')
param functionName string = 'EnrichArticle'

@description('Name of the event subscription.')
param subscriptionName string = 'evgs-${functionName}'

resource functionApp 'Microsoft.Web/sites@2025-03-01' existing = {
  name: functionAppName
}

// The host's keys resource has no Bicep type; listKeys on its id is the documented way to read a system key.
var blobsExtensionKey = listKeys('${functionApp.id}/host/default', '2025-03-01').systemKeys.blobs_extension

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource subscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: systemTopic
  name: subscriptionName
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        // The key is read here at deploy time and never leaves Azure Resource Manager.
        endpointUrl: 'https://${functionApp.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${blobsExtensionKey}'
      }
    }
    eventDeliverySchema: 'EventGridSchema'
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${articlesContainerName}/blobs/'
      // Our own records are written into the same container by default: never deliver them (no loop).
      advancedFilters: [
        {
          operatorType: 'StringNotEndsWith'
          key: 'subject'
          values: [
            '.enriched.json'
          ]
        }
      ]
    }
    retryPolicy: {
      // Event Grid's defaults, stated: up to 30 attempts over 24 hours while the app scales from zero.
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}

output name string = subscription.name
