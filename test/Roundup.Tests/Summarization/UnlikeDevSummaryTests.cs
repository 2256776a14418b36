using Roundup.Evaluation;
using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>
/// Summary defects found on clusters unlike the dev sets (notes/17-unlike-dev.md, notes/17-unlike-dev2.md): a short
/// fact said twice, reported speech whose "he" points at nobody, a press conference's answers shown as narration.
/// Every article is written for the test.
/// </summary>
public sealed class UnlikeDevSummaryTests
{
    private static Article Gazette() => new("gazette", string.Join("\n",
        "Tomas Varga, a violin maker whose instruments were played in concert halls across Europe, has died.",
        "He was 91.",
        "His son, Peter Varga, said the cause was pneumonia.",
        "Varga opened his workshop in Cremona in 1958 and built more than 600 violins, violas and cellos there.",
        "He trained dozens of apprentices, several of whom now run workshops of their own in Italy and Austria.",
        "\"He never let a violin leave the bench until it sang,\" said Lucia Ferri, who studied with him for nine years.",
        "Varga is survived by his son and three grandchildren."))
    { Source = "Gazette" };

    private static Article Courier() => new("courier", string.Join("\n",
        "Tomas Varga, the Hungarian-born violin maker who spent six decades in Cremona, died on Friday at a hospital in Milan.",
        "He was 91.",
        "Varga left Budapest in 1956 and reached Italy after a year in refugee camps in Austria.",
        "His violins were prized by soloists for their dark, even tone, and several were sold at auction for large sums.",
        "In 2004 the city of Cremona gave him its highest civic honour for his work and his teaching.",
        "His wife, Elena, died in 2011."))
    { Source = "Courier" };

    [Fact]
    public void A_short_sentence_two_reports_share_is_said_once_in_a_long_summary()
    {
        var summary = Fixtures.Summarize("coverage", Fixtures.Story(Gazette(), Courier()), new SummaryOptions { Words = 250 });
        var texts = summary.Sentences.Select(s => s.Text).ToList();
        Assert.Equal(1, texts.Count(t => t == "He was 91."));
        // Each report's lead is still there: only the unit that would repeat the age is left out.
        Assert.Contains(texts, t => t.StartsWith("Tomas Varga, a violin maker", StringComparison.Ordinal));
    }

    [Fact]
    public void A_chosen_sentence_blocks_a_unit_that_holds_the_same_sentence_as_a_member()
    {
        var story = Fixtures.Story(Gazette(), Courier());
        var f = ClusterFeatures.Build(story);
        var (eligible, member, _) = CoverageSummarizer.Candidates(f, new CoverageOptions());
        int first = Array.IndexOf(f.Texts, "He was 91.");
        int second = Array.LastIndexOf(f.Texts, "He was 91.");
        Assert.True(first >= 0 && second > first);
        // Too short to open a unit, it comes only glued to the report's lead: that is why it must be blocked as a member.
        Assert.False(eligible[second]);
        Assert.True(member[second]);
        var (units, _, _) = CoverageSummarizer.Units(f, eligible, member, glueReferences: true, glueSpeakers: true);
        Assert.Contains(units, u => u.Start == second - 1 && u.Count >= 2);
    }

    [Fact]
    public void The_reader_check_finds_a_short_sentence_said_twice()
    {
        var p = SummaryChecks.Check(["Tomas Varga, a violin maker, has died.", "He was 91.", "He trained dozens of apprentices.", "He was 91."]);
        Assert.False(p[1].HasFlag(SentenceProblem.RepeatedFact));
        Assert.True(p[3].HasFlag(SentenceProblem.RepeatedFact));
        var q = SummaryChecks.Check(["Tomas Varga died on Friday.", "He was 91.", "His wife, Elena, died in 2011.", "He was 19 when he left Budapest."]);
        Assert.DoesNotContain(q, x => x.HasFlag(SentenceProblem.RepeatedFact));
    }

    [Theory]
    [InlineData("A boil-water notice will stay in place until Sunday, he said.", true)]
    [InlineData("The ferry will not run before Friday, she told reporters on Monday.", true)]
    [InlineData("The ferry will not run before Friday, he added.", true)]
    [InlineData("The ferry will not run before Friday, Mayor Dana Pruitt said.", false)]
    [InlineData("\"The ferry will not run before Friday,\" he said.", false)] // a quotation: QuotesPronoun's
    [InlineData("He said the ferry would not run before Friday.", false)] // opens with its pronoun: a reference
    [InlineData("The ferry will not run, he said, until the pier is repaired.", false)] // the clause goes on
    public void Reported_speech_closed_by_a_bare_pronoun(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.ReportsPronoun(text));

