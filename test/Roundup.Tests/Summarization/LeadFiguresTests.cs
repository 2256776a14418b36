using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>A short summary's lead paragraph gives its figures before its comment (issue #11).</summary>
public sealed class LeadFiguresTests
{
    private const string Lead =
        "Hedda Lindqvist looked set for victory Monday in Norland's presidential election after a strong showing by the Farmers' Party threatened to force her into a runoff vote.";

    private const string Comment =
        "While Lindqvist would almost certainly win a second round, a runoff would have been a humbling setback for the former central bank governor who rose from obscurity to become the country's most popular politician within a single year.";

    private const string Worry =
        "Her call to cut the state pension and sell the national railway worried many older voters, who fear that the country's generous welfare system could be dismantled within a few years.";

    private const string Count =
        "With 90 percent of the ballots counted by Monday morning, Lindqvist had 54.1 percent of the vote, enough to avoid a second round against the next strongest candidate.";

    /// <summary>
    /// Twelve wire reports of an election (a topic of many reports, as <see cref="HeadlineFigures.MinArticles"/>),
    /// each told as a wire lead paragraph is (the lead in its own words, two comments, then the count, the runner-up).
    /// </summary>
    private static Cluster Election(string count, int reports = 12)
    {
        string[] leads =
        [
            Lead,
            "Hedda Lindqvist looked set for victory in Norland's presidential election Monday after a strong showing by the Farmers' Party threatened to force her into a runoff.",
            "Hedda Lindqvist looked set for victory Monday in the presidential election after a strong showing by the Farmers' Party threatened to force her into a runoff vote.",
            "Hedda Lindqvist looked set for victory Monday in Norland's election after a strong showing by the Farmers' Party threatened to force a runoff vote.",
        ];
        var articles = new List<Article>();
        for (int k = 0; k < reports; k++)
            articles.Add(new Article($"report{k}", string.Join("\n", leads[k % 4], Comment, Worry, count,
                "Farmers' Party leader Odd Berg was second with 31.2 percent.",
                "Berg accused the government of rigging the count in the northern provinces.")));
        return Fixtures.Story([.. articles]);
    }

    [Fact]
    public void A_lead_paragraph_goes_on_with_the_count_its_lead_raises_before_another_comment()
    {
        var options = new SummaryOptions { Words = 120 };
        var summary = new CoverageSummarizer().Summarize(Election(Count), options);
        var texts = summary.Sentences.Select(s => s.Sentence.Text).ToList();
        Assert.StartsWith("Hedda Lindqvist looked set for victory", texts[0], StringComparison.Ordinal);
        Assert.Contains(Count, texts);
        Assert.DoesNotContain(Worry, texts);
        // Without the rule the lead paragraph's second comment fills the words the count needed.
        var without = new CoverageSummarizer(new CoverageOptions { LeadFigures = false }).Summarize(Election(Count), options);
        var old = without.Sentences.Select(s => s.Sentence.Text).ToList();
        Assert.StartsWith("Hedda Lindqvist looked set for victory", old[0], StringComparison.Ordinal);
        Assert.Contains(Worry, old);
        Assert.DoesNotContain(old, t => t.Contains("54.1", StringComparison.Ordinal));
        // Nor in a cluster of a few reports, where the next sentence is the story's own.
        var few = new CoverageSummarizer().Summarize(Election(Count, reports: 5), options).Sentences.Select(s => s.Sentence.Text).ToList();
        var fewWithout = new CoverageSummarizer(new CoverageOptions { LeadFigures = false }).Summarize(Election(Count, reports: 5), options).Sentences.Select(s => s.Sentence.Text).ToList();
        Assert.Equal(fewWithout, few);
        Assert.Contains(Worry, few);
    }

    [Fact]
    public void A_count_that_leans_on_the_sentence_before_it_or_gives_no_figure_does_not_skip_it()
    {
        var options = new SummaryOptions { Words = 120 };
        // "They had counted …" leans on the comment before it: the lead paragraph goes on in its order.
        const string leaning = "They had counted 90 percent of the ballots by Monday morning, and Lindqvist had 54.1 percent of the vote, enough to avoid a second round.";
        // A sentence after the comment with no figure in it is no reason to skip the comment either.
        const string noFigure = "With most of the ballots counted by Monday morning, Lindqvist had more than half of the vote, enough to avoid a second round against the next strongest candidate.";
        foreach (var text in new[] { leaning, noFigure })
        {
            var with = new CoverageSummarizer().Summarize(Election(text), options).Sentences.Select(s => s.Sentence.Text).ToList();
            var without = new CoverageSummarizer(new CoverageOptions { LeadFigures = false }).Summarize(Election(text), options).Sentences.Select(s => s.Sentence.Text).ToList();
            Assert.Equal(without, with);
            Assert.Contains(Worry, with);
        }
    }

    [Fact]
    public void The_next_unit_gives_way_only_to_a_figure_that_stands_alone_while_the_summary_gives_none()
    {
        var f = ClusterFeatures.Build(Election(Count));
        var units = Enumerable.Range(0, f.Texts.Length).Select(i => (i, 1)).ToList();
        int Of(string text) => Array.IndexOf(f.Texts, text); // the first report's
        int lead = Of(Lead), comment = Of(Comment), worry = Of(Worry), count = Of(Count);
        Assert.True(lead >= 0 && comment == lead + 1 && worry == comment + 1 && count == worry + 1);
        var glued = new bool[f.Texts.Length];
        Assert.Equal(count, LeadFigures.Next(f, units, glued, worry, count, [lead, comment]));
        Assert.Equal(worry, LeadFigures.Next(f, units, glued, worry, -1, [lead, comment]));
        // A count the summary gave already, or one in the next unit itself: the lead paragraph goes on in its order.
        Assert.Equal(worry, LeadFigures.Next(f, units, glued, worry, count, [lead, count]));
        Assert.Equal(comment, LeadFigures.Next(f, units, glued, comment, worry, [lead]));
        Assert.Equal(count, LeadFigures.Next(f, units, glued, count, count + 1, [lead, comment]));
        // One that leans on the sentence it would skip.
        glued[count] = true;
        Assert.Equal(worry, LeadFigures.Next(f, units, glued, worry, count, [lead, comment]));
        // A few reports.
        var few = ClusterFeatures.Build(Election(Count, reports: 5));
        Assert.Equal(worry, LeadFigures.Next(few, units, new bool[few.Texts.Length], worry, count, [lead, comment]));
    }

    [Theory]
    [InlineData("Tribal leaders expected revenue for the tribe's 1,200 members, many of them poor.", false, "")]
    [InlineData("Tribal leaders expected revenue for the tribe's 1,200 members, many of them poor.", true, "1,200")]
    [InlineData("The vote went to 304 districts.", true, "304")]
    [InlineData("Captain Abel Ross, 58, called 911.", true, "")] // still an age and a number at the end
    [InlineData("The ferry sank 35 years, after it was built.", true, "")] // still a unit of time
    public void A_figure_may_count_the_word_that_ends_its_clause_when_asked(string text, bool clauseEnd, string expected)
    {
        var found = new List<string>();
        HeadlineFigures.Figures(text, found, clauseEnd);
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), found);
    }
}
