using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Segmentation;

namespace Roundup.Quotes;

/// <summary>
/// The quotes stage ("quotes"): finds every quotation of every article with its speaker and stores them on
/// <see cref="Article.Quotes"/> as spans into <see cref="Article.Text"/>. Quotation marks of every common style
/// (<see cref="QuoteMarks"/>); quotations interrupted by their attribution joined; quotations running over
/// paragraphs kept whole; speakers from plain and inverted attributions, "according to", organisations and
/// documents, and pronouns resolved to the nearest compatible speaker (<see cref="SpeakerFinder"/>). Reads the
/// sentences of the "segment" stage (segments a scratch copy when they are missing). Summarization and facts read
/// the result instead of finding quotations again. Made with <c>speakers: false</c> it stores the same quotations
/// without looking for their speakers (<see cref="Quote.SpeakerSought"/> false) and provides only
/// <see cref="Capability.Quotes"/>: what a summarizer reads, at less cost; the facts stage needs
/// <see cref="Capability.QuoteSpeakers"/>.
/// </summary>
public sealed class QuotesStage : IClusterStage
{
    /// <summary>The stage name.</summary>
    public const string StageName = "quotes";

    /// <summary>The stage that finds quotations with their speakers.</summary>
    public QuotesStage() : this(speakers: true)
    {
    }

    /// <summary>The stage; with <paramref name="speakers"/> false it finds quotations without their speakers.</summary>
    public QuotesStage(bool speakers) => Speakers = speakers;

    /// <summary>Whether the stage looks for each quotation's speaker.</summary>
    public bool Speakers { get; }

    /// <inheritdoc />
    public string Name => StageName;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Requires => [Capability.Sentences];

    /// <inheritdoc />
    public IReadOnlyCollection<string> Provides => Speakers ? [Capability.Quotes, Capability.QuoteSpeakers] : [Capability.Quotes];

    /// <inheritdoc />
    public void Process(Cluster cluster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        foreach (var article in cluster.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            article.Quotes = Speakers ? Find(article) : FindSpans(article);
        }
    }

    /// <summary>The quotations of one article with their speakers, in text order (the article is not changed).</summary>
    public static IReadOnlyList<Quote> Find(Article article) => Find(article, speakers: true);

    /// <summary>
    /// The quotations of one article without their speakers, in text order: the quotations <see cref="Find(Article)"/>
    /// gives, each with <see cref="Quote.Speaker"/> null and <see cref="Quote.SpeakerSought"/> false.
    /// </summary>
    public static IReadOnlyList<Quote> FindSpans(Article article) => Find(article, speakers: false);

    private static IReadOnlyList<Quote> Find(Article article, bool speakers)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        var marked = QuoteMarks.Find(text);
        if (marked.Count == 0) return [];
        var segmented = article.Sentences;
        if (segmented.Count == 0)
        {
            var scratch = new Article(article.Id, text);
            new SentenceSegmenter().Segment(scratch);
            segmented = scratch.Sentences;
        }
        var sentences = new TextSpan[segmented.Count];
        for (int i = 0; i < sentences.Length; i++) sentences[i] = segmented[i].Span;
        var finder = new SpeakerFinder(text, sentences, marked, speakers);
        return speakers ? finder.Run() : finder.Spans();
    }

    /// <summary>
    /// The quotations of <paramref name="article"/> with their speakers: those the stage stored, unless it stored
    /// them without speakers; else found now.
    /// </summary>
    public static IReadOnlyList<Quote> Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Quotes is { } stored && (stored.Count == 0 || stored[0].SpeakerSought) ? stored : Find(article);
    }

    /// <summary>
    /// The quotations of <paramref name="article"/>, speakers or not (for readers of where quotations are): those the
    /// stage stored, else found now without speakers.
    /// </summary>
    public static IReadOnlyList<Quote> SpansOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Quotes ?? FindSpans(article);
    }
}
