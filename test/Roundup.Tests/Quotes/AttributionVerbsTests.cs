using Roundup.Model;
using Roundup.Pipeline;

namespace Roundup.Tests.Quotes;

/// <summary>
/// Attributions a reader finds plain that the quotes stage once left without a speaker: other verbs of saying, verbs
/// with a particle, adverbs of manner, a verb of saying joined to an earlier verb, and surnames that are also words.
/// Articles written for these tests.
/// </summary>
public sealed class AttributionVerbsTests
{
    private static readonly RoundupPipeline Pipeline = new RoundupPipelineBuilder().UseSegmentation().UseQuotes().Build();

    private const string Lead = "The council met on Monday in Dayton to discuss the budget, and several members spoke.\n\n";

    private static List<(string Text, string? Speaker)> Run(string text)
    {
        var article = new Article("a", text);
        Pipeline.Run(new Cluster("c", [article]));
        return [.. article.Quotes!.Select(q => (q.Text(text), q.Speaker?.Name))];
    }

    private static string? SpeakerOf(string text, string quoted) =>
        Assert.Single(Run(text), q => q.Text.StartsWith(quoted, StringComparison.Ordinal)).Speaker;

    [Theory]
    [InlineData("“We will not cut the parks,” Marta Quill barked at a heckler.")]
    [InlineData("“We will not cut the parks,” Marta Quill fumed on Tuesday.")]
    [InlineData("“We will not cut the parks,” Marta Quill assured the crowd.")]
    [InlineData("“We will not cut the parks,” beamed Marta Quill, a delegate from Ohio.")]
    [InlineData("Marta Quill interjected: “We will not cut the parks.”")]
    [InlineData("Marta Quill cracked, “We will not cut the parks.”")]
    public void Other_verbs_of_saying_attribute_a_quotation(string line)
    {
        Assert.Equal("Marta Quill", SpeakerOf(Lead + line, "We will not"));
    }

    [Theory]
    [InlineData("“The stock has not done well,” Marta Quill pointed out.")]
    [InlineData("“The stock has not done well,” Marta Quill went on.")]
    [InlineData("Marta Quill shot back: “The stock has not done well.”")]
    public void A_verb_of_saying_with_its_particle_attributes_a_quotation(string line)
    {
        Assert.Equal("Marta Quill", SpeakerOf(Lead + line, "The stock"));
    }

    [Fact]
    public void An_adverb_of_manner_between_the_speaker_and_the_verb_is_skipped_but_a_noun_in_ly_is_not()
    {
        Assert.Equal("Marta Quill", SpeakerOf(Lead + "Marta Quill jokingly said, “We will not cut the parks.”", "We will not"));
        Assert.Equal("the board", SpeakerOf(Lead + "As the board delicately put it, “questions still remain about the cockpit.”", "questions"));
        // "family" is a noun, not an adverb: the speaker is no name cut out of "The Quill family".
        Assert.Null(SpeakerOf(Lead + "The Quill family said, “We are grateful to the volunteers.”", "We are grateful"));
        // After an auxiliary, an adverb does not make the verb a verb of saying: "snapped" here is a camera's.
        Assert.Null(SpeakerOf(Lead + "Since photographers have not successfully snapped the couple “carrying groceries,” the rumour stands.", "carrying"));
    }

    [Theory]
    [InlineData("Marta Quill shook her head and said, “We will not cut the parks.”")]
    [InlineData("Marta Quill called for calm but added, “We will not cut the parks.”")]
    [InlineData("Marta Quill, 70, said the vote was close but added, “We will not cut the parks.”")]
    [InlineData("At the hall on Tuesday, Marta Quill thanked the crowd and told reporters: “We will not cut the parks.”")]
    public void A_verb_of_saying_joined_to_an_earlier_verb_takes_that_clauses_subject(string line)
    {
        Assert.Equal("Marta Quill", SpeakerOf(Lead + line, "We will not"));
    }

    [Fact]
    public void A_joined_verb_of_saying_takes_the_clause_subject_not_a_name_in_apposition_nor_one_in_a_list()
    {
        var text = Lead + "Jon Perry spoke first. In a call with his fiancee, Ann Lee, he also complained about the room, but added: “It is better than the old one.”";
        Assert.Equal("Jon Perry", SpeakerOf(text, "It is better"));
        var listed = Lead + "Mayor Tom Reyes praised the city's two neighbours, Dayton and Xenia, and said the towns will always be “good neighbours and friends.”";
        Assert.Equal("Tom Reyes", SpeakerOf(listed, "good neighbours"));
    }

