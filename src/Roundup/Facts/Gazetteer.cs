using System.Collections.Frozen;
using System.Globalization;
using Roundup.Lexicon;

namespace Roundup.Facts;

/// <summary>
/// Word lists for the rule-based recogniser: place names built from what .NET ships (country and region names
/// from <see cref="RegionInfo"/>) plus US states and continents, title words, organisation and place suffixes,
/// speech verbs, month and weekday names.
/// </summary>
internal static class Gazetteer
{
    private static readonly IReadOnlyList<string> UsStates = LanguageLexicon.English.Lines("places-us-states");

    private static readonly IReadOnlyList<string> Abbreviated = LanguageLexicon.English.Lines("places-abbreviated");

    private static readonly IReadOnlyList<string> Continents = LanguageLexicon.English.Lines("places-regions");

    /// <summary>US state abbreviations as wire datelines write them ("Ore", "Calif"), without the final period (lexicon facts-state-abbreviations).</summary>
    public static FrozenSet<string> StateAbbreviations { get; } = Roundup.Lexicon.LanguageLexicon.English.Words("facts-state-abbreviations", caseSensitive: true);

    /// <summary>Words that end a company's legal name ("Inc.", "Corp."): a run of names is cut after them (lexicon facts-legal-suffixes).</summary>
    public static FrozenSet<string> LegalSuffixes { get; } = Roundup.Lexicon.LanguageLexicon.English.Words("facts-legal-suffixes", caseSensitive: true);

    /// <summary>Short spelling of a legal form → its long spelling ("Corp." → "Corporation"; lexicon facts-legal-forms).</summary>
    public static FrozenDictionary<string, string> LegalForms { get; } = Roundup.Lexicon.LanguageLexicon.English.Lines("facts-legal-forms")
        .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length == 2)
        .ToFrozenDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    /// <summary>Countries, regions, US states and continents (exact case).</summary>
    public static FrozenSet<string> Places { get; } = BuildPlaces();

    /// <summary>Titles and honorifics that precede a name; stripped from the mention and kept on the entity.</summary>
    public static FrozenSet<string> Titles { get; } = LanguageLexicon.English.Words("person-titles", caseSensitive: true);

    /// <summary>Words that make another office before a title ("Prime Minister", "Majority Leader"; <c>person-title-modifiers</c>).</summary>
    public static FrozenSet<string> TitleModifiers { get; } = LanguageLexicon.English.Words("person-title-modifiers", caseSensitive: true);

    /// <summary>Last words that make a name an organisation.</summary>
    public static FrozenSet<string> OrgSuffixes { get; } = LanguageLexicon.English.Words("organisation-suffixes", caseSensitive: true);

    /// <summary>
    /// Organisation words that usually follow a place name ("Ferndale City Council", "Greenfield School Board"):
    /// the bare first word of such a name is the place, not a short form of the body.
    /// </summary>
    public static FrozenSet<string> CivicSuffixes { get; } = LanguageLexicon.English.Words("civic-suffixes", caseSensitive: true);

    /// <summary>Last words that make a name a place or facility.</summary>
    public static FrozenSet<string> PlaceSuffixes { get; } = LanguageLexicon.English.Words("place-suffixes", caseSensitive: true);

    /// <summary>First words of a place name ("Port Allain", "Cape Meridian", "Lake Tahoe").</summary>
    public static FrozenSet<string> PlacePrefixes { get; } = LanguageLexicon.English.Words("place-prefixes", caseSensitive: true);

    /// <summary>Words that report speech.</summary>
    public static FrozenSet<string> SpeechVerbs { get; } = LanguageLexicon.English.Words("say-verbs", caseSensitive: true);

    /// <summary>Month names (<c>months</c>, the line is the number) and their short forms (<c>month-abbreviations</c>, the month whose name they start) → month number.</summary>
    public static FrozenDictionary<string, int> Months { get; } = MonthNumbers();

    /// <summary>Weekday names (<c>weekdays</c>, Monday first) → day.</summary>
    public static FrozenDictionary<string, DayOfWeek> Weekdays { get; } = LanguageLexicon.English.Lines("weekdays")
        .Select((name, i) => (name, day: (DayOfWeek)((i + 1) % 7))).ToFrozenDictionary(p => p.name, p => p.day, StringComparer.OrdinalIgnoreCase);

    private static FrozenDictionary<string, int> MonthNumbers()
    {
        var months = LanguageLexicon.English.Lines("months");
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < months.Count; i++) map[months[i]] = i + 1;
        foreach (var a in LanguageLexicon.English.Lines("month-abbreviations"))
        {
            int month = 0;
            for (int i = 0; i < months.Count && month == 0; i++)
                if (months[i].StartsWith(a, StringComparison.OrdinalIgnoreCase)) month = i + 1;
            map[a] = month > 0 ? month : throw new FormatException($"Lexicon month-abbreviations: '{a}' starts no month name.");
        }
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Number words → value.</summary>
    public static FrozenDictionary<string, int> NumberWords { get; } = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["dozen"] = 12, ["a"] = 1, ["an"] = 1,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Function words and common sentence starters that are never names on their own.</summary>
    public static FrozenSet<string> Stop { get; } = LanguageLexicon.English.Words("name-stopwords");

    private static FrozenSet<string> BuildPlaces()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            try
            {
                var region = new RegionInfo(culture.Name);
                Add(region.EnglishName);
            }
            catch (ArgumentException)
            {
                // A culture without a region: nothing to add.
            }
        }
        foreach (var s in UsStates) set.Add(s);
        foreach (var s in Continents) set.Add(s);
        foreach (var s in Abbreviated) set.Add(s);
        return set.ToFrozenSet(StringComparer.Ordinal);

        void Add(string name)
        {
            if (string.IsNullOrWhiteSpace(name)) return;
            set.Add(name);
            // "Korea, Republic of" style names and parenthesised qualifiers: keep the head too.
            int cut = name.IndexOfAny([',', '(']);
            if (cut > 0) set.Add(name[..cut].Trim());
            if (name.StartsWith("The ", StringComparison.Ordinal)) set.Add(name[4..]);
        }
    }

}
