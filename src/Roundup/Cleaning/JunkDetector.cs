using Roundup.Model;

namespace Roundup.Cleaning;

/// <summary>
/// Finds documents that carry no story of their own: empty or near-empty texts, and texts made up of notices that the
/// line cleaner keeps because they come as one long paragraph (web-archive crawl notices, "page not found", location
/// consent prompts). Such a document must not pull unrelated documents together, so clustering keeps it on its own,
/// and it has nothing to say in a summary, so the summarizer leaves it out when its story has a real article.
/// A pure function of the article (safe in parallel).
/// </summary>
internal static partial class JunkDetector
{
    /// <summary>Words of story text below which clustering takes an article for junk (12).</summary>
    public const int DefaultMinWords = 12;

    /// <summary>Characters of each paragraph shown to the line classifier.</summary>
    private const int PrefixChars = 300;

    /// <summary>Characters at the start of a text searched for crawl-notice vocabulary (three hits: a notice, not a story).</summary>
    private const int ArchiveWindow = 1_500;

    /// <summary>Whether <paramref name="article"/> opens like a web-archive crawl notice, or has fewer than <paramref name="minWords"/> words of story text: its paragraphs
    /// whose opening the cleaner's line classifier marks as an archive notice or a site notice do not count.</summary>
    public static bool IsJunk(Article article, int minWords)
    {
        if (minWords <= 0) return false;
        var text = article.Text.AsSpan();
        if (ArchiveWords().Count(text[..Math.Min(text.Length, ArchiveWindow)]) >= 3) return true;
        int content = 0;
        foreach (var range in text.Split('\n'))
        {
            var para = text[range].Trim();
            if (para.IsEmpty) continue;
            int words = Sentence.CountWords(para);
            var head = para.Length <= PrefixChars ? para : para[..Cut(para)];
            var reason = BoilerplateCleaner.Classify(head);
            if (reason is BoilerplateReason.Archive or BoilerplateReason.Notice or BoilerplateReason.SocialEmbed) continue;
            content += words;
            if (content >= minWords) return false;
        }
        return true;
    }

    /// <summary>Vocabulary of web-archive crawl notices; three hits near the start make a text a notice.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(crawl(s|ed|er|ing)?|wayback|captures|seed (list|for)|wide\d{5}|warc|heritrix|robots\.txt|not publicly accessible)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ArchiveWords();

    /// <summary>The end of the last whole word within the first <see cref="PrefixChars"/> characters.</summary>
    private static int Cut(ReadOnlySpan<char> para)
    {
        int cut = para[..PrefixChars].LastIndexOf(' ');
        return cut > 0 ? cut : PrefixChars;
    }
}
