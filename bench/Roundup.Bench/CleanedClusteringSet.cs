using Roundup.Evaluation.Clustering;
using Roundup.Model;
using Roundup.Pipeline;

namespace Roundup.Bench;

/// <summary>The clustering dev-set loading the cluster bench commands share: read, optionally shuffle, clean every article.</summary>
internal static class CleanedClusteringSet
{
    /// <summary>Loads <paramref name="path"/> with the event labels of <paramref name="eventLabels"/> (files read as one; none when null or empty), shuffles it with <paramref name="seed"/> (none when null) and cleans the articles in parallel.</summary>
    public static ClusteringDataset Load(string path, int? seed = 1, params string[]? eventLabels)
    {
        var data = ClusteringDataset.Load(path);
        if (eventLabels is { Length: > 0 }) data = data.WithEventLabels(eventLabels);
        if (seed is { } s) data = data.Shuffle(s);
        var clean = new RoundupPipelineBuilder().UseCleaning().Build();
        Parallel.ForEach(data.Articles, a => clean.Run(new Cluster(a.Id, [a])));
        return data;
    }
}
