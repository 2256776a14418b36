using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Roundup.Cleaning;
using Roundup.Lexicon;

namespace Roundup.Tests.Lexicon;

/// <summary>
/// Words in patterns live in the lexicon: templates name lists as "{@kind}", <c>WordPatterns.Generated.cs</c> (the
/// expanded templates compiled ahead of time) stays in step with the templates and lists, and no regular expression in
/// the library's code or the boilerplate rules spells out a verb of saying. After editing a template or a list it
/// names, run <c>ROUNDUP_WRITE_PATTERNS=1 dotnet test test/Roundup.Tests -c Release --filter "WordPatterns|BoilerplatePatterns"</c>.
/// </summary>
public sealed class WordPatternsTests
{
    [Fact]
    public void A_list_reference_becomes_an_escaped_alternation_in_file_order()
    {
        var lists = new Dictionary<string, IReadOnlyList<string>> { ["verbs"] = ["said", "told", "a.m."] };
        Assert.Equal(@"\b(?:said|told|a\.m\.)\s+x", LanguageLexicon.ExpandPattern(@"\b{@verbs}\s+x", k => lists[k]));
        Assert.Equal(@"(?:told|tells|asked|asks)", LanguageLexicon.English.ExpandPattern("{@say-verbs-listener}"));
        Assert.Equal("no lists", LanguageLexicon.English.ExpandPattern("no lists"));
        Assert.Throws<FormatException>(() => LanguageLexicon.English.ExpandPattern("{@say-verbs-core"));
        Assert.Throws<KeyNotFoundException>(() => LanguageLexicon.English.ExpandPattern("{@no-such-list}"));
    }

    [Fact]
    public void Generated_patterns_match_the_templates_and_lists()
    {
        GeneratedSource.AssertInStep("src/Roundup/Lexicon/WordPatterns.Generated.cs", Generate());
    }

    [Fact]
    public void Every_template_runs_a_pattern_compiled_ahead_of_time()
    {
        var templates = Templates();
        Assert.True(templates.Count >= 5, $"only {templates.Count} [WordPattern] templates found");
        Assert.All(templates, t => Assert.Contains(WordPatterns.Get(t.Template, t.Options), WordPatterns.All));
    }

    [Fact]
    public void A_word_added_to_a_list_reaches_the_pattern_without_a_code_change()
    {
        // The cleaner's quoted-speech guard reads its verbs from say-verbs-core: a line a rule would remove is kept as
        // speech once "shouted" is one of them.
        var lexicon = LanguageLexicon.English;
        IReadOnlyList<string> Lists(string kind) => kind == "say-verbs-core" ? [.. lexicon.Lines(kind), "shouted"] : lexicon.Lines(kind);
        var withShouted = BoilerplateRules.Load("en", Lists);
        Assert.Matches(withShouted.Speech, "Everyone out, the officer shouted at the crowd");
        Assert.DoesNotMatch(BoilerplateRules.English.Speech, "Everyone out, the officer shouted at the crowd");
    }

    /// <summary>Every verb of saying in the lexicon's say-verbs lists, as written there (lower case).</summary>
    private static HashSet<string> SayVerbs() =>
        [.. LanguageLexicon.English.Kinds.Where(k => k.StartsWith("say-verbs", StringComparison.Ordinal)).SelectMany(k => LanguageLexicon.English.Lines(k))];

    [Fact]
    public void No_regular_expression_in_the_code_spells_out_a_month_or_weekday()
    {
        var names = new HashSet<string>(LanguageLexicon.English.Lines("months").Concat(LanguageLexicon.English.Lines("weekdays")), StringComparer.Ordinal);
        var found = PatternLiteralsWith(names, otherSenses: []);
        Assert.True(found.Count == 0, "Month or weekday names written into patterns (name Lexicon/en/months.txt, month-abbreviations.txt or weekdays.txt as {@kind} instead):\n" + string.Join('\n', found));
    }

    [Fact]
    public void Month_and_weekday_maps_come_from_the_lexicon()
    {
        Assert.Equal(9, Roundup.Facts.Gazetteer.Months["Sept"]);
        Assert.Equal(5, Roundup.Facts.Gazetteer.Months["may"]);
        Assert.Equal(12, Roundup.Facts.Gazetteer.Months["December"]);
        Assert.Equal(24, Roundup.Facts.Gazetteer.Months.Count);
        Assert.Equal(DayOfWeek.Sunday, Roundup.Facts.Gazetteer.Weekdays["Sunday"]);
        Assert.Equal(DayOfWeek.Monday, Roundup.Facts.Gazetteer.Weekdays["monday"]);
        Assert.Equal(7, Roundup.Facts.Gazetteer.Weekdays.Count);
    }

