using Roundup.Cleaning;
using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Summarization;

namespace Roundup.Tests.Cleaning;

/// <summary>
/// The line classifier's verdict on a sentence is computed once and kept on the sentence; the summarizer's
/// eligibility check reads the kept verdict instead of classifying again.
/// </summary>
public sealed class SentenceVerdictTests
{
    private const string Text =
        "The harbour board approved the new ferry timetable on Monday after a long debate. Follow him on Twitter: @harborreporter.\n\n"
        + "Harbor Wire writers Ona Pike and Tobin Rees contributed to this report.\n";

    [Fact]
    public void A_sentence_verdict_is_the_classifier_verdict_and_is_kept()
    {
        var article = new Article("a", Text);
        new RoundupPipelineBuilder().UseSegmentation().Build().Run(new Cluster("c", [article]));
        var sentences = article.Sentences;
        Assert.Equal(3, sentences.Count);
        Assert.All(sentences, s => Assert.Null(s.BoilerplateVerdict));
        Assert.Null(BoilerplateCleaner.Verdict(sentences[0]));
        Assert.NotNull(BoilerplateCleaner.Verdict(sentences[1]));
        Assert.Equal(BoilerplateCleaner.Classify(sentences[1].Text), BoilerplateCleaner.Verdict(sentences[1]));
        Assert.Equal(BoilerplateCleaner.Classify(sentences[2].Text), BoilerplateCleaner.Verdict(sentences[2]));
        Assert.NotNull(sentences[2].BoilerplateVerdict);
        Assert.NotNull(sentences[0].BoilerplateVerdict); // story text is remembered too
    }

    [Fact]
    public void Eligibility_reads_the_kept_verdict_instead_of_classifying_again()
    {
        const string credit = "Harbor Wire writers Ona Pike and Tobin Rees contributed to this report.";
        const string story = "The harbour board approved the new ferry timetable on Monday after a long debate.";
        var article = new Article("a", credit + "\n" + story);
        var creditSentence = new Sentence(article, 0, new TextSpan(0, credit.Length), 0);
        var storySentence = new Sentence(article, 1, new TextSpan(credit.Length + 1, story.Length), 1);
        Assert.False(SentenceRules.IsEligible(creditSentence, credit));
        Assert.True(SentenceRules.IsEligible(storySentence, story));
        // Swap the kept verdicts: eligibility follows them, so it did not classify the text again.
        (creditSentence.BoilerplateVerdict, storySentence.BoilerplateVerdict) = (storySentence.BoilerplateVerdict, creditSentence.BoilerplateVerdict);
        Assert.True(SentenceRules.IsEligible(creditSentence, credit));
        Assert.False(SentenceRules.IsEligible(storySentence, story));
    }
}
