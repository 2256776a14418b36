using System.Diagnostics;
using System.Globalization;
using Roundup.Bench.Experiments;
using Roundup.Evaluation;
using Roundup.Evaluation.Rouge;
using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Summarization;

namespace Roundup.Bench;

/// <summary>
/// Ablation over <see cref="CoverageOptions"/> variants on a summarization dev set: each variant is scored with
/// the protocol's ROUGE (F ×100), with its paired difference to the first variant (mean and 95% normal interval
/// over items, wins/losses on ROUGE-1), the mean prominence-weighted coverage of its choices and its time.
/// Run: dotnet run -c Release --project bench/Roundup.Bench -- summary-tune DATASET "name|Key=Value;Key=Value" … [--show=I,J]
/// (a variant without "|" is the default; keys are CoverageOptions or CoverageExperiments property names, and Words
/// the summary's word budget, which the protocol's scorer still cuts at its own length). A variant that turns an
/// experiment on runs the <see cref="ExperimentalCoverageSummarizer"/>, any other the library's summarizer.
/// </summary>
public static class SummaryTune
{
    public static int Run(string[] args)
    {
        var ci = CultureInfo.InvariantCulture;
        var (cases, scorer, proto) = PreparedDevSet.Load(args[0]);
        var references = cases.Select(c => (IReadOnlyList<RougeText>)[.. c.References.Select(scorer.PrepareReference)]).ToArray();
        double[]? base1 = null, base2 = null;
        string[]? baseTexts = null;
        // --show=I,J,… prints the summaries of those items (0-based) under every variant, for reading side by side.
        var show = args.Skip(1).Where(a => a.StartsWith("--show=", StringComparison.Ordinal))
            .SelectMany(a => a["--show=".Length..].Split(',')).Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToHashSet();
        foreach (var spec in args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)))
        {
            var (name, options, experiments, words) = Parse(spec);
            var summaryOptions = new SummaryOptions { Words = words ?? proto.Words };
            ISummarizer summarizer = experiments.IsDefault ? new CoverageSummarizer(options) : new ExperimentalCoverageSummarizer(options, experiments);
            var summaries = new Summary[cases.Count];
            var watch = Stopwatch.StartNew();
            Parallel.For(0, cases.Count, i => summaries[i] = summarizer.Summarize(cases[i].Cluster, summaryOptions));
            double seconds = watch.Elapsed.TotalSeconds;
            var items = new RougeItemScore[cases.Count];
            var objective = new double[cases.Count];
            Parallel.For(0, cases.Count, i =>
            {
                items[i] = scorer.Score(scorer.PreparePeer(summaries[i].Sentences.Select(s => s.Text)), references[i], cases[i].Id);
                objective[i] = Objective(cases[i].Cluster, options, summaries[i]);
            });
            var texts = summaries.Select(x => string.Join(" ", x.Sentences.Select(t => t.Text))).ToArray();
            foreach (int i in show.Order()) Console.WriteLine($"[{name} #{i} {cases[i].Id}] {texts[i]}");
            int changed = baseTexts is null ? 0 : texts.Zip(baseTexts).Count(p => p.First != p.Second);
            baseTexts ??= texts;
            var r1 = items.Select(x => x.Rouge1.F).ToArray();
            var r2 = items.Select(x => x.Rouge2.F).ToArray();
            string diff = "";
            if (base1 is null) { base1 = r1; base2 = r2; }
            else diff = $" | vs first: R-1 {Paired(r1, base1)} R-2 {Paired(r2, base2!)} wins/losses {r1.Zip(base1).Count(p => p.First > p.Second + 1e-9)}/{r1.Zip(base1).Count(p => p.First < p.Second - 1e-9)}, {changed} summaries changed";
            Console.WriteLine(string.Create(ci,
                $"{name,-24} R-1 {100 * r1.Average():0.00} R-2 {100 * r2.Average():0.00} SU4 {100 * items.Average(x => x.RougeSU4.F):0.00} L {100 * items.Average(x => x.RougeL.F):0.00} (R-1 R {100 * items.Average(x => x.Rouge1.Recall):0.0} P {100 * items.Average(x => x.Rouge1.Precision):0.0}; {summaries.Average(s => s.WordCount):0} words; objective {objective.Average():0.0}; {seconds:0.00} s){diff}"));
        }
        return 0;
    }

    private static (string Name, CoverageOptions Options, CoverageExperiments Experiments, int? Words) Parse(string spec)
    {
        var parts = spec.Split('|', 2);
        var options = new CoverageOptions();
        var experiments = new CoverageExperiments();
        int? words = null;
        if (parts.Length > 1)
        {
            foreach (var pair in parts[1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var kv = pair.Split('=', 2);
                if (kv[0] == "Words") { words = int.Parse(kv[1], CultureInfo.InvariantCulture); continue; }
                object target = typeof(CoverageOptions).GetProperty(kv[0]) is null ? experiments : options;
                var property = target.GetType().GetProperty(kv[0]) ?? throw new ArgumentException($"Neither CoverageOptions nor CoverageExperiments has {kv[0]}.");
                var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                property.SetValue(target, Convert.ChangeType(kv[1], type, CultureInfo.InvariantCulture));
            }
        }
        options.Validate();
        experiments.Validate();
        return (parts[0], options, experiments, words);
    }

    /// <summary>Prominence-weighted coverage (under the variant's weights) of the sentences a summary shows.</summary>
    private static double Objective(Cluster cluster, CoverageOptions options, Summary summary)
    {
        var f = ClusterFeatures.Build(cluster, options.Compress ? s => SentenceRules.Compress(s.Text) : null);
        var index = new Dictionary<Sentence, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < f.Sentences.Length; i++) index[f.Sentences[i]] = i;
        return ExperimentalCoverageSummarizer.ProminenceObjective(f, options, [.. summary.Sentences.Select(s => index[s.Sentence])]);
    }

    internal static string Paired(double[] x, double[] y)
    {
        var d = x.Zip(y, (a, b) => 100 * (a - b)).ToArray();
        double mean = Math.Round(d.Average(), 2) + 0.0; // + 0.0: no "-0.00"
        double sd = Math.Sqrt(d.Sum(v => (v - mean) * (v - mean)) / (d.Length - 1));
        return string.Create(CultureInfo.InvariantCulture, $"{mean:+0.00;-0.00} ±{1.96 * sd / Math.Sqrt(d.Length):0.00}");
    }
}
