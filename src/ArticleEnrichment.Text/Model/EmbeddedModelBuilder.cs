using ArticleEnrichment.Text.Ner;
using ArticleEnrichment.Text.Sentiment;

namespace ArticleEnrichment.Text.Model;

/// <summary>Builds the embedded model file (<c>enrich model train</c>) from the shared data, deterministically.</summary>
public static class EmbeddedModelBuilder
{
    /// <summary>
    /// Trains every section from <paramref name="sharedDataDirectory"/> (the folder holding <c>ner</c>,
    /// <c>gazetteers</c>, ...) and returns the bundle. The model version is "embedded-" plus the first 12 hex
    /// digits of the SHA-256 of the sections, so the same data and code give the same version.
    /// </summary>
    public static ModelBundle Build(string sharedDataDirectory, IProgress<string>? progress = null)
    {
        var sections = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);

        // Named-entity tagger (Ner/): averaged perceptron, gazetteers compiled in.
        var ner = NerTrainer.TrainFromSharedData(sharedDataDirectory, progress: progress);
        sections[NerModel.SectionName] = ner.Save();

        // Sentiment (Sentiment/): the VADER lexicon and our news additions, compiled.
        progress?.Report("Compiling the sentiment lexicon");
        sections[SentimentLexiconCompiler.SectionName] = SentimentLexiconCompiler.Compile(sharedDataDirectory);

        var bundle = new ModelBundle(ModelBundle.VersionOf(sections));
        foreach (var (name, content) in sections)
        {
            bundle.SetSection(name, content);
        }

        return bundle;
    }

    /// <summary>Builds the model and writes it to <paramref name="modelPath"/> (e.g. src/ArticleEnrichment.Text/Model/embedded.model).</summary>
    public static ModelBundle BuildToFile(string sharedDataDirectory, string modelPath, IProgress<string>? progress = null)
    {
        var bundle = Build(sharedDataDirectory, progress);
        using var file = File.Create(modelPath);
        bundle.Save(file);
        return bundle;
    }
}
