using System.Diagnostics;
using System.Globalization;
using System.Text;
using Roundup.Clustering;
using Roundup.Evaluation.Clustering;
using Roundup.Model;

namespace Roundup.Bench;

/// <summary>
/// Scale benchmark of incremental story clustering (or batch mode, with 'batch=1') on a synthetic stream built from a dev set (nothing is written to
/// disk). Each synthetic event takes one dev story as its base and a made-up name of its own; its 1-12 articles are
/// the base story's documents, cut to about 3,000 characters, with sentences dropped and shuffled, 70% of word types
/// remapped to other vocabulary words consistently within the event (so events from the same base story differ), 5% of
/// words replaced at random per article, the event's name inserted, and publication times within a day of the event's start; events
/// start uniformly over a span of n/2,000 days (about 2,000 articles a day), so stories go dormant as the stream moves.
/// Run: dotnet run -c Release --project bench/Roundup.Bench -- cluster-scale ../shared/data/multinews/val250.jsonl 10000 30000 100000
/// </summary>
public static class ClusterScale
{
    /// <summary>Applies each "KEY=X" argument (after the first) to <paramref name="options"/> with <paramref name="set"/>.</summary>
    private static StoryClusteringOptions Set(StoryClusteringOptions options, string[] args, string key, Func<StoryClusteringOptions, double, StoryClusteringOptions> set)
    {
        foreach (var a in args.Skip(1).Where(a => a.StartsWith(key + "=", StringComparison.Ordinal)))
            options = set(options, double.Parse(a[(key.Length + 1)..], CultureInfo.InvariantCulture));
        return options;
    }

