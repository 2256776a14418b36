using System.CommandLine;
using System.Text.Json;
using Roundup.Cli;
using Roundup.Evaluation;
using Roundup.Evaluation.Rouge;
using Roundup.Reading;

namespace Roundup.Tests.Evaluation;

public sealed class SummaryEvaluationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("roundup-eval-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly string[] Docs =
    [
        "The river town of Millbrook opened its new stone bridge on Monday. The mayor cut a ribbon before a crowd of three hundred people.\n\nThe bridge replaces a wooden crossing that floods closed in the spring. Engineers said the new span should last a century.",
        "Millbrook residents crossed their new bridge for the first time on Monday. Shop owners on the east bank said they expect more customers now that the floods no longer cut them off.",
    ];

    private string WriteMultiNews()
    {
        var path = Path.Combine(_dir, "set.jsonl");
        var lines = new[]
        {
            JsonSerializer.Serialize(new { idx = 0, documents = Docs, summary = "– Millbrook opened a new stone bridge on Monday. It replaces a wooden crossing that flooded every spring." }),
            JsonSerializer.Serialize(new { idx = 1, documents = new[] { Docs[1], "" }, summary = "– Residents crossed the new bridge. Shop owners expect more customers." }),
        };
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void Splits_references_after_sentence_ends_but_not_after_common_abbreviations()
    {
        var s = SummaryEvaluationDataset.SplitSentences("– The vote is on Oct. 5 in the U.S. Senate. \"It matters,\" she said. (More here.) Then Dr. Ames spoke.");
        Assert.Equal(["– The vote is on Oct. 5 in the U.S. Senate.", "\"It matters,\" she said.", "(More here.) Then Dr.", "Ames spoke."], s);
    }

    [Fact]
    public void Reads_multinews_json_lines()
    {
        var cases = SummaryEvaluationDataset.Load(WriteMultiNews()).ToList();
        Assert.Equal(2, cases.Count);
        Assert.Equal("0", cases[0].Id);
        Assert.Equal(2, cases[0].Cluster.Articles.Count);
        Assert.Single(cases[1].Cluster.Articles); // the empty document is dropped
        Assert.Equal(["– Millbrook opened a new stone bridge on Monday.", "It replaces a wooden crossing that flooded every spring."], cases[0].References[0]);
    }

    [Fact]
    public void Reads_a_duc_style_folder_with_several_references()
    {
        var topic = Path.Combine(_dir, "duc", "T1");
        Directory.CreateDirectory(Path.Combine(topic, "docs"));
        Directory.CreateDirectory(Path.Combine(topic, "refs"));
        File.WriteAllText(Path.Combine(topic, "docs", "a.txt"), Docs[0]);
        File.WriteAllText(Path.Combine(topic, "docs", "b.txt"), Docs[1]);
        File.WriteAllText(Path.Combine(topic, "refs", "A"), "Millbrook opened a bridge.");
        File.WriteAllText(Path.Combine(topic, "refs", "B"), "A new bridge opened in Millbrook.\nShops are glad.");
        var cases = SummaryEvaluationDataset.Load(Path.Combine(_dir, "duc")).ToList();
        var c = Assert.Single(cases);
        Assert.Equal("T1", c.Id);
        Assert.Equal(2, c.Cluster.Articles.Count);
        Assert.Equal(2, c.References.Count);
        Assert.Equal(2, c.References[1].Count);
    }

    [Fact]
    public void Bad_dataset_lines_are_input_errors()
    {
        var path = Path.Combine(_dir, "bad.jsonl");
        File.WriteAllText(path, "{\"idx\": 0, \"documents\": [\"x\"]}\n");
        Assert.Throws<RoundupInputException>(() => SummaryEvaluationDataset.Load(path).ToList());
        File.WriteAllText(path, "not json\n");
        Assert.Throws<RoundupInputException>(() => SummaryEvaluationDataset.Load(path).ToList());
    }

    [Fact]
    public void Runner_scores_the_lead_summarizer_and_given_outputs_with_one_scorer()
    {
        var runner = new SummaryEvaluationRunner(SummaryEvaluationProtocol.MultiNews);
        var cases = SummaryEvaluationDataset.Load(WriteMultiNews()).ToList();
        var lead = runner.RunAlgorithm("lead", cases);
        Assert.Equal(2, lead.Items.Count);
        Assert.True(lead.Report["ROUGE-1"].Mean.Recall > 0.3);

        var outputs = new Dictionary<string, IReadOnlyList<string>> { ["0"] = ["Millbrook opened a new stone bridge on Monday."] };
        var given = runner.RunOutputs("given", cases, outputs);
        Assert.Single(given.Items);
        Assert.Equal(1, given.Missing);
        // same scorer, same result as scoring directly
        var direct = runner.Scorer.Score(outputs["0"], cases[0].References[0]);
        Assert.Equal(direct.Rouge2, given.Items[0].Rouge2);
    }

    [Fact]
    public void Unknown_protocol_is_refused()
    {
        Assert.Equal("multinews", SummaryEvaluationProtocol.Get("MultiNews").Name);
        Assert.Throws<ArgumentException>(() => SummaryEvaluationProtocol.Get("nope"));
    }

    [Fact]
    public void Cli_eval_summarize_writes_per_item_scores_and_rejects_unknown_algorithms()
    {
        var data = WriteMultiNews();
        var perItem = Path.Combine(_dir, "items.jsonl");
        var root = new RootCommand { EvalCommand.Create() };
        var console = new CliConsole(new StringReader(""), new StringWriter(), new StringWriter());
        Assert.Equal(0, CliRunner.Invoke(root, ["eval", "summarize", data, "--algorithm", "lead", "--per-item", perItem], console));
        Assert.Contains("lead", console.Out.ToString(), StringComparison.Ordinal);
        Assert.Equal(CliRunner.InputError, CliRunner.Invoke(root, ["eval", "summarize", data, "--algorithm", "nonesuch"], console));
        Assert.Equal(CliRunner.InputError, CliRunner.Invoke(root, ["eval", "summarize", Path.Combine(_dir, "missing.jsonl")], console));
        var lines = File.ReadAllLines(perItem);
        Assert.Equal(2, lines.Length);
        using var doc = JsonDocument.Parse(lines[0]);
        Assert.Equal("lead", doc.RootElement.GetProperty("system").GetString());
        Assert.True(doc.RootElement.GetProperty("ROUGE-SU4").GetProperty("F").GetDouble() > 0);
        // The reader checks' findings, one array per summary sentence.
        Assert.Equal(doc.RootElement.GetProperty("summary").GetArrayLength(), doc.RootElement.GetProperty("problems").GetArrayLength());
        Assert.Contains("unintroduced persons", console.Out.ToString(), StringComparison.Ordinal);

        // the per-item file doubles as an outputs file
        var again = Path.Combine(_dir, "again.jsonl");
        Assert.Equal(0, CliRunner.Invoke(root, ["eval", "summarize", data, "--outputs", perItem, "--per-item", again], console));
        using var doc2 = JsonDocument.Parse(File.ReadAllLines(again)[0]);
        Assert.Equal(doc.RootElement.GetProperty("ROUGE-1").GetProperty("F").GetDouble(), doc2.RootElement.GetProperty("ROUGE-1").GetProperty("F").GetDouble());
    }

    [Fact]
    public void The_reader_checks_line_gives_the_issues_together_and_the_strict_total_apart()
    {
        var line = EvalSummarizeCommand.ChecksLine(new SummaryCheckReport(100, 0, 2, 1, 0, 0, UnintroducedPersons: 3, DanglingOrUnintroduced: 4));
        Assert.Contains("dangling references 2.00%", line, StringComparison.Ordinal);
        Assert.Contains("(together 3.00%)", line, StringComparison.Ordinal);
        Assert.Contains("unintroduced persons 3.00% (strict total with them 5.00%)", line, StringComparison.Ordinal);
        var wider = EvalSummarizeCommand.ChecksLine(new SummaryCheckReport(100, 0, 2, 1, 0, 0, UnintroducedPersons: 3, DanglingOrUnintroduced: 4, UnintroducedNames: 2, DanglingOrUnintroducedAny: 5));
        Assert.Contains("(strict total with them 5.00%)", wider, StringComparison.Ordinal); // unchanged by the names
        Assert.Contains("unintroduced names and unnamed speakers 2.00% (wider total with them 6.00%)", wider, StringComparison.Ordinal);
    }
}
