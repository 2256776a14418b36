using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>
/// A short summary is anchored (<see cref="CoverageOptions.AnchorWeight"/>): it opens with the lead most reports
/// carry and tells that report's story; a long one is not.
/// </summary>
public sealed class StoryAnchorTests
{
    // Three reports of one bridge closing; the feature-style "Courier" opens with scene-setting, and a fourth page
    // covers an unrelated fair.
    private static Cluster Bridge() => Fixtures.Story(
        new Article("daily", string.Join("\n",
            "Weston council closed the Harlow River bridge on Tuesday after engineers found a crack in its main span.",
            "Engineers said the crack in the main span of the Harlow River bridge had grown since the spring inspection.",
            "A ferry service for pedestrians will start on Thursday while the bridge is closed, the council said.",
            "The council has asked the state for emergency money to repair the bridge before winter.")),
        new Article("herald", string.Join("\n",
            "The Harlow River bridge was closed on Tuesday after engineers found a crack in its main span, Weston council said.",
            "Drivers face a detour of twenty miles through the town centre while the bridge stays closed.",
            "Repairs to the main span could take months, engineers told the council on Tuesday evening.")),
        new Article("courier", string.Join("\n",
            "Morning mist hung over the river as the last cars crossed the old iron span at dawn.",
            "By noon the Harlow River bridge was shut, its main span cracked, and the town of Weston was split in two.",
            "Shop owners on the east bank said they feared for the autumn trade while the bridge is closed.")),
        new Article("fair", string.Join("\n",
            "The Weston autumn fair opened on Saturday with a record number of stalls and a brass band.",
            "Organisers said the fair raised money for the town's school library.")));

    [Fact]
    public void A_short_summary_opens_with_the_lead_the_reports_share_not_the_scene_setting()
    {
        var summary = new CoverageSummarizer().Summarize(Bridge(), new SummaryOptions { Words = 60 });
        Assert.Contains("closed", summary.Sentences[0].Text, StringComparison.Ordinal);
        Assert.Contains("Tuesday", summary.Sentences[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(summary.Sentences, s => s.Sentence.Article.Id is "fair" or "courier" && s == summary.Sentences[0]);
    }

    [Fact]
    public void A_short_summary_tells_the_anchor_report_first_in_its_order()
    {
        var summary = new CoverageSummarizer().Summarize(Bridge(), new SummaryOptions { Words = 90 });
        var anchor = summary.Sentences[0].Sentence.Article;
        var own = summary.Sentences.TakeWhile(s => s.Sentence.Article == anchor).Select(s => s.Sentence.Index).ToList();
        Assert.Equal(own.Order(), own);
        Assert.Equal(summary.Sentences.Count(s => s.Sentence.Article == anchor), own.Count); // none of its sentences later
        Assert.DoesNotContain(summary.Sentences, s => s.Sentence.Article.Id == "fair");
    }

    [Fact]
    public void A_long_summary_is_not_anchored()
    {
        var cluster = Bridge();
        var options = new SummaryOptions { Words = 250 };
        var anchored = new CoverageSummarizer().Summarize(cluster, options);
        var plain = new CoverageSummarizer(new CoverageOptions { AnchorWeight = 0 }).Summarize(cluster, options);
        Assert.Equal(plain.Sentences.Select(s => s.Text), anchored.Sentences.Select(s => s.Text));
        Assert.True(new CoverageOptions().Anchors(new SummaryOptions { Words = 120 }));
        Assert.False(new CoverageOptions().Anchors(options));
        Assert.False(new CoverageOptions { AnchorWeight = 0 }.Anchors(new SummaryOptions { Words = 120 }));
    }

    [Fact]
    public void The_anchor_weight_must_not_be_negative() =>
        Assert.Throws<ArgumentException>(() => new CoverageSummarizer(new CoverageOptions { AnchorWeight = -1 }));

    [Fact]
    public void In_a_short_summary_the_other_comes_only_with_the_sentence_before_it()
    {
        var story = Fixtures.Story(new Article("wire", string.Join("\n",
            "Weston council issued 2,600 building tenders on Tuesday, the most in a decade, a housing group said.",
            "Most of the tenders were for a new quarter on the east bank of the Harlow River.",
            "The other tenders were for two villages near the Harlow River bridge.")));
        var f = ClusterFeatures.Build(story);
        var all = Enumerable.Repeat(true, f.Sentences.Length).ToArray();
        int other = Array.FindIndex(f.Texts, t => t.StartsWith("The other", StringComparison.Ordinal));
        // Glued: it is taken only after the sentence before it, or in one unit with it.
        var (storyUnits, storyGlued, _) = CoverageSummarizer.Units(f, all, all, glueReferences: true, glueSpeakers: true, gluePronouns: true);
        Assert.True(storyGlued[other]);
        Assert.Contains(storyUnits, u => u.Start == other - 1 && u.Count == 2);
        var (_, longGlued, _) = CoverageSummarizer.Units(f, all, all, glueReferences: true, glueSpeakers: true, gluePronouns: false);
        Assert.False(longGlued[other]);
    }

    [Fact]
    public void In_a_short_summary_a_quotation_that_runs_over_sentences_with_no_speaker_comes_only_with_the_sentence_before_it()
    {
        var story = Fixtures.Story(new Article("wire", string.Join("\n",
            "Mayor Dana Pruitt told the Weston council on Tuesday that the ferry would run again next week.",
            "“We have good news for the island. The ferry is safe again!”",
            "“The harbour is open,” the harbour master said. “Boats can sail at dawn.”",
            "The council will discuss the ferry budget in March.")));
        var f = ClusterFeatures.Build(story);
        var all = Enumerable.Repeat(true, f.Sentences.Length).ToArray();
        int bare = Array.FindIndex(f.Texts, t => t.StartsWith("“We have", StringComparison.Ordinal));
        int said = Array.FindIndex(f.Texts, t => t.StartsWith("“The harbour is open", StringComparison.Ordinal));
        Assert.True(CoverageSummarizer.BareRunOnQuotation(f, bare));
        Assert.False(CoverageSummarizer.BareRunOnQuotation(f, said)); // its speaker is named inside it
        var (_, storyGlued, _) = CoverageSummarizer.Units(f, all, all, glueReferences: true, glueSpeakers: true, gluePronouns: true);
        Assert.True(storyGlued[bare]);
        var (_, longGlued, _) = CoverageSummarizer.Units(f, all, all, glueReferences: true, glueSpeakers: true, gluePronouns: false);
        Assert.False(longGlued[bare]);
    }

    [Fact]
    public void In_a_short_summary_a_quotation_given_to_a_described_body_comes_only_with_the_sentence_before_it()
    {
        var story = Fixtures.Story(new Article("wire", string.Join("\n",
            "A harbour study panel led by Ona Pike reported on Tuesday that the sea near Weston has warmed.",
            "The warming “is undoubtedly real,” the study panel said.",
            "The council will discuss the report in March.")));
        var f = ClusterFeatures.Build(story);
        var all = Enumerable.Repeat(true, f.Sentences.Length).ToArray();
        int quote = Array.FindIndex(f.Texts, t => t.StartsWith("The warming", StringComparison.Ordinal));
        var (_, storyGlued, _) = CoverageSummarizer.Units(f, all, all, glueReferences: true, glueSpeakers: true, gluePronouns: true);
        Assert.True(storyGlued[quote]);
        var (_, longGlued, _) = CoverageSummarizer.Units(f, all, all, glueReferences: true, glueSpeakers: true, gluePronouns: false);
        Assert.False(longGlued[quote]);
    }
}
