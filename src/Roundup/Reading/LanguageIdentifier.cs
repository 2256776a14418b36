using System.Runtime.CompilerServices;
using Lingua;

namespace Roundup.Reading;

/// <summary>
/// Cheap language identification. Words of a prefix of the text are matched against short lists of function
/// words of English and five other Latin-script news languages: clearly English text (the usual case) is decided
/// there. Only text that looks like another language, or is mostly in a non-Latin script, goes to Lingua,
/// restricted to a small set of major news languages, with the detector built once, lazily, on first need
/// (loading its models costs a few hundred milliseconds, paid only when non-English text appears).
/// </summary>
public static class LanguageIdentifier
{
    /// <summary>Characters of the text examined.</summary>
    public const int PrefixLength = 1000;

    private static readonly (string Code, HashSet<string> Words)[] FunctionWords =
    [
        ("en", Set("the of and to in is that for on was with he she it as at by said his her from are be has have had were this they their an not but who which will would been its or after about we you more than when also")),
        ("es", Set("el la los las de del que en y por con para una un es se su al lo como más pero sus le ya o fue ha este esta entre cuando muy sin sobre también")),
        ("fr", Set("le la les de des du et est en un une que qui dans pour par sur au aux il elle ne pas plus ce cette son sa ses avec mais ont été sont")),
        ("de", Set("der die das und ist nicht ein eine den dem des zu mit von auf für sich im auch es wurde wird sind bei nach aus hat wie noch oder")),
        ("it", Set("il lo la gli le di del della che e è un una per con non sono da dei nel alla anche come più ha si al ma")),
        ("pt", Set("o a os as de do da dos das que e é um uma em no na para com não por se mais foi ao pelo pela como mas")),
        ("nl", Set("de het een en van is dat op te in voor met zijn niet aan er ook als bij door maar om dan werd heeft")),
    ];

    private static readonly (Language Language, string Code)[] Known =
    [
        (Language.English, "en"), (Language.Spanish, "es"), (Language.French, "fr"), (Language.German, "de"), (Language.Italian, "it"),
        (Language.Portuguese, "pt"), (Language.Dutch, "nl"), (Language.Russian, "ru"), (Language.Chinese, "zh"), (Language.Arabic, "ar"),
        (Language.Japanese, "ja"), (Language.Turkish, "tr"), (Language.Polish, "pl"),
    ];

    private static readonly Lazy<LanguageDetector> Detector = new(
        () => LanguageDetectorBuilder.FromLanguages([.. Known.Select(k => k.Language)]).WithLowAccuracyMode().Build(),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>[] Lookups = BuildLookups();

    /// <summary>ISO 639-1 code of the language of <paramref name="text"/>, or null when there is too little text to tell.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once per article: skip the slow first tier
    public static string? Identify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var prefix = text.AsSpan(0, Math.Min(text.Length, PrefixLength));
        int words = 0, letters = 0, latin = 0;
        Span<int> hits = stackalloc int[Lookups.Length];
        int i = 0;
        while (i < prefix.Length)
        {
            if (!char.IsLetter(prefix[i])) { i++; continue; }
            int start = i;
            while (i < prefix.Length && (char.IsLetter(prefix[i]) || prefix[i] is '\'' or '’'))
            {
                if (prefix[i] < '\u0250') latin++;
                i++;
            }
            letters += i - start;
            words++;
            if (i - start > 7) continue; // every listed function word is short
            var w = prefix[start..i];
            for (int k = 0; k < Lookups.Length; k++)
                if (Lookups[k].Contains(w)) hits[k]++;
        }
        if (letters < 20) return null;
        if (latin * 10 < letters * 9) return Lingua(prefix);
        int best = 0;
        for (int k = 1; k < hits.Length; k++) if (hits[k] > hits[best]) best = k;
        if (best == 0) return hits[0] * 100 >= words * 5 ? "en" : null; // English function words, or a list/boilerplate: no call to Lingua
        return hits[best] * 100 >= words * 10 ? Lingua(prefix) : null;
    }

    private static string? Lingua(ReadOnlySpan<char> prefix)
    {
        var detected = Detector.Value.DetectLanguageOf(prefix.ToString());
        foreach (var (language, code) in Known) if (language == detected) return code;
        return null;
    }

    // A loop, not LINQ over the tuples: LINQ's code for them would be compiled at run time at every process start.
    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>>[] BuildLookups()
    {
        var lookups = new HashSet<string>.AlternateLookup<ReadOnlySpan<char>>[FunctionWords.Length];
        for (int k = 0; k < lookups.Length; k++) lookups[k] = FunctionWords[k].Words.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookups;
    }

    private static HashSet<string> Set(string words) => new(words.Split(' '), StringComparer.OrdinalIgnoreCase);

    /// <summary>English name of an ISO code this identifier returns.</summary>
    public static string Name(string code) => code switch
    {
        "en" => "English", "es" => "Spanish", "fr" => "French", "de" => "German", "it" => "Italian", "pt" => "Portuguese",
        "nl" => "Dutch", "ru" => "Russian", "zh" => "Chinese", "ar" => "Arabic", "ja" => "Japanese", "tr" => "Turkish", "pl" => "Polish",
        _ => code,
    };
}
