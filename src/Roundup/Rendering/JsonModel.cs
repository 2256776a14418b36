using System.Buffers;
using System.Text;
using System.Text.Json;
using Roundup.Model;

namespace Roundup.Rendering;

/// <summary>The JSON form of a processed cluster: plain records that mirror the model, with spans and ids.</summary>
public static class JsonModel
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = RenderingJsonContext.Relaxed.Options.Encoder };

    /// <summary>
    /// Serializes one cluster (<see cref="ToDto"/>) to a single JSON line: camelCase names in the records' order, null
    /// members left out, text escaped only where JSON requires it. The same bytes as <see cref="JsonSerializer"/> with
    /// those options, written member by member: in a short process the serializer's start-up (its metadata for every
    /// record and its generic converters, compiled at run time) costs more than the writing. Facts, when present,
    /// are written by the serializer (<see cref="RenderingJsonContext"/>).
    /// </summary>
    public static string Serialize(Cluster cluster)
    {
        var dto = ToDto(cluster);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions)) Write(w, dto);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter w, ClusterDto c)
    {
        w.WriteStartObject();
        String(w, "id", c.Id);
        String(w, "label", c.Label);
        Strings(w, "keywords", c.Keywords);
        String(w, "algorithm", c.Algorithm);
        String(w, "summary", c.Summary);
        Objects(w, "sentences", c.Sentences, static (w, s) =>
        {
            String(w, "text", s.Text);
            String(w, "article", s.Article);
            w.WriteNumber("position", s.Position);
            Span(w, s.Span);
            w.WriteNumber("score", s.Score);
            Strings(w, "sources", s.Sources);
        });
        Objects(w, "articles", c.Articles, static (w, a) =>
        {
            String(w, "id", a.Id);
            String(w, "title", a.Title);
            String(w, "source", a.Source);
            String(w, "url", a.Url);
            String(w, "byline", a.Byline);
            if (a.Published is { } published) w.WriteString("published", published);
            String(w, "language", a.Language);
            String(w, "duplicateOf", a.DuplicateOf);
            w.WriteNumber("sentences", a.Sentences);
            Objects(w, "removed", a.Removed, static (w, r) =>
            {
                String(w, "text", r.Text);
                String(w, "reason", r.Reason);
                Span(w, r.Span);
            });
        });
        Strings(w, "warnings", c.Warnings);
        if (c.Facts is { } facts)
        {
            w.WritePropertyName("facts");
            JsonSerializer.Serialize(w, facts, RenderingJsonContext.Relaxed.FactsDto);
        }
        w.WriteEndObject();
    }

    private static void String(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }

    /// <summary>An array of objects, each written by <paramref name="write"/> between its braces (null items as null); nothing when the list is null.</summary>
    private static void Objects<T>(Utf8JsonWriter w, string name, IReadOnlyList<T?>? items, Action<Utf8JsonWriter, T> write) where T : class
    {
        if (items is null) return;
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            if (item is null) { w.WriteNullValue(); continue; }
            w.WriteStartObject();
            write(w, item);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string?>? values)
    {
        if (values is null) return;
        w.WriteStartArray(name);
        foreach (var v in values)
            if (v is null) w.WriteNullValue();
            else w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void Span(Utf8JsonWriter w, SpanDto? span)
    {
        if (span is null) return;
        w.WriteStartObject("span");
        w.WriteNumber("start", span.Start);
        w.WriteNumber("length", span.Length);
        w.WriteEndObject();
    }

    /// <summary>The serializable record for a cluster.</summary>
    public static ClusterDto ToDto(Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return new ClusterDto(
            cluster.Id,
            cluster.Label,
            cluster.Keywords.Count == 0 ? null : cluster.Keywords,
            cluster.Summary?.Algorithm,
            cluster.Summary?.Text,
            cluster.Summary?.Sentences.Select(s => new SummarySentenceDto(
                s.Text, s.Sentence.Article.Id, s.Sentence.Index, new SpanDto(s.Sentence.Span.Start, s.Sentence.Span.Length),
                Math.Round(s.Score, 6), [.. s.Sources.Select(a => a.Id).Distinct()])).ToList(),
            [.. cluster.Articles.Select(a => new ArticleDto(
                a.Id, a.Title, a.DisplaySource, a.Url, a.Byline, a.Published, a.Language, a.DuplicateOf,
                a.Sentences.Count,
                [.. a.Removed.Select(r => new RemovedDto(r.Text, r.Reason, new SpanDto(r.Span.Start, r.Span.Length)))]))],
            cluster.Warnings.Count == 0 ? null : cluster.Warnings,
            cluster.Facts is null ? null : FactsRenderer.ToDto(cluster));
    }

    /// <summary>A span as JSON.</summary>
    public sealed record SpanDto(int Start, int Length);

    /// <summary>A removed boilerplate line as JSON.</summary>
    public sealed record RemovedDto(string Text, string Reason, SpanDto Span);

    /// <summary>An article as JSON.</summary>
    public sealed record ArticleDto(string Id, string? Title, string Source, string? Url, string? Byline, DateTimeOffset? Published,
        string? Language, string? DuplicateOf, int Sentences, IReadOnlyList<RemovedDto> Removed);

    /// <summary>A summary sentence as JSON.</summary>
    public sealed record SummarySentenceDto(string Text, string Article, int Position, SpanDto Span, double Score, IReadOnlyList<string> Sources);

    /// <summary>A cluster as JSON. <paramref name="Facts"/> is present when the facts stage ran.</summary>
    public sealed record ClusterDto(string Id, string? Label, IReadOnlyList<string>? Keywords, string? Algorithm, string? Summary,
        IReadOnlyList<SummarySentenceDto>? Sentences, IReadOnlyList<ArticleDto> Articles, IReadOnlyList<string>? Warnings,
        FactsRenderer.FactsDto? Facts = null);
}
