using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Quotes;

namespace Roundup.Tests.Quotes;

/// <summary>One test per rule of the quotes stage, on articles written for these tests.</summary>
public sealed class QuotesStageTests
{
    private static readonly RoundupPipeline Pipeline = new RoundupPipelineBuilder().UseSegmentation().UseQuotes().Build();

    private static (Article Article, List<(string Text, string? Speaker, Quote Quote)> Quotes) Run(string text)
    {
        var article = new Article("a", text);
        Pipeline.Run(new Cluster("c", [article]));
        Assert.NotNull(article.Quotes);
        return (article, [.. article.Quotes!.Select(q => (q.Text(text), q.Speaker?.Name, q))]);
    }

    private static (string Text, string? Speaker, Quote Quote) Single(string text)
    {
        var (_, quotes) = Run(text);
        return Assert.Single(quotes);
    }

    [Theory]
    [InlineData("“We will rebuild the bridge by spring,” Ana Ruiz said.")]
    [InlineData("\"We will rebuild the bridge by spring,\" Ana Ruiz said.")]
    [InlineData("``We will rebuild the bridge by spring,'' Ana Ruiz said.")]
    [InlineData("''We will rebuild the bridge by spring,'' Ana Ruiz said.")]
    [InlineData("«We will rebuild the bridge by spring», Ana Ruiz said.")]
    [InlineData("„We will rebuild the bridge by spring“, Ana Ruiz said.")]
    public void Every_quotation_style_is_found_with_its_speaker(string text)
    {
        var q = Single(text);
        Assert.Equal("We will rebuild the bridge by spring", q.Text.TrimEnd(','));
        Assert.Equal("Ana Ruiz", q.Speaker);
    }

