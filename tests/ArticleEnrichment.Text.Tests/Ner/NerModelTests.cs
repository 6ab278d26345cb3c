using ArticleEnrichment.Testing;
using ArticleEnrichment.Text.Model;
using ArticleEnrichment.Text.Ner;
using ArticleEnrichment.Text.Tokenization;

namespace ArticleEnrichment.Text.Tests.Ner;

public class NerModelTests
{
    private static readonly Lazy<NerModel> Embedded = new(() => NamedEntityRecognizer.FromModel(ModelBundle.LoadEmbedded()!)!.Model);

    [Fact]
    public void Tag_WithTokenScoreCache_GivesBitIdenticalLabelsAndConfidences()
    {
        // A sample article, read twice through one caching scratch (the second time every token is cached) and
        // once through a scratch without the cache.
        var text = TokenizedText.From(File.ReadAllText(Directory.GetFiles(RepoPaths.SharedFile("samples", "articles"), "*.txt").Order().First()));
        var cached = new TaggingScratch(cacheTokenScores: true);
        var first = Tag(text, cached);
        var second = Tag(text, cached);
        var plain = Tag(text, new TaggingScratch());

        Assert.Equal(plain.Labels, first.Labels);
        Assert.Equal(plain.Labels, second.Labels);
        Assert.Equal(plain.Confidences.Select(BitConverter.SingleToInt32Bits), first.Confidences.Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(plain.Confidences.Select(BitConverter.SingleToInt32Bits), second.Confidences.Select(BitConverter.SingleToInt32Bits));
        Assert.Contains(plain.Labels, label => label != NerLabels.Outside);
    }

    [Fact]
    public void Decoders_WithOpeningLabelsTogether_GiveBitIdenticalPathsAndContinuations()
    {
        Assert.True(TaggingScratch.VectorDecoding || !System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated);
        var model = Embedded.Value;
        var text = TokenizedText.From(File.ReadAllText(Directory.GetFiles(RepoPaths.SharedFile("samples", "articles"), "*.txt").Order().First()));
        var starts = text.Tokens.Select(t => t.Start).ToArray();
        var lengths = text.Tokens.Select(t => t.Length).ToArray();
        var scratch = new TaggingScratch();
        foreach (var sentence in text.Sentences.Where(s => s.TokenCount > 0))
        {
            model.Features.Prepare(text.Text, starts.AsSpan(sentence.FirstToken, sentence.TokenCount), lengths.AsSpan(sentence.FirstToken, sentence.TokenCount), scratch.Sentence);
            model.ScoreSentence(scratch);
            var n = sentence.TokenCount * TaggingScratch.Labels;

            var plainLabels = new int[sentence.TokenCount];
            NerModel.Viterbi(scratch, plainLabels, vectors: false);
            NerModel.BestContinuations(scratch, vectors: false);
            var plain = (scratch.Best[..n], scratch.Back[..n], scratch.Ahead[..n]);

            var vectorLabels = new int[sentence.TokenCount];
            NerModel.Viterbi(scratch, vectorLabels, vectors: TaggingScratch.VectorDecoding);
            NerModel.BestContinuations(scratch, vectors: TaggingScratch.VectorDecoding);

            Assert.Equal(plainLabels, vectorLabels);
            Assert.Equal(plain.Item1.Select(BitConverter.SingleToInt32Bits), scratch.Best[..n].Select(BitConverter.SingleToInt32Bits));
            Assert.Equal(plain.Item2, scratch.Back[..n]);
            Assert.Equal(plain.Item3.Select(BitConverter.SingleToInt32Bits), scratch.Ahead[..n].Select(BitConverter.SingleToInt32Bits));
        }
    }

    private static (int[] Labels, float[] Confidences) Tag(TokenizedText text, TaggingScratch scratch)
    {
        var starts = text.Tokens.Select(t => t.Start).ToArray();
        var lengths = text.Tokens.Select(t => t.Length).ToArray();
        var labels = new int[starts.Length];
        var confidences = new float[starts.Length];
        foreach (var sentence in text.Sentences.Where(s => s.TokenCount > 0))
        {
            Embedded.Value.Tag(
                text.Text,
                starts.AsSpan(sentence.FirstToken, sentence.TokenCount),
                lengths.AsSpan(sentence.FirstToken, sentence.TokenCount),
                scratch,
                labels.AsSpan(sentence.FirstToken, sentence.TokenCount),
                confidences.AsSpan(sentence.FirstToken, sentence.TokenCount));
        }

        return (labels, confidences);
    }
}
