using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

public sealed class SentenceRulesTests
{
    [Theory]
    [InlineData("However, the council approved the budget on Monday night.", "The council approved the budget on Monday night.")]
    [InlineData("WESTON (AP) — The council approved the budget on Monday night.", "The council approved the budget on Monday night.")]
    [InlineData("(CNN) The council approved the budget on Monday night.", "The council approved the budget on Monday night.")]
    [InlineData("WESTON, Maine (WTNH) — The council approved the budget on Monday night.", "The council approved the budget on Monday night.")]
    [InlineData("(WANE) The council approved the budget on Monday night.", "The council approved the budget on Monday night.")]
    [InlineData("MONDAY, July 2 -- The council approved the budget on Monday night.", "The council approved the budget on Monday night.")]
    [InlineData("- The council approved the budget on Monday night.", "The council approved the budget on Monday night.")]
    [InlineData("Updated | The council approved the budget on Monday night.", "The council approved the budget on Monday night.")]
    [InlineData("\u200bThe council approved the budget on Monday night.", "The council approved the budget on Monday night.")]
    [InlineData("The council (which has nine members) approved the budget on Monday.", "The council approved the budget on Monday.")]
    [InlineData("The council approved the budget on Monday night.", "The council approved the budget on Monday night.")]
    [InlineData("Harbour Lines HBLN.L agreed to buy Gull Ferries GULF.N for $40 million.", "Harbour Lines agreed to buy Gull Ferries for $40 million.")] // instrument codes
    [InlineData("Weston Motors WSTM_p.DE shares rose.", "Weston Motors shares rose.")]
    [InlineData("Harbour Lines said it would buy Gull Ferries GULF.N.", "Harbour Lines said it would buy Gull Ferries.")] // a code that ends the sentence
    [InlineData("The ferry left the U.S. port for Weston on Monday.", "The ferry left the U.S. port for Weston on Monday.")] // not a code
    [InlineData("The ferry sailed from Washington, D.C. on Monday.", "The ferry sailed from Washington, D.C. on Monday.")]
    [InlineData("Mayor Dana Pruitt Dana Jean PruittPruitt backs new harbor tax Gull Island ferry fares rise MORE praised the crew on Monday.", "Mayor Dana Pruitt praised the crew on Monday.")] // a site's card for a person
    [InlineData("Senator Abel Ross Abel (Abe) Martin RossRoss to run again MORE said the “ferry is safe” on Monday.", "Senator Abel Ross said the “ferry is safe” on Monday.")] // a nickname inside the card; a quotation after it
    [InlineData("The council wants MORE ferries on Monday and Dana Pruitt agrees.", "The council wants MORE ferries on Monday and Dana Pruitt agrees.")] // no card
    public void Compress_drops_what_carries_no_story(string input, string expected) =>
        Assert.Equal(expected, SentenceRules.Compress(input));

    [Theory]
    [InlineData("The former general would be extradited within weeks, the commissioner said.")]
    [InlineData("The council approved the budget on Monday, according to a statement from the mayor.")]
    [InlineData("The commissioner said Friday that he hoped the former general would be extradited.")]
    [InlineData("Officials denied that the plant had leaked any water into the river.")]
    [InlineData("So runs the old folk wisdom about storms along the coast.")]
    [InlineData("Yet remains the question of who will pay for the new wall.")]
    public void Compress_never_drops_a_governing_frame_or_makes_a_clause_a_main_assertion(string input) =>
        Assert.Equal(input, SentenceRules.Compress(input));

    [Theory]
    [InlineData("But the council approved the budget on Monday night.", "The council approved the budget on Monday night.")]
    [InlineData("And Mayor Lee signed the budget on Monday night.", "Mayor Lee signed the budget on Monday night.")]
    [InlineData("So officials closed the road for the night.", "Officials closed the road for the night.")]
    public void A_connective_without_a_comma_is_dropped_only_before_a_subject(string input, string expected) =>
        Assert.Equal(expected, SentenceRules.Compress(input));

    [Theory]
    [InlineData("Sanders called the pope 'one of the great moral leaders of our time'")]
    [InlineData("“We Are Never Ever Getting Back Together”")]
    [InlineData("The two sides sparred on Sunday over the charge of “Romnesia”")]
    public void A_sentence_without_final_punctuation_is_not_eligible(string text)
    {
        var article = new Article("a", text);
        var sentence = new Sentence(article, 0, new TextSpan(0, text.Length), 0);
        Assert.False(SentenceRules.IsEligible(sentence, text, minWords: 3));
        Assert.True(SentenceRules.IsEligible(sentence, text.TrimEnd('\'', '”') + ".", minWords: 3) || text.StartsWith('“'));
    }

