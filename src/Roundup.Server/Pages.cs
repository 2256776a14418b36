using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Roundup.Rendering;
using Roundup.Store;

namespace Roundup.Server;

/// <summary>
/// The server-rendered pages: the story list (newest, biggest, search), a story (summary whose sentences show their
/// outlets on hover, focus or tap and link to the passage in the source, facts, timeline, conflicts, coverage by
/// outlet, articles, what is new), an article (clean text with the passage marked, removed lines apart). Every
/// value is HTML-escaped; the only script is a small file for "new since your last visit".
/// </summary>
public static class Pages
{
    /// <summary>Maps the pages and their static files.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", (IStoryStore store, string? sort, string? q) => Html(List(store, sort, q))).ExcludeFromDescription();
        app.MapGet("/stories/{id:long}", (StoryIngestor ingestor, long id, HttpRequest request) =>
        {
            int? since = int.TryParse(request.Query["since-version"], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
            return StoryViews.Story(ingestor.Store, id) is { } s ? Html(Story(s, since is null ? null : StoryViews.WhatIsNew(ingestor, id, null, since)))
                : Html(Layout("Not found", "<p>There is no such story.</p>", null), 404);
        }).ExcludeFromDescription();
        app.MapGet("/articles/{id}", (IStoryStore store, string id, int? start, int? length) =>
            StoryViews.Article(store, id) is { } a ? Html(Article(a, start, length)) : Html(Layout("Not found", "<p>There is no such article.</p>", null), 404)).ExcludeFromDescription();
        app.MapGet("/static/{name}", (string name) => Static(name)).ExcludeFromDescription();
        app.MapGet("/favicon.ico", () => Results.Redirect("/static/icon.svg", permanent: true)).ExcludeFromDescription();
    }