    [Fact]
    public void A_joined_verb_of_saying_after_a_description_is_not_given_to_the_capitalised_word_inside_it()
    {
        var text = Lead + "The Republican nominee also outlined his plan and vowed to punish “those who break the rules.”";
        Assert.NotEqual("Republican", SpeakerOf(text, "those who break"));
    }

    [Fact]
    public void A_passive_clause_joined_to_a_verb_of_saying_gives_no_speaker()
    {
        // Marta Quill is the one called so, not the one who speaks.
        var text = Lead + "Marta Quill was praised by the council and called “a tireless worker for the parks” in its report.";
        Assert.Null(SpeakerOf(text, "a tireless worker"));
    }

    [Fact]
    public void A_surname_that_is_also_a_word_speaks_when_the_article_gives_it_in_full()
    {
        var text = "Council Meets\n\nThe columnist George Will wrote about the council on Monday, and the executive Ian Read spoke.\n\n"
            + "“We will not cut the parks,” Will wrote.\n\n“We will not cut the pools,” Read said.";
        Assert.Equal("George Will", SpeakerOf(text, "We will not cut the parks"));
        Assert.Equal("Ian Read", SpeakerOf(text, "We will not cut the pools"));
        // Without the full name, "Will" alone is no one.
        Assert.Null(SpeakerOf(Lead + "“We will not cut the parks,” Will said.", "We will not"));
    }

    [Fact]
    public void A_pronoun_does_not_resolve_to_a_woman_named_with_a_common_given_name()
    {
        var text = Lead + "Michael Dunn called from the jail. In the call with his fiancee, Rhonda Rouer, he complained about the cell, "
            + "but added: “It is better than the old one.”";
        Assert.Equal("Michael Dunn", SpeakerOf(text, "It is better"));
    }

