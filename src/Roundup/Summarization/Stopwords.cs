namespace Roundup.Summarization;

/// <summary>A small English stopword list (function words) used to tell content words from glue.</summary>
internal static class Stopwords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
        "do", "does", "doing", "down", "during", "each", "even", "few", "for", "from", "further", "had", "has", "have",
        "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into",
        "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "no",
        "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out",
        "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
        "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until",
        "up", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why",
        "will", "with", "would", "you", "your", "yours", "yourself", "yourselves", "said", "says", "say", "told",
        "according", "mr", "mrs", "ms", "one", "two", "new", "s", "t", "don", "didn", "doesn", "isn", "wasn",
        "aren", "weren", "won", "can't", "ll", "ve", "re", "d", "m", "yet", "still", "however", "though", "although",
        "many", "since", "get", "got", "like", "well", "back", "way", "year", "years", "time", "people", "make",
        "made", "know", "going", "go", "want", "see", "think", "around", "another", "every", "something", "thing",
    };

    /// <summary>True for a lower-cased function word.</summary>
    public static bool IsStopword(string word) => Words.Contains(word);
}
