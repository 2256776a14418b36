using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Rendering;
using Roundup.Summarization;

namespace Roundup.Tests.Hardening;

/// <summary>
/// Arbitrary text through the whole pipeline (clean, segment, terms, summarize, facts) and every renderer never
/// throws and keeps the model's invariants: sentence, removed-line and fact-mention spans lie inside their article's
/// text, every summary sentence has at least one source (its own article first), the summary keeps its budget, and
/// rendered output carries no terminal control character.
/// </summary>
public sealed class PipelinePropertyTests
{
    private static readonly RoundupPipeline Words40 = new RoundupPipelineBuilder().UseDefaults().UseSummarizer(new SummaryOptions { Words = 40 }).UseFacts().Build();
    private static readonly RoundupPipeline Lead30 = new RoundupPipelineBuilder().UseDefaults().UseSummarizer(new SummaryOptions { Words = 30, Algorithm = "lead" }).Build();
    private static readonly RoundupPipeline LexRank2 = new RoundupPipelineBuilder().UseDefaults().UseSummarizer(new SummaryOptions { Sentences = 2, Algorithm = "lexrank" }).UseFacts().Build();

    /// <summary>Pieces of news-like text, hostile characters among them, joined in any order.</summary>
    private static readonly string[] Pieces =
    [
        "The", "council", "voted", "7-2", "on", "Tuesday", "to", "approve", "a", "$412 million", "budget", ".", ",", "said", "Mayor", "Ann Lee",
        "Mr.", "U.S.", "Dr.", "St.", "\"", "“", "”", "'", "’s", "(", ")", "[", "]", "—", "–", "...", "…", "?", "!", ";", ":",
        "March 3, 2021", "last week", "2.5 percent", "40,000", "homes", "\n", "\n\n", "\r\n", "\t", "  ", "|||||", "NEWLINE_CHAR",
        "(CNN)", "WASHINGTON (AP) —", "Follow us on Twitter", "Advertisement", "http://x.example/a?b=1", "<b>", "</b>", "&amp;",
        "\u0000", "\u001b[31m", "\u0007", "\u202e", "\u200b", "\ufeff", "\ud83d\ude00", "\ud800", "é", "ß", "中文", "Ωμέγα",
        "a", "I", "he", "she", "\"We are proud,\" she said.", "It was 3 p.m.", "Jan.", "No. 5", "e.g.", "i.e.",
    ];

    private static Gen<string> NewsText() =>
        Gen.Elements(Pieces).ListOf().Select(parts => string.Join(" ", parts))
            .Or(ArbMap.Default.GeneratorFor<string>().Where(s => s is not null));

    private static Arbitrary<string[]> Articles() =>
        Gen.Choose(1, 4).SelectMany(n => NewsText().ArrayOf(n)).ToArbitrary();

    [Property(MaxTest = 150, QuietOnSuccess = true)]
    public Property Coverage_with_facts_keeps_every_invariant() => Prop.ForAll(Articles(), texts => Check(texts, Words40, words: 40));

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property Lead_keeps_every_invariant() => Prop.ForAll(Articles(), texts => Check(texts, Lead30, words: 30));

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property LexRank_with_facts_keeps_every_invariant() => Prop.ForAll(Articles(), texts => Check(texts, LexRank2, sentences: 2));

    private static bool Check(string[] texts, RoundupPipeline pipeline, int? words = null, int? sentences = null)
    {
        var cluster = new Cluster("p", texts.Select((t, i) => new Article($"a{i}", t) { Source = $"Outlet {i}", Url = i == 0 ? "javascript:alert(1)" : null }));
        pipeline.Run(cluster);
        foreach (var a in cluster.Articles)
        {
            foreach (var s in a.Sentences)
                Assert.True(s.Span.Start >= 0 && s.Span.Length >= 0 && s.Span.Start + s.Span.Length <= a.Text.Length, $"sentence span {s.Span} outside {a.Text.Length}");
            foreach (var r in a.Removed)
                Assert.True(r.Span.Start >= 0 && r.Span.Start + r.Span.Length <= a.RawText.Length, $"removed span {r.Span} outside {a.RawText.Length}");
        }
        var summary = Assert.IsType<Summary>(cluster.Summary);
        foreach (var s in summary.Sentences)
        {
            Assert.NotEmpty(s.Sources);
            Assert.Same(s.Sentence.Article, s.Sources.First());
            Assert.Contains(s.Sentence.Article, cluster.Articles);
            Assert.False(string.IsNullOrWhiteSpace(s.Text));
        }
        if (words is { } w) Assert.True(summary.WordCount <= w, $"{summary.WordCount} words over a budget of {w}");
        if (sentences is { } n) Assert.True(summary.Sentences.Count <= n, $"{summary.Sentences.Count} sentences over a budget of {n}");
        if (cluster.Facts is { } facts)
            foreach (var f in facts.Entities.Cast<Roundup.Model.Fact>().Concat(facts.Dates).Concat(facts.Quotes).Concat(facts.Numbers))
                foreach (var m in f.Mentions)
                    Assert.True(m.Span.Start >= 0 && m.Span.Start + m.Span.Length <= m.Article.Text.Length, $"{f.Kind} mention {m.Span} outside {m.Article.Text.Length}");
        Assert.False(HostileCorpus.HasControl(ClusterRenderer.PlainText(cluster)), "control character in text output");
        var md = ClusterRenderer.Markdown(cluster);
        Assert.False(HostileCorpus.HasControl(md), "control character in Markdown output");
        Assert.DoesNotContain("<b>", md, StringComparison.Ordinal);
        using var html = new StringWriter();
        DigestRenderer.WriteDigestHtml([cluster], html);
        Assert.DoesNotContain("href=\"javascript", html.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html.ToString(), StringComparison.Ordinal);
        JsonModel.Serialize(cluster);
        return true;
    }
}
