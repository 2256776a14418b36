using Roundup.Clustering;
using Roundup.Evaluation.Clustering;
using Roundup.Model;
using Roundup.Pipeline;

namespace Roundup.Tests.Evaluation.Clustering;

public sealed class ClusteringDevSetTests
{
    /// <summary>The dev set at <paramref name="path"/>, shuffled as the README's figures are, each article cleaned.</summary>
    private static ClusteringDataset Cleaned(string path)
    {
        var data = ClusteringDataset.Load(path).Shuffle(1);
        var clean = new RoundupPipelineBuilder().UseCleaning().Build();
        foreach (var a in data.Articles) clean.Run(new Cluster(a.Id, [a]));
        return data;
    }

    [SkippableFact]
    public void WikiRef220_batch_clustering_keeps_its_dev_figure()
    {
        // Dev figure at the defaults: B-cubed F1 0.878 (batch). Guard against regressions with some slack.
        var data = Cleaned(DevData.Require("wikiref220"));
        var result = StoryClusterer.Cluster(data.Articles, ClusteringMode.Batch);
        var scores = ClusteringMetrics.Score(data.Gold, result.StoryOfArticle);
        Assert.True(scores.BCubedF1 >= 0.85, $"B-cubed F1 {scores.BCubedF1:F3}");
        Assert.True(scores.Nmi >= 0.85, $"NMI {scores.Nmi:F3}");
    }

    [SkippableFact]
    public void MultiNews_clustering_keeps_its_dev_figures_at_both_granularities()
    {
        // Dev figures (B-cubed): batch defaults F1 0.863; event level P 0.980, F1 0.886 (incremental 0.852). Guard with some slack.
        var data = Cleaned(DevData.Require("multinews/val250.jsonl"));
        var broad = ClusteringMetrics.Score(data.Gold, StoryClusterer.Cluster(data.Articles, ClusteringMode.Batch).StoryOfArticle);
        Assert.True(broad.BCubedF1 >= 0.85, $"defaults: B-cubed F1 {broad.BCubedF1:F3}");
        foreach (var a in data.Articles) a.DuplicateOf = null;
        var events = ClusteringMetrics.Score(data.Gold, StoryClusterer.Cluster(data.Articles, ClusteringMode.Batch, StoryClusteringOptions.Events).StoryOfArticle);
        Assert.True(events.BCubedF1 >= 0.87, $"events: B-cubed F1 {events.BCubedF1:F3}");
        Assert.True(events.BCubedPrecision >= 0.96, $"events: B-cubed precision {events.BCubedPrecision:F3}");
        foreach (var a in data.Articles) a.DuplicateOf = null;
        var stream = ClusteringMetrics.Score(data.Gold, StoryClusterer.Cluster(data.Articles, ClusteringMode.Incremental, StoryClusteringOptions.Events).StoryOfArticle);
        Assert.True(stream.BCubedF1 >= 0.84, $"events, incremental: B-cubed F1 {stream.BCubedF1:F3}");
    }
}
