using System.Text.RegularExpressions;

namespace Roundup.Lexicon;

/// <summary>
/// Marks a <c>const string</c> that is a regular-expression template naming lexicon lists as <c>{@kind}</c> (see
/// <see cref="LanguageLexicon.ExpandPattern(string)"/>): the words of a pattern live in <c>Lexicon/en/</c>, the pattern's shape
/// beside the code that uses it. A test finds every marked template and writes <c>WordPatterns.Generated.cs</c>.
/// </summary>
/// <param name="options">The options the pattern is compiled with.</param>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
internal sealed class WordPatternAttribute(RegexOptions options = RegexOptions.None) : Attribute
{
    /// <summary>The options the pattern is compiled with.</summary>
    public RegexOptions Options { get; } = options;
}

/// <summary>
/// The regexes of templates marked <see cref="WordPatternAttribute"/>, expanded with the English lexicon. The
/// expanded patterns are compiled ahead of time by the regex source generator in <c>WordPatterns.Generated.cs</c>,
/// which a test writes from the templates and the lists
/// (<c>ROUNDUP_WRITE_PATTERNS=1 dotnet test test/Roundup.Tests -c Release --filter WordPatterns</c>) and which fails
/// when the two differ; a template whose expansion is not there (a list edited, the file not yet rewritten) is
/// interpreted, with the same matches.
/// </summary>
internal static partial class WordPatterns
{
    /// <summary>The regex of <paramref name="template"/> expanded with the English lexicon: compiled ahead of time when it is in the generated file.</summary>
    public static Regex Get(string template, RegexOptions options = RegexOptions.None)
    {
        var pattern = Expand(template);
        foreach (var regex in Compiled)
            if (regex.Options == options && string.Equals(regex.ToString(), pattern, StringComparison.Ordinal)) return regex;
        return new Regex(pattern, options);
    }

    /// <summary>
    /// <paramref name="template"/> with each <c>{@kind}</c> replaced by the English list's entries (see
    /// <see cref="LanguageLexicon.ExpandPattern(string)"/>); <c>{@kind:N}</c> takes the N-th whitespace-separated field
    /// of each entry, for lists whose lines are records ("GMT +00:00 day-first" in <c>time-zones</c>).
    /// </summary>
    public static string Expand(string template) => LanguageLexicon.ExpandPattern(template, Entries);

    /// <summary>The entries <c>{@kind}</c> or <c>{@kind:N}</c> stands for (see <see cref="Expand"/>).</summary>
    internal static IReadOnlyList<string> Entries(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        int colon = reference.LastIndexOf(':');
        if (colon < 0) return LanguageLexicon.English.Lines(reference);
        if (!int.TryParse(reference.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int field) || field < 1)
            throw new FormatException($"'{{@{reference}}}': the field after ':' must be a number from 1.");
        var kind = reference[..colon];
        return [.. LanguageLexicon.English.Lines(kind).Select(line =>
        {
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return field <= fields.Length ? fields[field - 1]
                : throw new FormatException($"List '{kind}' has no field {field} in line '{line}'.");
        })];
    }

    /// <summary>Every ahead-of-time compiled pattern (the test that writes them compares against this).</summary>
    internal static IReadOnlyList<Regex> All => Compiled;
}
