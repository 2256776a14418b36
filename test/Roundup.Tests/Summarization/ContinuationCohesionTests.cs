using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>
/// A short line that points back at the chosen sentence before it ("She then flew to Lisbon with her family." after the
/// sentence about her) connects through that reference (issue #11): the short-line cohesion test of an anchored summary
/// (<see cref="CoverageOptions.StoryCohesion"/>) does not turn it away for sharing no word with the summary.
/// </summary>
public sealed class ContinuationCohesionTests
{
    // Written for this test: three reports of a mayor's resignation; the first goes on with a short line about her.
    private static Cluster Story() => Fixtures.Story(
        new Article("post", """
            The mayor of Harbor Town resigned on Tuesday after weeks of protests over a ferry contract awarded to her brother's company.

            Council members had voted against her on Monday night, and protesters filled the square outside the town hall.

            She then flew to Lisbon with her family.

            The council will choose an acting mayor on Friday.
            """) { Source = "Harbor Post" },
        new Article("wire", """
            Harbor Town's mayor stepped down on Tuesday after weeks of protests over a ferry contract that went to her brother's company.

            Local reporters saw the former mayor and her family board a flight to Lisbon on Tuesday evening.

            An acting mayor will be chosen by the council on Friday, officials said.
            """) { Source = "Harbor Wire" },
        new Article("daily", """
            Protests over a ferry contract forced the mayor of Harbor Town from office on Tuesday.

            The contract went to a company run by her brother, and the council voted against her on Monday.

            Her family flew to Lisbon on Tuesday, neighbours said.
            """) { Source = "Island Daily" });

    [Fact]
    public void A_short_line_that_points_back_at_the_sentence_before_it_is_not_turned_away_as_unconnected()
    {
        var summary = Fixtures.Summarize("coverage", Story(), new SummaryOptions { Words = 120 });
        var texts = summary.Sentences.Select(s => s.Text).ToList();
        int before = texts.FindIndex(t => t.StartsWith("Council members had voted", StringComparison.Ordinal));
        int line = texts.FindIndex(t => t.StartsWith("She then flew to Lisbon", StringComparison.Ordinal));
        Assert.True(before >= 0, string.Join(" | ", texts));
        Assert.Equal(before + 1, line);
    }
}
