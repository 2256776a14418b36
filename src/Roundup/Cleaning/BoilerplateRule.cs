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
/// a first-word table (word → which rules it opens) and keyword searches (<see cref="KeywordSearch"/>), one per
/// named set or list of literal keywords, shared by the rules that name the same set.
/// </summary>
/// <remarks>
/// The rules load at every process start, on the first line classified, so loading is written for a fast start: plain
/// loops over lists and dictionaries of reference types, whose code ahead-of-time compilation (ReadyToRun) covers,
/// rather than LINQ or collections over value tuples, which the JIT compiles at run time.
/// </remarks>
internal sealed class BoilerplateRules
{
    /// <summary>Length of the line's tail that <c>tail-contains</c> searches and <c>read: tail</c> reads.</summary>
    public const int TailLength = 72;

    /// <summary>Longest first word looked up in the first-word table.</summary>
    public const int MaxFirstWord = 16;

    private BoilerplateRules(List<BoilerplateRule> rules, Regex speech, List<KeywordSearch> searches,
        Dictionary<string, bool[]> firstWords, Dictionary<string, FurniturePhrase> phrases)
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
    public KeywordSearch[] Searches { get; }

    /// <summary>First word (lower case) → for each rule, whether the word is one of its first-word triggers.</summary>
    /// <remarks>
    /// A plain dictionary, not a frozen one: it is built at every process start, and freezing it cost more start-up
    /// time than its faster lookups save on a typical input.
    /// </remarks>
    public Dictionary<string, bool[]> FirstWordTable { get; }

    public Dictionary<string, bool[]>.AlternateLookup<ReadOnlySpan<char>> FirstWordLookup { get; }

    /// <summary>Whole lines that are page furniture, with their reason and whether they head a list.</summary>
    public Dictionary<string, FurniturePhrase> Phrases { get; }

    public Dictionary<string, FurniturePhrase>.AlternateLookup<ReadOnlySpan<char>> PhraseLookup { get; }

