using Roundup.Rendering;
using Roundup.Store;

namespace Roundup.Server;

/// <summary>An article as a story lists it.</summary>
public sealed record ArticleRef(string Id, string? Title, string Outlet, string? Url, DateTimeOffset? Published, DateTimeOffset Added, string? DuplicateOf);

/// <summary>A summary sentence with the articles that report it, and the passage it was taken from.</summary>
public sealed record SentenceView(string Text, string Article, int Start, int Length, IReadOnlyList<ArticleRef> Sources);

/// <summary>How much one outlet covered a story.</summary>
public sealed record OutletCoverage(string Outlet, int Articles, int Copies, DateTimeOffset? First, DateTimeOffset? Last);

/// <summary>A summary version as listed.</summary>
public sealed record VersionRef(int Version, DateTimeOffset Created, int Articles);

/// <summary>A story with everything its page shows.</summary>
public sealed record StoryView(long Id, string Label, int ArticleCount, int Sources, DateTimeOffset FirstSeen, DateTimeOffset Updated, int Version,
    IReadOnlyList<SentenceView> Summary, FactsRenderer.FactsDto? Facts, IReadOnlyList<OutletCoverage> Coverage, IReadOnlyList<ArticleRef> Articles,
    IReadOnlyList<VersionRef> Versions);

/// <summary>What is new in a story since a time or a version.</summary>
public sealed record WhatIsNewView(long Id, string Label, long AfterArticle, IReadOnlyList<SentenceView> Summary, IReadOnlyList<ArticleRef> NewArticles);

/// <summary>An article with its clean text and the lines removed from it.</summary>
public sealed record ArticleView(string Id, string? Title, string Outlet, string? Url, string? Byline, DateTimeOffset? Published, DateTimeOffset Added,
    string? Language, long? Story, string? DuplicateOf, string Text, IReadOnlyList<StoredRemovedLine> Removed);

/// <summary>Builds the views from the store: one place for the API and the pages.</summary>
public static class StoryViews
{
    /// <summary>An article reference.</summary>
    public static ArticleRef Ref(StoredArticle a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, a.Title, a.DisplaySource, a.Url, a.Published, a.Added, a.DuplicateOf);
    }

    /// <summary>A story, or null when there is none with that id.</summary>
    public static StoryView? Story(IStoryStore store, long id)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.GetStory(id) is not { } s) return null;
        var articles = store.StoryArticles(id);
        var versions = store.SummaryVersions(id);
        var latest = versions.Count > 0 ? versions[^1] : null;
        var body = latest is null ? null : StoredSummary.Parse(latest.Body);
        var coverage = articles.GroupBy(a => a.DisplaySource)
            .Select(g => new OutletCoverage(g.Key, g.Count(a => a.DuplicateOf is null), g.Count(a => a.DuplicateOf is not null), g.Min(a => a.Published ?? a.Added), g.Max(a => a.Published ?? a.Added)))
            .OrderByDescending(c => c.Articles + c.Copies).ThenBy(c => c.Outlet, StringComparer.Ordinal).ToList();
        return new StoryView(id, s.Label ?? body?.Label ?? $"Story {id}", s.Articles, s.Sources, s.FirstSeen, s.Updated, s.LatestVersion,
            body is null ? [] : Sentences(body, articles), StoredSummary.ParseFacts(latest?.Facts), coverage,
            [.. articles.Select(Ref)], [.. versions.Select(v => new VersionRef(v.Version, v.Created, v.Articles))]);
    }

    /// <summary>The sentences of a stored summary with their sources resolved.</summary>
    public static IReadOnlyList<SentenceView> Sentences(StoredSummary body, IReadOnlyList<StoredArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(articles);
        var byId = articles.ToDictionary(a => a.Id);
        return [.. body.Sentences.Select(s => new SentenceView(s.Text, s.Article, s.Start, s.Length,
            [.. s.Sources.Where(byId.ContainsKey).Select(x => Ref(byId[x]))]))];
    }

    /// <summary>What is new in a story after a time (articles stored after it) or after a version (articles newer than those it was built from); null for an unknown story.</summary>
    public static WhatIsNewView? WhatIsNew(StoryIngestor ingestor, long id, DateTimeOffset? since, int? version)
    {
        ArgumentNullException.ThrowIfNull(ingestor);
        var store = ingestor.Store;
        if (store.GetStory(id) is not { } s) return null;
        var articles = store.StoryArticles(id);
        long after = version is { } v
            ? store.SummaryVersions(id).FirstOrDefault(x => x.Version == v)?.LastArticleSeq ?? 0
            : articles.Where(a => a.Added <= (since ?? DateTimeOffset.MinValue)).Select(a => a.Seq).DefaultIfEmpty(0).Max();
        if (ingestor.WhatIsNew(id, after) is not { } update) return null;
        return new WhatIsNewView(id, s.Label ?? $"Story {id}", after, Sentences(update.Summary, articles), [.. update.NewArticles.Select(Ref)]);
    }

    /// <summary>An article, or null.</summary>
    public static ArticleView? Article(IStoryStore store, string id)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.GetArticle(id) is not { } a) return null;
        return new ArticleView(a.Id, a.Title, a.DisplaySource, a.Url, a.Byline, a.Published, a.Added, a.Language, a.StoryId, a.DuplicateOf, a.CleanText, store.RemovedLines(id));
    }
}
