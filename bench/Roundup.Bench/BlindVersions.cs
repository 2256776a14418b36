using System.Globalization;
using System.Text;
using System.Text.Json;
using Roundup.Evaluation;

namespace Roundup.Bench;

/// <summary>
/// A paired blind comparison of two versions of Roundup (bench/blind/PROTOCOL.md §5): <c>blind-versions DATASET
/// OLD.jsonl NEW.jsonl OUT_DIR [SEED] [GROUPS]</c> reads two <c>roundup eval summarize --per-item</c> files of the same
/// dataset and writes one packet for every cluster whose summaries differ: its source articles and the two summaries,
/// in random order as A and B, under OUT_DIR/group-1 … (GROUPS, default 1); the key goes to OUT_DIR-key.tsv (beside
/// the folder, so a judge told to read the folder never sees it). <c>blind-tally</c> counts the verdicts against it
/// (its columns say "old" and "new" where the main comparison says "roundup" and "lead").
/// </summary>
public static class BlindVersions
{
    public static int Run(string[] args)
    {
        if (args.Length < 4)
        {
            Console.Error.WriteLine("usage: blind-versions DATASET OLD.jsonl NEW.jsonl OUT_DIR [SEED] [GROUPS]");
            return 2;
        }
        var output = args[3].TrimEnd('/');
        if (Path.GetFullPath(output).StartsWith(Path.GetFullPath("."), StringComparison.Ordinal))
        {
            Console.Error.WriteLine("Write the packets outside the repository (e.g. /tmp/pairs).");
            return 2;
        }
        int seed = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 1;
        int groups = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 1;
        var old = Read(args[1]);
        var updated = Read(args[2]);
        var random = new Random(seed);
        var key = new StringBuilder("packet\tset\tcluster\tA\tB\n");
        int k = 0;
        foreach (var c in SummaryEvaluationDataset.Load(args[0]))
        {
            if (!old.TryGetValue(c.Id, out var before) || !updated.TryGetValue(c.Id, out var after) || before == after) continue;
            bool newFirst = random.Next(2) == 0;
            string packet = $"v{++k:00}";
            var dir = Path.Combine(output, $"group-{(k - 1) % groups + 1}");
            Directory.CreateDirectory(dir);
            var sb = new StringBuilder();
            sb.Append("# Packet ").Append(packet).Append("\n\n## Source articles\n\n");
            int n = 0;
            foreach (var a in c.Cluster.Articles)
            {
                n++;
                if (string.IsNullOrWhiteSpace(a.Text)) continue;
                sb.Append("### Article ").Append(n).Append("\n\n").Append(a.Text.Trim()).Append("\n\n");
            }
            sb.Append("## Summary A\n\n").Append(newFirst ? after : before).Append("\n\n");
            sb.Append("## Summary B\n\n").Append(newFirst ? before : after).Append('\n');
            File.WriteAllText(Path.Combine(dir, packet + ".md"), sb.ToString());
            key.Append(CultureInfo.InvariantCulture, $"{packet}\t{Path.GetFileNameWithoutExtension(args[0])}\t{c.Id}\t{(newFirst ? "new" : "old")}\t{(newFirst ? "old" : "new")}\n");
        }
        File.WriteAllText(output + "-key.tsv", key.ToString());
        Console.WriteLine($"{k} packets in {Math.Min(k, groups)} group(s) under {output}; key in {output}-key.tsv");
        return 0;
    }

    /// <summary>Each item's summary (its sentences joined) by id, from a per-item file.</summary>
    private static Dictionary<string, string> Read(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            result[root.GetProperty("id").GetString()!] = string.Join(" ", root.GetProperty("summary").EnumerateArray().Select(s => s.GetString()));
        }
        return result;
    }
}
