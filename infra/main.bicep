targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; with the subscription and region it seeds the unique suffix of every resource name.')
param environmentName string

@minLength(1)
@description('Azure region of every resource (Flex Consumption and Azure AI Language must both be offered there).')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Object id of the deploying user, granted Storage Blob Data Contributor to upload articles; empty for none.')
param principalId string = ''

@description('Name of the resource group; empty derives rg-<environmentName>.')
param resourceGroupName string = ''

@minLength(3)
@maxLength(63)
@description('Container that articles are uploaded to; the function is triggered by blobs created in it.')
param articlesContainerName string = 'articles'

@description('Optional separate container for the <name>.enriched.json records; empty writes them beside the articles.')
param outputContainerName string = ''

@description('Deploy an Azure AI Language account and use it (ENRICH_ANALYZER=azure); false keeps the embedded offline analyzer.')
param deployLanguage bool = true

@description('Azure AI Language tier: F0 (free, one per subscription, 5,000 text records a month) or S (pay per 1,000 text records).')
@allowed([
  'F0'
  'S'
])
param languageSkuName string = 'S'

@description('Memory per function instance in MB (Flex Consumption: 512, 2048 or 4096); 2048 gives the embedded analyzer room for its model.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Most instances the app scales out to (1-1000). 40 bounds cost and keeps Azure AI Language below its request-rate limit.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}
var functionAppName = '${abbrs.webSitesFunctions}${resourceToken}'
// Flex Consumption deploys the zipped app from this container; one per app, named after it.
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'
var systemTopicName = '${abbrs.eventGridSystemTopics}${resourceToken}'

resource rg 'Microsoft.Resources/resourceGroups@2024-11-01' = {
  name: !empty(resourceGroupName) ? resourceGroupName : '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: '${abbrs.managedIdentityUserAssignedIdentities}${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: '${abbrs.storageStorageAccounts}${resourceToken}'
    location: location
    tags: tags
    articlesContainerName: articlesContainerName
    outputContainerName: outputContainerName
    deploymentContainerName: deploymentContainerName
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}${resourceToken}'
    location: location
    tags: tags
  }
}

module language 'app/language.bicep' = if (deployLanguage) {
  name: 'language'
  scope: rg
  params: {
    name: '${abbrs.cognitiveServicesTextAnalytics}${resourceToken}'
    location: location
    tags: tags
    skuName: languageSkuName
  }
}

module functionApp 'app/function-app.bicep' = {
  name: 'function-app'
  scope: rg
  params: {
    name: functionAppName
    planName: '${abbrs.webServerFarms}${resourceToken}'
    location: location
    tags: tags
    serviceName: 'enrichment'
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerName: deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    articlesContainerName: articlesContainerName
    outputContainerName: outputContainerName
    languageEndpoint: deployLanguage ? language!.outputs.endpoint : ''
  }
  dependsOn: [
    // The host starts as soon as the app exists; its storage roles must already be in place.
    rbac
  ]
}

module eventGrid 'app/event-grid.bicep' = {
  name: 'event-grid'
  scope: rg
  params: {
    name: systemTopicName
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.name
    languageAccountName: deployLanguage ? language!.outputs.name : ''
    identityPrincipalId: identity.outputs.principalId
    userPrincipalId: principalId
  }
}

// Read by azd (and by the postdeploy hook, which subscribes the function to the topic).
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output ARTICLES_CONTAINER string = articlesContainerName
output OUTPUT_CONTAINER string = outputContainerName
output EVENT_GRID_SYSTEM_TOPIC_NAME string = eventGrid.outputs.name
output AZURE_LANGUAGE_ENDPOINT string = deployLanguage ? language!.outputs.endpoint : ''
