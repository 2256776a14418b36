using System.Globalization;
using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>A large topic's short summary opens on the event most of its reports tell (issue #11, <see cref="CoverageOptions.MainEventSources"/>).</summary>
public sealed class MainEventTests
{
    /// <summary>
    /// Fourteen wire reports of a ferry sinking written here: two on the first day with the company's claim that a fire
    /// caused it (and the later reports repeat the claim as background, so its lead scores best), four from four and five
    /// days later on the outcome (divers reach the wreck, all 212 aboard dead), then eight single reports weeks apart.
    /// </summary>
    private static readonly (string Date, string Text)[] Reports =
    [
        ("20260302", "STOCKHOLM — A fire in the engine room caused the ferry Astrid Lind to sink in the Baltic Sea on Sunday with 212 passengers and crew aboard, the shipping company's chief executive Lars Brenner said Monday.\nBrenner told reporters that the fire spread within minutes and the crew had no time to launch the lifeboats.\nRescue ships and helicopters searched the cold water south of Gotland through the night.\nThe Astrid Lind was on its way from Stockholm to Visby."),
        ("20260302", "STOCKHOLM — The ferry Astrid Lind sank in the Baltic Sea on Sunday after a fire broke out in its engine room, the shipping company's chief executive Lars Brenner said Monday, as rescuers searched for 212 passengers and crew.\nBrenner said the company had inspected the engines in January.\nThe coast guard said high waves slowed the search.\nThe ferry was on its way from Stockholm to Visby."),
        ("20260306", "VISBY — Divers reached the wreck of the ferry Astrid Lind on the floor of the Baltic Sea on Friday, and the coast guard said all 212 passengers and crew aboard were probably dead.\nSwedish and Finnish divers found the car deck flooded and the cabin doors shut.\nThe ferry sank south of Gotland last Sunday on its way from Stockholm to Visby.\nFamilies gathered at the harbour in Visby to wait for news."),
        ("20260306", "VISBY — Nobody survived the sinking of the Astrid Lind, the coast guard said Friday after Swedish and Finnish divers reached the wreck.\nThe divers found the car deck flooded.\nThe Astrid Lind sank south of Gotland last Sunday.\nThe government declared a day of mourning."),
        ("20260307", "STOCKHOLM — All 212 people aboard the Astrid Lind died, the coast guard confirmed Saturday after divers searched the wreck.\nDivers found the car deck flooded and the cabin doors shut.\nThe ferry sank south of Gotland last Sunday on its way to Visby.\nThe government declared a day of mourning."),
        ("20260307", "VISBY — Divers searching the wreck of the Astrid Lind found no survivors, and the coast guard said Saturday that all 212 people aboard had died.\nFamilies laid flowers at the harbour in Visby.\nThe ferry sank south of Gotland last Sunday.\nThe search for bodies will go on next week."),
        ("20260316", "STOCKHOLM — A government inquiry into the sinking of the ferry Astrid Lind opened on Monday with testimony from the coast guard.\nThe inquiry's chairman, judge Eva Holm, said it would report by the autumn.\nA fire in the engine room caused the ferry to sink in the Baltic Sea on March 1 with 212 passengers and crew aboard, the shipping company said."),
        ("20260328", "VISBY — Thousands of people attended a memorial service in Visby's cathedral on Saturday for the victims of the ferry Astrid Lind.\nThe king and the prime minister laid wreaths at the harbour.\nA fire in the engine room caused the ferry to sink in the Baltic Sea on March 1 with 212 passengers and crew aboard, the shipping company said."),
        ("20260410", "STOCKHOLM — Shares in Baltic Lines, the owner of the ferry Astrid Lind, fell by a third on Friday after insurers refused to pay for the lost ship.\nThe company's chief executive Lars Brenner resigned.\nA fire in the engine room caused the ferry to sink in the Baltic Sea on March 1 with 212 passengers and crew aboard, the shipping company said."),
        ("20260424", "STOCKHOLM — Families of the victims of the ferry Astrid Lind sued Baltic Lines on Friday, saying the company had ignored warnings about its engines.\nTheir lawyer said the ferry had failed two inspections last year.\nA fire in the engine room caused the ferry to sink in the Baltic Sea on March 1 with 212 passengers and crew aboard, the shipping company said."),
        ("20260512", "BRUSSELS — European transport ministers agreed on Tuesday to require new fire alarms on passenger ferries after the loss of the Astrid Lind.\nThe rules take effect next year.\nA fire in the engine room caused the ferry to sink in the Baltic Sea on March 1 with 212 passengers and crew aboard, the shipping company said."),
        ("20260603", "VISBY — Salvage crews raised the wreck of the ferry Astrid Lind from the floor of the Baltic Sea on Wednesday.\nInvestigators will examine the engine room in a dry dock in Gdansk.\nA fire in the engine room caused the ferry to sink in the Baltic Sea on March 1 with 212 passengers and crew aboard, the shipping company said."),
        ("20260622", "STOCKHOLM — Investigators said Monday they had found a broken fuel pipe in the engine room of the ferry Astrid Lind.\nThey said the pipe may have started the fire.\nA fire in the engine room caused the ferry to sink in the Baltic Sea on March 1 with 212 passengers and crew aboard, the shipping company said."),
        ("20260715", "STOCKHOLM — Baltic Lines said on Wednesday it would sell its last two ferries.\nA fire in the engine room caused the Astrid Lind to sink in the Baltic Sea on March 1 with 212 passengers and crew aboard.\nIts new chief executive said the company would close."),
    ];

