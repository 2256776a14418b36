using Roundup.Cleaning;
using Roundup.Model;
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

    /// <summary>
    /// Capitalised words seen mid-sentence, indexed by first letter and length, so the one-edit check of a
    /// sentence-initial word looks at a few words, not at every capitalised word of the story (issue #17).
    /// </summary>
    private sealed class CapitalisedWords
    {
        private readonly HashSet<string> _words = new(StringComparer.Ordinal);
        private readonly Dictionary<(char, int), List<string>> _buckets = [];

        public void Add(string w)
        {
            if (!_words.Add(w) || w.Length < 4) return;
            if (!_buckets.TryGetValue((w[0], w.Length), out var l)) _buckets[(w[0], w.Length)] = l = [];
            l.Add(w);
        }

        public bool Contains(string w) => _words.Contains(w);

        /// <summary>A word of at least four letters, same first letter, one edit away.</summary>
        public bool HasOneEditVariant(string w)
        {
            for (int len = w.Length - 1; len <= w.Length + 1; len++)
                if (_buckets.TryGetValue((w[0], len), out var l))
                    foreach (var x in l)
                        if (FactText.EditDistance(x, w, 1) <= 1) return true;
            return false;
        }
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
        var nonInitialCaps = new CapitalisedWords();
        var lowerWords = new HashSet<string>(StringComparer.Ordinal);
        var perSentenceTokens = new List<(ArticleContext Ctx, List<Token> Tokens)>();
        foreach (var ctx in contexts)
        {
            int lineStart = 0;
            var text = ctx.Text;
            while (lineStart < text.Length)
            {
                int lineEnd = UnitEnd(text, lineStart);
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
        var titleHolders = new Dictionary<(ArticleContext, string), HashSet<EntityFact>>();
        var entities = Finish(builders, titleHolders);
        AddDescriptorMentions(contexts, entities, titleHolders);
        foreach (var ctx in contexts) ctx.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return entities;
    }

    /// <summary>
    /// End of the unit of text that starts at <paramref name="start"/>: its line, continued over hard wraps (wire copy
    /// breaks lines at about 70 characters, inside names: "Justice Mary\nOlsen"). A line continues when it is long
    /// (a wrapped line, not a headline), the next line is not blank or indented (a new paragraph) and it does not end
    /// a sentence with a colon.
    /// </summary>
    private static int UnitEnd(string text, int start)
    {
        int lineStart = start;
        while (true)
        {
            int nl = text.IndexOf('\n', lineStart);
            if (nl < 0) return text.Length;
            if (!SoftWrap(text, lineStart, nl)) return nl;
            lineStart = nl + 1;
        }
    }

    private static bool SoftWrap(string text, int lineStart, int nl) =>
        nl - lineStart >= 50 && nl + 1 < text.Length && !char.IsWhiteSpace(text[nl + 1]) && text[nl - 1] != ':' && !char.IsWhiteSpace(text[nl - 1]);

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
        // "WASHINGTON — Supporters of Hillary Clinton …": the dash after a dateline in capitals opens the sentence.
        if (text[p] is '—' or '–' || (text[p] == '-' && p > 0 && text[p - 1] == '-')) return tokens[k - 1].IsAllCaps && tokens[k - 1].Text.Length >= 3;
        if (text[p] != '.') return false;
        return !tokens[k - 1].Text.EndsWith('.');
    }

    private static bool AfterQuoteOpen(string text, int pos)
    {
        int p = pos - 1;
        while (p >= 0 && (text[p] == ' ' || (text[p] == '\n' && p > 0 && !char.IsWhiteSpace(text[p - 1]) && text[p - 1] is not ('.' or '!' or '?' or ':')))) p--;
        if (p < 0) return true;
        char c = text[p];
        if (c is '“' or '‘' or '(' or '\n') return true;
        return c == '"' && (p == 0 || char.IsWhiteSpace(text[p - 1]) || text[p - 1] == '(');
    }

    private static void Extract(ArticleContext ctx, List<Token> tokens, CapitalisedWords nonInitialCaps, HashSet<string> lowerWords, List<Candidate> output)
    {
        var text = ctx.Text;
        int i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsCapitalized || char.IsDigit(tokens[i].Text[0])) { i++; continue; }
            int j = i;
            bool orgOf = false;
            while (j + 1 < tokens.Count && !tokens[j].Possessive && OnlySpaces(text, tokens[j].End, tokens[j + 1].Start))
            {
                var next = tokens[j + 1];
                // "Corvale Systems Inc. Halvorsen Group": a legal suffix ends a company's name, unless another follows ("Co. Ltd.").
                if (Gazetteer.LegalSuffixes.Contains(tokens[j].Text) && !Gazetteer.LegalSuffixes.Contains(next.Text)) break;
                if (next.IsCapitalized && !Gazetteer.Stop.Contains(next.Text)) { j++; continue; }
                if (IsSurnameAfterGivenName(tokens, j + 1)) { j++; break; }
                // "Kader al-Mansur", "Abdel el-Sisi": a particle joined by a hyphen to a capitalised name.
                if (ParticleName().IsMatch(next.Text)) { j++; continue; }
                // "Ana María de la Torre", "Pieter van der Meer": two particles before a capitalised name.
                if (j + 3 < tokens.Count && IsParticle(next.Text) && IsParticle(tokens[j + 2].Text) && tokens[j + 3].IsCapitalized
                    && !Gazetteer.Stop.Contains(tokens[j + 3].Text) && !Gazetteer.Titles.Contains(tokens[j + 3].Text)
                    && OnlySpaces(text, next.End, tokens[j + 2].Start) && OnlySpaces(text, tokens[j + 2].End, tokens[j + 3].Start))
                {
                    j += 3;
                    continue;
                }
                bool joins = Connectors.Contains(next.Text)
                    // "Bank of America", "Halden Museum of Art", but "Carl Hedstrom of Norland" is a person and a place.
                    && (next.Text != "of" || j == i || Gazetteer.OrgSuffixes.Contains(tokens[j].Text) || Gazetteer.PlaceSuffixes.Contains(tokens[j].Text)
                        || Gazetteer.Places.Contains(text[tokens[i].Start..tokens[j].End]));
                // "Ministry of Foreign Trade and Economic Cooperation": "and" inside an organisation's "of" phrase.
                joins |= next.Text == "and" && (orgOf || AndOfOneInstitution(tokens, i, j, lowerWords));
                if (joins && j + 2 < tokens.Count && tokens[j + 2].IsCapitalized && OnlySpaces(text, next.End, tokens[j + 2].Start)
                    && !Gazetteer.Titles.Contains(tokens[j + 2].Text))
                {
                    if (next.Text == "of" && Gazetteer.OrgSuffixes.Contains(tokens[j].Text)) orgOf = true;
                    j += 2;
                    continue;
                }
                break;
            }
            // "St. Brendan's Hospital": a possessive followed by an organisation word stays one name.
            while (j + 1 < tokens.Count && tokens[j].Possessive && tokens[j + 1].IsCapitalized && Gazetteer.OrgSuffixes.Contains(tokens[j + 1].Text)
                   && OnlySpaces(text, tokens[j].End + 2, tokens[j + 1].Start)) j++;
            Split(ctx, tokens, i, j, nonInitialCaps, lowerWords, output);
            i = j + 1;
        }
    }

    /// <summary>
    /// "Food and Drug Administration", "Securities and Exchange Commission", "Fish and Wildlife Service": one or two
    /// capitalised words (the one before "and" a word the story also writes in lower case, and no place, given name or
    /// organisation word), "and", then one or two more whose last is an organisation word that
    /// is no legal form and after which the run ends, name one institution. Not "Porto and Aston Villa", "Meridian and
    /// Halcyon Corp" (two companies), "Iran and Sweden".
    /// </summary>
    private static bool AndOfOneInstitution(List<Token> tokens, int i, int j, HashSet<string> lowerWords)
    {
        // The run so far may open with "The" or a country ("The U.S. Food"); the word before "and" is the name's own.
        if (j - i > 2 || j + 2 >= tokens.Count) return false;
        var own = tokens[j].Text;
        if (Gazetteer.Places.Contains(own) || GivenNames.Contains(own) || Gazetteer.OrgSuffixes.Contains(own) || Gazetteer.Stop.Contains(own)) return false;
        // The word before "and" is a common word the story also writes in lower case ("food", "fish", "health"), not a
        // name of its own ("Las Vegas and Atlantic City", "Harvard and Boston University", "Shell and British Petroleum").
        if (!lowerWords.Contains(own.ToLowerInvariant())) return false;
        for (int last = j + 2; last <= j + 3 && last < tokens.Count; last++)
        {
            var t = tokens[last];
            if (!t.IsCapitalized || Gazetteer.Stop.Contains(t.Text) || Gazetteer.Titles.Contains(t.Text) || Gazetteer.Places.Contains(t.Text)) return false;
            if (Gazetteer.OrgSuffixes.Contains(t.Text))
                return !Gazetteer.LegalSuffixes.Contains(t.Text) && !Gazetteer.LegalForms.ContainsKey(t.Text)
                    && (last + 1 >= tokens.Count || !tokens[last + 1].IsCapitalized);
        }
        return false;
    }

    /// <summary>Only spaces (or one hard wrap) between two words of a name.</summary>
    private static bool OnlySpaces(string text, int from, int to)
    {
        if (to - from > 3) return false;
        int breaks = 0;
        for (int k = from; k < to; k++)
        {
            if (text[k] == '\n') { if (++breaks > 1) return false; continue; }
            if (text[k] != ' ') return false;
        }
        return true;
    }

    /// <summary>Splits a capitalised run at title words and trims non-name words, then emits candidates.</summary>
    private static void Split(ArticleContext ctx, List<Token> tokens, int from, int to, CapitalisedWords nonInitialCaps, HashSet<string> lowerWords, List<Candidate> output)
    {
        var titles = new List<string>();
        int start = from;
        for (int k = from; k <= to + 1; k++)
        {
            bool isTitle = k <= to && Gazetteer.Titles.Contains(tokens[k].Text) && k < to && tokens[k + 1].IsCapitalized && !Gazetteer.OrgSuffixes.Contains(tokens[k + 1].Text);
            if (k == to + 1 || isTitle)
            {
                // "Prime Minister", "Vice President", "Attorney General": the modifier makes another office, kept whole
                // as the title ("the minister" is not the prime minister).
                int first = k;
                while (isTitle && first - 1 >= from && Gazetteer.TitleModifiers.Contains(tokens[first - 1].Text)) first--;
                if (first > start) Emit(ctx, tokens, start, first - 1, titles, nonInitialCaps, lowerWords, output);
                if (isTitle)
                {
                    if (first > start) titles.Clear();
                    // A modifier that was itself taken as a title ("Vice") is now part of the compound.
                    if (first < start && titles.Count > 0) titles.RemoveRange(Math.Max(0, titles.Count - (start - first)), Math.Min(titles.Count, start - first));
                    titles.Add(first == k ? tokens[k].Text.TrimEnd('.') : string.Join(' ', tokens.Skip(first).Take(k - first + 1).Select(t => t.Text.TrimEnd('.'))));
                    start = k + 1;
                }
            }
        }
    }

    /// <summary>Given names of either sex (the quotes stage's gendered lists and <c>given-names</c>; any case).</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> GivenNames = Quotes.QuoteText.GivenNames;

    /// <summary>
    /// Whether token <paramref name="k"/>, a word never a name alone ("Will", "Read": name-stopwords), is a surname: written
    /// with a capital right after a given name, four letters or more, and ending the name ("George Will wrote", "Ian Read
    /// said"; not "Barack Will Visit Ohio", a headline).
    /// </summary>
    private static bool IsSurnameAfterGivenName(List<Token> tokens, int k) =>
        k >= 1 && k < tokens.Count && tokens[k].IsCapitalized && tokens[k].Text.Length >= 4 && Gazetteer.Stop.Contains(tokens[k].Text)
        && tokens[k - 1].IsCapitalized && GivenNames.Contains(tokens[k - 1].Text) && !tokens[k - 1].Possessive
        && (k + 1 >= tokens.Count || !tokens[k + 1].IsCapitalized);

    /// <summary>Holidays and named days (<c>holidays</c>), as the tokens join them.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> Holidays = LanguageLexicon.English.Words("holidays", caseSensitive: true);

    private static void Emit(ArticleContext ctx, List<Token> tokens, int from, int to, List<string> titles, CapitalisedWords nonInitialCaps, HashSet<string> lowerWords, List<Candidate> output)
    {
        var text = ctx.Text;
        bool initial = IsInitial(text, tokens, from);
        // Trim function words and date words at the edges.
        while (from <= to && IsNonName(tokens[from].Text, initial, lowerWords) && !OpensWithParticles(tokens, from, to)) { from++; initial = false; }
        // "New York-based Acme Brands", "Norwegian-owned Brevik Home Appliances": the modifier is no part of the name.
        for (int k = to - 1; k >= from; k--)
            if (IsNameModifier(tokens[k].Text)) { from = k + 1; initial = false; break; }
        // "Shares of Halcyon": an unknown capitalised first word joined by a connector is not part of the name.
        if (initial && from + 2 <= to && Connectors.Contains(tokens[from + 1].Text) && !IsParticle(tokens[from + 2].Text) && !OpensWithParticles(tokens, from, to) && !nonInitialCaps.Contains(tokens[from].Text)
            && !Gazetteer.OrgSuffixes.Contains(tokens[from].Text) && !Gazetteer.Places.Contains(tokens[from].Text)) from += 2;
        while (to >= from && (IsDateWord(tokens[to].Text) || (Gazetteer.Stop.Contains(tokens[to].Text) && !(to > from && IsSurnameAfterGivenName(tokens, to))) || Connectors.Contains(tokens[to].Text)
               || (Gazetteer.Titles.Contains(tokens[to].Text) && (to > from || titles.Count == 0))
               // A modifier alone right after a title is the rest of the office ("Premier League Chief Executive, Richard Scudamore").
               || (to == from && titles.Count > 0 && Gazetteer.TitleModifiers.Contains(tokens[to].Text)))) to--;
        // "Secretary of State Madeleine Albright", "Chief of Staff Alexander Roe": the word that completes the office before a
        // given name is no part of the name.
        if (to - from >= 2 && from >= 2 && tokens[from - 1].Text == "of" && Gazetteer.Titles.Contains(tokens[from - 2].Text) && GivenNames.Contains(tokens[from + 1].Text))
        {
            from++;
            initial = false;
        }
        if (to > from && OpensWithADescribingAdjective(tokens, from, to))
        {
            from++;
            initial = false;
        }
        // "the former Vermont Democratic governor", "the Texas Republican said": after a known place, an adjective of party
        // or nation ending the run describes someone and is no part of a name; the place is read alone. Not after other
        // words ("East German", "South African" are names of their own). A party's adjective before a lower-case word
        // describes it after any name ("the CNN Republican debate", "House Republican leaders").
        if (to > from && (NameEndingAdjectives.Contains(tokens[to].Text) || PartyAdjectives.Contains(tokens[to].Text))
            && Gazetteer.Places.Contains(string.Join(' ', tokens.Skip(from).Take(to - from).Select(t => t.Text)))) to--;
        else if (to > from && PartyAdjectives.Contains(tokens[to].Text) && to + 1 < tokens.Count && char.IsLower(tokens[to + 1].Text[0])
            && OnlySpaces(text, tokens[to].End, tokens[to + 1].Start)) to--;
        if (from > to) return;
        var words = new string[to - from + 1];
        for (int k = from; k <= to; k++) words[k - from] = tokens[k].Text;
        // "a Labor Day interview", "on Election Day": a holiday is a day, no one and nowhere.
        if (Holidays.Contains(string.Join(' ', words))) return;
        // "New Year's Day", "Mother's Day": the possessive ends the run, so the holiday comes as two runs.
        if (to + 1 < tokens.Count && tokens[to].Possessive && Holidays.Contains(string.Join(' ', words) + " " + tokens[to + 1].Text)) return;
        if (words.Length == 1 && from > 0 && tokens[from - 1].Possessive && (Holidays.Contains(tokens[from - 1].Text + " " + words[0])
            || (from > 1 && Holidays.Contains(tokens[from - 2].Text + " " + tokens[from - 1].Text + " " + words[0])))) return;
        var wire = DatelineParser.WireOf(ctx.Article);
        bool datelinePlace = IsDatelinePlace(text, wire, tokens, from, to);
        if (datelinePlace)
        {
            // "NEW YORK (AP) --", "TAIPING, Sept. 16 (Xinhua) --": the place, named as the story names it.
            for (int k = 0; k < words.Length; k++) words[k] = words[k][..1] + words[k][1..].ToLowerInvariant();
        }
        bool stateAbbreviation = words.Length == 1 && IsStateAbbreviation(text, tokens[from]);
        bool wireCode = IsWireCode(wire, tokens, from, to);
        if (words.Length == 1 && !datelinePlace && !stateAbbreviation && !wireCode)
        {
            var w = words[0];
            // "the Republican nominee", "a Democrat from Ohio": a party's adjective alone names no one; nor does a party and
            // state tag, "Sen. Bernie Sanders (I-Vt.)".
            if (NotNames.Contains(w) || PartyAdjectives.Contains(w) || Quotes.QuoteText.IsPartyStateTag(w) || IsDateWord(w) || w.Length < 2 || w.StartsWith("I'", StringComparison.Ordinal) || w.StartsWith("I’", StringComparison.Ordinal)) return;
            bool acronym = tokens[from].IsAllCaps;
            bool known = Gazetteer.Places.Contains(w) || acronym || nonInitialCaps.Contains(w)
                || (w.Length >= 4 && nonInitialCaps.HasOneEditVariant(w));
            bool atStart = IsInitial(text, tokens, from);
            if (atStart && titles.Count == 0 && !known) return;
            // A word the article also writes in lower case is no name; in capitals too when it is five letters or more (a
            // shouted subhead's "SAVE A QUARTER" beside "a quarter of that"; an acronym is short: "US" beside "us" stays).
            if ((!acronym || w.Length >= 5) && lowerWords.Contains(w.ToLowerInvariant()) && !Gazetteer.Places.Contains(w)) return;
        }
        // After the one-word checks, which read the word as written ("Al-Khawaja" opening a sentence is known).
        LowerParticles(words);
        string? prev = null;
        // The word right before the name, with nothing but spaces between ("cool off, Kunin said": the comma ends the
        // phrase, so "off" is no preposition of the name).
        if (titles.Count == 0 && from > 0 && !IsInitial(text, tokens, from) && text.AsSpan(tokens[from - 1].End, tokens[from].Start - tokens[from - 1].End).IsWhiteSpace())
            prev = tokens[from - 1].Text;
        else if (titles.Count == 0)
        {
            // Look left of the sentence start for nothing: no previous word.
        }
        var cand = new Candidate
        {
            Context = ctx, Start = tokens[from].Start, End = tokens[to].End, Tokens = words, Titles = [.. titles],
            Initial = IsInitial(text, tokens, from), PrevWord = prev,
        };
        bool strong;
        if (datelinePlace || stateAbbreviation) (cand.KindHint, strong) = (EntityKind.Place, true);
        else if (wireCode) (cand.KindHint, strong) = (EntityKind.Organization, true);
        else cand.KindHint = Classify(cand, text, out strong);
        cand.StrongKind = strong;
        output.Add(cand);
    }

    /// <summary>
    /// Capitals that are the town of the article's wire dateline ("NEW YORK" of "NEW YORK (AP) --", "TAIPING" of
    /// "TAIPING, Sept. 16 (Xinhua) --"), as the cleaner read it: the place, named as the story names it.
    /// Without a wire dateline, capitals that open the text before a comma and a state abbreviation are a place
    /// too ("WASHINGTON, D.C. 20003 Tel: …", an address heading): the state abbreviation says so, as it does after
    /// a dateline's town.
    /// </summary>
    private static bool IsDatelinePlace(string text, WireDateline? wire, List<Token> tokens, int from, int to)
    {
        for (int k = from; k <= to; k++) if (!tokens[k].IsAllCaps || tokens[k].Text.Length < 2) return false;
        if (to == from && tokens[from].Text.Length < 3) return false;
        if (wire is not null) return wire.TownSpan.Length > 0 && tokens[from].Start == wire.TownSpan.Start && tokens[to].End <= wire.TownSpan.End;
        int first = 0;
        while (first < text.Length && char.IsWhiteSpace(text[first])) first++;
        if (tokens[from].Start != first || !text.AsSpan(tokens[to].End).StartsWith(", ", StringComparison.Ordinal)) return false;
        var after = text.AsSpan(tokens[to].End + 2);
        int space = after.IndexOfAny(' ', '\n');
        var abbreviation = space < 0 ? after : after[..space];
        return abbreviation.Length > 1 && abbreviation[^1] == '.' && Gazetteer.StateAbbreviations.Contains(abbreviation[..^1].ToString());
    }

    /// <summary>"Xinhua" in "TAIPING, Sept. 16 (Xinhua) --", "CBSMiami" in "FT LAUDERDALE (CBSMiami) –": the agency of the article's wire dateline.</summary>
    private static bool IsWireCode(WireDateline? wire, List<Token> tokens, int from, int to) =>
        wire is not null && wire.AgencySpan.Length > 0 && tokens[from].Start == wire.AgencySpan.Start && tokens[to].End == wire.AgencySpan.End;

    /// <summary>"Ore." in "PORTVILLE, Ore. (AP)": a state abbreviation after a comma, before its period.</summary>
    private static bool IsStateAbbreviation(string text, Token t)
    {
        var w = t.Text.TrimEnd('.');
        if (!Gazetteer.StateAbbreviations.Contains(w)) return false;
        int end = t.Start + w.Length;
        return t.Start >= 2 && text[t.Start - 1] == ' ' && text[t.Start - 2] == ',' && end < text.Length && text[end] == '.';
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> ModifierEndings = LanguageLexicon.English.Words("name-modifier-endings");

    /// <summary>A hyphenated modifier ending in a lower-case word of <c>name-modifier-endings</c> ("York-based", "Norwegian-owned"; not "Competency-Based Education").</summary>
    private static bool IsNameModifier(string w)
    {
        int dash = w.LastIndexOf('-');
        return dash > 0 && dash < w.Length - 1 && char.IsLower(w[dash + 1]) && ModifierEndings.Contains(w[(dash + 1)..]);
    }

    private static bool IsNonName(string w, bool initial, HashSet<string> lowerWords)
    {
        if (Gazetteer.Stop.Contains(w) || IsDateWord(w) || w.Contains("-year-old", StringComparison.OrdinalIgnoreCase) || Gazetteer.NumberWords.ContainsKey(w)) return true;
        if (initial && lowerWords.Contains(w.ToLowerInvariant()) && !Gazetteer.Places.Contains(w)) return true;
        return IsContraction(w);
    }

    /// <summary>A pronoun or verb with its contraction ("We're", "They’ll", "I've", "Don't"): never part of a name.</summary>
    private static bool IsContraction(string w)
    {
        int a = Math.Max(w.LastIndexOf('\''), w.LastIndexOf('’'));
        if (a <= 0) return false;
        var tail = w[(a + 1)..].ToLowerInvariant();
        return tail is "re" or "ll" or "ve" or "m" || (tail == "t" && (w[a - 1] is 'n' or 'N'));
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
        // "Democrats", "Republicans": a party's members as a body.
        if (words.Length == 1 && last.Length > 1 && last[^1] == 's' && PartyAdjectives.Contains(last[..^1])) return EntityKind.Organization;
        // "Department of Health", "Museum of Art", "Bank of America".
        for (int k = 1; k + 1 < words.Length; k++)
            if (words[k + 1] is "of" or "for" && Gazetteer.OrgSuffixes.Contains(words[k])) return EntityKind.Organization;
        if (words.Length >= 2 && (Gazetteer.PlaceSuffixes.Contains(last) || Gazetteer.PlacePrefixes.Contains(words[0]))) return EntityKind.Place;
        // "Hurricane Iris", "Tropical Storm Delia", "Lantern Festival", "Lakeshore Marathon": a happening, not a person.
        if (words.Length >= 2 && c.Titles.Count == 0 && (EventNameHeads.Contains(words[0]) || EventNameEndings.Contains(last))) return EntityKind.Other;
        if (c.Titles.Count > 0) return EntityKind.Person;
        strong = false;
        // "fled toward Lira", but not "research into Hale's family": before a possessive the preposition governs the
        // possessor's noun, and the name may be anyone's (a person's surname there would otherwise be read as a place
        // and join the organisation named after the person, "Hale Foundation").
        if (c.PrevWord is { } p && PlacePrepositions.Contains(p) && !Possessive(text, c.End)) return words.Length <= 2 ? EntityKind.Place : null;
        // "the town of Lira", "the port of Baraka".
        if (c.PrevWord == "of" && PlaceNounOf().IsMatch(text.AsSpan(Math.Max(0, c.Start - 24), Math.Min(24, c.Start)))) return EntityKind.Place;
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

    /// <summary>
    /// "Republican Donald Trump", "American Lindsey Vonn": an adjective of party or nation before a given name describes
    /// the person and is no part of the name. So does a party's adjective before a known place or before the words that
    /// come ahead of a title ("heavily Democratic Texas", "Democratic South Florida", "Democratic Tallahassee Mayor Andrew
    /// Gillum"). The run is tokens <paramref name="from"/> to <paramref name="to"/>, two words or more.
    /// </summary>
    private static bool OpensWithADescribingAdjective(List<Token> tokens, int from, int to)
    {
        var first = tokens[from].Text;
        bool party = PartyAdjectives.Contains(first);
        if ((party || NameEndingAdjectives.Contains(first)) && GivenNames.Contains(tokens[from + 1].Text)) return true;
        return party && (Gazetteer.Places.Contains(tokens[from + 1].Text)
            || (to - from <= 2 && Gazetteer.Places.Contains(tokens[to].Text))
            || (to + 1 < tokens.Count && Gazetteer.Titles.Contains(tokens[to + 1].Text)));
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> NameEndingAdjectives = LanguageLexicon.English.Words("name-ending-adjectives", caseSensitive: true);

    private static readonly System.Collections.Frozen.FrozenSet<string> EventNameHeads = LanguageLexicon.English.Words("event-name-heads", caseSensitive: true);

    private static readonly System.Collections.Frozen.FrozenSet<string> EventNameEndings = LanguageLexicon.English.Words("event-name-endings", caseSensitive: true);

    private static readonly System.Collections.Frozen.FrozenSet<string> PartyAdjectives = LanguageLexicon.English.Words("party-adjectives", caseSensitive: true);

    /// <summary>
    /// Whether a possessive follows the name ending at <paramref name="end"/>: "'s" (straight or curly apostrophe), or
    /// an apostrophe alone after a final s ("in Sanders' speech").
    /// </summary>
    private static bool Possessive(string text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '\u2019'
        && ((text[end + 1] is 's' or 'S' && (end + 2 == text.Length || !char.IsLetter(text[end + 2])))
            || (end > 0 && text[end - 1] is 's' && !char.IsLetterOrDigit(text[end + 1])));

    [GeneratedRegex(@"^(?:al|el|ad|as|ar|ash|an|bin|ibn|abu|abd|ben|de|da|di|du|van|von|le|la)-\p{Lu}")]
    private static partial Regex ParticleName();

    /// <summary>A lower-case particle of a surname ("de", "la", "van", "der", "al"; lexicon <c>name-connectors</c>, not "of" or "&amp;").</summary>
    /// <summary>"De la Torre", "Van der Meer" at a sentence's start: a capitalised particle before another one opens a surname.</summary>
    private static bool OpensWithParticles(List<Token> tokens, int from, int to) =>
        from + 2 <= to && tokens[from].Text.Length > 1 && IsParticle(char.ToLowerInvariant(tokens[from].Text[0]) + tokens[from].Text[1..]) && IsParticle(tokens[from + 1].Text);

    private static bool IsParticle(string w) => w is not ("of" or "&") && Connectors.Contains(w);

    /// <summary>
    /// A surname's particles in one case, so a name written at a sentence's start is the name written inside one:
    /// "De la Torre" and "Van der Meer" (two particles) open with "de la", "van der"; a hyphenated particle is lower
    /// case ("Al-Amin" is "al-Amin"). One capitalised particle stays as written ("Le Monde", "Del Monte").
    /// </summary>
    private static void LowerParticles(string[] words)
    {
        if (words.Length >= 3 && IsParticle(words[1]) && words[0].Length > 1 && char.IsUpper(words[0][0]) && IsParticle(char.ToLowerInvariant(words[0][0]) + words[0][1..]))
            words[0] = char.ToLowerInvariant(words[0][0]) + words[0][1..];
        for (int k = 0; k < words.Length; k++)
        {
            int dash = words[k].IndexOf('-');
            if (dash > 0 && char.IsUpper(words[k][0]) && char.IsUpper(words[k][dash + 1 < words[k].Length ? dash + 1 : 0]))
            {
                var lowered = char.ToLowerInvariant(words[k][0]) + words[k][1..];
                if (ParticleName().IsMatch(lowered)) words[k] = lowered;
            }
        }
    }

    [GeneratedRegex(@"\b(?:town|city|village|port|province|county|region|district|capital|island|state|suburb)\s+of\s+$")]
    private static partial Regex PlaceNounOf();

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
                if (((IsSubsequence(form.Tokens, b.Tokens) && !DistinctInstitution(form.Tokens, b.Tokens)) || SameNameFuzzy(form.Tokens, b.Tokens)) && Compatible(kind, b)) target = b;
            }
            target ??= New(builders, form.Tokens);
            Add(target, form.Items);
        }
        // Single words join an entity one article at a time: "Marsh" is Ellen Marsh where she is named, Robert Marsh
        // where he is, and stays on its own where both or neither are.
        var tokenOwners = new Dictionary<string, List<Builder>>(StringComparer.Ordinal);
        foreach (var b in builders)
            foreach (var t in b.Mentions.SelectMany(m => m.Tokens).Append(b.Tokens[0]).Distinct(StringComparer.Ordinal))
            {
                if (!tokenOwners.TryGetValue(t, out var l)) tokenOwners[t] = l = [];
                l.Add(b);
            }
        var endings = new Dictionary<(ArticleContext, int), Builder>();
        foreach (var b in builders)
            foreach (var m in b.Mentions) endings[(m.Context, m.End)] = b;
        var deferred = new List<(string[] Tokens, List<Candidate> Items, int Total)>();
        foreach (var form in singles)
        {
            var w = form.Tokens[0];
            foreach (var group in form.Items.GroupBy(c => c.Context))
            {
                var items = group.ToList();
                var target = SingleTarget(w, items, form.Items, builders, tokenOwners, endings);
                if (target is null) { deferred.Add((form.Tokens, items, form.Items.Count)); continue; }
                Add(target, items);
            }
        }
        // What joined nothing by name: the same word on its own elsewhere, else a misspelling, else a new entity.
        foreach (var (tokens, items, total) in deferred)
        {
            var w = tokens[0];
            var target = builders.FirstOrDefault(b => b.Tokens.Length == 1 && Eq(b.Tokens[0], w)) ?? Misspelt(w, items, total, builders);
            target ??= New(builders, tokens);
            Add(target, items);
        }
        return builders;

        static bool Eq(string a, string b) => string.Equals(a, b, StringComparison.Ordinal);
    }

    /// <summary>
    /// The entity a single word joins in one article, or null: a person whose surname or given name it is (one such
    /// person in the story, else the one named in this article, nearest before), an initialism defined in the text
    /// ("Federal Trade Office (FTO)"), the head word of an organisation or place, or a misspelt surname. A word used
    /// as a place in the article ("fled toward Lira") joins no person, unless only a preposition said so and the word's
    /// other uses outvote it (a surname written often, once after "from").
    /// </summary>
    private static Builder? SingleTarget(string w, List<Candidate> items, List<Candidate> storyUses, List<Builder> builders,
        Dictionary<string, List<Builder>> tokenOwners, Dictionary<(ArticleContext, int), Builder> endings)
    {
        var kind = Vote(items);
        var (strongPlace, weakPlaces) = PlaceHints(items);
        bool placeUse = kind != EntityKind.Person && (strongPlace || weakPlaces > 0);
        bool orgUse = kind == EntityKind.Organization;
        var ctx = items[0].Context;
        if (w.Length >= 2 && w.All(ch => !char.IsLetter(ch) || char.IsUpper(ch)))
        {
            // An initialism right after the name it abbreviates: "the Federal Trade Office (FTO)".
            foreach (var c in items)
                if (c.Start >= 2 && ctx.Text[c.Start - 1] == '(' && endings.TryGetValue((ctx, c.Start - 2), out var named) && Initials(named.Tokens, w)) return named;
            var defined = endings.Where(kv => kv.Key.Item2 + 2 < kv.Key.Item1.Text.Length && kv.Key.Item1.Text[kv.Key.Item2 + 1] == '('
                    && string.CompareOrdinal(kv.Key.Item1.Text, kv.Key.Item2 + 2, w, 0, w.Length) == 0 && Initials(kv.Value.Tokens, w))
                .Select(kv => kv.Value).FirstOrDefault();
            if (defined is not null) return defined;
        }
        var owners = tokenOwners.GetValueOrDefault(w) ?? [];
        // A preposition of place before the word does not make it a town when it is the surname of a person in the story
        // (named with a given name or a title) and it is outvoted: the article uses the word at least four times for each
        // such preposition ("Sanders is under pressure", "the Sanders campaign", then "benefits from Sanders staying in the
        // race"), or the story names the people of that surname (in full, or by the word with no such preposition) at least
        // four times for each ("leaning toward Clinton", "support from McCain"). Which of several people it is, the
        // article says as before (below). "Fled toward Lira", said once of a town in a story that names Samuel Lira twice,
        // stays a town.
        bool surnamePlaceUse = placeUse;
        if (placeUse && !strongPlace)
        {
            var named = owners.Where(b => b.IsPerson && b.Mentions.Any(m => m.Tokens.Length >= 2 && Eq(m.Tokens[^1], w) && (m.Titles.Count > 0 || GivenNames.Contains(m.Tokens[0])))).ToList();
            if (named.Count > 0
                && ((items.Count >= MinUsesToOutvoteAPreposition && MinUsesToOutvoteAPreposition * weakPlaces <= items.Count)
                    || named.Sum(b => b.Mentions.Count) + storyUses.Count(c => c.KindHint != EntityKind.Place) >= MinUsesToOutvoteAPreposition * weakPlaces))
                surnamePlaceUse = false;
        }
        if (!orgUse && (!Gazetteer.Places.Contains(w) || kind == EntityKind.Person))
        {
            // A surname before a given name; among several people, the one this article names. A word used as a place in the
            // article is no given name ("aide on Chechnya Sergei Yastrzhembsky" does not make "in Chechnya" a person).
            foreach (var surname in new[] { true, false })
            {
                if (surname ? surnamePlaceUse : placeUse) continue;
                var people = owners.Where(b => b.IsPerson && b.Mentions.Any(m => m.Tokens.Length >= 2 && Eq(surname ? m.Tokens[^1] : m.Tokens[0], w))).ToList();
                if (people.Count == 1) return people[0];
                // Where only the count of uses made the word no place, an article that names none of them may still mean
                // the company of that name ("Ingram" for Ingram Industries): the organisations below are looked at next.
                if (people.Count > 1)
                {
                    var nearest = NearestNamed(people, items[0]);
                    if (nearest is not null || !placeUse) return nearest;
                    break;
                }
            }
        }
        if (kind != EntityKind.Place)
        {
            int bestScore = 0;
            Builder? target = null;
            foreach (var b in owners)
            {
                if (b.Tokens.Length < 2 || b.IsPerson) continue;
                int score = 0;
                // "Halcyon" for "Halcyon Software Corp" (or for "Halvorsen Group of Norway", also written "Halvorsen
                // Group"); not "Galveston" for "Galveston Bay" (a city is not its bay).
                if (Eq(b.Tokens[0], w) && (OrgHead(b.Tokens, w) || b.Mentions.Any(m => OrgHead(m.Tokens, w)))) score = 2;
                else if (b.Kind == EntityKind.Other) score = 1;
                if (score > bestScore || (score == bestScore && score > 0 && target is not null && b.Mentions.Count > target.Mentions.Count)) { bestScore = score; target = b; }
            }
            if (target is not null) return target;
        }
        return null;

        static bool Eq(string a, string b) => string.Equals(a, b, StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether any use of a word in <paramref name="items"/> is a place by strong evidence (a gazetteer, suffix or
    /// dateline), and how many are places only by a preposition before them.
    /// </summary>
    private static (bool Strong, int Weak) PlaceHints(List<Candidate> items)
    {
        int weak = 0;
        foreach (var c in items)
            if (c.KindHint == EntityKind.Place)
            {
                if (c.StrongKind) return (true, 0);
                weak++;
            }
        return (false, weak);
    }

    /// <summary>
    /// Uses of a single word for each place preposition before it that make it no place: in the article, or in the story
    /// together with the mentions of its people of that surname.
    /// </summary>
    private const int MinUsesToOutvoteAPreposition = 4;

    /// <summary>"Halcyon Software Corp" for "Halcyon": the word, then only organisation words that are no civic ones ("Bay", "County").</summary>
    private static bool OrgHead(string[] tokens, string w) =>
        tokens.Length >= 2 && string.Equals(tokens[0], w, StringComparison.Ordinal)
        && tokens.Skip(1).All(t => Gazetteer.OrgSuffixes.Contains(t) && !Gazetteer.CivicSuffixes.Contains(t));

    /// <summary>
    /// A misspelt name that joined nothing: one edit from the surname of a person mentioned more often ("Okonkow"),
    /// or, written once and without a title, from a given name the story also uses alone ("Kayne" where "Kanye" is
    /// written). A name used several times or with a title is a name of its own: "President Obama" is never
    /// "Osama bin Laden", "Kadar" never "Kader al-Mansur".
    /// </summary>
    private static Builder? Misspelt(string w, List<Candidate> items, int totalCount, List<Builder> builders)
    {
        var kind = Vote(items);
        if (w.Length < 4 || Gazetteer.Places.Contains(w) || items.Any(c => c.KindHint is EntityKind.Place or EntityKind.Organization) || kind is not (null or EntityKind.Person)) return null;
        // "Kardashians" is the family, not a misspelling of Kim Kardashian.
        static bool Plural(string a, string b) => a.Length == b.Length + 1 && a[^1] == 's' && a.StartsWith(b, StringComparison.Ordinal);
        foreach (var b in builders.Where(b => b.IsPerson && b.Tokens.Length >= 2 && b.Mentions.Count > totalCount).OrderByDescending(b => b.Mentions.Count))
            if (b.Tokens[^1][0] == w[0] && !Plural(w, b.Tokens[^1]) && !Plural(b.Tokens[^1], w) && FactText.EditDistance(b.Tokens[^1], w, 1) <= 1) return b;
        if (totalCount != 1 || items.Any(c => c.Titles.Count > 0)) return null;
        foreach (var b in builders.Where(b => b.IsPerson && b.Tokens.Length >= 2).OrderByDescending(b => b.Mentions.Count))
        {
            var given = b.Tokens[0];
            if (given[0] == w[0] && !Plural(w, given) && FactText.EditDistance(given, w, 1) <= 1 && b.Mentions.Any(m => m.Tokens.Length == 1 && m.Tokens[0] == given)) return b;
        }
        return w.Length >= 5 ? builders.FirstOrDefault(b => b.Tokens.Length == 1 && b.Mentions.Count >= 2 && b.Tokens[0][0] == w[0] && FactText.EditDistance(b.Tokens[0], w, 1) <= 1) : null;
    }

    /// <summary>Of several people sharing a name part, the one whose full name this article gives nearest before <paramref name="at"/> (else first after); null when it names none.</summary>
    private static Builder? NearestNamed(List<Builder> people, Candidate at)
    {
        Builder? before = null, after = null;
        int beforePos = -1, afterPos = int.MaxValue;
        foreach (var b in people)
            foreach (var m in b.Mentions)
            {
                if (m.Context != at.Context || m.Tokens.Length < 2) continue;
                if (m.Start < at.Start && m.Start > beforePos) { beforePos = m.Start; before = b; }
                else if (m.Start > at.Start && m.Start < afterPos) { afterPos = m.Start; after = b; }
            }
        return before ?? after;
    }

    /// <summary>Whether <paramref name="acronym"/> spells the initials of <paramref name="words"/> (connectors such as "of" may or may not count).</summary>
    private static bool Initials(string[] words, string acronym)
    {
        var letters = acronym.Where(char.IsLetter).ToArray();
        if (letters.Length < 2 || words.Length < 2) return false;
        return Match(0, 0);

        bool Match(int wi, int li)
        {
            if (wi == words.Length) return li == letters.Length;
            var word = words[wi];
            bool connector = Connectors.Contains(word) || word is "and" or "for" or "the";
            if (li < letters.Length && char.ToUpperInvariant(word[0]) == letters[li] && Match(wi + 1, li + 1)) return true;
            return connector && Match(wi + 1, li);
        }
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

    /// <summary>
    /// Whether the longer name is another institution built on the shorter one rather than its full form: "New York"
    /// in "Kim Take New York", "Wayne County" in "Wayne County Prosecutor Office", "Grateful Dead" in "Grateful Dead
    /// Ticketing Service" (but "Wayne State" is "Wayne State University" and "Halcyon Software" is "Halcyon Software Corp").
    /// </summary>
    private static bool DistinctInstitution(string[] small, string[] big)
    {
        if (small.Length == big.Length) return false;
        bool prefix = big.AsSpan(0, small.Length).SequenceEqual(small);
        var rest = prefix ? big.AsSpan(small.Length) : [];
        // A place name joins only its own longer form ("United States of America"), not a title or an organisation
        // built on it ("Kim Take New York", "New York Times").
        if (Gazetteer.Places.Contains(string.Join(' ', small)))
        {
            if (!prefix) return true;
            foreach (var t in rest) if (Gazetteer.OrgSuffixes.Contains(t)) return true;
            return false;
        }
        if (!prefix) return false;
        bool restHasHead = false;
        foreach (var t in rest) if (Gazetteer.OrgSuffixes.Contains(t) && !Gazetteer.LegalSuffixes.Contains(t) && !Gazetteer.LegalForms.ContainsKey(t)) restHasHead = true;
        if (!restHasHead) return false;
        var last = small[^1];
        return rest.Length >= 2 || Gazetteer.OrgSuffixes.Contains(last) || Gazetteer.PlaceSuffixes.Contains(last) || Gazetteer.CivicSuffixes.Contains(last);
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
            // "Ostrander Corp." and "Ostrander Corporation".
            if (k == a.Length - 1 && k > 0 && Gazetteer.LegalForms.GetValueOrDefault(x, x) == Gazetteer.LegalForms.GetValueOrDefault(y, y)) continue;
            if (k < a.Length - 1 && x.Length >= 3 && y.Length >= 3 && (x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal))) continue;
            if (Math.Min(x.Length, y.Length) >= 4 && x[0] == y[0] && FactText.EditDistance(x, y, 1) <= 1) { edits++; continue; }
            return false;
        }
        return edits <= 1;
    }

    private static List<EntityFact> Finish(List<Builder> builders, Dictionary<(ArticleContext, string), HashSet<EntityFact>> titleHolders)
    {
        var ordered = builders.OrderByDescending(b => b.Mentions.Count).ThenBy(b => b.Mentions.Min(m => m.Context.Article.Index * 1_000_000 + m.Start)).ToList();
        var result = new List<EntityFact>(ordered.Count);
        int n = 0;
        foreach (var b in ordered)
        {
            var forms = b.Mentions.GroupBy(m => m.Key, StringComparer.Ordinal).OrderByDescending(g => g.First().Tokens.Length).ThenByDescending(g => g.Count()).ToList();
            var name = forms[0].Key;
            var kind = b.Votes.Count > 0 ? b.Kind : GuessUnvoted(b);
            // "Democrat Sofia Alvarez", "Rookie Jamal Okafor": a word before a full name (a given name and more) that
            // the story also writes without it describes the person (a party, a role); the name is the full name. A
            // given name there is part of the name ("Sarah Jessica Parker"); without a given name after it, the
            // word may be the name's own ("Hervé Le Bras", "South Los Angeles").
            if (kind == EntityKind.Person && forms[0].First().Tokens is { Length: >= 3 } longest && !GivenNames.Contains(longest[0]) && GivenNames.Contains(longest[1]))
            {
                var rest = string.Join(' ', longest.Skip(1));
                if (forms.Any(g => g.Key == rest)) name = rest;
            }
            // Particles are compared in lower case ("Al-Jazeera" is keyed "al-Jazeera"): a name no mention writes so is
            // shown as the story writes it most often.
            if (name.Split(' ').Any(t => t.Length > 0 && char.IsLower(t[0])))
            {
                var written = b.Mentions.Select(m => m.Context.Text.Substring(m.Start, m.End - m.Start))
                    .Where(t => string.Equals(t, name, StringComparison.OrdinalIgnoreCase)).ToList();
                if (written.Count > 0 && !written.Contains(name, StringComparer.Ordinal))
                    name = written.GroupBy(t => t, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key;
            }
            var e = new EntityFact { Id = "e" + (++n), Name = name, EntityKind = kind };
            foreach (var form in b.Mentions.Select(m => m.Key).Distinct(StringComparer.Ordinal)) e.Aliases.Add(form);
            e.Titles.AddRange(b.Titles);
            foreach (var m in b.Mentions.OrderBy(m => m.Context.Article.Index).ThenBy(m => m.Start))
            {
                var span = new Model.TextSpan(m.Start, m.End - m.Start);
                e.Mentions.Add(new FactMention(m.Context.Article, span, m.Context.Text.Substring(m.Start, m.End - m.Start)));
                m.Context.Mentions.Add((span, e));
                if (kind == EntityKind.Person)
                    foreach (var t in m.Titles)
                    {
                        var key = (m.Context, t.TrimEnd('.').ToLowerInvariant());
                        if (!titleHolders.TryGetValue(key, out var set)) titleHolders[key] = set = [];
                        set.Add(e);
                    }
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
            if (AgeOrSpeech.IsMatch(rest)) return EntityKind.Person;
        }
        return EntityKind.Other;
    }

    // After a name: an age (", 45,") or a verb that only a person takes ("said", "declined").
    [WordPattern]
    internal const string AgeOrSpeechPattern = @"^(?:,\s*\d{1,3},|\s+(?:{@say-verbs-person-cue}|is \d{1,3}\b))";

    private static Regex AgeOrSpeech { get; } = WordPatterns.Get(AgeOrSpeechPattern);

    [GeneratedRegex(@"\b[Tt]he\s+(?<w1>[a-z][a-z-]+)(?:\s+(?<w2>[a-z][a-z-]+))?\b")]
    private static partial Regex Description();

    /// <summary>
    /// Adds "the mayor"-style mentions for descriptions learnt from titles ("Mayor Maria Lopez"), article by article:
    /// "the president" is the person this article titles President, and nobody when it titles two people so or none
    /// (a title never crosses to another article's holder, or to that holder's opponent).
    /// </summary>
    private static void AddDescriptorMentions(IReadOnlyList<ArticleContext> contexts, List<EntityFact> entities, Dictionary<(ArticleContext, string), HashSet<EntityFact>> titleHolders)
    {
        var byTitle = new Dictionary<(ArticleContext, string), EntityFact>();
        foreach (var ((ctx, t), holders) in titleHolders)
        {
            if (t is "mr" or "mrs" or "ms" or "miss" or "dr" or "sir" or "dame" or "di" or "dci" or "head" or "parent" or "resident") continue;
            if (holders.Count == 1) byTitle[(ctx, t)] = holders.First();
        }
        if (byTitle.Count == 0) return;
        foreach (var ctx in contexts)
        {
            // The overlap check searches the name mentions, sorted; descriptions found here join them afterwards.
            ctx.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            var found = new List<(Model.TextSpan Span, EntityFact Entity)>();
            foreach (Match m in Description().Matches(ctx.Text))
            {
                var w1 = m.Groups["w1"];
                var w2 = m.Groups["w2"];
                EntityFact? e;
                int end;
                if (w2.Success && byTitle.TryGetValue((ctx, w1.Value + " " + w2.Value), out e)) end = w2.Index + w2.Length;
                else if (byTitle.TryGetValue((ctx, w1.Value), out e)) end = w1.Index + w1.Length;
                else if (w2.Success && !Gazetteer.Stop.Contains(w1.Value) && byTitle.TryGetValue((ctx, w2.Value), out e)) end = w2.Index + w2.Length;
                else continue;
                // "the Mayor Lopez" / "the mayor's office" are fine; "the mayor of X" names another office.
                if (end + 3 < ctx.Text.Length && ctx.Text.AsSpan(end).StartsWith(" of ", StringComparison.Ordinal)) continue;
                var span = new Model.TextSpan(m.Index, end - m.Index);
                if (ctx.AnyMentionOverlaps(span)) continue;
                var surface = ctx.Text.Substring(span.Start, span.Length);
                e.Mentions.Add(new FactMention(ctx.Article, span, surface));
                found.Add((span, e));
                var alias = surface.ToLowerInvariant();
                if (!e.Aliases.Contains(alias)) e.Aliases.Add(alias);
            }
            ctx.Mentions.AddRange(found);
        }
        foreach (var e in entities) e.Mentions.Sort((a, b) => a.Article.Index != b.Article.Index ? a.Article.Index.CompareTo(b.Article.Index) : a.Span.Start.CompareTo(b.Span.Start));
    }
}
