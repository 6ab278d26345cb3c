@description('Name of the Event Grid system topic.')
param name string

@description('Azure region of the storage account (a system topic lives in its source\'s region).')
param location string

@description('Tags applied to the topic.')
param tags object

@description('Name of the storage account whose blob events the topic publishes.')
param storageAccountName string

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName
}

// The storage account's events as a topic. The subscription that delivers BlobCreated to the function is made
// after the code is deployed (blob-event-subscription.bicep, from the azd postdeploy hook): the webhook it
// targets only exists once the function app runs.
resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = systemTopic.name
