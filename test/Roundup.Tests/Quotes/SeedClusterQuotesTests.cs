using Roundup.Pipeline;
using Roundup.Reading;
using Xunit.Abstractions;

namespace Roundup.Tests.Quotes;

/// <summary>The seed cluster (../shared/examples/seed-cluster, read from its path, never copied): every quotation with the right speaker.</summary>
public sealed class SeedClusterQuotesTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Every_seed_quotation_has_the_right_speaker()
    {
        var folder = DevData.Root is null ? null : Path.GetFullPath(Path.Combine(DevData.Root, "..", "examples", "seed-cluster"));
        Skip.If(folder is null || !Directory.Exists(folder), "The seed cluster (../shared/examples/seed-cluster) is not on this machine; skipping.");
        var pipeline = new RoundupPipelineBuilder().UseDefaults().UseQuotes().Build();
        var cluster = pipeline.RunAll(InputLoader.Load([folder!], TextReader.Null)).Single();
        // Opening words of each quotation (three words or more) → a name of its speaker (the article calls West "Kanye" too).
        var expected = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["We've been friends"] = "Trump",
            ["You take care"] = "Trump",
            ["I just want"] = "West|Kanye",
            ["Personal problems that"] = "Secret Service official",
            ["I told y’all"] = "West|Kanye",
            ["There are Hillary"] = "West|Kanye",
            ["It’s not in"] = "West|Kanye",
            ["friends for a"] = "Trump",
        };
        int checkedQuotes = 0;
        foreach (var article in cluster.Articles)
            foreach (var q in article.Quotes!)
            {
                var text = q.Text(article.Text);
                output.WriteLine($"{text[..Math.Min(50, text.Length)]} → {q.Speaker?.Name ?? "(none)"}");
                var key = expected.Keys.FirstOrDefault(k => text.StartsWith(k, StringComparison.Ordinal));
                if (key is null) continue;
                checkedQuotes++;
                Assert.True(expected[key].Split('|').Any(name => q.Speaker?.Name?.Contains(name, StringComparison.Ordinal) == true), $"'{text}' credited to {q.Speaker?.Name ?? "nobody"}, expected {expected[key]}");
            }
        Assert.True(checkedQuotes >= 8, $"only {checkedQuotes} seed quotations found");
    }
}
