using System.Text.RegularExpressions;
using Roundup.Lexicon;

namespace Roundup.Facts;

/// <summary>
/// Finds people, organisations and places without a trained model: runs of capitalised words, cleaned with
/// context rules (sentence-initial words, titles and honorifics, organisation and place suffixes, "in/at
/// &lt;Place&gt;", gazetteers), then merges the forms one entity takes across the articles of a story (full name,
/// surname, first name, misspellings within one edit, titled forms and learnt descriptions such as "the mayor").
/// </summary>
internal sealed partial class EntityRecognizer
{
    private static readonly System.Collections.Frozen.FrozenSet<string> Connectors = LanguageLexicon.English.Words("name-connectors", caseSensitive: true);
    private static readonly System.Collections.Frozen.FrozenSet<string> PlacePrepositions = LanguageLexicon.English.Words("place-prepositions");
    private static readonly System.Collections.Frozen.FrozenSet<string> NotNames = LanguageLexicon.English.Words("not-names", caseSensitive: true);

    private sealed class Candidate
    {
        public required ArticleContext Context { get; init; }
        public required int Start { get; init; }
        public required int End { get; init; }
        public required string[] Tokens { get; init; }
        public required List<string> Titles { get; init; }
        public required bool Initial { get; init; }
        public string? PrevWord { get; init; }
        private string? _key;
        public string Key => _key ??= string.Join(' ', Tokens);
        public EntityKind? KindHint { get; set; }

        /// <summary>True when the kind comes from a title, gazetteer or suffix, not from context or the default.</summary>
        public bool StrongKind { get; set; }
    }

    private sealed class Builder
    {
        public required string[] Tokens { get; set; }
        public List<Candidate> Mentions { get; } = [];
        public Dictionary<EntityKind, int> Votes { get; } = [];
        public Dictionary<EntityKind, int> StrongVotes { get; } = [];
        public HashSet<string> Titles { get; } = new(StringComparer.Ordinal);
        public EntityKind Kind => Votes.Count == 0 ? EntityKind.Other : Votes.MaxBy(kv => kv.Value * 10 - (int)kv.Key).Key;
        public bool IsPerson => Votes.TryGetValue(EntityKind.Person, out var p) && p >= Votes.Where(kv => kv.Key != EntityKind.Person).Sum(kv => kv.Value);
    }

    /// <summary>Recognises and merges the entities of all articles; fills each context's <see cref="ArticleContext.Mentions"/>.</summary>
    public List<EntityFact> Recognize(IReadOnlyList<ArticleContext> contexts)
    {
        var nonInitialCaps = new HashSet<string>(StringComparer.Ordinal);
        var lowerWords = new HashSet<string>(StringComparer.Ordinal);
        var perSentenceTokens = new List<(ArticleContext Ctx, List<Token> Tokens)>();
        foreach (var ctx in contexts)
        {
            int lineStart = 0;
            var text = ctx.Text;
            while (lineStart < text.Length)
            {
                int nl = text.IndexOf('\n', lineStart);
                int lineEnd = nl < 0 ? text.Length : nl;
                var tokens = FactText.Tokenize(text, lineStart, lineEnd);
                lineStart = lineEnd + 1;
                if (tokens.Count == 0) continue;
                int lineLength = tokens[^1].End - tokens[0].Start;
                bool dateline = lineLength <= 120 && DateExtractor.ParseDateline(text.Substring(tokens[0].Start, lineLength)) is not null;
                if (!dateline && !IsTitleCase(tokens)) perSentenceTokens.Add((ctx, tokens));
                for (int i = 0; i < tokens.Count; i++)
                {
                    var t = tokens[i];
                    if (t.IsCapitalized) { if (!IsInitial(text, tokens, i)) nonInitialCaps.Add(t.Text); }
                    else lowerWords.Add(t.Text);
                }
            }
        }

        var candidates = new List<Candidate>();
        foreach (var (ctx, tokens) in perSentenceTokens) Extract(ctx, tokens, nonInitialCaps, lowerWords, candidates);
        var builders = Merge(candidates);
        var entities = Finish(builders, contexts);
        AddDescriptorMentions(contexts, entities);
        foreach (var ctx in contexts) ctx.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return entities;
    }

