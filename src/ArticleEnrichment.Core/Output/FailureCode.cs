using System.Text.Json.Serialization;

namespace ArticleEnrichment.Output;

/// <summary>The closed set of reasons a failure record gives (<c>error.code</c>). docs/failure-codes.md has an input for each.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FailureCode>))]
public enum FailureCode
{
    /// <summary>The input is larger than the configured size cap (default 1 MiB).</summary>
    TooLarge,
    /// <summary>Nothing but whitespace (or boilerplate) remains after reading.</summary>
    EmptyArticle,
    /// <summary>The bytes are not text in a supported encoding (NULs, control bytes, invalid UTF-8).</summary>
    BinaryContent,
    /// <summary>A .json article that does not parse; the message gives line and position.</summary>
    MalformedJson,
    /// <summary>A .json article that parses but is not an object with a title and a body/text/content string.</summary>
    UnsupportedJsonShape,
    /// <summary>The analyzer could not analyze the text (e.g. the Language service refused it permanently).</summary>
    AnalysisFailed,
}
