using System.Text.Json;
using Roundup.Evaluation.Rouge;

namespace Roundup.Tests.Evaluation;

/// <summary>
/// Checks the scorer against the per-item values the official ROUGE-1.5.5 printed for 750 Multi-News cases
/// (flags -c 95 -r 1000 -n 2 -2 4 -U -m -a). Needs the dev data and WordNet's exception lists
/// (package wordnet-base, or $ROUGE_EVAL_HOME / $ROUNDUP_WORDNET); skips otherwise.
/// </summary>
public sealed class RougeFaithfulnessTests
{
    private static readonly string[] Measures = ["ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4"];

    [SkippableFact]
    public void Matches_official_rouge_on_at_least_99_percent_of_values()
    {
        var path = DevData.Require("rouge-official/multinews-val250-cases.jsonl");
        Skip.If(RougeResources.DefaultStemExceptions is null, "WordNet exception lists not found (apt-get install wordnet-base); skipping.");
        var scorer = new RougeScorer(RougeOptions.Standard with { PeerWordLimit = null });
        int matched = 0, total = 0;
        var misses = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            using var doc = JsonDocument.Parse(line);
            var c = doc.RootElement;
            var id = c.GetProperty("id").GetString()!;
            var peer = c.GetProperty("peer").EnumerateArray().Select(e => e.GetString()!).ToList();
            var model = c.GetProperty("model").EnumerateArray().Select(e => e.GetString()!).ToList();
            var score = scorer.Score(peer, model, id);
            foreach (var measure in Measures)
            {
                var official = c.GetProperty("scores").GetProperty(measure);
                var mine = score[measure];
                foreach (var (key, value) in new[] { ("R", mine.Recall), ("P", mine.Precision), ("F", mine.F) })
                {
                    total++;
                    double expected = official.GetProperty(key).GetDouble();
                    if (Math.Abs(expected - value) <= 0.0005) matched++;
                    else if (misses.Count < 10) misses.Add($"{id} {measure} {key}: official {expected}, ours {value}");
                }
            }
        }
        Assert.Equal(9000, total);
        Assert.True(matched >= 0.99 * total, $"matched {matched}/{total}: {string.Join("; ", misses)}");
    }

    [SkippableFact]
    public void Without_exception_lists_porter_alone_still_matches_most_rouge_1_values()
    {
        var path = DevData.Require("rouge-official/multinews-val250-cases.jsonl");
        var scorer = new RougeScorer(RougeOptions.Standard with { PeerWordLimit = null, FindStemExceptions = false });
        int close = 0, total = 0;
        foreach (var line in File.ReadLines(path).Take(150))
        {
            using var doc = JsonDocument.Parse(line);
            var c = doc.RootElement;
            var score = scorer.Score(
                c.GetProperty("peer").EnumerateArray().Select(e => e.GetString()!),
                c.GetProperty("model").EnumerateArray().Select(e => e.GetString()!));
            total++;
            if (Math.Abs(score.Rouge1.F - c.GetProperty("scores").GetProperty("ROUGE-1").GetProperty("F").GetDouble()) <= 0.02) close++;
        }
        Assert.True(close >= 0.95 * total, $"{close}/{total} within 0.02");
    }
}
