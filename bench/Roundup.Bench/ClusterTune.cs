using System.Globalization;
using Roundup.Clustering;
using Roundup.Evaluation.Clustering;

namespace Roundup.Bench;

/// <summary>
/// Grid over story-clustering settings, scored on every labelled dev set at once, at the level each set labels, in both
/// modes: Multi-News pooled (events; and as one day's pile, its subjects scored against its stories), WikiRef220 (subjects), DUC 2006 pooled (subjects: its topics) and DUC 2006 with the
/// project's own event labels (<c>bench/data/duc2006-events/labels.tsv</c>, 7 topics; <c>labels2.tsv</c>, 8 more; and both; events). One table a run, one row per
/// setting, set and mode, so a gain on one set is never read without the others.
/// Run: dotnet run -c Release --project bench/Roundup.Bench -- cluster-tune DATA_ROOT [mode=batch,incremental] [key=v1,v2 …] [other] [ceiling] [fingerprint]
/// <c>fingerprint</c> also prints a hash of each whole result (equal hashes: identical output); <c>other</c> also scores each set's other level against its labels; <c>ceiling</c> prints only what the gold labels score
/// with every page without story text alone (the best any run can reach).
/// keys: threshold, linkage, merge, scaling, window (days), ethreshold, ejoin, escaling, ewindow (days), espan (days: EventSpan, the longest a batch event may span; the window when longer), entity, docterms,
/// title, lead, dense (with 'embeddings'), srefine (subject refinement passes), sjoin (a lone event's join cosine), sjoin1 (the same for a one-article event), erefine (event refinement passes), eday (EventDayPenalty: event similarity lost per day between two dated articles), epair (EventPairJoin: incremental, one member's similarity that lets an article join an event; 1 = off), split (SubjectSplitRatio: a subject is cut in two when its halves' cross similarity is below this share of their inner; 0 = off), splitmin (SubjectSplitMinArticles), esplit (EventSplitRatio: incremental, an event is cut in two when its halves' cross similarity is below this share of their inner; 0 = off), esplitmin (EventSplitMinArticles), esplitnames (EventSplitNames: how many most salient names of each half must all differ for the event split; 0 = not checked), eclear (EventClearJoin: incremental, the lower join for an article's one clear candidate event, and batch, for an event's one clear running event of its subject; 0 = off), eclearmargin (EventClearMargin), eclearmin (EventClearMinArticles), ecleargap (days: EventClearGap, batch: the longest pause after a running event's last article; 0 = the batch join off), erelink (EventRelink: incremental, the level at which an event that reached 2, 4, 8, … articles takes in a lone report of its subject; 0 = off), erelinkmargin (EventRelinkMargin), erelinkspan (days: EventRelinkSpan), elone (EventLoneJoin: batch, the centroid cosine at which a lone article joins the one clearly closest event of its subject; 0 = off), elonemargin (EventLoneMargin), elinknames (EventLinkNames: batch, how many most salient names of two groups of dated reports must all differ to refuse a weak event link; 0 = off), elinkbelow (EventLinkNamesBelow: the mean event similarity from which a link is not gated), ejoinnames (EventJoinNames: incremental, how many most salient names of a dated article must all differ from its candidate event's to refuse a weak join; 0 = off), ejoinbelow (EventJoinNamesBelow: the join score from which a join is not gated), splitsteps (IncrementalSplitSteps: incremental, how many times per doubling of its articles a subject is looked at for a split; 1 = at powers of two only), scpm (SubjectCommunityDensity: batch subjects as constant-Potts communities of a nearest-neighbour graph, λ; 0 = linkage), sres (SubjectCommunityResolution: the same by modularity, γ), spercomp (1: modularity's 2m per connected part), sknn (SubjectCommunityNeighbours), smutual (1: mutual neighbours only), sfloor (SubjectCommunityFloor), sufloor (SubjectCommunityUndatedFloor: the floor for a pair with an undated page), spow (SubjectCommunityPower), sevsize (1: sizes in events), scmerge (1: centroid merges after the communities); sinc (SubjectCommunityIncremental: 1, the default, the stream's subjects are communities too when scpm > 0; 0: the subject engine's centroid joins), sref (SubjectCommunityRefine: 1, the default, a stream community is re-partitioned on its own subgraph each time it doubles); ducpart=date1|date2|topics1|topics2|tq1…tq4 scores only DUC 2006 on a part of its pool (halves by date or by topic, quarters by topic). 'f4' prints four decimals. DATA_ROOT is the folder holding multinews/, wikiref220/ and duc2006/ (../shared/data).
/// </summary>
public static class ClusterTune
{
    /// <summary>Where the DUC 2006 event labels live, relative to the repository root: the first 7 topics.</summary>
    internal const string EventLabels = "bench/data/duc2006-events/labels.tsv";

