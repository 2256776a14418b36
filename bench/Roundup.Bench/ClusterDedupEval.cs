using System.Globalization;
using System.Text;
using Roundup.Clustering;
using Roundup.Model;

namespace Roundup.Bench;

/// <summary>
/// Near-duplicate detection measured on edited copies built from a dev set, and threshold calibration on SemEval-2022
/// Task 8 pairs. Nothing is written to disk.
/// Run: dotnet run -c Release --project bench/Roundup.Bench -- cluster-dedup ../shared/data/multinews/val250.jsonl [../shared/data/semeval2022-task8]
/// </summary>
public static class ClusterDedupEval
{
    private static readonly string[] Boilerplate =
    [
        "Sign up for our daily newsletter and get the top stories in your inbox every morning. You can unsubscribe at any time.",
        "Follow us on social media for the latest updates. Share this article with your friends and family.",
        "Copyright 2024. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
        "Read more: Politics | Business | Sport | Weather | Opinion",
        "This story has been updated with additional reporting. Comments are closed for this article.",
    ];

    public static int Run(string[] args)
    {
        var data = CleanedClusteringSet.Load(args[0], seed: null);
        var kept = Enumerable.Range(0, data.Articles.Count).Where(i => Sentence.CountWords(data.Articles[i].Text) >= 50).ToList();
        var originals = kept.Select(i => data.Articles[i]).ToList();
        var gold = kept.Select(i => data.Gold[i]).ToList();
        var vocab = originals.SelectMany(a => a.Text.Split(' ')).Where(w => w.Length > 3 && w.All(char.IsLetter)).Distinct().ToArray();
        var rng = new Random(7);
        var copies = new List<(Article Copy, int Source, string Edits)>();
        for (int i = 0; i < originals.Count; i++)
            for (int k = 0; k < 5; k++)
            {
                var (text, edits) = Edit(originals[i].Text, vocab, rng);
                copies.Add((new Article($"copy{k}-{originals[i].Id}", text), i, edits));
            }
        var opts = NearDuplicateOptions.Default;
        var index = new NearDuplicateIndex(opts);
        var falsePositives = new List<string>();
        int sameStory = 0;
        for (int i = 0; i < originals.Count; i++)
        {
            int d = index.Add(originals[i]);
            if (d < 0) continue;
            if (gold[d] == gold[i]) sameStory++;
            else falsePositives.Add($"{originals[i].Id} ~ {originals[d].Id}");
        }
        var prints = originals.Select(index.Fingerprint).ToList();
        int hits = 0, wrong = 0;
        var missDetails = new List<string>();
        var misses = new Dictionary<string, int>();
        var sims = new List<double>();
        foreach (var (copy, source, edits) in copies)
        {
            // Each copy is checked against the originals only (copies are not added), as a repost would be.
            var fp = index.Fingerprint(copy);
            sims.Add(MinHash.Similarity(fp.Signature!, prints[source].Signature!));
            int d = Probe(index, prints, fp);
            if (d == source || (d >= 0 && originals[source].DuplicateOf is { } root && originals[d].Id == root)) hits++;
            else
            {
                if (d >= 0) wrong++;
                if (missDetails.Count < 4)
                {
                    double j = MinHash.Similarity(fp.Signature!, prints[source].Signature!);
                    missDetails.Add(string.Create(CultureInfo.InvariantCulture, $"  miss: {edits}, J {j:F2}, shingles {fp.Shingles} vs {prints[source].Shingles}, containment {MinHash.Containment(j, fp.Shingles, prints[source].Shingles):F2}, band {ShareBand(fp.Signature!, prints[source].Signature!, NearDuplicateOptions.Default)}"));
                }
                foreach (var e in edits.Split('+')) misses[e] = misses.GetValueOrDefault(e) + 1;
            }
        }
        var ci = CultureInfo.InvariantCulture;
        sims.Sort();
        Console.WriteLine(string.Create(ci, $"originals {originals.Count} (dev articles of 50+ words, cleaned), edited copies {copies.Count}"));
        Console.WriteLine(string.Create(ci, $"recall on edited copies: {(double)hits / copies.Count:F4} ({hits}/{copies.Count}; {wrong} attributed to another article); misses by edit: {string.Join(", ", misses.Select(m => $"{m.Key} {m.Value}"))}"));
        Console.WriteLine(string.Create(ci, $"estimated Jaccard copy vs original: min {sims[0]:F2}, 1st pct {sims[sims.Count / 100]:F2}, median {sims[sims.Count / 2]:F2}"));
        Console.WriteLine(string.Create(ci, $"false positives among distinct originals (different gold stories): {falsePositives.Count}/{originals.Count} = {(double)falsePositives.Count / originals.Count:P3}; same-story originals marked as copies (syndication): {sameStory}"));
        foreach (var m in missDetails) Console.WriteLine(m);
        var byId = originals.ToDictionary(a => a.Id);
        int identical = 0;
        foreach (var f in falsePositives.Select(f => f.Split(" ~ ")))
        {
            double j = MinHash.Similarity(index.Signature(byId[f[0]])!, index.Signature(byId[f[1]])!);
            if (j >= 0.9) { identical++; continue; }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  distinct-looking fp (J {j:F2}): «{Head(byId[f[0]].Text)}» vs «{Head(byId[f[1]].Text)}»"));
        }
        int distinct = falsePositives.Count - identical;
        long pairs = (long)originals.Count * (originals.Count - 1) / 2;
        Console.WriteLine(string.Create(ci, $"  of these, {identical} are the same text (estimated Jaccard ≥ 0.9, e.g. crawler notices that Multi-News carries in several stories): real copies; the other {distinct} = {(double)distinct / originals.Count:P3} of articles, {(double)distinct / pairs:P5} of pairs"));
        if (args.Length > 1) SemEval(args[1]);
        return 0;
    }

