using Roundup.Facts.Evaluation;
using Xunit.Abstractions;

namespace Roundup.Tests.Facts;

public sealed class FactsEvaluationTests(ITestOutputHelper output)
{
    internal static string GoldFolder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "facts");

    [Fact]
    public void Gold_set_has_at_least_30_multi_outlet_clusters()
    {
        var gold = FactsGold.LoadFolder(GoldFolder);
        Assert.True(gold.Count >= 30, $"only {gold.Count} gold clusters");
        Assert.All(gold, g => Assert.InRange(g.Articles.Count, 2, 3));
        Assert.True(gold.Sum(g => g.Conflicts.Count) >= 20);
    }

    [Fact]
    public void Facts_meet_the_targets_on_the_gold_set()
    {
        var report = FactsEvaluation.Run(FactsGold.LoadFolder(GoldFolder));
        output.WriteLine(report.ToString());
        foreach (var e in report.Errors) output.WriteLine(e);
        Assert.True(report.Quotes.F1 >= 0.90, $"quotes with speaker F1 {report.Quotes.F1:0.000} < 0.90");
        Assert.True(report.Dates.F1 >= 0.90, $"dates F1 {report.Dates.F1:0.000} < 0.90");
        Assert.True(report.Entities.F1 >= 0.85, $"entity B-cubed F1 {report.Entities.F1:0.000} < 0.85");
        Assert.True(report.Conflicts.Recall >= 0.90, $"conflict recall {report.Conflicts.Recall:0.000} < 0.90");
    }
}
