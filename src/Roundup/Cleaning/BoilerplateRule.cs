using System.Buffers;
using System.Collections.Frozen;
using System.Reflection;
using System.Text.RegularExpressions;
using Roundup.Lexicon;

namespace Roundup.Cleaning;

/// <summary>What a rule's pattern reads of a line.</summary>
internal enum RuleInput
{
    /// <summary>The whole (trimmed) line.</summary>
    Line,

    /// <summary>The line without leading decoration ("► ", "— ", "[").</summary>
    Core,

    /// <summary>The last <see cref="BoilerplateRules.TailLength"/> characters.</summary>
    Tail,

    /// <summary>The last 160 characters.</summary>
    Last160,

    /// <summary>The first 160 characters.</summary>
    First160,
}

/// <summary>How a rule treats lines with a quotation mark.</summary>
internal enum QuoteHandling
{
    /// <summary>Quotation marks do not matter.</summary>
    Any,

    /// <summary>The rule never runs on a line with a quotation mark.</summary>
    Skip,

    /// <summary>The rule never runs on quoted speech (a quotation mark and the quoted-speech guard).</summary>
    SkipSpeech,
}

/// <summary>A set of characters written in the rules file ("digit" stands for any digit).</summary>
internal readonly record struct CharChoice(string Chars, bool Digit)
{
    public bool IsEmpty => Chars.Length == 0 && !Digit;

    public bool Contains(char c) => (Digit && char.IsDigit(c)) || Chars.AsSpan().Contains(c);

    public static CharChoice Parse(IEnumerable<string> items)
    {
        bool digit = false;
        var chars = "";
        foreach (var item in items)
        {
            if (item == "digit") digit = true;
            else if (item.Length == 1) chars += item;
            else throw new FormatException($"'{item}' is not one character (or 'digit').");
        }
        return new(chars, digit);
    }
}

/// <summary>One boilerplate rule, read from a record of the lexicon's <c>boilerplate-rules</c> list.</summary>
internal sealed class BoilerplateRule
{
    public required string Name { get; init; }
    public required LineVerdict Verdict { get; init; }
    public required Regex Pattern { get; init; }
    public required string Example { get; init; }
    public RuleInput Input { get; init; }
    public int MaxLength { get; init; } = int.MaxValue;
    public int MinLength { get; init; }
    public int MatchStartsBefore { get; init; } = int.MaxValue;
    public QuoteHandling Quotes { get; init; }
    public CharChoice EndsWith { get; init; }
    public CharChoice NotEndsWith { get; init; }

    // Triggers (alternatives); a rule without any runs on every line within its limits.
    public int FirstWordIndex { get; set; } = -1;
    public IReadOnlyList<string> FirstWords { get; init; } = [];
    public CharChoice FirstChar { get; init; }
    public CharChoice TriggerEndsWith { get; init; }
    public int[] Contains { get; set; } = [];
    public int[] TailContains { get; set; } = [];
    public bool HasTrigger { get; private set; }

    /// <summary>Works out the flags the classifier reads on every line, once the rule is built.</summary>
    public BoilerplateRule Seal()
    {
        HasTrigger = FirstWords.Count > 0 || !FirstChar.IsEmpty || !TriggerEndsWith.IsEmpty || Contains.Length > 0 || TailContains.Length > 0;
        HasEndsWith = !EndsWith.IsEmpty;
        HasNotEndsWith = !NotEndsWith.IsEmpty;
        HasFirstChar = !FirstChar.IsEmpty;
        HasTriggerEndsWith = !TriggerEndsWith.IsEmpty;
        OpensOnlyAtStart = HasTrigger && !HasTriggerEndsWith && Contains.Length == 0 && TailContains.Length == 0;
        return this;
    }

    public bool HasEndsWith { get; private set; }
    public bool HasNotEndsWith { get; private set; }
    public bool HasFirstChar { get; private set; }
    public bool HasTriggerEndsWith { get; private set; }

    /// <summary>True when only the line's first word or character can open the rule (most anchored rules).</summary>
    public bool OpensOnlyAtStart { get; private set; }
}

/// <summary>
/// The boilerplate rules of one language, loaded from its lexicon, with the gates built from the rules' triggers:
/// a first-word table (word → which rules it opens) and keyword searches of at most eight strings each (the size
/// at which <see cref="SearchValues{T}"/> searches vectorised), shared by the rules that name the same set.
/// </summary>
internal sealed class BoilerplateRules
{
    /// <summary>Length of the line's tail that <c>tail-contains</c> searches and <c>read: tail</c> reads.</summary>
    public const int TailLength = 72;

    /// <summary>Longest first word looked up in the first-word table.</summary>
    public const int MaxFirstWord = 16;

    private const int SearchChunk = 8;