    [Theory]
    [InlineData("\"We will not raise taxes (not this year), and we will not cut schools,\" the mayor said.")]
    [InlineData("The mayor said: “We will not raise taxes, not this year,” police said.")]
    public void Compress_keeps_a_quotation_whole(string input) => Assert.Equal(input, SentenceRules.Compress(input));

    [Theory]
    [InlineData("He added that the repairs would take months.", true)]
    [InlineData("However, the repairs would take months.", true)]
    [InlineData("“They never told us,” said one resident of the town.", true)]
    [InlineData("Hebrew schools reopened on Monday in the town.", false)]
    [InlineData("The repairs would take months.", false)]
    [InlineData("For instance, search for the ferry timetable and the first link is the council's.", true)] // an example of a claim before it
    [InlineData("In addition, the council will pay for a new pier.", true)]
    [InlineData("For example sentences, the school uses the ferry timetable.", false)]
    [InlineData("In each one, the crews were taught to tie three knots.", true)] // "each one" of something before it
    [InlineData("Among them, two captains from the island ferry.", true)]
    [InlineData("In each cabin, the crew left a map of the harbour.", false)]
    [InlineData("First, riders asked for a later ferry on Sundays.", true)] // the first of a list told before
    [InlineData("For one, the ferry runs only twice a day.", true)] // one of the reasons given before
    [InlineData("For one night only, the pier opens late.", false)]
    [InlineData("First Minister Ana Ruiz opened the new pier.", false)]
    public void Opening_references_are_recognised(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.OpensWithReference(text));

    [Theory]
    [InlineData("Bridge Closed Indefinitely", false)] // headline: no final punctuation
    [InlineData("Why do we keep ignoring our ageing bridges and roads?", false)]
    [InlineData("The bridge was closed after a crack was found in its beam.", true)]
    [InlineData("the bridge was closed after a crack was found in its beam.", false)] // fragment
    [InlineData("Closed.", false)]
    [InlineData("Arizona took center stage as the secretary toured the border and Sen.", false)]
    [InlineData("Sign up for our newsletter to get the top stories every morning.", false)]
    [InlineData("On Tuesday at 2 p.m. our editors will discuss the ferry report and take your questions in a free webinar.", false)] // a site's own promotion
    [InlineData("The harbour board held a webinar on the ferry timetable for 300 riders on Monday.", true)] // news about one
    [InlineData("This series was made possible in part through the financial support of the Harbour Fund.", false)] // a sponsor's credit
    [InlineData("Watch the harbour master's tour of the flooded depot in the video above.", false)]
    [InlineData("DOWNLOAD THE HARBOUR NEWS APP FOR STORM ALERTS.", false)] // capitals in a lower-case article
    [InlineData("Firefighters walk past the burned ticket hall in Weston, Maine, Monday, March 2, 2026.", false)] // caption
    [InlineData("The terminal opened on March 2, 2026, after two years of work on the harbour front.", true)]
    [InlineData("The study was run with Harbor Stats 4.1 (Harbor Labs, Weston, ME; 2024).", true)]
    [InlineData("Weston, ME: Harbor Labs; 2024).", false)] // the end of a citation cut out of its parentheses
    [InlineData("The board (which met on Monday approved the new ferry timetable.", false)] // cut inside an aside
    [InlineData("Hide Caption 3 of 43 Photos: The flood in Weston Firefighters pump water out of the depot on March 2.", false)] // gallery text inside a paragraph
    [InlineData("Harbor Wire writers Ona Pike and Tobin Rees contributed to this report.", false)]
    [InlineData("Ona Pike Ona Pike covers courts and the law for Slate.", false)] // an author's box
    [InlineData("For more about the ferry timetable, see this guide by the harbour board: Sailing in Winter.", false)]
    [InlineData("The harbour master covers the cost of the new pier for the town.", true)] // a statement, not a box
    [InlineData("Harbor Wire writer Ona Pike in Weston, Me., contributed to this report.", false)] // a state's abbreviation in the credit
    [InlineData("Follow him on Twitter: @harborreporter.", false)]
    [InlineData("Have a look at the top moments in our gallery, above, then share your thoughts in the comments.", false)]
    [InlineData("Below is a short guide to the new ferry timetable that riders can print and keep.", false)]
    [InlineData("The harbour board has begun debating the ferry budget before...", false)] // a teaser cut off mid-phrase
    [InlineData("The researchers are also investigating whether...", false)]
    [InlineData("The ferry left the harbour at dawn from the north pier, Tuesday,...", false)]
    [InlineData("The mayor has travelled to Weston to have lunch with her predecessor Rees...", true)] // may end there
    [InlineData("13 (1962) (“With a great ferry there must also come great delays”).", false)] // a citation's tail
    [InlineData("Which is a good thing for “Harbour Wars” director Ona Pike.", false)] // a title in quotation marks is no speech
    [InlineData("The ferry (built in 1962) sails at noon.", true)] // an aside inside a sentence
    [InlineData("IMPACT: More than 100,000 harbour homes lost power in the storm.", false)] // a fact box's field
    [InlineData("Ask the harbour master about the ferry timetable at harbour@weston.example today.", false)] // an address
    [InlineData("© 2016 The Weston Courier, whose reporters covered the ferry vote.", false)]
    [InlineData("The harbour master posted the new ferry timetable on the council's website.", true)]
    [InlineData("MAYOR LEE: Well, you know, the ferry will run again on Monday.", false)] // a transcript's speaker
    [InlineData("The harbour gained (citing gravity anomalies15) a new pier.", false)] // a paper's reference number
    public void Eligibility_rejects_headlines_questions_fragments_and_furniture(string text, bool expected)
    {
        var article = new Article("a", text + "\nThe story goes on in lower case, as stories do.");
        var headline = !text.EndsWith('.') && !text.EndsWith('?');
        var sentence = new Sentence(article, 0, new TextSpan(0, text.Length), 0) { IsHeadline = headline };
        Assert.Equal(expected, SentenceRules.IsEligible(sentence, text));
    }