    /// <summary>The original a copy would be attributed to (same LSH bands and match rule as the index), without adding it.</summary>
    private static int Probe(NearDuplicateIndex index, List<(uint[]? Signature, int Shingles)> originals, (uint[]? Signature, int Shingles) copy)
    {
        var o = NearDuplicateOptions.Default;
        for (int i = 0; i < originals.Count; i++)
            if (originals[i].Signature is { } s && copy.Signature is { } c && ShareBand(c, s, o) && index.Match(copy, originals[i])) return i;
        return -1;
    }

    private static bool ShareBand(uint[] a, uint[] b, NearDuplicateOptions o)
    {
        for (int band = 0; band < o.Bands; band++)
        {
            bool same = true;
            for (int r = 0; r < o.Rows && same; r++) same = a[band * o.Rows + r] == b[band * o.Rows + r];
            if (same) return true;
        }
        return false;
    }

    private static (string Text, string Edits) Edit(string text, string[] vocab, Random rng)
    {
        var paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        var sentences = paragraphs.SelectMany(p => p.Split(". ")).ToList();
        var edits = new List<string>();
        int kinds = rng.Next(1, 16); // a non-empty subset of the four edits
        if ((kinds & 1) != 0 && sentences.Count > 3)
        {
            int drop = Math.Max(1, (int)(sentences.Count * 0.15 * rng.NextDouble()) + 1);
            for (int i = 0; i < drop && sentences.Count > 2; i++) sentences.RemoveAt(rng.Next(sentences.Count));
            edits.Add("drop");
        }
        if ((kinds & 2) != 0 && sentences.Count > 2)
        {
            int a = rng.Next(sentences.Count), b = rng.Next(sentences.Count);
            (sentences[a], sentences[b]) = (sentences[b], sentences[a]);
            edits.Add("reorder");
        }
        var words = string.Join(". ", sentences).Split(' ');
        if ((kinds & 4) != 0)
        {
            int changes = rng.Next(1, 6);
            for (int i = 0; i < changes; i++) words[rng.Next(words.Length)] = vocab[rng.Next(vocab.Length)];
            edits.Add("words");
        }
        var sb = new StringBuilder(string.Join(' ', words));
        if ((kinds & 8) != 0)
        {
            var bp = Boilerplate[rng.Next(Boilerplate.Length)];
            if (rng.Next(2) == 0) sb.Insert(0, bp + "\n\n"); else sb.Append("\n\n").Append(bp);
            edits.Add("boilerplate");
        }
        if (edits.Count == 0) edits.Add("none");
        return (sb.ToString(), string.Join('+', edits));
    }