    private const string Claim = "A fire in the engine room caused the ferry Astrid Lind to sink";

    private static readonly SummaryOptions Short = new() { Words = 120 };

    /// <summary>The reports at positions <paramref name="keep"/> (all when null), dated, as one cleaned cluster.</summary>
    private static Cluster Ferry(Func<int, bool>? keep = null, params Article[] extra)
    {
        var articles = new List<Article>();
        for (int k = 0; k < Reports.Length; k++)
        {
            if (keep is not null && !keep(k)) continue;
            articles.Add(new Article($"report{k}", Reports[k].Text)
            {
                Published = DateTimeOffset.ParseExact(Reports[k].Date, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).AddHours(12),
            });
        }
        articles.AddRange(extra);
        return Fixtures.Story([.. articles]);
    }

    private static string Opening(Cluster cluster, CoverageOptions? options = null) =>
        new CoverageSummarizer(options).Summarize(cluster, Short).Sentences[0].Sentence.Text;

    [Fact]
    public void The_main_event_is_chosen_among_batch_events_without_the_cluster_commands_finer_dated_rules()
    {
        // The cluster command's defaults gate weak links by names and continue running events; a summary's main event reads
        // the same batch events without those two rules, and with every other setting of the defaults.
        Assert.True(Roundup.Clustering.StoryClusteringOptions.Default.EventLinkNames > 0);
        Assert.True(Roundup.Clustering.StoryClusteringOptions.Default.EventClearGap > TimeSpan.Zero);
        Assert.Equal(0, MainEvent.SummaryEvents.EventLinkNames);
        Assert.Equal(TimeSpan.Zero, MainEvent.SummaryEvents.EventClearGap);
        Assert.Equal(Roundup.Clustering.StoryClusteringOptions.Default with { EventLinkNames = 0, EventClearGap = TimeSpan.Zero }, MainEvent.SummaryEvents);
    }

    [Fact]
    public void A_large_topics_short_summary_opens_on_the_event_most_reports_tell_not_an_early_claim()
    {
        var opening = Opening(Ferry());
        Assert.Contains("Divers reached the wreck of the ferry Astrid Lind", opening, StringComparison.Ordinal);
        Assert.Contains("all 212 passengers and crew aboard were probably dead", opening, StringComparison.Ordinal);
        // Without the rule the claim's lead, repeated as background by the later reports, opens it.
        Assert.Contains(Claim, Opening(Ferry(), new CoverageOptions { MainEventSources = 0 }), StringComparison.Ordinal);
        // A 250-word summary has no anchor: the rule does not touch it.
        var longOptions = new SummaryOptions { Words = 250 };
        Assert.Equal(
            new CoverageSummarizer(new CoverageOptions { MainEventSources = 0 }).Summarize(Ferry(), longOptions).Sentences.Select(s => s.Sentence.Text),
            new CoverageSummarizer().Summarize(Ferry(), longOptions).Sentences.Select(s => s.Sentence.Text));
    }

