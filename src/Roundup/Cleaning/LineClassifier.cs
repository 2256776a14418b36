using System.Buffers;
using R = Roundup.Cleaning.BoilerplateReason;

namespace Roundup.Cleaning;

/// <summary>What the classifier found for one line.</summary>
/// <param name="Reason">The boilerplate reason, or null when the line is story text.</param>
/// <param name="IsCreditOnly">True when the line is only a photo credit, so a short caption may follow it.</param>
/// <param name="IsDateline">True when the line is a dateline/timestamp that may carry the publication date.</param>
/// <param name="StartsList">True when the line heads a list of short topic/tag lines ("Topics", "Tags").</param>
/// <param name="Rule">The rule that fired (a name in <c>Lexicon/en/boilerplate-rules.txt</c>, or "furniture-phrases", "separator").</param>
internal readonly record struct LineVerdict(string? Reason, bool IsCreditOnly = false, bool IsDateline = false, bool StartsList = false, string? Rule = null)
{
    public static LineVerdict Story => default;
}

/// <summary>
/// Decides, line by line, whether a line of crawled news is boilerplate, by trying the rules of the lexicon
/// (<c>Lexicon/en/boilerplate-rules.txt</c>, <c>furniture-phrases.txt</c>) in order. The engine holds no knowledge of
/// English: its gates (the first-word table, the keyword searches) are built from the rules' triggers when they load.
/// Cheap on story lines: a rule's pattern runs only when the line is within the rule's limits and one of its
/// triggers is present; triggers are computed once a line. Allocation-free.
/// </summary>
internal static class LineClassifier
{
    /// <summary>Characters that open a quotation; lines containing them get extra care.</summary>
    private static readonly SearchValues<char> QuoteChars = SearchValues.Create("\"“”«»„");

    /// <summary>Leading decoration stripped before the anchored rules ("► Related:", "— Updated at …", "[Sign up …]").</summary>
    private static readonly SearchValues<char> Decoration = SearchValues.Create("-—–•►▶*>[|~=_ \u00a0\t");

    /// <summary>Classifies one line (already trimmed of surrounding whitespace) with the English rules.</summary>
    public static LineVerdict Classify(ReadOnlySpan<char> line) => Classify(BoilerplateRules.English, line);

