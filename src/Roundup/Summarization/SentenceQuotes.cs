using Roundup.Model;
using Roundup.Quotes;

namespace Roundup.Summarization;

/// <summary>
/// Where the quotes stage's quotations (<see cref="Article.Quotes"/>) stand against a cluster's candidate
/// sentences: which sentences start inside a quotation opened before them, which leave one open after them, which
/// hold quoted words, and who speaks a quotation the sentence attributes to a pronoun. The summarizer reads this
/// instead of counting quotation marks, so it and the facts agree on what is quoted and by whom. Articles the stage
/// has not run on are read with <see cref="QuotesStage.SpansOf"/> (quotations found on the spot, without speakers, the article unchanged).
/// </summary>
internal sealed class SentenceQuotes
{
    private SentenceQuotes(bool[] startsInside, bool[] openAfter, bool[] quoted, bool[] unpaired, bool[] unmarked)
    {
        StartsInside = startsInside;
        OpenAfter = openAfter;
        Quoted = quoted;
        Unpaired = unpaired;
        Unmarked = unmarked;
    }

    /// <summary>Per sentence: a quotation opened in an earlier sentence runs on into it (it continues someone's words).</summary>
    public bool[] StartsInside { get; }

    /// <summary>Per sentence: a quotation runs on past its end (the next sentence continues it).</summary>
    public bool[] OpenAfter { get; }

    /// <summary>Per sentence: some word of it stands inside a quotation.</summary>
    public bool[] Quoted { get; }

    /// <summary>
    /// Per sentence: it shows a double quotation mark (“, ”, ", „, «, »; not an inch mark after a digit) that belongs to no quotation the stage found
    /// (one never closed, a closing mark without its opening one, a mark the stage could not pair): shown alone, it
    /// would give the reader half a quotation, with no speaker.
    /// </summary>
    public bool[] Unpaired { get; }

    /// <summary>
    /// Per sentence: it stands inside a quotation whose opening mark the writer left out ("“We don't want to say
    /// more,” he said. I know it is not much. As soon as I can, I will tell you.”"): a later sentence of its paragraph
    /// shows a closing mark (<see cref="Unpaired"/>) and neither it nor any sentence between shows another quotation
    /// mark. It is the speaker's words, with nothing to show the reader whose, not the writer's own voice.
    /// </summary>
    public bool[] Unmarked { get; }

    /// <summary>Reads the quotations of the articles of <paramref name="sentences"/> (sentences of one article adjacent, in text order).</summary>
    public static SentenceQuotes Of(IReadOnlyList<Sentence> sentences)
    {
        int n = sentences.Count;
        var startsInside = new bool[n];
        var openAfter = new bool[n];
        var quoted = new bool[n];
        var unpaired = new bool[n];
        Article? article = null;
        IReadOnlyList<Quote> quotes = [];
        List<TextSpan> regions = [];
        int r = 0; // first region that may still reach the sentence (regions are in text order, sentences too)
        for (int i = 0; i < n; i++)
        {
            var s = sentences[i];
            if (!ReferenceEquals(s.Article, article))
            {
                article = s.Article;
                quotes = QuotesStage.SpansOf(article);
                regions = Regions(article.Text, quotes);
                r = 0;
            }
            int start = s.Span.Start, end = s.Span.End;
            unpaired[i] = HasUnpairedMark(article.Text, start, end, quotes);
            if (regions.Count == 0) continue;
            while (r < regions.Count && regions[r].End <= start) r++;
            for (int k = r; k < regions.Count && regions[k].Start < end; k++)
            {
                var region = regions[k];
                if (region.Start < start) startsInside[i] = true;
                if (region.End > end) openAfter[i] = true;
                if (!quoted[i])
                {
                    int from = Math.Max(start, region.Start), to = Math.Min(end, region.End);
                    quoted[i] = article.Text.AsSpan(from, Math.Max(0, to - from)).ContainsAnyExcept(NotWords);
                }
            }
        }
        var unmarked = new bool[n];
        bool closesAhead = false; // a later sentence of the paragraph closes a quotation never opened, nothing marked between
        for (int i = n - 1; i >= 0; i--)
        {
            var s = sentences[i];
            if (i == n - 1 || !ReferenceEquals(s.Article, sentences[i + 1].Article) || s.Paragraph != sentences[i + 1].Paragraph) closesAhead = false;
            var text = s.Article.Text.AsSpan(s.Span.Start, s.Span.Length);
            int mark = text.IndexOfAny(DoubleMarks);
            if (mark < 0) unmarked[i] = closesAhead;
            else closesAhead = unpaired[i] && IsClosingMark(text, mark);
        }
        return new SentenceQuotes(startsInside, openAfter, quoted, unpaired, unmarked);
    }

