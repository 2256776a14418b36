using Roundup.Clustering;
using Roundup.Evaluation.Clustering;
using Roundup.Model;
using Roundup.Pipeline;

namespace Roundup.Tests.Evaluation.Clustering;

public sealed class ClusteringDevSetTests
{
    [SkippableFact]
    public void WikiRef220_batch_clustering_keeps_its_dev_figure()
    {
        // Dev figure at the defaults: B-cubed F1 0.907 (batch). Guard against regressions with some slack.
        var data = ClusteringDataset.Load(DevData.Require("wikiref220")).Shuffle(1);
        var clean = new RoundupPipelineBuilder().UseCleaning().Build();
        foreach (var a in data.Articles) clean.Run(new Cluster(a.Id, [a]));
        var result = StoryClusterer.Cluster(data.Articles, ClusteringMode.Batch);
        var scores = ClusteringMetrics.Score(data.Gold, result.StoryOfArticle);
        Assert.True(scores.BCubedF1 >= 0.85, $"B-cubed F1 {scores.BCubedF1:F3}");
        Assert.True(scores.Nmi >= 0.85, $"NMI {scores.Nmi:F3}");
    }
}
