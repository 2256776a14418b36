using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Roundup.Lexicon;

namespace Roundup.Summarization;

/// <summary>
/// Names an organisation a summary refers to only by its kind ("The measure is sponsored by the foundation, …"): a
/// reader of the summary has not read the sentence that introduced it. The name comes from the sentence's own article,
/// before or in that sentence ("the AIDS Healthcare Foundation", "the University of Michigan"), and is used only when
/// it is certain: the article names exactly one organisation of that kind, and the summary has named none before. Only
/// the first such reference changes; later ones then point back to it.
/// </summary>
internal static partial class OrganisationNames
{
    private static readonly FrozenSet<string> Heads = LanguageLexicon.English.Words("organisation-heads");

    /// <summary>
    /// The summary's sentences (<paramref name="texts"/>, in summary order, taken from sentences
    /// <paramref name="order"/> of <paramref name="f"/>) with the first unnamed "the &lt;kind&gt;" of each kind named.
    /// </summary>
    public static string[] Introduce(string[] texts, IReadOnlyList<int> order, ClusterFeatures f)
    {
        var result = (string[])texts.Clone();
        var done = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 0; k < result.Length; k++)
        {
            foreach (Match m in KindReference().Matches(result[k]))
            {
                var kind = m.Groups["kind"].Value;
                if (!Heads.Contains(kind) || !done.Add(kind)) continue;
                // Named already: in the summary so far, or in this sentence before the reference.
                var head = char.ToUpperInvariant(kind[0]) + kind[1..];
                if (result.Take(k).Any(t => NamesKind(t, head)) || NamesKind(result[k][..m.Index], head)) continue;
                if (ArticleName(f, order[k], head) is not { } name) continue;
                var article = m.Value[0] == 'T' ? "The " : "the ";
                result[k] = string.Concat(result[k].AsSpan(0, m.Index), article, name, result[k].AsSpan(m.Index + m.Length));
                break; // one change a sentence: the match positions after it have moved
            }
        }
        return result;
    }

    /// <summary>True when <paramref name="text"/> names an organisation whose name holds <paramref name="head"/> ("… Foundation", "University of …").</summary>
    private static bool NamesKind(string text, string head)
    {
        int i = text.IndexOf(head, StringComparison.Ordinal);
        while (i >= 0)
        {
            bool wordStart = i == 0 || !char.IsLetter(text[i - 1]);
            bool wordEnd = i + head.Length >= text.Length || !char.IsLetter(text[i + head.Length]);
            if (wordStart && wordEnd) return true;
            i = text.IndexOf(head, i + head.Length, StringComparison.Ordinal);
        }
        return false;
    }

    /// <summary>
    /// The one name of kind <paramref name="head"/> that the article of sentence <paramref name="sentence"/> gives in
    /// that sentence or before it ("AIDS Healthcare Foundation", "University of Michigan"), without a leading "The";
    /// null when it gives none or several.
    /// </summary>
    private static string? ArticleName(ClusterFeatures f, int sentence, string head)
    {
        string? found = null;
        int article = f.ArticleOf[sentence];
        for (int j = sentence; j >= 0 && f.ArticleOf[j] == article; j--)
        {
            var text = f.Sentences[j].Text;
            for (int i = text.IndexOf(head, StringComparison.Ordinal); i >= 0; i = text.IndexOf(head, i + head.Length, StringComparison.Ordinal))
            {
                if ((i > 0 && char.IsLetter(text[i - 1])) || (i + head.Length < text.Length && char.IsLetter(text[i + head.Length]))) continue;
                if (NameAround(text, i, head) is not { } name) continue;
                if (found is not null && found != name) return null; // two of that kind: which one is meant is not certain
                found = name;
            }
        }
        return found;
    }

    /// <summary>
    /// The name whose head word stands at <paramref name="at"/>: the capitalised words right before it ("AIDS Healthcare
    /// Foundation"; up to five, "&amp;" allowed, less a leading "The" or function word), else "of" and capitalised words
    /// after it ("University of Michigan"); null when neither is there.
    /// </summary>
    private static string? NameAround(string text, int at, string head)
    {
        var before = new List<string>();
        int end = at;
        while (before.Count < 5)
        {
            int stop = end - 1;
            if (stop < 1 || text[stop] != ' ') break;
            int start = stop;
            while (start > 0 && text[start - 1] != ' ') start--;
            var word = text[start..stop];
            if (!(word == "&" || (word.Length > 0 && char.IsUpper(word[0]) && word.All(c => char.IsLetterOrDigit(c) || c is '\'' or '’' or '.' or '-')))) break;
            before.Insert(0, word);
            end = start;
        }
        while (before.Count > 0 && (before[0] is "The" or "A" or "An" or "&" || Stopwords.Contains(before[0]))) before.RemoveAt(0);
        if (before.Count > 0) return string.Join(' ', before) + " " + head;
        var after = OfName().Match(text, at + head.Length);
        return after.Success && after.Index == at + head.Length ? head + after.Value : null;
    }

    private static readonly FrozenSet<string> Stopwords = LanguageLexicon.English.Words("content-stopwords");

    [GeneratedRegex(@"\b[Tt]he (?<kind>[a-z]+)\b(?!-)", RegexOptions.CultureInvariant)]
    private static partial Regex KindReference();

    [GeneratedRegex(@"\G of (?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}", RegexOptions.CultureInvariant)]
    private static partial Regex OfName();
}
