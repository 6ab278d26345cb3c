using System.Globalization;
using System.Text;

namespace ArticleEnrichment.Azure.Tests.Language.Fakes;

/// <summary>The news text the Language tests send, and a fake service that knows its entities and key phrases.</summary>
public static class NewsFixture
{
    private static readonly string[] Sentences =
    [
        "Vladimir Putin arrived in Beijing on Monday for a state visit. ",
        "Officials 😀 said the talks on military cooperation were good. ",
        "The 🇨🇳 Xinhua agency reported a bad start to the second day.\n",
        "Observers in Beijing expected little from the meeting. ",
    ];

    /// <summary>A service that finds the people, places, dates and organization of <see cref="Article"/>.</summary>
    public static FakeLanguageService Service()
    {
        var service = new FakeLanguageService();
        service.Entities.Add(new FakeEntity("Vladimir Putin", "Person"));
        service.Entities.Add(new FakeEntity("Beijing", "Location", "City", ["Location", "GPE", "City"]));
        service.Entities.Add(new FakeEntity("Monday", "DateTime", "Date", ["Temporal", "Date"]));
        service.Entities.Add(new FakeEntity("🇨🇳 Xinhua", "Organization"));
        service.KeyPhrases.AddRange(["state visit", "military cooperation"]);
        return service;
    }

    /// <summary>
    /// At least <paramref name="chars"/> UTF-16 characters of news text, with emoji so UTF-16 offsets differ from
    /// text elements; a <paramref name="variant"/> number makes otherwise equal articles differ.
    /// </summary>
    public static string Article(int chars, int? variant = null)
    {
        var builder = new StringBuilder();
        for (var i = 0; builder.Length < chars; i++)
        {
            builder.Append(Sentences[i % Sentences.Length]);
        }

        return variant is { } number ? builder.Append(CultureInfo.InvariantCulture, $"Report number {number}.").ToString() : builder.ToString();
    }
}
