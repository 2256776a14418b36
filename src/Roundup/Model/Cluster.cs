namespace Roundup.Model;

/// <summary>
/// A set of articles about one story: the unit that is summarized. Read from input as a cluster, or produced by
/// story clustering. Stages enrich it: the summarizer sets <see cref="Summary"/>.
/// </summary>
public sealed class Cluster
{
    /// <summary>Creates a cluster and numbers its articles.</summary>
    public Cluster(string id, IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(articles);
        Id = id;
        Articles = [.. articles];
        for (int i = 0; i < Articles.Count; i++) Articles[i].Index = i;
    }

    /// <summary>Identifier (input id, or assigned by clustering).</summary>
    public string Id { get; internal set; }

    /// <summary>The articles, in input order.</summary>
    public List<Article> Articles { get; }

    /// <summary>A reference (gold) summary carried by the input, when present; used only by evaluation.</summary>
    public string? Reference { get; set; }

    /// <summary>Several reference summaries carried by the input (a <c>references</c> array), when present; used only by evaluation.</summary>
    public IReadOnlyList<string> References { get; set; } = [];

    /// <summary>A short headline for the story, when known or generated.</summary>
    public string? Label { get; set; }

    /// <summary>Keywords for the story, when generated.</summary>
    public IReadOnlyList<string> Keywords { get; set; } = [];

    /// <summary>
    /// For an event found by story clustering, the running subject it belongs to (a cluster holding the articles of all
    /// its events, with its own label and keywords); null for a subject itself and for clusters read from input.
    /// </summary>
    public Cluster? Subject { get; set; }

    /// <summary>The summary, once the summarizer has run.</summary>
    public Summary? Summary { get; set; }

    /// <summary>
    /// The story's facts (entities, dates, quotes, numbers), their supporting outlets and the conflicts between
    /// outlets, once the facts stage (<c>UseFacts()</c>) has run; null otherwise.
    /// </summary>
    public StoryFacts? Facts { get; set; }

    /// <summary>Warnings raised while processing (non-English text, empty articles), shown to the user.</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>All sentences of all articles, article by article.</summary>
    public IEnumerable<Sentence> Sentences => Articles.SelectMany(a => a.Sentences);
}