    private static Article PressConference() => new("transcript", string.Join("\n\n",
        "Transcript: Mayor Lee on the ferry fire",
        "MAYOR LEE: Good morning. A fire broke out in the engine room of the Gull Island ferry at about 6 o'clock this morning. All 140 passengers were taken off safely.",
        "QUESTION: Mayor, when will the ferry run again?",
        "MAYOR LEE: I'll let Director Haas speak to that. We want it back as soon as it is safe.",
        "DIRECTOR HAAS: Thank you, Mayor. The engine room will need a full inspection. We expect the ferry to be back in service on Monday.",
        "QUESTION: Was anyone hurt?",
        "DIRECTOR HAAS: Two crew members were treated for smoke. We are very proud of them."))
    { Source = "Transcripts" };

    private static Article FerryReport() => new("report", string.Join("\n\n",
        "Ferry fire forces evacuation off Gull Island",
        "A fire broke out in the engine room of the Gull Island ferry early Tuesday, and all 140 passengers were taken off safely, Mayor Dana Lee said.",
        "Harbour Director Karl Haas said the ferry would need a full inspection. The ferry should be back in service on Monday, he said.",
        "Two crew members were treated for smoke inhalation, the harbour office said."))
    { Source = "Island Ledger" };

    [Fact]
    public void A_press_conferences_labelled_turns_make_it_a_transcript_and_a_fact_box_does_not()
    {
        var story = Fixtures.Story(PressConference());
        Assert.True(CoverageSummarizer.HasSpeakerTurns(story.Articles[0]));
        var box = Fixtures.Story(new Article("box", string.Join("\n\n",
            "WHAT HAPPENED: A fire broke out on the ferry. Nobody was hurt.",
            "WHAT'S NEXT: The ferry will be inspected. It may run on Monday.",
            "WHO PAYS: The harbour office will pay for the repairs.")));
        Assert.False(CoverageSummarizer.HasSpeakerTurns(box.Articles[0])); // no label opens two paragraphs
    }

    [Fact]
    public void A_press_conferences_answers_are_not_shown_as_narration()
    {
        var story = Fixtures.Story(PressConference(), FerryReport());
        foreach (int words in new[] { 120, 250 })
        {
            var texts = Fixtures.Summarize("coverage", story, new SummaryOptions { Words = words }).Sentences.Select(s => s.Text).ToList();
            Assert.NotEmpty(texts);
            Assert.DoesNotContain(texts, t => t.StartsWith("I'll let", StringComparison.Ordinal) || t.StartsWith("We ", StringComparison.Ordinal)
                || t.StartsWith("All 140 passengers", StringComparison.Ordinal) || t.StartsWith("Two crew members were treated for smoke.", StringComparison.Ordinal));
        }
        // The turns' sentences after the label are out; the report's are not.
        var f = ClusterFeatures.Build(story);
        var (eligible, _, _) = CoverageSummarizer.Candidates(f, new CoverageOptions());
        int answer = Array.FindIndex(f.Texts, t => t.StartsWith("We expect the ferry", StringComparison.Ordinal));
        int report = Array.FindIndex(f.Texts, t => t.StartsWith("Harbour Director Karl Haas said", StringComparison.Ordinal));
        Assert.True(answer >= 0 && report >= 0);
        Assert.False(eligible[answer]);
        Assert.True(eligible[report]);
    }

    [Fact]
    public void Reported_speech_closed_by_he_said_comes_only_after_the_sentence_that_names_him()
    {
        var f = ClusterFeatures.Build(Fixtures.Story(FerryReport()));
        var all = Enumerable.Repeat(true, f.Texts.Length).ToArray();
        int said = Array.FindIndex(f.Texts, t => t.EndsWith(", he said.", StringComparison.Ordinal));
        Assert.True(said > 0);
        // In a summary of any length, not only a short one.
        var (_, glued, _) = CoverageSummarizer.Units(f, all, all, glueReferences: true, glueSpeakers: true, gluePronouns: false);
        Assert.True(glued[said]); // the greedy takes it only once the sentence before it is taken

        var story = Fixtures.Story(PressConference(), FerryReport());
        var texts = Fixtures.Summarize("coverage", story, new SummaryOptions { Words = 250 }).Sentences.Select(s => s.Text).ToList();
        int k = texts.FindIndex(t => t.EndsWith(", he said.", StringComparison.Ordinal));
        Assert.True(k > 0, string.Join(" | ", texts));
        Assert.StartsWith("Harbour Director Karl Haas said", texts[k - 1]);
    }
}