    private static string Head(string t) => t.Length > 120 ? t[..120].ReplaceLineEndings(" ") : t.ReplaceLineEndings(" ");

    /// <summary>Estimated Jaccard and TF-IDF cosine of SemEval pairs (English-English), by human "Overall" score.</summary>
    private static void SemEval(string folder)
    {
        var rows = new List<(string T1, string T2, double Overall)>();
        foreach (var file in new[] { "training_set.csv", "testing_set.csv" })
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path)) continue;
            var table = Csv(File.ReadAllText(path));
            var head = table[0];
            int l1 = head.IndexOf("lang1"), l2 = head.IndexOf("lang2"), t1 = head.IndexOf("text1"), t2 = head.IndexOf("text2"), ov = head.IndexOf("Overall");
            foreach (var r in table.Skip(1))
                if (r.Count > ov && r[l1] == "en" && r[l2] == "en" && double.TryParse(r[ov], NumberStyles.Float, CultureInfo.InvariantCulture, out var o))
                    rows.Add((r[t1], r[t2], o));
        }
        var a1 = rows.Select((r, i) => new Article($"a{i}", r.T1)).ToList();
        var a2 = rows.Select((r, i) => new Article($"b{i}", r.T2)).ToList();
        var options = StoryClusteringOptions.Default;
        var stats = new TermStatistics();
        var raw = a1.Concat(a2).Select(a => LexicalFeatures.Extract(a, options)).ToList();
        var ids = raw.Select(stats.AddDocument).ToList();
        var vecs = raw.Select((r, i) => stats.Vector(r, ids[i], options)).ToList();
        var ci = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(ci, $"SemEval-2022 task 8, English pairs: {rows.Count} (Overall 1 = very similar … 4 = unrelated)"));
        foreach (var (lo, hi) in new[] { (1.0, 1.5), (1.5, 2.5), (2.5, 3.5), (3.5, 4.01) })
        {
            var sel = Enumerable.Range(0, rows.Count).Where(i => rows[i].Overall >= lo && rows[i].Overall < hi).ToList();
            if (sel.Count == 0) continue;
            var jac = sel.Select(i => (MinHash.Signature(a1[i].Text, 4, 126), MinHash.Signature(a2[i].Text, 4, 126)) is ({ } x, { } y) ? MinHash.Similarity(x, y) : 0).ToList();
            var cos = sel.Select(i => vecs[i].Dot(vecs[rows.Count + i])).ToList();
            Console.WriteLine(string.Create(ci,
                $"  Overall [{lo},{hi}): {sel.Count} pairs; Jaccard mean {jac.Average():F3}, ≥{NearDuplicateOptions.Default.Threshold} {jac.Count(j => j >= NearDuplicateOptions.Default.Threshold)}; TF-IDF cosine mean {cos.Average():F3}, ≥{options.Threshold} (story threshold) {cos.Count(c => c >= options.Threshold) / (double)sel.Count:P0}, ≥0.3 {cos.Count(c => c >= 0.3) / (double)sel.Count:P0}"));
        }
    }

    private static List<List<string>> Csv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; }
            else if (c != '\r') field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        return rows;
    }
}
