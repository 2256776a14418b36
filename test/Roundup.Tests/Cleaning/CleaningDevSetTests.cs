using System.Text.Json;
using Roundup.Cleaning;
using Roundup.Model;
using Xunit.Abstractions;

namespace Roundup.Tests.Cleaning;

/// <summary>
/// Runs the cleaner over the Multi-News dev clusters (when present) and reports removed lines by reason with
/// examples. Checks that known crawler notices go and that the cleaner does not eat the stories.
/// </summary>
public sealed class CleaningDevSetTests(ITestOutputHelper output)
{
    /// <summary>Reads the documents of a Multi-News JSONL file (documents split on "|||||", NEWLINE_CHAR = newline).</summary>
    internal static List<Article> ReadMultiNews(string path)
    {
        var articles = new List<Article>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var idx = doc.RootElement.GetProperty("idx").ToString();
            int n = 0;
            foreach (var d in doc.RootElement.GetProperty("documents").EnumerateArray())
                foreach (var part in (d.GetString() ?? "").Split("|||||"))
                    if (!string.IsNullOrWhiteSpace(part))
                        articles.Add(new Article($"{idx}/{n++}", part.Replace("NEWLINE_CHAR", "\n", StringComparison.Ordinal)));
        }
        return articles;
    }

    [SkippableFact]
    public void Dev_set_removed_lines_by_reason()
    {
        var path = DevData.Require("multinews/val250.jsonl");
        var articles = ReadMultiNews(path);
        var cleaner = new BoilerplateCleaner();
        int lines = 0;
        foreach (var a in articles)
        {
            cleaner.Clean(a);
            lines += a.RawText.Split('\n').Count(l => l.Trim().Length > 0);
        }
        var removed = articles.SelectMany(a => a.Removed.Select(r => (a.Id, r))).ToList();
        output.WriteLine($"articles {articles.Count}, non-blank lines {lines}, removed {removed.Count} ({100.0 * removed.Count / lines:F1}%), published from dateline {articles.Count(a => a.Published is not null)}");
        foreach (var g in removed.GroupBy(x => x.r.Reason).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"{g.Key}: {g.Count()}");
            foreach (var (id, r) in g.Take(4))
                output.WriteLine($"    [{id}] {(r.Text.Length > 110 ? r.Text[..110] + "…" : r.Text)}");
        }
        if (Environment.GetEnvironmentVariable("ROUNDUP_DUMP_REMOVED") is { Length: > 0 } dump)
            File.WriteAllLines(dump, removed.Select(x => $"{x.r.Reason}\t{x.Id}\t{x.r.Text}"));

        Assert.All(articles.SelectMany(a => a.Text.Split('\n')), l => Assert.DoesNotContain("Alexa Internet has been donating", l, StringComparison.Ordinal));
        Assert.True(removed.Count < lines * 0.2, "the cleaner removed more than a fifth of all lines");
        Assert.True(removed.Count > lines * 0.02, "the cleaner removed almost nothing");
    }
}
