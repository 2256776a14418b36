using System.Collections.Frozen;
using System.Globalization;

namespace Roundup.Facts;

/// <summary>
/// Word lists for the rule-based recogniser: place names built from what .NET ships (country and region names
/// from <see cref="RegionInfo"/>) plus US states and continents, title words, organisation and place suffixes,
/// speech verbs, month and weekday names.
/// </summary>
internal static class Gazetteer
{
    private static readonly string[] UsStates =
    [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii",
        "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
        "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
        "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
        "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "District of Columbia",
    ];

    private static readonly string[] Abbreviated = ["US", "U.S.", "USA", "UK", "U.K.", "NYC", "LA", "DC", "UAE", "EU"];

    private static readonly string[] Continents = ["Europe", "Africa", "Asia", "Antarctica", "Oceania", "North America", "South America", "Latin America", "Middle East", "Scandinavia", "Caribbean"];

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
    public static FrozenSet<string> Titles { get; } = new[]
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.", "Professor", "Sir", "Dame", "Lord", "Lady",
        "President", "President-elect", "Vice", "Governor", "Governor-elect", "Gov", "Gov.", "Senator", "Sen", "Sen.",
        "Representative", "Rep", "Rep.", "Congressman", "Congresswoman", "Mayor", "Mayor-elect", "Chancellor", "Minister",
        "Premier", "Secretary", "Judge", "Justice", "Sheriff", "Chief", "Captain", "Capt", "Capt.", "Commander", "Detective",
        "Inspector", "DI", "DCI", "Sergeant", "Sgt", "Sgt.", "Officer", "Constable", "General", "Gen", "Gen.", "Colonel", "Col",
        "Col.", "Lieutenant", "Lt", "Lt.", "Admiral", "Pope", "King", "Queen", "Prince", "Princess", "Rev", "Rev.", "Reverend",
        "Father", "Bishop", "Rabbi", "Imam", "Councilwoman", "Councilman", "Councillor", "Councilor", "Alderman", "Ambassador",
        "Rapper", "Singer", "Guitarist", "Drummer", "Actor", "Actress", "Striker", "Coach", "Manager", "Founder", "Editor",
        "Teller", "Traveller", "Traveler", "Parent", "Resident", "Pilot", "Astronaut", "Chairman", "Chairwoman", "Director",
        "Spokesman", "Spokeswoman", "Spokesperson", "District", "Attorney", "Prosecutor", "Dean", "Principal", "Nurse", "Doctor", "Head",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Last words that make a name an organisation.</summary>
    public static FrozenSet<string> OrgSuffixes { get; } = new[]
    {
        "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd", "Ltd.", "LLC", "plc", "PLC", "Co", "Co.", "Company", "Group", "Holdings", "Entertainment",
        "University", "College", "School", "Academy", "Institute", "Party", "Council", "Board", "Union", "Association", "Department",
        "Ministry", "Agency", "Office", "Bank", "Hospital", "Clinic", "Museum", "Library", "Zoo", "Airways", "Airlines", "Lines", "Rail",
        "Railway", "Foods", "Software", "Therapeutics", "Pharmaceuticals", "Aerospace", "Plastics", "Engineering", "Motors", "Energy",
        "House", "United", "City", "Club", "Committee", "Commission", "Service", "Services", "Court", "Police", "Foundation", "Times",
        "Post", "News", "Network", "Organization", "Organisation", "Fund", "Trust", "Authority", "Administration", "Bureau",
        "Federation", "Church", "Elementary", "Studios", "Records", "Labs", "Technologies", "Systems", "Partners", "Capital",
        "Industries", "Media", "Press", "Army", "Navy", "Guard", "Parliament", "Senate", "Congress", "Assembly", "Cabinet", "FC",
        "Lanterns", "Band", "Orchestra", "Choir", "Team", "Society", "Centre", "Center", "Weekly", "Daily", "Magazine", "Journal", "Herald",
        "Gazette", "Tribune", "Chronicle", "Courier", "Ledger", "Bulletin", "Wire", "Review", "Observer", "Guardian", "Telegraph",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Organisation words that usually follow a place name ("Ferndale City Council", "Greenfield School Board"):
    /// the bare first word of such a name is the place, not a short form of the body.
    /// </summary>
    public static FrozenSet<string> CivicSuffixes { get; } = new[]
    {
        "City", "Council", "Board", "School", "County", "University", "College", "Department", "Hospital", "Museum", "Library", "Police",
        "Court", "Assembly", "Parliament", "Senate", "Office", "Authority", "Administration", "Ministry", "Church", "Elementary", "Zoo",
        "Union", "Party", "Street", "Road", "Bridge", "Airport", "Station", "Park", "State", "Province",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Last words that make a name a place or facility.</summary>
    public static FrozenSet<string> PlaceSuffixes { get; } = new[]
    {
        "Street", "St", "Road", "Rd", "Avenue", "Ave", "Boulevard", "Lane", "Way", "Square", "Bridge", "Tower", "Towers", "Airport",
        "Park", "River", "Lake", "Mountain", "Mountains", "Hills", "Valley", "Island", "Islands", "Bay", "Beach", "Coast", "Point",
        "Crossing", "Station", "County", "Province", "State", "Harbor", "Harbour", "Port", "Hall", "Stadium", "Arena", "Square",
        "Heights", "Falls", "Springs", "Village", "Town", "Canyon", "Forest", "Desert", "Sea", "Ocean", "Gulf", "Cape", "International",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>First words of a place name ("Port Allain", "Cape Meridian", "Lake Tahoe").</summary>
    public static FrozenSet<string> PlacePrefixes { get; } = new[] { "Port", "Cape", "Lake", "Mount", "Fort", "San", "Santa", "Saint", "New", "North", "South", "East", "West" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that report speech.</summary>
    public static FrozenSet<string> SpeechVerbs { get; } = new[]
    {
        "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "explained", "asked", "admitted", "insisted",
        "recalled", "radioed", "tweeted", "posted", "declared", "announced", "warned", "replied", "continued", "argued", "noted",
        "stated", "claimed", "joked", "laughed", "called", "described", "urged", "conceded", "confirmed", "acknowledged", "shouted",
        "whispered", "cried", "remarked", "observed", "responded", "answered", "stressed", "pleaded", "vowed", "promised", "boasted",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Month names and abbreviations → month number.</summary>
    public static FrozenDictionary<string, int> Months { get; } = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["January"] = 1, ["February"] = 2, ["March"] = 3, ["April"] = 4, ["May"] = 5, ["June"] = 6, ["July"] = 7, ["August"] = 8,
        ["September"] = 9, ["October"] = 10, ["November"] = 11, ["December"] = 12, ["Jan"] = 1, ["Feb"] = 2, ["Mar"] = 3, ["Apr"] = 4,
        ["Jun"] = 6, ["Jul"] = 7, ["Aug"] = 8, ["Sep"] = 9, ["Sept"] = 9, ["Oct"] = 10, ["Nov"] = 11, ["Dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Weekday names → day.</summary>
    public static FrozenDictionary<string, DayOfWeek> Weekdays { get; } = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["Monday"] = DayOfWeek.Monday, ["Tuesday"] = DayOfWeek.Tuesday, ["Wednesday"] = DayOfWeek.Wednesday, ["Thursday"] = DayOfWeek.Thursday,
        ["Friday"] = DayOfWeek.Friday, ["Saturday"] = DayOfWeek.Saturday, ["Sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Number words → value.</summary>
    public static FrozenDictionary<string, int> NumberWords { get; } = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["dozen"] = 12, ["a"] = 1, ["an"] = 1,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Function words and common sentence starters that are never names on their own.</summary>
    public static FrozenSet<string> Stop { get; } = new[]
    {
        "a", "an", "the", "this", "that", "these", "those", "in", "on", "at", "of", "for", "to", "from", "by", "with", "and", "or", "but",
        "after", "before", "when", "while", "as", "if", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
        "my", "your", "there", "here", "what", "who", "which", "where", "why", "how", "some", "many", "more", "most", "several", "per",
        "upon", "about", "also", "meanwhile", "however", "still", "yet", "so", "then", "now", "once", "last", "next", "no", "not", "all",
        "every", "each", "both", "other", "another", "such", "only", "just", "even", "contrary", "according", "despite", "although",
        "though", "because", "since", "until", "during", "over", "under", "into", "onto", "out", "up", "down", "off", "near", "between",
        "among", "against", "without", "within", "than", "be", "is", "was", "were", "are", "been", "has", "have", "had", "do", "does",
        "did", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "said", "says", "one", "two", "three",
        "today", "yesterday", "tomorrow", "tonight", "earlier", "later", "watch", "photo", "video", "read", "more", "see", "like",
        "well", "oh", "yes", "nobody", "everyone", "someone", "anyone", "nothing", "everything", "something", "good", "just", "let",
        "let's", "thank", "thanks", "please", "dear", "very", "much", "too", "again", "already", "ever", "never", "always", "often",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

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
