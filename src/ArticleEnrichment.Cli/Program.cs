using ArticleEnrichment.Cli;

return await EnrichCommand.InvokeAsync(args);
