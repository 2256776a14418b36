using Lingua;

namespace Roundup.Reading;

/// <summary>
/// Cheap language identification: a prefix of the text is checked for common English function words first;
/// only text that fails that check goes to Lingua, restricted to a small set of major news languages, with
/// the detector built once, lazily, on first need.
/// </summary>
public static class LanguageIdentifier
{
    /// <summary>Characters of the text examined.</summary>
    public const int PrefixLength = 1000;

    private static readonly HashSet<string> EnglishFunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "to", "a", "in", "is", "that", "for", "on", "was", "with", "he", "she", "it", "as", "at", "by",
        "said", "his", "her", "from", "are", "be", "has", "have", "had", "were", "this", "they", "their", "an", "not", "but",
        "who", "which", "will", "would", "been", "its", "or", "after", "about", "we", "you", "more", "than", "when", "also",
    };

    private static readonly (Language Language, string Code)[] Known =
    [
        (Language.English, "en"), (Language.Spanish, "es"), (Language.French, "fr"), (Language.German, "de"), (Language.Italian, "it"),
        (Language.Portuguese, "pt"), (Language.Dutch, "nl"), (Language.Russian, "ru"), (Language.Chinese, "zh"), (Language.Arabic, "ar"),
        (Language.Japanese, "ja"), (Language.Turkish, "tr"), (Language.Polish, "pl"),
    ];

    private static readonly Lazy<LanguageDetector> Detector = new(
        () => LanguageDetectorBuilder.FromLanguages([.. Known.Select(k => k.Language)]).WithLowAccuracyMode().Build(),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>ISO 639-1 code of the language of <paramref name="text"/>, or null when there is too little text to tell.</summary>
    public static string? Identify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var prefix = text.AsSpan(0, Math.Min(text.Length, PrefixLength));
        int words = 0, english = 0, letters = 0, latin = 0;
        foreach (var range in prefix.SplitAny(" \t\n\r\u00A0,.;:!?\"()“”‘’"))
        {
            var w = prefix[range];
            if (w.IsEmpty) continue;
            words++;
            foreach (var c in w)
            {
                if (!char.IsLetter(c)) continue;
                letters++;
                if (c < '\u0250') latin++;
            }
            if (w.Length <= 5 && EnglishFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w)) english++;
        }
        if (letters < 20) return null;
        if (latin * 10 >= letters * 9 && english * 100 >= words * 12) return "en";
        var detected = Detector.Value.DetectLanguageOf(prefix.ToString());
        foreach (var (language, code) in Known) if (language == detected) return code;
        return null;
    }

    /// <summary>English name of an ISO code this identifier returns.</summary>
    public static string Name(string code) => code switch
    {
        "en" => "English", "es" => "Spanish", "fr" => "French", "de" => "German", "it" => "Italian", "pt" => "Portuguese",
        "nl" => "Dutch", "ru" => "Russian", "zh" => "Chinese", "ar" => "Arabic", "ja" => "Japanese", "tr" => "Turkish", "pl" => "Polish",
        _ => code,
    };
}
