using Roundup.Cleaning;
using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Summarization;

namespace Roundup.Tests.Cleaning;

/// <summary>
/// The line classifier's verdict on each sentence is recorded once, when the sentence is made, and the summarizer's
/// eligibility check reads the record instead of classifying again.
/// </summary>
public sealed class SentenceVerdictTests
{
    private const string Text =
        "The harbour board approved the new ferry timetable on Monday after a long debate. Follow him on Twitter: @harborreporter.\n\n"
        + "Harbor Wire writers Ona Pike and Tobin Rees contributed to this report.\n";

    [Fact]
    public void Segmented_sentences_carry_the_classifier_verdict()
    {
        var article = new Article("a", Text);
        new RoundupPipelineBuilder().UseSegmentation().Build().Run(new Cluster("c", [article]));
        var sentences = article.Sentences;
        Assert.Equal(3, sentences.Count);
        Assert.All(sentences, s => Assert.True(s.BoilerplateKnown));
        Assert.Null(sentences[0].Boilerplate);
        Assert.Equal(BoilerplateCleaner.Classify(sentences[1].Text), sentences[1].Boilerplate);
        Assert.NotNull(sentences[1].Boilerplate);
        Assert.NotNull(sentences[2].Boilerplate);
    }

    [Fact]
    public void Eligibility_reads_the_recorded_verdict()
    {
        const string credit = "Harbor Wire writers Ona Pike and Tobin Rees contributed to this report.";
        const string story = "The harbour board approved the new ferry timetable on Monday after a long debate.";
        var article = new Article("a", credit + "\n" + story);
        var recordedStory = new Sentence(article, 0, new TextSpan(0, credit.Length), 0) { BoilerplateKnown = true, Boilerplate = null };
        var recordedCredit = new Sentence(article, 1, new TextSpan(credit.Length + 1, story.Length), 1) { BoilerplateKnown = true, Boilerplate = BoilerplateReason.PhotoCredit };
        var unrecorded = new Sentence(article, 0, new TextSpan(0, credit.Length), 0);
        Assert.True(SentenceRules.IsEligible(recordedStory, credit));   // the record says story: not classified again
        Assert.False(SentenceRules.IsEligible(recordedCredit, story));  // the record says credit
        Assert.False(SentenceRules.IsEligible(unrecorded, credit));     // a sentence made by hand is classified
    }
}