    private static IResult Html(string html, int status = 200) => Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);

    private static IResult Static(string name)
    {
        var type = name switch { "app.css" => "text/css; charset=utf-8", "app.js" => "text/javascript; charset=utf-8", "icon.svg" => "image/svg+xml", _ => null };
        if (type is null) return Results.NotFound();
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream("Roundup.Server.static." + name);
        if (s is null) return Results.NotFound();
        using var r = new StreamReader(s);
        return Results.Content(r.ReadToEnd(), type);
    }

    private static string H(string? s) => WebUtility.HtmlEncode(s ?? "");

    private static string When(DateTimeOffset? t) => t is { } x ? PublicationTime.FormatUtc(x) : "undated";

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    /// <summary>An href only for http(s) addresses (never javascript: or data:).</summary>
    private static string? SafeUrl(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? u.AbsoluteUri : null;

    private static string Layout(string title, string body, string? query)
    {
        var sb = new StringBuilder();
        sb.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append("<title>").Append(H(title)).Append(" · Roundup</title><link rel=\"icon\" href=\"/static/icon.svg\" type=\"image/svg+xml\"><link rel=\"stylesheet\" href=\"/static/app.css\"><script src=\"/static/app.js\" defer></script></head><body>");
        sb.Append("<a class=\"skip\" href=\"#main\">Skip to content</a><header><a class=\"brand\" href=\"/\">Roundup</a>");
        sb.Append("<form role=\"search\" action=\"/\" method=\"get\"><label for=\"q\" class=\"sr\">Search stories</label>");
        sb.Append("<input id=\"q\" name=\"q\" type=\"search\" placeholder=\"Search stories\" value=\"").Append(H(query)).Append("\"><button type=\"submit\">Search</button></form></header>");
        sb.Append("<main id=\"main\">").Append(body).Append("</main></body></html>");
        return sb.ToString();
    }

    private static string List(IStoryStore store, string? sort, string? q)
    {
        bool search = !string.IsNullOrWhiteSpace(q);
        bool biggest = sort == "sources";
        var stories = search ? store.SearchStories(q!, 50) : store.ListStories(biggest ? StoryOrder.MostSources : StoryOrder.Newest, 50);
        var sb = new StringBuilder();
        sb.Append("<h1>").Append(search ? $"Stories matching “{H(q)}”" : "Stories").Append("</h1>");
        sb.Append("<nav class=\"tabs\" aria-label=\"Order\"><a href=\"/\"").Append(!search && !biggest ? " aria-current=\"page\"" : "").Append(">Newest</a>");
        sb.Append("<a href=\"/?sort=sources\"").Append(!search && biggest ? " aria-current=\"page\"" : "").Append(">Biggest</a></nav>");
        if (stories.Count == 0) sb.Append("<p>").Append(search ? "No story matches." : "No stories yet.").Append("</p>");
        foreach (var s in stories)
        {
            sb.Append("<article class=\"story\"><h2><a href=\"/stories/").Append(s.Id).Append("\">").Append(H(s.Label ?? $"Story {s.Id}")).Append("</a></h2>");
            sb.Append("<p class=\"meta\">").Append(Plural(s.Sources, "source")).Append(" · ").Append(Plural(s.Articles, "article")).Append(" · updated ").Append(When(s.Updated)).Append("</p>");
            if (!string.IsNullOrWhiteSpace(s.SummaryText)) sb.Append("<p>").Append(H(s.SummaryText.Length > 280 ? s.SummaryText[..280] + "…" : s.SummaryText)).Append("</p>");
            sb.Append("</article>");
        }
        return Layout(search ? $"Search: {q}" : "Stories", sb.ToString(), q);
    }

    private static string Story(StoryView s, WhatIsNewView? update)
    {
        var sb = new StringBuilder();
        sb.Append("<h1>").Append(H(s.Label)).Append("</h1>");
        sb.Append("<p class=\"meta\">").Append(Plural(s.Sources, "source")).Append(" · ").Append(Plural(s.ArticleCount, "article")).Append(" · updated ").Append(When(s.Updated));
        if (s.Version > 0) sb.Append(" · summary version ").Append(s.Version);
        sb.Append("</p><p id=\"new-since\" class=\"notice\" hidden data-story=\"").Append(s.Id).Append("\" data-version=\"").Append(s.Version).Append("\"></p>");
        if (update is not null)
        {
            sb.Append("<section aria-labelledby=\"new-h\" class=\"notice\"><h2 id=\"new-h\">New since that version</h2>");
            if (update.Summary.Count == 0) sb.Append("<p>Nothing new: the later articles repeat what was reported before.</p>");
            else Sentences(sb, update.Summary, "n");
            sb.Append("</section>");
        }
        sb.Append("<section aria-labelledby=\"summary-h\"><h2 id=\"summary-h\">Summary</h2>");
        if (s.Summary.Count == 0) sb.Append("<p>The summary is being written.</p>");
        else
        {
            sb.Append("<p class=\"meta\">Hover, focus or tap a sentence to see the outlets that report it.</p>");
            Sentences(sb, s.Summary, "s");
        }
        sb.Append("</section>");
        if (s.Facts is { } f) Facts(sb, f, s);
        sb.Append("<section aria-labelledby=\"coverage-h\"><h2 id=\"coverage-h\">Coverage by outlet</h2><table><thead><tr><th scope=\"col\">Outlet</th><th scope=\"col\">Articles</th><th scope=\"col\">Copies</th><th scope=\"col\">First</th><th scope=\"col\">Last</th></tr></thead><tbody>");
        foreach (var c in s.Coverage)
            sb.Append("<tr><td>").Append(H(c.Outlet)).Append("</td><td>").Append(c.Articles).Append("</td><td>").Append(c.Copies).Append("</td><td>").Append(When(c.First)).Append("</td><td>").Append(When(c.Last)).Append("</td></tr>");
        sb.Append("</tbody></table></section>");
        sb.Append("<section aria-labelledby=\"articles-h\"><h2 id=\"articles-h\">Articles</h2><ul>");
        foreach (var a in s.Articles)
        {
            sb.Append("<li><a href=\"/articles/").Append(Uri.EscapeDataString(a.Id)).Append("\">").Append(H(a.Title ?? a.Id)).Append("</a> — ").Append(H(a.Outlet)).Append(", ").Append(When(a.Published ?? a.Added));
            if (a.DuplicateOf is not null) sb.Append(" (copy)");
            sb.Append("</li>");
        }
        sb.Append("</ul></section>");
        if (s.Versions.Count > 1)
        {
            sb.Append("<section aria-labelledby=\"versions-h\"><h2 id=\"versions-h\">Earlier versions</h2><ul>");
            foreach (var v in s.Versions.Take(s.Versions.Count - 1))
                sb.Append("<li><a href=\"/stories/").Append(s.Id).Append("?since-version=").Append(v.Version).Append("\">What is new since version ").Append(v.Version).Append("</a> (").Append(When(v.Created)).Append(", ").Append(Plural(v.Articles, "article")).Append(")</li>");
            sb.Append("</ul></section>");
        }
        return Layout(s.Label, sb.ToString(), null);
    }

    private static void Sentences(StringBuilder sb, IReadOnlyList<SentenceView> sentences, string prefix)
    {
        sb.Append("<ol class=\"summary\">");
        for (int i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            var id = $"{prefix}{i}";
            sb.Append("<li class=\"sentence\" tabindex=\"0\" aria-describedby=\"").Append(id).Append("\">").Append(H(s.Text));
            sb.Append("<span class=\"count\" aria-hidden=\"true\">").Append(s.Sources.Count).Append("</span>");
            sb.Append("<span class=\"sources\" id=\"").Append(id).Append("\" role=\"tooltip\">Reported by:<ul>");
            foreach (var src in s.Sources)
            {
                sb.Append("<li><a href=\"/articles/").Append(Uri.EscapeDataString(src.Id));
                if (src.Id == s.Article) sb.Append("?start=").Append(s.Start).Append("&amp;length=").Append(s.Length).Append("#passage");
                sb.Append("\">").Append(H(src.Outlet)).Append("</a>");
                if (src.Title is not null) sb.Append(" — ").Append(H(src.Title));
                sb.Append("</li>");
            }
            sb.Append("</ul></span></li>");
        }
        sb.Append("</ol>");
    }

    private static void Facts(StringBuilder sb, FactsRenderer.FactsDto f, StoryView s)
    {
        var outlets = s.Articles.ToDictionary(a => a.Id, a => a.Outlet);
        string Outlets(IEnumerable<string> ids) => string.Join(", ", ids.Select(i => outlets.GetValueOrDefault(i, i)).Distinct().Select(H));
        sb.Append("<section aria-labelledby=\"facts-h\"><h2 id=\"facts-h\">Facts</h2><div class=\"panel\">");
        foreach (var (kind, title) in new[] { ("person", "People"), ("organisation", "Organisations"), ("place", "Places") })
        {
            var items = f.Facts.Where(x => x.Kind == "entity" && x.EntityKind == kind).OrderByDescending(x => x.Sources.Count).Take(8).ToList();
            if (items.Count == 0) continue;
            sb.Append("<div><h3>").Append(title).Append("</h3><ul>");
            foreach (var e in items) sb.Append("<li>").Append(H(e.Value)).Append(" <span class=\"meta\">(").Append(Plural(e.Sources.Count, "article")).Append(")</span></li>");
            sb.Append("</ul></div>");
        }
        var numbers = f.Facts.Where(x => x.Kind == "number").Take(8).ToList();
        if (numbers.Count > 0)
        {
            sb.Append("<div><h3>Numbers</h3><ul>");
            foreach (var n in numbers) sb.Append("<li>").Append(H(n.Value)).Append(" <span class=\"meta\">— ").Append(Outlets(n.Sources)).Append("</span></li>");
            sb.Append("</ul></div>");
        }
        sb.Append("</div>");
        var byId = f.Facts.ToDictionary(x => x.Id);
        var quotes = f.Facts.Where(x => x.Kind == "quote").Take(6).ToList();
        if (quotes.Count > 0)
        {
            sb.Append("<h3>Quotes</h3><ul>");
            foreach (var q in quotes)
            {
                var speaker = q.Speaker is not null && byId.TryGetValue(q.Speaker, out var sp) ? sp.Value : null;
                sb.Append("<li><q>").Append(H(q.Value)).Append("</q>");
                if (speaker is not null) sb.Append(" — ").Append(H(speaker));
                sb.Append(" <span class=\"meta\">(").Append(Outlets(q.Sources)).Append(")</span></li>");
            }
            sb.Append("</ul>");
        }
        sb.Append("</section>");
        sb.Append("<section aria-labelledby=\"timeline-h\"><h2 id=\"timeline-h\">Timeline</h2>");
        if (f.Timeline.Count == 0) sb.Append("<p>No dated events.</p>");
        else
        {
            sb.Append("<ol>");
            foreach (var t in f.Timeline) sb.Append("<li><strong>").Append(H(t.Date)).Append(t.Confidence is < 1 ? "?" : "").Append("</strong> ").Append(H(t.Text)).Append("</li>");
            sb.Append("</ol>");
        }
        sb.Append("</section><section aria-labelledby=\"conflicts-h\"><h2 id=\"conflicts-h\">Where outlets differ</h2>");
        if (f.Conflicts.Count == 0) sb.Append("<p>No conflicting figures found.</p>");
        else
        {
            sb.Append("<ul>");
            foreach (var c in f.Conflicts)
            {
                sb.Append("<li>").Append(H(c.Description)).Append("<ul>");
                foreach (var v in c.Values) sb.Append("<li>").Append(H(v.Value)).Append(" — ").Append(Outlets(v.Articles)).Append("</li>");
                sb.Append("</ul></li>");
            }
            sb.Append("</ul>");
        }
        sb.Append("</section>");
    }

    private static string Article(ArticleView a, int? start, int? length)
    {
        var sb = new StringBuilder();
        sb.Append("<h1>").Append(H(a.Title ?? a.Id)).Append("</h1><p class=\"meta\">").Append(H(a.Outlet)).Append(" · ").Append(When(a.Published));
        if (a.Byline is not null) sb.Append(" · ").Append(H(a.Byline));
        if (SafeUrl(a.Url) is { } url) sb.Append(" · <a href=\"").Append(H(url)).Append("\" rel=\"noopener noreferrer nofollow\">original</a>");
        if (a.Story is { } story) sb.Append(" · <a href=\"/stories/").Append(story).Append("\">its story</a>");
        if (a.DuplicateOf is not null) sb.Append(" · near-copy of <a href=\"/articles/").Append(Uri.EscapeDataString(a.DuplicateOf)).Append("\">an earlier article</a>");
        sb.Append("</p><section aria-labelledby=\"text-h\"><h2 id=\"text-h\">Text</h2><div class=\"text\">");
        if (start is { } s && length is { } n && s >= 0 && n > 0 && s + n <= a.Text.Length)
            sb.Append(H(a.Text[..s])).Append("<mark id=\"passage\" tabindex=\"-1\">").Append(H(a.Text.Substring(s, n))).Append("</mark>").Append(H(a.Text[(s + n)..]));
        else sb.Append(H(a.Text));
        sb.Append("</div></section><section aria-labelledby=\"removed-h\" class=\"removed\"><h2 id=\"removed-h\">Removed by the cleaner</h2>");
        if (a.Removed.Count == 0) sb.Append("<p>Nothing was removed.</p>");
        else
        {
            sb.Append("<ul>");
            foreach (var r in a.Removed) sb.Append("<li>").Append(H(r.Text)).Append(" <span class=\"reason\">").Append(H(r.Reason)).Append("</span></li>");
            sb.Append("</ul>");
        }
        sb.Append("</section>");
        return Layout(a.Title ?? a.Id, sb.ToString(), null);
    }
}
