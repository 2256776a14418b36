using System.Globalization;
using System.Text;
using System.Text.Json;
using Roundup.Model;

namespace Roundup.Rendering;

/// <summary>
/// Renders story listings (clusters with their articles) and digests (each story summarized with its sources) as
/// Markdown, HTML or JSON. Stories are written in the order given (the clusterer gives biggest first).
/// </summary>
public static class DigestRenderer
{
    /// <summary>A story listing as JSON lines: one line per story with its label, keywords and articles (no summaries).</summary>
    public static void WriteStoriesJson(IEnumerable<Cluster> stories, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var s in stories) writer.WriteLine(JsonSerializer.Serialize(StoryDto.Of(s), RenderingJsonContext.Relaxed.StoryDto));
    }

    /// <summary>A story listing as Markdown: a heading per story, its keywords, then one line per article.</summary>
    public static void WriteStoriesMarkdown(IReadOnlyList<Cluster> stories, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(writer);
        var sb = new StringBuilder();
        sb.Append("# Stories\n\n").Append(stories.Count).Append(" stories from ").Append(stories.Sum(s => s.Articles.Count)).Append(" articles.\n\n");
        foreach (var s in stories)
        {
            int independent = s.Articles.Count(a => a.DuplicateOf is null);
            sb.Append("## ").Append(SafeText.Markdown(s.Label ?? s.Id)).Append("\n\n");
            sb.Append('*').Append(SafeText.Markdown(s.Id)).Append(": ").Append(Plural(s.Articles.Count, "article")).Append(", ").Append(Plural(independent, "independent source"));
            if (s.Keywords.Count > 0) sb.Append(" — ").Append(SafeText.Markdown(string.Join(", ", s.Keywords)));
            if (s.Subject is { } subject) sb.Append(" — subject ").Append(SafeText.Markdown(subject.Id)).Append(": ").Append(SafeText.Markdown(subject.Label ?? ""));
            sb.Append("*\n\n");
            foreach (var a in s.Articles) AppendArticleLine(sb, a);
            sb.Append('\n');
        }
        writer.Write(sb.ToString());
    }

    /// <summary>A digest as Markdown: per story a heading, its sources count, the summary with numbered references, the sources.</summary>
    public static void WriteDigestMarkdown(IReadOnlyList<Cluster> stories, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(writer);
        var sb = new StringBuilder();
        sb.Append("# Digest\n\n").Append(stories.Count).Append(" stories from ").Append(stories.Sum(s => s.Articles.Count)).Append(" articles, biggest first.\n\n");
        Cluster? subject = null;
        foreach (var s in stories)
        {
            if (SubjectHeading(stories, s, ref subject) is { } heading) sb.Append("**Subject: ").Append(SafeText.Markdown(heading)).Append("**\n\n");
            sb.Append("## ").Append(SafeText.Markdown(s.Label ?? s.Id)).Append("\n\n");
            sb.Append('*').Append(Plural(s.Articles.Count(a => a.DuplicateOf is null), "source"));
            if (s.Keywords.Count > 0) sb.Append(" — ").Append(SafeText.Markdown(string.Join(", ", s.Keywords)));
            sb.Append("*\n\n");
            var refs = References(s);
            foreach (var sent in s.Summary?.Sentences ?? [])
                sb.Append(SafeText.Markdown(sent.Text)).Append(' ').Append(string.Concat(sent.Sources.Distinct().Select(a => $"[{refs.IndexOf(a) + 1}]"))).Append('\n');
            sb.Append("\n**Sources**\n\n");
            for (int i = 0; i < refs.Count; i++) { sb.Append(i + 1).Append(". "); AppendArticleLine(sb, refs[i], bullet: false); }
            sb.Append(FactsRenderer.Markdown(s));
            foreach (var w in s.Warnings) sb.Append("\n> warning: ").Append(SafeText.Markdown(w)).Append('\n');
            sb.Append('\n');
        }
        writer.Write(sb.ToString());
    }

    /// <summary>A digest as a self-contained HTML page.</summary>
    public static void WriteDigestHtml(IReadOnlyList<Cluster> stories, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(writer);
        static string E(string? s) => SafeText.Html(s);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Digest</title>\n")
          .Append("<style>body{font-family:sans-serif;max-width:50em;margin:auto;padding:1em}sup{color:#555}.meta{color:#666;font-style:italic}</style></head><body>\n")
          .Append("<h1>Digest</h1>\n<p>").Append(stories.Count).Append(" stories from ").Append(stories.Sum(s => s.Articles.Count)).Append(" articles, biggest first.</p>\n");
        Cluster? subject = null;
        foreach (var s in stories)
        {
            if (SubjectHeading(stories, s, ref subject) is { } heading) sb.Append("<p class=\"subject\">Subject: ").Append(E(heading)).Append("</p>\n");
            sb.Append("<section id=\"").Append(E(s.Id)).Append("\">\n<h2>").Append(E(s.Label ?? s.Id)).Append("</h2>\n<p class=\"meta\">")
              .Append(E(Plural(s.Articles.Count(a => a.DuplicateOf is null), "source")));
            if (s.Keywords.Count > 0) sb.Append(" — ").Append(E(string.Join(", ", s.Keywords)));
            sb.Append("</p>\n<p>");
            var refs = References(s);
            foreach (var sent in s.Summary?.Sentences ?? [])
            {
                sb.Append(E(sent.Text));
                foreach (var a in sent.Sources.Distinct()) sb.Append("<sup>[").Append(refs.IndexOf(a) + 1).Append("]</sup>");
                sb.Append(' ');
            }
            sb.Append("</p>\n<ol>\n");
            foreach (var a in refs)
            {
                sb.Append("<li>").Append(E(a.DisplaySource));
                if (a.Title is { } t) sb.Append(" — ").Append(SafeText.Url(a.Url) is { } u ? $"<a href=\"{E(u)}\" rel=\"noopener noreferrer nofollow\">{E(t)}</a>" : E(t));
                if (a.Published is { } p) sb.Append(" (").Append(p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(')');
                sb.Append("</li>\n");
            }
            sb.Append("</ol>\n</section>\n");
        }
        sb.Append("</body></html>\n");
        writer.Write(sb.ToString());
    }

    /// <summary>A digest as JSON lines: one line per story with the full cluster model (<see cref="JsonModel"/>) plus its size.</summary>
    public static void WriteDigestJson(IEnumerable<Cluster> stories, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var s in stories) writer.WriteLine(JsonModel.Serialize(s));
    }

    /// <summary>Sources of a story for reference numbers: articles cited by the summary first, then the other independent ones.</summary>
    private static List<Article> References(Cluster s)
    {
        var refs = new List<Article>();
        foreach (var sent in s.Summary?.Sentences ?? [])
            foreach (var a in sent.Sources) if (!refs.Contains(a)) refs.Add(a);
        foreach (var a in s.Articles) if (a.DuplicateOf is null && !refs.Contains(a)) refs.Add(a);
        return refs;
    }

    private static void AppendArticleLine(StringBuilder sb, Article a, bool bullet = true)
    {
        if (bullet) sb.Append("- ");
        sb.Append(SafeText.Markdown(a.DisplaySource));
        if (a.Title is { } t && t != a.DisplaySource) sb.Append(" — ").Append(SafeText.Markdown(t));
        if (SafeText.Url(a.Url) is { } u) sb.Append(" <").Append(u).Append('>');
        if (a.Published is { } p) sb.Append(" (").Append(PublicationTime.Format(p)).Append(')');
        if (a.DuplicateOf is { } d) sb.Append(" — copy of ").Append(SafeText.Markdown(d));
        sb.Append('\n');
    }

    /// <summary>
    /// Events come grouped by their subject (the clusterer orders them so): when <paramref name="story"/> opens a subject
    /// that holds more than one of <paramref name="stories"/>, the subject's label and size; else null.
    /// </summary>
    private static string? SubjectHeading(IReadOnlyList<Cluster> stories, Cluster story, ref Cluster? current)
    {
        if (story.Subject is not { } subject || ReferenceEquals(subject, current)) return null;
        current = subject;
        int events = stories.Count(x => ReferenceEquals(x.Subject, subject));
        return events < 2 ? null : $"{subject.Label ?? subject.Id} ({events} events, {Plural(subject.Articles.Count, "article")})";
    }

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    /// <summary>An article of a story listing.</summary>
    public sealed record StoryArticleDto(string Id, string? Title, string Source, string? Url, DateTimeOffset? Published, string? DuplicateOf);

    /// <summary>The subject of an event in a listing: its id, label, keywords and number of articles over all its events.</summary>
    public sealed record StorySubjectDto(string Id, string? Label, IReadOnlyList<string> Keywords, int Articles);

    /// <summary>A story of a listing.</summary>
    public sealed record StoryDto(string Id, string? Label, IReadOnlyList<string> Keywords, int Articles, int Sources, IReadOnlyList<StoryArticleDto> Items)
    {
        /// <summary>The listing record of <paramref name="c"/>.</summary>
        public static StoryDto Of(Cluster c)
        {
            ArgumentNullException.ThrowIfNull(c);
            return new StoryDto(c.Id, c.Label, c.Keywords, c.Articles.Count, c.Articles.Count(a => a.DuplicateOf is null),
                [.. c.Articles.Select(a => new StoryArticleDto(a.Id, a.Title, a.DisplaySource, a.Url, a.Published, a.DuplicateOf))])
            {
                Event = c.Subject is null ? null : c.Id,
                Subject = c.Subject is { } s ? new StorySubjectDto(s.Id, s.Label, s.Keywords, s.Articles.Count) : null,
            };
        }

        /// <summary>For an event found by story clustering, its id (the story's own); null otherwise.</summary>
        public string? Event { get; init; }

        /// <summary>For an event found by story clustering, the running subject it belongs to.</summary>
        public StorySubjectDto? Subject { get; init; }
    }
}
