using System.Globalization;
using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>
/// A large topic whose events are nearly all single reports opens its short summary on the event its later reports
/// return to by name (issue #11, <see cref="CoverageOptions.MainEventReturns"/>).
/// </summary>
public sealed class ReturnedToEventTests
{
    /// <summary>
    /// Sixteen short reports on a fever over two years, written here: a regional conference on the fever's return (its
    /// lead tells the whole topic, so it scores best), the launch of the Clean Wells Alliance by the Harlan Trust and the
    /// Northern Health Agency told in two reports on consecutive days, three later reports that name the alliance or its
    /// founders, and eleven single reports on other things, months apart.
    /// </summary>
    private static readonly (string Date, string Text)[] Reports =
    [
        ("20250110", "KALDEN — Health workers sprayed villages along the Osse river on Thursday to stop an outbreak of marsh fever that has killed nine people this month.\nThe district said the spraying would go on for two weeks.\nMarsh fever is spreading again in the river districts of the region and kills more children in the villages every year, doctors say."),
        ("20250302", "TAVRO — Marsh fever is spreading again in the river districts of the region and kills more children in the villages every year, while clinics run short of medicine and bed nets, doctors and health ministers said Wednesday at the end of a regional conference on the fever.\nThe conference called for bed nets, cheaper medicine and more clinics in the villages of the river districts.\nAbout 200 doctors and officials from eleven countries attended the meeting."),
        ("20250418", "PELLA — The health ministry said Friday it would hand out 40,000 bed nets in the northern villages before the rainy season.\nMarsh fever cases fell by a fifth there last year.\nMarsh fever is spreading again in the river districts of the region and kills more children in the villages every year, doctors say."),
        ("20250615", "KALDEN — A clinic for children with marsh fever opened on Sunday in the river town of Kalden.\nThe clinic has twenty beds and two doctors."),
        ("20250809", "OSSARA — Researchers at the university of Ossara said Saturday that the marsh fever parasite had begun to resist the cheapest medicine.\nThey tested blood from 300 patients.\nMarsh fever is spreading again in the river districts of the region and kills more children in the villages every year, doctors say."),
        ("20251020", "MERRIN — The Harlan Trust and the Northern Health Agency launched the Clean Wells Alliance on Monday, a ten-year campaign to halve deaths from marsh fever by draining standing water and cleaning village wells.\nThe Harlan Trust will give 80 million dollars over five years.\nThe alliance will start in forty districts along the Osse river."),
        ("20251021", "MERRIN — A campaign against marsh fever, the Clean Wells Alliance, was launched on Monday by the Northern Health Agency and the Harlan Trust, which pledged 80 million dollars.\nThe campaign aims to halve deaths from the fever within ten years by draining standing water and cleaning wells in forty districts."),
        ("20251205", "PELLA — Floods in the south of the country left standing water in dozens of villages, and doctors warned Friday of a rise in marsh fever.\nThe army brought drinking water to the flooded villages.\nMarsh fever is spreading again in the river districts of the region and kills more children in the villages every year, doctors say."),
        ("20260114", "TAVRO — The first wells cleaned by the Clean Wells Alliance were handed back to twelve villages on Wednesday.\nThe villages had no new cases of marsh fever in December."),
        ("20260306", "OSSARA — A new medicine against marsh fever passed its first trial on 400 patients, its makers said Friday.\nIt could be sold within three years.\nMarsh fever is spreading again in the river districts of the region and kills more children in the villages every year, doctors say."),
        ("20260502", "KALDEN — Marsh fever killed 31 people in the river districts in April, the most in a month for five years, the district said Saturday.\nMost of the dead were children.\nMarsh fever is spreading again in the river districts of the region and kills more children in the villages every year, doctors say."),
        ("20260611", "MERRIN — The Northern Health Agency said Thursday the Clean Wells Alliance had drained standing water in half of its forty districts.\nDeaths from marsh fever fell there by a quarter."),
        ("20260726", "PELLA — Nurses in the northern clinics went on strike on Sunday over unpaid wages.\nThe clinics treat most of the region's marsh fever patients.\nMarsh fever is spreading again in the river districts of the region and kills more children in the villages every year, doctors say."),
        ("20260917", "TAVRO — Teachers will show schoolchildren how to use bed nets from next month, the education ministry said Tuesday.\nMarsh fever kills more children in the region than any other disease."),
        ("20261030", "MERRIN — The Harlan Trust said Friday it would give another 30 million dollars to fight marsh fever after deaths fell in the districts it pays for.\nThe money will go to wells and clinics."),
        ("20261204", "OSSARA — Farmers in the valley of the Osse river said Friday that spraying against marsh fever had killed their bees.\nThe district said it would use other sprays next year.\nMarsh fever is spreading again in the river districts of the region and kills more children in the villages every year, doctors say."),
    ];

