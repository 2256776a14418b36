using Roundup.Clustering;
using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Text;

namespace Roundup.Tests.Clustering;

/// <summary>Clustering reads the terms stage's analysis (terms with the spans of their words) instead of reading the text again.</summary>
public sealed class LexicalFeaturesTests
{
    private const string Title = "Harbor Authority Approves New Ferry Terminal";

    // Written for this test: names inside sentences, acronyms, "U.S.", "don't", "3.5", a paragraph break, and sentences
    // run together without a space ("May.The", "said.Its"), where the segmenter cuts inside what the analyzer reads as one word.
    private const string Text =
        "PORTVALE, Maine (AP) — The Harbor Authority voted 5-2 on Monday to approve a $48.5 million ferry terminal, officials said.\n\n"
        + "Chairwoman Dana Okafor said the U.S. Coast Guard had signed off on the plan. Critics, including the Sierra Club, don't agree.\n\n"
        + "Work begins in early May.The terminal will open in 2028, the NOAA office said.Its design won praise from the AIA last year.\n"
        + "Residents of Portvale's east side asked whether the 3.5-mile access road would flood; Okafor said it would not.\n\n"
        + "“We have waited long enough,” said Luis Ferreira, a ferry captain. IBM and the FAA were not involved.";

    private static readonly RoundupPipeline Analysis = new RoundupPipelineBuilder().UseSegmentation().UseTerms().Build();

    private static Article Raw() => new("harbor", Text) { Title = Title };

    private static Article Analysed()
    {
        var a = Raw();
        Analysis.Run(new Cluster("c", [a]));
        return a;
    }

    [Fact]
    public void The_fixture_has_sentences_the_segmenter_cuts_inside_one_analyzer_word()
    {
        var s = Analysed().Sentences;
        Assert.Contains(s.Zip(s.Skip(1)), p => p.First.Span.End == p.Second.Span.Start && char.IsLetter(Text[p.Second.Span.Start]));
    }

    [Fact]
    public void Features_from_the_terms_stage_equal_features_computed_on_the_spot_and_the_earlier_scan_at_every_cut()
    {
        var analysed = Analysed();
        Assert.True(TermStage.HasAnalysed(analysed));
        var raw = Raw();
        for (int max = 1; max <= Text.Length + 3; max++)
        {
            var o = StoryClusteringOptions.Default with { MaxChars = max, LeadChars = 150 };
            var stage = LexicalFeatures.Extract(analysed, o);
            var spot = LexicalFeatures.Extract(raw, o);
            Assert.Empty(raw.Sentences);
            AssertSame(spot, stage, max);
            AssertSame(ReferenceScan(raw, o), spot, max);
        }
    }

    [Fact]
    public void Clustering_reads_the_terms_and_spans_the_stage_left_not_the_text()
    {
        var a = Analysed();
        var o = StoryClusteringOptions.Default with { LeadChars = 100 };
        var before = LexicalFeatures.Extract(a, o);
        Assert.Contains("okafor", before.Terms);

        // A term the text does not hold appears; the one it replaced goes.
        var second = a.Sentences[1];
        int k = second.Terms.ToList().IndexOf("okafor");
        var terms = second.Terms.ToArray();
        terms[k] = "zzstage";
        second.Terms = terms;
        var after = LexicalFeatures.Extract(a, o);
        Assert.Contains("zzstage", after.Terms);
        Assert.Equal(Weight(before, "okafor") - Weight(after, "zzstage"), Weight(after, "okafor"), 4);

        // Weights follow the stage's spans: "ferry" in the lead weighs 2; placed past the lead by its span, 1.
        var first = a.Sentences[0];
        int f = first.Terms.ToList().IndexOf("ferri");
        Assert.True(first.TermSpans![f].Start < 100);
        var spans = first.TermSpans.ToArray();
        spans[f] = new TextSpan(100, spans[f].Length);
        first.TermSpans = spans;
        var moved = LexicalFeatures.Extract(a, o);
        Assert.Equal(1f, Weight(before, "ferri") - Weight(moved, "ferri"), 4);
    }

