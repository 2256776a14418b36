using System.Text.Json;
using Roundup.Model;
using Roundup.Reading;

namespace Roundup.Evaluation.Quotes;

/// <summary>One annotated quotation: its content (the annotated pieces), its source phrase and kind.</summary>
/// <param name="Content">From the first annotated piece to the last one (interruptions included).</param>
/// <param name="Fragments">The annotated pieces of the content.</param>
/// <param name="Source">The source phrase as annotated ("Jane Roe, a strategist,", "he", "the report"), or null.</param>
/// <param name="SourceSpan">Where the source phrase is, or null.</param>
/// <param name="Kind">"full" (verbatim quotation) or "partial" (indirect speech with a quoted fragment).</param>
public sealed record GoldQuote(TextSpan Content, IReadOnlyList<TextSpan> Fragments, string? Source, TextSpan? SourceSpan, string Kind);

/// <summary>One annotated article: its text exactly as annotated and its quotations.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Text">The text the offsets point into.</param>
/// <param name="Quotes">The annotated quotations.</param>
public sealed record GoldQuoteArticle(string Id, string Text, IReadOnlyList<GoldQuote> Quotes);

/// <summary>
/// Reads quotation gold data in the PolNeAR JSON-lines form: one article a line,
/// <c>{"id", "text", "quotes": [{"content": {"start", "end", "fragments": [[s, e], …]}, "source": {"start", "end", "text"} | null, "kind"}]}</c>,
/// offsets in Unicode code points (Python string indices), converted here to .NET's UTF-16 offsets.
/// </summary>
public static class QuoteDataset
{
    /// <summary>Reads every article of the file at <paramref name="path"/>.</summary>
    public static IEnumerable<GoldQuoteArticle> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new RoundupInputException($"No such file: {path}");
        return Read(path);
    }

    private static IEnumerable<GoldQuoteArticle> Read(string path)
    {
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            GoldQuoteArticle article;
            try
            {
                article = Parse(line);
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentOutOfRangeException)
            {
                throw new RoundupInputException($"{path}, line {lineNumber}: not a quotation gold record ({e.Message})");
            }
            yield return article;
        }
    }

    private static GoldQuoteArticle Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var text = root.GetProperty("text").GetString() ?? "";
        var id = root.TryGetProperty("id", out var idEl) ? idEl.ToString() : "";
        var quotes = new List<GoldQuote>();
        var map = CodePointOffsets(text);
        if (root.TryGetProperty("quotes", out var qs))
        {
            foreach (var q in qs.EnumerateArray())
            {
                var content = q.GetProperty("content");
                var span = Span(content, map);
                var fragments = new List<TextSpan>();
                if (content.TryGetProperty("fragments", out var fr))
                    foreach (var f in fr.EnumerateArray()) fragments.Add(Checked(f[0].GetInt32(), f[1].GetInt32(), map));
                if (fragments.Count == 0) fragments.Add(span);
                string? source = null;
                TextSpan? sourceSpan = null;
                if (q.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.Object)
                {
                    sourceSpan = Span(s, map);
                    source = text.Substring(sourceSpan.Value.Start, sourceSpan.Value.Length);
                }
                var kind = q.TryGetProperty("kind", out var k) ? k.GetString() ?? "full" : "full";
                quotes.Add(new GoldQuote(span, fragments, source, sourceSpan, kind));
            }
        }
        return new GoldQuoteArticle(id, text, quotes);
    }

    private static TextSpan Span(JsonElement e, int[] map) => Checked(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), map);

    private static TextSpan Checked(int start, int end, int[] map)
    {
        if (start < 0 || end < start || end >= map.Length) throw new ArgumentOutOfRangeException(nameof(start), $"span {start}-{end} outside a text of {map.Length - 1} characters");
        return new TextSpan(map[start], map[end] - map[start]);
    }

    /// <summary>UTF-16 offset of every code point offset (one past the end included).</summary>
    private static int[] CodePointOffsets(string text)
    {
        var map = new List<int>(text.Length + 1);
        for (int i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
        }
        map.Add(text.Length);
        return [.. map];
    }
}