    [Fact]
    public void No_regular_expression_in_the_code_spells_out_a_verb_of_saying()
    {
        var verbs = SayVerbs();
        Assert.Contains("said", verbs);
        // The same words in other senses: "posted" mostly labels a time or a picture ("Posted on Monday", "a photo
        // posted online"), "added"/"adds" an update note ("This story has been updated and added to"), where they are
        // not verbs of saying.
        verbs.Remove("posted");
        string[] otherSenses = ["(updated|added|corrected", "|adds|corrects"];
        var found = PatternLiteralsWith(verbs, otherSenses);
        Assert.True(found.Count == 0, "Verbs of saying written into patterns (name a Lexicon/en/say-verbs-*.txt list as {@kind} instead):\n" + string.Join('\n', found));
    }

    /// <summary>Where a regex-like string literal in src/ (generated files aside) or a boilerplate rule pattern holds one of <paramref name="words"/>.</summary>
    private static List<string> PatternLiteralsWith(IReadOnlyCollection<string> words, string[] otherSenses)
    {
        string Unsensed(string text) => otherSenses.Aggregate(ListReference.Replace(text, ""), (t, o) => t.Replace(o, "", StringComparison.Ordinal));
        var word = new Regex(@"\b(?:" + string.Join('|', words.Select(Regex.Escape)) + @")\b", RegexOptions.CultureInvariant);
        // String literals that are patterns: they hold regex syntax.
        var literal = new Regex(@"@""(?:[^""]|"""")*""|""(?:[^""\\\n]|\\.)*""");
        var found = new List<string>();
        var src = Path.Combine(GeneratedSource.RepositoryRoot(), "src");
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(src, file);
            if (file.EndsWith(".Generated.cs", StringComparison.Ordinal) || rel.Split(Path.DirectorySeparatorChar).Any(d => d is "bin" or "obj")) continue;
            int n = 0;
            foreach (var line in File.ReadLines(file))
            {
                n++;
                if (line.TrimStart().StartsWith("//", StringComparison.Ordinal)) continue;
                foreach (Match m in literal.Matches(line))
                {
                    var text = Unsensed(m.Value);
                    bool pattern = text.Contains(@"\b", StringComparison.Ordinal) || text.Contains(@"\s", StringComparison.Ordinal)
                        || text.Contains("(?", StringComparison.Ordinal) || text.Contains(@"\w", StringComparison.Ordinal);
                    if (pattern && word.Match(text) is { Success: true } w) found.Add($"{rel}:{n}: '{w.Value}' in {text}");
                }
            }
        }
        foreach (var line in LanguageLexicon.English.Lines("boilerplate-rules"))
            if ((line.StartsWith('|') || line.StartsWith("before:", StringComparison.Ordinal) || line.StartsWith("after:", StringComparison.Ordinal))
                && word.Match(Unsensed(line)) is { Success: true } w)
                found.Add($"boilerplate-rules.txt: '{w.Value}' in {line}");
        return found;
    }

    private static readonly Regex ListReference = new(@"\{@[a-z0-9-]+\}", RegexOptions.CultureInvariant);

    private static List<(string Name, string Template, RegexOptions Options)> Templates()
    {
        var result = new List<(string, string, RegexOptions)>();
        foreach (var type in typeof(LanguageLexicon).Assembly.GetTypes())
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
                if (field.GetCustomAttribute<WordPatternAttribute>() is { } attribute && field.IsLiteral)
                    result.Add(($"{type.Name}.{field.Name}", (string)field.GetRawConstantValue()!, attribute.Options));
        result.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return result;
    }

    private static string Generate()
    {
        var templates = Templates();
        var sb = new StringBuilder();
        sb.Append("// <auto-generated>\n")
          .Append("// Written by WordPatternsTests from the [WordPattern] templates and the Lexicon/en lists; do not edit by hand.\n")
          .Append("// After editing a template or a list it names: ROUNDUP_WRITE_PATTERNS=1 dotnet test test/Roundup.Tests -c Release --filter WordPatterns, then rebuild.\n")
          .Append("// </auto-generated>\n")
          .Append("using System.Text.RegularExpressions;\n\nnamespace Roundup.Lexicon;\n\ninternal static partial class WordPatterns\n{\n")
          .Append("    private static readonly Regex[] Compiled =\n    [\n");
        for (int i = 0; i < templates.Count; i++)
            sb.Append("        Pattern").Append(i).Append("(), // ").Append(templates[i].Name).Append('\n');
        sb.Append("    ];\n");
        for (int i = 0; i < templates.Count; i++)
        {
            var options = templates[i].Options;
            var flags = options == RegexOptions.None ? "RegexOptions.None"
                : string.Join(" | ", Enum.GetValues<RegexOptions>().Where(o => o != RegexOptions.None && options.HasFlag(o)).Select(o => "RegexOptions." + o));
            sb.Append("\n    [GeneratedRegex(@\"").Append(WordPatterns.Expand(templates[i].Template).Replace("\"", "\"\"", StringComparison.Ordinal))
              .Append("\", ").Append(flags).Append(")]\n    private static partial Regex Pattern").Append(i).Append("();\n");
        }
        sb.Append("}\n");
        return sb.ToString();
    }

}
