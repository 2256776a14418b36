using System.Collections.Concurrent;
using Roundup.Text;
using Roundup.Lexicon;

namespace Roundup.Clustering;

/// <summary>
/// Function words and reporting verbs that Lucene's short English stopword list keeps (pronouns, auxiliaries, "said"):
/// they say nothing about which event an article reports, so story vectors skip them; so do the names of wire services
/// and wire formatting codes (<c>Lexicon/en/clustering-wire-words.txt</c>). Held as stems of the analyzer.
/// </summary>
internal static class ClusteringStopwords
{
    private static readonly IReadOnlyList<string> Words = LanguageLexicon.English.Lines("clustering-stopwords");

    private static readonly ConcurrentDictionary<string, HashSet<string>> ByLanguage = new(StringComparer.Ordinal);

    /// <summary>The stems of the list under <paramref name="analyzer"/> (English words; harmless for other languages).</summary>
    public static HashSet<string> For(TermAnalyzer analyzer) => ByLanguage.GetOrAdd(analyzer.Language, _ =>
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var buffer = new List<string>();
        foreach (var w in Words.Concat(Lexicon.LanguageLexicon.English.Lines("clustering-wire-words"))) { buffer.Clear(); analyzer.Analyze(w, buffer); set.UnionWith(buffer); }
        return set;
    });
}
