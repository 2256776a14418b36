using Roundup.Clustering;
using Roundup.Model;

namespace Roundup.Tests.Clustering;

public sealed class StoryClustererTests
{
    private static List<HashSet<string>> Groups(StoryClusteringResult r)
        => [.. r.Stories.Select(s => s.Articles.Select(a => a.Id).ToHashSet())];

    private static void AssertEventsRecovered(StoryClusteringResult r)
    {
        var groups = Groups(r);
        Assert.Equal(3, groups.Count);
        foreach (var g in groups) Assert.Single(g.Select(id => id[..id.IndexOf('-', StringComparison.Ordinal)]).Distinct());
    }

    [Theory]
    [InlineData(ClusteringMode.Batch)]
    [InlineData(ClusteringMode.Incremental)]
    public void Different_events_sharing_people_and_places_stay_apart(ClusteringMode mode)
    {
        var result = StoryClusterer.Cluster(StoryFixtures.Events(), mode);
        AssertEventsRecovered(result);
        // The flood and the resignation share "Marlow" and "Helen Brandt" but are different stories.
        var flood = result.Stories.Single(s => s.Articles.Any(a => a.Id == "flood-1"));
        Assert.DoesNotContain(flood.Articles, a => a.Id.StartsWith("budget", StringComparison.Ordinal));
    }

