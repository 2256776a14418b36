using System.Text;
using System.Text.RegularExpressions;
using Roundup.Model;
using Roundup.Pipeline;

namespace Roundup.Cleaning;

/// <summary>
/// Removes lines that are not the story (promotions, embeds, credits, widgets) from each article, line by line,
/// and records each removed line with the reason in <see cref="Article.Removed"/>.
/// </summary>
public sealed partial class BoilerplateCleaner : IClusterStage
{
    /// <inheritdoc />
    public string Name => "clean";

    /// <inheritdoc />
    public void Process(Cluster cluster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        foreach (var article in cluster.Articles) Clean(article);
    }

    /// <summary>Cleans one article: sets <see cref="Article.Text"/> and fills <see cref="Article.Removed"/>.</summary>
    public void Clean(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        article.Removed.Clear();
        var raw = article.RawText;
        var kept = new StringBuilder(raw.Length);
        int pos = 0;
        while (pos <= raw.Length)
        {
            int nl = raw.IndexOf('\n', pos);
            int end = nl < 0 ? raw.Length : nl;
            var line = raw.AsSpan(pos, end - pos).TrimEnd('\r');
            var reason = Classify(line);
            if (reason is null) kept.Append(line).Append('\n');
            else article.Removed.Add(new RemovedLine(new TextSpan(pos, line.Length), line.ToString(), reason));
            if (nl < 0) break;
            pos = nl + 1;
        }
        article.Text = kept.ToString().Trim();
    }

    /// <summary>Returns the reason a line is boilerplate, or null when it is story text.</summary>
    public static string? Classify(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        if (t.IsEmpty) return null;
        var s = t.ToString();
        if (Promotion().IsMatch(s)) return "promotion";
        if (SocialEmbed().IsMatch(s)) return "social-embed";
        if (PhotoCredit().IsMatch(s)) return "photo-credit";
        if (Developing().IsMatch(s)) return "developing";
        if (Widget().IsMatch(s)) return "widget";
        return null;
    }

    [GeneratedRegex(@"^(sign up|subscribe|download the|get the .* app|want stories like)", RegexOptions.IgnoreCase)]
    private static partial Regex Promotion();

    [GeneratedRegex(@"(pic\.twitter\.com|t\.co/\w+|— .*\(@\w+\)|^WATCH:)", RegexOptions.IgnoreCase)]
    private static partial Regex SocialEmbed();

    [GeneratedRegex(@"\bvia Getty Images$|^\(.*/ ?(staff )?photographer\)$", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"(story is still developing|check back (later )?for updates)", RegexOptions.IgnoreCase)]
    private static partial Regex Developing();

    [GeneratedRegex(@"^(advertisement|share this|print|comments?|photo gallery\b.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Widget();
}
