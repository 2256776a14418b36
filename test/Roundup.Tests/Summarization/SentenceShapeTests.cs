using Roundup.Evaluation;
using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>Sentences that look like sentences (a capital, a period) but cannot stand as a statement.</summary>
public sealed class SentenceShapeTests
{
    [Theory]
    [InlineData("Marta Lind, 24, of Harbour Road, Weston.")] // a list entry
    [InlineData("Starring Ana Ruiz and Tomas Berg as the two ferry captains.")] // a credit line
    [InlineData("In Swedish and in English with English subtitles.")]
    [InlineData("A lot of anger out there on the pier.")]
    [InlineData("Improving the flow of information between the harbour and local operators.")]
    [InlineData("The old lighthouse keeper on the north pier at dawn, Weston, April 3.")] // a caption
    [InlineData("Above, a new ferry at the north pier in Weston.")]
    [InlineData("People waiting, people shouting, people sleeping on the benches.")] // participles after a plural subject
    [InlineData("People pressing their faces to the ferry windows, waving.")] // a word in -s after "their" is a noun
    [InlineData("Jon Holm, 22, of Harbour Road, Weston, charged with eight counts of letting a minor sail the ferry alone.")] // a blotter entry
    [InlineData("Ana Ruiz, 21, Tomas Berg, 22, and Jon Holm, 20, all of Harbour Road, Weston; each charged with trespass.")] // a list entry before a semicolon
    public void A_sentence_without_a_finite_verb_is_a_fragment(string text)
    {
        Assert.True(SentenceRules.LacksFiniteVerb(text));
        Assert.True(SentenceRules.IsFragmentary(text));
        Assert.True(SummaryChecks.IsFragment(text));
        Assert.False(Eligible(text));
    }

    [Theory]
    [InlineData("The rebels control the harbour road and the two bridges.")] // a plural subject and a bare verb
    [InlineData("The symptoms usually begin 3–14 days after the ferry trip.")] // a bare verb after a plural subject
    [InlineData("Jon Holm, 22, of Harbour Road, was charged with trespass on the pier.")] // a blotter line with its own verb
    [InlineData("Their crews works the night shift on the ferries.")] // an -s word after a determiner is a noun, but the verb follows
    [InlineData("Ferry workers say the new timetable is unworkable.")] // an -s subject before its verb
    [InlineData("The harbour board also meets in the old customs house on Fridays.")]
    [InlineData("About 3,000 live in the valley, and 1,500 on the coast.")] // a bare verb after a number
    [InlineData("Harbour master Ana Ruiz read the statement to reporters on the pier.")] // an irregular past
    [InlineData("The council forecast a surplus for the next two years.")]
    [InlineData("Crews and the harbour board take a hard line on overtime pay.")] // a verb before a determiner
    [InlineData("Trouble also lurks, as always, in the ferry budget.")]
    [InlineData("It's the third strike on the ferries this year.")] // a contraction
    [InlineData("They rarely agree on anything at the harbour.")] // a pronoun subject
    [InlineData("They bring the nets in before the storm.")] // a bare verb in -ing
    [InlineData("The ferry board's chairman wasn't at the meeting on Monday.")]
    [InlineData("Armed men seized the ferry terminal in Weston on Monday.")] // a participle before its noun
    [InlineData("The council issued the revised timetable on Monday.")] // a verb in -ed before a determiner
    [InlineData("The injured man was taken to hospital in Weston.")]
    [InlineData("Asked about the strike, the mayor said talks would resume.")] // a participial opening
    [InlineData("Included in the plan is a new pier for the northern ferry.")] // inversion
    [InlineData("United Harbour Lines cancelled all sailings on Tuesday.")] // a name in -ed
    [InlineData("\"Nothing but fog and more fog on the water,\" the captain told us.")] // a quotation is the speaker's
    [InlineData("HALF THE FLEET STAYS IN PORT TODAY.")] // capitals are judged elsewhere
    [InlineData("Though the crews are angry, the ferry sailed on time.")] // the main clause follows the comma
    [InlineData("Three crews walked out on Monday; two more joined them on Tuesday.")] // a clause with its verb before the semicolon
    [InlineData("“Not today, not tomorrow”; that was the captain's answer on Monday.")] // a quotation before the semicolon is the speaker's
    public void A_statement_is_not_a_fragment(string text)
    {
        Assert.False(SentenceRules.IsFragmentary(text));
        Assert.False(SummaryChecks.IsFragment(text));
    }