    [Fact]
    public void Stories_get_a_label_and_keywords_biggest_first()
    {
        var result = StoryClusterer.Cluster(StoryFixtures.Events(), ClusteringMode.Batch);
        Assert.True(result.Stories[0].Articles.Count >= result.Stories[^1].Articles.Count);
        var flood = result.Stories.Single(s => s.Articles.Any(a => a.Id == "flood-1"));
        Assert.Contains(flood.Label, StoryFixtures.Events().Where(a => a.Id.StartsWith("flood", StringComparison.Ordinal)).Select(a => a.Title));
        Assert.NotEmpty(flood.Keywords);
        Assert.Contains(flood.Keywords, k => k.Contains("Keller", StringComparison.OrdinalIgnoreCase) || k.Contains("flood", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(ClusteringMode.Batch)]
    [InlineData(ClusteringMode.Incremental)]
    public void Events_nest_in_subjects_and_a_later_development_is_a_new_event_of_the_same_subject(ClusteringMode mode)
    {
        var articles = StoryFixtures.Events();
        articles.AddRange(StoryFixtures.FloodFollowUp());
        var r = StoryClusterer.Cluster(articles, mode);
        string EventOf(string id) => r.Stories[r.StoryOfArticle[articles.FindIndex(a => a.Id == id)]].Id;
        string SubjectOf(string id) => r.Subjects[r.SubjectOfArticle[articles.FindIndex(a => a.Id == id)]].Id;
        // Ten days later the council's flood-defence vote is another happening, on the same running subject.
        Assert.Equal(EventOf("defence-1"), EventOf("defence-2"));
        Assert.NotEqual(EventOf("flood-1"), EventOf("defence-1"));
        Assert.Equal(SubjectOf("flood-1"), SubjectOf("defence-1"));
        Assert.NotEqual(SubjectOf("flood-1"), SubjectOf("cup-1"));
        // Nesting: every event lies in one subject, which holds the articles of its events.
        for (int k = 0; k < r.Stories.Count; k++)
        {
            var subject = r.Subjects[r.SubjectOfStory[k]];
            Assert.Same(subject, r.Stories[k].Subject);
            Assert.All(r.Stories[k].Articles, a => Assert.Contains(a, subject.Articles));
        }
        Assert.Equal(articles.Count, r.Subjects.Sum(s => s.Articles.Count));
    }

    [Fact]
    public void Member_mean_match_does_not_favour_a_loose_story()
    {
        // A story of two unrelated members: the article equals one of them. Its cosine with the centroid is 1/sqrt(2);
        // its mean similarity with the members is 1/2.
        var x = new SparseVector([1], [1f]);
        var y = new SparseVector([2], [1f]);
        var story = new StoryState(0);
        foreach (var v in new[] { x, y })
        {
            foreach (var (id, w) in v.Ids.Zip(v.Weights)) story.Centroid.Add(id, w);
            story.Independent++;
        }
        foreach (var e in story.Centroid.Entries) story.SumSq += (double)e.Weight * e.Weight;
        var query = new ArticleQuery();
        query.Prepare(x);
        Assert.Equal(1 / Math.Sqrt(2), story.Cosine(query), 6);
        Assert.Equal(0.5, story.MeanSimilarity(query), 6);
        var centroid = new StoryEngine(StoryClusteringOptions.Default, coldStart: false);
        var mean = new StoryEngine(StoryClusteringOptions.Default with { Match = StoryMatch.MemberMean }, coldStart: false);
        Assert.Equal(1 / Math.Sqrt(2), centroid.Similarity(x, null, story), 6);
        Assert.Equal(0.5, mean.Similarity(x, null, story), 6);
    }

    [Theory]
    [InlineData(StoryMatch.Centroid)]
    [InlineData(StoryMatch.MemberMean)]
    public void Incremental_result_does_not_depend_on_chunking(StoryMatch match)
    {
        var reference = Run([int.MaxValue]);
        foreach (var sizes in new[] { new[] { 1 }, [2], [3, 1, 4], [5, 3] })
            Assert.Equal(reference, Run(sizes));
        // Any chunking, drawn at random (fixed seed so a failure can be replayed).
        var rng = new Random(20251126);
        for (int trial = 0; trial < 25; trial++)
            Assert.Equal(reference, Run([.. Enumerable.Range(0, rng.Next(1, 6)).Select(_ => rng.Next(1, 9))]));

        List<string> Run(int[] chunkSizes)
        {
            var articles = StoryFixtures.Events();
            var inc = new IncrementalStoryClusterer(StoryClusteringOptions.Default with { Match = match });
            int i = 0, k = 0;
            while (i < articles.Count)
            {
                int size = Math.Min(chunkSizes[k++ % chunkSizes.Length], articles.Count - i);
                inc.Add(articles.GetRange(i, size));
                i += size;
            }
            var r = inc.Result();
            return [.. r.Stories.Select(s => string.Join(",", s.Articles.Select(a => a.Id)) + "|" + s.Label + "|" + string.Join(",", s.Keywords))];
        }
    }

    private sealed class FailingVectors(string failOn) : IDocumentVectorSource
    {
        public float[]? Vector(Article article) => article.Id == failOn ? throw new InvalidOperationException("no vector") : null;
    }

    [Fact]
    public void A_failing_extraction_stops_the_chunk_at_that_article_without_hanging()
    {
        // Features are extracted on other threads while the calling thread assigns: a failure must reach the caller (as
        // Parallel.For would report it) and leave no thread waiting for an article that will never be ready.
        var articles = ManyEvents(300);
        var inc = new IncrementalStoryClusterer(dense: new FailingVectors(articles[200].Id));
        var error = Assert.Throws<AggregateException>(() => inc.Add(articles));
        Assert.IsType<InvalidOperationException>(Assert.Single(error.InnerExceptions));
        Assert.Equal(200, inc.Count);
    }

    [Fact]
    public void A_long_chunk_gives_the_same_stories_labels_and_subjects_as_one_article_at_a_time()
    {
        // Features are extracted in parallel and labels built in parallel; nothing may depend on either.
        var articles = ManyEvents(401);
        var oneByOne = new IncrementalStoryClusterer();
        foreach (var a in articles) oneByOne.Add(a);
        var expected = Describe(oneByOne.Result());
        foreach (var a in articles) a.DuplicateOf = null;
        var chunked = new IncrementalStoryClusterer();
        chunked.Add(articles);
        var result = chunked.Result();
        Assert.Equal(expected, Describe(result));
        Assert.True(result.Stories.Count > 10 && result.Stories.Count < articles.Count, $"{result.Stories.Count} stories");

        static List<string> Describe(StoryClusteringResult r) =>
            [.. r.Stories.Select(s => string.Join(",", s.Articles.Select(a => a.Id)) + "|" + s.Label + "|" + string.Join(",", s.Keywords) + "|" + s.Subject!.Id)];
    }

    /// <summary>A stream of <paramref name="n"/> made-up articles: each event is a town, a happening and a day, told by up to
    /// six articles in different words.</summary>
    private static List<Article> ManyEvents(int n)
    {
        string[] towns = ["Marlow", "Keswick", "Brenton", "Alford", "Duxby", "Holt", "Wexley", "Carrow", "Penfold", "Ashby", "Tolland", "Rudge"];
        string[] happenings =
        [
            "a fire destroyed the {0} timber mill and crews fought the blaze through the night",
            "voters in {0} rejected the new harbour tax in a referendum on the council plan",
            "the {0} river burst its banks and residents were rescued by boat from flooded streets",
            "a train derailed outside {0} station and passengers were treated for minor injuries",
            "the {0} museum reopened after a long restoration of its painted ceiling and galleries",
        ];
        string[] openings = ["Officials said that", "Witnesses reported that", "According to the mayor,", "Local radio said", "Police confirmed that", "Reports say"];
        var list = new List<Article>(n);
        var rng = new Random(7);
        int e = 0;
        while (list.Count < n)
        {
            var town = towns[e % towns.Length];
            var what = string.Format(System.Globalization.CultureInfo.InvariantCulture, happenings[e / towns.Length % happenings.Length], town);
            int size = Math.Min(n - list.Count, 1 + rng.Next(6));
            for (int k = 0; k < size; k++)
                list.Add(StoryFixtures.Make($"e{e}-{k}", $"{town}: {what.Split(' ')[1]} news", $"{openings[(e + k) % openings.Length]} {what}. " +
                    $"The story from {town} was followed by {k + 2} outlets on day {e}. {openings[k % openings.Length]} more details from {town} would come.", e * 30 + k));
            e++;
        }
        return list;
    }

    [Fact]
    public void Top_terms_come_heaviest_first_and_ties_go_to_the_lower_id()
    {
        var v = new SparseVector([2, 5, 7, 9, 11], [0.25f, 0.5f, 0.25f, 0.75f, 1e-3f]);
        Assert.Equal([9, 5, 2, 7, 11], v.Top(10));
        Assert.Equal([9, 5, 2], v.Top(3));
        Assert.Empty(SparseVector.Empty.Top(4));
        // The sort key orders by weight before id, whatever the ids.
        Assert.True(SparseVector.HeaviestFirst(0.5f, int.MaxValue) < SparseVector.HeaviestFirst(0.4999f, 0));
        Assert.True(SparseVector.HeaviestFirst(0.5f, 3) < SparseVector.HeaviestFirst(0.5f, 4));
    }

    [Fact]
    public void A_story_goes_dormant_after_the_window()
    {
        List<Article> Articles(double laterHours) =>
        [
            StoryFixtures.Make("a", "Keller river floods Marlow", "Floodwater from the Keller river poured into Marlow after heavy rain. Firefighters rescued residents by boat near the old bridge.", 0),
            StoryFixtures.Make("b", "Marlow flood: Keller keeps rising", "The Keller river kept rising in Marlow and firefighters rescued more residents by boat near the old bridge after heavy rain.", laterHours),
        ];
        var options = StoryClusteringOptions.Default with { Window = TimeSpan.FromDays(3), DetectDuplicates = false };
        var near = StoryClusterer.Cluster(Articles(24), ClusteringMode.Incremental, options);
        Assert.Single(near.Stories);
        var far = StoryClusterer.Cluster(Articles(24 * 10), ClusteringMode.Incremental, options);
        Assert.Equal(2, far.Stories.Count);
        Assert.Equal(2, far.Subjects.Count);
        // A wider subject window keeps the subject open: two events ten days apart, one subject.
        var wide = StoryClusterer.Cluster(Articles(24 * 10), ClusteringMode.Incremental, options with { Window = TimeSpan.FromDays(30) });
        Assert.Equal(2, wide.Stories.Count);
        Assert.Single(wide.Subjects);
    }

    [Fact]
    public void A_window_longer_than_the_calendar_keeps_stories_open_instead_of_overflowing()
    {
        // Window ends are held within the range of times: a window of TimeSpan.MaxValue means "never dormant".
        var inc = new IncrementalStoryClusterer(StoryClusteringOptions.Default with { Window = TimeSpan.MaxValue });
        inc.Add(StoryFixtures.Events());
        var result = inc.Result();
        Assert.Equal(3, result.Stories.Count);
        Assert.Equal(3, inc.ActiveStories);
    }

    [Fact]
    public void Undated_stories_go_dormant_after_a_number_of_articles_when_asked()
    {
        var events = StoryFixtures.Events();
        foreach (var a in events) a.Published = null;
        // flood-1 … flood-3 are 5 articles apart at most; with a limit of 1 the flood story is dormant before flood-3.
        var strict = StoryClusterer.Cluster(events, ClusteringMode.Incremental, StoryClusteringOptions.Default with { DormantAfterArticles = 1 });
        Assert.True(strict.Stories.Count > 3);
        var lenient = StoryClusterer.Cluster(StoryFixtures.Events().Select(a => { a.Published = null; return a; }).ToList(), ClusteringMode.Incremental);
        Assert.Equal(3, lenient.Stories.Count);
    }

    [Fact]
    public void Copies_join_their_original_and_are_marked()
    {
        var events = StoryFixtures.Events();
        var copy = new Article("flood-copy", events[0].RawText + "\n\nSubscribe to our newsletter for more local news.") { Published = events[0].Published!.Value.AddHours(9) };
        events.Add(copy);
        var result = StoryClusterer.Cluster(events, ClusteringMode.Batch);
        Assert.Equal("flood-1", copy.DuplicateOf);
        Assert.Equal(1, result.Duplicates);
        var flood = result.Stories.Single(s => s.Articles.Contains(copy));
        Assert.Contains(flood.Articles, a => a.Id == "flood-1");
    }

    [Theory]
    [InlineData(ClusteringMode.Batch)]
    [InlineData(ClusteringMode.Incremental)]
    public void Dense_source_is_blended_in(ClusteringMode mode)
    {
        // At a very low threshold the shared names pull the flood and the resignation together lexically; a dense source that puts
        // the two events at right angles keeps them apart (centroid engine; the average-linkage case is below).
        var loose = StoryClusteringOptions.Default with { Threshold = 0.05, Algorithm = BatchAlgorithm.Centroid, MergeThreshold = 0.3, ColdStartBoost = 0, DenseWeight = 0.9 };
        // (The subject level: in incremental mode the subject engine is the one that takes Threshold.)
        var lexical = StoryClusterer.Cluster(StoryFixtures.Events(), mode, loose);
        Assert.Contains(lexical.Subjects, s => s.Articles.Any(a => a.Id == "flood-1") && s.Articles.Any(a => a.Id.StartsWith("budget", StringComparison.Ordinal)));
        var source = new FakeSource(a => a.Id.StartsWith("budget", StringComparison.Ordinal) ? [0f, 1f] : a.Id.StartsWith("flood", StringComparison.Ordinal) ? [1f, 0f] : [0.6f, 0.8f]);
        var blended = StoryClusterer.Cluster(StoryFixtures.Events(), mode, loose, source);
        var flood = blended.Subjects.Single(s => s.Articles.Any(a => a.Id == "flood-1"));
        Assert.DoesNotContain(flood.Articles, a => a.Id.StartsWith("budget", StringComparison.Ordinal));
    }

    [Fact]
    public void Dense_source_is_blended_into_average_linkage()
    {
        var loose = StoryClusteringOptions.Default with { LinkageThreshold = 0.05, MergeThreshold = 1, DenseWeight = 0.9 };
        var lexical = StoryClusterer.Cluster(StoryFixtures.Events(), ClusteringMode.Batch, loose);
        Assert.Contains(lexical.Subjects, s => s.Articles.Any(a => a.Id == "flood-1") && s.Articles.Any(a => a.Id.StartsWith("budget", StringComparison.Ordinal)));
        var source = new FakeSource(a => a.Id.StartsWith("budget", StringComparison.Ordinal) ? [0f, 1f, 0f] : a.Id.StartsWith("flood", StringComparison.Ordinal) ? [1f, 0f, 0f] : [0f, 0f, 1f]);
        var blended = StoryClusterer.Cluster(StoryFixtures.Events(), ClusteringMode.Batch, loose, source);
        var flood = blended.Subjects.Single(s => s.Articles.Any(a => a.Id == "flood-1"));
        Assert.DoesNotContain(flood.Articles, a => a.Id.StartsWith("budget", StringComparison.Ordinal));
    }

    private sealed class FakeSource(Func<Article, float[]> f) : IDocumentVectorSource
    {
        public float[]? Vector(Article article) => f(article);
    }

    [Fact]
    public void Bad_options_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { Threshold = 1.5 }).Validate());
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { Window = TimeSpan.Zero }).Validate());
    }
}