    /// <summary>A headline-style line ("Kanye West Arrives At Donald Trump's New York HQ"): most words capitalised.</summary>
    private static bool IsTitleCase(List<Token> tokens)
    {
        int words = 0, caps = 0;
        foreach (var t in tokens)
        {
            if (!char.IsLetter(t.Text[0])) continue;
            words++;
            if (t.IsCapitalized) caps++;
        }
        return words >= 4 && caps >= 0.7 * words;
    }

    /// <summary>Whether token k starts a sentence (line start, after . ! ? not ending an abbreviation, or after an opening quote).</summary>
    private static bool IsInitial(string text, List<Token> tokens, int k)
    {
        if (k == 0 || AfterQuoteOpen(text, tokens[k].Start)) return true;
        int p = tokens[k].Start - 1;
        while (p >= 0 && (text[p] is ' ' or '"' or '”' or '’' or ')' or '\'')) p--;
        if (p < 0) return true;
        if (text[p] is '!' or '?') return true;
        if (text[p] != '.') return false;
        return !tokens[k - 1].Text.EndsWith('.');
    }

    private static bool AfterQuoteOpen(string text, int pos)
    {
        int p = pos - 1;
        while (p >= 0 && text[p] == ' ') p--;
        if (p < 0) return true;
        char c = text[p];
        if (c is '“' or '‘' or '(' or '\n') return true;
        return c == '"' && (p == 0 || char.IsWhiteSpace(text[p - 1]) || text[p - 1] == '(');
    }

