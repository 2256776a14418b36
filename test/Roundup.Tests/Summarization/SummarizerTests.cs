using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

public sealed class SummarizerTests
{
    public static TheoryData<string> Algorithms() => ["coverage", "lexrank", "lead"];

    [Fact]
    public void Registry_offers_three_algorithms_with_coverage_as_default()
    {
        Assert.Equal("coverage", SummarizerRegistry.Default);
        foreach (var name in new[] { "coverage", "lexrank", "lead" })
            Assert.Equal(name, SummarizerRegistry.Create(name).Name);
        Assert.Throws<ArgumentException>(() => SummarizerRegistry.Create("nope"));
    }

    [Theory]
    [InlineData("coverage", 30)]
    [InlineData("coverage", 60)]
    [InlineData("lexrank", 30)]
    [InlineData("lexrank", 60)]
    public void Word_budget_is_never_exceeded(string algorithm, int words)
    {
        var summary = Fixtures.Summarize(algorithm, Fixtures.Story(), new SummaryOptions { Algorithm = algorithm, Words = words });
        Assert.NotEmpty(summary.Sentences);
        Assert.InRange(summary.WordCount, 1, words);
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Sentence_budget_is_respected(string algorithm)
    {
        var summary = Fixtures.Summarize(algorithm, Fixtures.Story(), new SummaryOptions { Algorithm = algorithm, Sentences = 2 });
        Assert.Equal(2, summary.Sentences.Count);
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Every_sentence_is_traceable_and_never_a_headline(string algorithm)
    {
        var summary = Fixtures.Summarize(algorithm, Fixtures.Story());
        Assert.Equal(algorithm, summary.Algorithm);
        foreach (var s in summary.Sentences)
        {
            Assert.False(s.Sentence.IsHeadline);
            Assert.Equal(s.Sentence.Text, s.Sentence.Article.Text.Substring(s.Sentence.Span.Start, s.Sentence.Span.Length));
            Assert.DoesNotContain(s.Sentence.Article, s.Supporting);
        }
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Empty_cluster_gives_an_empty_summary(string algorithm)
    {
        var summary = Fixtures.Summarize(algorithm, Fixtures.Story(new Article("empty", "")));
        Assert.Empty(summary.Sentences);
    }

    [Theory]
    [InlineData("coverage")]
    [InlineData("lexrank")]
    public void Questions_to_the_reader_stay_out_while_other_sentences_are_left(string algorithm)
    {
        var summary = Fixtures.Summarize(algorithm, Fixtures.Story(), new SummaryOptions { Algorithm = algorithm, Words = 400 });
        Assert.DoesNotContain(summary.Sentences, s => s.Text.EndsWith('?'));
    }

    [Theory]
    [InlineData("coverage")]
    [InlineData("lexrank")]
    public void Nothing_but_questions_still_yields_a_summary(string algorithm)
    {
        var a = new Article("q", "Is the bridge safe for the thousands of drivers who cross it every single day?\nWho will pay for the repairs of the bridge over the river this year?");
        var summary = Fixtures.Summarize(algorithm, Fixtures.Story(a));
        Assert.NotEmpty(summary.Sentences);
    }

    [Theory]
    [InlineData("coverage")]
    [InlineData("lexrank")]
    public void The_same_fact_from_three_outlets_appears_once_with_the_others_as_support(string algorithm)
    {
        var summary = Fixtures.Summarize(algorithm, Fixtures.Story(), new SummaryOptions { Algorithm = algorithm, Words = 400 });
        var crack = summary.Sentences.Where(s => s.Text.Contains("crack in its main support beam", StringComparison.Ordinal)).ToList();
        var only = Assert.Single(crack);
        Assert.Equal(2, only.Supporting.Count);
        Assert.Equal(3, only.Sources.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public void A_report_that_says_the_opposite_is_no_support()
    {
        var ledger = new Article("ledger", string.Join("\n",
            "Counting in the Weston mayoral race went on through Tuesday night with the two candidates close.",
            "Harlan Whitman said on Tuesday night that he would not concede the Weston mayoral race."));
        var wire = new Article("wire", string.Join("\n",
            "The Weston mayoral race ended on Wednesday with a narrow win for the challenger.",
            "Harlan Whitman said on Wednesday that he would concede the Weston mayoral race."));
        var summary = Fixtures.Summarize("coverage", Fixtures.Story(ledger, wire), new SummaryOptions { Words = 400 });
        // Whichever report's sentence is chosen, the other one says the opposite.
        var concede = summary.Sentences.Where(s => s.Text.Contains("concede", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(concede);
        Assert.All(concede, s => Assert.Empty(s.Supporting));
    }

    [Fact]
    public void A_near_copy_is_neither_a_candidate_nor_independent_support()
    {
        var copy = Fixtures.Herald();
        var renamed = new Article("copy", copy.RawText) { Source = "Syndicated", DuplicateOf = "herald" };
        var cluster = Fixtures.Story(Fixtures.Daily(), Fixtures.Herald(), renamed);
        var summary = Fixtures.Summarize("coverage", cluster, new SummaryOptions { Words = 400 });
        Assert.DoesNotContain(summary.Sentences, s => s.Sentence.Article.Id == "copy");
        Assert.All(summary.Sentences, s => Assert.DoesNotContain(s.Supporting, a => a.Id == "copy"));
        var crack = Assert.Single(summary.Sentences, s => s.Text.Contains("crack in its main support beam", StringComparison.Ordinal));
        Assert.Single(crack.Supporting);
    }

    [Theory]
    [InlineData("coverage")]
    [InlineData("lexrank")]
    public void Sentences_come_in_reading_order(string algorithm)
    {
        var summary = Fixtures.Summarize(algorithm, Fixtures.Story(), new SummaryOptions { Algorithm = algorithm, Words = 400 });
        for (int i = 1; i < summary.Sentences.Count; i++)
        {
            var prev = summary.Sentences[i - 1].Sentence;
            var cur = summary.Sentences[i].Sentence;
            if (prev.Article == cur.Article) Assert.True(prev.Index < cur.Index, "sentences of one article keep their order");
        }
        // Lead sentences of the articles come before later ones.
        Assert.Contains("crack", summary.Sentences[0].Text, StringComparison.Ordinal);
    }
}
