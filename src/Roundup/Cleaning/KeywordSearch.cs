namespace Roundup.Cleaning;

/// <summary>
/// The keywords of one <c>contains</c> trigger (a named set, or a rule's literal keywords), searched in a line in any
/// case (ordinal, ignoring case).
/// </summary>
/// <remarks>
/// A loop of <see cref="MemoryExtensions.Contains(ReadOnlySpan{char}, ReadOnlySpan{char}, StringComparison)"/>, not
/// <c>SearchValues&lt;string&gt;</c>: the sets are small (up to ten keywords) and each line is searched at most once
/// a set, so the plain loop costs no more on a batch, and it needs no code compiled at run time, where each
/// <c>SearchValues</c> searcher (a generic type per set size and character class) had the JIT compile ~50 methods at
/// every process start.
/// </remarks>
internal sealed class KeywordSearch
{
    private readonly string[] _keywords;

    public KeywordSearch(int id, string[] keywords)
    {
        ArgumentNullException.ThrowIfNull(keywords);
        foreach (var k in keywords)
            if (string.IsNullOrEmpty(k)) throw new FormatException("a keyword is empty.");
        Id = id;
        _keywords = keywords;
    }

    /// <summary>Index of this search in <see cref="BoilerplateRules.Searches"/>.</summary>
    public int Id { get; }

    /// <summary>The keywords, in the order the rules file gives them.</summary>
    public IReadOnlyList<string> Keywords => _keywords;

    /// <summary>Whether <paramref name="text"/> contains one of the keywords, in any case.</summary>
    public bool FoundIn(ReadOnlySpan<char> text)
    {
        foreach (var k in _keywords)
            if (text.Contains(k, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
