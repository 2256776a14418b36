using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>
/// A short summary's lines do not mislead or dangle (issue #11, blind judges: a closing "he" from another report read
/// as the person named just before, a teaser closing the summary, a subjectless list entry): a weekday or a month is
/// no name before a pronoun (<see cref="SentenceRules.PronounBeforeName"/>), the writer's setup of the next sentence
/// comes only with it (<see cref="SentenceRules.SetsUpNext"/>), and a list entry "Charged with eight counts of …" has
/// no subject (<see cref="SentenceRules.LacksSubject"/>). Every article here is written for these tests.
/// </summary>
public sealed class ClosingLineTests
{
    [Theory]
    [InlineData("In November 2019, one of the tickets he bought won the harbour raffle.", true)] // a month is no name
    [InlineData("On March 4 she told the council the ferry would stop.", true)] // a date
    [InlineData("In Sept. 2020 he sailed the ferry home through the storm.", true)]
    [InlineData("On Thursday, Lind listed the traits she wanted in a new captain.", false)] // a weekday alone counts, as before
    [InlineData("On Tuesday Mara Lind said he had sailed the ferry for twenty years.", false)] // a name after the weekday
    [InlineData("In Harbour Town he sailed the ferry for twenty years.", false)] // a place of two words, as before
    [InlineData("The Weston couple said they had sailed the ferry for years.", false)] // as before: two capitalised words
    public void A_weekday_or_a_month_is_no_name_before_a_pronoun(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.PronounBeforeName(text));

    [Theory]
    [InlineData("The mayor didn't just argue for the new ferry.", true)]
    [InlineData("The mayor didn’t just argue for the new ferry.", true)] // a curly apostrophe
    [InlineData("Lind and Ross are no strangers to a long count of the harbour vote.", false)] // it tells something
    [InlineData("This is not the first time a ferry has run aground at Weston.", false)]
    [InlineData("Read on for the captain's account of the crossing.", true)]
    [InlineData("Here's what happened when the ferry lost power.", true)]
    [InlineData("The mayor didn't just argue for the ferry; she paid for its first year.", false)] // goes on after a semicolon
    [InlineData("The mayor didn't just argue for the ferry — she paid for its first year.", false)] // after a dash
    [InlineData("The mayor didn't just argue for the ferry, but paid for its first year.", false)] // "but"
    [InlineData("“He didn't just argue for it,” the captain said of the mayor.", false)] // the speaker's words
    [InlineData("Pilots who read on the bridge at night were warned by the harbour board.", false)] // not at the start
    [InlineData("The ferry will sail again on Monday, the harbour board said.", false)]
    public void A_sentence_that_sets_up_the_next_is_recognised(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.SetsUpNext(text));

    [Fact]
    public void A_short_summary_takes_a_setup_sentence_only_with_the_sentence_it_sets_up()
    {
        var gazette = new Article("gazette", string.Join("\n",
            "The Weston council voted 7-2 on Monday to restore the night ferry to Gull Island after a year without it.",
            "Mayor Ada Lind pushed harder for the vote than for any other measure of her term.",
            "Lind didn't just argue for the ferry.",
            "She paid for its first month of fuel from her office's budget, the council said."));
        var f = ClusterFeatures.Build(Fixtures.Story(gazette));
        var all = Enumerable.Repeat(true, f.Texts.Length).ToArray();
        int setup = Array.FindIndex(f.Texts, t => t.Contains("didn't just", StringComparison.Ordinal));
        var (units, _, _) = CoverageSummarizer.Units(f, all, all, glueReferences: true, glueSpeakers: true, gluePronouns: true);
        Assert.DoesNotContain(units, u => u.Start + u.Count - 1 == setup); // no unit ends on it
        Assert.Contains(units, u => u.Start <= setup && u.Start + u.Count - 1 == setup + 1); // it comes with the next
        var (loose, _, _) = CoverageSummarizer.Units(f, all, all, glueReferences: true, glueSpeakers: true, gluePronouns: false);
        Assert.Contains(loose, u => u.Start == setup && u.Count == 1); // long summaries are unchanged
    }