    [Theory]
    [InlineData("Rep. Mike McCaul, R-Texas, who chairs the committee, said: “We will hold more hearings.”", "Mike McCaul")]
    [InlineData("Sen. Ann Lopez, D-Calif., who leads the panel, said: “We will hold more hearings.”", "Ann Lopez")]
    public void A_party_and_state_tag_after_a_name_is_not_the_speaker(string line, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(Lead + line, "We will hold"));
    }

    [Fact]
    public void A_sentence_opening_verb_of_saying_names_the_speaker_after_it()
    {
        Assert.Equal("Dorothy Poynter", SpeakerOf(Lead + "Said Dorothy Poynter, who grew up in the town, “We were all so proud of him.”", "We were all"));
        // The employer's possessive before a name is not part of it.
        Assert.Equal("Karen Milbank", SpeakerOf(Lead + "As the Post's Karen Milbank puts it, “The council is unmoved.”", "The council is"));
        Assert.Equal("Joel Pollak", SpeakerOf(Lead + "Breitbart’s Joel Pollak wrote: “The council is unmoved.”", "The council is"));
    }

    [Fact]
    public void After_a_question_a_name_and_its_verb_attribute_however_long_the_sentence_but_not_after_a_full_stop()
    {
        Assert.Equal("Marta Quill", SpeakerOf(Lead + "“Who can remember how many votes we lost? Is it two?” Marta Quill asks as a clerk walks in front of her.", "Who can"));
        // A name and verb that open the next quotation answer this one: they are not its attribution.
        var answered = Lead + "“Did the developer ever ask for your support? Did he ever discuss the casino with you?” Senator Marta Quill answered: “No, I have never been asked to do anything for him.”";
        Assert.NotEqual("Marta Quill", SpeakerOf(answered, "Did the developer"));
        Assert.Equal("Marta Quill", SpeakerOf(answered, "No, I have never"));
        // Nor does a reply to it: "She replied to him that …" after Perry's exclamation is her answer.
        var replied = Lead + "Jon Perry wrote to the mayor, telling her, “You are an all-star player and we need you!” She replied to him that it was an honour to serve.";
        Assert.Equal("Jon Perry", SpeakerOf(replied, "You are an all-star"));
        // A quotation ending on a full stop ends its sentence: what follows is a new statement, not its attribution.
        var text = Lead + "Jon Perry won the vote. “I was lost for most of the night,” Perry admitted. “Then she made one mistake.” Ann Lee said she would run again next year.";
        var q = Assert.Single(Run(text));
        Assert.Contains("Then she made one mistake", q.Text);
        Assert.Equal("Jon Perry", q.Speaker);
    }

    [Fact]
    public void A_participle_of_shouting_takes_its_sentences_subject()
    {
        Assert.Equal("Ann Lee", SpeakerOf(Lead + "Ann Lee left the hall early, shouting: “Cut the taxes!”", "Cut the taxes"));
    }

    [Fact]
    public void A_verb_of_saying_opening_the_sentence_is_no_part_of_the_speakers_name_in_the_facts()
    {
        var a = new Article("a", "Band Reunites\n\nBob Weir and Phil Lesh spoke in Dayton on Monday. Adds Weir: “We listen to each other.”\n\n"
            + "Added Lesh, “It is with respect that we play again.”") { Published = new DateTimeOffset(2026, 10, 14, 14, 0, 0, TimeSpan.Zero), Source = "A" };
        var f = Roundup.Tests.Facts.FactsFixture.Run(a);
        Assert.DoesNotContain(f.Entities, e => e.Name.StartsWith("Add", StringComparison.Ordinal));
        Assert.Contains(f.Entities, e => e.Name == "Bob Weir");
    }

    [Theory]
    [InlineData("Marta Quill later Thursday told reporters: “We will hold more hearings.”")]
    [InlineData("Marta Quill on Monday said: “We will hold more hearings.”")]
    [InlineData("After the vote in the primary, Gov. Marta Quill (R-OH), said, “We will hold more hearings.”")]
    [InlineData("Marta Quill, who sat at the back, then loudly asked, “We will hold more hearings?”")]
    public void A_day_a_party_tag_in_parentheses_or_an_adverb_after_then_stays_out_of_the_speakers_name(string line)
    {
        Assert.Equal("Marta Quill", SpeakerOf(Lead + line, "We will hold"));
    }

    [Fact]
    public void A_surname_that_is_also_a_word_is_part_of_the_persons_name_in_the_facts()
    {
        var a = new Article("a", "Council Meets\n\nThe columnist George Will wrote about the council on Monday, and Ian Read spoke.\n\n"
            + "“We will not cut the parks,” Will wrote.") { Published = new DateTimeOffset(2026, 10, 14, 14, 0, 0, TimeSpan.Zero), Source = "A" };
        var f = Roundup.Tests.Facts.FactsFixture.Run(a);
        Assert.Contains(f.Entities, e => e.Name == "George Will");
        Assert.Contains(f.Entities, e => e.Name == "Ian Read");
        Assert.DoesNotContain(f.Entities, e => e.Name is "George" or "Ian");
    }

    [Fact]
    public void A_quotation_paragraph_signed_in_the_next_paragraph_with_a_dash_is_the_signers()
    {
        var text = Lead + "“The top tenth of one percent owns almost as much wealth as the bottom ninety percent.”\n\n- Marta Quill.\n\n"
            + "The figure is out of date.\n\n“We need to sit down and have a good talk.”\n\n-Jon Perry, writing after the vote.";
        Assert.Equal("Marta Quill", SpeakerOf(text, "The top tenth"));
        Assert.Equal("Jon Perry", SpeakerOf(text, "We need to sit"));
        // A dash opening a paragraph of running text signs nothing.
        var running = Lead + "“We need to sit down and have a good talk.”\n\n- The council will meet again on Friday, officials said.";
        Assert.Null(SpeakerOf(running, "We need to sit"));
    }

    [Fact]
    public void A_statement_issued_before_the_quotation_is_the_subjects()
    {
        var text = Lead + "When Jon Perry died in 1998, Governor Marta Quill released the following statement:\n\n“We offer our condolences to the family.”";
        Assert.Equal("Marta Quill", SpeakerOf(text, "We offer"));
        // "remarks" as a verb is no statement: the one who remarks is named in the clause, not the sentence's subject.
        var verb = Lead + "Marta Quill puts her arm around Ann Lee, who remarks, “She was so good.”";
        Assert.NotEqual("Marta Quill", SpeakerOf(verb, "She was so good"));
    }
}
