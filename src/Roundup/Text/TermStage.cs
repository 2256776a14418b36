using Roundup.Model;
using Roundup.Pipeline;

namespace Roundup.Text;

/// <summary>
/// Fills <see cref="Sentence.Terms"/>, <see cref="Sentence.TermSpans"/> and <see cref="Sentence.Tokens"/> for every
/// sentence (one pass of the analyzer: the summarizers read the tokens and clustering reads the terms with their spans
/// instead of reading the text again). Uses the given analyzer, except for articles whose
/// <see cref="Article.Language"/> is set to another language Lucene supports: those get
/// <see cref="TermAnalyzer.ForLanguage"/> (when <see cref="UseArticleLanguage"/> is on).
/// </summary>
public sealed class TermStage : IClusterStage
{
    [ThreadStatic] private static List<string>? t_buffer;
    [ThreadStatic] private static List<TermToken>? t_tokens;
    [ThreadStatic] private static List<TextSpan>? t_spans;

    /// <summary>Creates the stage.</summary>
    /// <param name="analyzer">Analyzer for articles without a (supported) language; usually <see cref="TermAnalyzer.English"/>.</param>
    /// <param name="useArticleLanguage">Pick the analyzer from each article's language when it is set.</param>
    public TermStage(TermAnalyzer analyzer, bool useArticleLanguage = true)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        Analyzer = analyzer;
        UseArticleLanguage = useArticleLanguage;
    }

    /// <summary>The default analyzer.</summary>
    public TermAnalyzer Analyzer { get; }

    /// <summary>Whether articles with <see cref="Article.Language"/> set use that language's analyzer.</summary>
    public bool UseArticleLanguage { get; }

    /// <inheritdoc />
    public string Name => "terms";

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Requires => [Capability.Sentences];

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Provides => [Capability.Terms];

    /// <inheritdoc />
    public void Process(Cluster cluster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var buffer = t_buffer ??= new List<string>(64);
        var tokens = t_tokens ??= new List<TermToken>(64);
        var spans = t_spans ??= new List<TextSpan>(64);
        foreach (var article in cluster.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var analyzer = AnalyzerFor(article);
            var text = article.Text;
            foreach (var sentence in article.Sentences)
            {
                buffer.Clear();
                tokens.Clear();
                spans.Clear();
                analyzer.Analyze(sentence.Span.Slice(text), buffer, tokens, sentence.Span.Start, spans);
                sentence.Terms = buffer.Count == 0 ? [] : buffer.ToArray();
                sentence.TermSpans = spans.Count == 0 ? [] : spans.ToArray();
                sentence.Tokens = tokens.Count == 0 ? [] : tokens.ToArray();
            }
        }
    }

    /// <summary>
    /// Whether the <c>terms</c> stage has analysed <paramref name="article"/>: it has sentences and every one carries its
    /// terms with their spans (<see cref="Sentence.TermSpans"/>). Readers such as clustering then read those instead of
    /// analysing the text again.
    /// </summary>
    public static bool HasAnalysed(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sentences = article.Sentences;
        if (sentences.Count == 0) return false;
        foreach (var s in sentences) if (s.TermSpans is null) return false;
        return true;
    }

    /// <summary>The analyzer used for <paramref name="article"/>.</summary>
    public TermAnalyzer AnalyzerFor(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (!UseArticleLanguage || string.IsNullOrWhiteSpace(article.Language)) return Analyzer;
        var lang = article.Language!;
        if (lang.StartsWith(Analyzer.Language, StringComparison.OrdinalIgnoreCase)) return Analyzer;
        return TermAnalyzer.Supports(lang) ? TermAnalyzer.ForLanguage(lang) : Analyzer;
    }
}