    [Theory]
    [InlineData("Madden accused the harbour board of being petty.", "“It was a cheap shot,” he said.", "“It was a cheap shot,” Madden said.")]
    [InlineData("Harbour Master Ona Pike, who runs the port, warned against delays.", "“We cannot wait,” she said.", "“We cannot wait,” Harbour Master Ona Pike said.")] // title words the cluster capitalises stay
    [InlineData("Officials warned against delays.", "“We cannot wait,” she said.", null)] // not a name
    [InlineData("Pike's aides said the port would wait.", "“We cannot wait,” she said.", null)] // a possessive is not the subject
    [InlineData("Pike warned against delays.", "“We cannot wait,” they said.", null)] // "they" is not one person
    [InlineData("In his March note to the board, Madden was effusive.", "“It is a fine team,” he wrote.", "“It is a fine team,” Madden wrote.")] // after an opening phrase
    [InlineData("In a letter to Madden, the mayor was blunt.", "“It is over,” he wrote.", null)] // the subject is not a name
    [InlineData("Speaking on Tuesday, Madden warned of cuts.", "“It will cost jobs,” he said.", "“It will cost jobs,” Madden said.")]
    [InlineData("Madden isn't especially worried by the delay.", "“It will be fine,” he said.", "“It will be fine,” Madden said.")]
    [InlineData("Pike had a message for the harbour board.", "“Do not wait,” she said.", "“Do not wait,” Pike said.")]
    public void A_pronoun_speaker_takes_the_name_of_the_previous_subject(string previous, string text, string? expected)
    {
        var names = new HashSet<string>(["Madden", "Harbour", "Master", "Ona", "Pike"], StringComparer.OrdinalIgnoreCase);
        Assert.Equal(expected, SentenceRules.SubjectSpeaker(text, previous, names.Contains));
    }