    public static int Run(string[] args)
    {
        var data = ClusteringDataset.Load(args[0]);
        var sizes = args.Skip(1).Where(a => !a.Contains('=')).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).DefaultIfEmpty(10_000).ToArray();
        // Keys that set one option each (the last one given wins; all are read as numbers):
        var options = StoryClusteringOptions.Default;
        // 'sentity=X': the subject level's name weight (StoryClusteringOptions.SubjectEntityBoost); 1.5, the event level's,
        // makes both levels read one vector, as before the subject level had its own (to measure what that costs).
        options = Set(options, args, "sentity", (o, x) => o with { SubjectEntityBoost = x });
        // 'epair=X': StoryClusteringOptions.EventPairJoin (1 = off: the event engine compares mean similarities only).
        options = Set(options, args, "epair", (o, x) => o with { EventPairJoin = x });
        // 'smerge=X': the incremental subject merge level (StoryClusteringOptions.IncrementalMergeThreshold); 1 turns it off.
        options = Set(options, args, "smerge", (o, x) => o with { IncrementalMergeThreshold = x });
        // 'sday=X': the incremental subject engine's day penalty (StoryClusteringOptions.SubjectDayPenalty); 0 turns it off.
        options = Set(options, args, "sday", (o, x) => o with { SubjectDayPenalty = x });
        // 'split=X': the subject split ratio (StoryClusteringOptions.SubjectSplitRatio); 0 turns it off.
        options = Set(options, args, "split", (o, x) => o with { SubjectSplitRatio = x });
        // 'splitsteps=X': how many times per doubling the incremental subject split looks (StoryClusteringOptions.IncrementalSplitSteps); 1 = powers of two.
        options = Set(options, args, "splitsteps", (o, x) => o with { IncrementalSplitSteps = (int)x });
        // 'eclear=X': the incremental clear join (StoryClusteringOptions.EventClearJoin); 0 turns it off.
        options = Set(options, args, "eclear", (o, x) => o with { EventClearJoin = x });
        // 'esplit=X': the incremental event split ratio (StoryClusteringOptions.EventSplitRatio); 0 turns it off.
        options = Set(options, args, "esplit", (o, x) => o with { EventSplitRatio = x });
        // 'erelink=X': the incremental relink of a lone report (StoryClusteringOptions.EventRelink); 0 turns it off.
        options = Set(options, args, "erelink", (o, x) => o with { EventRelink = x });
        options = Set(options, args, "erelinkmargin", (o, x) => o with { EventRelinkMargin = x });
        // 'scpm=X', 'sknn=X': subjects as constant-Potts communities (StoryClusteringOptions.SubjectCommunityDensity, its
        // neighbours); in the stream, StreamCommunities (unless 'sinc=0').
        options = Set(options, args, "scpm", (o, x) => o with { SubjectCommunityDensity = x });
        options = Set(options, args, "sknn", (o, x) => o with { SubjectCommunityNeighbours = (int)x });
        // 'sinc=0': the stream keeps the subject engine's subjects with scpm set (StoryClusteringOptions.SubjectCommunityIncremental,
        // 1 by default: with scpm, the stream's subjects are those communities).
        options = Set(options, args, "sinc", (o, x) => o with { SubjectCommunityIncremental = x != 0 });
        // 'batch=1': time batch mode (StoryClusterer.Cluster over the whole pile) instead of the stream.
        bool batch = args.Skip(1).Any(a => a == "batch=1");
        var byStory = data.Articles.Select((a, i) => (a, g: data.Gold[i])).GroupBy(x => x.g).Select(g => g.Select(x => x.a.RawText).ToArray()).ToArray();
        var vocab = data.Articles.SelectMany(a => a.RawText.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length > 3 && w.All(char.IsLetter)).Distinct().ToArray();
        foreach (var n in sizes)
        {
            var (articles, gold, bases) = GenerateWithBases(n, byStory, vocab, seed: n);
            GC.Collect();
            long before = GC.GetTotalMemory(true);
            var proc = Process.GetCurrentProcess();
            var cpu0 = proc.TotalProcessorTime;
            var pause0 = GC.GetTotalPauseDuration();
            int gen2 = GC.CollectionCount(2);
            var sw = Stopwatch.StartNew();
            double thread0 = ThreadCpuSeconds();
            StoryClusteringResult result;
            TimeSpan clusteringTime;
            double assigning;
            TimeSpan cpuClustering;
            int active = 0;
            if (batch)
            {
                // Batch mode over the whole synthetic pile at once (the clustering and its result are one call).
                result = StoryClusterer.Cluster(articles, ClusteringMode.Batch, options);
                clusteringTime = sw.Elapsed;
                assigning = ThreadCpuSeconds() - thread0;
                cpuClustering = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
            }
            else
            {
                var inc = new IncrementalStoryClusterer(options);
                const int chunk = 1000;
                for (int i = 0; i < articles.Count; i += chunk) inc.Add(articles.Skip(i).Take(chunk).ToList());
                clusteringTime = sw.Elapsed;
                assigning = ThreadCpuSeconds() - thread0;
                cpuClustering = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
                result = inc.Result();
                active = inc.ActiveStories;
            }
            sw.Stop();
            proc.Refresh();
            var cpu = proc.TotalProcessorTime - cpu0;
            var pause = GC.GetTotalPauseDuration() - pause0;
            gen2 = GC.CollectionCount(2) - gen2;
            long after = GC.GetTotalMemory(false);
            var s = ClusteringMetrics.Score(gold, result.StoryOfArticle);
            var subj = ClusteringMetrics.Score(gold, result.SubjectOfArticle);
            var byBase = ClusteringMetrics.Score(bases.Select(b => b.ToString(CultureInfo.InvariantCulture)).ToList(), result.SubjectOfArticle);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"n={n}: {sw.Elapsed.TotalSeconds:F1} s wall ({clusteringTime.TotalSeconds:F1} s clustering + {(sw.Elapsed - clusteringTime).TotalSeconds:F1} s result), {n / sw.Elapsed.TotalSeconds:F0} articles/s, CPU {cpu.TotalSeconds:F1} s ({cpuClustering.TotalSeconds:F1} s clustering, of it {assigning:F1} s on the calling thread) (GC pauses {pause.TotalSeconds:F1} s, {gen2} full collections), " +
                $"managed heap after {after / 1048576.0:F0} MB (texts alone {before / 1048576.0:F0} MB), peak working set {proc.PeakWorkingSet64 / 1048576.0:F0} MB; " +
                $"{result.Stories.Count} events in {result.Subjects.Count} subjects ({gold.Distinct().Count()} synthetic events), {(batch ? "batch mode" : $"{active} active at the end")}, {result.Duplicates} near-duplicates; events B3 F1 {s.BCubedF1:F3}, pair F1 {s.PairF1:F3}, NMI {s.Nmi:F3}; subjects B3 F1 {subj.BCubedF1:F3} (against the base dev stories: P {byBase.BCubedPrecision:F3}, R {byBase.BCubedRecall:F3}); output {Fingerprint(result)}"));
        }
        return 0;
    }

    /// <summary>A hash of everything a clustering result says (each article's event and subject, each event's and subject's
    /// articles in order, label and keywords), so two builds can be checked for identical output, not only equal scores.</summary>
    internal static string Fingerprint(StoryClusteringResult result)
    {
        ulong h = 14695981039346656037UL;
        void Mix(int x) => h = (h ^ (uint)x) * 1099511628211UL;
        void MixText(string? text)
        {
            Mix(text?.Length ?? -1);
            foreach (var c in text ?? "") Mix(c);
        }
        foreach (var x in result.StoryOfArticle) Mix(x);
        foreach (var x in result.SubjectOfArticle) Mix(x);
        foreach (var x in result.SubjectOfStory) Mix(x);
        foreach (var cluster in result.Stories.Concat(result.Subjects))
        {
            MixText(cluster.Id);
            MixText(cluster.Label);
            foreach (var k in cluster.Keywords) MixText(k);
            foreach (var a in cluster.Articles) MixText(a.Id);
        }
        return h.ToString("x16", CultureInfo.InvariantCulture);
    }

    /// <summary>CPU seconds of the calling thread so far (Linux: /proc/thread-self/stat; NaN elsewhere). The calling thread
    /// runs the strictly sequential assignment, so this is the part of clustering that more cores cannot shorten.</summary>
    internal static double ThreadCpuSeconds()
    {
        const string stat = "/proc/thread-self/stat";
        if (!File.Exists(stat)) return double.NaN;
        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        // Fields 14 and 15 of stat (utime, stime) are the 12th and 13th after the command name, in clock ticks (100 a second on Linux).
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    internal static (List<Article> Articles, List<string> Gold) Generate(int n, string[][] stories, string[] vocab, int seed)
    {
        var (articles, gold, _) = GenerateWithBases(n, stories, vocab, seed);
        return (articles, gold);
    }

    /// <summary><see cref="Generate"/>, with each article's base dev story too (events from one base story share its unremapped
    /// words: a subject that joins them is not wrong the way one that joins two base stories is).</summary>
    internal static (List<Article> Articles, List<string> Gold, List<int> Bases) GenerateWithBases(int n, string[][] stories, string[] vocab, int seed)
    {
        var rng = new Random(seed);
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        double spanDays = Math.Max(1, n / 2000.0);
        var items = new List<(DateTimeOffset T, Article A, string G, int B)>(n);
        int e = 0;
        while (items.Count < n)
        {
            int baseIndex = rng.Next(stories.Length);
            var baseStory = stories[baseIndex];
            string name = "Zq" + Name(rng) + " " + Name(rng);
            var t0 = start.AddDays(rng.NextDouble() * spanDays);
            int size = Math.Min(n - items.Count, 1 + (int)Math.Floor(-Math.Log(1 - rng.NextDouble()) * 2.5) % 12);
            for (int k = 0; k < size; k++)
            {
                var text = Vary(baseStory[rng.Next(baseStory.Length)], name, vocab, rng, e);
                var a = new Article($"e{e}/{k}", text) { Published = t0.AddHours(rng.NextDouble() * 24), Source = $"outlet{rng.Next(200)}" };
                items.Add((a.Published!.Value, a, $"e{e}", baseIndex));
            }
            e++;
        }
        items.Sort((x, y) => x.T.CompareTo(y.T));
        return ([.. items.Select(x => x.A)], [.. items.Select(x => x.G)], [.. items.Select(x => x.B)]);
    }

    private static ulong Hash(string word, int seed)
    {
        ulong h = 14695981039346656037UL ^ (ulong)seed * 0x9E3779B97F4A7C15UL;
        foreach (var c in word) h = (h ^ char.ToLowerInvariant(c)) * 1099511628211UL;
        h ^= h >> 29; h *= 0xBF58476D1CE4E5B9UL; h ^= h >> 32;
        return h;
    }

    private static string Name(Random rng)
    {
        const string letters = "bcdfghjklmnprstvz";
        const string vowels = "aeiou";
        var sb = new StringBuilder();
        sb.Append(char.ToUpperInvariant(letters[rng.Next(letters.Length)]));
        for (int i = 0; i < 3; i++) sb.Append(vowels[rng.Next(vowels.Length)]).Append(letters[rng.Next(letters.Length)]);
        return sb.ToString();
    }

    private static string Vary(string text, string name, string[] vocab, Random rng, int eventSeed)
    {
        if (text.Length > 3000) text = text[..3000];
        var sentences = text.Split(". ").ToList();
        int drop = sentences.Count / 5;
        for (int i = 0; i < drop && sentences.Count > 1; i++) sentences.RemoveAt(rng.Next(sentences.Count));
        if (sentences.Count > 2) { int a = rng.Next(1, sentences.Count), b = rng.Next(1, sentences.Count); (sentences[a], sentences[b]) = (sentences[b], sentences[a]); }
        var words = string.Join(". ", sentences).Split(' ');
        for (int i = 0; i < words.Length; i++)
        {
            // The event's own consistent rewording: 70% of word types map to another vocabulary word, the same in every
            // article of the event (so events built on the same base story differ); then 5% random noise per article.
            ulong h = Hash(words[i], eventSeed);
            if (h % 10 < 7 && words[i].Length > 2) words[i] = vocab[(int)((h >> 8) % (ulong)vocab.Length)];
            if (rng.NextDouble() < 0.05) words[i] = vocab[rng.Next(vocab.Length)];
        }
        return $"{name} in the news\n\nOfficials in {name} said on Monday that " + string.Join(' ', words) + $" {name} was mentioned again.";
    }
}
