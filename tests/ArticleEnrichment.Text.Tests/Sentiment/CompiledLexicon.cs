using ArticleEnrichment.Testing;
using ArticleEnrichment.Text.Model;
using ArticleEnrichment.Text.Sentiment;

namespace ArticleEnrichment.Text.Tests.Sentiment;

/// <summary>The sentiment section compiled once from the shared VADER files, as an in-memory model.</summary>
internal static class CompiledLexicon
{
    private static readonly Lazy<byte[]> SectionBytes = new(() => SentimentLexiconCompiler.Compile(RepoPaths.SharedFile("data")));

    public static byte[] Section => SectionBytes.Value;

    public static ModelBundle Model()
    {
        // Versioned as the model builder versions a model, since loading checks the version against the sections.
        var sections = new Dictionary<string, byte[]> { [SentimentLexiconCompiler.SectionName] = Section };
        var model = new ModelBundle(ModelBundle.VersionOf(sections));
        model.SetSection(SentimentLexiconCompiler.SectionName, Section);
        return model;
    }

    public static SentimentAnalyzer Analyzer() =>
        SentimentAnalyzer.FromModel(Model()) ?? throw new InvalidOperationException("no sentiment section");
}
