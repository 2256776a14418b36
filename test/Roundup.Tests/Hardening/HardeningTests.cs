using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Roundup.Cli;
using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Reading;
using Roundup.Rendering;
using Roundup.Summarization;
using Roundup.Tests.Reading;

namespace Roundup.Tests.Hardening;

/// <summary>One test (at least) per defect of issue #17, in-process; the child-process checks are in <see cref="HostileCorpusTests"/>.</summary>
public sealed class HardeningTests
{
    private const string Story = "The Linden dam opened two weeks early on Monday, officials said. Engineers finished the spillway in March after a wet winter. " +
        "The reservoir will supply 40,000 homes, the water board said.";

    private sealed record Result(int Exit, string Out, string Err);

    private static Result Cli(string stdin, params string[] args)
    {
        var root = new RootCommand { SummarizeCommand.Create(), ClusterCommand.Create(), DigestCommand.Create(), EvalCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CliRunner.Invoke(root, args, new CliConsole(new StringReader(stdin), output, error));
        return new Result(exit, output.ToString(), error.ToString());
    }

    private static void AssertOneLineError(Result r, string expected)
    {
        Assert.Equal(CliRunner.InputError, r.Exit);
        Assert.Equal("", r.Out);
        var line = Assert.Single(r.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("roundup: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    private static Cluster Processed(string id, params Article[] articles)
    {
        var c = new Cluster(id, articles);
        new RoundupPipelineBuilder().UseDefaults().UseSummarizer(new SummaryOptions { Words = 60 }).Build().Run(c);
        return c;
    }

    // 1. XSS: only http, https and mailto URLs become links.
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JavaScript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/relative/path")]
    [InlineData("https://ok.example/\" onmouseover=\"alert(1)")]
    public void Digest_html_never_links_a_url_that_is_not_http_https_or_mailto(string url)
    {
        var c = Processed("s", new Article("a", Story) { Title = "Dam opens", Url = url, Source = "Valley Post" });
        var html = new StringWriter();
        DigestRenderer.WriteDigestHtml([c], html);
        Assert.DoesNotContain("href", html.ToString(), StringComparison.Ordinal);
        Assert.Contains("Dam opens", html.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Digest_html_links_http_https_and_mailto()
    {
        foreach (var url in (string[])["https://news.example/dam?a=1&b=2", "http://x.example/", "mailto:desk@news.example"])
        {
            var c = Processed("s", new Article("a", Story) { Title = "Dam opens", Url = url });
            var html = new StringWriter();
            DigestRenderer.WriteDigestHtml([c], html);
            Assert.Contains($"href=\"{System.Net.WebUtility.HtmlEncode(url)}\"", html.ToString(), StringComparison.Ordinal);
        }
        Assert.Null(SafeText.Url("javascript:alert(1)"));
        Assert.Null(SafeText.Url("https://a.example/<script>"));
    }

    // 8. Terminal escapes, bidi controls and raw HTML.
    [Fact]
    public void Text_output_carries_no_terminal_control_characters()
    {
        var c = Processed("s", new Article("a", "The dam \u001b]0;pwned\u0007opened \u001b[31mearly\u001b[0m on Monday, officials \u202esaid\u202c today. Engineers finished the spillway in March after a wet winter.")
        { Source = "Evil\u001b[2J Times\n\u0000" });
        var text = ClusterRenderer.PlainText(c);
        Assert.NotEmpty(c.Summary!.Sentences);
        Assert.False(HostileCorpus.HasControl(text), text);
        Assert.Contains("opened", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_output_has_no_raw_html_and_no_live_links_from_the_input()
    {
        var c = Processed("s", new Article("a", Story + " See <script>alert(1)</script> and [click](javascript:alert(1)) now, officials said on Monday.")
        { Title = "<img src=x onerror=alert(1)>Dam", Source = "[x](javascript:alert(2))", Url = "javascript:alert(3)" });
        c.Label = "Dam <b>opens</b>\n# injected heading";
        var md = ClusterRenderer.Markdown(c);
        Assert.DoesNotContain("<img", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<javascript", md, StringComparison.Ordinal);
        Assert.DoesNotContain("\n# injected", md, StringComparison.Ordinal);
        Assert.DoesNotContain("](javascript", md.Replace("\\](", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("AT&T said [1] a < b", SafeText.Markdown("AT&T said [1] a < b").Replace("&lt;", "<", StringComparison.Ordinal));
    }

    [Fact]
    public void Batch_ids_with_control_characters_are_printed_on_one_clean_line()
    {
        var r = Cli("{\"id\":\"a\\nb\\u001b[2J\\u202e\",\"documents\":[" + JsonSerializer.Serialize(Story) + "]}\n{\"id\":\"z\",\"documents\":[" + JsonSerializer.Serialize(Story) + "]}\n", "summarize", "-");
        Assert.Equal(0, r.Exit);
        Assert.StartsWith("[a b[2J]\n", r.Out, StringComparison.Ordinal);
        Assert.False(HostileCorpus.HasControl(r.Out));
    }

    // 4. Pipes as paths.
    [SkippableFact]
    public void A_named_pipe_is_read_like_standard_input()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "named pipes: Linux");
        using var tmp = new TempFiles();
        var fifo = Path.Combine(tmp.Root, "story.fifo");
        using (var mk = Process.Start("mkfifo", [fifo])) mk.WaitForExit();
        var writer = Task.Run(() => File.WriteAllText(fifo, Story));
        var clusters = InputLoader.Load([fifo], TextReader.Null).ToList();
        writer.Wait();
        var a = Assert.Single(Assert.Single(clusters).Articles);
        Assert.Contains("Linden dam", a.RawText, StringComparison.Ordinal);
    }

    // 5. Limits on superlinear work.
    [Fact]
    public void A_batch_line_over_the_limit_is_refused_in_constant_memory_and_can_be_skipped()
    {
        var line = "{\"id\":\"x\",\"documents\":[" + JsonSerializer.Serialize(Story) + "]}\n";
        var text = line + "{\"id\":\"big\",\"documents\":[\"" + new string('a', 5000) + "\"]}\n" + line.Replace("\"x\"", "\"y\"", StringComparison.Ordinal);
        var ex = Assert.Throws<RoundupInputException>(() => JsonLinesReader.ReadClusters(new MemoryStream(Encoding.UTF8.GetBytes(text)), "b.jsonl", maxLineBytes: 1000).ToList());
        Assert.Contains("b.jsonl line 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("limit for one batch line", ex.Message, StringComparison.Ordinal);
        var skipped = new List<string>();
        var ids = JsonLinesReader.ReadClusters(new MemoryStream(Encoding.UTF8.GetBytes(text)), "b.jsonl", maxLineBytes: 1000, onBadLine: e => { skipped.Add(e.Message); return true; }).Select(c => c.Id).ToList();
        Assert.Equal(["x", "y"], ids);
        Assert.Single(skipped);
        // The same from text (standard input).
        Assert.Equal(["x", "y"], JsonLinesReader.ReadClusters(new StringReader(text), "stdin", maxLineBytes: 1000, onBadLine: _ => true).Select(c => c.Id));
    }

    [Fact]
    public void Deeply_nested_html_is_read_by_the_linear_stripper()
    {
        const int depth = 50_000;
        var html = "<html><head><title>Deep</title></head><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>" + Story + "</p>" + string.Concat(Enumerable.Repeat("</div>", depth)) + "<script>var x = '<div>';</script></body></html>";
        Assert.True(HtmlText.IsTooDeep(html));
        var a = HtmlArticleReader.Read("deep.html", html, "deep.html");
        Assert.Contains("The Linden dam opened", a.RawText, StringComparison.Ordinal);
        Assert.DoesNotContain("var x", a.RawText, StringComparison.Ordinal);
        var spans = "<body>" + string.Concat(Enumerable.Repeat("<span>x ", depth)) + "</body>";
        Assert.True(HtmlText.IsTooDeep(spans));
        Assert.StartsWith("x x x", HtmlText.ToPlainText(spans), StringComparison.Ordinal);
        // Ordinary pages, with many paragraphs and list items that close themselves, are not "deep".
        Assert.False(HtmlText.IsTooDeep("<html><body>" + string.Concat(Enumerable.Repeat("<p>para<li>item<br><img src=x>", 10_000)) + "</body></html>"));
    }

    // 6. Clear errors instead of "internal error".
    [Theory]
    [InlineData("<?xml version=\"1.0\"?><catalog><book id=\"1\"><title>Dams</title></book></catalog>")]
    [InlineData("<html><head><title>Dam</title></head><body><p>Text</p></body></html>")]
    [InlineData("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>x")]
    public void Xml_that_is_not_a_readable_feed_is_an_input_error(string xml)
        => Assert.Throws<RoundupInputException>(() => FeedArticleReader.Read("f.xml", xml));

    [Fact]
    public void A_lone_surrogate_escape_is_an_input_error_naming_the_line()
    {
        var ex = Assert.Throws<RoundupInputException>(() => JsonLinesReader.ParseCluster("{\"id\":\"s\",\"documents\":[\"bad \\ud800 text\"]}"u8, "s.jsonl", 7));
        Assert.Contains("s.jsonl line 7", ex.Message, StringComparison.Ordinal);
        Assert.Throws<RoundupInputException>(() => JsonLinesReader.ParseArticle("{\"id\":\"s\",\"text\":\"bad \\udc00\"}"u8, "a.jsonl", 1, "a/0"));
    }

    [Fact]
    public void Eval_outputs_with_non_string_sentences_and_a_bad_per_item_path_are_input_errors()
    {
        using var tmp = new TempFiles();
        var gold = tmp.Write("gold.jsonl", "{\"id\":\"g1\",\"documents\":[" + JsonSerializer.Serialize(Story) + "],\"summary\":\"The dam opened early.\"}\n");
        AssertOneLineError(Cli("", "eval", "summarize", gold, "--outputs", tmp.Write("o.jsonl", "{\"id\":\"g1\",\"summary\":[1,2]}\n")), "must be text or an array of sentences");
        AssertOneLineError(Cli("", "eval", "summarize", gold, "--per-item", Path.Combine(tmp.Root, "no", "such", "items.jsonl")), "Cannot write the per-item file");
    }

    // 13. --per-item is locked while a run writes it.
    [SkippableFact]
    public void Per_item_file_held_by_another_run_fails_at_once()
    {
        Skip.If(OperatingSystem.IsWindows(), "advisory locks: Unix");
        using var tmp = new TempFiles();
        var gold = tmp.Write("gold.jsonl", "{\"id\":\"g1\",\"documents\":[" + JsonSerializer.Serialize(Story) + "],\"summary\":\"The dam opened early.\"}\n");
        var items = Path.Combine(tmp.Root, "items.jsonl");
        using (new FileStream(items, FileMode.Create, FileAccess.Write, FileShare.None))
            AssertOneLineError(Cli("", "eval", "summarize", gold, "--per-item", items), "another run may be writing it");
        var ok = Cli("", "eval", "summarize", gold, "--per-item", items);
        Assert.Equal(0, ok.Exit);
        Assert.Single(File.ReadAllLines(items));
    }

    // 7 and 12. Whole records, one write each; a broken pipe stops the run.
    private sealed class RecordingStream(Func<int, Exception?>? fail = null) : MemoryStream
    {
        public int Writes { get; private set; }

        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            if (fail?.Invoke(Writes) is { } e) throw e;
            base.Write(buffer, offset, count);
        }
    }

    [Fact]
    public void Output_writer_writes_each_record_with_one_write_call()
    {
        var stream = new RecordingStream();
        using var w = new OutputWriter(stream, "out");
        for (int i = 0; i < 300; i++) w.Write("{\"id\":\"" + i + "\",");
        w.WriteLine("\"end\":true}");
        Assert.Equal(0, stream.Writes);
        w.Flush();
        Assert.Equal(1, stream.Writes);
        w.Flush();
        Assert.Equal(1, stream.Writes);
    }

    [Fact]
    public void A_broken_pipe_stops_the_run_with_exit_141_and_no_message()
    {
        var stream = new RecordingStream(n => n >= 2 ? new IOException("Broken pipe", 32) : null);
        bool cancelled = false;
        var root = new RootCommand { SummarizeCommand.Create() };
        var batch = string.Concat(Enumerable.Range(0, 200).Select(i => "{\"id\":\"c" + i + "\",\"documents\":[" + JsonSerializer.Serialize(Story) + "]}\n"));
        var error = new StringWriter();
        int exit = CliRunner.Invoke(root, ["summarize", "-", "--format", "json", "--quiet"],
            new CliConsole(new StringReader(batch), new OutputWriter(stream, "out", () => cancelled = true), error));
        Assert.Equal(CliRunner.BrokenPipe, exit);
        Assert.Equal("", error.ToString());
        Assert.True(cancelled);
        Assert.Equal(2, stream.Writes); // one record written, the second write failed, nothing after
    }

    [Fact]
    public void A_full_disk_is_a_one_line_output_error()
    {
        var stream = new RecordingStream(_ => new IOException("No space left on device", 28));
        var root = new RootCommand { SummarizeCommand.Create() };
        var error = new StringWriter();
        int exit = CliRunner.Invoke(root, ["summarize", "-"], new CliConsole(new StringReader(Story), new OutputWriter(stream, "standard output"), error));
        Assert.Equal(CliRunner.InputError, exit);
        Assert.Equal("roundup: cannot write standard output: No space left on device.", Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void RunAll_stops_when_cancelled()
    {
        using var stop = new CancellationTokenSource();
        int read = 0;
        IEnumerable<Cluster> Source()
        {
            for (int i = 0; i < 1000; i++) { read++; yield return new Cluster($"c{i}", [new Article("a", Story)]); }
        }
        var pipeline = new RoundupPipelineBuilder().UseDefaults().UseSummarizer(new SummaryOptions { Words = 30 }).Build();
        int seen = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in pipeline.RunAll(Source(), maxParallelism: 2, cancellationToken: stop.Token))
                if (++seen == 3) stop.Cancel();
        });
        Assert.Equal(3, seen);
        Assert.True(read < 1000);
    }

    // 9. Duplicate ids.
    [Fact]
    public void Articles_and_clusters_with_the_same_id_are_told_apart_with_a_warning()
    {
        using var tmp = new TempFiles();
        var a1 = tmp.Write("d1/a.txt", Story);
        var a2 = tmp.Write("d2/a.txt", "The Linden dam opened on Monday after a two-year project.");
        var c = Assert.Single(InputLoader.Load([a1, a2, a1], TextReader.Null));
        Assert.Equal(["a.txt", "a.txt#2", "a.txt#3"], c.Articles.Select(a => a.Id));
        Assert.Contains(c.Warnings, w => w.Contains("3 articles have the id 'a.txt'", StringComparison.Ordinal));
        var batch = tmp.Write("b.jsonl", "{\"id\":\"x\",\"documents\":[{\"id\":\"d\",\"text\":\"One.\"},{\"id\":\"d\",\"text\":\"Two.\"}]}\n{\"id\":\"x\",\"documents\":[\"Three.\"]}\n");
        var clusters = InputLoader.Load([batch], TextReader.Null).ToList();
        Assert.Equal(["x", "x#2"], clusters.Select(k => k.Id));
        Assert.Equal(["d", "d#2"], clusters[0].Articles.Select(a => a.Id));
        Assert.Contains(clusters[1].Warnings, w => w.Contains("'x' was used before", StringComparison.Ordinal));
    }

    // 10. Empty summary.
    [Fact]
    public void An_empty_summary_comes_with_a_warning()
    {
        var sentence = string.Join(' ', Enumerable.Range(0, 300).Select(i => "word" + i)) + ".";
        var r = Cli(sentence, "summarize", "-");
        Assert.Equal(0, r.Exit);
        Assert.Contains("roundup: warning: the summary is empty", r.Err, StringComparison.Ordinal);
    }

    // 11. Argument errors.
    [Theory]
    [InlineData("unknown option '--frobnicate'", "summarize", "--frobnicate")]
    [InlineData("did you mean 'summarize'", "summarise", "x.txt")]
    [InlineData("did you mean 'cluster'", "eval", "clustr", "x")]
    [InlineData("no command given", "eval")]
    [InlineData("'nonsense'", "summarize", "--format", "nonsense")]
    [InlineData("'1e9'", "summarize", "--words", "1e9")]
    [InlineData("--words", "summarize", "--words", "5", "--words", "6")]
    [InlineData("'maybe'", "summarize", "--on-error", "maybe")]
    [InlineData("unknown option '-z'", "digest", "-z")]
    public void Argument_errors_are_one_line_exit_2_without_help(string expected, params string[] args)
        => AssertOneLineError(Cli("", args), expected);

    [Fact]
    public void Help_still_prints_help()
    {
        var r = Cli("", "summarize", "--help");
        Assert.Equal(0, r.Exit);
        Assert.Contains("--on-error", r.Out, StringComparison.Ordinal);
        Assert.Equal("", r.Err);
    }

    // 14. Folders.
    [SkippableFact]
    public void A_folder_with_subfolders_dangling_links_and_loops_is_read_with_warnings()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "symbolic links: Linux");
        using var tmp = new TempFiles();
        var dir = Path.Combine(tmp.Root, "f");
        tmp.Write("f/one.txt", Story);
        tmp.Write("f/sub/two.txt", Story);
        File.CreateSymbolicLink(Path.Combine(dir, "dangling.txt"), "/no/such/file");
        File.CreateSymbolicLink(Path.Combine(dir, "loop1.txt"), "loop2.txt");
        File.CreateSymbolicLink(Path.Combine(dir, "loop2.txt"), "loop1.txt");
        tmp.Write("f/zero.txt", "");
        var c = Assert.Single(InputLoader.Load([dir], TextReader.Null));
        Assert.Equal("one.txt", Assert.Single(c.Articles).Id);
        Assert.Contains(c.Warnings, w => w.Contains("subfolder", StringComparison.Ordinal) && w.Contains("sub", StringComparison.Ordinal));
        Assert.Contains(c.Warnings, w => w.Contains("3 entries", StringComparison.Ordinal) && w.Contains("cannot be read", StringComparison.Ordinal));
        Assert.Contains(c.Warnings, w => w.Contains("empty", StringComparison.Ordinal) && w.Contains("zero.txt", StringComparison.Ordinal));
    }

    // 16. Consistent batch lines.
    [Theory]
    [InlineData("{\"id\":\"t\",\"documents\":[\"One. Two.\"]} trailing", "not valid JSON")]
    [InlineData("{\"id\":\"t\",\"documents\":[\"One. Two.\"]}{\"id\":\"u\"}", "not valid JSON")]
    [InlineData("{\"id\":\"n\",\"documents\":null}", "\"documents\" must be an array of strings or article objects, not null")]
    [InlineData("{\"id\":\"n\",\"documents\":42}", "\"documents\" must be an array of strings or article objects, not number")]
    [InlineData("{\"id\":\"n\",\"documents\":{\"text\":\"x\"}}", "not startobject")]
    public void Bad_batch_lines_are_all_errors_naming_their_line(string line, string expected)
    {
        var ex = Assert.Throws<RoundupInputException>(() => JsonLinesReader.ParseCluster(Encoding.UTF8.GetBytes(line), "b.jsonl", 4));
        Assert.StartsWith("b.jsonl line 4: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    // 17. --on-error skip.
    [Fact]
    public void On_error_skip_reports_each_bad_line_and_exits_2_after_writing_the_rest()
    {
        var good = "{\"id\":\"g{0}\",\"documents\":[" + JsonSerializer.Serialize(Story) + "]}\n";
        var text = string.Concat(Enumerable.Range(1, 40).Select(i => i is 30 or 35 ? "{\"id\": broken\n" : good.Replace("{0}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));
        var stop = Cli(text, "summarize", "-", "--format", "json", "--quiet");
        Assert.Equal(2, stop.Exit);
        Assert.Equal(29, stop.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var skip = Cli(text, "summarize", "-", "--format", "json", "--quiet", "--on-error", "skip");
        Assert.Equal(2, skip.Exit);
        Assert.Equal(38, skip.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var err = skip.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(err, l => l.StartsWith("roundup: skipped: stdin line 30:", StringComparison.Ordinal));
        Assert.Contains(err, l => l.StartsWith("roundup: skipped: stdin line 35:", StringComparison.Ordinal));
        Assert.Contains("2 bad input line(s) skipped", err[^1], StringComparison.Ordinal);
        using var tmp = new TempFiles();
        var cluster = Cli("", "cluster", tmp.Write("arts.jsonl", "{\"id\":\"a\",\"text\":" + JsonSerializer.Serialize(Story) + "}\n{bad\n"), "--on-error", "skip");
        Assert.Equal(2, cluster.Exit);
        Assert.Contains("arts.jsonl line 2", cluster.Err, StringComparison.Ordinal);
        Assert.Contains("# Stories", cluster.Out, StringComparison.Ordinal);
    }

    // 18. lead keeps the budget.
    [Fact]
    public void Lead_keeps_the_word_budget_when_the_first_sentence_is_longer()
    {
        var first = string.Join(' ', Enumerable.Range(0, 300).Select(i => "word" + i)) + ".";
        var c = new Cluster("l", [new Article("a", first + " The council met on Monday to approve the budget. It passed by seven votes to two.")]);
        new RoundupPipelineBuilder().UseDefaults().UseSummarizer(new SummaryOptions { Words = 50, Algorithm = "lead" }).Build().Run(c);
        Assert.True(c.Summary!.WordCount <= 50, $"{c.Summary.WordCount} words");
        Assert.Contains(c.Summary.Sentences, s => s.Text.StartsWith("The council met", StringComparison.Ordinal));
    }
}
