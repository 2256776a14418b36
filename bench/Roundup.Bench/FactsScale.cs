using System.Diagnostics;
using System.Globalization;
using System.Text;
using Roundup.Facts;
using Roundup.Model;
using Roundup.Pipeline;

namespace Roundup.Bench;

/// <summary>
/// Report mode <c>facts-scale [KB…]</c>: time of the facts stage alone on one generated article dense with dates and
/// numbers, at several sizes (issue #17 item 3: the stage was quadratic there). Prints KB, seconds and ms per KB;
/// near-linear cost keeps ms per KB flat.
/// </summary>
internal static class FactsScale
{
    public static int Run(string[] args)
    {
        var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [100, 340, 900];
        var prep = new RoundupPipelineBuilder().UseCleaning().UseSegmentation().Build();
        Console.WriteLine("KB\tfacts s\tms/KB\tnumbers\tdates");
        foreach (var kb in sizes)
        {
            var cluster = prep.Run(new Cluster("dense", [new Article("a", DenseNewsText.Create(kb * 1000)) { Published = new DateTimeOffset(2016, 12, 14, 9, 0, 0, TimeSpan.Zero) }]));
            var sw = Stopwatch.StartNew();
            var facts = FactsStage.Extract(cluster);
            sw.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kb}\t{sw.Elapsed.TotalSeconds:0.00}\t{sw.Elapsed.TotalMilliseconds / kb:0.00}\t{facts.Numbers.Count}\t{facts.Dates.Count}"));
        }
        return 0;
    }
}
