namespace Roundup.Model;

/// <summary>
/// One news article: it owns its text and metadata. Stages enrich it in place: cleaning sets <see cref="Text"/>
/// and <see cref="Removed"/>, segmentation fills <see cref="Sentences"/>, and so on. Everything derived from the
/// text (sentences, mentions, quotes) is a span into <see cref="Text"/>, never a copy.
/// </summary>
public sealed class Article
{
    /// <summary>Creates an article from its raw text as read.</summary>
    public Article(string id, string rawText)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(rawText);
        Id = id;
        RawText = rawText;
        Text = rawText;
    }

    /// <summary>Stable identifier (file name, JSON id, or "clusterId/index").</summary>
    public string Id { get; internal set; }

    /// <summary>The text exactly as read (after decoding and format unwrapping), before cleaning.</summary>
    public string RawText { get; }

    /// <summary>The story text after cleaning; equals <see cref="RawText"/> until the cleaner runs.</summary>
    public string Text { get; set; }

    /// <summary>Headline, when known.</summary>
    public string? Title { get; set; }

    /// <summary>Outlet or source name (e.g. "Us Weekly"), when known.</summary>
    public string? Source { get; set; }

    /// <summary>Canonical URL, when known.</summary>
    public string? Url { get; set; }

    /// <summary>Author line, when known.</summary>
    public string? Byline { get; set; }

    /// <summary>Publication time, when known (from metadata or a dateline found while cleaning).</summary>
    public DateTimeOffset? Published { get; set; }

    /// <summary>Where <see cref="Published"/> came from: null for input metadata, "dateline" when the cleaner read it from a removed dateline line.</summary>
    public string? PublishedOrigin { get; set; }

    /// <summary>The article's first dateline or timestamp line, as the cleaner read it; null when it has none or is not cleaned.</summary>
    public Dateline? Dateline { get; set; }

    /// <summary>
    /// The wire dateline that opens <see cref="Text"/> ("WASHINGTON (AP) — ", "NAIROBI, June 24 (Xinhua) -- "), read
    /// once by the cleaner (<c>Roundup.Cleaning.DatelineParser.WireOf</c>); null when the text opens with none. The
    /// dateline stays in the text (it is part of the first sentence); its <see cref="WireDateline.Span"/> says where.
    /// </summary>
    public WireDateline? WireDateline
    {
        get => _wire is { } read && ReferenceEquals(read.Text, Text) ? read.Wire : null;
        set => _wire = new WireRead(Text, value);
    }

    /// <summary>True when <see cref="WireDateline"/> was read from the current <see cref="Text"/> (null then means the text opens with none).</summary>
    internal bool WireDatelineRead => _wire is { } read && ReferenceEquals(read.Text, Text);

    /// <summary>The dateline with the text it was read from, in one reference, so concurrent readers never see one without the other.</summary>
    private sealed record WireRead(string Text, WireDateline? Wire);

    private WireRead? _wire;

    /// <summary>ISO 639-1 language code, when known or detected.</summary>
    public string? Language { get; set; }

    /// <summary>Where the article came from (path, "stdin", "line 12 of x.jsonl").</summary>
    public string? Origin { get; set; }

    /// <summary>Position of this article in its cluster (0-based); set when the article joins a cluster.</summary>
    public int Index { get; set; }

    /// <summary>Lines the cleaner removed, with the reason, as spans into <see cref="RawText"/>.</summary>
    public List<RemovedLine> Removed { get; } = [];

    /// <summary>Sentences of <see cref="Text"/> in order; filled by the segmenter.</summary>
    public List<Sentence> Sentences { get; } = [];

    /// <summary>Quotations of <see cref="Text"/> with their speakers, in text order; null until the quotes stage runs.</summary>
    public IReadOnlyList<Quote>? Quotes { get; set; }

    /// <summary>When set, this article is a near-copy of that article and does not count as an independent source.</summary>
    public string? DuplicateOf { get; set; }

    /// <summary>A short human-readable name for the article's source: outlet, else host of the URL, else its id.</summary>
    public string DisplaySource
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(Source)) return Source!;
            if (Uri.TryCreate(Url, UriKind.Absolute, out var uri)) return uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host;
            return Id;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({DisplaySource})";
}