public sealed class StoryLabelTests
{
    [Fact]
    public void A_story_is_labelled_by_the_first_real_headline_among_its_most_central_articles()
    {
        var central = new Article("a", "2 years ago\n\nMARLOW, England (AP) — The Keller river burst its banks overnight.") { Title = "2 years ago" };
        var other = new Article("b", "Rescue teams evacuated residents from Marlow.") { Title = "Keller river floods Marlow" };
        Assert.Equal("Keller river floods Marlow", StoryBuilder.Label([central, other]));
    }

    [Fact]
    public void A_title_from_the_edge_of_a_story_does_not_label_it()
    {
        // Only the least central of three reports carries a title (a column that mentions the vote): the central report's
        // lead says what the story is.
        var central = new Article("a", "Riders voted on Tuesday to keep the night ferry to Marlow running through the winter.");
        var second = new Article("b", "The night ferry to Marlow will keep running, riders decided in a vote on Tuesday.");
        var column = new Article("c", "Here are some reasons to hope the harbour board listens to riders after the ferry vote.") { Title = "Five reasons to hope for the harbour" };
        Assert.Equal("Riders voted on Tuesday to keep the night ferry to Marlow running through the winter.", StoryBuilder.Label([central, second, column]));
        // Among the central half, a title still serves.
        Assert.Equal("Five reasons to hope for the harbour", StoryBuilder.Label([central, column, second]));
    }