    private static void Extract(ArticleContext ctx, List<Token> tokens, HashSet<string> nonInitialCaps, HashSet<string> lowerWords, List<Candidate> output)
    {
        var text = ctx.Text;
        int i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsCapitalized || char.IsDigit(tokens[i].Text[0])) { i++; continue; }
            int j = i;
            while (j + 1 < tokens.Count && !tokens[j].Possessive && OnlySpaces(text, tokens[j].End, tokens[j + 1].Start))
            {
                var next = tokens[j + 1];
                if (next.IsCapitalized && !Gazetteer.Stop.Contains(next.Text)) { j++; continue; }
                if (Connectors.Contains(next.Text) && j + 2 < tokens.Count && tokens[j + 2].IsCapitalized && OnlySpaces(text, next.End, tokens[j + 2].Start)
                    && !Gazetteer.Titles.Contains(tokens[j + 2].Text)) { j += 2; continue; }
                break;
            }
            // "St. Brendan's Hospital": a possessive followed by an organisation word stays one name.
            while (j + 1 < tokens.Count && tokens[j].Possessive && tokens[j + 1].IsCapitalized && Gazetteer.OrgSuffixes.Contains(tokens[j + 1].Text)
                   && OnlySpaces(text, tokens[j].End + 2, tokens[j + 1].Start)) j++;
            Split(ctx, tokens, i, j, nonInitialCaps, lowerWords, output);
            i = j + 1;
        }
    }

    private static bool OnlySpaces(string text, int from, int to)
    {
        if (to - from > 3) return false;
        for (int k = from; k < to; k++) if (text[k] != ' ') return false;
        return true;
    }

    /// <summary>Splits a capitalised run at title words and trims non-name words, then emits candidates.</summary>
    private static void Split(ArticleContext ctx, List<Token> tokens, int from, int to, HashSet<string> nonInitialCaps, HashSet<string> lowerWords, List<Candidate> output)
    {
        var titles = new List<string>();
        int start = from;
        for (int k = from; k <= to + 1; k++)
        {
            bool isTitle = k <= to && Gazetteer.Titles.Contains(tokens[k].Text) && k < to && tokens[k + 1].IsCapitalized && !Gazetteer.OrgSuffixes.Contains(tokens[k + 1].Text);
            if (k == to + 1 || isTitle)
            {
                if (k > start) Emit(ctx, tokens, start, k - 1, titles, nonInitialCaps, lowerWords, output);
                if (isTitle)
                {
                    if (k > start) titles.Clear();
                    titles.Add(tokens[k].Text.TrimEnd('.'));
                    start = k + 1;
                }
            }
        }
    }

    private static void Emit(ArticleContext ctx, List<Token> tokens, int from, int to, List<string> titles, HashSet<string> nonInitialCaps, HashSet<string> lowerWords, List<Candidate> output)
    {
        var text = ctx.Text;
        bool initial = IsInitial(text, tokens, from);
        // Trim function words and date words at the edges.
        while (from <= to && IsNonName(tokens[from].Text, initial, lowerWords)) { from++; initial = false; }
        // "Shares of Halcyon": an unknown capitalised first word joined by a connector is not part of the name.
        if (initial && from + 2 <= to && Connectors.Contains(tokens[from + 1].Text) && !nonInitialCaps.Contains(tokens[from].Text)
            && !Gazetteer.OrgSuffixes.Contains(tokens[from].Text) && !Gazetteer.Places.Contains(tokens[from].Text)) from += 2;
        while (to >= from && (IsDateWord(tokens[to].Text) || Gazetteer.Stop.Contains(tokens[to].Text) || Connectors.Contains(tokens[to].Text)
               || (Gazetteer.Titles.Contains(tokens[to].Text) && (to > from || titles.Count == 0)))) to--;
        if (from > to) return;
        var words = new string[to - from + 1];
        for (int k = from; k <= to; k++) words[k - from] = tokens[k].Text;
        if (words.Length == 1)
        {
            var w = words[0];
            if (NotNames.Contains(w) || IsDateWord(w) || w.Length < 2 || w.StartsWith("I'", StringComparison.Ordinal) || w.StartsWith("I’", StringComparison.Ordinal)) return;
            bool acronym = tokens[from].IsAllCaps;
            bool known = Gazetteer.Places.Contains(w) || acronym || nonInitialCaps.Contains(w)
                || (w.Length >= 4 && nonInitialCaps.Any(x => x.Length >= 4 && x[0] == w[0] && FactText.EditDistance(x, w, 1) <= 1));
            bool atStart = IsInitial(text, tokens, from);
            if (atStart && titles.Count == 0 && !known) return;
            if (!acronym && lowerWords.Contains(w.ToLowerInvariant()) && !Gazetteer.Places.Contains(w)) return;
        }
        string? prev = null;
        if (titles.Count == 0 && from > 0 && !IsInitial(text, tokens, from)) prev = tokens[from - 1].Text;
        else if (titles.Count == 0)
        {
            // Look left of the sentence start for nothing: no previous word.
        }
        var cand = new Candidate
        {
            Context = ctx, Start = tokens[from].Start, End = tokens[to].End, Tokens = words, Titles = [.. titles],
            Initial = IsInitial(text, tokens, from), PrevWord = prev,
        };
        cand.KindHint = Classify(cand, text, out bool strong);
        cand.StrongKind = strong;
        output.Add(cand);
    }

    private static bool IsNonName(string w, bool initial, HashSet<string> lowerWords)
    {
        if (Gazetteer.Stop.Contains(w) || IsDateWord(w) || w.Contains("-year-old", StringComparison.OrdinalIgnoreCase) || Gazetteer.NumberWords.ContainsKey(w)) return true;
        if (initial && lowerWords.Contains(w.ToLowerInvariant()) && !Gazetteer.Places.Contains(w)) return true;
        return false;
    }

    private static bool IsDateWord(string w) => Gazetteer.Weekdays.ContainsKey(w) || (Gazetteer.Months.ContainsKey(w.TrimEnd('.')) && w != "May")
        || w is "Today" or "Yesterday" or "Tomorrow" or "Tonight";

    private static EntityKind? Classify(Candidate c, string text, out bool strong)
    {
        var words = c.Tokens;
        var key = c.Key;
        var last = words[^1];
        strong = true;
        if (Gazetteer.Places.Contains(key)) return EntityKind.Place;
        if (words.Length == 1 && words[0].Length >= 2 && words[0].All(ch => !char.IsLetter(ch) || char.IsUpper(ch))) return EntityKind.Organization;
        if (Gazetteer.OrgSuffixes.Contains(last) && words.Length >= 2) return EntityKind.Organization;
        // "Department of Health", "Museum of Art", "Bank of America".
        for (int k = 1; k + 1 < words.Length; k++)
            if (words[k + 1] is "of" or "for" && Gazetteer.OrgSuffixes.Contains(words[k])) return EntityKind.Organization;
        if (words.Length >= 2 && (Gazetteer.PlaceSuffixes.Contains(last) || Gazetteer.PlacePrefixes.Contains(words[0]))) return EntityKind.Place;
        if (c.Titles.Count > 0) return EntityKind.Person;
        strong = false;
        if (c.PrevWord is { } p && PlacePrepositions.Contains(p)) return words.Length <= 2 ? EntityKind.Place : null;
        // "Dayton, Ohio": followed by a comma and a known place.
        int after = c.End;
        if (after + 2 < text.Length && text[after] == ',')
        {
            var m = NextCapitalised().Match(text, after + 1);
            if (m.Success && m.Index <= after + 2 && Gazetteer.Places.Contains(m.Value)) return EntityKind.Place;
        }
        if (words.Length is >= 2 and <= 4) return EntityKind.Person;
        return null;
    }

    [GeneratedRegex(@"\G\s?([A-Z][a-zA-Z]+(?: [A-Z][a-zA-Z]+)?)")]
    private static partial Regex NextCapitalised();

    private static List<Builder> Merge(List<Candidate> candidates)
    {
        var forms = candidates.GroupBy(c => FactText.Fold(c.Key), StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Tokens: g.Key.Split(' '), Items: g.ToList()))
            .OrderByDescending(f => f.Tokens.Length).ThenByDescending(f => f.Items.Count).ThenBy(f => f.Items[0].Start)
            .ToList();
        var builders = new List<Builder>();
        var singles = new List<(string Key, string[] Tokens, List<Candidate> Items)>();
        foreach (var form in forms)
        {
            if (form.Tokens.Length == 1) { singles.Add(form); continue; }
            var kind = Vote(form.Items);
            Builder? target = null;
            foreach (var b in builders)
            {
                if (target is not null && b.Mentions.Count <= target.Mentions.Count) continue;
                if ((IsSubsequence(form.Tokens, b.Tokens) || SameNameFuzzy(form.Tokens, b.Tokens)) && Compatible(kind, b)) target = b;
            }
            target ??= New(builders, form.Tokens);
            Add(target, form.Items);
        }
        foreach (var form in singles)
        {
            var w = form.Tokens[0];
            var kind = Vote(form.Items);
            Builder? target = null;
            if (!Gazetteer.Places.Contains(w) || kind == EntityKind.Person)
            {
                int bestScore = 0;
                foreach (var b in builders)
                {
                    if (b.Tokens.Length < 2) continue;
                    int score = 0;
                    bool person = b.IsPerson;
                    if (person && Eq(b.Tokens[^1], w)) score = 4;
                    else if (person && Eq(b.Tokens[0], w)) score = 3;
                    else if (!person && Eq(b.Tokens[0], w) && b.Tokens.Skip(1).All(t => (Gazetteer.OrgSuffixes.Contains(t) || Gazetteer.PlaceSuffixes.Contains(t)) && !Gazetteer.CivicSuffixes.Contains(t))) score = 2;
                    else if (!person && b.Kind == EntityKind.Other && b.Tokens.Any(t => Eq(t, w))) score = 1;
                    if (score > bestScore || (score == bestScore && score > 0 && target is not null && b.Mentions.Count > target.Mentions.Count)) { bestScore = score; target = b; }
                }
                if (target is null && w.Length >= 4 && kind is null or EntityKind.Person)
                {
                    foreach (var b in builders.Where(b => b.IsPerson && b.Tokens.Length >= 2).OrderByDescending(b => b.Mentions.Count))
                    {
                        if (FactText.EditDistance(b.Tokens[^1], w, 1) <= 1 || FactText.EditDistance(b.Tokens[0], w, 1) <= 1) { target = b; break; }
                    }
                }
                target ??= builders.FirstOrDefault(b => b.Tokens.Length == 1 && Eq(b.Tokens[0], w));
                if (target is null && w.Length >= 5)
                    target = builders.FirstOrDefault(b => b.Tokens.Length == 1 && FactText.EditDistance(b.Tokens[0], w, 1) <= 1);
            }
            target ??= New(builders, form.Tokens);
            Add(target, form.Items);
        }
        return builders;

        static bool Eq(string a, string b) => string.Equals(a, b, StringComparison.Ordinal);
    }

    private static Builder New(List<Builder> builders, string[] tokens)
    {
        var b = new Builder { Tokens = tokens };
        builders.Add(b);
        return b;
    }

    private static void Add(Builder b, List<Candidate> items)
    {
        foreach (var c in items)
        {
            b.Mentions.Add(c);
            foreach (var t in c.Titles) b.Titles.Add(t.ToLowerInvariant());
            var k = c.KindHint;
            if (k is { } kind)
            {
                b.Votes[kind] = b.Votes.GetValueOrDefault(kind) + (c.Titles.Count > 0 ? 3 : c.StrongKind ? 2 : 1);
                if (c.StrongKind) b.StrongVotes[kind] = b.StrongVotes.GetValueOrDefault(kind) + 1;
            }
        }
    }

    private static EntityKind? Vote(List<Candidate> items)
    {
        var votes = items.Where(c => c.KindHint is not null && c.StrongKind).GroupBy(c => c.KindHint!.Value).OrderByDescending(g => g.Count()).FirstOrDefault();
        return votes?.Key;
    }

    private static bool Compatible(EntityKind? kind, Builder b)
    {
        if (kind is null || b.StrongVotes.Count == 0) return true;
        var bk = b.StrongVotes.MaxBy(kv => kv.Value).Key;
        return kind == bk || (kind != EntityKind.Person && bk != EntityKind.Person);
    }

    private static bool IsSubsequence(string[] small, string[] big)
    {
        if (small.Length > big.Length) return false;
        for (int s = 0; s + small.Length <= big.Length; s++)
        {
            bool ok = true;
            for (int k = 0; k < small.Length && ok; k++) ok = string.Equals(small[k], big[s + k], StringComparison.Ordinal);
            if (ok) return true;
        }
        return false;
    }

    private static bool SameNameFuzzy(string[] a, string[] b)
    {
        if (a.Length != b.Length) return false;
        int edits = 0;
        for (int k = 0; k < a.Length; k++)
        {
            var x = a[k];
            var y = b[k];
            if (x == y) continue;
            if (k < a.Length - 1 && x.Length >= 3 && y.Length >= 3 && (x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal))) continue;
            if (Math.Min(x.Length, y.Length) >= 4 && x[0] == y[0] && FactText.EditDistance(x, y, 1) <= 1) { edits++; continue; }
            return false;
        }
        return edits <= 1;
    }

    private static List<EntityFact> Finish(List<Builder> builders, IReadOnlyList<ArticleContext> contexts)
    {
        var ordered = builders.OrderByDescending(b => b.Mentions.Count).ThenBy(b => b.Mentions.Min(m => m.Context.Article.Index * 1_000_000 + m.Start)).ToList();
        var result = new List<EntityFact>(ordered.Count);
        int n = 0;
        foreach (var b in ordered)
        {
            var name = b.Mentions.GroupBy(m => m.Key, StringComparer.Ordinal).OrderByDescending(g => g.First().Tokens.Length).ThenByDescending(g => g.Count()).First().Key;
            var kind = b.Votes.Count > 0 ? b.Kind : GuessUnvoted(b);
            var e = new EntityFact { Id = "e" + (++n), Name = name, EntityKind = kind };
            foreach (var form in b.Mentions.Select(m => m.Key).Distinct(StringComparer.Ordinal)) e.Aliases.Add(form);
            e.Titles.AddRange(b.Titles);
            foreach (var m in b.Mentions.OrderBy(m => m.Context.Article.Index).ThenBy(m => m.Start))
            {
                var span = new Model.TextSpan(m.Start, m.End - m.Start);
                e.Mentions.Add(new FactMention(m.Context.Article, span, m.Context.Text.Substring(m.Start, m.End - m.Start)));
                m.Context.Mentions.Add((span, e));
            }
            result.Add(e);
        }
        return result;
    }

    private static EntityKind GuessUnvoted(Builder b)
    {
        foreach (var m in b.Mentions)
        {
            var t = m.Context.Text;
            var rest = t.AsSpan(m.End, Math.Min(24, t.Length - m.End)).ToString();
            if (AgeOrSpeech().IsMatch(rest)) return EntityKind.Person;
        }
        return EntityKind.Other;
    }

    [GeneratedRegex(@"^(?:,\s*\d{1,3},|\s+(?:said|says|told|added|wrote|admitted|declined|is \d{1,3}\b))")]
    private static partial Regex AgeOrSpeech();

    [GeneratedRegex(@"\b[Tt]he\s+(?<w1>[a-z][a-z-]+)(?:\s+(?<w2>[a-z][a-z-]+))?\b")]
    private static partial Regex Description();

    /// <summary>Adds "the mayor"-style mentions for descriptions learnt from titles ("Mayor Maria Lopez").</summary>
    private static void AddDescriptorMentions(IReadOnlyList<ArticleContext> contexts, List<EntityFact> entities)
    {
        var byTitle = new Dictionary<string, EntityFact>(StringComparer.Ordinal);
        foreach (var e in entities.Where(e => e.EntityKind == EntityKind.Person))
            foreach (var t in e.Titles)
            {
                if (t is "mr" or "mrs" or "ms" or "miss" or "dr" or "sir" or "dame" or "di" or "dci" or "head" or "parent" or "resident") continue;
                if (!byTitle.TryGetValue(t, out var prev) || prev.Mentions.Count < e.Mentions.Count) byTitle[t] = e;
            }
        if (byTitle.Count == 0) return;
        foreach (var ctx in contexts)
        {
            foreach (Match m in Description().Matches(ctx.Text))
            {
                var w1 = m.Groups["w1"];
                var w2 = m.Groups["w2"];
                EntityFact? e;
                int end;
                if (byTitle.TryGetValue(w1.Value, out e)) end = w1.Index + w1.Length;
                else if (w2.Success && !Gazetteer.Stop.Contains(w1.Value) && byTitle.TryGetValue(w2.Value, out e)) end = w2.Index + w2.Length;
                else continue;
                // "the Mayor Lopez" / "the mayor's office" are fine; "the mayor of X" names another office.
                if (end + 3 < ctx.Text.Length && ctx.Text.AsSpan(end).StartsWith(" of ", StringComparison.Ordinal)) continue;
                var span = new Model.TextSpan(m.Index, end - m.Index);
                if (ctx.Mentions.Any(x => x.Span.Overlaps(span))) continue;
                var surface = ctx.Text.Substring(span.Start, span.Length);
                e.Mentions.Add(new FactMention(ctx.Article, span, surface));
                ctx.Mentions.Add((span, e));
                var alias = surface.ToLowerInvariant();
                if (!e.Aliases.Contains(alias)) e.Aliases.Add(alias);
            }
        }
        foreach (var e in entities) e.Mentions.Sort((a, b) => a.Article.Index != b.Article.Index ? a.Article.Index.CompareTo(b.Article.Index) : a.Span.Start.CompareTo(b.Span.Start));
    }
}
