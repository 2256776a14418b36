using Roundup.Evaluation;
using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>The rules that make a summary read as a story (issue #11), each on articles written for the test.</summary>
public sealed class ReaderRulesTests
{
    private static Article Ferry() => new("ferry", string.Join("\n",
        "The deal gives the island town a new ferry by May and ends a year of talks with the shipyard.",
        "Gull Island signed the ferry deal with the Elland shipyard on Monday after a long public debate.",
        "Mayor Dana Pruitt said the new ferry would carry both cars and freight across the harbor."))
    { Source = "Ledger" };

    private static Article Ledger() => new("ledger", string.Join("\n",
        "Gull Island signed a deal with the Elland shipyard on Monday for a new ferry to be ready by May.",
        "The shipyard will build the ferry for the island town at a cost of four million dollars.",
        "Mayor Dana Pruitt said the new ferry would carry both cars and freight across the harbor."))
    { Source = "Herald" };

    private static Article Quote() => new("quote", string.Join("\n",
        "“A new ferry by May from the Elland shipyard is the lifeline of Gull Island,” Mayor Dana Pruitt said on Monday.",
        "Gull Island signed a deal with the Elland shipyard on Monday for a new ferry to be ready by May."))
    { Source = "Courier" };

    [Theory]
    [InlineData("The deal gives the town a new boat by May.", "deal")]
    [InlineData("The report, issued on Tuesday, found the wall too low.", "report")]
    [InlineData("The song is from the band's second album, released in May.", "song")]
    [InlineData("The island signed the deal.", null)]
    [InlineData("The Deal Act passed.", null)]
    [InlineData("Theodore signed the deal.", null)]
    [InlineData("The rest goes to the ferry fund and the new pier.", "rest")]
    [InlineData("The rest of the money goes to the ferry fund.", null)] // it says what it is the rest of
    [InlineData("The report of the harbour commission found the wall too low.", null)]
    public void Definite_references_are_recognised(string text, string? noun) =>
        Assert.Equal(noun, SentenceRules.DefiniteReference(text));

    [Fact]
    public void An_articles_first_sentence_that_points_back_is_never_chosen()
    {
        var summary = Fixtures.Summarize("coverage", Fixtures.Story(Ferry(), Ledger()), new SummaryOptions { Words = 400 });
        Assert.DoesNotContain(summary.Sentences, s => s.Text.StartsWith("The deal gives", StringComparison.Ordinal));
        Assert.NotEmpty(summary.Sentences);
    }

    [Fact]
    public void The_summary_opens_with_a_lead_not_a_quotation()
    {
        var summary = Fixtures.Summarize("coverage", Fixtures.Story(Quote(), Ledger()), new SummaryOptions { Words = 400 });
        Assert.Contains(summary.Sentences, s => s.Text.StartsWith('“'));
        Assert.False(SentenceRules.OpensWithQuotation(summary.Sentences[0].Text));
    }

    [Theory]
    [InlineData("More than half work for the Elland shipyard.", true)]
    [InlineData("Many are fishermen who crossed the harbor every day.", true)]
    [InlineData("Most say the ferry came too late.", true)]
    [InlineData("Many wore green shirts to the harbour meeting.", true)]
    [InlineData("Many islanders crossed the harbor every day.", false)]
    [InlineData("Most of the ferries are late.", false)]
    [InlineData("Somerset County will pay for the pier.", false)]
    [InlineData("Far fewer ferry crews would be needed.", true)] // a comparison with something said before
    [InlineData("Far fewer ferries sailed this year than last.", false)] // its "than" says with what
    [InlineData("Fewer islanders crossed the harbour in May.", true)]
    [InlineData("Forecasters expect far fewer sailings.", false)] // not at the start
    [InlineData("One is rebuilding the old pier.", true)] // one of the things listed before
    [InlineData("Both were pulled from the water on Monday.", true)]
    [InlineData("Each has a vote on the harbour board.", true)]
    [InlineData("One ferry was lost in the storm.", false)] // a noun after the number
    [InlineData("One of the ferries was lost in the storm.", false)] // says of what
    [InlineData("All eyes are on the harbour board.", false)]
    public void A_bare_quantifier_opening_points_back(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.OpensWithReference(text));

    [Theory]
    [InlineData("We asked the harbour master about the new ferry.", true)]
    [InlineData("The findings surprised me, the author wrote.", true)]
    [InlineData("I've never seen a pier crack like that, the diver said.", true)]
    [InlineData("“We will rebuild the pier,” the mayor said.", false)]
    [InlineData("\"I think we can open by May,\" said Mayor Dana Pruitt.", false)]
    [InlineData("The US ferry line and World War I veterans paid for the pier.", false)]
    [InlineData("The board's Part I report found the pier unsafe.", false)]
    public void The_writers_own_voice_is_recognised_outside_quotations(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.FirstPersonNarration(text));

    [Fact]
    public void A_sentence_inside_a_quotation_opened_before_it_is_the_speakers_voice()
    {
        Assert.False(SentenceRules.FirstPersonNarration("I promise we will open by May,” the mayor said.", quoteOpen: true));
        Assert.True(SentenceRules.FirstPersonNarration("I promise we will open by May, the writer added.", quoteOpen: false));
    }

    [Fact]
    public void A_short_summary_does_not_speak_in_the_writers_first_person()
    {
        var blog = new Article("blog", string.Join("\n",
            "Gull Island signed a deal with the Elland shipyard on Monday for a new ferry to be ready by May.",
            "Our records show the Elland shipyard has built three ferries for harbor towns since 2010, and all arrived late.",
            "The ferry will carry both cars and freight across the harbor to the island."));
        var ledger = new Article("ledger2", string.Join("\n",
            "Gull Island signed a deal with the Elland shipyard on Monday for a new ferry to be ready by May.",
            "The island council approved the money for the ferry in March after a vote.",
            "Mayor Dana Pruitt said the new ferry would carry both cars and freight across the harbor."));
        var summary = Fixtures.Summarize("coverage", Fixtures.Story(blog, ledger), new SummaryOptions { Words = 120 });
        Assert.NotEmpty(summary.Sentences);
        Assert.DoesNotContain(summary.Sentences, s => SentenceRules.FirstPersonNarration(s.Text));
        var unanchored = new CoverageSummarizer(new CoverageOptions { AnchorWeight = 0 }).Summarize(Fixtures.Story(blog, ledger), new SummaryOptions { Words = 120 });
        Assert.Contains(unanchored.Sentences, s => SentenceRules.FirstPersonNarration(s.Text));
    }

    [Theory]
    [InlineData("At the time, some on the council feared the ferry deal would fail.", true)]
    [InlineData("At the time of the vote, the council met in the harbour hall.", false)] // a time of its own
    [InlineData("Days later the ferry sank near the harbour.", true)]
    [InlineData("A dozen years later the ferry still sailed every day.", true)]
    [InlineData("Half a year later, the pier reopened.", true)]
    [InlineData("Since then the ferry has sailed every day.", true)]
    [InlineData("Two years later, the ferry company closed its harbour office.", true)]
    [InlineData("A little over a year later, the captain quit the ferry company.", true)]
    [InlineData("About 40 minutes later the ferry reached the harbour.", true)]
    [InlineData("Nearly two decades later the pier was rebuilt.", true)]
    [InlineData("Two years of repairs later cost the council more than the ferry.", false)] // no unit right before "later"
    [InlineData("Two ferry captains said the harbour would reopen later this year.", false)]
    [InlineData("Years of neglect left the pier unsafe, the council said.", false)]
    public void An_opening_time_that_points_at_an_earlier_event_points_back(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.OpensWithReference(text));

    [Theory]
    [InlineData("The 100% edible cup is made from a wafer biscuit.", "cup")]
    [InlineData("The cup, named the Gull Mug, is made from a wafer biscuit.", "cup")]
    [InlineData("The new harbour study finds that ferries are late.", "study")]
    [InlineData("The two harbour pilots said the ferry was late.", "pilots")]
    [InlineData("The council approved the budget on Monday.", "council")]
    [InlineData("The White House said the ferry was late.", null)] // a name
    [InlineData("Gull Island signed a deal for a new ferry.", null)]
    [InlineData("The workers later denied any part in the ferry delay.", "workers")] // an adverb ends the phrase
    [InlineData("The crews reportedly refused the night crossing.", "crews")]
    [InlineData("The planned law bans all ferry advertising.", "law")] // a word in -ed before the noun describes it
    [InlineData("The ferry stalled in the harbour.", "ferry")]
    [InlineData("The accused said nothing.", null)]
    [InlineData("The charges come amid a row over ferry fares.", "charges")] // a plural's own verb ends the phrase
    public void The_noun_of_an_opening_definite_description_is_found(string text, string? expected) =>
        Assert.Equal(expected, SentenceRules.DefiniteOpeningNoun(text));

    [Fact]
    public void An_opening_that_speaks_of_what_its_article_named_before_points_back()
    {
        var f = ClusterFeatures.Build(Fixtures.Story(new Article("wire", string.Join("\n",
            "Gull Island Ferries unveiled an edible coffee cup on Monday at its harbour cafe.",
            "The edible cup is made from a wafer biscuit lined with white chocolate.",
            "The council approved the harbour cafe in March."))));
        int cup = Array.FindIndex(f.Texts, t => t.StartsWith("The edible cup", StringComparison.Ordinal));
        int council = Array.FindIndex(f.Texts, t => t.StartsWith("The council", StringComparison.Ordinal));
        int first = Array.FindIndex(f.Texts, t => t.StartsWith("Gull Island", StringComparison.Ordinal));
        Assert.True(CoverageSummarizer.NamedBefore(f, cup));
        Assert.False(CoverageSummarizer.NamedBefore(f, council)); // no council before it
        Assert.False(CoverageSummarizer.NamedBefore(f, first));
    }

    [Fact]
    public void A_definite_description_from_another_report_needs_its_noun_in_the_summary()
    {
        var f = ClusterFeatures.Build(Fixtures.Story(
            new Article("north", string.Join("\n",
                "Solar panels will power every village school in Kestrel Vale under a plan the regional council adopted on Monday.",
                "Kestrel Vale has 2,900 hours of sunshine a year.",
                "Kestrel Vale is the sunniest province of the country.")),
            new Article("south", string.Join("\n",
                "Marrow province opened its first solar farm on Tuesday, officials said.",
                "The province has built over 30 solar-powered radio masts since 1990.",
                "The solar farm will feed 4,000 homes."))));
        int masts = Array.FindIndex(f.Texts, t => t.StartsWith("The province", StringComparison.Ordinal));
        int vale = Array.FindIndex(f.Texts, t => t.StartsWith("Solar panels", StringComparison.Ordinal));
        int marrow = Array.FindIndex(f.Texts, t => t.StartsWith("Marrow", StringComparison.Ordinal));
        var glued = new bool[f.Texts.Length];
        // After the other report's lead alone, "the province" would read as Kestrel Vale.
        Assert.True(CoverageSummarizer.PointsPastSummary(f, (masts, 1), glued, [vale]));
        int sunniest = Array.FindIndex(f.Texts, t => t.StartsWith("Kestrel Vale is", StringComparison.Ordinal));
        // Another report's province is not the one it means.
        Assert.True(CoverageSummarizer.PointsPastSummary(f, (masts, 1), glued, [vale, sunniest]));
        // Once a chosen sentence of its own report names the province, the reader has it.
        Assert.False(CoverageSummarizer.PointsPastSummary(f, (masts, 1), glued, [vale, marrow]));
        // Glued to its article's sentence before it, it comes with what it points at.
        glued[masts] = true;
        Assert.False(CoverageSummarizer.PointsPastSummary(f, (masts, 1), glued, [vale]));
        // The first sentence of a report points at nothing before it.
        Assert.False(CoverageSummarizer.PointsPastSummary(f, (marrow, 1), new bool[f.Texts.Length], [vale]));
    }

    [Theory]
    [InlineData("Ms. Hale turned down the request, ending the talks.", "request|talks")] // a verb's objects
    [InlineData("The co-workers had pooled their money for years.", "co-workers")]
    [InlineData("The boy, Tom Reed, died on Monday at the pier.", "")] // an appositive names him
    [InlineData("He found them in the harbour office.", "")] // a place, not a thing told of
    [InlineData("The rest of the crew went home.", "")] // it says what it is of
    [InlineData("Crews went out to find the missing skipper.", "")] // an infinitive's object
    [InlineData("“The request was fair,” she said.", "")] // inside a quotation
    [InlineData("The mayor signed the request that the council made.", "mayor")] // the clause says which request
    [InlineData("The exchange between Hale and the skipper turned angry.", "")] // the names say which exchange
    [InlineData("The report was late, the council said.", "report")] // "the council said" is an attribution
    [InlineData("She was playing the determined skipper trying to dock.", "")] // a participle after the noun: the phrase is not read
    [InlineData("Large crews were the norm around the world in 1900.", "")] // "around the world" is another phrase, not the norm's head
    public void The_definite_descriptions_a_sentence_leans_on_are_found(string text, string expected) =>
        Assert.Equal(expected, string.Join("|", SentenceRules.DefiniteNouns(text)));

    [Fact]
    public void A_definite_description_its_article_brought_in_just_before_needs_its_noun_in_the_summary()
    {
        var f = ClusterFeatures.Build(Fixtures.Story(new Article("pier", string.Join("\n",
            "The Gull Island lottery jackpot reached a record 90 million crowns on Friday, the lottery board said.",
            "Many islanders pooled their money with friends to buy as many tickets as they could.",
            "Six dock workers from Weston learned a hard lesson about such pools last year.",
            "The co-workers had pooled their money for years to play the lottery.",
            "Later the harbour master turned down a request for an extra ferry to the ticket office.",
            "Ms. Hale shot down the request, citing the cost of fuel."))));
        int Find(string start) => Array.FindIndex(f.Texts, t => t.StartsWith(start, StringComparison.Ordinal));
        int lead = Find("The Gull Island"), dock = Find("Six dock"), coworkers = Find("The co-workers"), later = Find("Later the"), hale = Find("Ms. Hale");
        var glued = new bool[f.Texts.Length];
        // After the lead alone, "the co-workers" would be the islanders who pooled their money.
        Assert.True(CoverageSummarizer.LeansOnRecentMention(f, (coworkers, 1), glued, [lead]));
        // With the sentence that brings the workers in, the reader has them.
        Assert.False(CoverageSummarizer.LeansOnRecentMention(f, (coworkers, 1), glued, [lead, dock]));
        Assert.True(CoverageSummarizer.LeansOnRecentMention(f, (hale, 1), glued, [lead]));
        Assert.False(CoverageSummarizer.LeansOnRecentMention(f, (hale, 1), glued, [lead, later]));
        // Glued to its article's sentence before it, it comes with what it points at.
        glued[coworkers] = true;
        Assert.False(CoverageSummarizer.LeansOnRecentMention(f, (coworkers, 1), glued, [lead]));
        // A description its article never used in the sentences before it leans on nothing there.
        Assert.False(CoverageSummarizer.LeansOnRecentMention(f, (dock, 1), new bool[f.Texts.Length], [lead]));
    }

    [Fact]
    public void A_short_summary_leaves_out_another_reports_definite_description_it_has_not_introduced()
    {
        var north = new Article("north", string.Join("\n",
            "Solar panels will power every village school in Kestrel Vale under a plan the regional council adopted on Monday.",
            "The solar plan will take three years and cost 4 million crowns, the council said.",
            "Kestrel Vale has 2,900 hours of sunshine a year, more than any other part of the country."));
        var south = new Article("south", string.Join("\n",
            "Solar power will run the schools of Kestrel Vale within three years, the regional council said on Monday.",
            "We drove across the mountains to the Marrow region, which has long led the country in solar power.",
            "The region has built over 30 solar-powered school radio masts since the council plan of 1990."));
        var cluster = Fixtures.Story(north, south);
        var options = new SummaryOptions { Words = 120 };
        var summary = new CoverageSummarizer().Summarize(cluster, options);
        Assert.NotEmpty(summary.Sentences);
        Assert.DoesNotContain(summary.Sentences, s => s.Text.StartsWith("The region has built", StringComparison.Ordinal));
        var loose = new CoverageSummarizer(new CoverageOptions { DefiniteAntecedents = false, RecentAntecedents = false }).Summarize(cluster, options);
        Assert.Contains(loose.Sentences, s => s.Text.StartsWith("The region has built", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("“Divers have made extraordinary discoveries,” said Ann Roe, the harbour master.", "Divers said on Monday they had made “extraordinary discoveries” at the wreck.", true)]
    [InlineData("The mayor called the plan “a waste of harbour money,” the paper said.", "“A waste of harbour money,” the mayor said of the plan.", true)]
    [InlineData("The ferry film “La La Land Ahoy” opened on Friday.", "Critics loved “La La Land Ahoy” at the harbour festival.", false)] // a title
    [InlineData("She said so on “State of the Union” on Sunday.", "He was asked on “State of the Union” about the ferry.", false)]
    [InlineData("The museum shows photographs of “comfort women” held in 1944.", "A statue of “comfort women” stands by the harbour.", false)] // a shared term
    [InlineData("“We will sail again,” the captain said.", "“The harbour is closed for the winter,” the mayor said.", false)]
    public void A_quotation_that_another_sentence_already_gives_is_a_repeat(string text, string other, bool expected)
    {
        Assert.Equal(expected, SentenceRules.RepeatsQuotation(text, other));
        Assert.Equal(expected, SentenceRules.RepeatsQuotation(other, text));
    }

    [Theory]
    [InlineData("Police say 13 people are held after a brawl that left three people stabbed at the pier.", "A sergeant said two people from the march were stabbed in separate fights.", true)]
    [InlineData("Police say 13 people are held after a brawl that left three people stabbed at the pier.", "All three people who were stabbed are from the march.", false)] // the same count
    [InlineData("Police say 13 people are held after a brawl that left three people stabbed at the pier.", "Seven people were booked into the harbour jail.", false)] // another happening
    [InlineData("Two ferries collided and 40 passengers were injured.", "The storm injured 12 passengers on a second ferry days later.", true)] // the rule cannot tell two events apart by counts alone
    [InlineData("Babies who napped remembered the task after 24 hours.", "Babies who napped within four hours remembered it.", false)] // hours are not people
    public void Two_sentences_that_count_the_same_people_differently_disagree(string text, string other, bool expected)
    {
        Assert.Equal(expected, SentenceRules.ConflictingCount(text, other));
        Assert.Equal(expected, SentenceRules.ConflictingCount(other, text));
    }

    [Fact]
    public void A_short_summary_does_not_give_two_counts_of_the_same_people()
    {
        // A live page: its newest update first, an older one further down.
        var live = new Article("live", string.Join("\n",
            "Police say 13 people are in custody after a brawl that left three people stabbed at a rally on the Weston pier.",
            "Six of those held are rally members and seven are counter-protesters, a police spokesman said.",
            "Earlier, a police sergeant said two people from the counter-protest were stabbed in separate fights on the pier.",
            "The rally had been called to mark the anniversary of the harbour strike."));
        var cluster = Fixtures.Story(live);
        var options = new SummaryOptions { Words = 120 };
        static bool Older(string s) => s.Contains("two people from", StringComparison.Ordinal);
        var loose = new CoverageSummarizer(new CoverageOptions { ConsistentCounts = false }).Summarize(cluster, options);
        Assert.Contains(loose.Sentences, s => Older(s.Text));
        var summary = new CoverageSummarizer().Summarize(cluster, options);
        Assert.NotEmpty(summary.Sentences);
        Assert.DoesNotContain(summary.Sentences, s => Older(s.Text));
    }

    [Fact]
    public void A_short_summary_does_not_quote_the_same_words_twice()
    {
        var first = new Article("first", string.Join("\n",
            "Divers searching the sunken Gull Island ferry said on Monday they had made “extraordinary discoveries” in its hold, including the captain's log.",
            "The ferry sank in a storm off Gull Island in March with 40 passengers aboard, all of whom were rescued."));
        var second = new Article("second", string.Join("\n",
            "The captain's log recovered from the Gull Island ferry could show why it left port as the storm built, the search team said on Monday.",
            "“Divers have made extraordinary discoveries in the hold,” said Ann Roe, who leads the search."));
        var cluster = Fixtures.Story(first, second);
        var options = new SummaryOptions { Words = 120 };
        static bool Repeats(string s) => s.StartsWith("“Divers have made", StringComparison.Ordinal);
        var loose = new CoverageSummarizer(new CoverageOptions { QuotedOnce = false }).Summarize(cluster, options);
        Assert.Contains(loose.Sentences, s => Repeats(s.Text));
        var summary = new CoverageSummarizer().Summarize(cluster, options);
        Assert.NotEmpty(summary.Sentences);
        Assert.DoesNotContain(summary.Sentences, s => Repeats(s.Text));
    }

    [Theory]
    [InlineData("Once the island gets its new ferry, you can bid farewell to the cheap night crossing.", true)]
    [InlineData("Your ferry fare will rise by a third in May.", true)]
    [InlineData("Ride or \"Skip\" The choice to sail is always yours!", true)] // a shop's notice
    [InlineData("Dana and Abel Ross are just your average island couple with ten children.", false)] // an idiom
    [InlineData("“You will pay more from May,” the mayor told the riders on Monday.", false)] // the mayor's words
    [InlineData("The council said riders would pay a third more from May.", false)]
    public void A_sentence_that_talks_to_the_reader_is_recognised(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.SecondPersonNarration(text));

    [Theory]
    [InlineData("The ferry will start carrying freight in October, people familiar with the plan said.", true)]
    [InlineData("The ferry sank near the harbour, according to the coast guard.", true)]
    [InlineData("The coast guard reported the sinking on Monday.", true)]
    [InlineData("The ferry sank near the harbour on Monday.", false)]
    [InlineData("Saidi Ross sailed the ferry home.", false)] // a name that starts like "said"
    public void A_lead_that_says_who_says_so_is_recognised(string text, bool expected) =>
        Assert.Equal(expected, CoverageSummarizer.Attributes(text));

    [Fact]
    public void A_short_summary_does_not_open_with_a_column_that_talks_to_the_reader()
    {
        var news = new Article("news", string.Join("\n",
            "Lorries and pallets will go across the harbor from the middle of October, which gives the shops of the island a second way to get goods in over the winter months.",
            "The Gull Island ferry carries freight from October, and cheap crossings end for good.",
            "The council approved the freight service in March after a long vote."));
        var column = new Article("column", string.Join("\n",
            "Once the Gull Island ferry carries freight, you can bid farewell to cheap crossings.",
            "Freight on the ferry will push fares up, as it did on the mainland lines.",
            "The council approved the freight service in March after a long vote."));
        var summary = Fixtures.Summarize("coverage", Fixtures.Story(column, news), new SummaryOptions { Words = 120 });
        Assert.NotEmpty(summary.Sentences);
        Assert.False(SentenceRules.SecondPersonNarration(summary.Sentences[0].Text), summary.Sentences[0].Text);
    }

    [Theory]
    [InlineData("Hard to believe it now, but four decades ago a night just like this one changed the island.", true)]
    [InlineData("Believe it or not, the Gull Island ferry still burns coal.", true)]
    [InlineData("Well…. with a moment of thought, riders can’t be too happy about the new fares.", true)]
    [InlineData("Well. The ferry is late again.", true)]
    [InlineData("Well, the council has approved the new ferry fares.", false)] // goes on to say what happened
    [InlineData("Well over 100 riders crowded the pier on Monday.", false)] // a figure
    [InlineData("Hardly anyone rode the ferry on Monday.", false)]
    [InlineData("Hard-to-believe fares greeted riders on Monday.", false)] // not the phrase
    [InlineData("“Hard to believe it now,” the mayor said of the old pier.", false)] // the mayor's words
    public void A_writers_aside_that_opens_a_sentence_is_recognised(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.OpensAsColumn(text));

    [Fact]
    public void A_short_summary_leaves_out_a_features_aside()
    {
        var feature = new Article("feature", string.Join("\n",
            "The Gull Island ferry made its last crossing on Monday, ending forty years of service, the council said.",
            "A new bridge will carry the island's freight and its riders from March.",
            "Hard to believe it now, but the ferry once carried two thousand riders a day across the sound.",
            "The council voted in May to close the ferry once the bridge opened.",
            "Riders paid four dollars for the crossing, which took forty minutes in good weather.",
            "The bridge cost the state 300 million dollars and took six years to build."));
        var cluster = Fixtures.Story(feature);
        var options = new SummaryOptions { Words = 120 };
        var voiced = new CoverageSummarizer(new CoverageOptions { ThirdPerson = false }).Summarize(cluster, options);
        Assert.Contains(voiced.Sentences, s => SentenceRules.OpensAsColumn(s.Text));
        var summary = new CoverageSummarizer().Summarize(cluster, options);
        Assert.NotEmpty(summary.Sentences);
        Assert.DoesNotContain(summary.Sentences, s => SentenceRules.OpensAsColumn(s.Text));
    }

    [Fact]
    public void A_lead_that_opens_with_a_writers_aside_does_not_open_a_short_summary()
    {
        var feature = new Article("feature", string.Join("\n",
            "Hard to believe it now, but the Gull Island ferry made its last crossing on Monday after forty years of service.",
            "Riders lined the pier to wave the old boat off."));
        var news = new Article("news", string.Join("\n",
            "The council ended the Gull Island ferry service on Monday.",
            "A new bridge will carry the island's freight from March.",
            "The ferry made its last crossing after forty years of service, the council said."));
        // Read with the writer's voice allowed, so that only the choice of the opening leaves the aside out.
        var summary = new CoverageSummarizer(new CoverageOptions { ThirdPerson = false })
            .Summarize(Fixtures.Story(feature, news), new SummaryOptions { Words = 120 });
        Assert.NotEmpty(summary.Sentences);
        Assert.False(SentenceRules.OpensAsColumn(summary.Sentences[0].Text), summary.Sentences[0].Text);
    }

    [Theory]
    [InlineData("The island's unemployment rate also fell, from 30 percent to 4 percent.", true)]
    [InlineData("The ferry riders are also represented by a second law firm.", true)]
    [InlineData("The council voted on Monday and also approved the new pier.", false)] // adds to its own first verb
    [InlineData("The ferry company, which also runs the buses, raised fares.", false)] // a clause after a comma
    [InlineData("The new timetable for the Gull Island ferry and the harbour buses was also published.", false)] // past the subject's first words
    [InlineData("Fares also rose on the island ferry.", false)] // no "the" subject
    public void A_subject_with_the_and_also_adds_to_what_came_before(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.AddsToEarlier(text));

    [Theory]
    [InlineData("The ferry lost power, however, and drifted onto the pier.", true)]
    [InlineData("Island riders, on the other hand, want the cheap crossings back.", true)]
    [InlineData("Eventually, though, the council gave in.", true)]
    [InlineData("The ferry, which sails at noon, was late on Monday.", false)] // a clause, not a turn
    [InlineData("“We sail at noon,” the captain said, however late the ferry was.", false)] // a quotation first
    [InlineData("The harbour board of the old island town and its two ferry companies, however, disagreed.", false)] // past the first words
    public void A_turn_set_off_by_commas_after_the_first_words_points_back(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.InterruptsWithReference(text));

    [Fact]
    public void A_short_summary_takes_an_also_sentence_only_after_the_sentence_it_adds_to()
    {
        var wire = new Article("wire", string.Join("\n",
            "Gull Island opened a casino at its harbour on Monday, the island council said.",
            "The council expects the casino to bring 300 jobs and new money for the ferry and the harbour.",
            "Visitors to the casino will come on the ferry from Weston, the council said."));
        var other = new Article("other", string.Join("\n",
            "Elk Island opened its own casino in 1995 after a long vote on the island.",
            "The island's unemployment rate also fell from 30 percent to 4 percent after the casino opened."));
        var f = ClusterFeatures.Build(Fixtures.Story(wire, other));
        var all = Enumerable.Repeat(true, f.Texts.Length).ToArray();
        var (units, glued, _) = CoverageSummarizer.Units(f, all, all, glueReferences: true, glueSpeakers: true, gluePronouns: true);
        int also = Array.FindIndex(f.Texts, t => t.Contains(" also ", StringComparison.Ordinal));
        Assert.True(glued[also]);
        Assert.Contains(units, u => u.Start == also - 1 && u.Count == 2);
        var (_, loose, _) = CoverageSummarizer.Units(f, all, all, glueReferences: true, glueSpeakers: true, gluePronouns: false);
        Assert.False(loose[also]); // long summaries read it alone
    }

    [Fact]
    public void A_he_after_an_opening_participle_comes_only_after_the_sentence_before_it_in_a_short_summary()
    {
        // The singer's words must not follow a sentence about the mayor, where "he" would read as the mayor.
        var gazette = new Article("gazette", string.Join("\n",
            "The singer Tavi Rosen met Mayor Carl Emmet at Weston town hall on Tuesday.",
            "The singer had put a wax figure of Emmet in the video for his song “Harbour”, released in June.",
            "Speaking to the Harbour Gazette shortly before the video was released, he insisted: “It is not about politics, it is about the town.”"));
        var f = ClusterFeatures.Build(Fixtures.Story(gazette));
        var all = Enumerable.Repeat(true, f.Texts.Length).ToArray();
        int speaking = Array.FindIndex(f.Texts, t => t.StartsWith("Speaking", StringComparison.Ordinal));
        var (units, glued, _) = CoverageSummarizer.Units(f, all, all, glueReferences: true, glueSpeakers: true, gluePronouns: true);
        Assert.True(glued[speaking]); // taken alone only once the sentence before it is
        Assert.Contains(units, u => u.Start == speaking - 1 && u.Count == 2);
        // Its article's first sentence starts no unit in a summary of any length.
        var lone = ClusterFeatures.Build(Fixtures.Story(new Article("lone", f.Texts[speaking] + "\nThe town hall was full on Tuesday.")));
        var one = Enumerable.Repeat(true, lone.Texts.Length).ToArray();
        var (loneUnits, _, _) = CoverageSummarizer.Units(lone, one, one, glueReferences: true, glueSpeakers: true, gluePronouns: false);
        Assert.DoesNotContain(loneUnits, u => u.Start == 0);
    }

    [Fact]
    public void A_long_summary_puts_a_he_after_an_opening_participle_after_its_own_articles_sentence()
    {
        // Both reports open on the meeting; the gazette's "he insisted" is the singer's, the herald's line before
        // it by position is the mayor's: it must follow the gazette's own sentence, not the herald's.
        var gazette = new Article("gazette", string.Join("\n",
            "The singer Tavi Rosen met Mayor Carl Emmet at Weston town hall on Tuesday to talk about the harbour festival.",
            "Rosen had put a wax figure of the mayor in the video for his song about the harbour, released in June.",
            "Speaking to the Harbour Gazette shortly before the video was released, he insisted: “It is not about politics, it is about the town.”"));
        var herald = new Article("herald", string.Join("\n",
            "Mayor Carl Emmet welcomed the singer Tavi Rosen to Weston town hall on Tuesday for talks on the harbour festival.",
            "The mayor said the festival would bring thousands of visitors to the harbour in August.",
            "“We have been friends for a long time,” Emmet told reporters at the town hall."));
        var summary = Fixtures.Summarize("coverage", Fixtures.Story(gazette, herald), new SummaryOptions { Words = 400 });
        var texts = summary.Sentences.Select(x => x.Text).ToList();
        int speaking = texts.FindIndex(t => t.StartsWith("Speaking", StringComparison.Ordinal));
        Assert.True(speaking > 0, string.Join(" | ", texts));
        Assert.StartsWith("Rosen had put", texts[speaking - 1]);
    }

    [Fact]
    public void A_short_summary_does_not_retell_its_opening_event_with_another_reports_lead()
    {
        var wire = new Article("wire", string.Join("\n",
            "A former Weston harbour pilot, charged last week with faking a distress call, was found dead at his home on Thursday, police said.",
            "Jon Holm, 41, was found at about 6 a.m. by a neighbour, who called police, the harbour board said.",
            "There were no signs of foul play, a spokeswoman for the county prosecutor said."));
        var herald = new Article("herald", string.Join("\n",
            "The Weston harbour pilot who was fired after he was accused of faking a distress call that closed the port has died.",
            "A grand jury charged Holm with six counts on November 19, the prosecutor said.",
            "His boat was found burning on the north pier in July, and the port was closed for a day."));
        var story = Fixtures.Story(wire, herald);
        var summary = Fixtures.Summarize("coverage", story, new SummaryOptions { Words = 120 });
        Assert.StartsWith("A former Weston harbour pilot", summary.Sentences[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(summary.Sentences, s => s.Text.StartsWith("The Weston harbour pilot who was fired", StringComparison.Ordinal));
        Assert.Contains(summary.Sentences, s => s.Text.Contains("grand jury", StringComparison.Ordinal));

        var f = ClusterFeatures.Build(story);
        var position = CoverageSummarizer.StoryPositions(f, Enumerable.Repeat(true, f.Texts.Length).ToArray());
        int opening = Array.FindIndex(f.Texts, t => t.StartsWith("A former", StringComparison.Ordinal));
        int retold = Array.FindIndex(f.Texts, t => t.StartsWith("The Weston harbour pilot", StringComparison.Ordinal));
        int other = Array.FindIndex(f.Texts, t => t.StartsWith("A grand jury", StringComparison.Ordinal));
        Assert.True(f.Cosine(opening, retold) >= CoverageSummarizer.RetoldLeadSimilarity);
        var blocked = new bool[f.Texts.Length];
        CoverageSummarizer.BlockRetoldLeads(f, position, opening, new bool[f.Texts.Length], blocked);
        Assert.True(blocked[retold]);
        Assert.False(blocked[other]); // not a lead
        Assert.Equal(1, blocked.Count(b => b));
    }

    [Fact]
    public void A_short_summary_takes_nothing_from_a_column_while_the_reports_can_fill_it()
    {
        var report = new Article("report", string.Join("\n",
            "The Gull Island council voted on Monday to let the ferry carry freight from October, ending the cheap winter crossings.",
            "Council leader Dana Pruitt said the freight service would bring the island shops a second supply route in winter.",
            "The ferry company said lorries would sail on the early crossing and fares would rise by a third.",
            "Shop owners on the island welcomed the vote, and ferry riders said they would protest at the harbour."));
        var wire = new Article("wire", string.Join("\n",
            "Gull Island's ferry will carry freight from October after the council vote on Monday, the ferry company said.",
            "Fares on the ferry will rise by a third when the freight service starts, the company said.",
            "Riders plan a protest at the harbour on Saturday against the end of the cheap winter crossings."));
        var column = new Article("column", string.Join("\n",
            "I have taken the Gull Island ferry every winter for twenty years.",
            "We riders never asked for freight on the ferry.",
            "My neighbours on the island say the same.",
            "The council vote to put freight on the ferry and end the cheap winter crossings is a disgrace to the island."));
        var cluster = Fixtures.Story(column, report, wire);
        var summary = Fixtures.Summarize("coverage", cluster, new SummaryOptions { Words = 60 });
        Assert.NotEmpty(summary.Sentences);
        Assert.DoesNotContain(summary.Sentences, s => s.Supporting.Count == 1 && s.Supporting[0].Id == "column");
        Assert.DoesNotContain(summary.Sentences, s => s.Text.Contains("disgrace", StringComparison.Ordinal));

        var f = ClusterFeatures.Build(cluster);
        var voice = f.Texts.Select(t => SentenceRules.FirstPersonNarration(t)).ToArray();
        int columnSentences = f.ArticleOf.Count(a => f.Articles[a].Id == "column");
        var eligible = Enumerable.Repeat(true, f.Texts.Length).ToArray();
        Assert.Equal(columnSentences, CoverageSummarizer.LeaveOutColumns(f, voice, eligible, 60));
        Assert.All(Enumerable.Range(0, f.Texts.Length), i => Assert.Equal(f.Articles[f.ArticleOf[i]].Id != "column", eligible[i]));
        // Not when the reports have less than twice the budget to give, nor for a writer who says "I" only twice.
        eligible = Enumerable.Repeat(true, f.Texts.Length).ToArray();
        Assert.Equal(0, CoverageSummarizer.LeaveOutColumns(f, voice, eligible, 120));
        int first = Array.FindIndex(voice, v => v);
        voice[first] = false;
        Assert.Equal(0, CoverageSummarizer.LeaveOutColumns(f, voice, eligible, 60));
        Assert.All(eligible, Assert.True);
    }

    [Fact]
    public void A_short_summary_does_not_talk_to_the_reader()
    {
        var news = new Article("news", string.Join("\n",
            "Gull Island signed a deal with the Elland shipyard on Monday for a new ferry to be ready by May.",
            "You will be able to take cars and freight across the harbor on the new Gull Island ferry from May.",
            "The island council approved the money for the ferry in March after a vote."));
        var herald = new Article("herald", string.Join("\n",
            "Gull Island signed a deal with the Elland shipyard on Monday for a new ferry.",
            "Mayor Dana Pruitt said the new ferry would carry both cars and freight across the harbor."));
        var summary = Fixtures.Summarize("coverage", Fixtures.Story(news, herald), new SummaryOptions { Words = 120 });
        Assert.NotEmpty(summary.Sentences);
        Assert.DoesNotContain(summary.Sentences, s => SentenceRules.SecondPersonNarration(s.Text));
        var voiced = new CoverageSummarizer(new CoverageOptions { ThirdPerson = false }).Summarize(Fixtures.Story(news, herald), new SummaryOptions { Words = 120 });
        Assert.Contains(voiced.Sentences, s => SentenceRules.SecondPersonNarration(s.Text));
    }

    [Fact]
    public void A_story_told_only_in_the_first_person_keeps_its_voice_rather_than_say_nothing()
    {
        var column = new Article("column", string.Join("\n",
            "Our video team edited together every moment of the ferry strike into one long montage this week.",
            "We watched all forty hours of the harbour webcam so that our readers would not have to.",
            "I still think the night crossing was the most beautiful part of the whole strike."));
        var summary = Fixtures.Summarize("coverage", Fixtures.Story(column), new SummaryOptions { Words = 120 });
        Assert.NotEmpty(summary.Sentences);
    }

    [Fact]
    public void A_story_told_mostly_in_the_first_person_keeps_its_voice_rather_than_say_next_to_nothing()
    {
        // A family's statement: one line in the third person, the rest in the family's "we". Leaving out every "we"
        // would leave one line where the budget asks for a hundred and twenty words.
        var statement = new Article("statement", string.Join("\n",
            "We are grateful for the many letters and calls our family has received since the harbour accident last week.",
            "As parents we have been shaken by what happened to our daughter on the night ferry.",
            "Yesterday Mara left the county hospital and went home to rest with her husband.",
            "We ask that our neighbours give her time and quiet while she recovers from her injuries.",
            "We will share more news about her recovery when we are able to do so."));
        var summary = Fixtures.Summarize("coverage", Fixtures.Story(statement), new SummaryOptions { Words = 120 });
        Assert.Contains(summary.Sentences, s => s.Text.StartsWith("Yesterday Mara left", StringComparison.Ordinal));
        Assert.Contains(summary.Sentences, s => SentenceRules.FirstPersonNarration(s.Text));
        Assert.True(summary.Sentences.Sum(s => s.Text.Split(' ').Length) >= 60, "the summary should use most of its budget");
    }

    [Fact]
    public void A_short_story_does_not_end_on_a_short_line_about_something_it_never_mentioned()
    {
        var daily = new Article("daily", string.Join("\n",
            "Gull Island signed a deal with the Elland shipyard on Monday for a new ferry to be ready by May.",
            "The island council approved the money for the new ferry in March after a long vote.",
            "Mayor Dana Pruitt said the new ferry would carry both cars and freight across the harbor."));
        var herald = new Article("herald", string.Join("\n",
            "Gull Island signed a deal with the Elland shipyard on Monday for a new ferry.",
            "The ferry will carry both cars and freight across the harbor to the island.",
            "Bakery sales jumped nine percent last quarter."));
        var courier = new Article("courier", string.Join("\n",
            "The Elland shipyard will build the ferry for Gull Island, the council said on Monday.",
            "Bakery sales jumped nine percent in the last quarter."));
        const string stray = "Bakery sales jumped";
        var cluster = Fixtures.Story(daily, herald, courier);
        var summary = new CoverageSummarizer().Summarize(cluster, new SummaryOptions { Words = 120 });
        Assert.NotEmpty(summary.Sentences);
        Assert.DoesNotContain(summary.Sentences, s => s.Text.StartsWith(stray, StringComparison.Ordinal));
        var loose = new CoverageSummarizer(new CoverageOptions { StoryCohesion = 0 }).Summarize(cluster, new SummaryOptions { Words = 120 });
        Assert.Contains(loose.Sentences, s => s.Text.StartsWith(stray, StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_summary_of_many_reports_takes_no_line_from_a_report_of_another_episode()
    {
        // Eleven reports of the ferry deal, told in a few ways, and one of a storm years ago on the same island.
        string[] leads =
        [
            "Gull Island signed a deal with the Elland shipyard on Monday for a new ferry to be ready by May.",
            "The Elland shipyard will build a new ferry for Gull Island, the island council said on Monday.",
            "Gull Island agreed on Monday to buy a new ferry from the Elland shipyard for delivery in May.",
        ];
        string[] seconds =
        [
            "The new ferry will carry both cars and freight across the harbor to the island.",
            "Mayor Dana Pruitt said the new ferry would carry cars and freight across the harbor.",
            "The council approved the money for the new ferry in March after a long vote.",
        ];
        var reports = Enumerable.Range(0, 11).Select(k => new Article($"deal{k}", string.Join("\n",
            leads[k % 3], seconds[(k / 3) % 3]))).ToList();
        const string other = "Gull Island fishermen still remember the storm of 1998, which sank eleven trawlers and flooded the chapel.";
        reports.Add(new Article("storm", string.Join("\n",
            "A winter gale in 1998 tore roofs from cottages, drowned sheep and sank eleven trawlers in the bay.",
            other,
            "Rebuilding the chapel and the seawall took volunteers from three parishes almost four years.")));
        var cluster = Fixtures.Story([.. reports]);
        var options = new SummaryOptions { Words = 120 };
        var summary = new CoverageSummarizer().Summarize(cluster, options);
        Assert.NotEmpty(summary.Sentences);
        Assert.DoesNotContain(summary.Sentences, s => s.Sentence.Article.Id == "storm");
        var loose = new CoverageSummarizer(new CoverageOptions { LargeEpisodeCloseness = 0, EpisodeCloseness = 0 }).Summarize(cluster, options);
        Assert.Contains(loose.Sentences, s => s.Sentence.Article.Id == "storm");
        // Fewer reports are one episode told a few times: the bar is for topics of many reports (a small cluster keeps
        // only the floor that shuts out another story, see ClosingFillerTests).
        Assert.Equal(0.05, new CoverageOptions().ForCluster(11).EpisodeCloseness);
        Assert.Equal(0.2, new CoverageOptions().ForCluster(12).EpisodeCloseness);
        Assert.Throws<ArgumentException>(() => new CoverageOptions { LargeEpisodeCloseness = 1.5 }.Validate());
    }

    [Theory]
    [InlineData("The 25-year-old captain is approaching the harbour's record for crossings.", true)]
    [InlineData("The 46-year-old ferry pilot has been in custody since Monday.", true)]
    [InlineData("The 30-year-old Mara Lind was rescued from the water on Monday.", false)] // named
    [InlineData("The 100-year-old ferry sank at its mooring on Monday.", true)]
    [InlineData("Captain Abel Ross, 46, has been in custody since Monday.", false)]
    public void A_sentence_that_describes_someone_by_age_instead_of_naming_them_points_back(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.OpensWithAgeDescription(text));

    [Theory]
    [InlineData("Police said on Monday he had sailed the old ferry for twenty years.", true)]
    [InlineData("Captain Abel Ross said his ferry had sailed for twenty years.", false)]
    [InlineData("The ferry sailed for twenty years.", false)]
    [InlineData("A harbour pilot was charged on Monday with steering his ferry onto the rocks.", false)]
    [InlineData("After the storm he sailed the ferry home.", true)]
    public void A_pronoun_before_any_name_is_recognised(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.PronounBeforeName(text));

    [Theory]
    [InlineData("Ferry pilots said on Monday they would strike for a week.", false)] // opens with the group
    [InlineData("The harbour is being sued by two deckhands who say a pilot pushed them into the water.", false)] // a number
    [InlineData("Some harbour workers said on Monday that they had not been paid.", false)] // "some"
    [InlineData("Seven thousand island families will lose their ferry service in May.", false)] // a number, then modifiers
    [InlineData("Exposing people to cold water while they sleep could cure seasickness, a study says.", false)] // "people"
    [InlineData("Harbour inspectors say they found cracks in the hull.", false)] // right before a verb of saying
    [InlineData("MOSCOW -- Norwegian and British divers joined their Russian colleagues at the wreck on Saturday.", false)] // right before a verb in the past
    [InlineData("The ferry, said the harbour master, carries cars and vans; they boarded at the stern.", true)] // "vans" then a semicolon
    [InlineData("Ferry pilots said they would strike, and his union backed them.", true)] // "his" has no one
    [InlineData("The harbour master says they will sail on Monday.", true)] // "says" is a verb, not a group
    [InlineData("Thomas said on Monday they would sail at dawn.", true)] // a given name, not a group
    [InlineData("The captain warned of storms, and they sailed home.", true)] // the phrase "the captain" ended before "storms"
    [InlineData("The ferry, said the harbour master, carries cars; they board at the stern.", true)] // "cars" follows no opener
    public void They_them_or_their_after_a_group_named_in_the_sentence_points_at_the_group(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.PronounBeforeName(text));

    [Fact]
    public void Summaries_of_the_fixtures_pass_the_reader_checks()
    {
        foreach (var cluster in new[] { Fixtures.Story(), Fixtures.Story(Ferry(), Ledger()), Fixtures.Story(Quote(), Ledger()) })
        {
            var summary = Fixtures.Summarize("coverage", cluster, new SummaryOptions { Words = 400 });
            var problems = SummaryChecks.Check([.. summary.Sentences.Select(s => s.Text)]);
            Assert.All(problems, p => Assert.Equal(SentenceProblem.None, p & ~SentenceProblem.RepeatedFact));
        }
    }

    [Fact]
    public void Every_summary_sentence_is_its_source_sentence_or_a_compression_of_it()
    {
        // Nothing the sources did not say: a shown sentence is its source sentence, or that sentence with a dateline,
        // a connective or a short parenthetical left out, or with a pronoun speaker named from the sentence before.
        var summary = Fixtures.Summarize("coverage", Fixtures.Story(), new SummaryOptions { Words = 400 });
        foreach (var s in summary.Sentences)
        {
            var source = s.Sentence.Text;
            var words = s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', '“', '”', '"').ToLowerInvariant());
            var sourceWords = source.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', '“', '”', '"').ToLowerInvariant()).ToHashSet();
            var previous = s.Sentence.Index > 0 ? s.Sentence.Article.Sentences[s.Sentence.Index - 1].Text.ToLowerInvariant() : "";
            Assert.All(words, w => Assert.True(sourceWords.Contains(w) || previous.Contains(w, StringComparison.Ordinal), $"'{w}' in '{s.Text}' is not in '{source}'"));
        }
    }
    [Fact]
    public void A_paper_printed_beside_the_reports_gives_no_sentence_while_a_report_has_one()
    {
        var paper = new Article("paper", string.Join("\n",
            "Seismic surveys of the Weston harbour basin found a cold rock wedge beneath the old volcano near the pier.",
            "Earlier surveys observed weak reflections elsewhere in the harbour basin14,16,18 and a reversal near the pier13.",
            "The cold rock wedge has been attributed to serpentine forming in the mantle beneath the harbour11,12.",
            "Its low density matches the gravity anomalies recorded across the harbour basin15.",
            "The top of the plate under the harbour is plotted as white lines in the survey figure."));
        var daily = new Article("daily", string.Join("\n",
            "Scientists said on Monday that the old volcano under Weston harbour is cold inside, a surprise to many.",
            "The seismic survey of the harbour basin set off 23 small explosions around the pier last summer.",
            "Lead researcher Ann Lee said the cold rock wedge explains why the volcano sits apart from the others."));
        var herald = new Article("herald", string.Join("\n",
            "The volcano beneath Weston harbour is cold inside, a seismic survey of the harbour basin found.",
            "Researchers led by Ann Lee found a cold rock wedge under the volcano near the pier."));
        foreach (int words in new[] { 120, 250 })
        {
            var summary = Fixtures.Summarize("coverage", Fixtures.Story(paper, daily, herald), new SummaryOptions { Words = words });
            Assert.NotEmpty(summary.Sentences);
            Assert.DoesNotContain(summary.Sentences, s => s.Sentence.Article.Id == "paper");
        }
        // Alone, the paper is all there is to summarize.
        var alone = Fixtures.Summarize("coverage", Fixtures.Story(paper), new SummaryOptions { Words = 120 });
        Assert.NotEmpty(alone.Sentences);
    }
}

/// <summary>Transcripts and paragraph ends in summaries (issue #11, round 11), on articles written for the test.</summary>
public sealed class TranscriptSummaryTests
{
    [Fact]
    public void A_transcripts_host_narrates_and_a_guests_turn_stays_out()
    {
        var article = new Article("radio", Roundup.Tests.Cleaning.TranscriptTurnsTests.Radio) { Source = "Radio" };
        var summary = Fixtures.Summarize("coverage", Fixtures.Story(article), new SummaryOptions { Words = 120 });
        var texts = summary.Sentences.Select(s => s.Text).ToList();
        // More than the standfirst: the host's turns, without their labels, tell the story.
        Assert.True(texts.Count >= 2, string.Join(" | ", texts));
        Assert.Contains(texts, t => t.Contains("Gull Island", StringComparison.Ordinal) || t.Contains("Marta Okonjo", StringComparison.Ordinal) || t.Contains("council now has", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("REED", StringComparison.Ordinal) || t.Contains("HOST", StringComparison.Ordinal));
        // The guest's words are hers, not the story's: neither the labelled sentence nor the one after it in her turn.
        Assert.DoesNotContain(texts, t => t.Contains("bridge plan", StringComparison.Ordinal) || t.Contains("Nobody wanted", StringComparison.Ordinal));
    }

    [Fact]
    public void A_guests_turn_after_its_label_is_not_eligible_but_a_box_paragraph_elsewhere_is_untouched()
    {
        var cluster = Fixtures.Story(new Article("radio", Roundup.Tests.Cleaning.TranscriptTurnsTests.Radio));
        var o = new CoverageOptions();
        var f = ClusterFeatures.Build(cluster);
        var (eligible, _, _) = CoverageSummarizer.Candidates(f, o);
        int bridge = Array.FindIndex(f.Texts, t => t.StartsWith("The bridge plan", StringComparison.Ordinal));
        int council = Array.FindIndex(f.Texts, t => t.StartsWith("The council now has", StringComparison.Ordinal));
        Assert.True(bridge >= 0 && council >= 0);
        Assert.False(eligible[bridge]);
        Assert.True(eligible[council]);

        // Without a host's label the article is no transcript: the sentence after a box's field stays eligible.
        var box = Fixtures.Story(new Article("box", "HOW IT WORKS: The ferry runs on batteries. The batteries are charged overnight at the pier in Gull Island.\n\nThe council voted on Tuesday to buy a second battery ferry for the island route."));
        var g = ClusterFeatures.Build(box);
        var (eligibleBox, _, _) = CoverageSummarizer.Candidates(g, o);
        int charged = Array.FindIndex(g.Texts, t => t.StartsWith("The batteries are charged", StringComparison.Ordinal));
        Assert.True(charged >= 0 && eligibleBox[charged]);
    }

    [Theory]
    [InlineData("She has walked across the country and will end her walk in Washington, D.C.", true)]
    [InlineData("The ferry leaves the island every morning at 9 a.m.", true)]
    [InlineData("The ferry company said it would appeal to the courts in the U.S.", true)]
    [InlineData("Hidden message: WHEN YOU CAME TO THE SHOW IN S.D.", false)] // a line in capitals
    [InlineData("The ferry was named after Sen.", false)] // a title
    [InlineData("The ferry was named after John F.", false)] // an initial
    public void A_dotted_abbreviation_in_lower_case_text_may_end_a_sentence(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.EndsWithDottedAbbreviation(text));

    [Fact]
    public void A_sentence_that_ends_its_paragraph_on_an_abbreviation_is_eligible_but_not_one_cut_inside_a_paragraph()
    {
        var cluster = Fixtures.Story(new Article("walk", "A retired teacher from Gull Island is walking to the capital to save the island ferry.\n\n" +
            "She has walked across the country and will end her walk in Washington, D.C.\n\nThe council voted on Tuesday to keep the ferry running."));
        var walk = cluster.Articles[0].Sentences.Single(s => s.Text.StartsWith("She has walked", StringComparison.Ordinal));
        Assert.True(SentenceRules.EndsParagraph(walk));
        Assert.True(SentenceRules.IsEligible(walk, walk.Text));
        // A sentence that ends on "U.S." with more of its paragraph after it is not at a paragraph's end; it is complete
        // when the next sentence opens as sentences do ("The council …"), not when a name follows the break.
        var inner = Fixtures.Story(new Article("inner", "The island ferry company said it would sell its boats in the U.S. The council voted on Tuesday to keep the ferry running for the winter."));
        var us = inner.Articles[0].Sentences.Single(s => s.Text.EndsWith("in the U.S.", StringComparison.Ordinal));
        Assert.False(SentenceRules.EndsParagraph(us));
        Assert.True(SentenceRules.NextOpensSentence(us));
        Assert.True(SentenceRules.IsEligible(us, us.Text));
        var named = Fixtures.Story(new Article("named", "The island ferry company said it would sell its boats in the U.S. Gull Island Council members voted on Tuesday to keep the ferry running for the winter."));
        // Before a name the segmenter does not end the sentence at all: "U.S." stays inside it.
        Assert.DoesNotContain(named.Articles[0].Sentences, s => s.Text.EndsWith("in the U.S.", StringComparison.Ordinal));
        Assert.Contains(named.Articles[0].Sentences, s => s.Text.Contains("in the U.S. Gull Island Council", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_that_ends_on_a_clock_time_before_a_sentence_opener_is_eligible()
    {
        // "… around 10:45 p.m. A stray bullet …": the segmenter ends the sentence there because "A" opens sentences;
        // the sentence that introduces the girl is then complete, not cut at an abbreviation.
        var cluster = Fixtures.Story(new Article("shot", "Late Wednesday night, the ferry captain's 7-year-old daughter was sitting on the pier with her mother when someone opened fire around 10:45 p.m. A stray bullet hit the little girl as she ran back to the ferry office, police said.\n\nThe council met on Thursday."));
        var night = cluster.Articles[0].Sentences.Single(s => s.Text.StartsWith("Late Wednesday night", StringComparison.Ordinal));
        Assert.EndsWith("10:45 p.m.", night.Text, StringComparison.Ordinal);
        Assert.False(SentenceRules.EndsParagraph(night));
        Assert.True(SentenceRules.NextOpensSentence(night));
        Assert.True(SentenceRules.IsEligible(night, night.Text));
        var quoted = Fixtures.Story(new Article("quoted", "The ferry captain's daughter was sitting on the pier with her mother when someone opened fire around 10:45 p.m. \"We heard three shots and ran,\" her mother told reporters on Thursday.\n\nThe council met on Thursday."));
        var before = quoted.Articles[0].Sentences.Single(s => s.Text.EndsWith("10:45 p.m.", StringComparison.Ordinal));
        Assert.True(SentenceRules.NextOpensSentence(before));
        // A sentence that ends on "a.m." before a weekday the segmenter joined: no sentence ends on the abbreviation.
        var day = Fixtures.Story(new Article("day", "The first ferry will leave the island at 6 a.m. Tuesday and the last one at midnight, the council said."));
        Assert.Single(day.Articles[0].Sentences);
    }
}