    private const string Launch = "launched the Clean Wells Alliance";
    private const string Launched = "Clean Wells Alliance, was launched";
    private const string Background = "Marsh fever";

    private static readonly SummaryOptions Short = new() { Words = 120 };

    /// <summary>The reports at positions <paramref name="keep"/> (all when null), dated, as one cleaned cluster.</summary>
    private static Cluster Fever(Func<int, bool>? keep = null)
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
        return Fixtures.Story([.. articles]);
    }

    private static string Opening(Cluster cluster, CoverageOptions? options = null) =>
        new CoverageSummarizer(options).Summarize(cluster, Short).Sentences[0].Sentence.Text;

    private static bool OpensOnLaunch(string opening) =>
        opening.Contains(Launch, StringComparison.Ordinal) || opening.Contains(Launched, StringComparison.Ordinal);

    private static readonly CoverageOptions Off = new() { MainEventReturns = 0 };

    [Fact]
    public void A_large_topic_of_single_reports_opens_on_the_launch_its_later_reports_name()
    {
        Assert.True(OpensOnLaunch(Opening(Fever())), Opening(Fever()));
        // Without the rule a single report's lead (April's toll, told with the background most reports repeat) opens it.
        var plain = Opening(Fever(), Off);
        Assert.False(OpensOnLaunch(plain), plain);
        Assert.Contains(Background, plain, StringComparison.Ordinal);
        // A 250-word summary has no anchor: the rule does not touch it.
        var longOptions = new SummaryOptions { Words = 250 };
        Assert.Equal(
            new CoverageSummarizer(Off).Summarize(Fever(), longOptions).Sentences.Select(s => s.Sentence.Text),
            new CoverageSummarizer().Summarize(Fever(), longOptions).Sentences.Select(s => s.Sentence.Text));
    }

    [Fact]
    public void Without_later_reports_that_name_it_or_a_clear_lead_the_best_lead_stays()
    {
        void Stays(Cluster cluster, CoverageOptions? options = null)
        {
            var opening = Opening(cluster, options);
            Assert.False(OpensOnLaunch(opening), opening);
            Assert.Equal(Opening(cluster, Off), opening);
        }
        // The three later reports that name the alliance or its founders left out: the launch is one more event of two.
        Stays(Fever(k => k is not (8 or 11 or 14)));
        // The weight must lead every other event's by the margin asked.
        Stays(Fever(), new CoverageOptions { MainEventReturnMargin = 10 });
        // ... and at least as many later reports must name it as asked.
        Stays(Fever(), new CoverageOptions { MainEventReturns = 4 });
    }

    [Fact]
    public void The_launch_is_found_from_its_names_and_the_reports_after_it()
    {
        var f = ClusterFeatures.Build(Fever());
        int Index(string id) => Array.FindIndex(f.Articles, a => a.Id == id);
        int anchor = Index("report1");
        // Without clustering: the launch's two reports, one day apart, whose names three later reports carry.
        var candidates = MainEvent.ReturnCandidates(f, anchor, 2);
        Assert.NotNull(candidates);
        Assert.True(candidates![Index("report5")]);
        Assert.True(candidates[Index("report6")]);
        Assert.False(candidates[Index("report0")]);
        Assert.Null(MainEvent.ReturnCandidates(f, anchor, 4));
        // The launch is the event returned to (the size rule is off here: no event has four reports).
        var main = MainEvent.Articles(f, anchor, 0, 1, 2, 2);
        Assert.NotNull(main);
        Assert.Equal(["report5", "report6"], f.Articles.Where((a, i) => main![i]).Select(a => a.Id).Order());
        // Opening on the launch already: nothing to change.
        Assert.Null(MainEvent.Articles(f, Index("report5"), 0, 1, 2, 2));
    }

    [Fact]
    public void Two_word_names_are_the_ones_written_with_capitals()
    {
        var f = ClusterFeatures.Build(Fever());
        var named = new HashSet<int>();
        for (int i = 0; i < f.Sentences.Length; i++)
            foreach (int b in f.Bigrams[i])
                if (f.NamedBigram[b]) named.Add(b);
        // "Clean Wells", "Wells Alliance", "Harlan Trust", "Northern Health", "Health Agency"; "marsh fever" (lower case) is none.
        Assert.InRange(named.Count, 5, 12);
        int feverSentence = Array.FindIndex(f.Sentences, s => s.Text.StartsWith("The district said the spraying", StringComparison.Ordinal));
        Assert.True(feverSentence >= 0);
        Assert.DoesNotContain(f.Bigrams[feverSentence], b => f.NamedBigram[b]);
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(2, 0)]
    public void Settings_out_of_range_are_refused(int returns, int margin) =>
        Assert.Throws<ArgumentException>(() => new CoverageSummarizer(new CoverageOptions { MainEventReturns = returns, MainEventReturnMargin = margin }));
}