    private BoilerplateRules(List<BoilerplateRule> rules, Regex speech, List<SearchValues<string>> searches,
        Dictionary<string, bool[]> firstWords, Dictionary<string, (string Reason, bool List)> phrases)
    {
        Rules = [.. rules];
        Speech = speech;
        Searches = [.. searches];
        FirstWordTable = firstWords;
        FirstWordLookup = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Phrases = phrases;
        PhraseLookup = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The rules in the order they are tried (an array: the classifier loops over it on every line).</summary>
    public BoilerplateRule[] Rules { get; }

    /// <summary>Every character some rule's <c>first-char</c> trigger names (with whether any names "digit").</summary>
    public CharChoice StartChars { get; private init; }

    /// <summary>The quoted-speech guard of <c>quotes: skip-speech</c>.</summary>
    public Regex Speech { get; }

    /// <summary>The keyword searches the rules' <c>contains</c> triggers index into.</summary>
    public SearchValues<string>[] Searches { get; }

    /// <summary>First word (lower case) → for each rule, whether the word is one of its first-word triggers.</summary>
    /// <remarks>
    /// A plain dictionary, not a frozen one: it is built at every process start, and freezing it cost more start-up
    /// time than its faster lookups save on a typical input.
    /// </remarks>
    public Dictionary<string, bool[]> FirstWordTable { get; }

    public Dictionary<string, bool[]>.AlternateLookup<ReadOnlySpan<char>> FirstWordLookup { get; }

    /// <summary>Whole lines that are page furniture, with their reason and whether they head a list.</summary>
    public Dictionary<string, (string Reason, bool List)> Phrases { get; }

    public Dictionary<string, (string Reason, bool List)>.AlternateLookup<ReadOnlySpan<char>> PhraseLookup { get; }

    private static readonly FrozenSet<string> Reasons = typeof(BoilerplateReason)
        .GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Keys = FrozenSet.Create(StringComparer.Ordinal,
        "rule", "guard", "set", "words", "reason", "flags", "read", "max-length", "min-length", "match-starts-before", "quotes",
        "ends-with", "not-ends-with", "trigger", "case", "example", "before", "pattern", "after", "|");

    /// <summary>The English rules (<c>Lexicon/en/boilerplate-rules.txt</c>, <c>furniture-phrases.txt</c>).</summary>
    public static BoilerplateRules English { get; } = Load(LanguageLexicon.English);

    /// <summary>Reads and checks the rules of a language; throws <see cref="FormatException"/> naming the rule at fault.</summary>
    public static BoilerplateRules Load(LanguageLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        return Load(lexicon.Language, lexicon.Lines);
    }

    /// <summary>Reads and checks rules from lists given by kind (the lexicon's, or a test's).</summary>
    public static BoilerplateRules Load(string language, Func<string, IReadOnlyList<string>> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var records = Records(lists("boilerplate-rules"));
        var sets = records.Where(r => r.Kind == "set").ToDictionary(r => r.Name, r => SplitList(r.One("words")), StringComparer.Ordinal);
        var searches = new List<SearchValues<string>>();
        var searchIds = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var rules = new List<BoilerplateRule>();
        Regex? speech = null;
        foreach (var rec in records)
        {
            try
            {
                if (rec.Kind == "guard" && rec.Name == "quoted-speech") speech = rec.BuildPattern(lists);
                else if (rec.Kind == "guard") throw new FormatException("the only guard is 'quoted-speech'.");
                else if (rec.Kind == "rule") rules.Add(Build(rec, lists, sets, searches, searchIds));
            }
            catch (Exception e) when (e is FormatException or ArgumentException or KeyNotFoundException)
            {
                throw new FormatException($"Boilerplate rule '{rec.Name}' ({language}): {e.Message}", e);
            }
        }
        if (speech is null) throw new FormatException("The boilerplate rules have no 'guard: quoted-speech'.");
        if (rules.Select(r => r.Name).Distinct(StringComparer.Ordinal).Count() != rules.Count)
            throw new FormatException("Two boilerplate rules share a name.");

        // The first-word gate: built from the rules' triggers, so no rule can be missing from it.
        var table = new Dictionary<string, bool[]>(StringComparer.Ordinal);
        for (int i = 0; i < rules.Count; i++)
        {
            if (rules[i].FirstWords.Count > 0) rules[i].FirstWordIndex = i;
            foreach (var w in rules[i].FirstWords)
            {
                if (!table.TryGetValue(w, out var row)) table[w] = row = new bool[rules.Count];
                row[i] = true;
            }
        }

        var phrases = new Dictionary<string, (string, bool)>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lists("furniture-phrases"))
        {
            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon <= 0) throw new FormatException($"Furniture phrase line '{line}' is not 'reason: phrase'.");
            var head = line[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!Reasons.Contains(head[0]) || head.Length > 2 || (head.Length == 2 && head[1] != "list"))
                throw new FormatException($"Furniture phrase line '{line}': '{line[..colon]}' is not a reason (optionally followed by 'list').");
            phrases[line[(colon + 2)..].Trim()] = (head[0], head.Length == 2);
        }

