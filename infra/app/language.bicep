@description('Name of the Azure AI Language account; also its custom subdomain.')
param name string

@description('Azure region of the account.')
param location string

@description('Tags applied to the account.')
param tags object

@description('Pricing tier: F0 (free, one per subscription, 5,000 text records a month) or S (pay per 1,000 text records).')
@allowed([
  'F0'
  'S'
])
param skuName string

resource language 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'TextAnalytics'
  sku: {
    name: skuName
  }
  properties: {
    // A custom subdomain is what Entra ID token authentication requires; with local auth off, keys do not work.
    customSubDomainName: name
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

output name string = language.name
output endpoint string = language.properties.endpoint