    [Fact]
    public void Without_a_headline_the_label_is_the_lead_sentence_without_its_dateline()
    {
        var a = new Article("a", "MARLOW, England (AP) — The Keller river burst its banks overnight. Boats rescued forty residents.");
        Assert.Equal("The Keller river burst its banks overnight.", StoryBuilder.Label([a]));
    }

    [Theory]
    [InlineData("Library wins grant", "Library wins grant")]
    [InlineData("Tina Fey", "The Mill Road library received a state grant on Monday.")]
    [InlineData("3 hours ago", "The Mill Road library received a state grant on Monday.")]
    [InlineData("Material and methods", "The Mill Road library received a state grant on Monday.")]
    public void Short_titles_serve_unless_they_are_names_or_time_stamps(string title, string expected)
        => Assert.Equal(expected, StoryBuilder.Label([new Article("a", "The Mill Road library received a state grant on Monday.") { Title = title }]));

    [Fact]
    public void A_story_of_empty_pages_is_labelled_as_such()
        => Assert.Equal("(no text) e-1", StoryBuilder.Label([new Article("e-1", "  \n ")]));

    /// <summary>The keywords of the one story that batch clustering makes of <paramref name="articles"/>.</summary>
    private static IReadOnlyList<string> KeywordsOf(params Article[] articles)
        => Assert.Single(StoryClusterer.Cluster([.. articles], ClusteringMode.Batch).Stories).Keywords;

