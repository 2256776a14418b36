using System.Collections.Concurrent;
using Roundup.Text;

namespace Roundup.Clustering;

/// <summary>
/// Function words and reporting verbs that Lucene's short English stopword list keeps (pronouns, auxiliaries, "said"):
/// they say nothing about which event an article reports, so story vectors skip them; so do the names of wire services
/// and wire formatting codes (<c>Lexicon/en/clustering-wire-words.txt</c>). Held as stems of the analyzer.
/// </summary>
internal static class ClusteringStopwords
{
    private static readonly string[] Words =
    [
        "about", "above", "after", "again", "against", "all", "also", "am", "any", "because", "been", "before", "being", "below",
        "between", "both", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "even", "few", "from", "further",
        "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "its", "itself",
        "just", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "nor", "now", "off", "once", "only", "other",
        "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some", "than", "them", "themselves", "those", "through",
        "too", "under", "until", "up", "us", "very", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why",
        "would", "you", "your", "yours", "said", "says", "say", "told", "according", "mr", "mrs", "ms", "also", "yet", "still",
        "however", "though", "although", "many", "since", "get", "got", "like", "well", "back", "way", "make", "made", "know",
        "going", "go", "want", "see", "think", "around", "another", "every", "something", "thing", "things", "just", "don",
        "didn", "doesn", "isn", "wasn", "ll", "ve", "re", "s", "t", "d", "m", "one", "new", "first", "last", "now", "here",
    ];

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