    /// <summary>The second batch of DUC 2006 event labels (8 more topics), relative to the repository root.</summary>
    internal const string EventLabels2 = "bench/data/duc2006-events/labels2.tsv";

    public static int Run(string[] args)
    {
        var root = args[0];
        var sets = LoadSets(root);
        // 'ducpart=…': only the DUC 2006 subject row (its topics), on a part of the pool (a batch of another size): date1 / date2 the first /
        // second half by publication time, topics1 / topics2 the topics of even / odd rank (whole topics), tq1 … tq4 every
        // fourth topic; 'all' the whole pool.
        var part = args.Skip(1).FirstOrDefault(a => a.StartsWith("ducpart=", StringComparison.Ordinal))?["ducpart=".Length..];
        if (part is not null && part != "all") sets = [.. sets.Where(x => x.Data.Name.StartsWith("duc2006", StringComparison.Ordinal) && x.Level == StoryLevel.Subject).Select(x => (x.Label + " " + part, DucPart(x.Data, part), x.Level))];
        // 'embeddings': the MiniLM title-and-lead vector of each article is blended into the similarity (DenseWeight).
        var denseOf = new Dictionary<string, IDocumentVectorSource>();
        if (args.Contains("embeddings"))
        {
            var embedder = Roundup.Embeddings.MiniLmEmbedder.Shared();
            foreach (var (_, data, _) in sets)
                if (!denseOf.ContainsKey(data.Name)) denseOf[data.Name] = EmbeddingVectorSource.Create(data.Articles, embedder);
        }
        var grid = args.Skip(1).Where(a => a.Contains('=')).Select(a => a.Split('=')).ToDictionary(p => p[0], p => p[1].Split(','));
        string[] Get(string k, string d) => grid.TryGetValue(k, out var v) ? v : [d];
        var ci = CultureInfo.InvariantCulture;
        var d0 = StoryClusteringOptions.Default;
        string F(double x) => x.ToString(ci);
        var combos = new List<(string Name, StoryClusteringOptions O)> { };
        foreach (var t in Get("threshold", F(d0.Threshold)))
        foreach (var lk in Get("linkage", F(d0.LinkageThreshold)))
        foreach (var mg in Get("merge", F(d0.MergeThreshold)))
        foreach (var sc in Get("scaling", F(d0.LocalScaling)))
        foreach (var w in Get("window", F(d0.Window.TotalDays)))
        foreach (var et in Get("ethreshold", F(d0.EventThreshold)))
        foreach (var ej in Get("ejoin", F(d0.EventJoinThreshold)))
        foreach (var es in Get("escaling", F(d0.EventScaling)))
        foreach (var ew in Get("ewindow", F(d0.EventWindow.TotalDays)))
        foreach (var esp in Get("espan", F(d0.EventSpan.TotalDays)))
        foreach (var e in Get("entity", F(d0.EntityBoost)))
        foreach (var dt in Get("docterms", F(d0.DocumentTerms)))
        foreach (var ti in Get("title", F(d0.TitleWeight)))
        foreach (var le in Get("lead", F(d0.LeadWeight)))
        foreach (var dw in Get("dense", F(d0.DenseWeight)))
        foreach (var sr in Get("srefine", F(d0.SubjectRefinePasses)))
        foreach (var sj in Get("sjoin", F(d0.SubjectRefineJoin)))
        foreach (var s1 in Get("sjoin1", F(d0.SubjectRefineJoinSingle)))
        foreach (var er in Get("erefine", F(d0.EventRefinePasses)))
        foreach (var eday in Get("eday", F(d0.EventDayPenalty)))
        foreach (var ep in Get("epair", F(d0.EventPairJoin)))
        foreach (var se in Get("sentity", F(d0.SubjectEntityBoost)))
        foreach (var sm in Get("match", d0.Match.ToString()))
        foreach (var im in Get("smerge", F(d0.IncrementalMergeThreshold)))
        foreach (var sd in Get("sday", F(d0.SubjectDayPenalty)))
        foreach (var sp in Get("split", F(d0.SubjectSplitRatio)))
        foreach (var spm in Get("splitmin", F(d0.SubjectSplitMinArticles)))
        foreach (var esl in Get("esplit", F(d0.EventSplitRatio)))
        foreach (var eslm in Get("esplitmin", F(d0.EventSplitMinArticles)))
        foreach (var esn in Get("esplitnames", F(d0.EventSplitNames)))
        foreach (var ecj in Get("eclear", F(d0.EventClearJoin)))
        foreach (var ecm in Get("eclearmargin", F(d0.EventClearMargin)))
        foreach (var ecn in Get("eclearmin", F(d0.EventClearMinArticles)))
        foreach (var ecg in Get("ecleargap", F(d0.EventClearGap.TotalDays)))
        foreach (var erl in Get("erelink", F(d0.EventRelink)))
        foreach (var erm in Get("erelinkmargin", F(d0.EventRelinkMargin)))
        foreach (var ers in Get("erelinkspan", F(d0.EventRelinkSpan.TotalDays)))
        foreach (var elj in Get("elone", F(d0.EventLoneJoin)))
        foreach (var elm in Get("elonemargin", F(d0.EventLoneMargin)))
        foreach (var eln in Get("elinknames", F(d0.EventLinkNames)))
        foreach (var elb in Get("elinkbelow", F(d0.EventLinkNamesBelow)))
        foreach (var scpm in Get("scpm", F(d0.SubjectCommunityDensity)))
        foreach (var sres in Get("sres", F(d0.SubjectCommunityResolution)))
        foreach (var sufl in Get("sufloor", F(d0.SubjectCommunityUndatedFloor)))
        foreach (var spart in Get("spercomp", d0.SubjectCommunityPerComponent ? "1" : "0"))
        foreach (var sknn in Get("sknn", F(d0.SubjectCommunityNeighbours)))
        foreach (var smut in Get("smutual", d0.SubjectCommunityMutual ? "1" : "0"))
        foreach (var sfl in Get("sfloor", F(d0.SubjectCommunityFloor)))
        foreach (var spw in Get("spow", F(d0.SubjectCommunityPower)))
        foreach (var sev in Get("sevsize", d0.SubjectCommunityEventSize ? "1" : "0"))
        foreach (var scm in Get("scmerge", d0.SubjectCommunityMerges ? "1" : "0"))
        foreach (var ejn in Get("ejoinnames", F(d0.EventJoinNames)))
        foreach (var ejb in Get("ejoinbelow", F(d0.EventJoinNamesBelow)))
        foreach (var sst in Get("splitsteps", F(d0.IncrementalSplitSteps)))
        foreach (var sinc in Get("sinc", d0.SubjectCommunityIncremental ? "1" : "0"))
        foreach (var sref in Get("sref", d0.SubjectCommunityRefine ? "1" : "0"))
        {
            var o = d0 with
            {
                Threshold = double.Parse(t, ci), LinkageThreshold = double.Parse(lk, ci), MergeThreshold = double.Parse(mg, ci), LocalScaling = int.Parse(sc, ci),
                Window = TimeSpan.FromDays(double.Parse(w, ci)), EventThreshold = double.Parse(et, ci), EventJoinThreshold = double.Parse(ej, ci),
                EventScaling = int.Parse(es, ci), EventWindow = TimeSpan.FromDays(double.Parse(ew, ci)), EventSpan = TimeSpan.FromDays(double.Parse(esp, ci)), EntityBoost = double.Parse(e, ci),
                DocumentTerms = int.Parse(dt, ci), TitleWeight = double.Parse(ti, ci), LeadWeight = double.Parse(le, ci),
                DenseWeight = double.Parse(dw, ci), SubjectRefinePasses = int.Parse(sr, ci), SubjectRefineJoin = double.Parse(sj, ci), SubjectRefineJoinSingle = double.Parse(s1, ci),
                EventRefinePasses = int.Parse(er, ci), EventDayPenalty = double.Parse(eday, ci), EventPairJoin = double.Parse(ep, ci),
                SubjectEntityBoost = double.Parse(se, ci), Match = Enum.Parse<StoryMatch>(sm, ignoreCase: true),
                IncrementalMergeThreshold = double.Parse(im, ci), SubjectDayPenalty = double.Parse(sd, ci),
                SubjectSplitRatio = double.Parse(sp, ci), SubjectSplitMinArticles = int.Parse(spm, ci),
                EventSplitRatio = double.Parse(esl, ci), EventSplitMinArticles = int.Parse(eslm, ci), EventSplitNames = int.Parse(esn, ci),
                EventClearJoin = double.Parse(ecj, ci), EventClearMargin = double.Parse(ecm, ci), EventClearMinArticles = int.Parse(ecn, ci),
                EventClearGap = TimeSpan.FromDays(double.Parse(ecg, ci)),
                EventRelink = double.Parse(erl, ci), EventRelinkMargin = double.Parse(erm, ci), EventRelinkSpan = TimeSpan.FromDays(double.Parse(ers, ci)),
                EventLoneJoin = double.Parse(elj, ci), EventLoneMargin = double.Parse(elm, ci),
                EventLinkNames = int.Parse(eln, ci), EventLinkNamesBelow = double.Parse(elb, ci),
                SubjectCommunityDensity = double.Parse(scpm, ci), SubjectCommunityResolution = double.Parse(sres, ci), SubjectCommunityUndatedFloor = double.Parse(sufl, ci), SubjectCommunityPerComponent = spart == "1",
                SubjectCommunityNeighbours = int.Parse(sknn, ci), SubjectCommunityMutual = smut == "1", SubjectCommunityFloor = double.Parse(sfl, ci),
                SubjectCommunityPower = double.Parse(spw, ci), SubjectCommunityEventSize = sev == "1", SubjectCommunityMerges = scm == "1",
                EventJoinNames = int.Parse(ejn, ci), EventJoinNamesBelow = double.Parse(ejb, ci),
                IncrementalSplitSteps = int.Parse(sst, ci),
                SubjectCommunityIncremental = sinc == "1", SubjectCommunityRefine = sref == "1",
            };
            var name = string.Join(" ", grid.Keys.Where(k => k != "mode" && k != "ducpart").Select(k => k + "=" + k switch
            {
                "threshold" => t, "linkage" => lk, "merge" => mg, "scaling" => sc, "window" => w, "ethreshold" => et, "ejoin" => ej, "escaling" => es,
                "ewindow" => ew, "espan" => esp, "entity" => e, "docterms" => dt, "title" => ti, "lead" => le, "dense" => dw, "srefine" => sr, "sjoin" => sj, "sjoin1" => s1, "erefine" => er, "eday" => eday, "epair" => ep,
                "sentity" => se, "match" => sm, "smerge" => im, "sday" => sd, "split" => sp, "splitmin" => spm, "esplit" => esl, "esplitmin" => eslm, "esplitnames" => esn, "eclear" => ecj, "eclearmargin" => ecm, "eclearmin" => ecn, "ecleargap" => ecg, "erelink" => erl, "erelinkmargin" => erm, "erelinkspan" => ers, "elone" => elj, "elonemargin" => elm, "elinknames" => eln, "elinkbelow" => elb, "ejoinnames" => ejn, "ejoinbelow" => ejb,
                "scpm" => scpm, "sres" => sres, "sufloor" => sufl, "spercomp" => spart, "sknn" => sknn, "smutual" => smut, "sfloor" => sfl, "spow" => spw, "sevsize" => sev, "scmerge" => scm, "splitsteps" => sst, "sinc" => sinc, "sref" => sref, _ => "?",
            }));
            combos.Add((name.Length == 0 ? "defaults" : name, o));
        }
        Console.WriteLine("| setting | mode | set | level | B3 P | B3 R | B3 F1 | pair F1 | NMI | stories (gold) |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        if (args.Contains("ceiling"))
        {
            // What a perfect clustering scores when every page without story text stays alone (as the clusterer always keeps it).
            foreach (var (label, data, level) in sets)
            {
                var gold = level == StoryLevel.Event && data.EventGold is { } ev ? ev : data.Gold;
                var ids = new Dictionary<string, int>();
                var assign = new int[data.Articles.Count];
                for (int i = 0; i < assign.Length; i++)
                    assign[i] = Roundup.Cleaning.JunkDetector.IsJunk(data.Articles[i], d0.MinWords) || gold[i] is null ? -1 - i
                        : ids.TryGetValue(gold[i]!, out var g) ? g : ids[gold[i]!] = ids.Count;
                var s = data.Score(assign, level);
                Console.WriteLine(string.Create(ci, $"| ceiling (gold, junk alone) | - | {label} | {(level == StoryLevel.Event ? "event" : "subject")} | {s.BCubedPrecision:F3} | {s.BCubedRecall:F3} | **{s.BCubedF1:F3}** | {s.PairF1:F3} | {s.Nmi:F3} | {s.PredictedClusters} ({s.GoldClusters}) |"));
            }
            return 0;
        }
        foreach (var (name, o) in combos)
        foreach (var mode in grid.TryGetValue("mode", out var modes) ? modes : ["batch", "incremental"])
        {
            var m = mode == "batch" ? ClusteringMode.Batch : ClusteringMode.Incremental;
            var results = new Dictionary<string, StoryClusteringResult>();
            foreach (var (label, data, level) in sets)
            {
                string key = data.Name;
                if (!results.TryGetValue(key, out var r))
                {
                    foreach (var a in data.Articles) a.DuplicateOf = null;
                    results[key] = r = StoryClusterer.Cluster(data.Articles, m, o, denseOf.GetValueOrDefault(data.Name));
                    // With 'fingerprint', a hash of the whole result (both levels, labels, keywords): equal hashes mean identical output.
                    if (args.Contains("fingerprint")) Console.WriteLine($"| {name} | {mode} | {data.Name} | output {ClusterScale.Fingerprint(r)} | | | | | | |");
                }
                var s = data.Score(r.AssignmentAt(level), level);
                if (args.Contains("f4")) // four decimals: tells apart figures that round alike
                    Console.WriteLine(string.Create(ci, $"| {name} | {mode} | {label} | {(level == StoryLevel.Event ? "event" : "subject")} | {s.BCubedPrecision:F4} | {s.BCubedRecall:F4} | **{s.BCubedF1:F4}** | {s.PairF1:F4} | {s.Nmi:F4} | {s.PredictedClusters} ({s.GoldClusters}) |"));
                else
                    Console.WriteLine(string.Create(ci, $"| {name} | {mode} | {label} | {(level == StoryLevel.Event ? "event" : "subject")} | {s.BCubedPrecision:F3} | {s.BCubedRecall:F3} | **{s.BCubedF1:F3}** | {s.PairF1:F3} | {s.Nmi:F3} | {s.PredictedClusters} ({s.GoldClusters}) |"));
                if (args.Contains("other"))
                {
                    // The other level's stories scored against the same gold labels (how far apart the levels are on this set).
                    var other = level == StoryLevel.Event ? StoryLevel.Subject : StoryLevel.Event;
                    var so = data.Score(r.AssignmentAt(other), level);
                    Console.WriteLine(string.Create(ci, $"| {name} | {mode} | {label} | ({(other == StoryLevel.Event ? "event" : "subject")} level) | {so.BCubedPrecision:F3} | {so.BCubedRecall:F3} | {so.BCubedF1:F3} | {so.PairF1:F3} | {so.Nmi:F3} | {so.PredictedClusters} ({so.GoldClusters}) |"));
                }
            }
        }
        return 0;
    }

    /// <summary>A part of a pooled set (<c>ducpart</c>): its articles in order, with their labels.</summary>
    private static ClusteringDataset DucPart(ClusteringDataset data, string part)
    {
        int n = data.Articles.Count;
        var topics = data.Gold.Distinct().ToList();
        var rank = topics.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        var byDate = Enumerable.Range(0, n).OrderBy(i => data.Articles[i].Published ?? DateTimeOffset.MinValue).ThenBy(i => i).ToList();
        var firstHalf = byDate.Take(n / 2).ToHashSet();
        Func<int, bool> keep = part switch
        {
            "date1" => i => firstHalf.Contains(i),
            "date2" => i => !firstHalf.Contains(i),
            "topics1" => i => rank[data.Gold[i]] % 2 == 0,
            "topics2" => i => rank[data.Gold[i]] % 2 == 1,
            ['t', 'q', var q] => i => rank[data.Gold[i]] % 4 == q - '1',
            _ => throw new ArgumentException($"Unknown ducpart '{part}'."),
        };
        var idx = Enumerable.Range(0, n).Where(keep).ToList();
        return data with
        {
            Name = data.Name + "-" + part, Articles = [.. idx.Select(i => data.Articles[i])], Gold = [.. idx.Select(i => data.Gold[i])],
            EventGold = data.EventGold is { } ev ? [.. idx.Select(i => ev[i])] : null,
        };
    }

    /// <summary>The dev sets found under <paramref name="root"/>, cleaned and shuffled as the evaluation runner does, each with the level it is scored at.</summary>
    internal static List<(string Label, ClusteringDataset Data, StoryLevel Level)> LoadSets(string root)
    {
        var sets = new List<(string, ClusteringDataset, StoryLevel)>();
        var mn = Path.Combine(root, "multinews", "val250.jsonl");
        if (File.Exists(mn))
        {
            sets.Add(("multinews/val250 pooled", CleanedClusteringSet.Load(mn), StoryLevel.Event));
            // The same pages as one day's pile: every page dated within one day, the subjects scored against the 250 stories.
            // Most of these stories have nothing to do with each other, so a subject that joins two is usually a genre (crime
            // news, science news), not a running story: B-cubed precision here is what a reader of a day's mixed feed sees.
            var day = CleanedClusteringSet.Load(mn);
            var start = new DateTimeOffset(2024, 3, 10, 0, 0, 0, TimeSpan.Zero);
            for (int i = 0; i < day.Articles.Count; i++) { day.Articles[i].Published = start.AddHours(i % 24); day.Articles[i].PublishedOrigin = null; }
            sets.Add(("multinews/val250 as one day's pile", day with { Name = "val250.jsonl, one day" }, StoryLevel.Subject));
        }
        var wr = Path.Combine(root, "wikiref220");
        if (Directory.Exists(wr)) sets.Add(("wikiref220", CleanedClusteringSet.Load(wr), StoryLevel.Subject));
        var duc = Path.Combine(root, "duc2006", "duc2006.jsonl");
        if (File.Exists(duc))
        {
            var data = CleanedClusteringSet.Load(duc);
            sets.Add(("duc2006 pooled (topics)", data, StoryLevel.Subject));
            // The event labels score the same clustering (one run a mode): the first 7 topics, the 8 added later, and all 15.
            if (File.Exists(EventLabels)) sets.Add(("duc2006 own event labels", data.WithEventLabels(EventLabels), StoryLevel.Event));
            if (File.Exists(EventLabels2)) sets.Add(("duc2006 event labels, 8 new topics", data.WithEventLabels(EventLabels2), StoryLevel.Event));
            if (File.Exists(EventLabels) && File.Exists(EventLabels2)) sets.Add(("duc2006 event labels, all 15 topics", data.WithEventLabels(EventLabels, EventLabels2), StoryLevel.Event));
        }
        if (sets.Count == 0) throw new ArgumentException($"No dev set under {root}.");
        return sets;
    }
}
