using System.Collections.Frozen;
using Roundup.Lexicon;

namespace Roundup.Summarization;

/// <summary>Function words and newsy filler that do not count as content (lexicon list <c>content-stopwords</c>).</summary>
internal static class Stopwords
{
    private static readonly FrozenSet<string> Words = LanguageLexicon.English.Words("content-stopwords", caseSensitive: true);

    /// <summary>True for a lower-cased function word.</summary>
    public static bool IsStopword(string word) => Words.Contains(word);
}
