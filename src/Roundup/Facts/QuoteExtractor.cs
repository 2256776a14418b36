using Roundup.Model;
using Roundup.Quotes;

namespace Roundup.Facts;

/// <summary>A quotation found in one article, with its speaker.</summary>
internal sealed class QuoteMention
{
    public required ArticleContext Context { get; init; }
    public required TextSpan Content { get; init; }
    public required int Open { get; init; }
    public required int Close { get; init; }
    public EntityFact? Speaker { get; set; }
    public string? SpeakerText { get; set; }
    public bool Attributed { get; set; }
    public required Quote Source { get; init; }
    public string Text => Context.Text.Substring(Content.Start, Content.Length);
}

/// <summary>
/// Turns the quotes stage's quotations (<see cref="Article.Quotes"/>, found by <see cref="QuotesStage"/>) into
/// facts: each quoted piece of at least <see cref="MinWords"/> words that is not a quoted title becomes a mention,
/// and its speaker becomes the entity recognised at the words that name the speaker (or, for a pronoun, at the
/// mention it was resolved to). A speaker the entity recogniser does not know keeps its name as text.
/// </summary>
internal static class QuoteExtractor
{
    /// <summary>Quoted passages of at least this many words are quotations; shorter ones are scare quotes or titles.</summary>
    public const int MinWords = 3;

    /// <summary>The quotations of one article as mentions (fills <see cref="ArticleContext.QuoteSpans"/>).</summary>
    public static List<QuoteMention> FindSpans(ArticleContext ctx)
    {
        var text = ctx.Text;
        var result = new List<QuoteMention>();
        var quotes = ctx.Article.Text == text ? QuotesStage.Of(ctx.Article) : QuotesStage.Find(new Article(ctx.Article.Id, text));
        foreach (var quote in quotes)
        {
            foreach (var part in quote.Parts)
            {
                int open = Math.Max(0, part.Start - 1), close = Math.Min(text.Length - 1, part.End);
                ctx.QuoteSpans.Add(new TextSpan(open, close - open + 1));
                var content = Trim(text, part.Start, part.End);
                if (content.Length == 0 || Sentence.CountWords(text.AsSpan(content.Start, content.Length)) < MinWords || IsTitle(text, content)) continue;
                result.Add(new QuoteMention { Context = ctx, Content = content, Open = open, Close = close, Source = quote });
            }
        }
        return result;
    }

