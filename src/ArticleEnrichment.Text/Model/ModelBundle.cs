using System.Security.Cryptography;
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
            // A damaged length must not make the reader allocate gigabytes before it finds the file too short.
            if (length < 0 || (stream.CanSeek && length > stream.Length - stream.Position))
            {
                throw new InvalidDataException($"Damaged: section '{name}' claims {length:N0} bytes, more than the file holds.");
            }

            var content = reader.ReadBytes(length);
            if (content.Length != length)
            {
                throw new InvalidDataException($"Damaged: section '{name}' ends after {content.Length:N0} of its {length:N0} bytes.");
            }

            bundle.SetSection(name, content);
        }

        // The version is a hash of the sections (VersionOf), so it doubles as a checksum: a damaged or edited file
        // is refused here rather than loaded with weights or words nobody trained.
        var actual = VersionOf(bundle.sections);
        if (actual != bundle.ModelVersion)
        {
            throw new InvalidDataException($"Damaged: its sections hash to {actual}, not to the version it records ({bundle.ModelVersion}).");
        }

        return bundle;
    }

    /// <summary>"embedded-" + first 12 hex digits of SHA-256 over each section's name and bytes, in name order.</summary>
    public static string VersionOf(IEnumerable<KeyValuePair<string, byte[]>> sections)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, content) in sections.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(name));
            sha.AppendData(BitConverter.GetBytes(content.Length));
            sha.AppendData(content);
        }

        return "embedded-" + Convert.ToHexStringLower(sha.GetHashAndReset())[..12];
    }

    /// <summary>The model compiled into this assembly (Model/embedded.model), or null when none was built yet.</summary>
    public static ModelBundle? LoadEmbedded()
    {
        using var stream = typeof(ModelBundle).Assembly.GetManifestResourceStream("embedded.model");
        return stream is null ? null : Load(stream);
    }
}
