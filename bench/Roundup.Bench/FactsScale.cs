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
            var cluster = prep.Run(new Cluster("dense", [new Article("a", DenseText(kb * 1000)) { Published = new DateTimeOffset(2016, 12, 14, 9, 0, 0, TimeSpan.Zero) }]));
            var sw = Stopwatch.StartNew();
            var facts = FactsStage.Extract(cluster);
            sw.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kb}\t{sw.Elapsed.TotalSeconds:0.00}\t{sw.Elapsed.TotalMilliseconds / kb:0.00}\t{facts.Numbers.Count}\t{facts.Dates.Count}"));
        }
        return 0;
    }

    /// <summary>Sentences packed with dates, counts, money, percentages, durations and measures (the shape of the test's generator).</summary>
    internal static string DenseText(int bytes, int seed = 7)
    {
        var rng = new Random(seed);
        string[] months = ["January", "March", "June", "Sept.", "Dec."];
        string[] nouns = ["workers", "vehicles", "people", "homes", "flights", "votes"];
        string[] days = ["Monday", "Tuesday", "yesterday", "last week", "two days ago", "next month"];
        var sb = new StringBuilder(bytes + 200);
        while (sb.Length < bytes)
        {
            // Counts packed as tightly as a table written out as prose: every number is a candidate that is taken.
            for (int k = 0; k < 8; k++) sb.Append(CultureInfo.InvariantCulture, $"{rng.Next(2, 9000)} {nouns[rng.Next(nouns.Length)]}, ");
            sb.Append(CultureInfo.InvariantCulture,
                $"paid ${rng.Next(1, 900)}.{rng.Next(10)} million, {rng.Next(1, 99)} percent more than {days[rng.Next(days.Length)]} " +
                $"on {months[rng.Next(months.Length)]} {rng.Next(1, 29)}, {rng.Next(1990, 2025)}, over {rng.Next(2, 40)} days and {rng.Next(1, 300)} miles. ");
            if (rng.Next(8) == 0) sb.Append("\n\n");
        }
        return sb.ToString();
    }
}
