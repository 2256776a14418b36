using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Summarization;

namespace Roundup.Tests.Pipeline;

/// <summary>The warm-up builds shared tables early on another thread; runs beside it give the same results.</summary>
public sealed class StartupWarmupTests
{
    private static string Summarize(RoundupPipeline pipeline)
    {
        var a = new Article("a", "Photo: City Hall\nThe council approved the harbor budget on Monday after a long debate.\nIt will fund three new ferries and a repair yard.") { Source = "Daily" };
        var b = new Article("b", "Officials said the harbor budget vote was close.\nThe mayor welcomed the new ferries.\nSign up for our newsletter") { Source = "Herald" };
        var cluster = pipeline.Run(new Cluster("c", [a, b]));
        return string.Join("\n", cluster.Summary!.Sentences.Select(s => s.Sentence.Text))
            + "\n" + string.Join("\n", cluster.Articles.SelectMany(x => x.Removed).Select(r => r.ToString()));
    }

    [Fact]
    public async Task Runs_beside_the_warm_up_give_the_results_of_runs_without_it()
    {
        var pipeline = new RoundupPipelineBuilder().UseDefaults().UseSummarizer(new SummaryOptions { Sentences = 2 }).Build();
        var expected = Summarize(pipeline);
        var runs = Enumerable.Range(0, 4).Select(_ => Task.Run(() => Summarize(pipeline))).ToList();
        var warmups = Enumerable.Range(0, 2).Select(_ => Task.Run(StartupWarmup.Run)).ToList();
        StartupWarmup.Start();
        await Task.WhenAll([.. warmups, .. runs]);
        foreach (var r in runs) Assert.Equal(expected, await r);
        Assert.Contains("newsletter", expected, StringComparison.Ordinal); // the cleaner ran and removed the promotion line
    }
}
