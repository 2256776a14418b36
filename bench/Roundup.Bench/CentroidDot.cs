using System.Diagnostics;
using System.Globalization;
using Roundup.Clustering;

namespace Roundup.Bench;

/// <summary>
/// The cost of one article-to-story similarity, the inner step of incremental clustering: the article's vector (200 terms)
/// against a story centroid (about 360 terms, 3 members of 120 random terms from a 20,000-term vocabulary), as the engine does
/// it (<see cref="ArticleQuery.Dot"/> over a <see cref="TermCentroid"/>) and as it did before (dictionary lookups per term).
/// 60 centroids drawn at random per article, as the engine compares up to 64 candidates; with few stories they stay in the
/// cache, with 30,000 (a year of subjects) they do not. Run:
/// dotnet run -c Release --project bench/Roundup.Bench -- centroid-dot 60 30000
/// </summary>
public static class CentroidDot
{
    public static int Run(string[] args)
    {
        foreach (var arg in args.DefaultIfEmpty("60"))
        {
            int stories = int.Parse(arg, CultureInfo.InvariantCulture);
            var rng = new Random(16);
            SparseVector Random(int n)
            {
                var ids = new SortedSet<int>();
                while (ids.Count < n) ids.Add(rng.Next(20_000));
                return new SparseVector([.. ids], [.. ids.Select(_ => (float)rng.NextDouble())]);
            }
            var centroids = new TermCentroid[stories];
            var dictionaries = new Dictionary<int, float>[stories];
            for (int i = 0; i < stories; i++)
            {
                centroids[i] = new TermCentroid();
                dictionaries[i] = [];
                for (int m = 0; m < 3; m++)
                {
                    var v = Random(120);
                    for (int k = 0; k < v.Ids.Length; k++)
                    {
                        centroids[i].Add(v.Ids[k], v.Weights[k]);
                        dictionaries[i][v.Ids[k]] = dictionaries[i].GetValueOrDefault(v.Ids[k]) + v.Weights[k];
                    }
                }
            }
            var articles = Enumerable.Range(0, 2_000).Select(_ => Random(200)).ToArray();
            var picks = articles.Select(_ => Enumerable.Range(0, 60).Select(_ => rng.Next(stories)).ToArray()).ToArray();
            var query = new ArticleQuery();
            double check = 0;
            int differ = 0;
            for (int a = 0; a < articles.Length; a++)
            {
                query.Prepare(articles[a]);
                foreach (var s in picks[a]) if (query.Dot(centroids[s]) != articles[a].Dot(dictionaries[s])) differ++;
            }
            for (int round = 0; round < 3; round++)
            {
                var sw = Stopwatch.StartNew();
                for (int a = 0; a < articles.Length; a++)
                {
                    query.Prepare(articles[a]);
                    foreach (var s in picks[a]) check += query.Dot(centroids[s]);
                }
                double fast = sw.Elapsed.TotalNanoseconds / (articles.Length * 60.0);
                sw.Restart();
                for (int a = 0; a < articles.Length; a++)
                    foreach (var s in picks[a]) check -= articles[a].Dot(dictionaries[s]);
                double dictionary = sw.Elapsed.TotalNanoseconds / (articles.Length * 60.0);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{stories} stories of {centroids.Average(c => c.Count):F0} terms, round {round + 1}: TermCentroid {fast:F0} ns a similarity, dictionary {dictionary:F0} ns ({dictionary / fast:F1}x); {differ} of {articles.Length * 60} similarities differ"));
            }
            GC.KeepAlive(check);
        }
        return 0;
    }
}
