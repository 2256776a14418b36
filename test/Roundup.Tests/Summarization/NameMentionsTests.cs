using Roundup.Evaluation;
using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>
/// Names and speakers a short summary brings in without the introduction its source gave them (issue #11: "brings in
/// SynCardia without saying who they are", "quotes an O'Grady it never introduced", "ends on a quote given to an
/// unnamed 'he'"), on sentences and articles written for the test.
/// </summary>
public sealed class NameMentionsTests
{
    private const string Rivals = "Kestrel Medical said on Friday it had implanted its first artificial heart. Its rivals include privately held Ardent Systems of Ohio, whose pump has been used 900 times.";

    [Theory]
    [InlineData("The longest a patient has lived with Ardent's pump is four years.", Rivals, "Ardent")] // "Ardent Systems" before
    [InlineData("Quill did attend the Boston premiere.", "The cast included Hattie Quill as the cook.", "Quill")] // a full name before
    [InlineData("Zn44 has also been linked with gout.", "Variants within the Zn44 gene were favoured as people moved north.", "Zn44")] // article and noun
    [InlineData("A Pellworth manager went to jail.", "I sat on the board of a lab company, Pellworth, for six years.", null)] // "A Pellworth manager" says what it is
    [InlineData("Pellworth was fined in 1995.", "I sat on the board of a lab company, Pellworth, for six years.", "Pellworth")] // an apposition before
    [InlineData("Pellworth was fined in 1995.", "Pellworth said it would appeal.", null)] // the article never said more either
    [InlineData("Pellworth was fined in 1995.", "Pellworth Wednesday said it would appeal.", null)] // a weekday is no part of the name
    [InlineData("The vote makes Tarvia's president the youngest.", "TARVALA, Tarvia (AP) — The president won.", null)] // a dateline's agency
    [InlineData("\"Business is looking better than ever with business at record levels.", "Harbour Business Review said so.", null)] // a common word
    [InlineData("They found a much-disputed Victorian diary.", "The Victorian Society kept it.", null)] // a name that modifies a noun
    [InlineData("House and Senate committees need to do their job.", "The Senate Judiciary Committee met.", null)] // part of a longer name
    [InlineData("Couples may not marry in Wellmark.", "The Wellmark Assembly voted.", null)] // a place
    [InlineData("Ardent Systems has rivals too.", Rivals, null)] // at length here too
    public void A_name_its_article_introduced_at_more_length_is_unintroduced_when_used_bare(string text, string before, string? expected) =>
        Assert.Equal(expected, SentenceRules.NameIntroducedBefore(text, before, _ => false));

    [Fact]
    public void A_name_the_summary_already_holds_is_introduced() =>
        Assert.Null(SentenceRules.NameIntroducedBefore("The longest a patient has lived with Ardent's pump is four years.", Rivals, w => w == "Ardent"));

    [Theory]
    [InlineData("The longest a patient has lived with ArdentHeart's pump is four years.", "ArdentHeart")] // a possessive that cannot be a common word
    [InlineData("\"We found the site,\" O'Grady told the paper.", "O'Grady")] // a speaker
    [InlineData("Quill said the premiere was sold out.", "Quill")]
    [InlineData("The premiere was sold out, said Quill.", "Quill")]
    [InlineData("Zn44 has also been linked with gout.", "Zn44")] // a subject with a digit inside
    [InlineData("McQuill did attend the premiere.", "McQuill")] // or a capital
    [InlineData("Experts say the claim is false.", null)] // a plural
    [InlineData("Police said the road was closed.", null)] // a group
    [InlineData("Researchers from Wellmark say the claim is false.", null)] // a place after a preposition
    [InlineData("The vote makes Tarvia's president the youngest.", null)] // a plain possessive: places and well-known names
    [InlineData("Quill told Harbourline the premiere was sold out.", "Quill")] // the listener after "told" is not asked about
    [InlineData("Bob said the premiere was sold out.", null)] // a given name is the person check's
    [InlineData("Quill, a film historian, said the premiere was sold out.", null)] // described
    public void The_reader_check_finds_a_bare_name_where_the_reader_needs_to_know_what_it_is(string text, string? expected) =>
        Assert.Equal(expected, SentenceRules.BareName(text, _ => false));

    [Theory]
    [InlineData("\"I kind of overdid it,\" he laughs.", true)]
    [InlineData("\"Safety first,\" he replied.", true)]
    [InlineData("\"Safety first,\" she said.", true)]
    [InlineData("The road stays closed until Saturday, he said.", true)] // reported speech
    [InlineData("\"Safety first,\" said Ana Quill.", false)]
    [InlineData("He laughs at the idea.", false)] // no quotation
    [InlineData("\"Safety first,\" said he.", true)]
    [InlineData("\"Safety first,\" they said.", false)] // a group
    public void A_quotation_given_to_a_bare_pronoun_needs_a_speaker(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.GivenToPronoun(text));

