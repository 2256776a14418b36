using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;

namespace Roundup.Lexicon;

/// <summary>
/// What Roundup knows about one language, kept as data: one embedded text file per kind of knowledge under
/// <c>Lexicon/&lt;language&gt;/</c> (stopwords, abbreviations, say-verbs, …), loaded once per process and shared.
/// Each list is defined exactly once; code asks the lexicon instead of keeping its own copy.
/// </summary>
/// <remarks>
/// File format: one entry per line; <c>#</c> starts a comment (whole line or trailing, after whitespace); blank
/// lines are ignored; surrounding whitespace is trimmed. Entries keep their case; <see cref="Words"/> compares
/// case-insensitively unless asked otherwise.
/// </remarks>
public sealed class LanguageLexicon
{
    private static readonly ConcurrentDictionary<string, LanguageLexicon> Loaded = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _lists = new(StringComparer.Ordinal);
    // Two dictionaries keyed by kind rather than one keyed by (kind, case): a tuple key would make the JIT compile the
    // dictionary's code for it at every process start, where ahead-of-time compiled code serves string keys.
    private readonly ConcurrentDictionary<string, FrozenSet<string>> _sets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FrozenSet<string>> _caseSensitiveSets = new(StringComparer.Ordinal);

    private LanguageLexicon(string language) => Language = language;

    /// <summary>The English lexicon (<c>Lexicon/en/</c>).</summary>
    public static LanguageLexicon English { get; } = For("en");

    /// <summary>The lexicon of a language by its ISO 639-1 code; throws when Roundup has no lexicon for it.</summary>
    public static LanguageLexicon For(string language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        return Loaded.GetOrAdd(language, static code =>
        {
            var lexicon = new LanguageLexicon(code);
            if (!lexicon.ResourceNames().Any())
                throw new KeyNotFoundException($"Roundup has no lexicon for language '{code}'.");
            return lexicon;
        });
    }

    /// <summary>ISO 639-1 code of the language.</summary>
    public string Language { get; }

    /// <summary>The kinds of list this lexicon holds (file names without extension).</summary>
    public IReadOnlyList<string> Kinds => [.. ResourceNames().Select(n => KindOf(n)).Order(StringComparer.Ordinal)];

    /// <summary>The entries of one list, in file order, comments and blank lines removed.</summary>
    public IReadOnlyList<string> Lines(string kind) => _lists.GetOrAdd(kind, k => Load(k));

    /// <summary>The entries of one list as a frozen set (case-insensitive by default).</summary>
    public FrozenSet<string> Words(string kind, bool caseSensitive = false) => caseSensitive
        ? _caseSensitiveSets.GetOrAdd(kind, k => Lines(k).ToFrozenSet(StringComparer.Ordinal))
        : _sets.GetOrAdd(kind, k => Lines(k).ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// A regular-expression template with every <c>{@kind}</c> replaced by an alternation of that list's entries in
    /// file order, each escaped: <c>{@say-verbs-listener}</c> becomes <c>(?:told|tells|asked|asks)</c>. Patterns that
    /// name words (verbs of saying, titles) are written so, and the words stay in the lexicon.
    /// </summary>
    public string ExpandPattern(string template) => ExpandPattern(template, Lines);

    /// <summary><see cref="ExpandPattern(string)"/> with lists given by kind (the lexicon's, or a test's).</summary>
    public static string ExpandPattern(string template, Func<string, IReadOnlyList<string>> lists)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(lists);
        var sb = new System.Text.StringBuilder(template.Length + 64);
        int pos = 0;
        while (pos < template.Length)
        {
            int open = template.IndexOf("{@", pos, StringComparison.Ordinal);
            if (open < 0) break;
            int close = template.IndexOf('}', open + 2);
            if (close < 0) throw new FormatException($"Unclosed '{{@' in pattern: {template}");
            sb.Append(template, pos, open - pos).Append("(?:");
            var entries = lists(template[(open + 2)..close]);
            for (int i = 0; i < entries.Count; i++)
            {
                if (i > 0) sb.Append('|');
                sb.Append(System.Text.RegularExpressions.Regex.Escape(entries[i]));
            }
            sb.Append(')');
            pos = close + 1;
        }
        return sb.Append(template, pos, template.Length - pos).ToString();
    }

    // Resources are named "Roundup.Lexicon.<language>/<kind>.txt" (see Roundup.csproj).
    private string Prefix => $"Roundup.Lexicon.{Language}/";

    private IEnumerable<string> ResourceNames() =>
        typeof(LanguageLexicon).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal));

    private string KindOf(string resourceName)
    {
        var rest = resourceName[Prefix.Length..];
        int dot = rest.LastIndexOf('.');
        return dot > 0 ? rest[..dot] : rest;
    }

    private List<string> Load(string kind)
    {
        var name = ResourceNames().FirstOrDefault(n => KindOf(n) == kind)
            ?? throw new KeyNotFoundException($"The '{Language}' lexicon has no list '{kind}' (known: {string.Join(", ", Kinds)}).");
        using var stream = typeof(LanguageLexicon).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    internal static List<string> Parse(TextReader reader)
    {
        var result = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            // A '#' starts a comment at the line's start or after whitespace; inside an entry ("C#") it is kept.
            while (hash > 0 && !char.IsWhiteSpace(line[hash - 1])) hash = line.IndexOf('#', hash + 1);
            if (hash >= 0) line = line[..hash];
            line = line.Trim();
            if (line.Length > 0) result.Add(line);
        }
        return result;
    }
}