    [Fact]
    public void Apostrophes_and_inch_marks_are_not_quotations()
    {
        var (_, quotes) = Run("The players' union met on Monday. The screen measures 15\" across and the council's budget grew.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void A_quotation_interrupted_by_its_attribution_is_one_quotation()
    {
        var (article, quotes) = Run("Ana Ruiz spoke after the vote. “We will rebuild,” she said. “And we will do it fast.”");
        var q = Assert.Single(quotes);
        Assert.Equal(2, q.Quote.Parts.Count);
        Assert.Equal("We will rebuild, And we will do it fast.", q.Text);
        Assert.Equal("Ana Ruiz", q.Speaker);
        Assert.Equal("she", article.Text.Substring(q.Quote.Speaker!.Mention.Start, q.Quote.Speaker.Mention.Length));
    }

    [Fact]
    public void A_quotation_with_its_own_attribution_after_it_is_not_joined_to_the_one_before()
    {
        var (_, quotes) = Run("“We will rebuild,” Ana Ruiz said. “It will cost too much,” Tom Baker replied.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Ana Ruiz", quotes[0].Speaker);
        Assert.Equal("Tom Baker", quotes[1].Speaker);
    }

    [Fact]
    public void A_quotation_running_over_paragraphs_is_one_quotation()
    {
        var (_, quotes) = Run("Ana Ruiz said in a statement:\n\n“The first paragraph of what I have to say runs here.\n\n“The second paragraph ends the statement.”\n\nThe council meets again on Friday.");
        var q = Assert.Single(quotes);
        Assert.Equal(2, q.Quote.Parts.Count);
        Assert.Equal("Ana Ruiz", q.Speaker);
    }

    [Fact]
    public void An_open_quotation_mark_without_a_close_is_dropped_at_the_paragraph_end()
    {
        var (_, quotes) = Run("Ana Ruiz said “the bridge will open soon.\n\nThe council meets again on Friday.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void Long_appositive_between_name_and_verb()
    {
        var q = Single("“Markets will fall before they recover,” Jane Roe, chief market strategist in Melbourne at a brokerage, said.");
        Assert.Equal("Jane Roe", q.Speaker);
        Assert.Equal(SpeakerKind.Person, q.Quote.Speaker!.Kind);
    }

    [Fact]
    public void Inverted_attribution_with_appositive()
    {
        var q = Single("“Markets will fall before they recover,” said Jane Roe, chief market strategist at a brokerage.");
        Assert.Equal("Jane Roe", q.Speaker);
    }

    [Fact]
    public void Inverted_attribution_stops_before_of_after_a_name()
    {
        var q = Single("\"The bill will pass this week,\" said Representative Carl Dunmore of Ohio.");
        Assert.Equal("Carl Dunmore", q.Speaker);
    }

    [Fact]
    public void According_to_names_the_speaker()
    {
        var q = Single("“The river is rising faster than last year,” according to the Harbor Authority.");
        Assert.Equal("Harbor Authority", q.Speaker);
        Assert.Equal(SpeakerKind.Organization, q.Quote.Speaker!.Kind);
    }

    [Fact]
    public void Outlets_and_documents_speak()
    {
        var (_, quotes) = Run("“The deal is off for now,” the Post reported. “Costs were badly underestimated,” the report said.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Post", quotes[0].Speaker);
        Assert.Equal(SpeakerKind.Organization, quotes[0].Quote.Speaker!.Kind);
        Assert.Equal("the report", quotes[1].Speaker);
        Assert.Equal(SpeakerKind.Document, quotes[1].Quote.Speaker!.Kind);
    }

    [Fact]
    public void Speaker_before_the_quotation_with_a_colon()
    {
        var q = Single("Tom Baker told the council on Monday: “We cannot afford a second bridge.”");
        Assert.Equal("Tom Baker", q.Speaker);
    }

    [Theory]
    [InlineData("Maria Lopez met Tom Baker on Monday. Baker left early. “I have nothing to add to that,” she said.", "Maria Lopez")]
    // "But Mrs. Roe": a title after an opening word still says she is a woman ("he" went to "Mrs. Clinton" on PolNeAR).
    [InlineData("Tom Baker spoke first on Monday. But Mrs. Roe praised the new ferry plan. “It will work,” he said.", "Tom Baker")]
    public void A_pronoun_goes_to_the_nearest_speaker_of_its_gender(string text, string speaker)
    {
        var (_, quotes) = Run(text);
        Assert.Equal(speaker, Assert.Single(quotes).Speaker);
    }

    [Theory]
    // The organisation after "at" is where the person described works ("Carnegie Mellon University" spoke on DUC 2006).
    [InlineData("Ana Ruiz, manager of the response team at Marlow Harbour Authority, a body funded by the state, said: “We expect a busy winter.”")]
    [InlineData("“We expect a busy winter,” Ana Ruiz, head of the ferry office at Marlow Harbour Authority, said.")]
    public void The_person_a_description_names_speaks_not_the_body_in_it(string text)
        => Assert.Equal("Ana Ruiz", Single(text).Speaker);

    [Fact]
    public void An_office_before_a_name_is_no_part_of_the_name()
    {
        // "U.S. Secretary of State Maria Lopez": the subject is Maria Lopez (it was the organisation "U.S. Secretary", so
        // "she" went to a woman named earlier).
        var (_, quotes) = Run("The analyst Ana Ruiz spoke on Monday. Although the talks stalled, U.S. Secretary of State Maria Lopez said the tone was right. “Both sides want an orderly deal,” she said.");
        Assert.Equal("Maria Lopez", Assert.Single(quotes).Speaker);
        var (_, named) = Run("“We will hold the line,” said Florida Gov. Tom Baker.");
        Assert.Equal("Tom Baker", Assert.Single(named).Speaker);
    }

    [Theory]
    // A short phrase of the writer's between the quotation and its attribution.
    [InlineData("“This will be a challenge” for the mayor, said Ana Ruiz.", "This will be a challenge", "Ana Ruiz")]
    [InlineData("The council should begin “building new bridges” to the island, said Tom Baker, a former ferry captain.", "building new bridges", "Tom Baker")]
    [InlineData("“It was a hard winter” on the coast, Ana Ruiz said.", "It was a hard winter", "Ana Ruiz")]
    public void An_attribution_after_a_short_phrase_names_the_speaker(string text, string quote, string speaker)
    {
        var q = Single(text);
        Assert.Equal(quote, q.Text);
        Assert.Equal(speaker, q.Speaker);
    }

    [Fact]
    public void After_a_short_phrase_only_a_name_is_a_speaker()
    {
        // "said the days …" is the sentence's own clause: the quoted title has no speaker of its own.
        var (_, quotes) = Run("Hemsley, the co-author of “Going Viral Again,” about the spread of news, said the days of one story are gone.");
        Assert.DoesNotContain(quotes, q => q.Speaker == "the days");
    }

    [Fact]
    public void The_next_pronoun_goes_to_the_speaker_named_after_a_short_phrase()
    {
        var (_, quotes) = Run("“This will be a challenge” for Mrs. Clinton, said Maria Kunin. “She can never be as far left as the senator,” she said.");
        Assert.Equal(["Maria Kunin", "Maria Kunin"], quotes.Select(q => q.Speaker));
    }

    [Theory]
    // A word that only opens sentences is no name: "he" went to "Although" (and, on PolNeAR, to "Though", "Phone", "Two").
    [InlineData("Tom Baker met the council on Monday. Although the vote failed, the plan survived. “We will try again next year,” he said.", "Tom Baker")]
    // A weekday is no person: "he" went to "Friday".
    [InlineData("Scott Walker signed the budget on Thursday. On Friday morning, Walker was asked about it on the radio. “All in all, it is pretty good,” he said.", "Scott Walker")]
    public void A_pronoun_does_not_go_to_a_capitalised_word_that_names_nobody(string text, string speaker)
    {
        var (_, quotes) = Run(text);
        Assert.Equal(speaker, Assert.Single(quotes).Speaker);
    }

    [Theory]
    // A role in sentence case before the name: "she" went to the company named in the sentence before.
    [InlineData("Halvorsen will pay $34 a share in cash. Chief executive Ingrid Dahl told reporters the company would not cut jobs. “We are not buying Brightline to close factories,” she said.", "Ingrid Dahl")]
    [InlineData("Halvorsen will pay $34 a share. Police spokesman Tom Ng said the road would stay shut. “Nobody should drive there tonight,” he said.", "Tom Ng")]
    // Lower-case words that are stop words make no role: "Residents near Ann Arbor" names nobody who speaks.
    [InlineData("Maria Lopez met the residents on Monday. Residents near Ann Arbor said the road would stay shut. “We will reopen it next week,” she said.", "Maria Lopez")]
    public void A_pronoun_goes_to_the_person_named_after_an_opening_role(string text, string speaker)
    {
        var (_, quotes) = Run(text);
        Assert.Equal(speaker, Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_surname_takes_the_full_name_the_article_gives()
    {
        var (_, quotes) = Run("Maria Lopez chairs the committee. “We need more time for this,” Lopez said.");
        Assert.Equal("Maria Lopez", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void It_goes_to_an_organisation_not_a_person()
    {
        var (_, quotes) = Run("Acme Corp. sued Tom Baker on Monday. “We will appeal any ruling against us,” it said.");
        var q = Assert.Single(quotes);
        Assert.Equal("Acme Corp.", q.Speaker);
        Assert.Equal(SpeakerKind.Organization, q.Quote.Speaker!.Kind);
    }

    [Fact]
    public void They_is_left_without_a_name_rather_than_guessed()
    {
        var (_, quotes) = Run("Tom Baker met the neighbours on Monday. “Nobody saw it coming at all,” they said.");
        var q = Assert.Single(quotes);
        Assert.NotNull(q.Quote.Speaker);
        Assert.Null(q.Speaker);
    }

    [Fact]
    public void A_he_with_only_women_before_it_gets_no_name()
    {
        var (_, quotes) = Run("Maria Lopez met Anna Weiss on Monday. “I have nothing to add to that,” he said.");
        Assert.Null(Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Speaking_to_an_outlet_does_not_make_the_outlet_the_speaker()
    {
        var (_, quotes) = Run("Leo Marsh released a new video on Friday. The singer had put the senator in one scene. " +
            "Speaking to Harbor Weekly shortly before the premiere, he insisted: “It is a comment on fame and nothing else.”");
        Assert.Equal("Leo Marsh", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_continuation_in_the_next_sentence_keeps_the_speaker()
    {
        var (_, quotes) = Run("“We will rebuild the bridge,” Ana Ruiz said on Tuesday.\n\n“It will take two years.”");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Ana Ruiz", quotes[1].Speaker);
    }

    [Fact]
    public void A_signature_after_a_dash_is_the_speaker()
    {
        var (_, quotes) = Run("Readers wrote in after the debate.\n“The debate changed nothing for me at all.” ― Rosa Diaz\n“I will vote for the first time this year.” ― Omar Haddad.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Rosa Diaz", quotes[0].Speaker);
        Assert.Equal("Omar Haddad", quotes[1].Speaker);
    }

    [Fact]
    public void A_new_statement_in_the_next_sentence_is_not_an_attribution()
    {
        var (_, quotes) = Run("“I was lost for most of the game,” Ravi Mehta admitted. “Then she made one mistake.” Sofia Lindqvist said she would be back next year.");
        Assert.All(quotes, q => Assert.Equal("Ravi Mehta", q.Speaker));
    }

    [Fact]
    public void Nyt_style_quotation_with_title_and_age()
    {
        var q = Single("''I have never been told what to say on the air,'' Mr. Kellner, 82, told me.");
        Assert.Equal("Kellner", q.Speaker);
    }

    [Fact]
    public void A_title_word_that_is_the_last_word_is_the_name()
    {
        var q = Single("''I have never been told what to say on the air,'' Mr. King told me.");
        Assert.Equal("King", q.Speaker);
        Assert.Equal(SpeakerKind.Person, q.Quote.Speaker!.Kind);
    }

    [Fact]
    public void An_initial_does_not_make_a_person_an_organisation()
    {
        var (_, quotes) = Run("Readers wrote in.\n“The debate changed nothing for me at all.” ― Julia A. Moreno Diaz.\n");
        var q = Assert.Single(quotes);
        Assert.Equal("Julia A. Moreno Diaz", q.Speaker);
        Assert.Equal(SpeakerKind.Person, q.Quote.Speaker!.Kind);
    }

    [Fact]
    public void Stage_runs_in_the_pipeline_and_facts_adds_it()
    {
        var pipeline = new RoundupPipelineBuilder().UseSegmentation().UseFacts().Build();
        var article = new Article("a", "“We will rebuild the bridge by spring,” Ana Ruiz said.");
        pipeline.Run(new Cluster("c", [article]));
        Assert.NotNull(article.Quotes);
        Assert.Throws<InvalidOperationException>(() => new RoundupPipelineBuilder().UseQuotes().Build());
    }

    [Fact]
    public void A_one_word_name_with_an_apposition_that_opens_a_sentence_is_the_nearer_person_for_she()
    {
        // The article names Brenner in full and Achebe only by surname, at the start of a sentence; the apposition
        // says Achebe is someone, so "she" is Achebe, not the earlier Brenner.
        var (_, quotes) = Run("Lead researcher Tobias Brenner said the benefits levelled off. “More is not always better,” Brenner said. "
            + "Achebe, a neurologist at Kingsbridge Medical Center, warned that the study could not show cause. “Healthy people walk more,” she said.");
        var q = Assert.Single(quotes, q => q.Text.StartsWith("Healthy", StringComparison.Ordinal));
        Assert.Equal("Achebe", q.Speaker);
    }

    [Fact]
    public void A_surname_that_opens_a_sentence_before_said_is_its_subject_for_she()
    {
        // The report names Halden only by surname (another report of the story gives her first name); a company's
        // bare name is the earlier subject. "Halden said …" makes Halden the subject, so "she" is Halden.
        var (_, quotes) = Run("Battery life is the open question. Vireo claims 30 hours of playback. "
            + "Halden said Vireo would not make a cheaper model this year. “The fold is the flagship,” she said.");
        var q = Assert.Single(quotes);
        Assert.Equal("Halden", q.Speaker);
    }

    [Theory]
    [InlineData("Analysts said the phone was too dear.")]
    [InlineData("Police said the phone was too dear. Nobody asked the police again.")]
    public void A_plural_or_a_word_the_article_writes_in_lower_case_before_said_is_still_no_person(string middle)
    {
        var (_, quotes) = Run("Tobias Brenner led the launch on Monday. " + middle + " “We priced it fairly,” he said.");
        var q = Assert.Single(quotes);
        Assert.Equal("Tobias Brenner", q.Speaker);
    }

    [Fact]
    public void A_function_word_before_an_apposition_is_still_no_person()
    {
        var (_, quotes) = Run("Tobias Brenner led the study. Meanwhile, a panel of doctors met on Monday. “We need more data,” he said.");
        var q = Assert.Single(quotes);
        Assert.Equal("Tobias Brenner", q.Speaker);
    }

    [Theory]
    [InlineData("'We will see them in court,' said Mrs Priya Lal, who organised the petition.")]
    [InlineData("‘We will see them in court,’ said Mrs Priya Lal, who organised the petition.")]
    public void British_single_quotation_marks_are_quotations_with_their_speaker(string text)
    {
        var q = Single(text);
        Assert.Equal("We will see them in court", q.Text.TrimEnd(','));
        Assert.Equal("Priya Lal", q.Speaker);
    }

    [Fact]
    public void A_plural_possessive_inside_a_single_quoted_quotation_does_not_close_it()
    {
        var q = Single("Mr Hughes spoke first. 'The residents' petition changed nothing, and the council's budget is fixed,' he said.");
        Assert.Equal("The residents' petition changed nothing, and the council's budget is fixed", q.Text.TrimEnd(','));
        Assert.Equal("Hughes", q.Speaker?.Split(' ')[^1]);
    }

    [Fact]
    public void Single_marks_beside_double_quotation_marks_are_not_quotations_of_their_own()
    {
        // With double marks in the text, a single mark is an apostrophe or a quotation nested in another.
        var (_, quotes) = Run("The band's 'greatest hits' tour was a surprise. \"We never planned it,\" Ana Ruiz said.");
        var q = Assert.Single(quotes);
        Assert.Equal("We never planned it", q.Text.TrimEnd(','));
    }

    [Fact]
    public void A_quotation_inside_a_sentence_whose_subject_is_another_speaker_is_not_the_previous_speakers_continuation()
    {
        // A protester's quotation, then the prime minister's words quoted inside his own sentence: they are his, not
        // a continuation of hers (the next sentence after an attributed quotation).
        var (_, quotes) = Run("\u201cWe will march every week,\u201d said Lena Vogt, a student organiser.\n\n"
            + "Prime Minister Karl Mertens said the law was needed and accused the opposition of \u201cplotting a coup from abroad.\u201d");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Lena Vogt", quotes[0].Speaker);
        Assert.Equal("Karl Mertens", quotes[1].Speaker);
        // A plain continuation still inherits, and so does one inside a sentence about the same speaker.
        (_, quotes) = Run("\u201cWe will march every week,\u201d said Lena Vogt, a student organiser. \u201cThey cannot stop all of us.\u201d");
        Assert.All(quotes, q => Assert.Equal("Lena Vogt", q.Speaker));
        (_, quotes) = Run("\u201cWe will march every week,\u201d said Lena Vogt, a student organiser.\n\n"
            + "Lena Vogt said the police had been calm and called the law \u201ca gag on all of us.\u201d");
        Assert.All(quotes, q => Assert.Equal("Lena Vogt", q.Speaker));
    }

    [Theory]
    // The phrase before the participle's comma is a time, a place or an object, not the speaker.
    [InlineData("Hours later, Marta Keller thanked the volunteers at the shelter, telling reporters, \u201cThey kept this town alive.\u201d", "Marta Keller")]
    [InlineData("In a statement released Friday, Rep. Omar Lindqvist (D-Minn.) reacted to the ruling, saying: \u201cThe court got this one right.\u201d", "Omar Lindqvist")]
    [InlineData("Here in Dunmore, Keller stepped up her attacks on the mill owners, saying, \u201cThey took the pensions and ran.\u201d", "Keller")]
    [InlineData("The mayor's office was quiet all week. Tomas Brandt finally took to Twitter on Sunday, writing: \u201cThe bridge will reopen in May.\u201d", "Tomas Brandt")]
    // A verb of saying right before the participle: its own subject ("Brandt said, adding").
    [InlineData("The ferry left as soon as the storm had passed, Brandt said, adding, \u201cNobody was hurt.\u201d", "Brandt")]
    // An inverted "said Brandt" before the participle: its subject after it (not the sentence's subject; not a date).
    [InlineData("Sea levels along the coast rose faster than forecast, said Tomas Brandt, noting: \u201cThe dykes were built for another century.\u201d", "Tomas Brandt")]
    [InlineData("The dykes held through the night, Brandt said Monday, adding, \u201cNobody was hurt.\u201d", "Brandt")]
    // The role before the name is no part of the subject; a participle with its own subject or after "be" is not hung on the sentence.
    [InlineData("North Harbour regional director Sara Okafor rejects the charge, saying critics \u201chave not read the permits.\u201d", "Sara Okafor")]
    [InlineData("Council members denied it, with Okafor saying that the auditors had \u201cinvented a deficit.\u201d", "Okafor")]
    [InlineData("Harlow has long sold the safest cars, but rival makers are saying, \u201cSafety is not one brand's idea.\u201d", null)]
    public void A_participle_of_saying_gives_the_quotation_to_its_sentences_subject(string text, string? speaker)
    {
        var (_, quotes) = Run(text);
        Assert.Equal(speaker, quotes[^1].Speaker);
    }

    [Fact]
    public void A_pronoun_subject_of_a_participle_of_saying_resolves_to_the_person_before()
    {
        // "He shook his head, saying …": the pronoun opening the sentence speaks, resolved as any pronoun.
        var (_, quotes) = Run("Daniel Ferreira, the coach, watched the replay twice.\n\nHe shook his head at the referees, saying, \u201cThat was never a penalty.\u201d");
        Assert.Equal("Daniel Ferreira", Assert.Single(quotes).Speaker);
    }

    [Theory]
    [InlineData("The board met twice in March. As the historian Ines Moreau put it: \u201cThe museum cannot live on tickets alone.\u201d", "Ines Moreau")]
    [InlineData("Or, as Karl Brandt, a former harbour master, put it, \u201cThe river always wins.\u201d", "Karl Brandt")]
    public void As_someone_put_it_names_the_speaker(string text, string speaker)
    {
        var (_, quotes) = Run(text);
        Assert.Equal(speaker, Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_name_alone_before_the_colon_names_the_speaker()
    {
        // A digest's sources after a dash (a person or an organisation), and names opening their sentences.
        var (_, quotes) = Run("RENTS ROSE FASTEST IN SMALL CITIES - Helena Marsh: \u201cThe squeeze has moved out of the capitals.\u201d\n\n"
            + "Most tenants were not surprised - Northfield Housing Trust: \u201cWe saw it coming two years ago.\u201d");
        Assert.Equal(["Helena Marsh", "Northfield Housing Trust"], quotes.Select(q => q.Speaker));
        (_, quotes) = Run("Paula Lindgren and Peter Ek both oppose the toll.\n\nLindgren: \u201cThe toll punishes commuters.\u201d Ek: \u201cIt will empty the centre.\u201d");
        Assert.Equal(["Paula Lindgren", "Peter Ek"], quotes.Select(q => q.Speaker));
        // Not a name: a label or a heading before the colon names no one.
        (_, quotes) = Run("Breaking News: \u201cPolls are closed.\u201d\n\nThe vote was close.\n\nUpdate: \u201cThe count is final,\u201d the clerk's office wrote.");
        Assert.Null(quotes[0].Speaker);
        Assert.Equal("the clerk's office", quotes[1].Speaker);
    }

    [Theory]
    // The one quoted speaks, not the agency or paper that quotes: after the quotation, active and passive ...
    [InlineData("\u201cThe bridge stays closed until May,\u201d the Nordpress news agency quoted Tomas Lind as saying.", "Tomas Lind")]
    [InlineData("\u201cWe expected the storm a day later,\u201d Greta Holm was quoted by the Baltic Herald as saying.", "Greta Holm")]
    [InlineData("\u201cNobody could have held that wall,\u201d dock worker Piet Maas was quoted as telling the Harbour Courier.", "Piet Maas")]
    [InlineData("\u201cNobody could have held that wall,\u201d a welder and part-time diver, Piet Maas, was quoted as telling the Harbour Courier.", "Piet Maas")]
    // ... before it, with an apposition between, and a description that fills the phrase.
    [InlineData("Nordpress, the national news agency, quoted Tomas Lind as saying the repairs would take \u201cat least three months.\u201d", "Tomas Lind")]
    [InlineData("The Baltic Herald cited the port authority as saying: \u201cNo ship may enter before noon.\u201d", "the port authority")]
    // Neither a name nor the whole phrase after "quoted": no speaker rather than the one who quotes.
    [InlineData("Lind quoted the report published by the ministry in June as saying, \u201cThe wall was never inspected.\u201d", null)]
    public void The_one_quoted_as_saying_speaks_not_the_one_who_quotes(string text, string? speaker)
    {
        var (_, quotes) = Run(text);
        Assert.Equal(speaker, Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_pronoun_after_someone_quoted_as_saying_resolves_to_the_one_quoted()
    {
        // "he" is the harbour master the agency quoted, not the agency (a capitalised word the stage reads as a person).
        var (_, quotes) = Run("On Sunday, Nordwire quoted harbour master Tomas Lind as saying the port would reopen on Monday.\n\n"
            + "\u201cNobody was hurt in the night,\u201d he said.");
        Assert.Equal("Tomas Lind", Assert.Single(quotes).Speaker);
        // The passive: "she was quoted as saying" resolves like "she said".
        (_, quotes) = Run("Mayor Greta Holm toured the flooded streets on Sunday.\n\n\u201cWe expected the storm a day later,\u201d she was quoted as saying by local radio.");
        Assert.Equal("Greta Holm", Assert.Single(quotes).Speaker);
    }

    [Theory]
    // A place after "in"/"from" ends the phrase before the apposition: the name in apposition speaks, not the place.
    [InlineData("Her former teacher in St. Albans, ex-Mayor Ruth Kessler, told the Evening Post, \u201cShe never missed a day.\u201d", "Ruth Kessler")]
    [InlineData("A lawyer from Port Ellis, Thomas Weber, told the court: \u201cThe permit was forged.\u201d", "Thomas Weber")]
    // Without a place preposition the apposition stays secondary to a named subject.
    [InlineData("Thomas Weber, a lawyer, told the court: \u201cThe permit was forged.\u201d", "Thomas Weber")]
    public void A_name_in_apposition_after_a_place_speaks_not_the_place(string text, string speaker)
    {
        var (_, quotes) = Run(text);
        Assert.Equal(speaker, Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_place_in_apposition_after_a_place_is_no_speaker()
    {
        // "in Port Ellis, Maine,": the apposition is the state, not a person's name (no given name first).
        var (_, quotes) = Run("A lawyer who works in Port Ellis, Maine, told the court: \u201cThe permit was forged.\u201d");
        Assert.NotEqual("Maine", Assert.Single(quotes).Speaker);
    }
}