    [Theory]
    [InlineData("Guitarist Jimmy Quill, 70, spent two years in the vaults.", true)] // a given name
    [InlineData("Mr. Quill spent two years in the vaults.", true)] // a courtesy title
    [InlineData("The band is led by Gov. Quill.", true)] // a title
    [InlineData("Devon Quill, a Boston-based entertainer, said so.", true)] // an apposition
    [InlineData("One day, Alma Jing Quill, who studies shopping, bought tights.", true)]
    [InlineData("Commenters teased the driver, Jed Quill, for holding his nose.", true)] // set off after a noun
    [InlineData("Legendary rock group Led Harbour have unveiled two recordings.", false)] // a band
    [InlineData("The two tracks are among dozens the band will release.", false)]
    public void A_person_is_named_by_a_given_name_a_title_or_an_apposition(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.NamesPerson(text));

    [Fact]
    public void The_reader_check_counts_unintroduced_names_and_unnamed_speakers_apart()
    {
        string[] band = ["Legendary rock group Led Harbour have unveiled two unheard recordings.", "The tracks are among dozens the band will release in June."];
        var laughs = SummaryChecks.Check([.. band, "\"I listen to it and go, wow, why didn't I shut up a bit?\" he laughs."])[2];
        Assert.True(laughs.HasFlag(SentenceProblem.UnintroducedName));
        Assert.False(laughs.HasFlag(SentenceProblem.DanglingReference)); // the "together" figure is unchanged
        Assert.Equal(["unintroduced-name"], SummaryChecks.Names(laughs));
        // With a person named before, the pronoun has a speaker to point at.
        Assert.False(SummaryChecks.Check([.. band, "Singer Robert Quill, 66, chose the tracks.", "\"I kind of overcooked it,\" he laughs."])[3].HasFlag(SentenceProblem.UnintroducedName));
        // So it has in the same sentence.
        Assert.False(SummaryChecks.Check([.. band, "When Devon Quill heard the tapes, she told the band to release them."])[2].HasFlag(SentenceProblem.UnintroducedName));
        // A bare name from the third sentence on, not met before.
        string[] heart = ["Kestrel Medical implanted its first artificial heart on Friday.", "The patient is awake and talking."];
        Assert.True(SummaryChecks.Check([.. heart, "The longest a patient has lived with ArdentHeart's pump is four years."])[2].HasFlag(SentenceProblem.UnintroducedName));
        Assert.False(SummaryChecks.Check([heart[0], "Rivals include ArdentHeart, a company in Ohio.", "The longest a patient has lived with ArdentHeart's pump is four years."])[2].HasFlag(SentenceProblem.UnintroducedName));
        Assert.False(SummaryChecks.Check([heart[0], "The longest a patient has lived with ArdentHeart's pump is four years."])[1].HasFlag(SentenceProblem.UnintroducedName));

        var report = SummaryChecks.Report([[.. band, "\"I listen to it,\" he laughs."], [.. heart, "Quill said the pump is safe."]]);
        Assert.Equal(6, report.Sentences);
        Assert.Equal(2, report.UnintroducedNames);
        Assert.Equal(0, report.UnintroducedPersons);
        Assert.Equal(2, report.CannotStandAloneWider);
        Assert.Equal(0, report.CannotStandAloneStrict);
    }

    private static ClusterFeatures Implant() => ClusterFeatures.Build(Fixtures.Story(
        new Article("implant", string.Join("\n",
            "Kestrel Medical said on Friday it had implanted its first artificial heart, which can beat for five years.",
            "The patient was awake and talking after the operation in Lyon, the company said.",
            "Among its rivals is privately held Ardent Systems of Ohio.",
            "The longest a patient has lived with Ardent's artificial heart is just under four years.")),
        new Article("band", string.Join("\n",
            "Rock group Led Harbour has unveiled two unheard recordings from 1970.",
            "\"I listen to it and go, wow, why didn't I shut up a bit?\" he laughs.",
            "Singer Robert Quill, 66, chose the tracks himself."))));

    [Fact]
    public void A_short_summary_waits_for_the_introduction_its_source_gave()
    {
        var f = Implant();
        int Find(string start) => Array.FindIndex(f.Texts, t => t.StartsWith(start, StringComparison.Ordinal));
        int lead = Find("Kestrel Medical"), awake = Find("The patient"), rivals = Find("Among its"), longest = Find("The longest");
        int band = Find("Rock group"), laughs = Find("\"I listen"), singer = Find("Singer Robert");
        // "Ardent's artificial heart": its article introduced "Ardent Systems" before; the summary has not.
        Assert.True(NameMentions.LeansOnMissingIntroduction(f, (longest, 1), [lead, awake]));
        Assert.False(NameMentions.LeansOnMissingIntroduction(f, (longest, 1), [lead, rivals]));
        Assert.False(NameMentions.LeansOnMissingIntroduction(f, (rivals, 2), [lead, awake])); // its unit introduces it first
        // A quotation given to "he" when nothing chosen names a person.
        Assert.True(NameMentions.LeansOnMissingIntroduction(f, (laughs, 1), [band]));
        Assert.False(NameMentions.LeansOnMissingIntroduction(f, (laughs, 1), [band, singer]));
        // The summarizer's switch (a short summary of the cluster runs either way).
        Assert.True(new CoverageOptions().IntroducedNames);
        Assert.False(new CoverageOptions { IntroducedNames = false }.IntroducedNames);
    }
}
