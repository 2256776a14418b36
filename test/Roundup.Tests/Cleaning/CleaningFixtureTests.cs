using Roundup.Cleaning;
using Roundup.Model;
using Xunit.Abstractions;

namespace Roundup.Tests.Cleaning;

/// <summary>
/// Scores the cleaner on our labelled fixture articles (Fixtures/cleaning): every non-blank line is either labelled
/// boilerplate (prefix "#BOILER:reason ") or story; precision and recall of removed lines over the whole set.
/// </summary>
public sealed class CleaningFixtureTests(ITestOutputHelper output)
{
    private const string Marker = "#BOILER:";

    internal sealed record LabelledLine(string File, string Text, string? Reason);

    internal static IEnumerable<(string File, string Raw, List<LabelledLine> Lines)> LoadFixtures()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Fixtures", "cleaning");
        foreach (var path in Directory.EnumerateFiles(dir, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var lines = new List<LabelledLine>();
            var raw = new List<string>();
            foreach (var l in File.ReadAllLines(path))
            {
                if (l.StartsWith(Marker, StringComparison.Ordinal))
                {
                    int space = l.IndexOf(' ', StringComparison.Ordinal);
                    var text = l[(space + 1)..];
                    lines.Add(new LabelledLine(name, text.Trim(), l[Marker.Length..space]));
                    raw.Add(text);
                }
                else
                {
                    if (l.Trim().Length > 0) lines.Add(new LabelledLine(name, l.Trim(), null));
                    raw.Add(l);
                }
            }
            yield return (name, string.Join("\n", raw), lines);
        }
    }

    [Fact]
    public void Fixture_set_has_enough_labelled_cases()
    {
        var all = LoadFixtures().ToList();
        Assert.True(all.Count >= 15, $"only {all.Count} fixture articles");
        Assert.True(all.Sum(f => f.Lines.Count(l => l.Reason is not null)) >= 50);
        Assert.True(all.Sum(f => f.Lines.Count(l => l.Reason is null)) >= 100);
    }

    [Fact]
    public void Removed_lines_have_precision_and_recall_on_labelled_fixtures()
    {
        var cleaner = new BoilerplateCleaner();
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var (file, raw, lines) in LoadFixtures())
        {
            var article = new Article(file, raw);
            cleaner.Clean(article);
            var removed = article.Removed.Select(r => r.Text).ToList();
            foreach (var line in lines)
            {
                int i = removed.IndexOf(line.Text);
                bool wasRemoved = i >= 0;
                if (wasRemoved) removed.RemoveAt(i);
                var got = wasRemoved ? article.Removed.First(r => r.Text == line.Text).Reason : null;
                switch (wasRemoved, line.Reason is not null)
                {
                    case (true, true): tp++; break;
                    case (true, false): fp++; output.WriteLine($"FALSE POSITIVE [{got}] {file}: {line.Text}"); break;
                    case (false, true): fn++; output.WriteLine($"MISSED [{line.Reason}] {file}: {line.Text}"); break;
                    default: tn++; break;
                }
            }
            // Whatever the cleaner kept must be exactly the unlabelled lines.
            foreach (var kept in article.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                Assert.Contains(lines, l => l.Text == kept.Trim());
        }
        double precision = tp / (double)Math.Max(1, tp + fp);
        double recall = tp / (double)Math.Max(1, tp + fn);
        output.WriteLine($"lines: {tp + fp + fn + tn}, boilerplate labelled: {tp + fn}, removed: {tp + fp}");
        output.WriteLine($"precision {precision:F3} ({tp}/{tp + fp}), recall {recall:F3} ({tp}/{tp + fn})");
        Assert.True(precision >= 0.95, $"precision {precision:F3}");
        Assert.True(recall >= 0.90, $"recall {recall:F3}");
    }
}
