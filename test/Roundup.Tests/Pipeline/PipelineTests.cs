using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Summarization;

namespace Roundup.Tests.Pipeline;

public sealed class PipelineTests
{
    [Fact]
    public void Builder_rejects_a_summarizer_without_terms()
    {
        var builder = new RoundupPipelineBuilder().UseCleaning().UseSegmentation().UseSummarizer(new SummaryOptions());
        var e = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Contains("terms", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_summary_sentence_points_back_into_its_article()
    {
        var a = new Article("a", "The council approved the budget on Monday. It will fund three new schools.") { Source = "Daily" };
        var b = new Article("b", "Officials said the budget vote was close. The mayor welcomed it.") { Source = "Herald" };
        var pipeline = new RoundupPipelineBuilder().UseDefaults().UseSummarizer(new SummaryOptions { Sentences = 2 }).Build();
        var cluster = pipeline.Run(new Cluster("c", [a, b]));
        Assert.NotNull(cluster.Summary);
        Assert.Equal(2, cluster.Summary!.Sentences.Count);
        foreach (var s in cluster.Summary.Sentences)
            Assert.Equal(s.Sentence.Text, s.Sentence.Article.Text.Substring(s.Sentence.Span.Start, s.Sentence.Span.Length));
    }
}