    /// <summary>Classifies one line (already trimmed of surrounding whitespace) with the given rules.</summary>
    public static LineVerdict Classify(BoilerplateRules rules, ReadOnlySpan<char> line)
    {
        if (line.IsEmpty) return LineVerdict.Story;
        bool any = false;
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c)) { any = true; break; }
        }
        if (!any) return new(R.Separator, Rule: "separator");

        int lead = line.IndexOfAnyExcept(Decoration);
        var core = lead <= 0 ? line : line[lead..];
        var coreTrim = core.TrimEnd(".:!]| \u00a0");
        if (coreTrim.Length <= 60 && rules.PhraseLookup.TryGetValue(coreTrim, out var phrase))
            return new(phrase.Reason, IsCreditOnly: phrase.Reason == R.PhotoCredit, StartsList: phrase.List, Rule: "furniture-phrases");
        if (core.Length <= 48 && rules.PhraseLookup.TryGetValue(core, out phrase))
            return new(phrase.Reason, IsCreditOnly: phrase.Reason == R.PhotoCredit, Rule: "furniture-phrases");

        var facts = new LineFacts(rules, line, core);
        Span<sbyte> found = stackalloc sbyte[rules.Searches.Length * 2];
        found.Clear();
        int length = line.Length;
        bool openAtStart = facts.OpenAtStart, quoted = facts.HasQuote;
        foreach (var rule in rules.Rules)
        {
            // The cheapest tests, which turn most rules away on most lines, without a call.
            if ((rule.OpensOnlyAtStart && !openAtStart) || length > rule.MaxLength || length < rule.MinLength
                || (quoted && rule.Quotes == QuoteHandling.Skip)) continue;
            if (Fires(ref facts, found, rule)) return rule.Verdict;
        }
        return LineVerdict.Story;
    }

    /// <summary>Why a rule does not fire on a line on its own (null when it fires); used to check each rule's example.</summary>
    internal static string? WhyNot(BoilerplateRules rules, BoilerplateRule rule, string example, bool matchPattern = true)
    {
        var line = example.AsSpan().Trim();
        int lead = line.IndexOfAnyExcept(Decoration);
        var facts = new LineFacts(rules, line, lead <= 0 ? line : line[lead..]);
        Span<sbyte> found = stackalloc sbyte[rules.Searches.Length * 2];
        found.Clear();
        if (matchPattern ? Fires(ref facts, found, rule) : Opens(ref facts, found, rule)) return null;
        if (line.Length > rule.MaxLength || line.Length < rule.MinLength) return "the example is outside the rule's length limits";
        if (rule.HasTrigger && !Triggered(ref facts, found, rule))
            return $"none of its triggers is present (first word '{facts.FirstWord.ToString()}')";
        return matchPattern ? "its pattern does not match, or its quotes or ends-with conditions exclude it" : "its quotes or ends-with conditions exclude it";
    }

    /// <summary>Whether every gate of <paramref name="rule"/> lets the line through to its pattern.</summary>
    private static bool Opens(scoped ref LineFacts f, scoped Span<sbyte> found, BoilerplateRule rule)
    {
        var line = f.Line;
        // Lines that no first word or first character opens skip every rule that only those open, at one test.
        if (rule.OpensOnlyAtStart && !f.OpenAtStart) return false;
        if (line.Length > rule.MaxLength || line.Length < rule.MinLength) return false;
        if (rule.HasEndsWith && !rule.EndsWith.Contains(line[^1])) return false;
        if (rule.HasNotEndsWith && rule.NotEndsWith.Contains(line[^1])) return false;
        if (rule.Quotes == QuoteHandling.Skip && f.HasQuote) return false;
        if (rule.HasTrigger && !Triggered(ref f, found, rule)) return false;
        return !(rule.Quotes == QuoteHandling.SkipSpeech && f.HasQuote && f.IsSpeech());
    }

    private static bool Fires(scoped ref LineFacts f, scoped Span<sbyte> found, BoilerplateRule rule)
    {
        if (!Opens(ref f, found, rule)) return false;
        var line = f.Line;
        var input = rule.Input switch
        {
            RuleInput.Core => f.Core,
            RuleInput.Tail => line.Length > BoilerplateRules.TailLength ? line[^BoilerplateRules.TailLength..] : line,
            RuleInput.Last160 => line.Length > 160 ? line[^160..] : line,
            RuleInput.First160 => line[..Math.Min(line.Length, 160)],
            _ => line,
        };
        if (rule.MatchStartsBefore == int.MaxValue) return rule.Pattern.IsMatch(input);
        foreach (var m in rule.Pattern.EnumerateMatches(input)) return m.Index < rule.MatchStartsBefore;
        return false;
    }

    private static bool Triggered(scoped ref LineFacts f, scoped Span<sbyte> found, BoilerplateRule rule)
    {
        if (rule.FirstWordIndex >= 0 && f.FirstWordRules is { } row && row[rule.FirstWordIndex]) return true;
        if (rule.HasFirstChar && rule.FirstChar.Contains(rule.Input == RuleInput.Core ? f.Core[0] : f.Line[0])) return true;
        if (rule.HasTriggerEndsWith && rule.TriggerEndsWith.Contains(f.Line[^1])) return true;
        foreach (var id in rule.Contains)
            if (Search(found, id, f.Line, f.Rules)) return true;
        if (rule.TailContains.Length > 0)
        {
            var tail = f.Line.Length > BoilerplateRules.TailLength ? f.Line[^BoilerplateRules.TailLength..] : f.Line;
            int offset = f.Rules.Searches.Length;
            foreach (var id in rule.TailContains)
                if (Search(found[offset..], id, tail, f.Rules)) return true;
        }
        return false;
    }

    /// <summary>Runs keyword search <paramref name="id"/> once a line and remembers the answer.</summary>
    private static bool Search(Span<sbyte> found, int id, ReadOnlySpan<char> text, BoilerplateRules rules)
    {
        if (found[id] == 0) found[id] = (sbyte)(rules.Searches[id].FoundIn(text) ? 1 : -1);
        return found[id] > 0;
    }

    /// <summary>What the rules ask of a line, computed once (quotation marks, first word) or on first use (speech).</summary>
    private ref struct LineFacts
    {
        private sbyte _speech;

        public LineFacts(BoilerplateRules rules, ReadOnlySpan<char> line, ReadOnlySpan<char> core)
        {
            Rules = rules;
            Line = line;
            Core = core;
            HasQuote = line.IndexOfAny(QuoteChars) >= 0;
            int n = 0;
            while (n < core.Length && n < BoilerplateRules.MaxFirstWord && char.IsLetter(core[n])) n++;
            FirstWord = n is > 0 and < BoilerplateRules.MaxFirstWord ? core[..n] : default;
            if (!FirstWord.IsEmpty)
            {
                Span<char> lower = stackalloc char[BoilerplateRules.MaxFirstWord];
                int len = FirstWord.ToLowerInvariant(lower);
                FirstWordRules = rules.FirstWordLookup.TryGetValue(lower[..len], out var row) ? row : null;
            }
            OpenAtStart = FirstWordRules is not null || rules.StartChars.Contains(core[0]) || rules.StartChars.Contains(line[0]);
        }

        public BoilerplateRules Rules { get; }
        public ReadOnlySpan<char> Line { get; }
        public ReadOnlySpan<char> Core { get; }
        public bool HasQuote { get; }
        public ReadOnlySpan<char> FirstWord { get; }
        public bool[]? FirstWordRules { get; }

        /// <summary>True when the first word opens some rule, or the first character (of the line or its core) does.</summary>
        public bool OpenAtStart { get; }

        public bool IsSpeech()
        {
            if (_speech == 0) _speech = (sbyte)(Rules.Speech.IsMatch(Line) ? 1 : -1);
            return _speech > 0;
        }
    }
}
