using System.Text.Json;
using System.Text.Json.Serialization;
using Roundup.Model;
using Roundup.Rendering;

namespace Roundup.Store;

/// <summary>One summary sentence as stored: its text, the passage it comes from and every article that reports it.</summary>
/// <param name="Text">The sentence as the summary gives it.</param>
/// <param name="Article">Store id of the article it was taken from.</param>
/// <param name="Start">Start of the passage in that article's clean text.</param>
/// <param name="Length">Length of the passage.</param>
/// <param name="Score">The summarizer's score.</param>
/// <param name="Sources">Store ids of the articles that report it (its own first).</param>
public sealed record StoredSummarySentence(string Text, string Article, int Start, int Length, double Score, IReadOnlyList<string> Sources);

/// <summary>A story's summary as stored in a <see cref="SummaryVersion"/>'s body.</summary>
/// <param name="Label">Headline.</param>
/// <param name="Algorithm">Summarizer.</param>
/// <param name="Sentences">The sentences in order.</param>
public sealed record StoredSummary(string Label, string Algorithm, IReadOnlyList<StoredSummarySentence> Sentences)
{
    /// <summary>The JSON options of stored bodies (camelCase, nulls left out).</summary>
    public static JsonSerializerOptions Json { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The stored form of a summarized story.</summary>
    public static StoredSummary Of(Cluster story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var sentences = (story.Summary?.Sentences ?? []).Select(s => new StoredSummarySentence(s.Text, s.Sentence.Article.Id, s.Sentence.Span.Start, s.Sentence.Span.Length,
            Math.Round(s.Score, 4), [.. s.Sources.Select(a => a.Id).Distinct()])).ToList();
        return new StoredSummary(story.Label ?? story.Id, story.Summary?.Algorithm ?? "", sentences);
    }

    /// <summary>As JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a stored body.</summary>
    public static StoredSummary Parse(string json) => JsonSerializer.Deserialize<StoredSummary>(json, Json) ?? throw new FormatException("Empty summary body.");

    /// <summary>The facts of a summarized story as JSON (null when it has none).</summary>
    public static string? FactsJson(Cluster story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return story.Facts is null ? null : JsonSerializer.Serialize(FactsRenderer.ToDto(story), Json);
    }

    /// <summary>Reads stored facts.</summary>
    public static FactsRenderer.FactsDto? ParseFacts(string? json) => json is null ? null : JsonSerializer.Deserialize<FactsRenderer.FactsDto>(json, Json);
}
