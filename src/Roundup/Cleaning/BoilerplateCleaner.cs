using System.Text;
using Roundup.Model;
using Roundup.Pipeline;

namespace Roundup.Cleaning;

/// <summary>Options of the <see cref="BoilerplateCleaner"/>.</summary>
public sealed record CleaningOptions
{
    /// <summary>Set <see cref="Article.Published"/> from a removed dateline when it is not known. Default: true.</summary>
    public bool UseDatelines { get; init; } = true;

    /// <summary>Set <see cref="Article.Byline"/> from a removed "By …" line when it is not known. Default: true.</summary>
    public bool UseBylines { get; init; } = true;

    /// <summary>
    /// Also remove the short caption line directly below a credit-only line ("X via Getty Images" then "Kanye West at
    /// Trump Tower", with no blank line between). Default: true.
    /// </summary>
    public bool RemoveCaptionAfterCredit { get; init; } = true;

    /// <summary>Longest line (characters) taken as a caption below a credit line. Default: 150.</summary>
    public int MaxCaptionLength { get; init; } = 150;
}

/// <summary>
/// Removes lines that are not the story (promotions, embeds, credits and captions, widgets, notices, datelines,
/// copyright and related-story lines, web-archive notices) from each article, line by line, and records each
/// removed line with the reason (<see cref="BoilerplateReason"/>) in <see cref="Article.Removed"/>. The cleaned
/// text keeps one line per kept line (trimmed) with single blank lines between paragraphs.
/// Thread-safe; cost is a few cheap checks per story line.
/// </summary>
public sealed class BoilerplateCleaner : IClusterStage
{
    [ThreadStatic] private static StringBuilder? t_builder;

    /// <summary>Creates a cleaner with default options.</summary>
    public BoilerplateCleaner() : this(new CleaningOptions()) { }

    /// <summary>Creates a cleaner.</summary>
    public BoilerplateCleaner(CleaningOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The options in force.</summary>
    public CleaningOptions Options { get; }

    /// <inheritdoc />
    public string Name => "clean";

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Provides => [Capability.CleanText];

    /// <inheritdoc />
    public void Process(Cluster cluster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        foreach (var article in cluster.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Clean(article);
        }
    }

    /// <summary>Cleans one article: sets <see cref="Article.Text"/> and fills <see cref="Article.Removed"/>.</summary>
    public void Clean(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        article.Removed.Clear();
        var raw = article.RawText;
        var sb = t_builder ??= new StringBuilder(4096);
        sb.Clear();
        int pos = 0;
        bool pendingBlank = false;   // a blank line was seen since the last kept line
        bool afterCredit = false;    // the previous line was a credit-only line directly above
        bool inList = false;         // inside a "Topics"/"Tags" list of short lines
        var narrators = TranscriptTurns.Narrators(raw); // a broadcast transcript's host and reporters (see TranscriptTurns)
        while (pos <= raw.Length)
        {
            int nl = raw.IndexOf('\n', pos);
            int end = nl < 0 ? raw.Length : nl;
            var line = raw.AsSpan(pos, end - pos);
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                pendingBlank = true;
                afterCredit = false;
            }
            else
            {
                int start = pos + (line.Length - line.TrimStart().Length);
                if (narrators is not null && TranscriptTurns.NarratorLabelLength(trimmed, narrators) is > 0 and var labelLength)
                {
                    // A host's turn: the label goes, the words are the story's.
                    RemovePrefix(article, ref trimmed, ref start, labelLength, TranscriptTurns.Reason);
                    if (trimmed.IsEmpty)
                    {
                        if (nl < 0) break;
                        pos = nl + 1;
                        continue;
                    }
                }
                // A photo caption run into the story's first words: the caption and its credit go (see GluedCaptions).
                if (GluedCaptions.Length(trimmed) is > 0 and var captionLength)
                    RemovePrefix(article, ref trimmed, ref start, captionLength, BoilerplateReason.PhotoCredit);
                // A widget's label run into a paragraph of the story: the label goes (see WidgetLabels).
                if (WidgetLabels.Length(trimmed) is > 0 and var labelEnd)
                    RemovePrefix(article, ref trimmed, ref start, labelEnd, BoilerplateReason.Widget);
                var verdict = LineClassifier.Classify(trimmed);
                string? reason = verdict.Reason ?? WireLines.Classify(trimmed);
                if (reason is null && afterCredit && Options.RemoveCaptionAfterCredit && trimmed.Length <= Options.MaxCaptionLength
                    && !EndsWithColon(trimmed))
                    reason = BoilerplateReason.PhotoCredit;
                if (reason is null && inList && IsListItem(trimmed)) reason = BoilerplateReason.Related;
                else inList = verdict.StartsList;
                afterCredit = verdict.IsCreditOnly;
                if (reason is null)
                {
                    if (sb.Length > 0) sb.Append(pendingBlank ? "\n\n" : "\n");
                    AppendVisible(sb, trimmed);
                    pendingBlank = false;
                }
                else
                {
                    var text = trimmed.ToString();
                    article.Removed.Add(new RemovedLine(new TextSpan(start, trimmed.Length), text, reason));
                    if (verdict.IsDateline && article.Dateline is null && DatelineParser.Parse(text, new TextSpan(start, trimmed.Length)) is { } dateline)
                    {
                        article.Dateline = dateline;
                        if (Options.UseDatelines && article.Published is null)
                        {
                            article.Published = dateline.Published;
                            article.PublishedOrigin = "dateline";
                        }
                    }
                    if (reason == BoilerplateReason.Byline && Options.UseBylines && string.IsNullOrWhiteSpace(article.Byline))
                        article.Byline = text.Length > 3 ? text[3..].Trim() : text;
                }
            }
            if (nl < 0) break;
            pos = nl + 1;
        }
        article.Text = sb.Length == raw.Length && article.Removed.Count == 0 && sb.Equals(raw.AsSpan()) ? raw : sb.ToString();
        // The wire dateline that opens the story ("WASHINGTON (AP) — ") stays in the text; it is read here, once.
        article.WireDateline = DatelineParser.ReadOpening(article.Text, article.Title);
        DateFromByline(article);
        if (sb.Capacity > 1 << 20) t_builder = null; // do not pin a huge buffer to the thread
    }


