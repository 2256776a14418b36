using System.Globalization;
using Roundup.Clustering;
using Roundup.Evaluation.Clustering;
using Roundup.Model;

namespace Roundup.Bench;

/// <summary>
/// Grid over story-clustering settings on labelled dev sets (prints B-cubed/pairwise F1 and NMI per setting).
/// Run: dotnet run -c Release --project bench/Roundup.Bench -- cluster-tune DATASET [key=v1,v2 …]
/// keys: threshold, entity, docterms, title, lead, refine, merge, linkage, scaling, match (centroid|mean), dense, mode.
/// </summary>
public static class ClusterTune
{
    public static int Run(string[] args)
    {
        var data = CleanedClusteringSet.Load(args[0]);
        IDocumentVectorSource? dense = null;
        if (args.Contains("--embeddings"))
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            dense = EmbeddingVectorSource.Create(data.Articles, Roundup.Embeddings.MiniLmEmbedder.Shared());
            Console.WriteLine($"embedded {data.Articles.Count} articles in {sw.Elapsed.TotalSeconds:F1} s");
            args = [.. args.Where(a => a != "--embeddings")];
        }
        var grid = args.Skip(1).Select(a => a.Split('=')).ToDictionary(p => p[0], p => p[1].Split(','));
        string[] Get(string k, string d) => grid.TryGetValue(k, out var v) ? v : [d];
        var ci = CultureInfo.InvariantCulture;
        foreach (var mode in Get("mode", "batch"))
        foreach (var t in Get("threshold", "0.18"))
        foreach (var e in Get("entity", "1.5"))
        foreach (var dt in Get("docterms", "200"))
        foreach (var ti in Get("title", "3"))
        foreach (var le in Get("lead", "2"))
        foreach (var re in Get("refine", "2"))
        foreach (var mg in Get("merge", "0.27"))
        foreach (var dw in Get("dense", "0.5"))
        foreach (var lk in Get("linkage", "0.15"))
        foreach (var sc in Get("scaling", "0"))
        foreach (var ma in Get("match", "centroid"))
        {
            var o = StoryClusteringOptions.Default with
            {
                Threshold = double.Parse(t, ci), EntityBoost = double.Parse(e, ci), DocumentTerms = int.Parse(dt, ci),
                TitleWeight = double.Parse(ti, ci), LeadWeight = double.Parse(le, ci), RefineIterations = int.Parse(re, ci), MergeThreshold = double.Parse(mg, ci), DenseWeight = double.Parse(dw, ci),
                LinkageThreshold = double.Parse(lk, ci), LocalScaling = int.Parse(sc, ci), Match = ma == "mean" ? StoryMatch.MemberMean : StoryMatch.Centroid,
            };
            foreach (var a in data.Articles) a.DuplicateOf = null;
            var r = StoryClusterer.Cluster(data.Articles, mode == "batch" ? ClusteringMode.Batch : ClusteringMode.Incremental, o, dense);
            var s = ClusteringMetrics.Score(data.Gold, r.StoryOfArticle);
            Console.WriteLine(string.Create(ci, $"{mode} t={t} entity={e} docterms={dt} title={ti} lead={le} refine={re} merge={mg} linkage={lk} scaling={sc} match={ma} dense={(dense is null ? "-" : dw)}: B3 P {s.BCubedPrecision:F3} R {s.BCubedRecall:F3} F1 {s.BCubedF1:F4} | pair F1 {s.PairF1:F4} | NMI {s.Nmi:F4} | stories {s.PredictedClusters}"));
        }
        return 0;
    }
}