    [Fact]
    public void An_event_of_fewer_reports_than_asked_or_a_small_cluster_keeps_the_best_lead()
    {
        // Three reports of the outcome (the Saturday report left out): fewer than MainEventSources (4).
        Assert.Contains(Claim, Opening(Ferry(k => k != 5)), StringComparison.Ordinal);
        // ... and they do when three are enough.
        Assert.Contains("Divers reached the wreck", Opening(Ferry(k => k != 5), new CoverageOptions { MainEventSources = 3 }), StringComparison.Ordinal);
        // Eleven reports (three single ones left out): not a large topic, the summary is the one without the rule.
        static bool Eleven(int k) => k < 11;
        Assert.Equal(Opening(Ferry(Eleven), new CoverageOptions { MainEventSources = 0 }), Opening(Ferry(Eleven)));
        Assert.Contains(Claim, Opening(Ferry(Eleven)), StringComparison.Ordinal);
        // The main event must have more reports than the claim's by the margin: 4 against 2 is not 3 more.
        Assert.Contains(Claim, Opening(Ferry(), new CoverageOptions { MainEventMargin = 3 }), StringComparison.Ordinal);
    }

    [Fact]
    public void A_weak_lead_of_the_largest_event_does_not_replace_a_strong_one()
    {
        // The outcome's best lead scores well below the claim's share asked here.
        Assert.Contains(Claim, Opening(Ferry(), new CoverageOptions { MainEventLeadShare = 1 }), StringComparison.Ordinal);
    }

    [Fact]
    public void The_events_are_read_without_marking_near_copies_and_counted_without_them()
    {
        // A near-copy of a first-day report: the claim's event then has three articles but two independent reports.
        var copy = new Article("copy", Reports[0].Text + "\nThis report was first published by a partner agency.")
        {
            Published = new DateTimeOffset(2026, 3, 2, 18, 0, 0, TimeSpan.Zero),
        };
        var cluster = Ferry(null, copy);
        Assert.All(cluster.Articles, a => Assert.Null(a.DuplicateOf));
        // (The copy supports the claim's lead, so its score is not compared here: MainEventLeadShare = 0.) Counted as an
        // independent report it would leave the outcome one report ahead, short of the margin of two.
        var opening = Opening(cluster, new CoverageOptions { MainEventMargin = 2, MainEventLeadShare = 0 });
        Assert.All(cluster.Articles, a => Assert.Null(a.DuplicateOf));
        Assert.Contains("Divers reached the wreck", opening, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_too_far_apart_to_form_an_event_are_not_clustered()
    {
        var f = ClusterFeatures.Build(Ferry());
        int anchor = Array.FindIndex(f.Articles, a => a.Id == "report0");
        var candidates = MainEvent.Candidates(f, anchor, 4);
        Assert.NotNull(candidates);
        // The four outcome reports lie within the event span; the single reports weeks apart do not.
        foreach (var id in new[] { "report2", "report3", "report4", "report5" }) Assert.True(candidates![Array.FindIndex(f.Articles, a => a.Id == id)], id);
        foreach (var id in new[] { "report0", "report8", "report13" }) Assert.False(candidates![Array.FindIndex(f.Articles, a => a.Id == id)], id);
        Assert.Null(MainEvent.Candidates(f, anchor, 7));
        // Only the single reports: no window holds two.
        var apart = ClusterFeatures.Build(Ferry(k => k >= 6));
        Assert.Null(MainEvent.Candidates(apart, 0, 2));
        var main = MainEvent.Articles(f, anchor, 4, 1);
        Assert.NotNull(main);
        Assert.Equal(["report2", "report3", "report4", "report5"], f.Articles.Where((a, i) => main![i]).Select(a => a.Id).Order());
        Assert.Null(MainEvent.Articles(f, Array.FindIndex(f.Articles, a => a.Id == "report3"), 4, 1)); // the anchor is in it already
    }

    [Theory]
    [InlineData(-1, 1, 0.5)]
    [InlineData(4, 0, 0.5)]
    [InlineData(4, 1, 1.5)]
    [InlineData(4, 1, -0.1)]
    public void Settings_out_of_range_are_refused(int sources, int margin, double share) =>
        Assert.Throws<ArgumentException>(() => new CoverageSummarizer(new CoverageOptions { MainEventSources = sources, MainEventMargin = margin, MainEventLeadShare = share }));
}