    [Theory]
    [InlineData("Called the ferry board's handling of the strike \"a disgrace.\"")]
    [InlineData("Opposed any new tax on ferry tickets, a long-held goal of the harbour board.")]
    [InlineData("Opposed any new levy on the ferries, a cherished goal of the harbour board.")] // "a cherished" describes a noun
    [InlineData("Directed by Ana Ruiz from a script by Jon Berg.")]
    public void A_clipped_list_item_has_no_subject(string text)
    {
        Assert.True(SentenceRules.LacksSubject(text));
        Assert.True(SentenceRules.IsFragmentary(text));
        Assert.False(Eligible(text));
    }

    [Theory]
    [InlineData("Which is a good thing for the ferry crews on the night shift.")]
    [InlineData("Who was involved in the three-year effort to rebuild the pier.")]
    [InlineData("Though the crews have also muddied their case by calling it a secret plan.")]
    public void A_relative_clause_cut_from_its_sentence_is_a_fragment(string text) =>
        Assert.True(SentenceRules.IsFragmentary(text));

    [Theory]
    [InlineData("The harbour warming “is undoubtedly real,” the study panel said.", true)]
    [InlineData("“Both ferries could have sunk in the storm,” the authors wrote.", true)]
    [InlineData("“Both ferries could have sunk,” the harbour master said.", false)] // a person's title: not a described body
    [InlineData("“Both ferries could have sunk,” Ona Pike said.", false)] // named
    [InlineData("The study panel met on Monday and said the pier was safe.", false)] // no quotation
    public void A_quotation_given_to_a_described_body_is_recognised(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.QuotesDescription(text));

    [Theory]
    [InlineData("Which is a good thing for “Harbour Wars” director Ona Pike.", true)] // a title in quotation marks
    [InlineData("Which is why the “ferry is safe,” the mayor said on Monday.", false)] // the mayor's words
    [InlineData("Which is why I came back to the harbour,” the captain added.", false)] // a quotation opened before it
    public void A_relative_clause_with_a_quoted_title_is_a_fragment_but_one_with_speech_is_the_speakers(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.IsFragmentary(text));

    [Theory]
    [InlineData("Listen to the most important harbour stories of the day.", true)]
    [InlineData("Take a break from the timetable and enjoy the view.", true)]
    [InlineData("Click here for the full list of cancelled sailings.", true)]
    [InlineData("Make sure the person you hire to sail it is someone you can trust.", true)]
    [InlineData("Don't miss the last ferry of the season on Sunday.", true)]
    [InlineData("\"Don't panic,\" the captain told the passengers on deck.", false)] // a speaker's words
    [InlineData("Watch sales rose sharply at the harbour shops this summer.", false)] // a noun, with a verb after it
    [InlineData("Picture a ferry packed with cars crossing the harbour in a storm.", true)]
    [InlineData("Here's his take on the ferry timetable and the pier, in his own words.", true)] // the page's pointer at a video
    [InlineData("Here are the highlights of the harbour festival this weekend.", true)]
    [InlineData("“Here's the deal for the ferry,” the mayor told the council.", false)] // a speaker's words
    [InlineData("Herein lies the problem for the ferry and the harbour.", false)]
    [InlineData("Picture frames sell well at the harbour market in summer.", false)] // a noun, with a verb after it
    [InlineData("As for the riders, don't worry about the new ferry fares yet.", true)] // told what to do after an opening phrase
    [InlineData("For now, do not expect a ferry on Sundays.", true)]
    [InlineData("As for the riders, they don't worry about the new fares.", false)] // a subject before "don't"
    [InlineData("As for the riders, \"don't worry,\" the captain said.", false)] // a speaker's words
    public void A_line_addressing_the_reader_is_not_a_summary_sentence(string text, bool expected)
    {
        Assert.Equal(expected, SentenceRules.AddressesReader(text));
        Assert.Equal(expected, SentenceRules.IsFragmentary(text));
    }

