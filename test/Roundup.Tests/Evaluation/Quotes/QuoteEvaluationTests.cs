using System.Text.Json;
using Roundup.Evaluation.Quotes;
using Roundup.Reading;
using Xunit.Abstractions;

namespace Roundup.Tests.Evaluation.Quotes;

public sealed class QuoteEvaluationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("Clinton campaign Chairman John Podesta", GoldSourceKind.Named, "Podesta", "John")]
    [InlineData("Jeff Weaver, Sanders’ campaign manager,", GoldSourceKind.Named, "Weaver", "Jeff")]
    [InlineData("Mr. Trump's campaign chairman, Paul Manafort,", GoldSourceKind.Named, "Manafort", "Paul")]
    [InlineData("Sen. Chris Murphy (D-Conn.)", GoldSourceKind.Named, "Murphy", "Chris")]
    [InlineData("the Post", GoldSourceKind.Named, "Post", null)]
    [InlineData("Mr. Manafort", GoldSourceKind.Named, "Manafort", null)]
    [InlineData("Italian Prime Minister Matteo Renzi", GoldSourceKind.Named, "Renzi", "Matteo")] // a nationality is no first name
    [InlineData("FBI Director James B. Comey", GoldSourceKind.Named, "Comey", "James")] // nor is an initial
    [InlineData("a prominent committee member who supports Trump", GoldSourceKind.Common, null, null)]
    [InlineData("the report", GoldSourceKind.Common, null, null)]
    [InlineData("she", GoldSourceKind.Pronoun, null, null)]
    [InlineData(null, GoldSourceKind.None, null, null)]
    public void Gold_sources_are_read_by_their_head_name(string? source, GoldSourceKind kind, string? head, string? first)
    {
        var (k, h, f) = QuoteEvaluation.ClassifySource(source);
        Assert.Equal(kind, k);
        Assert.Equal(head, h);
        Assert.Equal(first, f);
    }

    [Theory]
    [InlineData("Donald Trump", "Trump", null, true)]
    [InlineData("Trump", "Trump", "Donald", true)]
    [InlineData("Hillary Clinton", "Clinton", "Bill", false)]
    [InlineData("Hillary Clinton", "Clinton", "Hillary", true)]
    [InlineData("Washington Post", "Post", null, true)]
    [InlineData("Bernie Sanders", "Weaver", "Jeff", false)]
    [InlineData("Matteo Renzi", "Renzi", "Matteo", true)] // the office left out of the predicted name
    [InlineData("Italian Prime Minister Matteo Renzi", "Renzi", "Matteo", true)] // or kept in it
    [InlineData("James Comey", "Comey", "James", true)]
    [InlineData("Bill Clinton", "Clinton", "Hillary", false)]
    public void A_predicted_name_matches_the_head_and_agreeing_first_name(string predicted, string head, string? first, bool matches)
        => Assert.Equal(matches, QuoteEvaluation.Matches(predicted, head, first));

    private static string Line(string id, string text, params (string Quote, string? Source)[] quotes) => JsonSerializer.Serialize(new
    {
        id,
        text,
        quotes = quotes.Select(q =>
        {
            int s = text.IndexOf(q.Quote, StringComparison.Ordinal);
            int ss = q.Source is null ? -1 : text.IndexOf(q.Source, StringComparison.Ordinal);
            return new
            {
                content = new { start = s, end = s + q.Quote.Length, text = q.Quote, fragments = new[] { new[] { s, s + q.Quote.Length } } },
                source = q.Source is null ? null : new { start = ss, end = ss + q.Source.Length, text = q.Source },
                kind = "full",
            };
        }),
    });

    [Fact]
    public void Scores_found_with_speaker_and_right_on_written_articles()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path,
            [
                Line("a1", "“We will rebuild the bridge by spring,” Ana Ruiz said. The council agreed.", ("“We will rebuild the bridge by spring,”", "Ana Ruiz")),
                Line("a2", "Tom Baker met the press. “Nobody saw it coming at all,” they said. Later he left.", ("“Nobody saw it coming at all,”", "they")),
                Line("a3", "The mayor spoke on the radio for an hour about taxes and roads.", ("spoke on the radio for an hour", "The mayor")),
            ]);
            var report = QuoteEvaluation.Run(QuoteDataset.Load(path));
            output.WriteLine(report.ToString());
            Assert.Equal(3, report.Gold);
            Assert.Equal(2, report.Found);
            Assert.Equal(1, report.FoundWithSpeaker);
            Assert.Equal(1, report.NamedFound);
            Assert.Equal(1, report.NamedRight);
            Assert.Contains(report.Errors, e => e.Contains("missed", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_or_a_bad_line_is_an_input_error()
    {
        Assert.Throws<RoundupInputException>(() => QuoteDataset.Load("/no/such/quotes.jsonl").ToList());
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "{\"id\": \"x\", \"text\": \"short\", \"quotes\": [{\"content\": {\"start\": 0, \"end\": 99}}]}\n");
            Assert.Throws<RoundupInputException>(() => QuoteDataset.Load(path).ToList());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SkippableFact]
    public void PolNeAR_dev_meets_the_issue_targets()
    {
        var path = DevData.Require("polnear/polnear-dev.jsonl");
        var report = QuoteEvaluation.Run(QuoteDataset.Load(path));
        output.WriteLine(report.ToString());
        Assert.True(report.FoundRate >= 0.95, $"found {report.FoundRate:0.000}");
        Assert.True(report.SpeakerRate >= 0.90, $"found with a speaker {report.SpeakerRate:0.000}");
        Assert.True(report.RightRate >= 0.90, $"speaker right {report.RightRate:0.000}");
    }
}
