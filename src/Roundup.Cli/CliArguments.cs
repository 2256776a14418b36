using System.CommandLine;
using System.Globalization;
using Roundup.Reading;
using Roundup.Text;

namespace Roundup.Cli;

/// <summary>Parsing of option values shared by commands; bad values raise <see cref="ArgumentException"/> (one line, exit 2).</summary>
internal static class CliArguments
{
    /// <summary>"20%", "20 %" or "0.2" as 0.2; null for null.</summary>
    public static double? ParseRatio(string? value)
    {
        if (value is null) return null;
        var text = value.Trim();
        bool percent = text.EndsWith('%');
        if (percent) text = text[..^1].TrimEnd();
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || double.IsNaN(number))
            throw new ArgumentException($"--ratio must be a share such as 20% or 0.2 (got '{value}').");
        if (!percent && number > 1) throw new ArgumentException($"--ratio {value} is over 1: write a percentage with '%' ({value}%) or a share up to 1.");
        var ratio = percent ? number / 100 : number;
        if (!(ratio > 0 && ratio <= 1)) throw new ArgumentException($"--ratio must be above 0% and at most 100% (got '{value}').");
        return ratio;
    }

    /// <summary>A language code the term analyzers know, lower-cased; null for null.</summary>
    public static string? ParseLanguage(string? value)
    {
        if (value is null) return null;
        var code = value.Trim().ToLowerInvariant();
        if (!TermAnalyzer.Supports(code))
            throw new ArgumentException($"--language '{value}' is not supported; use an ISO 639-1 code: {string.Join(", ", TermAnalyzer.SupportedLanguages.Order(StringComparer.Ordinal))}.");
        return code;
    }

    /// <summary>A <c>--ratio</c> option whose help says what the share is of.</summary>
    public static Option<string?> RatioOption(string description) => new("--ratio", "-r") { Description = description };

    /// <summary>A <c>--language</c> option whose help ends with <paramref name="follows"/> (what else follows the language, what stays English).</summary>
    public static Option<string?> LanguageOption(string follows) => new("--language", "-l")
    {
        Description = $"Language of the articles (ISO 639-1 code: en, fr, de, es, …) instead of detecting it; no non-English warning. {follows}",
    };

    /// <summary>Warns on stderr that facts use English rules, when <paramref name="language"/> is set and not English.</summary>
    public static void WarnFactsLanguage(CliConsole console, string? language)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (language is not null and not "en")
            console.Error.WriteLine($"roundup: warning: facts (entities, dates, quotes, numbers) are found with English rules; for {LanguageIdentifier.Name(language)} text they will be incomplete.");
    }
}