    [Theory]
    [InlineData("The other tenders were for two settlements near the harbour.", "tenders")]
    [InlineData("The ferry's other engine, the one on the port side, failed too.", "engine")]
    [InlineData("Crews on the other boats joined the strike on Monday.", "boats")]
    [InlineData("The other two attackers were named on Monday.", "attackers")]
    [InlineData("The plan is backed by all the other harbour towns.", null)] // everyone else
    [InlineData("On the other hand, the harbour board wants a deal.", null)] // an idiom
    [InlineData("The captain spoke to reporters the other day in Weston.", null)]
    [InlineData("One ferry sank and the other was towed to Weston.", null)] // "the other" stands alone
    [InlineData("Other ports have cancelled their ferries too.", null)] // no set named before is implied
    public void The_other_points_back_at_a_set_named_before(string text, string? noun) =>
        Assert.Equal(noun, SentenceRules.OtherReference(text));

    [Fact]
    public void The_other_without_its_set_is_a_dangling_reference_in_the_checks()
    {
        var alone = SummaryChecks.Check(["The harbour board met on Monday in Weston.", "The other tenders were for two settlements near the harbour."]);
        Assert.True(alone[1].HasFlag(SentenceProblem.DanglingReference));
        var named = SummaryChecks.Check(["The board issued 2,600 tenders on Monday in Weston.", "The other tenders were for two settlements near the harbour."]);
        Assert.False(named[1].HasFlag(SentenceProblem.DanglingReference));
    }

    [Theory]
    [InlineData("On the other hand, the harbour board wants a deal by May.", true)]
    [InlineData("By contrast, the ferry crews want the old timetable back.", true)]
    [InlineData("On the harbour front, crews gathered before dawn.", false)]
    [InlineData("Bystanders watched the ferry leave the pier.", false)] // "By" only as a phrase's first word
    [InlineData("The fact that it is even being considered shows how worried the harbour board is.", true)]
    [InlineData("The fact that ferries run late is not new.", false)] // the clause says what the fact is
    public void A_phrase_that_sets_a_sentence_against_the_one_before_points_back(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.OpensWithReference(text));

    private static bool Eligible(string text)
    {
        var article = new Article("a", text + "\nThe story goes on in lower case, as stories do.");
        var sentence = new Sentence(article, 0, new TextSpan(0, text.Length), 0);
        return SentenceRules.IsEligible(sentence, text);
    }

    [Theory]
    [InlineData("Twelve sailors tested positive during those races.", "races")]
    [InlineData("Most of these ferries are older than the harbour itself.", "ferries")]
    [InlineData("Ferries run late these days on the north route.", null)] // an idiom
    [InlineData("Among those making less than $50,000, the mayor's lead is now three points.", null)] // people described
    [InlineData("\"We will ban these boats,\" the harbour master said.", null)] // a speaker's words
    [InlineData("Those ferries were sold in May.", null)] // an opening "Those" is the opener rule's
    [InlineData("Sailors rest during those long crossings they make each winter.", null)] // a clause says which ones
    [InlineData("The harbour enforces those rules that apply to night ferries.", null)]
    [InlineData("The harbour enforces those rules, and they apply to night ferries.", "rules")] // the comma ends the phrase
    [InlineData("The harbour police have not commented on that possibility.", "possibility")] // something said before
    [InlineData("The council will review this decision in May.", "decision")]
    [InlineData("If few votes are at stake, the campaign said, it may not bother taking that step.", "step")] // a step told before
    [InlineData("The former mayor campaigned for his wife later that month.", "month")] // a time counted from one told before
    [InlineData("The ferry will sail later this month.", null)] // a time of its own
    [InlineData("The harbour master said that ferries would run late.", null)] // "that" opens a clause
    [InlineData("The board rejected the claim that the pier was unsafe.", null)]
    [InlineData("The board rejected that claim that the pier was unsafe.", null)] // a clause says which one
    public void A_demonstrative_inside_narration_points_back_at_what_it_names(string text, string? noun) =>
        Assert.Equal(noun, SentenceRules.DemonstrativeReference(text));