    /// <summary>The reasons a rule or phrase may give: the constants of <see cref="BoilerplateReason"/>.</summary>
    private static readonly HashSet<string> Reasons = ReasonNames();

    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal)
    {
        "rule", "guard", "set", "words", "reason", "flags", "read", "max-length", "min-length", "match-starts-before", "quotes",
        "ends-with", "not-ends-with", "trigger", "case", "example", "before", "pattern", "after", "|",
    };

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
        var sets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var r in records)
            if (r.Kind == "set") sets.Add(r.Name, SplitList(r.One("words")));
        var searches = new List<KeywordSearch>();
        var searchIds = new Dictionary<string, KeywordSearch>(StringComparer.Ordinal);
        var rules = new List<BoilerplateRule>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        Regex? speech = null;
        Record? guard = null;
        foreach (var rec in records)
        {
            try
            {
                if (rec.Kind == "guard" && rec.Name == "quoted-speech") (speech, guard) = (rec.BuildPattern(lists), rec);
                else if (rec.Kind == "guard") throw new FormatException("the only guard is 'quoted-speech'.");
                else if (rec.Kind == "rule") rules.Add(Build(rec, lists, sets, searches, searchIds));
            }
            catch (Exception e) when (e is FormatException or ArgumentException or KeyNotFoundException)
            {
                throw new FormatException($"Boilerplate rule '{rec.Name}' ({language}): {e.Message}", e);
            }
        }
        foreach (var rule in rules)
            if (!names.Add(rule.Name)) throw new FormatException("Two boilerplate rules share a name.");
        if (speech is null || guard is null) throw new FormatException("The boilerplate rules have no 'guard: quoted-speech'.");

        // The first-word gate: built from the rules' triggers, so no rule can be missing from it.
        var table = new Dictionary<string, bool[]>(StringComparer.Ordinal);
        var startChars = new System.Text.StringBuilder();
        bool startDigit = false;
        for (int i = 0; i < rules.Count; i++)
        {
            if (rules[i].FirstWords.Count > 0) rules[i].FirstWordIndex = i;
            foreach (var w in rules[i].FirstWords)
            {
                if (!table.TryGetValue(w, out var row)) table[w] = row = new bool[rules.Count];
                row[i] = true;
            }
            foreach (var c in rules[i].FirstChar.Chars)
                if (!startChars.ToString().Contains(c, StringComparison.Ordinal)) startChars.Append(c);
            startDigit |= rules[i].FirstChar.Digit;
        }

        var phrases = new Dictionary<string, FurniturePhrase>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lists("furniture-phrases"))
        {
            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon <= 0) throw new FormatException($"Furniture phrase line '{line}' is not 'reason: phrase'.");
            var head = line[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!Reasons.Contains(head[0]) || head.Length > 2 || (head.Length == 2 && head[1] != "list"))
                throw new FormatException($"Furniture phrase line '{line}': '{line[..colon]}' is not a reason (optionally followed by 'list').");
            phrases[line[(colon + 2)..].Trim()] = new FurniturePhrase(head[0], head.Length == 2);
        }

        var result = new BoilerplateRules(rules, speech, searches, table, phrases)
        {
            StartChars = new CharChoice(startChars.ToString(), startDigit),
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
        if (!speech.IsMatch(guard.One("example")))
            throw new FormatException("The quoted-speech guard does not match its own example.");
        return result;
    }

    private static HashSet<string> ReasonNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in typeof(BoilerplateReason).GetFields(BindingFlags.Public | BindingFlags.Static))
            if (f.IsLiteral && f.GetRawConstantValue() is string name) names.Add(name);
        return names;
    }

    private static BoilerplateRule Build(Record rec, Func<string, IReadOnlyList<string>> lexicon, Dictionary<string, List<string>> sets,
        List<KeywordSearch> searches, Dictionary<string, KeywordSearch> searchIds)
    {
        var reason = rec.One("reason");
        if (!Reasons.Contains(reason)) throw new FormatException($"unknown reason '{reason}' (see BoilerplateReason).");
        var flags = SplitList(rec.Optional("flags") ?? "");
        foreach (var f in flags)
            if (f is not ("credit-only" or "dateline")) throw new FormatException($"unknown flag '{f}'.");

        var firstWords = new List<string>();
        var firstChars = new List<string>();
        var endChars = new List<string>();
        var contains = new List<int>();
        var tailContains = new List<int>();
        foreach (var (key, t) in rec.Fields)
        {
            if (key != "trigger") continue;
            int space = t.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0) throw new FormatException($"trigger '{t}' has no values.");
            var values = SplitList(t[(space + 1)..]);
            switch (t[..space])
            {
                case "first-word":
                    foreach (var w in Expand(values, lexicon, sets))
                    {
                        var lower = w.ToLowerInvariant();
                        if (lower.Length >= MaxFirstWord || !IsLetters(lower))
                            throw new FormatException($"first word '{lower}' is not a word of letters shorter than {MaxFirstWord} characters.");
                        if (!firstWords.Contains(lower)) firstWords.Add(lower);
                    }
                    break;
                case "first-char": firstChars.AddRange(values); break;
                case "ends-with": endChars.AddRange(values); break;
                case "contains": SearchIds(values, lexicon, sets, searches, searchIds, contains); break;
                case "tail-contains": SearchIds(values, lexicon, sets, searches, searchIds, tailContains); break;
                default: throw new FormatException($"unknown trigger '{t[..space]}'.");
            }
        }

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
            FirstWords = firstWords,
            FirstChar = CharChoice.Parse(firstChars),
            TriggerEndsWith = CharChoice.Parse(endChars),
            Contains = [.. contains],
            TailContains = [.. tailContains],
        }.Seal();
    }

    private static bool IsLetters(string word)
    {
        foreach (var c in word)
            if (!char.IsLetter(c)) return false;
        return true;
    }

    /// <summary>
    /// Adds to <paramref name="ids"/> the search of each named set in <paramref name="values"/>, and one for its literal
    /// keywords, each built once and shared by every rule that names the same set (or the same literal keywords).
    /// </summary>
    private static void SearchIds(List<string> values, Func<string, IReadOnlyList<string>> lexicon, Dictionary<string, List<string>> sets,
        List<KeywordSearch> searches, Dictionary<string, KeywordSearch> searchIds, List<int> ids)
    {
        var literal = new List<string>();
        foreach (var v in values)
        {
            if (IsReference(v)) AddSearch(v, Expand([v], lexicon, sets));
            else literal.Add(v);
        }
        if (literal.Count > 0) AddSearch(string.Join('\u0001', literal), literal);

        void AddSearch(string key, List<string> words)
        {
            if (!searchIds.TryGetValue(key, out var search))
            {
                search = new KeywordSearch(searches.Count, [.. words]);
                searches.Add(search);
                searchIds[key] = search;
            }
            if (!ids.Contains(search.Id)) ids.Add(search.Id);
        }
    }

    private static List<string> Expand(List<string> values, Func<string, IReadOnlyList<string>> lexicon, Dictionary<string, List<string>> sets)
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
            else current.Fields.Add(new Field(key, value));
        }
        return records;
    }

    /// <summary>One "key: value" line of a record (a class, not a tuple: lists of it need no run-time compiled code).</summary>
    private sealed record Field(string Key, string Value);

    private sealed class Record(string kind, string name)
    {
        public string Kind { get; } = kind;
        public string Name { get; } = name;
        public List<Field> Fields { get; } = [];

        /// <summary>The value of the one line with <paramref name="key"/>, or null; throws when there are several.</summary>
        public string? Optional(string key)
        {
            string? found = null;
            foreach (var f in Fields)
            {
                if (f.Key != key) continue;
                if (found is not null) throw new InvalidOperationException($"it has more than one '{key}:'.");
                found = f.Value;
            }
            return found;
        }

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
            var alternatives = new List<string>();
            foreach (var f in Fields)
                if (f.Key == "|") alternatives.Add(f.Value);
            if (alternatives.Count == 0) throw new FormatException("it has no pattern ('| alternative' lines after 'pattern:').");
            return LanguageLexicon.ExpandPattern((Optional("before") ?? "") + "(?:" + string.Join('|', alternatives) + ")" + (Optional("after") ?? ""), lists);
        }
    }
}

/// <summary>A whole line of page furniture (<c>furniture-phrases.txt</c>): its reason, and whether it heads a list.</summary>
internal sealed record FurniturePhrase(string Reason, bool List);
