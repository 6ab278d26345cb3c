using System.Text;

namespace ArticleEnrichment.Text.Model;

/// <summary>
/// The embedded model file: named binary sections (NER weights, sentiment lexicon, gazetteers, ...), each
/// owned and versioned by the component that reads it. Sections are written in ordinal name order so the
/// same sections always give the same bytes.
/// </summary>
public sealed class ModelBundle
{
    /// <summary>File magic; a file without it is not ours.</summary>
    private static readonly byte[] Magic = "AEMODEL\0"u8.ToArray();

    /// <summary>Version of this container layout (not of the sections inside).</summary>
    public const int FormatVersion = 1;

    private readonly SortedDictionary<string, byte[]> sections = new(StringComparer.Ordinal);

    public ModelBundle(string modelVersion) => ModelVersion = modelVersion;

    /// <summary>The version recorded in <c>analyzer.modelVersion</c>.</summary>
    public string ModelVersion { get; }

    public IEnumerable<string> SectionNames => sections.Keys;

    public void SetSection(string name, byte[] content) => sections[name] = content;

    public bool TryGetSection(string name, out byte[] content) => sections.TryGetValue(name, out content!);

    /// <summary>The section, or an exception saying the model file lacks it.</summary>
    public byte[] GetSection(string name) => sections.TryGetValue(name, out var content)
        ? content
        : throw new InvalidDataException($"The model file (version {ModelVersion}) has no '{name}' section; retrain with 'enrich model train'.");

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(ModelVersion);
        writer.Write(sections.Count);
        foreach (var (name, content) in sections)
        {
            writer.Write(name);
            writer.Write(content.Length);
            writer.Write(content);
        }
    }

    public static ModelBundle Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var magic = reader.ReadBytes(Magic.Length);
        if (!magic.AsSpan().SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not an embedded model file (bad magic).");
        }

        var format = reader.ReadInt32();
        if (format != FormatVersion)
        {
            throw new InvalidDataException($"Model file format {format} is not supported (expected {FormatVersion}); retrain with 'enrich model train'.");
        }

        var bundle = new ModelBundle(reader.ReadString());
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var name = reader.ReadString();
            var length = reader.ReadInt32();
            bundle.SetSection(name, reader.ReadBytes(length));
        }

        return bundle;
    }

    /// <summary>The model compiled into this assembly (Model/embedded.model), or null when none was built yet.</summary>
    public static ModelBundle? LoadEmbedded()
    {
        using var stream = typeof(ModelBundle).Assembly.GetManifestResourceStream("embedded.model");
        return stream is null ? null : Load(stream);
    }
}
