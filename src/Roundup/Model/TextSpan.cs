namespace Roundup.Model;

/// <summary>A half-open character range [Start, Start+Length) into a text owned by an <see cref="Article"/>.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Returns the characters of <paramref name="text"/> this span covers.</summary>
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);

    /// <summary>Whether <paramref name="other"/> shares at least one character with this span.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