    /// <summary>Whether the mark at <paramref name="at"/> closes a quotation: a ” or a straight mark after a word or a stop and before a space or the end.</summary>
    private static bool IsClosingMark(ReadOnlySpan<char> text, int at) => text[at] == '”'
        || (text[at] == '"' && at > 0 && !char.IsWhiteSpace(text[at - 1]) && (at == text.Length - 1 || char.IsWhiteSpace(text[at + 1])));

    private static readonly System.Buffers.SearchValues<char> DoubleMarks = System.Buffers.SearchValues.Create("“”\"„«»");

    /// <summary>Whether text[start, end) holds a double quotation mark outside every quotation's marked span.</summary>
    private static bool HasUnpairedMark(string text, int start, int end, IReadOnlyList<Quote> quotes)
    {
        int from = start;
        while (from < end)
        {
            int k = text.AsSpan(from, end - from).IndexOfAny(DoubleMarks);
            if (k < 0) return false;
            int at = from + k;
            from = at + 1;
            if (text[at] == '"' && at > 0 && char.IsDigit(text[at - 1])) continue; // an inch mark: 12" pipe
            bool paired = false;
            foreach (var q in quotes)
            {
                if (q.Marked.Start > at) break;
                if (at < q.Marked.End) { paired = true; break; }
            }
            if (!paired) return true;
        }
        return false;
    }

    private static readonly System.Buffers.SearchValues<char> NotWords = System.Buffers.SearchValues.Create(
        " \t\r\n\u00A0.,;:!?'\"“”‘’«»„`()[]—–-…");

    /// <summary>
    /// The stretches of quoted words, in text order (a quotation's first from its opening mark): each part of a quotation, parts joined where the quotation runs
    /// on over a paragraph break (nothing but spaces and marks between them), not where an attribution interrupts
    /// it ("“A,” she said. “B.”": closed in between).
    /// </summary>
    private static List<TextSpan> Regions(string text, IReadOnlyList<Quote> quotes)
    {
        var regions = new List<TextSpan>();
        foreach (var q in quotes)
        {
            var parts = q.Parts;
            // The first stretch starts at the opening mark: a sentence that ends with it ("… he said, “") leaves it open.
            int start = q.Marked.Start, end = parts[0].End;
            for (int p = 1; p < parts.Count; p++)
            {
                if (text.AsSpan(end, Math.Max(0, parts[p].Start - end)).ContainsAnyExcept(NotWords))
                {
                    regions.Add(new TextSpan(start, end - start));
                    start = parts[p].Start;
                }
                end = parts[p].End;
            }
            regions.Add(new TextSpan(start, end - start));
        }
        // In text order (no two regions start at one place). An insertion sort: the regions are nearly sorted already,
        // and List.Sort over this struct would be compiled at run time in every process.
        for (int i = 1; i < regions.Count; i++)
        {
            var region = regions[i];
            int j = i - 1;
            while (j >= 0 && regions[j].Start > region.Start)
            {
                regions[j + 1] = regions[j];
                j--;
            }
            regions[j + 1] = region;
        }
        return regions;
    }
}
