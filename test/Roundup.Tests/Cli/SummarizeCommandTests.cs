using System.CommandLine;
using System.Text.Json;
using Roundup.Cli;
using Roundup.Tests.Reading;

namespace Roundup.Tests.Cli;

public sealed class SummarizeCommandTests
{
    private sealed record Result(int Exit, string Out, string Err);

    private static Result RunWithStdin(string stdin, params string[] args)
    {
        var root = new RootCommand { SummarizeCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CliRunner.Invoke(root, ["summarize", .. args], new CliConsole(new StringReader(stdin), output, error));
        return new Result(exit, output.ToString(), error.ToString());
    }

    private static Result Run(params string[] args) => RunWithStdin("", args);

    private static void AssertOneLineError(Result r, string expected)
    {
        Assert.Equal(CliRunner.InputError, r.Exit);
        Assert.Equal("", r.Out);
        var line = Assert.Single(r.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("roundup: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Err, StringComparison.Ordinal);
    }

    private const string Batch =
        "{\"id\": \"ferry\", \"documents\": [\"Ferry service stopped on Monday after crews walked off the job. Talks resume Wednesday.\", \"Commuters waited for buses as the ferry strike began on Monday.\"], \"summary\": \"– Ferry crews struck.\"}\n" +
        "{\"idx\": 2, \"documents\": [\"The school board voted to start classes later next fall. ||||| High schools will start at 8:45 a.m. next year.\"]}\n";

    [Fact]
    public void Batch_writes_one_json_line_per_input_line_keyed_by_id()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("b.jsonl", Batch);
        var r = Run(path, "--format", "json", "--sentences", "1");
        Assert.Equal(0, r.Exit);
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("ferry", first.RootElement.GetProperty("id").GetString());
        Assert.Equal("2", second.RootElement.GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(first.RootElement.GetProperty("summary").GetString()));
        Assert.Contains("summarized 2 clusters", r.Err, StringComparison.Ordinal);
        Assert.Equal("", Run(path, "--format", "json", "--quiet").Err);
    }

    [Fact]
    public void Batch_from_stdin_and_plain_text_names_each_cluster()
    {
        var r = RunWithStdin(Batch, "-", "--sentences", "1");
        Assert.Equal(0, r.Exit);
        Assert.StartsWith("[ferry]\n", r.Out, StringComparison.Ordinal);
        Assert.Contains("\n[2]\n", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_gives_one_markdown_story_with_sources()
    {
        using var tmp = new TempFiles();
        tmp.Write("story/one.txt", "---\nsource: Valley Post\n---\nDam opens early\n\nThe Linden dam opened two weeks early on Monday, officials said.");
        tmp.Write("story/two.txt", "---\nsource: Ridge Gazette\n---\nThe Linden dam opened on Monday after a two-year project.");
        var r = Run(Path.Combine(tmp.Root, "story"), "--format", "markdown");
        Assert.Equal(0, r.Exit);
        Assert.Contains("## Story story", r.Out, StringComparison.Ordinal);
        Assert.Contains("Valley Post", r.Out, StringComparison.Ordinal);
        Assert.Equal("", r.Err);
    }

    [Fact]
    public void Missing_path_is_one_line_error()
        => AssertOneLineError(Run("/no/such/place/file.txt"), "No such file or folder: /no/such/place/file.txt");

    [Fact]
    public void Empty_input_is_one_line_error()
    {
        using var tmp = new TempFiles();
        AssertOneLineError(Run(tmp.Write("e.txt", "\n\n")), "empty");
        AssertOneLineError(RunWithStdin(""), "empty");
    }

    [Fact]
    public void Binary_file_is_one_line_error()
    {
        using var tmp = new TempFiles();
        AssertOneLineError(Run(tmp.WriteBytes("x.dat", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0])), "binary");
        var noise = new string([.. Enumerable.Range(0, 3000).Select(i => (char)((i * 7919) % 251 + 1))]);
        AssertOneLineError(RunWithStdin(noise, "-"), "Standard input looks like a binary file");
    }

    [Fact]
    public void Huge_non_batch_file_is_refused_stating_the_limit()
    {
        using var tmp = new TempFiles();
        var path = Path.Combine(tmp.Root, "huge.txt");
        using (var f = File.Create(path))
        {
            f.Write("Council passes budget\n\nThe council passed the budget on Tuesday.\n"u8);
            f.SetLength(200L * 1024 * 1024); // the rest is sparse: costs no disk or time
        }
        AssertOneLineError(Run(path), "the limit for one file is 64 MB");
    }

    [Fact]
    public void Unknown_input_format_and_unsupported_file_are_one_line_errors()
    {
        using var tmp = new TempFiles();
        var txt = tmp.Write("a.txt", "Some text.\nMore.");
        AssertOneLineError(Run(txt, "--input-format", "docx"), "Unknown input format 'docx'");
        AssertOneLineError(Run(tmp.WriteBytes("a.pdf", [.. "%PDF-1.4\n"u8])), ".pdf files are not supported");
        AssertOneLineError(Run(tmp.Write("c.jsonl", "{\"name\": 1}\n")), "neither \"documents\"");
    }

    [Fact]
    public void Bad_batch_line_reports_its_line_number_after_earlier_output()
    {
        using var tmp = new TempFiles();
        var r = Run(tmp.Write("b.jsonl", Batch + "{\"id\": 3, \"documents\": [\"ok\"\n"), "--format", "json", "--quiet");
        Assert.Equal(CliRunner.InputError, r.Exit);
        Assert.Equal(2, r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("b.jsonl line 3: not valid JSON", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_english_input_warns_on_stderr_and_goes_on()
    {
        var r = RunWithStdin("Le conseil municipal a adopté mardi soir le budget de la ville après un long débat sur les bibliothèques du quartier.", "--format", "json");
        Assert.Equal(0, r.Exit);
        Assert.Contains("\"language\":\"fr\"", r.Out, StringComparison.Ordinal);
        Assert.Contains("roundup: warning:", r.Err, StringComparison.Ordinal);
        Assert.Contains("French", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_budget_is_one_line_error()
        => AssertOneLineError(RunWithStdin("Some text here.", "--words", "0"), "--words must be a positive number");

    [SkippableFact]
    public void Sample_city_budget_summarizes_with_three_outlets()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Roundup.slnx"))) dir = Path.GetDirectoryName(dir);
        Skip.If(dir is null, "repository root not found");
        var r = Run(Path.Combine(dir!, "samples", "city-budget"), "--format", "json");
        Assert.Equal(0, r.Exit);
        using var doc = JsonDocument.Parse(r.Out);
        var sources = doc.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("source").GetString()).ToList();
        Assert.Equal(["Harlow Bay Herald", "North Shore Weekly", "The Bayside Ledger"], sources);
        var batch = Run(Path.Combine(dir!, "samples", "batch.jsonl"), "--format", "json", "--quiet");
        Assert.Equal(0, batch.Exit);
        Assert.Equal(3, batch.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
