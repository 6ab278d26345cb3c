@description('Name of the function app; its default host name is <name>.azurewebsites.net.')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Azure region of the plan and the app.')
param location string

@description('Tags applied to the plan and the app (the app also gets azd-service-name).')
param tags object

@description('The azd service this app hosts (azure.yaml services key).')
param serviceName string

@description('Resource id of the user-assigned managed identity the app runs as.')
param identityId string

@description('Client id of that identity, for the identity-based connections and DefaultAzureCredential.')
param identityClientId string

@description('Name of the storage account (host storage, trigger source, records, deployment package).')
param storageAccountName string

@description('Container the deployment package is uploaded to.')
param deploymentContainerName string

@description('Application Insights connection string (identifies the component; ingestion needs the identity).')
param applicationInsightsConnectionString string

@description('Memory per instance in MB; Flex Consumption offers 512, 2048 and 4096.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Upper bound on instances the plan scales out to (1-1000); caps cost and the load on Azure AI Language.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Container the articles are uploaded to (ARTICLES_CONTAINER, the trigger path %ARTICLES_CONTAINER%/{name}).')
param articlesContainerName string

@description('Optional container for the records (OUTPUT_CONTAINER); empty writes them beside the articles.')
param outputContainerName string

@description('Azure AI Language endpoint (AZURE_LANGUAGE_ENDPOINT); empty keeps the embedded analyzer.')
param languageEndpoint string

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true // Linux, the only OS Flex Consumption runs
  }
}

resource functionApp 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      // Identity-based connections: <connection>__credential=managedidentity with __clientId picks the
      // user-assigned identity, and the service URIs stand where an account key would. The trigger's connection
      // also needs its queue endpoint, for the poison queue of articles that fail every retry.
      appSettings: [
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'AzureWebJobsStorage__clientId', value: identityClientId }
        { name: 'AzureWebJobsStorage__blobServiceUri', value: storage.properties.primaryEndpoints.blob }
        { name: 'AzureWebJobsStorage__queueServiceUri', value: storage.properties.primaryEndpoints.queue }
        { name: 'AzureWebJobsStorage__tableServiceUri', value: storage.properties.primaryEndpoints.table }
        { name: 'ArticlesStorage__credential', value: 'managedidentity' }
        { name: 'ArticlesStorage__clientId', value: identityClientId }
        { name: 'ArticlesStorage__blobServiceUri', value: storage.properties.primaryEndpoints.blob }
        { name: 'ArticlesStorage__queueServiceUri', value: storage.properties.primaryEndpoints.queue }
        // Telemetry goes in with the identity's token (the component has local auth off).
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: applicationInsightsConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identityClientId};Authorization=AAD' }
        // DefaultAzureCredential (Azure AI Language) picks the user-assigned identity by this client id.
        { name: 'AZURE_CLIENT_ID', value: identityClientId }
        { name: 'ARTICLES_CONTAINER', value: articlesContainerName }
        { name: 'OUTPUT_CONTAINER', value: outputContainerName }
        { name: 'ENRICH_ANALYZER', value: empty(languageEndpoint) ? 'embedded' : 'azure' }
        { name: 'AZURE_LANGUAGE_ENDPOINT', value: languageEndpoint }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// Deployment goes through the identity and the package container; the publishing-profile logins stay off.
resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: functionApp
  name: 'scm'
  properties: {
    allow: false
  }
}

resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: functionApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

output name string = functionApp.name
output defaultHostName string = functionApp.properties.defaultHostName