    [Fact]
    public void Keywords_show_names_capitalised_and_words_in_lower_case_without_possessives()
    {
        var keywords = KeywordsOf(
            StoryFixtures.Make("k-1", "Brandt's budget", "Brandt's council approved the budget. Brandt said the budget was fair. Budget talks ended on Tuesday with the council united."),
            StoryFixtures.Make("k-2", "Council budget passes", "Brandt welcomed the vote. The council passed the budget after Brandt spoke. Budget cuts hit the library."));
        Assert.Contains("Brandt", keywords);
        Assert.Contains("budget", keywords);
        Assert.DoesNotContain(keywords, k => k.EndsWith("'s", StringComparison.Ordinal));
    }

    [Fact]
    public void Keywords_written_side_by_side_are_shown_as_their_phrase_and_a_word_used_alone_stays_alone()
    {
        // "Helen Brandt" (Brandt once alone) and "Keller Dam" are written together; "council" is said eight times, twice as
        // "council chamber": too few of its uses for the phrase, so it stays a word of its own.
        var keywords = KeywordsOf(
            StoryFixtures.Make("p-1", "Mayor quits", "Mayor Helen Brandt resigned on Monday after the council voted on the Keller Dam repairs. Helen Brandt said the council had misled her. The council met again in the council chamber. Brandt left."),
            StoryFixtures.Make("p-2", "Mayor resigns over dam", "Helen Brandt quit after a row over the Keller Dam. The council said Helen Brandt knew the Keller Dam costs. Council members voted twice in the council chamber; the council will elect a new mayor."));
        Assert.Contains("Helen Brandt", keywords);
        Assert.Contains("Keller Dam", keywords);
        Assert.Contains("council", keywords);
        Assert.DoesNotContain(keywords, k => k is "Brandt" or "Helen" or "Keller" or "Dam" or "council chamber");
    }

