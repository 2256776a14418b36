using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Roundup.Evaluation;
using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Summarization;

namespace Roundup.Bench;

/// <summary>
/// The blind comparison of bench/blind/PROTOCOL.md. Three modes:
/// <list type="bullet">
/// <item><c>blind-packets DATA_DIR OUT_DIR [SEED]</c>: draws 20 clusters of multinews/val250.jsonl and 20 of
/// duc2006/duc2006.jsonl with a fixed seed and writes one packet per cluster under OUT_DIR/group-1 … group-4 (10
/// each): the source articles, Roundup's 120-word summary and the first 120 words of the most central article, in
/// random order as A and B; the key goes to OUT_DIR/key.tsv, which judges never see.</item>
/// <item><c>blind-tally KEY VERDICTS</c>: counts verdicts (a TSV of packet id, A|B|tie, reason) against the key.</item>
/// <item><c>summary-checks DATASET [WORDS]</c>: prints every summary sentence the reader checks flag, with the
/// sentence before it, for reading by hand.</item>
/// </list>
/// </summary>
public static partial class BlindComparison
{
    private const int Words = 120;
    private const int PerSet = 20;
    private const int Groups = 4;

    [GeneratedRegex(@"\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    public static int Packets(string[] args)
    {
        var data = args[0];
        var output = args[1];
        int seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 11;
        if (Path.GetFullPath(output).StartsWith(Path.GetFullPath("."), StringComparison.Ordinal))
        {
            Console.Error.WriteLine("Write the packets outside the repository (e.g. /tmp/blind).");
            return 2;
        }
        var random = new Random(seed);
        var drawn = new List<(string Set, SummaryEvaluationCase Case)>();
        foreach (var (set, file) in new[] { ("multinews", Path.Combine(data, "multinews", "val250.jsonl")), ("duc2006", Path.Combine(data, "duc2006", "duc2006.jsonl")) })
        {
            var cases = SummaryEvaluationDataset.Load(file).ToList();
            var picked = Enumerable.Range(0, cases.Count).OrderBy(_ => random.Next()).Take(PerSet).Order().ToList();
            drawn.AddRange(picked.Select(i => (set, cases[i])));
        }
        var pipeline = new RoundupPipelineBuilder().UseDefaults().UseSummarizer(new SummaryOptions { Words = Words }).Build();
        // Interleave the sets so each group of ten holds five of each.
        var order = Enumerable.Range(0, PerSet).SelectMany(i => new[] { drawn[i], drawn[PerSet + i] }).ToList();
        Directory.CreateDirectory(output);
        var key = new StringBuilder("packet\tset\tcluster\tA\tB\tcentral_article\n");
        for (int k = 0; k < order.Count; k++)
        {
            var (set, c) = order[k];
            var cluster = pipeline.Run(c.Cluster);
            var summary = string.Join(" ", cluster.Summary!.Sentences.Select(s => s.Text));
            var central = MostCentral(cluster);
            var lead = FirstWords(central.Text, Words);
            bool roundupFirst = random.Next(2) == 0;
            string packet = $"p{k + 1:00}";
            var dir = Path.Combine(output, $"group-{k % Groups + 1}");
            Directory.CreateDirectory(dir);
            var sb = new StringBuilder();
            sb.Append("# Packet ").Append(packet).Append("\n\n## Source articles\n\n");
            foreach (var a in cluster.Articles.Where(a => !string.IsNullOrWhiteSpace(a.Text)))
            {
                sb.Append("### Article ").Append(a.Index + 1);
                if (!string.IsNullOrWhiteSpace(a.Title)) sb.Append(": ").Append(a.Title);
                sb.Append("\n\n").Append(a.Text.Trim()).Append("\n\n");
            }
            sb.Append("## Summary A\n\n").Append(roundupFirst ? summary : lead).Append("\n\n");
            sb.Append("## Summary B\n\n").Append(roundupFirst ? lead : summary).Append('\n');
            File.WriteAllText(Path.Combine(dir, packet + ".md"), sb.ToString());
            key.Append(CultureInfo.InvariantCulture, $"{packet}\t{set}\t{c.Id}\t{(roundupFirst ? "roundup" : "lead")}\t{(roundupFirst ? "lead" : "roundup")}\t{central.Id}\n");
        }
        File.WriteAllText(Path.Combine(output, "key.tsv"), key.ToString());
        Console.WriteLine($"{order.Count} packets in {Groups} groups under {output}; key in {Path.Combine(output, "key.tsv")}");
        return 0;
    }

    /// <summary>The article closest to the cluster's centroid (content-word counts, cosine), among articles with at least 120 words.</summary>
    internal static Article MostCentral(Cluster cluster)
    {
        var vectors = cluster.Articles.Select(a => Vector(a.Text)).ToList();
        var centroid = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var v in vectors)
        {
            double norm = Math.Sqrt(v.Values.Sum(x => x * x));
            if (norm == 0) continue;
            foreach (var (w, x) in v) centroid[w] = centroid.GetValueOrDefault(w) + x / norm;
        }
        int best = 0;
        double bestScore = double.NegativeInfinity;
        for (int i = 0; i < vectors.Count; i++)
        {
            if (Token().Count(cluster.Articles[i].Text) < Words && cluster.Articles.Any(a => Token().Count(a.Text) >= Words)) continue;
            double norm = Math.Sqrt(vectors[i].Values.Sum(x => x * x));
            if (norm == 0) continue;
            double dot = vectors[i].Sum(e => e.Value * centroid.GetValueOrDefault(e.Key));
            if (dot / norm > bestScore) { bestScore = dot / norm; best = i; }
        }
        return cluster.Articles[best];
    }

    private static Dictionary<string, double> Vector(string text)
    {
        var v = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (Match m in Token().Matches(text))
        {
            var w = m.Value.Trim('"', '“', '”', '\'', '’', '‘', ',', '.', ';', ':', '(', ')', '!', '?').ToLowerInvariant();
            if (w.Length < 4) continue;
            v[w] = v.GetValueOrDefault(w) + 1;
        }
        return v;
    }

    /// <summary>The first <paramref name="count"/> words of <paramref name="text"/>, paragraphs joined by spaces.</summary>
    internal static string FirstWords(string text, int count) =>
        string.Join(" ", Token().Matches(text).Take(count).Select(m => m.Value));

    public static int Tally(string[] args)
    {
        var key = File.ReadLines(args[0]).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'))
            .ToDictionary(p => p[0], p => (Set: p[1], A: p[3], B: p[4]), StringComparer.Ordinal);
        var counts = new Dictionary<(string Set, string Winner), int>();
        int total = 0;
        foreach (var line in File.ReadLines(args[1]))
        {
            if (line.Trim().Length == 0 || line.StartsWith('#') || line.StartsWith("packet\t", StringComparison.Ordinal)) continue;
            var p = line.Split('\t');
            if (p.Length < 2 || !key.TryGetValue(p[0].Trim(), out var k)) { Console.Error.WriteLine($"unknown packet: {line}"); return 2; }
            var verdict = p[1].Trim().ToUpperInvariant();
            string winner = verdict switch { "A" => k.A, "B" => k.B, "TIE" => "tie", _ => "" };
            if (winner.Length == 0) { Console.Error.WriteLine($"verdict must be A, B or tie: {line}"); return 2; }
            total++;
            foreach (var set in new[] { k.Set, "all" })
                counts[(set, winner)] = counts.GetValueOrDefault((set, winner)) + 1;
        }
        // The key names the two sides: "roundup" and "lead" (blind-packets) or "new" and "old" (blind-versions).
        var sides = key.Values.SelectMany(k => new[] { k.A, k.B }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Reverse().Append("tie").ToList();
        foreach (var set in key.Values.Select(k => k.Set).Distinct(StringComparer.Ordinal).Append("all"))
        {
            int n = sides.Sum(w => counts.GetValueOrDefault((set, w)));
            if (n == 0) continue;
            string Share(string w) => string.Create(CultureInfo.InvariantCulture, $"{counts.GetValueOrDefault((set, w))} ({100.0 * counts.GetValueOrDefault((set, w)) / n:0}%)");
            Console.WriteLine($"{set,-10} n={n,-3} " + string.Join("  ", sides.Select(w => $"{w} {Share(w)}")));
        }
        return total == 0 ? 2 : 0;
    }

    public static int Checks(string[] args)
    {
        int words = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 250;
        var cases = SummaryEvaluationDataset.Load(args[0]).ToList();
        var pipeline = new RoundupPipelineBuilder().UseDefaults().UseSummarizer(new SummaryOptions { Words = words }).Build();
        var summaries = new List<string>[cases.Count];
        Parallel.For(0, cases.Count, i => summaries[i] = [.. pipeline.Run(cases[i].Cluster).Summary!.Sentences.Select(s => s.Text)]);
        for (int i = 0; i < cases.Count; i++)
        {
            var problems = SummaryChecks.Check(summaries[i]);
            for (int j = 0; j < problems.Count; j++)
                if (problems[j] != SentenceProblem.None)
                    Console.WriteLine($"{cases[i].Id} [{problems[j]}] {(j > 0 ? "after: " + summaries[i][j - 1] : "(first)")}\n    >> {summaries[i][j]}");
        }
        Console.WriteLine(SummaryChecks.Report(summaries));
        return 0;
    }
}
