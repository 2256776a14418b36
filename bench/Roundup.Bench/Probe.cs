using System.Diagnostics;
using Roundup.Cleaning;
using Roundup.Model;
namespace Roundup.Bench;
public static class Probe
{
    private static double Min(Action a, int reps = 60)
    {
        double best = double.MaxValue;
        for (int r = 0; r < reps; r++)
        {
            var sw = Stopwatch.StartNew();
            a();
            best = Math.Min(best, sw.Elapsed.TotalMicroseconds);
        }
        return best;
    }

    public static void Run()
    {
        var raw = SyntheticCluster.Generate(10, 600);
        var lines = raw.SelectMany(r => r.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        Console.WriteLine($"lines {lines.Length}");
        string[][] sets = [
          ["getty", "photo", "image", "credit", "reuters", "shutterstock", "istock", "caption", "courtesy", "afp", "bloomberg", "t.co/", "(@", "shared by", "twitter.com", "location information"],
          ["getty", "photo", "image", "credit", "reuters", "shutterstock", "istock", "caption"],
          ["javascript", "cookie", "blocker", "browser", "wayback", "archive", "crawl", "reserved", "sign up", "subscri", "inbox", "newsletter", "app ", "readers like", "unlimited", "become a"]];
        foreach (var set in sets)
        {
            var sv = System.Buffers.SearchValues.Create(set, StringComparison.OrdinalIgnoreCase);
            Console.WriteLine($"  sv {set.Length} {set[^1]}: {Min(() => { foreach (var l in lines) l.AsSpan().IndexOfAny(sv); }):F1} us");
        }
        var c = new BoilerplateCleaner();
        Console.WriteLine($"clean cluster: {Min(() => { foreach (var r in raw) c.Clean(new Article("a", r)); }):F1} us");
        Console.WriteLine($"classify lines: {Min(() => { foreach (var l in lines) LineClassifier.Classify(l); }):F1} us");
        foreach (var (name, f) in LineClassifier.Probes())
            Console.WriteLine($"  {name}: {Min(() => { foreach (var l in lines) f(l); }):F1} us");
    }
}
