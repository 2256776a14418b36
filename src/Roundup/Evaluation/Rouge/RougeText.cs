namespace Roundup.Evaluation.Rouge;

/// <summary>
/// A summary prepared for scoring by one <see cref="RougeScorer"/>: cut, tokenized, stemmed and mapped to the
/// scorer's integer token ids. Prepare a reference once and score many peers against it.
/// </summary>
public sealed class RougeText
{
    internal RougeText(RougeScorer owner, int[] tokens, int[][] units, string[] lines)
    {
        Owner = owner;
        Tokens = tokens;
        Units = units;
        Lines = lines;
    }

    internal RougeScorer Owner { get; }

    /// <summary>Token ids of the whole text, as ROUGE counts n-grams and skip bigrams (across sentences).</summary>
    internal int[] Tokens { get; }

    /// <summary>Token ids sentence by sentence (the units of ROUGE-L and ROUGE-W).</summary>
    internal int[][] Units { get; }

    /// <summary>The lines as ROUGE reads them, after lower-casing and length cuts (for diagnostics).</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>Number of tokens counted (after stopword removal).</summary>
    public int TokenCount => Tokens.Length;

    /// <summary>The counted tokens as text (stemmed), for diagnostics.</summary>
    public IReadOnlyList<string> TokenTexts => [.. Tokens.Select(Owner.TokenText)];
}
