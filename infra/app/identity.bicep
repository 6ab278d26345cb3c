@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region of the identity.')
param location string

@description('Tags applied to the identity.')
param tags object

// One user-assigned identity for everything the app touches: storage (host, trigger, records, deployment
// package), Application Insights and Azure AI Language. It exists before the app, so role assignments can be
// granted in the same deployment without waiting for a system identity.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
