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
/// the result instead of finding quotations again.
/// </summary>
public sealed class QuotesStage : IClusterStage
{
    /// <summary>The stage name.</summary>
    public const string StageName = "quotes";

    /// <inheritdoc />
    public string Name => StageName;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Requires => [Capability.Sentences];

    /// <inheritdoc />
    public IReadOnlyCollection<string> Provides => [Capability.Quotes];

    /// <inheritdoc />
    public void Process(Cluster cluster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        foreach (var article in cluster.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            article.Quotes = Find(article);
        }
    }

    /// <summary>The quotations of one article with their speakers, in text order (the article is not changed).</summary>
    public static IReadOnlyList<Quote> Find(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        var marked = QuoteMarks.Find(text);
        if (marked.Count == 0) return [];
        IReadOnlyList<TextSpan> sentences;
        if (article.Sentences.Count > 0) sentences = [.. article.Sentences.Select(s => s.Span)];
        else
        {
            var scratch = new Article(article.Id, text);
            new SentenceSegmenter().Segment(scratch);
            sentences = [.. scratch.Sentences.Select(s => s.Span)];
        }
        return new SpeakerFinder(text, sentences, marked).Run();
    }

    /// <summary>The quotations of <paramref name="article"/>: those the stage stored, else found now.</summary>
    public static IReadOnlyList<Quote> Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Quotes ?? Find(article);
    }
}
