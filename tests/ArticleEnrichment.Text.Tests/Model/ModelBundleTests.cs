using ArticleEnrichment.Text.Model;

namespace ArticleEnrichment.Text.Tests.Model;

public class ModelBundleTests
{
    private static byte[] SavedBundle()
    {
        var sections = new Dictionary<string, byte[]> { ["alpha"] = [1, 2, 3, 4, 5, 6, 7, 8], ["beta"] = [9, 10, 11] };
        var bundle = new ModelBundle(ModelBundle.VersionOf(sections));
        foreach (var (name, content) in sections)
        {
            bundle.SetSection(name, content);
        }

        using var stream = new MemoryStream();
        bundle.Save(stream);
        return stream.ToArray();
    }

    private static ModelBundle Load(byte[] file) => ModelBundle.Load(new MemoryStream(file));

    [Fact]
    public void Load_SavedBundle_SameVersionAndSections()
    {
        var loaded = Load(SavedBundle());

        Assert.Equal(ModelBundle.VersionOf(new Dictionary<string, byte[]> { ["alpha"] = [1, 2, 3, 4, 5, 6, 7, 8], ["beta"] = [9, 10, 11] }), loaded.ModelVersion);
        Assert.Equal([9, 10, 11], loaded.GetSection("beta"));
    }

    [Fact]
    public void Load_OneSectionByteChanged_RefusedAsDamaged()
    {
        var file = SavedBundle();
        file[^1] ^= 0x40; // the last byte of the last section ("beta")

        var error = Assert.Throws<InvalidDataException>(() => Load(file));
        Assert.StartsWith("Damaged: its sections hash to", error.Message);
    }

    [Fact]
    public void Load_Truncated_RefusedAsDamaged()
    {
        var file = SavedBundle()[..^2];

        var error = Assert.Throws<InvalidDataException>(() => Load(file));
        Assert.Contains("section 'beta' claims 3 bytes, more than the file holds", error.Message);
    }

    [Fact]
    public void Load_SectionLengthDamagedToHuge_RefusedWithoutAllocatingIt()
    {
        var file = SavedBundle();
        // "beta": 1 length byte, 4 name bytes, then its int32 length, then its 3 bytes.
        BitConverter.GetBytes(int.MaxValue).CopyTo(file, file.Length - 3 - 4);

        var error = Assert.Throws<InvalidDataException>(() => Load(file));
        Assert.Contains("claims 2,147,483,647 bytes", error.Message);
    }

    [Fact]
    public void LoadEmbedded_CommittedModel_PassesItsOwnCheck()
    {
        Assert.StartsWith("embedded-", ModelBundle.LoadEmbedded()!.ModelVersion);
    }
}
