using Roundup.Evaluation;
using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>People and things a late summary sentence brings in without introducing them (issue #11), on sentences written for the test.</summary>
public sealed class PersonMentionsTests
{
    [Theory]
    [InlineData("Tobias Wren said the harbour would freeze by March.", "Wren")] // a bare full name speaks
    [InlineData("“The harbour needs it,” said Tobias Wren.", "Wren")]
    [InlineData("Mr. Wren said the ice was thin.", "Wren")]
    [InlineData("Tobias Wren, a marine biologist, said the harbour would freeze.", null)] // described in the sentence
    [InlineData("Tobias Wren, 53, said the ice was thin.", null)]
    [InlineData("Tobias Wren of the Harbour Trust said the ice was thin.", null)]
    [InlineData("“The harbour needs it,” said analyst Tobias Wren.", null)] // a role before the name
    [InlineData("Harbour Master Tobias Wren said the ice was thin.", null)]
    [InlineData("The ferry carried Tobias Wren and Ada Frost to the island.", null)] // named in passing, not a character
    [InlineData("The ice closed the harbour on Monday.", null)]
    public void A_person_named_without_saying_who_they_are_is_unintroduced(string text, string? expected) =>
        Assert.Equal(expected, SentenceRules.UnintroducedPerson(text, _ => false));

    [Theory]
    [InlineData("“The ferry is full,” said Tobias Wren, Editor in Chief of The Harbour Post.", null)] // a title after the comma
    [InlineData("“The ferry is full,” said Tobias Wren, CEO of Harbour Lines.", null)]
    [InlineData("Tobias Wren, Quill's attorney, said the harbour would freeze.", null)] // a possessive and its role
    [InlineData("Tobias Wren, Harbour Lines’ director of operations, said the ice was thin.", null)]
    [InlineData("Tobias Wren, Weston Harbour Trust’s CEO said the ice was thin.", null)]
    [InlineData("Tobias Wren, R-Fla., said the ice was thin.", null)] // party and state
    [InlineData("The gull was named after a trader who was called Tobias Wren.", null)] // "was called" names, nobody speaks
    [InlineData("She wrote under the name “Tobias Wren.”", null)] // an alias in quotation marks
    [InlineData("Tobias Wren, Sen. Laura Quill and the mayor said the ice was thin.", "Wren")] // a list, not a title
    [InlineData("Tobias Wren, Laura Quill said, was wrong.", "Wren")] // a speaker's name after the comma is no description
    [InlineData("Tobias Wren called Laura Quill on Monday.", "Wren")] // "called" as a verb
    public void A_description_after_the_name_may_start_with_a_capital(string text, string? expected) =>
        Assert.Equal(expected, SentenceRules.UnintroducedPerson(text, _ => false));

    [Fact]
    public void A_person_the_reader_has_met_is_not_unintroduced()
    {
        Assert.Null(SentenceRules.UnintroducedPerson("Tobias Wren said the ice was thin.", w => w == "Wren"));
        Assert.Equal("Wren", SentenceRules.UnintroducedPerson("Tobias Wren said the ice was thin.", w => w == "Frost"));
    }

    [Fact]
    public void A_surname_alone_counts_only_when_the_cluster_knows_it_as_a_person()
    {
        const string text = "Crews met at Wren's boatyard on Monday.";
        Assert.Equal("Wren", SentenceRules.UnintroducedPerson(text, _ => false, new HashSet<string> { "Wren" }));
        Assert.Null(SentenceRules.UnintroducedPerson(text, _ => false));
        Assert.Null(SentenceRules.UnintroducedPerson(text, _ => false, new HashSet<string> { "Frost" }));
    }

    [Fact]
    public void A_definite_possessive_points_back()
    {
        const string text = "Officials hope the tribunal's review will end the dispute.";
        Assert.Equal("tribunal", SentenceRules.DefinitePossessiveNoun(text, noun => noun == "tribunal"));
        Assert.Null(SentenceRules.DefinitePossessiveNoun(text, _ => false));
        Assert.Null(SentenceRules.DefinitePossessiveNoun("The ferry's engine failed.", _ => false));
    }

    [Theory]
    [InlineData("“The harbour needs it,” said Tobias Wren.", "Tobias Wren, director of the Gull Island trust, warned of ice.", "“The harbour needs it,” said Tobias Wren, director of the Gull Island trust.")]
    [InlineData("Tobias Wren said the ice was thin.", "Tobias Wren, director of the Gull Island trust, warned of ice.", "Tobias Wren, director of the Gull Island trust, said the ice was thin.")]
    [InlineData("Tobias Wren said the ice was thin.", "The crossing is closed, Harbour Trust President Tobias Wren said.", "Harbour Trust President Tobias Wren said the ice was thin.")]
    [InlineData("“The harbour needs it,” said Tobias Wren.", "The warning came from pilot Tobias Wren on Monday.", "“The harbour needs it,” said pilot Tobias Wren.")]
    [InlineData("Tobias Wren said the ice was thin.", "Tobias Wren, a ferry pilot who has crossed the harbour every winter since 1990.", "Tobias Wren, a ferry pilot, said the ice was thin.")] // an indefinite role without its clause
    [InlineData("Tobias Wren said the ice was thin.", "Tobias Wren warned of ice on Monday.", null)] // the cluster never says who he is
    [InlineData("Tobias Wren said the ice was thin.", "The report was written by Ways and Means Committee Chairman Tobias Wren.", null)] // a longer name, not a title
    [InlineData("“The harbour needs it,” said Tobias Wren.", "The crossing is closed, said press secretary Tobias Wren.", "“The harbour needs it,” said press secretary Tobias Wren.")] // the role's modifier comes with it
    [InlineData("Tobias Wren said the ice was thin.", "Libyan leader Tobias Wren spoke on Monday.", "Libyan leader Tobias Wren said the ice was thin.")]
    [InlineData("Tobias Wren said the ice was thin.", "The warning came from former Harbour Trust President Tobias Wren.", "Former Harbour Trust President Tobias Wren said the ice was thin.")]
    [InlineData("Tobias Wren said the ice was thin.", "The warning came from Weston harbour pilot Tobias Wren.", null)] // "harbour pilot" would cut "Weston harbour pilot"
    [InlineData("Tobias Wren said the ice was thin.", "The Harbour Post's Editor in Chief Tobias Wren wrote it.", null)] // "Chief" would cut "Editor in Chief"
    [InlineData("Tobias Wren said the ice was thin.", "For Tobias Wren, it has been a slow winter.", null)] // a clause after the comma, not a description
    [InlineData("Tobias Wren said the ice was thin.", "Tobias Wren, which the harbour board ruled unlawful, sailed.", null)]
    [InlineData("Tobias Wren said the ice was thin.", "Tobias Wren, told reporters on Monday, warned of ice.", null)]
    [InlineData("Tobias Wren said the ice was thin.", "The ice is thin, notes Tobias Wren of the trust.", null)] // "notes" is a verb, not a role
    [InlineData("Tobias Wren said the ice was thin.", "When Judge Tobias Wren wrote the ruling, the ice was thin.", "Judge Tobias Wren said the ice was thin.")] // the sentence's small first word stays out
    public void A_person_is_described_as_the_cluster_describes_them(string text, string other, string? expected) =>
        Assert.Equal(expected, SentenceRules.DescribePerson(text, "Tobias Wren", [other, text]));

    [Fact]
    public void The_reader_check_counts_an_unintroduced_person_after_the_first_two_sentences()
    {
        string[] opening = ["Winds are slowing the planet's spin, a study of 50 years of weather found.", "The effect is about half a millisecond a century."];
        var flagged = SummaryChecks.Check([.. opening, "Tobias Wren said the evidence of harm to sea life is overwhelming."])[2];
        Assert.True(flagged.HasFlag(SentenceProblem.UnintroducedPerson));
        // A category of its own: the dangling references are pronouns and definite nouns without antecedent.
        Assert.False(flagged.HasFlag(SentenceProblem.DanglingReference));
        // A sentence that opens with a pronoun is read for persons too.
        Assert.False(SummaryChecks.Check([opening[0], "Tobias Wren led the study.", "He said Laura Quill was wrong.", "Laura Quill said the data were thin."])[3].HasFlag(SentenceProblem.UnintroducedPerson));
        Assert.True(SummaryChecks.Check([opening[0], "Tobias Wren led the study.", "He thanked the crew.", "Laura Quill said the data were thin."])[3].HasFlag(SentenceProblem.UnintroducedPerson));
        Assert.False(SummaryChecks.Check([.. opening, "Tobias Wren, a marine biologist, said the evidence is overwhelming."])[2].HasFlag(SentenceProblem.UnintroducedPerson));
        Assert.False(SummaryChecks.Check([opening[0], "Tobias Wren led the study.", "Wren said the evidence is overwhelming."])[2].HasFlag(SentenceProblem.UnintroducedPerson));
        Assert.False(SummaryChecks.Check([opening[0], "Wren's study was published on Monday.", "Tobias Wren said the evidence is overwhelming."])[2].HasFlag(SentenceProblem.UnintroducedPerson));
        // The first two sentences introduce the summary's people.
        Assert.False(SummaryChecks.Check([opening[0], "Tobias Wren said the evidence is overwhelming."])[1].HasFlag(SentenceProblem.UnintroducedPerson));
    }

    [Fact]
    public void The_reader_check_counts_a_possessive_of_a_noun_never_named()
    {
        Assert.True(SummaryChecks.Check(["The town voted on Monday.", "Fans cheered the show's last episode."])[1].HasFlag(SentenceProblem.DanglingReference));
        Assert.False(SummaryChecks.Check(["The show ended on Monday after ten years.", "Fans cheered the show's last episode."])[1].HasFlag(SentenceProblem.DanglingReference));
    }

    private static ClusterFeatures Harbour() => ClusterFeatures.Build(Fixtures.Story(
        new Article("ice", string.Join("\n",
            "Ice closed the harbour of Gull Island on Monday for the first time in forty years, the port said.",
            "The ferry to the mainland will not sail until the thaw.",
            "Tobias Wren said the ice was thin enough to break by Friday.")),
        new Article("trust", string.Join("\n",
            "The Gull Island harbour froze over on Monday and the ferry stopped.",
            "Tobias Wren, director of the Gull Island trust, warned of more ice.",
            "The Constitutional Tribunal will rule on the ferry contract in May.",
            "Islanders hope the tribunal's review will keep the ferry in public hands."))));

    [Fact]
    public void A_late_sentence_brings_in_a_stranger_until_the_summary_has_met_them()
    {
        var f = Harbour();
        int lead = Array.FindIndex(f.Texts, t => t.StartsWith("Ice closed", StringComparison.Ordinal));
        int ferry = Array.FindIndex(f.Texts, t => t.StartsWith("The ferry to", StringComparison.Ordinal));
        int wren = Array.FindIndex(f.Texts, t => t.StartsWith("Tobias Wren said", StringComparison.Ordinal));
        int director = Array.FindIndex(f.Texts, t => t.StartsWith("Tobias Wren, director", StringComparison.Ordinal));
        int review = Array.FindIndex(f.Texts, t => t.StartsWith("Islanders hope", StringComparison.Ordinal));
        int tribunal = Array.FindIndex(f.Texts, t => t.StartsWith("The Constitutional", StringComparison.Ordinal));
        Assert.True(NameIntroductions.BringsInStranger(f, (wren, 1), [lead, ferry]));
        Assert.False(NameIntroductions.BringsInStranger(f, (wren, 1), [lead, director]));
        // "the tribunal's review": its article named the tribunal; the summary has not.
        Assert.True(NameIntroductions.BringsInStranger(f, (review, 1), [lead, ferry]));
        Assert.False(NameIntroductions.BringsInStranger(f, (review, 1), [lead, tribunal]));
    }

    [Fact]
    public void A_stranger_the_cluster_describes_is_introduced_within_the_budget()
    {
        var f = Harbour();
        int lead = Array.FindIndex(f.Texts, t => t.StartsWith("Ice closed", StringComparison.Ordinal));
        int ferry = Array.FindIndex(f.Texts, t => t.StartsWith("The ferry to", StringComparison.Ordinal));
        int wren = Array.FindIndex(f.Texts, t => t.StartsWith("Tobias Wren said", StringComparison.Ordinal));
        string plain = f.Texts[wren];
        // Too few words left: nothing changes.
        Assert.False(NameIntroductions.IntroduceStrangers(f, (wren, 1), [lead, ferry], 3));
        Assert.Equal(plain, f.Texts[wren]);
        Assert.True(NameIntroductions.IntroduceStrangers(f, (wren, 1), [lead, ferry], 20));
        Assert.Equal("Tobias Wren, director of the Gull Island trust, said the ice was thin enough to break by Friday.", f.Texts[wren]);
        Assert.Equal(Sentence.CountWords(f.Texts[wren]), f.Words[wren]);
    }
}

public sealed class PersonMentionsSummaryTests
{
    [Fact]
    public void A_late_opening_definite_noun_the_summary_never_named_is_a_stranger()
    {
        var f = ClusterFeatures.Build(Fixtures.Story(
            new Article("vote", string.Join("\n",
                "Gull Island voted on Monday to buy a second ferry for the harbour, the council said.",
                "The ferry will cost four million crowns and sail from May.",
                "The charges will fall on every household for ten years.",
                "The boy, Tobias Wren, asked the council to name it after his grandmother."))));
        int lead = Array.FindIndex(f.Texts, t => t.StartsWith("Gull Island", StringComparison.Ordinal));
        int cost = Array.FindIndex(f.Texts, t => t.StartsWith("The ferry will", StringComparison.Ordinal));
        int charges = Array.FindIndex(f.Texts, t => t.StartsWith("The charges", StringComparison.Ordinal));
        int boy = Array.FindIndex(f.Texts, t => t.StartsWith("The boy", StringComparison.Ordinal));
        Assert.True(NameIntroductions.BringsInStranger(f, (charges, 1), [lead, cost]));
        // People are named with other words ("her son"): left to the pronoun and name rules.
        Assert.False(NameIntroductions.BringsInStranger(f, (boy, 1), [lead, cost]));
    }

    [Fact]
    public void A_surname_is_a_persons_when_the_cluster_uses_it_for_one()
    {
        string[] texts = ["Erik Lustgarten and Ada Frost walked in the snow.", "Lustgarten said the storm was a joke.", "The Frost Hall stayed open."];
        Assert.Equal(["Lustgarten"], NameIntroductions.PersonSurnames(texts, new HashSet<string> { "Lustgarten", "Frost" }));
    }

    [Fact]
    public void A_long_summary_says_who_a_late_speaker_is_in_the_clusters_words()
    {
        // A long summary in the summarizer's terms (no anchor: more words than AnchorWords), on a small cluster.
        var options = new SummaryOptions { Words = 90 };
        var cluster = Frozen();
        var plain = new CoverageSummarizer(new CoverageOptions { AnchorWords = 60, DescribeLatePeople = false }).Summarize(cluster, options);
        var plainTexts = plain.Sentences.Select(s => s.Text).ToList();
        int bare = plainTexts.FindIndex(t => t.StartsWith("Tobias Wren said", StringComparison.Ordinal));
        Assert.True(bare >= NameIntroductions.LatePersonSentence, string.Join(" | ", plainTexts));
        Assert.True(SummaryChecks.Check(plainTexts).Any(p => p.HasFlag(SentenceProblem.UnintroducedPerson)), string.Join(" | ", plainTexts));
        var summary = new CoverageSummarizer(new CoverageOptions { AnchorWords = 60 }).Summarize(cluster, options);
        var texts = summary.Sentences.Select(s => s.Text).ToList();
        Assert.True(texts.Contains("Tobias Wren, director of the Gull Island trust, said the harbour ice was thin enough to break by Friday."), string.Join(" | ", texts));
        Assert.DoesNotContain(SummaryChecks.Check(texts), p => p.HasFlag(SentenceProblem.UnintroducedPerson));
        Assert.True(texts.Sum(t => Sentence.CountWords(t)) <= options.Words);
    }

    [Fact]
    public void An_assembled_summary_describes_a_late_person_at_the_first_mention_within_the_words_left()
    {
        var f = ClusterFeatures.Build(Frozen());
        string[] Texts(string third) => ["Ice closed the harbour of Gull Island on Monday.", "Tobias Wren said the ice was thin.", third, "Tobias Wren said the ferry would sail by Friday."];
        // The first two sentences introduce the summary's people: Wren named there is met.
        var met = Texts("Shops ran short of bread.");
        Assert.Equal(0, NameIntroductions.DescribeLatePeople(met, f, 20));
        Assert.Equal(Texts("Shops ran short of bread."), met);
        string[] late = ["Ice closed the harbour of Gull Island on Monday.", "Shops ran short of bread.", "Mr. Wren said the ice was thin.", "Tobias Wren said the ferry would sail by Friday."];
        string[] tight = [.. late];
        Assert.Equal(0, NameIntroductions.DescribeLatePeople(tight, f, 5)); // the description needs more words than are left
        Assert.Equal(late, tight);
        Assert.Equal(1, NameIntroductions.DescribeLatePeople(late, f, 20));
        Assert.Equal("Tobias Wren, director of the Gull Island trust, said the ice was thin.", late[2]);
        Assert.Equal("Tobias Wren said the ferry would sail by Friday.", late[3]); // met by then
    }

    private static Cluster Frozen() => Fixtures.Story(
        new Article("ice", string.Join("\n",
            "Ice closed the harbour of Gull Island on Monday for the first time in forty years, the port authority said.",
            "The ferry to the mainland will not sail until the ice on the harbour breaks, leaving the island's school without its teachers.",
            "Ice breakers from the mainland are expected on Thursday to open the harbour for the ferry and the fishing boats.",
            "Tobias Wren said the harbour ice was thin enough to break by Friday.")),
        new Article("island", string.Join("\n",
            "The Gull Island harbour froze over on Monday and the island ferry stopped sailing, the port authority said.",
            "Ice breakers will reach the harbour on Thursday, the port authority said, and the ferry could sail by the weekend.",
            "Shops on the island ran short of bread and milk on Tuesday as the ferry stayed in port.",
            "Tobias Wren said the harbour ice was thin enough to break by Friday.")),
        new Article("trust", "The Gull Island harbour froze over on Monday and the island ferry stopped sailing, said Tobias Wren, director of the Gull Island trust."));

    private static Cluster Harbour() => Fixtures.Story(
        new Article("ice", string.Join("\n",
            "Ice closed the harbour of Gull Island on Monday for the first time in forty years, the port authority said.",
            "The ferry to the mainland will not sail until the ice on the harbour breaks.",
            "Ice breakers from the mainland are expected on Thursday to open the harbour.",
            "Tobias Wren said the harbour ice was thin enough to break by Friday.")),
        new Article("island", string.Join("\n",
            "The Gull Island harbour froze over on Monday and the island ferry stopped sailing, the port authority said.",
            "Ice breakers will reach the harbour on Thursday, the port authority said.",
            "Tobias Wren said the harbour ice was thin enough to break by Friday.")));

    [Fact]
    public void A_short_summary_leaves_out_a_late_speaker_it_cannot_introduce()
    {
        var options = new SummaryOptions { Words = 120 };
        var loose = new CoverageSummarizer(new CoverageOptions { IntroducedMentions = false }).Summarize(Harbour(), options);
        Assert.True(loose.Sentences.Any(s => s.Text.StartsWith("Tobias Wren said", StringComparison.Ordinal)), string.Join(" | ", loose.Sentences.Select(s => s.Text)));
        var summary = new CoverageSummarizer().Summarize(Harbour(), options);
        Assert.NotEmpty(summary.Sentences);
        Assert.DoesNotContain(summary.Sentences, s => s.Text.Contains("Wren", StringComparison.Ordinal));
    }
}
