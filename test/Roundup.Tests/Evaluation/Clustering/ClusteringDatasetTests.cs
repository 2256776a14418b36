using Roundup.Clustering;
using Roundup.Evaluation.Clustering;
using Roundup.Reading;
using Roundup.Tests.Reading;

namespace Roundup.Tests.Evaluation.Clustering;

public sealed class ClusteringDatasetTests
{
    [Theory]
    [InlineData("APW19990421.0123", "1999-04-21")]
    [InlineData("NYT20000825.0308", "2000-08-25")]
    [InlineData("XIE19960101.0001", "1996-01-01")]
    public void A_wire_docno_gives_its_publication_date(string docno, string date)
        => Assert.Equal(date, ClusteringDataset.DateFromDocno(docno)!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("flood-1.txt")]
    [InlineData("APW1999.0123")]
    [InlineData("APW19991341.0001")]
    [InlineData("19990421")]
    public void Other_ids_give_no_date(string id) => Assert.Null(ClusteringDataset.DateFromDocno(id));

    /// <summary>Four short reports of two subjects; ids a1..a4.</summary>
    private static ClusteringDataset Pool() => new("pool",
        [
            PlainTextReader.Read("a1", "Dam bursts above the valley\n\nA dam burst above the valley town on Monday."),
            PlainTextReader.Read("a2", "Valley town evacuated\n\nThe valley town was evacuated after the dam burst."),
            PlainTextReader.Read("a3", "Strike closes the port\n\nDock workers struck and closed the port on Tuesday."),
            PlainTextReader.Read("a4", "Port talks resume\n\nTalks between dock workers and the port resumed on Friday."),
        ],
        ["dam", "dam", "port", "port"]);

    [Fact]
    public void Event_label_files_are_read_as_one_set()
    {
        using var files = new TempFiles();
        var first = files.Write("labels.tsv", "# id\tevent\na1\tdam-burst\na2\tdam-burst\n");
        var second = files.Write("labels2.tsv", "a3\tport-strike\n\na4\tport-talks\na1\tdam-burst\n");
        Assert.Equal(["dam-burst", "dam-burst", null, null], Pool().WithEventLabels(first).EventGold!);
        Assert.Equal(["dam-burst", null, "port-strike", "port-talks"], Pool().WithEventLabels(second).EventGold!);
        var both = Pool().WithEventLabels(first, second);
        Assert.Equal(["dam-burst", "dam-burst", "port-strike", "port-talks"], both.EventGold!);
        // Scored at the event level, only labelled articles count: one file scores 2 articles, both 4.
        Assert.Equal(2, Pool().WithEventLabels(first).Score([0, 0, 1, 1], StoryLevel.Event).Items);
        var s = both.Score([0, 0, 1, 1], StoryLevel.Event);
        Assert.Equal(4, s.Items);
        Assert.True(s.BCubedPrecision < 1.0);
    }

    [Fact]
    public void An_article_labelled_two_ways_across_files_is_an_error()
    {
        using var files = new TempFiles();
        var first = files.Write("labels.tsv", "a1\tdam-burst\n");
        var second = files.Write("labels2.tsv", "a1\tevacuation\n");
        var e = Assert.Throws<RoundupInputException>(() => Pool().WithEventLabels(first, second));
        Assert.Contains("a1", e.Message, StringComparison.Ordinal);
        Assert.Contains("labels2.tsv:1", e.Message, StringComparison.Ordinal);
    }
}