    [Theory]
    [InlineData("Madden accused the harbour board of delays.", "He said the vote had been rigged.", "Madden said the vote had been rigged.")]
    [InlineData("Ona Pike worked ten years at the port.", "She retired in May.", "Ona Pike retired in May.")]
    [InlineData("Pike said Madden paused at the gate.", "He put his foot on the fence.", null)] // another name could be the antecedent
    [InlineData("Madden said his sister had called the port.", "She took the ferry home.", null)] // "his": she is someone else
    [InlineData("The harbour master stepped down in May.", "He now runs a bakery.", null)] // the subject is not a name
    [InlineData("Madden accused the harbour board of delays.", "They said the vote was fair.", null)] // only he or she
    [InlineData("Madden steered the ferry for decades.", "Speaking to reporters later, he insisted the pier was safe.", "Speaking to reporters later, Madden insisted the pier was safe.")]
    [InlineData("Madden steered the ferry for decades.", "If Pike had known, she would have stayed.", null)] // a name in the opening phrase
    [InlineData("Where Madden is concerned, the board is wary.", "He never answered the letters.", null)] // a clause, not the subject
    public void An_opening_he_or_she_takes_the_name_of_the_previous_subject(string previous, string text, string? expected)
    {
        var names = new HashSet<string>(["Madden", "Ona", "Pike"], StringComparer.OrdinalIgnoreCase);
        Assert.Equal(expected, SentenceRules.ResolveSubjectPronoun(text, previous, names.Contains));
    }
    [Theory]
    [InlineData("Speaking to the Harbour Gazette shortly before the vote was counted, he insisted: “It is not a protest.”", true)]
    [InlineData("Asked about the Weston ferry contract, she said the council had not seen it.", true)]
    [InlineData("Talking with reporters, she declined to name the buyer.", true)]
    [InlineData("During the hearing with Judge Amos Pike, he said nothing.", false)] // a preposition: Pike may be "he"
    [InlineData("Following Mayor Ona Reyes's visit, she wrote to the board.", false)]
    [InlineData("On Tuesday, she was told her age was an issue.", false)] // no participle: left to other rules
    [InlineData("Speaking to reporters, he, too, was cautious.", false)] // not the clause's subject
    [InlineData("Asked about the contract, the mayor said she had not seen it.", false)]
    public void A_he_or_she_after_an_opening_participle_points_back(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.PronounAfterParticiple(text));
    [Theory]
    [InlineData("Whitman said he would not concede.", "Whitman conceded the race late on Tuesday.", true)]
    [InlineData("The harbour pilot has not yet been charged, police said.", "Police said the harbour pilot was charged on Monday.", true)]
    [InlineData("The mayor refused to comment on the ferry contract.", "The mayor commented on the ferry contract on Monday.", true)]
    [InlineData("Whitman said he would not concede.", "Whitman said he would not concede the race.", false)] // both deny it
    [InlineData("The lottery cannot withhold winnings.", "State law does not allow the lottery to withhold winnings.", false)]
    [InlineData("It's not clear whether the plan was carried out.", "It is unclear whether the plan was carried out.", false)]
    [InlineData("The virus had not been reported in the state until August.", "The first case in the state was reported in August.", false)]
    [InlineData("Councillors asked whether or not the bridge would reopen.", "The bridge would reopen in May, councillors said.", false)]
    [InlineData("Their failed attempt on the peak ended in 1999.", "The climbers died in 1999 during their attempt on the peak.", false)]
    [InlineData("More than 30 no-smoking signs were put up in the hall.", "Smoking is banned in the hall.", false)]
    [InlineData("The governor has no authority to commute sentences.", "The governor's only authority is to grant a reprieve.", false)]
    // "no plans to close" denies the closing: the plant, not the deal, but a source must not be listed for the opposite.
    [InlineData("Halvorsen said it had no plans to close the plant.", "Halvorsen expects the deal to close by the end of the year.", true)]
    [InlineData("The club has no intention of selling its captain.", "The club is selling its captain to a rival.", true)]
    [InlineData("The club has no plans for a new stadium.", "The club plans a new stadium near the river.", false)] // no verb denied
    public void A_sentence_that_denies_what_another_says_plainly_is_of_opposite_polarity(string a, string b, bool expected)
    {
        Assert.Equal(expected, SentenceRules.OppositePolarity(a, b));
        Assert.Equal(expected, SentenceRules.OppositePolarity(b, a));
    }

    [Theory]
    // The later report says the step the earlier lead denies was taken.
    [InlineData("Officers did not identify the man found dead Sunday in a parked van near the marina.", "Officers identified the man found in the van as Tomas Ruiz, 41, of Bayport.", true)]
    [InlineData("The sheriff would not identify the two hikers found near the falls.", "The sheriff confirmed the identities of the two hikers as Ana Holt and Ben Wray.", true)]
    [InlineData("The driver has not been charged in the crash that killed a cyclist on Elm Road.", "The driver was charged Friday with vehicular homicide in the Elm Road crash.", true)]
    [InlineData("No one has been arrested in the robbery of the Main Street bank.", "Police arrested a 23-year-old man Thursday in the Main Street bank robbery.", false)] // "no one" denies no verb
    // Not a step taken: still to come, or the report denies it too.
    [InlineData("Officers did not identify the man found dead Sunday in a parked van.", "Officers are working to identify the man found in the van.", false)]
    [InlineData("The driver has not been charged in the crash on Elm Road.", "Prosecutors said the driver has not yet been charged.", false)]
    // A denied word that is no step of a running story.
    [InlineData("The mayor did not attend the ribbon cutting at the new library.", "The governor attended the ribbon cutting at the library.", false)]
    public void A_report_settles_a_step_an_earlier_lead_denies(string pending, string report, bool expected)
    {
        Assert.Equal(expected, SentenceRules.SettledBy(pending, report));
        Assert.False(SentenceRules.SettledBy(report, pending));
    }
}