    /// <summary>A quoted title ("Monty Python and the Holy Grail", "For Official Use Only"): content words capitalised.</summary>
    private static bool IsTitle(string text, TextSpan content)
    {
        int words = 0, caps = 0;
        foreach (var t in FactText.Tokenize(text, content.Start, content.End))
        {
            if (!char.IsLetter(t.Text[0]) || Gazetteer.Stop.Contains(t.Text)) continue;
            words++;
            if (t.IsCapitalized) caps++;
        }
        return words >= 2 && caps >= 0.75 * words;
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',')) end--;
        return new TextSpan(start, end - start);
    }

    /// <summary>Gives each quotation of one article its speaker entity (entities must be recognised first).</summary>
    public static void Attribute(ArticleContext ctx, List<QuoteMention> quotes)
    {
        foreach (var q in quotes)
        {
            var speaker = q.Source.Speaker;
            if (speaker is null) continue;
            q.Attributed = true;
            if (speaker.Name is null)
            {
                q.SpeakerText = ctx.Text.Substring(speaker.Mention.Start, speaker.Mention.Length).ToLowerInvariant();
                continue;
            }
            q.Speaker = EntityAt(ctx, speaker.Antecedent ?? speaker.Mention) ?? (speaker.Kind == SpeakerKind.Person ? PersonNamed(ctx, speaker.Name) : null);
            q.SpeakerText = q.Speaker?.Name ?? speaker.Name;
        }
    }

    /// <summary>The one person of the article whose name ends with the speaker's surname (a sentence-initial "Whitaker" the recogniser skipped).</summary>
    private static EntityFact? PersonNamed(ArticleContext ctx, string name)
    {
        var surname = name[(name.LastIndexOf(' ') + 1)..];
        var matches = ctx.Mentions.Select(m => m.Entity).Where(e => e.EntityKind == EntityKind.Person
            && (e.Name == surname || e.Name.EndsWith(" " + surname, StringComparison.Ordinal))).Distinct().ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>The entity recognised inside <paramref name="span"/>: a person first, else an organisation; not a name that only modifies a noun after it.</summary>
    private static EntityFact? EntityAt(ArticleContext ctx, TextSpan span)
    {
        EntityFact? org = null;
        for (int k = ctx.FirstMentionFrom(Math.Max(0, span.Start - 40)); k < ctx.Mentions.Count; k++)
        {
            var (mention, entity) = ctx.Mentions[k];
            if (mention.Start >= span.End) break;
            if (!mention.Overlaps(span)) continue;
            // "one Sanders supporter", "a senior Obama administration official": a person's name between a determiner and a
            // lower-case noun in the speaker's phrase only says whose supporter or official it is. (An organisation's
            // spokesman still speaks for it: "a TSA spokesman" is the TSA's.)
            if (entity.EntityKind == EntityKind.Person && ModifiesANoun(ctx.Text, span, mention)) continue;
            // "House Speaker Dennis Hastert", "Wells Fargo CEO John Stumpf": the body before an office's title only says
            // whose office it is; the name after the title speaks.
            if (k + 1 < ctx.Mentions.Count && ctx.Mentions[k + 1].Span.Overlaps(span) && OnlyTitlesBetween(ctx.Text, mention.End, ctx.Mentions[k + 1].Span.Start)) continue;
            if (entity.EntityKind == EntityKind.Person) return entity;
            if (entity.EntityKind == EntityKind.Organization) org ??= entity;
        }
        return org;
    }

    /// <summary>Whether the text from <paramref name="from"/> to <paramref name="to"/> holds one or more words and each is a
    /// title of <c>person-titles</c> or a modifier of <c>person-title-modifiers</c> ("Speaker", "Majority Leader", "Executive
    /// Director"), with spaces and periods between.</summary>
    internal static bool OnlyTitlesBetween(string text, int from, int to)
    {
        if (to <= from || to - from > 60) return false;
        int words = 0;
        foreach (var w in text[from..to].Split([' ', '\n', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Gazetteer.Titles.Contains(w) && !Gazetteer.Titles.Contains(w.TrimEnd('.')) && !Gazetteer.TitleModifiers.Contains(w)) return false;
            words++;
        }
        return words > 0;
    }

    /// <summary>Whether a name inside a speaker's phrase opened by a determiner is followed by a lower-case word of that phrase.</summary>
    private static bool ModifiesANoun(string text, TextSpan span, TextSpan mention)
    {
        if (mention.Start <= span.Start || mention.End + 1 >= span.End || text[mention.End] != ' ' || !char.IsLower(text[mention.End + 1])) return false;
        int wordEnd = span.Start;
        while (wordEnd < mention.Start && char.IsLetter(text[wordEnd])) wordEnd++;
        return wordEnd > span.Start && SpeakerDeterminers.Contains(text[span.Start..wordEnd].ToLowerInvariant());
    }

    /// <summary>Words that open a description of a speaker ("one", "a", "the", "another").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> SpeakerDeterminers = Lexicon.LanguageLexicon.English.Words("speaker-description-openers");

    /// <summary>The person a pronoun at <paramref name="pos"/> refers to: the subject of the nearest earlier sentence about a person.</summary>
    internal static EntityFact? ResolvePronoun(ArticleContext ctx, int pos)
    {
        var text = ctx.Text;
        int si = ctx.SentenceIndexAt(pos);
        for (int k = si, steps = 0; k >= 0 && steps < 6; k--, steps++)
        {
            var s = ctx.Sentences[k];
            int end = k == si ? Math.Min(pos, s.End) : s.End;
            // First person mention or he/she outside quotes, left to right.
            int mentionPos = int.MaxValue;
            EntityFact? person = null;
            for (int mi = ctx.FirstMentionFrom(s.Start); mi < ctx.Mentions.Count; mi++)
            {
                var (span, entity) = ctx.Mentions[mi];
                if (span.Start >= end) break;
                if (entity.EntityKind != EntityKind.Person || ctx.InQuote(span.Start)) continue;
                person = entity;
                mentionPos = span.Start;
                break;
            }
            int pronounPos = int.MaxValue;
            var tokens = FactText.Tokenize(text, s.Start, end);
            // A sentence whose subject is a description ("The rapper had …") is about someone named earlier.
            if (tokens.Count > 1 && tokens[0].Text == "The" && char.IsLower(tokens[1].Text[0])) pronounPos = tokens[0].Start;
            foreach (var t in tokens)
            {
                if (t.Start >= mentionPos || t.Start >= pronounPos) break;
                if (t.Text is "he" or "she" or "He" or "She" && !ctx.InQuote(t.Start)) { pronounPos = t.Start; break; }
            }
            if (person is not null && mentionPos < pronounPos) return person;
        }
        return null;
    }

    /// <summary>Groups the quotations of all articles: the same quote reported by several outlets (fuzzy word overlap) is one.</summary>
    public static List<List<QuoteMention>> Group(List<QuoteMention> all)
    {
        var grams = all.Select(q => Bigrams(q.Text)).ToList();
        var parent = Enumerable.Range(0, all.Count).ToArray();
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        for (int i = 0; i < all.Count; i++)
            for (int j = i + 1; j < all.Count; j++)
            {
                if (all[i].Context == all[j].Context) continue;
                if (Similar(grams[i], grams[j])) parent[Find(i)] = Find(j);
            }
        return [.. Enumerable.Range(0, all.Count).GroupBy(Find).Select(g => g.Select(i => all[i]).ToList())];
    }

    private static bool Similar(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return false;
        int shared = 0;
        foreach (var x in a) if (b.Contains(x)) shared++;
        return shared >= 2 && shared >= 0.6 * Math.Min(a.Count, b.Count);
    }

    private static HashSet<string> Bigrams(string text)
    {
        var words = FactText.Tokenize(text, 0, text.Length).Select(t => t.Text.ToLowerInvariant().Replace('’', '\'')).ToList();
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < words.Count; i++) set.Add(words[i] + " " + words[i + 1]);
        return set;
    }
}
