namespace Roundup.Model;

/// <summary>A line the cleaner removed from an article, kept so a user can see what was dropped and why.</summary>
/// <param name="Span">Where the line was in <see cref="Article.RawText"/>.</param>
/// <param name="Text">The removed line.</param>
/// <param name="Reason">Which rule removed it (e.g. "promotion", "photo-credit").</param>
public sealed record RemovedLine(TextSpan Span, string Text, string Reason);