    [Fact]
    public void The_reader_checks_count_a_demonstrative_whose_noun_was_never_named()
    {
        var problems = SummaryChecks.Check(["The harbour reopened on Monday after the storm.", "Twelve sailors tested positive during those races."]);
        Assert.True(problems[1].HasFlag(SentenceProblem.DanglingReference));
        var named = SummaryChecks.Check(["The harbour races were held on Monday.", "Twelve sailors tested positive during those races."]);
        Assert.False(named[1].HasFlag(SentenceProblem.DanglingReference));
    }

    [Fact]
    public void A_sentence_of_more_than_sixty_four_words_is_read_whole()
    {
        // The words are read into a buffer that starts with room for 64: a longer sentence must be read to its end.
        var filler = string.Join(" ", Enumerable.Repeat("harbour", 70));
        Assert.Equal("tenders", SentenceRules.OtherReference($"The board named {filler} and the other tenders went to Weston."));
        Assert.Equal("races", SentenceRules.DemonstrativeReference($"The crews of {filler} sailed in those races last year."));
        Assert.True(SentenceRules.LacksFiniteVerb($"Jane Roe, 21, of Springfield, {filler}."));
        Assert.False(SentenceRules.LacksFiniteVerb($"The crews of {filler} sailed home."));
    }
    [Theory]
    [InlineData("Earlier seismic studies found weak arrivals elsewhere in the harbour basin14,16,18, including a reversal near Weston13.", true)]
    [InlineData("The low density of the rock is consistent with the gravity anomalies15.", true)]
    [InlineData("The mantle under the harbour is colder than models predicted²¹.", true)]
    [InlineData("The harbour models²¹ suggest the rock is cold.", true)]
    [InlineData("Weston7 will update this story on the harbour as more information comes in.", false)] // a station's name
    [InlineData("The rock under Weston9,17 and Easton13 is colder than expected.", true)]
    [InlineData("The ferry carried 1,200 passengers and 40 cars on its first 3 crossings.", false)]
    [InlineData("The captain posted the timetable on Twitter as @harbour24, the council said.", false)] // a handle
    [InlineData("The council spent $14m on the F16 display and the COVID-19 ward, officials said.", false)]
    public void A_papers_sentence_with_its_reference_numbers_is_not_a_summary_sentence(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.CarriesReferenceNumbers(text));
    [Theory]
    [InlineData("MAYOR LEE: Well, you know, the ferry will run again on Monday.", true)]
    [InlineData("IMPACT: More than 100,000 harbour homes lost power in the storm.", true)]
    [InlineData("HOW IT WORKS: The ferry docks at the new pier twice a day.", true)]
    [InlineData("Q: When will the ferry run again after the storm?", true)]
    [InlineData("UPDATE: The ferry resumed service on Monday, the council said.", true)]
    [InlineData("NATO said on Monday the ferry route would reopen: it was safe again.", false)]
    [InlineData("The mayor said one thing: the ferry will run again on Monday.", false)]
    [InlineData("U.S. officials said the ferry will run again on Monday.", false)]
    public void A_line_under_a_label_in_capitals_is_a_box_or_transcript_line(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.OpensWithCapitalLabel(text));
}
