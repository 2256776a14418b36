using System.Globalization;
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
}
