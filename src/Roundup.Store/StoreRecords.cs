using Roundup.Model;

namespace Roundup.Store;

/// <summary>One stored article: its metadata, raw and clean text, near-copy link and story.</summary>
/// <param name="Seq">Arrival number (1, 2, …): the order articles were stored in.</param>
/// <param name="Id">Store id: the first 16 hex digits of <paramref name="Hash"/>.</param>
/// <param name="Hash">SHA-256 of the raw text (hex): the same text is stored once.</param>
/// <param name="OriginId">The id the article came with (file path, feed item id, client id).</param>
/// <param name="Title">Title.</param>
/// <param name="Source">Outlet.</param>
/// <param name="Url">Address.</param>
/// <param name="Byline">Byline.</param>
/// <param name="Published">Publication time, when known.</param>
/// <param name="Language">ISO 639-1 language code, when identified.</param>
/// <param name="RawText">The text as it arrived.</param>
/// <param name="CleanText">The text after cleaning.</param>
/// <param name="Added">When it was stored.</param>
/// <param name="DuplicateOf">Store id of the earlier article it copies, or null.</param>
/// <param name="StoryId">Its story, once assigned.</param>
public sealed record StoredArticle(long Seq, string Id, string Hash, string? OriginId, string? Title, string? Source, string? Url, string? Byline,
    DateTimeOffset? Published, string? Language, string RawText, string CleanText, DateTimeOffset Added, string? DuplicateOf, long? StoryId)
{
    /// <summary>A cleaned <see cref="Article"/> (no sentences, no removed lines) for summarizing.</summary>
    public Article ToArticle() => new(Id, RawText)
    {
        Text = CleanText, Title = Title, Source = Source, Url = Url, Byline = Byline, Published = Published, Language = Language,
        DuplicateOf = DuplicateOf, Index = (int)Math.Min(int.MaxValue, Seq),
    };

    /// <summary>The outlet name to show: <see cref="Source"/>, else the URL's host, else the id.</summary>
    public string DisplaySource => ToArticle().DisplaySource;
}

/// <summary>A line the cleaner removed from an article.</summary>
/// <param name="Start">Offset in the raw text.</param>
/// <param name="Length">Length in the raw text.</param>
/// <param name="Text">The line.</param>
/// <param name="Reason">Why it was removed.</param>
public sealed record StoredRemovedLine(int Start, int Length, string Text, string Reason);

/// <summary>What <see cref="IStoryStore.AddArticle"/> did.</summary>
/// <param name="Article">The stored article (the earlier one when the text was already stored).</param>
/// <param name="Added">False when the same text was already stored (nothing changed).</param>
public sealed record AddArticleResult(StoredArticle Article, bool Added);

/// <summary>One story as listed.</summary>
/// <param name="Id">Story id.</param>
/// <param name="Label">Headline.</param>
/// <param name="Articles">Articles in it.</param>
/// <param name="Sources">Distinct outlets among its independent articles (near-copies left out).</param>
/// <param name="FirstSeen">When its first article was stored.</param>
/// <param name="Updated">When an article last joined it.</param>
/// <param name="LatestVersion">Its newest summary version (0: not summarized yet).</param>
/// <param name="SummaryText">The newest summary as plain text.</param>
public sealed record StoryRecord(long Id, string? Label, int Articles, int Sources, DateTimeOffset FirstSeen, DateTimeOffset Updated, int LatestVersion, string? SummaryText);

/// <summary>One version of a story's summary.</summary>
/// <param name="StoryId">Story id.</param>
/// <param name="Version">1, 2, … in the order written.</param>
/// <param name="Created">When it was written.</param>
/// <param name="LastArticleSeq">The newest article (arrival number) it was built from.</param>
/// <param name="Articles">How many articles it was built from.</param>
/// <param name="Text">The summary as plain text.</param>
/// <param name="Body">The summary as JSON (sentences with sources and spans), as the caller wrote it.</param>
/// <param name="Facts">The facts as JSON, when extracted.</param>
public sealed record SummaryVersion(long StoryId, int Version, DateTimeOffset Created, long LastArticleSeq, int Articles, string Text, string Body, string? Facts);

/// <summary>How <see cref="IStoryStore.ListStories"/> orders stories.</summary>
public enum StoryOrder
{
    /// <summary>The most recently updated first.</summary>
    Newest,

    /// <summary>The most outlets first.</summary>
    MostSources,
}
