using Roundup.Model;

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
    public string Text => Context.Text.Substring(Content.Start, Content.Length);
}

/// <summary>
/// Finds direct quotations (straight or curly marks, several sentences long or partial) and their speakers:
/// "“…,” Trump told reporters", "West said: “…”", "according to X", pronouns ("he said") resolved to the
/// person the preceding text is about, and continuations ("“…,” she said. “…”") that inherit the speaker.
/// </summary>
internal static class QuoteExtractor
{
    /// <summary>Quoted passages of at least this many words are quotations; shorter ones are scare quotes or titles.</summary>
    public const int MinWords = 3;

    /// <summary>Finds the quotations of one article (fills <see cref="ArticleContext.QuoteSpans"/>).</summary>
    public static List<QuoteMention> FindSpans(ArticleContext ctx)
    {
        var text = ctx.Text;
        var result = new List<QuoteMention>();
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int nl = text.IndexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.Length : nl;
            int i = lineStart;
            while (i < lineEnd)
            {
                char c = text[i];
                int close = -1;
                if (c == '“')
                {
                    close = text.IndexOf('”', i + 1, lineEnd - i - 1);
                    int nextOpen = text.IndexOf('“', i + 1, lineEnd - i - 1);
                    if (nextOpen >= 0 && close > nextOpen) close = -1;
                }
                else if (c == '"')
                {
                    close = text.IndexOf('"', i + 1, lineEnd - i - 1);
                }
                if (close < 0) { i++; continue; }
                var content = Trim(text, i + 1, close);
                if (content.Length > 0 && Sentence.CountWords(text.AsSpan(content.Start, content.Length)) >= MinWords && !IsTitle(text, content))
                {
                    result.Add(new QuoteMention { Context = ctx, Content = content, Open = i, Close = close });
                    ctx.QuoteSpans.Add(new TextSpan(i, close - i + 1));
                }
                i = close + 1;
            }
            lineStart = lineEnd + 1;
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

    /// <summary>Attributes each quotation of one article to its speaker (entities must be recognised first).</summary>
    public static void Attribute(ArticleContext ctx, List<QuoteMention> quotes)
    {
        var text = ctx.Text;
        for (int qi = 0; qi < quotes.Count; qi++)
        {
            var q = quotes[qi];
            if (TryAfter(ctx, q) || TryBefore(ctx, q, qi > 0 ? quotes[qi - 1] : null)) { q.Attributed = true; continue; }
            // Continuation: a quotation right after another one in the same paragraph inherits its speaker.
            if (qi > 0)
            {
                var prev = quotes[qi - 1];
                if (prev.Attributed && SameParagraph(text, prev.Close, q.Open) && q.Open - prev.Close < 160)
                {
                    q.Speaker = prev.Speaker;
                    q.SpeakerText = prev.SpeakerText;
                    q.Attributed = true;
                }
            }
        }
    }

    /// <summary>A period that ends "Dr", "Mrs", "St" or an initial rather than a sentence.</summary>
    private static bool IsAbbreviationPeriod(string text, int pos)
    {
        if (text[pos] != '.') return false;
        int s = pos;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        var word = text[s..pos];
        return word is "Dr" or "Mr" or "Mrs" or "Ms" or "St" or "Gov" or "Sen" or "Rep" or "Prof" or "Lt" or "Gen" or "Capt" or "Sgt" or "Jr" or "Sr" or "Rev" or "Col"
            || (word.Length == 1 && char.IsUpper(word[0]));
    }

    private static bool SameParagraph(string text, int from, int to) => text.IndexOf('\n', from, to - from) < 0;

    /// <summary>"“…,” X said" / "“…,” said X" / "“…,” he said".</summary>
    private static bool TryAfter(ArticleContext ctx, QuoteMention q)
    {
        var text = ctx.Text;
        int close = q.Close;
        char lastInside = q.Close - 1 >= 0 ? text[q.Close - 1] : ' ';
        bool open = lastInside is ',' or '?' or '!' or '—' or '-' || (close + 1 < text.Length && text[close + 1] == ',');
        if (!open) return false;
        int start = close + 1;
        int end = start;
        while (end < text.Length && end - start < 140 && (text[end] is not ('.' or '!' or '?' or '“' or '"' or '\n' or ';') || IsAbbreviationPeriod(text, end))) end++;
        var tokens = FactText.Tokenize(text, start, end);
        int verb = tokens.FindIndex(t => Gazetteer.SpeechVerbs.Contains(t.Text) || t.Text == "according");
        if (verb < 0 || verb > 7) return false;
        int subjectEnd = verb < tokens.Count ? tokens[verb].Start : end;
        if (verb > 0 && Speaker(ctx, start, subjectEnd, q)) return true;
        // Inverted: "said Devon Achterberg", "said lead scientist Dr. Abena Mensah", "according to Raman".
        int afterVerb = tokens[verb].End;
        int limit = Math.Min(end, afterVerb + 60);
        var mention = FirstMention(ctx, afterVerb, limit, q);
        if (mention is not null)
        {
            q.Speaker = mention;
            q.SpeakerText = mention.Name;
            return true;
        }
        if (verb == 0) return false;
        return false;
    }

    /// <summary>"X said: “…”", "According to X, … “…”", "X called the purchase “…”".</summary>
    private static bool TryBefore(ArticleContext ctx, QuoteMention q, QuoteMention? previous)
    {
        var text = ctx.Text;
        int si = ctx.SentenceIndexAt(q.Open);
        int start = si >= 0 ? ctx.Sentences[si].Start : 0;
        if (previous is not null && previous.Close + 1 > start) start = previous.Close + 1;
        if (start >= q.Open) return false;
        var tokens = FactText.Tokenize(text, start, q.Open);
        int verb = -1;
        for (int k = tokens.Count - 1; k >= 0; k--)
            if (Gazetteer.SpeechVerbs.Contains(tokens[k].Text) || (tokens[k].Text is "according" or "According")) { verb = k; break; }
        if (verb < 0) return false;
        if (tokens[verb].Text is "according" or "According")
        {
            var m = FirstMention(ctx, tokens[verb].End, Math.Min(q.Open, tokens[verb].End + 60), q);
            if (m is not null) { q.Speaker = m; q.SpeakerText = m.Name; return true; }
            return false;
        }
        // Subject: after the last clause boundary before the verb.
        int subjectStart = start;
        for (int k = verb - 1; k >= 0; k--)
        {
            if (tokens[k].Text is "where" or "and" or "but" or "while" or "when" or "as" or "after")
            {
                subjectStart = tokens[k].End;
                break;
            }
        }
        return Speaker(ctx, subjectStart, tokens[verb].Start, q);
    }

    /// <summary>Finds the speaker named in text[start, end): an entity, a pronoun, or a description.</summary>
    private static bool Speaker(ArticleContext ctx, int start, int end, QuoteMention q)
    {
        // A pronoun right before the verb is the subject ("Speaking to Vanity Fair, he insisted").
        var near = FactText.Tokenize(ctx.Text, start, end);
        if (near.Count > 0 && near[^1].Text is "he" or "she" or "He" or "She" or "they" or "They")
        {
            q.Speaker = ResolvePronoun(ctx, near[^1].Start);
            q.SpeakerText = near[^1].Text.ToLowerInvariant();
            return true;
        }
        var e = FirstMention(ctx, start, end, q);
        if (e is not null) { q.Speaker = e; q.SpeakerText = e.Name; return true; }
        var words = FactText.Tokenize(ctx.Text, start, end);
        if (words.Count == 0) return false;
        var first = words[0].Text;
        var pronoun = words.FindLast(t => t.Text is "he" or "she" or "He" or "She" or "they" or "They");
        if (pronoun.Text is not null)
        {
            q.Speaker = ResolvePronoun(ctx, pronoun.Start);
            q.SpeakerText = pronoun.Text.ToLowerInvariant();
            return true;
        }
        var phrase = ctx.Text[words[0].Start..words[^1].End];
        if (first is "The" or "the")
        {
            // "The Kenya native said": a definite description of the person the story is about.
            q.Speaker = ResolvePronoun(ctx, q.Open);
            q.SpeakerText = phrase;
            return true;
        }
        if (first is "a" or "an" or "A" or "An" || words.Count <= 4)
        {
            q.Speaker = null;
            q.SpeakerText = phrase;
            return true;
        }
        return false;
    }

    private static EntityFact? FirstMention(ArticleContext ctx, int start, int end, QuoteMention q)
    {
        EntityFact? org = null;
        for (int k = ctx.FirstMentionFrom(start); k < ctx.Mentions.Count; k++)
        {
            var (span, entity) = ctx.Mentions[k];
            if (span.Start >= end) break;
            if (span.Overlaps(new TextSpan(q.Open, q.Close - q.Open + 1))) continue;
            if (entity.EntityKind == EntityKind.Person) return entity;
            if (entity.EntityKind == EntityKind.Organization) org ??= entity;
        }
        return org;
    }

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
