using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

public sealed class CoverageSummarizerTests
{
    [Fact]
    public void A_sentence_leaning_on_an_unchosen_previous_sentence_is_left_out()
    {
        var summary = Fixtures.Summarize("coverage", Fixtures.Story(), new SummaryOptions { Words = 400 });
        var texts = summary.Sentences.Select(s => s.Text).ToList();
        int he = texts.FindIndex(t => t.StartsWith("He said the repairs", StringComparison.Ordinal));
        if (he >= 0)
        {
            // Allowed only right after the sentence it leans on.
            Assert.True(he > 0);
            var prev = summary.Sentences[he - 1].Sentence;
            var cur = summary.Sentences[he].Sentence;
            Assert.Equal(prev.Article, cur.Article);
            Assert.Equal(cur.Index - 1, prev.Index);
        }
    }

    // A web archive's collection notice, served in place of a page it could not fetch: one long paragraph that the
    // line cleaner keeps (no line rule matches its opening), so it reaches the summarizer.
    private const string CollectionNotice =
        "Properties of this collection: it has been several years since the last time the harbour pages were gathered. " +
        "For this collection several things were done differently: duplicate detection was turned off, and every page " +
        "linked from the front page was fetched again, so the crawl is complete. These files are currently not publicly " +
        "accessible, but the Wayback Machine shows the captures, and researchers can ask for the crawl data at any time.";

    [Theory]
    // The quotation opens a sentence of its own: its speaker is introduced in the sentence before.
    [InlineData("On Monday night, Ona Pike spoke at the harbour meeting.|“Our ferries are sinking.|We need the new terminal now,” she said.", "We need the new terminal now,” Ona Pike said.")]
    // The quotation opens inside the sentence that introduces its speaker.
    [InlineData("Ona Pike told the meeting, “Our ferries are sinking.|We need the new terminal now,” she said.", "We need the new terminal now,” Ona Pike said.")]
    // Inside a quotation an opening "He" is the speaker's word: quoted words are never changed.
    [InlineData("The harbour master paid tribute: “I have known the family for years.|For decades, Madden steered the ferry.|He never missed a day.”", "He never missed a day.”")]
    // A straight quote left open earlier must not lend the last sentence an earlier speaker: its own marks pair up.
    [InlineData("Tobin Rees called it \"the best plan.|\"We will build it,\" said Ona Pike.|\"It will open in May,\" she said.", "\"It will open in May,\" Ona Pike said.")]
    public void The_last_sentence_of_a_long_quotation_takes_the_name_of_its_speaker(string sentences, string expected)
    {
        // One paragraph: a quotation left open at a paragraph's end is a stray mark unless the next paragraph opens with one.
        var article = new Article("a", sentences.Replace('|', ' '));
        var cluster = Fixtures.Story(article);
        var f = ClusterFeatures.Build(cluster);
        CoverageSummarizer.NameSpeakers(f);
        Assert.Equal(expected, f.Texts[^1]);
    }

    [Fact]
    public void Lines_the_filters_reject_do_not_push_an_article_lead_down()
    {
        // Article a opens with six teaser questions the cleaner keeps but no summary may hold; its lead is still its
        // first story sentence. Article b reports the same fact as its third sentence.
        var a = new Article("a", string.Join("\n",
            "Why did the ferry stop?", "Who pays for the repairs?", "When will it run again?", "What did the council say?",
            "Where can commuters park?", "How long will the bridge queue last?",
            "The Weston ferry stopped running on Monday after the harbour flooded the terminal."));
        var b = new Article("b", string.Join("\n",
            "Commuters in the town of Bayside queued for an hour at the bridge toll on the coast road.",
            "Bus operators added four early coaches from the rail station to the town centre.",
            "The Weston ferry stopped running on Monday after the harbour flooded its terminal."));
        var summary = Fixtures.Summarize("coverage", Fixtures.Story(a, b), new SummaryOptions { Sentences = 1 });
        Assert.Equal("a", Assert.Single(summary.Sentences).Sentence.Article.Id);
    }

    [Fact]
    public void Pages_without_story_text_are_left_out_beside_a_real_article()
    {
        // Two copies of the notice share every phrase, which would make them the cluster's best-supported "facts".
        var cluster = Fixtures.Story(
            new Article("n1", CollectionNotice),
            new Article("n2", CollectionNotice),
            new Article("real", "The Weston ferry terminal reopened on Monday after two years of repairs to its flooded ticket hall."));
        var summary = Fixtures.Summarize("coverage", cluster, new SummaryOptions { Words = 100 });
        Assert.NotEmpty(summary.Sentences);
        Assert.All(summary.Sentences, s => Assert.Equal("real", s.Sentence.Article.Id));

        // With nothing else to say, the notice is still what the story holds.
        var alone = Fixtures.Summarize("coverage", Fixtures.Story(new Article("n1", CollectionNotice), new Article("n2", CollectionNotice)), new SummaryOptions { Words = 100 });
        Assert.Contains(alone.Sentences, s => s.Sentence.Article.Id == "n1");
    }

