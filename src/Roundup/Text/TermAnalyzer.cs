using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Roundup.Text;

/// <summary>
/// Turns text into normalised content terms (lower-cased, stopwords removed, stemmed) with a Lucene.Net
/// analyzer. English by default; any Lucene <see cref="Analyzer"/> can be plugged in for other languages.
/// Thread-safe: Lucene analyzers reuse per-thread token streams.
/// </summary>
public sealed class TermAnalyzer
{
    private readonly Analyzer _analyzer;

    /// <summary>Wraps a Lucene analyzer.</summary>
    public TermAnalyzer(Analyzer analyzer, string language)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        _analyzer = analyzer;
        Language = language;
    }

    /// <summary>English: Lucene's EnglishAnalyzer (possessive removal, stopwords, Porter stemming).</summary>
    public static TermAnalyzer English { get; } = new(new EnglishAnalyzer(LuceneVersion.LUCENE_48), "en");

    /// <summary>ISO 639-1 code of the language this analyzer is for.</summary>
    public string Language { get; }

    /// <summary>The content terms of <paramref name="text"/>, in order.</summary>
    public List<string> Analyze(string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream("t", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}