    [Fact]
    public void A_keyword_said_mostly_alone_is_not_taken_into_a_phrase_by_a_rarer_one()
    {
        // "chamber" is always "council chamber" (2 of 2), but that is 2 of "council"'s 8 uses (under 30%): two keywords.
        // With 4 of 8 it is the phrase.
        var texts = new[]
        {
            new Article("c-1", "The council met. The council voted in the council chamber. The council adjourned."),
            new Article("c-2", "The council chamber was full. The council argued. Council members left. The council will meet."),
        };
        Assert.Equal(["council", "chamber"], StoryBuilder.SurfaceForms(["council", "chamber"], texts));
        texts[1].Text = "The council chamber was full. The council chamber emptied. Council chamber doors shut. The council will meet.";
        Assert.Equal(["council chamber"], StoryBuilder.SurfaceForms(["council", "chamber"], texts));
        // A no-break space (web pages put one between names) joins as a space does.
        texts[1].Text = texts[1].Text.Replace("council chamber", "council\u00A0chamber", StringComparison.Ordinal);
        Assert.Equal(["council chamber"], StoryBuilder.SurfaceForms(["council", "chamber"], texts));
    }

    [Fact]
    public void Keywords_show_a_dateline_word_as_the_text_writes_it_and_keep_an_acronym_in_capitals()
    {
        // Each wire report opens on its dateline in capitals ("MARLOWE, Kent (AP) —") and names the town once more in its
        // text as "Marlowe": as often in capitals as not, the keyword is "Marlowe", not "MARLOWE" (which sorts first). NATO
        // is written in capitals throughout and once as "Nato": it keeps its capitals. So does AIDS, written twice as "AIDs".
        const string Aids = " AIDS charities asked NATO for AIDS money and AIDS clinics.";
        var keywords = KeywordsOf(
            StoryFixtures.Make("d-1", "Summit opens", "MARLOWE, Kent (AP) — NATO ministers met in Marlowe on Monday. NATO said the talks on NATO spending would last two days. NATO staff closed the centre." + Aids),
            StoryFixtures.Make("d-2", "Summit talks go on", "MARLOWE, Kent (Reuters) — NATO ministers argued over NATO spending at the Marlowe summit. Nato officials and NATO diplomats stayed late. AIDs charities and AIDs clinics asked for AIDS money."),
            StoryFixtures.Make("d-3", "Summit ends", "MARLOWE, Kent (AP) — The NATO summit in Marlowe ended with a statement on NATO spending. Ministers thanked the police." + Aids));
        Assert.Contains("NATO", keywords);
        Assert.Contains("AIDS", keywords);
        Assert.DoesNotContain("MARLOWE", keywords);
        Assert.Contains("Marlowe", keywords);
    }
}
