using System.Text;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using ArticleEnrichment.Articles;
using ArticleEnrichment.Output;

namespace ArticleEnrichment.Reading;

/// <summary>
/// Bytes to text. A BOM (UTF-8, UTF-16 LE/BE) decides; else a charset in the content type; else, for HTML, a
/// <c>&lt;meta charset&gt;</c> in the first 1024 bytes; else strict UTF-8. Whatever does not decode, or decodes to
/// NULs or many control characters, is <see cref="FailureCode.BinaryContent"/>.
/// </summary>
internal static class ArticleDecoder
{
    /// <summary>The HTML standard's prescan window for a meta charset.</summary>
    private const int CharsetPrescanBytes = 1024;

    /// <summary>
    /// Share of control characters (other than tab, line and page breaks) above which the text is called
    /// binary: text editors never produce them, so even 1 in 20 means the bytes are not prose.
    /// </summary>
    private const double MaxControlShare = 0.05;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    // File signatures of formats that start with printable bytes (PDF, GIF) or could otherwise pass as
    // text for a few bytes; the rest of those files fails decoding anyway, this only makes the message exact.
    private static readonly (string Name, byte[] Magic)[] Signatures =
    [
        ("PDF", "%PDF-"u8.ToArray()),
        ("GIF", "GIF8"u8.ToArray()),
        ("PNG", [0x89, 0x50, 0x4E, 0x47]),
        ("JPEG", [0xFF, 0xD8, 0xFF]),
        ("ZIP", [0x50, 0x4B, 0x03, 0x04]),
        ("gzip", [0x1F, 0x8B]),
        ("RIFF (WebP/WAV/AVI)", "RIFF"u8.ToArray()),
    ];

    static ArticleDecoder()
    {
        // windows-1252, iso-8859-x, shift_jis... that HTML pages declare live in the code pages provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static string Decode(ReadOnlySpan<byte> content, string? contentType, bool sniffHtmlCharset)
    {
        foreach (var (format, magic) in Signatures)
        {
            if (content.StartsWith(magic))
            {
                throw Binary($"The content is a {format} file, not text.");
            }
        }

        string text;
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = DecodeWith(StrictUtf8, content[3..], "UTF-8 (by its BOM)");
        }
        else if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = DecodeWith(StrictUtf16Le, content[2..], "UTF-16 LE (by its BOM)");
        }
        else if (content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = DecodeWith(StrictUtf16Be, content[2..], "UTF-16 BE (by its BOM)");
        }
        else
        {
            var declared = EncodingOf(CharsetOfContentType(contentType))
                ?? (sniffHtmlCharset ? AsciiCompatible(EncodingOf(MetaCharset(content))) : null);
            text = declared is null || declared.CodePage == Encoding.UTF8.CodePage
                ? DecodeWith(StrictUtf8, content, "UTF-8")
                : DecodeWith(declared, content, declared.WebName);
        }

        RejectControlCharacters(text);
        return text;
    }

    private static string DecodeWith(Encoding encoding, ReadOnlySpan<byte> bytes, string what)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw Binary($"The content is not valid {what} text (first bad byte at offset {e.Index}); "
                + "only UTF-8, UTF-16 with a BOM, or a declared charset are read.");
        }
    }

    private static void RejectControlCharacters(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                throw Binary("The content contains NUL characters, so it is binary (or UTF-16/32 without a BOM), not text.");
            }

            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v' or '\u0085'))
            {
                controls++;
            }
        }

        if (controls > text.Length * MaxControlShare)
        {
            throw Binary($"{controls:N0} of {text.Length:N0} characters are control characters, so the content is binary, not text.");
        }
    }

    private static Encoding? EncodingOf(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        try
        {
            // Strict decoding for multi-byte charsets so that mislabelled bytes surface as BinaryContent.
            return Encoding.GetEncoding(charset.Trim().Trim('"', '\''), EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            // An unknown label is ignored, as browsers do; UTF-8 is tried instead.
            return null;
        }
    }

    /// <summary>A meta tag is ASCII, so one that names UTF-16/32 is wrong about its own bytes; HTML reads those as UTF-8.</summary>
    private static Encoding? AsciiCompatible(Encoding? encoding) =>
        encoding is null || encoding.CodePage is 1200 or 1201 or 12000 or 12001 ? null : encoding;

    private static string? CharsetOfContentType(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        foreach (var parameter in contentType.Split(';').Skip(1))
        {
            var pair = parameter.Split('=', 2);
            if (pair.Length == 2 && pair[0].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                return pair[1];
            }
        }

        return null;
    }

    /// <summary>The charset a <c>&lt;meta&gt;</c> in the prescan window declares, found with AngleSharp's tokenizer.</summary>
    private static string? MetaCharset(ReadOnlySpan<byte> content)
    {
        // Latin-1 maps every byte to one char, so the ASCII markup reads the same whatever the real charset is.
        var head = Encoding.Latin1.GetString(content[..Math.Min(content.Length, CharsetPrescanBytes)]);
        var tokenizer = new HtmlTokenizer(new TextSource(head), AngleSharp.Html.HtmlEntityProvider.Resolver);
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type != HtmlTokenType.StartTag || token is not HtmlTagToken tag || tag.Name != "meta")
            {
                continue;
            }

            var charset = tag.GetAttribute("charset");
            if (!string.IsNullOrWhiteSpace(charset))
            {
                return charset;
            }

            if (tag.GetAttribute("http-equiv").Equals("content-type", StringComparison.OrdinalIgnoreCase))
            {
                var fromContent = CharsetOfContentType(tag.GetAttribute("content"));
                if (fromContent is not null)
                {
                    return fromContent;
                }
            }
        }

        return null;
    }

    private static ArticleRejectedException Binary(string message) => new(FailureCode.BinaryContent, message);
}