    private static bool EndsWithColon(ReadOnlySpan<char> s) => s[^1] == ':';

    /// <summary>
    /// Removes the first <paramref name="length"/> characters of a kept line (a transcript label, a glued caption, a
    /// widget's label) with <paramref name="reason"/>, recorded without their trailing spaces; the line goes on after them.
    /// </summary>
    private static void RemovePrefix(Article article, ref ReadOnlySpan<char> line, ref int start, int length, string reason)
    {
        var prefix = line[..length].TrimEnd();
        article.Removed.Add(new RemovedLine(new TextSpan(start, prefix.Length), prefix.ToString(), reason));
        line = line[length..];
        start += length;
    }

    /// <summary>
    /// "By Gareth Pryce | Published 2 February 2026": a byline (a page's, or a removed "By …" line) that carries the
    /// date after a bar gives the publication date when none is known, and keeps only the names.
    /// </summary>
    private void DateFromByline(Article article)
    {
        if (!Options.UseDatelines || article.Published is not null || article.Byline is not { } byline) return;
        int bar = byline.IndexOf('|');
        if (bar <= 0) return;
        foreach (var part in byline[(bar + 1)..].Split('|'))
            if (DatelineParser.Parse(part.Trim()) is { IsTimestampLine: true } dateline)
            {
                article.Published = dateline.Published;
                article.PublishedOrigin = "dateline";
                article.Byline = byline[..bar].Trim();
                return;
            }
    }

    /// <summary>Zero-width spaces and joiners, word joiners, stray byte-order marks and soft hyphens: invisible, but they split words.</summary>
    private static readonly System.Buffers.SearchValues<char> Invisible = System.Buffers.SearchValues.Create("\u200b\u200c\u200d\u2060\ufeff\u00ad");

    /// <summary>Appends a kept line without its invisible characters ("EMT\u200bs" reads and counts as "EMTs").</summary>
    private static void AppendVisible(StringBuilder sb, ReadOnlySpan<char> line)
    {
        int i;
        while ((i = line.IndexOfAny(Invisible)) >= 0)
        {
            sb.Append(line[..i]);
            line = line[(i + 1)..];
        }
        sb.Append(line);
    }

    /// <summary>A topic/tag list item: at most 40 characters and 4 words, no sentence punctuation at the end.</summary>
    private static bool IsListItem(ReadOnlySpan<char> s) =>
        s.Length <= 40 && s[^1] is not ('.' or '!' or '?' or '"' or '”' or ':') && Sentence.CountWords(s) <= 4;

    /// <summary>The verdict kept on a sentence the classifier took for story text.</summary>
    private static readonly object StoryVerdict = new();

    /// <summary>
    /// The reason the line classifier gives <paramref name="sentence"/> read as a line of its own (page furniture inside
    /// a story paragraph: "Follow him on Twitter: @…", "Jane Roe contributed to this report."), or null for story text.
    /// Each sentence is classified once: the verdict is kept on it, and every later caller (summary eligibility for each
    /// summarizer, story labels) reads it from there. One reference is written, so concurrent callers at worst classify
    /// twice and agree.
    /// </summary>
    public static string? Verdict(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var verdict = sentence.BoilerplateVerdict;
        if (verdict is null)
        {
            verdict = (object?)Classify(sentence.Text) ?? StoryVerdict;
            sentence.BoilerplateVerdict = verdict;
        }
        return verdict as string;
    }

    /// <summary>Returns the reason a single line is boilerplate, or null when it is story text.</summary>
    public static string? Classify(ReadOnlySpan<char> line) => LineClassifier.Classify(line.Trim()).Reason;
}
