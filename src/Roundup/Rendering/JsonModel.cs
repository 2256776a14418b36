using System.Text.Json;
using System.Text.Json.Serialization;
using Roundup.Model;

namespace Roundup.Rendering;

/// <summary>The JSON form of a processed cluster: plain records that mirror the model, with spans and ids.</summary>
public static class JsonModel
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serializes one cluster to a single JSON line.</summary>
    public static string Serialize(Cluster cluster) => JsonSerializer.Serialize(ToDto(cluster), Options);

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