    [Fact]
    public void Pronoun_sentence_is_skipped_when_its_antecedent_is_not_chosen()
    {
        var a = new Article("a", string.Join("\n",
            "The mayor of Weston opened the new library on the harbour front on Saturday morning.",
            "Weston residents had waited more than ten years for the new library to open on the harbour front.",
            "She praised the volunteers who raised money for the new library on the harbour front."));
        var b = new Article("b", "Weston opened its new library on the harbour front on Saturday, ten years after it was first planned.");
        var cluster = Fixtures.Story(a, b);
        var summary = Fixtures.Summarize("coverage", cluster, new SummaryOptions { Sentences = 2 });
        Assert.DoesNotContain(summary.Sentences, s => s.Text.StartsWith("She ", StringComparison.Ordinal));
        // Without the rule the pronoun sentence would win a place: the rule is what keeps it out.
        var careless = new CoverageSummarizer(new CoverageOptions { Readability = false }).Summarize(cluster, new SummaryOptions { Sentences = 2 });
        Assert.Contains(careless.Sentences, s => s.Text.StartsWith("She ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quotation_over_several_sentences_is_taken_whole_or_not_at_all()
    {
        var a = new Article("a", string.Join("\n",
            "The harbour authority closed the Weston ferry terminal on Monday after a fire in the ticket hall.",
            "\"The fire started in the ticket hall of the ferry terminal. Nobody was hurt. We will reopen the Weston ferry terminal next week,\" the harbour master said on Monday.",
            "Ferries to the islands will leave from the old pier until the terminal reopens next week."));
        var b = new Article("b", string.Join("\n",
            "A fire in the ticket hall closed the Weston ferry terminal on Monday, the harbour authority said.",
            "The harbour master said nobody was hurt and that the ferry terminal would reopen next week."));
        var cluster = Fixtures.Story(a, b);
        Assert.True(cluster.Articles[0].Sentences.Count >= 4, "the quotation is split into several sentences");
        foreach (var words in new[] { 20, 40, 60, 80, 120 })
        {
            var summary = Fixtures.Summarize("coverage", cluster, new SummaryOptions { Words = words });
            var text = string.Join(" ", summary.Sentences.Select(s => s.Text));
            bool opened = text.Contains("\"The fire started", StringComparison.Ordinal);
            bool closed = text.Contains("next week,\" the harbour master said", StringComparison.Ordinal);
            Assert.Equal(opened, closed);
            Assert.Equal(opened, text.Contains("Nobody was hurt.", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Compression_shows_the_shortened_text_and_keeps_the_source_span()
    {
        var summary = Fixtures.Summarize("coverage", Fixtures.Story(), new SummaryOptions { Words = 400 });
        var courier = summary.Sentences.Where(s => s.Sentence.Article.Id == "courier").ToList();
        Assert.All(courier, s => Assert.DoesNotContain("(AP)", s.Text, StringComparison.Ordinal));
        // The attribution governs the sentence: it stays ("…, the county said."), so a report never reads as a fact.
        Assert.All(summary.Sentences.Where(s => s.Sentence.Text.EndsWith(", the county said.", StringComparison.Ordinal)),
            s => Assert.EndsWith(", the county said.", s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Default_options_are_valid_and_bad_ones_are_rejected()
    {
        new CoverageOptions().Validate();
        Assert.Throws<ArgumentException>(() => new CoverageSummarizer(new CoverageOptions { MinDocumentFrequency = 0 }));
        Assert.Throws<ArgumentException>(() => new CoverageSummarizer(new CoverageOptions { MinWords = 10, MaxWords = 5 }));
    }

    [Fact]
    public void A_pluggable_similarity_decides_support()
    {
        var never = new ConstantSimilarity(0);
        var summary = new CoverageSummarizer(new CoverageOptions { Similarity = never }).Summarize(Fixtures.Story(), new SummaryOptions { Words = 400 });
        Assert.NotEmpty(summary.Sentences);
        Assert.All(summary.Sentences, s => Assert.Empty(s.Supporting));
        Assert.True(never.Prepared > 0);
    }

    private sealed class ConstantSimilarity(double value) : ISentenceSimilarity
    {
        public int Prepared { get; private set; }
        public double SameContentThreshold => 0.5;

        public ISimilarityScope Prepare(IReadOnlyList<Sentence> sentences)
        {
            Prepared++;
            return new Scope(value);
        }

        private sealed class Scope(double value) : ISimilarityScope
        {
            public double Similarity(int first, int second) => value;
        }
    }
}