        var result = new BoilerplateRules(rules, speech, searches, table, phrases)
        {
            StartChars = new CharChoice(string.Concat(rules.Select(r => r.FirstChar.Chars).Distinct()), rules.Any(r => r.FirstChar.Digit)),
        };
        // Every rule's gates (triggers, length limits, quotes, ends-with) must open on its own example, so a rule that
        // could never be reached fails here, at load. Whether its pattern then matches the example is checked by the
        // tests (BoilerplateRuleTests), not at every start: running all patterns once cost ~15 ms of start-up.
        foreach (var rule in rules)
        {
            var why = LineClassifier.WhyNot(result, rule, rule.Example, matchPattern: false);
            if (why is not null)
                throw new FormatException($"Boilerplate rule '{rule.Name}' ({language}) cannot fire on its own example \"{rule.Example}\": {why}.");
        }
        if (!speech.IsMatch(records.First(r => r.Kind == "guard").One("example")))
            throw new FormatException("The quoted-speech guard does not match its own example.");
        return result;
    }

    private static BoilerplateRule Build(Record rec, Func<string, IReadOnlyList<string>> lexicon, Dictionary<string, List<string>> sets,
        List<SearchValues<string>> searches, Dictionary<string, int[]> searchIds)
    {
        var reason = rec.One("reason");
        if (!Reasons.Contains(reason)) throw new FormatException($"unknown reason '{reason}' (see BoilerplateReason).");
        var flags = SplitList(rec.Optional("flags") ?? "");
        foreach (var f in flags)
            if (f is not ("credit-only" or "dateline")) throw new FormatException($"unknown flag '{f}'.");

        List<string> firstWords = [];
        var firstChars = new List<string>();
        var endChars = new List<string>();
        var contains = new List<int>();
        var tailContains = new List<int>();
        foreach (var t in rec.All("trigger"))
        {
            int space = t.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0) throw new FormatException($"trigger '{t}' has no values.");
            var values = SplitList(t[(space + 1)..]);
            switch (t[..space])
            {
                case "first-word": firstWords.AddRange(Expand(values, lexicon, sets).Select(w => w.ToLowerInvariant())); break;
                case "first-char": firstChars.AddRange(values); break;
                case "ends-with": endChars.AddRange(values); break;
                case "contains": contains.AddRange(SearchIds(values, lexicon, sets, searches, searchIds)); break;
                case "tail-contains": tailContains.AddRange(SearchIds(values, lexicon, sets, searches, searchIds)); break;
                default: throw new FormatException($"unknown trigger '{t[..space]}'.");
            }
        }
        foreach (var w in firstWords)
            if (w.Length >= MaxFirstWord || !w.All(char.IsLetter))
                throw new FormatException($"first word '{w}' is not a word of letters shorter than {MaxFirstWord} characters.");

        return new BoilerplateRule
        {
            Name = rec.Name,
            Verdict = new LineVerdict(reason, IsCreditOnly: flags.Contains("credit-only"), IsDateline: flags.Contains("dateline"), Rule: rec.Name),
            Pattern = rec.BuildPattern(lexicon),
            Example = rec.One("example"),
            Input = (rec.Optional("read") ?? "line") switch
            {
                "line" => RuleInput.Line,
                "core" => RuleInput.Core,
                "tail" => RuleInput.Tail,
                "last-160" => RuleInput.Last160,
                "first-160" => RuleInput.First160,
                var other => throw new FormatException($"unknown read '{other}'."),
            },
            MaxLength = rec.Optional("max-length") is { } max ? int.Parse(max, System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue,
            MinLength = rec.Optional("min-length") is { } min ? int.Parse(min, System.Globalization.CultureInfo.InvariantCulture) : 0,
            MatchStartsBefore = rec.Optional("match-starts-before") is { } msb ? int.Parse(msb, System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue,
            Quotes = (rec.Optional("quotes") ?? "any") switch
            {
                "any" => QuoteHandling.Any,
                "skip" => QuoteHandling.Skip,
                "skip-speech" => QuoteHandling.SkipSpeech,
                var other => throw new FormatException($"unknown quotes '{other}'."),
            },
            EndsWith = CharChoice.Parse(SplitList(rec.Optional("ends-with") ?? "")),
            NotEndsWith = CharChoice.Parse(SplitList(rec.Optional("not-ends-with") ?? "")),
            FirstWords = firstWords.Distinct(StringComparer.Ordinal).ToList(),
            FirstChar = CharChoice.Parse(firstChars),
            TriggerEndsWith = CharChoice.Parse(endChars),
            Contains = [.. contains.Distinct()],
            TailContains = [.. tailContains.Distinct()],
        }.Seal();
    }

    /// <summary>Each named set (or list of literal keywords) becomes searches of at most eight strings, built once.</summary>
    private static IEnumerable<int> SearchIds(List<string> values, Func<string, IReadOnlyList<string>> lexicon, Dictionary<string, List<string>> sets,
        List<SearchValues<string>> searches, Dictionary<string, int[]> searchIds)
    {
        var groups = values.Where(IsReference).Select(v => (Key: v, Words: Expand([v], lexicon, sets))).ToList();
        var literal = values.Where(v => !IsReference(v)).ToList();
        if (literal.Count > 0) groups.Add((string.Join('\u0001', literal), literal));
        foreach (var (key, words) in groups)
        {
            if (!searchIds.TryGetValue(key, out var ids))
            {
                ids = [.. words.Chunk(SearchChunk).Select(chunk =>
                {
                    searches.Add(SearchValues.Create(chunk, StringComparison.OrdinalIgnoreCase));
                    return searches.Count - 1;
                })];
                searchIds[key] = ids;
            }
            foreach (var id in ids) yield return id;
        }
    }

    private static List<string> Expand(IEnumerable<string> values, Func<string, IReadOnlyList<string>> lexicon, Dictionary<string, List<string>> sets)
    {
        var result = new List<string>();
        foreach (var v in values)
        {
            if (!IsReference(v)) result.Add(v);
            else if (sets.TryGetValue(v[1..], out var set)) result.AddRange(set);
            else result.AddRange(lexicon(v[1..]));
        }
        return result;
    }

    /// <summary>"@name" stands for a set of the rules file or a lexicon list; a lone "@" is the character.</summary>
    private static bool IsReference(string value) => value.Length > 1 && value[0] == '@' && char.IsLetter(value[1]);

    /// <summary>Splits "a, b, "c "" into its items; double quotes keep surrounding spaces.</summary>
    private static List<string> SplitList(string text)
    {
        var result = new List<string>();
        foreach (var raw in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            result.Add(raw.Length >= 2 && raw[0] == '"' && raw[^1] == '"' ? raw[1..^1] : raw);
        return result;
    }

    private static List<Record> Records(IReadOnlyList<string> lines)
    {
        var records = new List<Record>();
        Record? current = null;
        foreach (var line in lines)
        {
            string key, value;
            if (line.StartsWith("| ", StringComparison.Ordinal) || line == "|") (key, value) = ("|", line.Length > 2 ? line[2..] : "");
            else
            {
                int colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0) throw new FormatException($"Boilerplate rules: line '{line}' is neither 'key: value' nor '| alternative'.");
                (key, value) = (line[..colon], line[(colon + 1)..].Trim());
            }
            if (!Keys.Contains(key))
                throw new FormatException($"Boilerplate rules: unknown key '{key}' in '{line}'{(current is null ? "" : $" (rule '{current.Name}')")}.");
            if (key is "rule" or "guard" or "set")
            {
                current = new Record(key, value);
                records.Add(current);
            }
            else if (current is null) throw new FormatException($"Boilerplate rules: '{line}' comes before the first record.");
            else current.Fields.Add((key, value));
        }
        return records;
    }

    private sealed class Record(string kind, string name)
    {
        public string Kind { get; } = kind;
        public string Name { get; } = name;
        public List<(string Key, string Value)> Fields { get; } = [];

        public IEnumerable<string> All(string key) => Fields.Where(f => f.Key == key).Select(f => f.Value);

        public string? Optional(string key) => All(key).SingleOrDefault();

        public string One(string key) => Optional(key) ?? throw new FormatException($"it has no '{key}:'.");

        public Regex BuildPattern(Func<string, IReadOnlyList<string>> lists)
        {
            var text = PatternText(lists);
            return BoilerplatePatterns.Find(text, PatternOptions()) ?? new Regex(text, PatternOptions());
        }

        public RegexOptions PatternOptions()
        {
            var options = RegexOptions.CultureInvariant;
            if ((Optional("case") ?? "ignore") == "ignore") options |= RegexOptions.IgnoreCase;
            else if (Optional("case") != "sensitive") throw new FormatException($"unknown case '{Optional("case")}'.");
            return options;
        }

        /// <summary>The pattern: before + (alternatives) + after, with every "{@list}" written out from the lexicon.</summary>
        public string PatternText(Func<string, IReadOnlyList<string>> lists)
        {
            var alternatives = All("|").ToList();
            if (alternatives.Count == 0) throw new FormatException("it has no pattern ('| alternative' lines after 'pattern:').");
            return LanguageLexicon.ExpandPattern((Optional("before") ?? "") + "(?:" + string.Join('|', alternatives) + ")" + (Optional("after") ?? ""), lists);
        }
    }
}
