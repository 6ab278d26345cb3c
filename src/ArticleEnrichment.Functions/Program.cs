using ArticleEnrichment.Azure.Hosting;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);

// The same registration the enrich CLI uses: the pipeline, the analyzer named by ENRICH_ANALYZER and the blob
// stores on the ArticlesStorage connection (a connection string locally, a managed identity in Azure).
builder.Services.AddArticleEnrichment(builder.Configuration);

builder.Build().Run();
