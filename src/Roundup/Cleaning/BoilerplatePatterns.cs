using System.Text.RegularExpressions;

namespace Roundup.Cleaning;

/// <summary>
/// The patterns of the shipped boilerplate rules, compiled ahead of time by the regex source generator so that a
/// process starts as fast as with hand-written <see cref="GeneratedRegexAttribute"/> methods. The patterns are
/// written in <c>BoilerplatePatterns.Generated.cs</c> from the rules files by a test
/// (<c>ROUNDUP_WRITE_PATTERNS=1 dotnet test test/Roundup.Tests --filter BoilerplatePatterns</c>), which fails when the
/// two differ; a rule whose pattern is not there (a new language, an edit not yet written out) is interpreted.
/// </summary>
internal static partial class BoilerplatePatterns
{
    /// <summary>The ahead-of-time compiled regex for a pattern, or null when there is none.</summary>
    public static Regex? Find(string pattern, RegexOptions options)
    {
        foreach (var regex in Compiled)
            if (regex.Options == options && string.Equals(regex.ToString(), pattern, StringComparison.Ordinal)) return regex;
        return null;
    }

    /// <summary>Every ahead-of-time compiled pattern (the test that writes them compares against this).</summary>
    internal static IReadOnlyList<Regex> All => Compiled;
}
