using Roundup.Evaluation;

namespace Roundup.Tests.Evaluation;

public sealed class SummaryChecksTests
{
    private static SentenceProblem[] Check(params string[] sentences) => [.. SummaryChecks.Check(sentences)];

    [Theory]
    [InlineData("as sole prime minister, the king announced.", true)]
    [InlineData(", the council said on Monday.", true)]
    [InlineData("The council approved the budget", true)]
    [InlineData("The council approved the budget.", false)]
    [InlineData("“We will reopen,” the mayor said.", false)]
    [InlineData("eBay said it would close the office.", false)]
    public void Fragments(string sentence, bool expected) =>
        Assert.Equal(expected, Check(sentence)[0].HasFlag(SentenceProblem.Fragment));

    [Fact]
    public void A_pronoun_opening_the_summary_dangles()
    {
        Assert.True(Check("He said the ferry would run again.")[0].HasFlag(SentenceProblem.DanglingReference));
        var ok = Check("Mayor Dana Pruitt met the crews on Monday.", "She said the ferry would run again on Friday.");
        Assert.False(ok[1].HasFlag(SentenceProblem.DanglingReference));
    }

    [Theory]
    [InlineData("Police said Tuesday he lived in east London.", true)]
    [InlineData("Jonathan Magwood was at the park with his team.", false)]
    [InlineData("The council approved the budget on Monday.", false)]
    public void A_first_sentence_with_he_before_any_name_dangles(string sentence, bool expected) =>
        Assert.Equal(expected, Check(sentence)[0].HasFlag(SentenceProblem.DanglingReference));

    [Fact]
    public void A_definite_reference_needs_its_noun_earlier()
    {
        var dangling = Check("The island lost its ferry in the storm.", "The deal gives the town a new boat by May.");
        Assert.True(dangling[1].HasFlag(SentenceProblem.DanglingReference));
        var ok = Check("The town signed a deal with a shipyard on Monday.", "The deal gives the town a new boat by May.");
        Assert.False(ok[1].HasFlag(SentenceProblem.DanglingReference));
    }

    [Theory]
    [InlineData("The commission's president said.", true)]
    [InlineData("Smith added on Monday.", true)]
    [InlineData("Knowles had a system, investigators said.", false)]
    [InlineData("“It is over,” the commission's president said.", false)]
    public void Lone_speaker_tags(string sentence, bool expected) =>
        Assert.Equal(expected, Check(sentence)[0].HasFlag(SentenceProblem.LoneSpeakerTag));

    [Fact]
    public void A_quotation_continues_only_right_after_its_lead_in()
    {
        var orphan = Check("The ferry resumed on Sunday.", "Every boat can go now,” the harbor master said.");
        Assert.True(orphan[1].HasFlag(SentenceProblem.OrphanedContinuation));
        var ok = Check("The harbor master said: “The crossing is safe.", "Every boat can go now,” he added.");
        Assert.False(ok[1].HasFlag(SentenceProblem.OrphanedContinuation));
        var straight = Check("The ferry resumed on Sunday.", "\"Every boat can go now,” the harbor master said.");
        Assert.False(straight[1].HasFlag(SentenceProblem.OrphanedContinuation));
    }

    [Fact]
    public void A_fact_said_twice_is_a_repeat()
    {
        var r = Check("The council approved a new sea wall for the harbor front on Tuesday.",
            "On Tuesday the council approved the new sea wall for the harbor front.",
            "Work starts in the spring.");
        Assert.True(r[1].HasFlag(SentenceProblem.RepeatedFact));
        Assert.False(r[2].HasFlag(SentenceProblem.RepeatedFact));
    }

    [Fact]
    public void The_report_counts_each_problem_over_all_sentences()
    {
        var report = SummaryChecks.Report([["He left.", "The council met on Monday."], ["as the king said."]]);
        Assert.Equal(3, report.Sentences);
        Assert.Equal(1, report.Fragments);
        Assert.Equal(1, report.DanglingReferences);
    }

    [Fact]
    public void The_report_counts_unintroduced_persons_apart_and_in_the_strict_total()
    {
        string[] opening = ["The harbour board approved a new sea wall on Monday.", "Work starts in the spring."];
        var report = SummaryChecks.Report([
            [.. opening, "Tobias Wren said the wall would last a century."], // an unintroduced person
            [.. opening, "The deal was signed by Laura Quill on Monday."], // a dangling "The deal"
            [.. opening, "Tobias Wren, the board's engineer, said the wall would last."], // introduced: nothing
        ]);
        Assert.Equal(9, report.Sentences);
        Assert.Equal(1, report.DanglingReferences);
        Assert.Equal(1, report.UnintroducedPersons);
        Assert.Equal(1, report.CannotStandAlone); // the "together" leaves the person out
        Assert.Equal(2, report.CannotStandAloneStrict);
    }

    [Fact]
    public void A_sentence_with_a_dangling_reference_and_an_unintroduced_person_counts_once_in_the_strict_total()
    {
        var report = SummaryChecks.Report([["The harbour board met on Monday.", "Work starts in the spring.", "The deal pleased Tobias Wren, Laura Quill said."]]);
        Assert.Equal(1, report.DanglingReferences);
        Assert.Equal(1, report.UnintroducedPersons);
        Assert.Equal(1, report.CannotStandAloneStrict);
    }

    [Theory]
    [InlineData(SentenceProblem.None, "")]
    [InlineData(SentenceProblem.UnintroducedPerson, "unintroduced-person")]
    [InlineData(SentenceProblem.DanglingReference | SentenceProblem.UnintroducedPerson, "dangling-reference unintroduced-person")]
    [InlineData(SentenceProblem.Fragment | SentenceProblem.RepeatedFact, "fragment repeated-fact")]
    public void Each_problem_has_a_name_for_the_per_item_file(SentenceProblem problem, string expected) =>
        Assert.Equal(expected, string.Join(' ', SummaryChecks.Names(problem)));
}