    [Fact]
    public void A_teaser_that_ends_its_article_never_closes_a_short_summary()
    {
        // The teaser is its article's last sentence: nothing it sets up follows, so no short summary takes it.
        const string Teaser = "Ross didn't just question the count.";
        var herald = new Article("herald", string.Join("\n",
            "Mayor Ada Lind led challenger Tom Ross by 212 votes on Thursday as Weston counted its last mail ballots.",
            "The county clerk said about 1,400 ballots were left to count and a result was expected on Friday.",
            "Ross's campaign said it expected the late ballots to favour him.",
            Teaser)) { Source = "Weston Herald" };
        var wire = new Article("wire", string.Join("\n",
            "Weston's mayoral race remained too close to call on Thursday, with Mayor Ada Lind ahead of Tom Ross by 212 votes.",
            "About 1,400 mail ballots remain to be counted, the county clerk said.")) { Source = "State Wire" };
        var cluster = Fixtures.Story(herald, wire);
        var shortTexts = new CoverageSummarizer().Summarize(cluster, new SummaryOptions { Words = 120 }).Sentences.Select(s => s.Text).ToList();
        Assert.NotEmpty(shortTexts);
        Assert.DoesNotContain(Teaser, shortTexts);
        var longTexts = new CoverageSummarizer().Summarize(cluster, new SummaryOptions { Words = 250 }).Sentences.Select(s => s.Text).ToList();
        Assert.Contains(Teaser, longTexts); // a long summary, unanchored, still may (the rule is for short ones)
    }

    [Fact]
    public void A_short_summary_does_not_give_one_persons_he_to_another_named_before_it()
    {
        // The harbour master speaks; the report goes on to a deckhand, and its "he" after "In November 2019," is the
        // deckhand. Alone after the harbour master's quotation it would read as his: it comes only with the sentence
        // before it, which names the deckhand.
        const string Ticket = "In November 2019, one of the tickets he bought won the $2 million harbour raffle.";
        var gazette = new Article("gazette", string.Join("\n",
            "Ferry workers in Weston pooled their money on Friday to buy raffle tickets as the harbour prize reached a record $9 million.",
            "Harbour master Carl Emmet said he encourages pools as long as the workers write down who paid for what.",
            "\"Put it on paper, even with friends you trust,\" said Emmet, who also runs the raffle's board.",
            "A crew of deckhands in Gull Island learned that the hard way.",
            "They relied on one of them, Piet Vos, to buy the tickets each week.",
            Ticket,
            "Vos cashed it without telling the others, and a court later ordered him to share the prize.")) { Source = "Harbour Gazette" };
        var f = ClusterFeatures.Build(Fixtures.Story(gazette));
        var all = Enumerable.Repeat(true, f.Texts.Length).ToArray();
        int ticket = Array.IndexOf(f.Texts, Ticket);
        Assert.True(ticket > 0);
        var (units, glued, _) = CoverageSummarizer.Units(f, all, all, glueReferences: true, glueSpeakers: true, gluePronouns: true);
        Assert.True(glued[ticket]); // taken only once the sentence before it, which names the deckhand, is
        Assert.Contains(units, u => u.Start == ticket - 1 && u.Count == 2);
    }

    [Theory]
    [InlineData("Charged with eight counts of serving alcohol to underage sailors.")]
    [InlineData("Charged with three counts of reckless operation of a vessel.")]
    [InlineData("Charged with eight counts serving alcohol to underage sailors.")] // as compression may leave it
    public void A_list_entry_that_opens_on_its_charge_has_no_subject(string text)
    {
        Assert.True(SentenceRules.LacksSubject(text));
        Assert.True(SentenceRules.IsFragmentary(text));
    }

    [Theory]
    [InlineData("Charged with two counts of theft, Piet Vos pleaded not guilty on Monday.")] // its subject after the comma
    [InlineData("Two suspects remain at large after the ferry robbery.")]
    [InlineData("Three counts carry a prison term of up to five years.")]
    [InlineData("Police said eight counts of theft were filed on Monday.")]
    [InlineData("Armed men boarded the ferry and seized eight crates of cargo.")]
    [InlineData("Armed with two rifles, the men boarded the ferry.")]
    public void A_sentence_with_a_count_is_no_fragment(string text) =>
        Assert.False(SentenceRules.IsFragmentary(text));
}