    [Fact]
    public void The_analyzer_gives_each_term_the_span_of_its_word()
    {
        var terms = new List<string>();
        var spans = new List<TextSpan>();
        const string text = "The U.S. Coast Guard doesn't agree, officials said.";
        TermAnalyzer.English.Analyze(text, terms, null, 10, spans);
        Assert.Equal(terms.Count, spans.Count);
        var words = spans.Select(s => text.Substring(s.Start - 10, s.Length)).ToList();
        Assert.Equal(["U.S", "Coast", "Guard", "doesn't", "agree", "officials", "said"], words.Where((w, i) => i == 0 || spans[i] != spans[i - 1]));
        Assert.Equal(terms, TermAnalyzer.English.Analyze(text));
    }

    [SkippableTheory]
    [InlineData("multinews/val250.jsonl")]
    [InlineData("wikiref220")]
    [InlineData("duc2006/duc2006.jsonl")]
    public void On_the_dev_sets_every_article_has_the_same_features_from_the_stage_as_on_the_spot(string set)
    {
        var data = Roundup.Evaluation.Clustering.ClusteringDataset.Load(DevData.Require(set));
        var prepare = new RoundupPipelineBuilder().UseCleaning().UseSegmentation().UseTerms().Build();
        var o = StoryClusteringOptions.Default;
        var differ = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(data.Articles, a =>
        {
            prepare.Run(new Cluster(a.Id, [a]));
            var raw = new Article(a.Id, a.Text) { Title = a.Title, Language = a.Language };
            var (stage, spot) = (LexicalFeatures.Extract(a, o), LexicalFeatures.Extract(raw, o));
            if (!stage.Terms.SequenceEqual(spot.Terms) || !stage.Weights.SequenceEqual(spot.Weights) || !stage.Entity.SequenceEqual(spot.Entity)) differ.Add(a.Id);
        });
        Assert.True(differ.IsEmpty, $"{differ.Count} of {data.Articles.Count} articles differ, e.g. {string.Join(", ", differ.Take(5))}");
    }

    private static float Weight(ArticleTerms t, string term) => Array.IndexOf(t.Terms, term) is var i and >= 0 ? t.Weights[i] : 0f;

    private static void AssertSame(ArticleTerms expected, ArticleTerms actual, int max)
    {
        Assert.True(expected.Terms.SequenceEqual(actual.Terms), $"terms differ at MaxChars {max}");
        Assert.True(expected.Weights.SequenceEqual(actual.Weights), $"weights differ at MaxChars {max}");
        Assert.True(expected.Entity.SequenceEqual(actual.Entity), $"name flags differ at MaxChars {max}");
    }

    /// <summary>How clustering read an article before it read the terms stage: its own word scan over the text cut at
    /// MaxChars, each word analysed alone. Kept here so that the shared analysis is shown to give the same features.</summary>
    private static ArticleTerms ReferenceScan(Article article, StoryClusteringOptions options)
    {
        var analyzer = TermAnalyzer.ForLanguage(article.Language);
        var stop = ClusteringStopwords.For(analyzer);
        var acc = new Dictionary<string, (float W, bool E)>(StringComparer.Ordinal);
        void Scan(string text, float leadWeight, int leadChars, bool entities)
        {
            int i = 0;
            char prev = '.';
            while (i < text.Length)
            {
                char c = text[i];
                if (!char.IsLetterOrDigit(c))
                {
                    if (!char.IsWhiteSpace(c)) prev = c;
                    else if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n') prev = '.';
                    i++;
                    continue;
                }
                int start = i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' or '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))) i++;
                var word = text[start..i];
                bool entity = entities && char.IsUpper(word[0])
                    && (char.IsLetterOrDigit(prev) || prev is ',' or ';' || (word.Length is >= 2 and <= 6 && char.IsUpper(word[1])));
                prev = word[^1];
                float w = start < leadChars ? leadWeight : 1f;
                foreach (var s in analyzer.Analyze(word))
                    if (!stop.Contains(s)) acc[s] = acc.TryGetValue(s, out var cur) ? (cur.W + w, cur.E || entity) : (w, entity);
            }
        }
        if (!string.IsNullOrWhiteSpace(article.Title)) Scan(article.Title, (float)options.TitleWeight, int.MaxValue, false);
        Scan(article.Text[..Math.Min(article.Text.Length, options.MaxChars)], (float)options.LeadWeight, options.LeadChars, true);
        return new ArticleTerms([.. acc.Keys], [.. acc.Values.Select(v => v.W)], [.. acc.Values.Select(v => v.E)]);
    }
}
