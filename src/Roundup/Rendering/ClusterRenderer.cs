using System.Text;
using Roundup.Model;

namespace Roundup.Rendering;

/// <summary>Renders processed clusters (with their summaries) as text, Markdown or JSON.</summary>
public static class ClusterRenderer
{
    /// <summary>Writes <paramref name="cluster"/> in <paramref name="format"/>. JSON is one line (JSON lines when several).</summary>
    public static void Write(Cluster cluster, OutputFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(writer);
        switch (format)
        {
            case OutputFormat.Json: writer.WriteLine(JsonModel.Serialize(cluster)); break;
            case OutputFormat.Markdown: writer.Write(Markdown(cluster)); break;
            default: writer.Write(PlainText(cluster)); break;
        }
    }

    /// <summary>Plain text: the summary, one sentence a line with its sources (and the facts, when found); no warnings.</summary>
    public static string PlainText(Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var sb = new StringBuilder();
        if (cluster.Label is { } raw && SafeText.Terminal(raw) is { Length: > 0 } label)
            sb.Append(label).Append('\n').Append(new string('=', Math.Min(label.Length, 80))).Append('\n');
        foreach (var s in cluster.Summary?.Sentences ?? [])
            sb.Append(SafeText.Terminal(s.Text)).Append(" [").Append(string.Join("; ", s.Sources.Select(a => SafeText.Terminal(a.DisplaySource)).Distinct())).Append("]\n");
        sb.Append(SafeText.Terminal(FactsRenderer.PlainText(cluster), keepLines: true));
        // Warnings are not part of the result: the CLI writes them to standard error.
        return sb.ToString();
    }

    /// <summary>Markdown: a heading, the summary with numbered source references, then the source list.</summary>
    public static string Markdown(Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var sb = new StringBuilder();
        sb.Append("## ").Append(SafeText.Markdown(cluster.Label ?? $"Story {cluster.Id}")).Append("\n\n");
        var used = new List<Article>();
        foreach (var s in cluster.Summary?.Sentences ?? [])
        {
            var refs = s.Sources.Distinct().Select(a =>
            {
                int i = used.IndexOf(a);
                if (i < 0) { used.Add(a); i = used.Count - 1; }
                return $"[{i + 1}]";
            });
            sb.Append(SafeText.Markdown(s.Text)).Append(' ').Append(string.Concat(refs)).Append('\n');
        }
        if (used.Count > 0)
        {
            sb.Append("\n**Sources**\n\n");
            for (int i = 0; i < used.Count; i++)
            {
                var a = used[i];
                sb.Append(i + 1).Append(". ").Append(SafeText.Markdown(a.DisplaySource));
                if (a.Title is { } t) sb.Append(" — ").Append(SafeText.Markdown(t));
                if (SafeText.Url(a.Url) is { } u) sb.Append(" <").Append(u).Append('>');
                sb.Append('\n');
            }
        }
        sb.Append(FactsRenderer.Markdown(cluster));
        foreach (var w in cluster.Warnings) sb.Append("\n> warning: ").Append(SafeText.Markdown(w)).Append('\n');
        sb.Append('\n');
        return sb.ToString();
    }
}
