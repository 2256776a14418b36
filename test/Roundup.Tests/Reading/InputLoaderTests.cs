using System.Text;
using Roundup.Reading;

namespace Roundup.Tests.Reading;

public sealed class InputLoaderTests
{
    private const string English1 = "Bridge repairs begin\n\nCrews began repairing the Elm Street bridge on Monday, and the work is expected to take six weeks, the city said.";
    private const string English2 = "The council said the bridge would reopen to traffic in the spring after the repairs are finished by the contractor.";

    private static readonly InputOptions NoLanguage = new() { DetectLanguage = false };

    [Fact]
    public void Folder_of_mixed_files_is_one_cluster_in_name_order()
    {
        using var tmp = new TempFiles();
        tmp.Write("news/b.txt", English2);
        tmp.Write("news/a.md", English1);
        tmp.Write("news/c.html", HtmlAndFeedReaderTests.Page);
        tmp.Write("news/d.rss", HtmlAndFeedReaderTests.Rss);
        tmp.Write("news/.hidden", "ignored");
        tmp.WriteBytes("news/photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]);
        var c = Assert.Single(InputLoader.Load([Path.Combine(tmp.Root, "news")], TextReader.Null));
        Assert.Equal("news", c.Id);
        Assert.Equal(["a.md", "b.txt", "c.html", "vp-101", "https://valleypost.example/market"], c.Articles.Select(a => a.Id));
        Assert.Equal("Bridge repairs begin", c.Articles[0].Title);
        Assert.Equal("Coastline Courier", c.Articles[2].Source);
        Assert.Equal([0, 1, 2, 3, 4], c.Articles.Select(a => a.Index));
        Assert.All(c.Articles, a => Assert.Equal("en", a.Language));
        var w = Assert.Single(c.Warnings);
        Assert.Contains("photo.jpg", w, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_file_streams_clusters_and_reports_progress()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("b.jsonl", "{\"id\":\"x\",\"documents\":[\"One article here.\"]}\n{\"id\":\"y\",\"documents\":[\"Another one.\"],\"summary\":\"S\"}\n");
        var seen = new List<InputProgress>();
        var clusters = InputLoader.Load([path], TextReader.Null, NoLanguage with { Progress = seen.Add }).ToList();
        Assert.Equal(["x", "y"], clusters.Select(c => c.Id));
        Assert.Equal("S", clusters[1].Reference);
        Assert.Equal(2, seen.Count);
        Assert.Equal(new FileInfo(path).Length, seen[^1].TotalBytes);
        Assert.Equal(2, seen[^1].Clusters);
    }

    [Fact]
    public void Jsonl_is_told_apart_by_the_keys_of_its_first_line()
    {
        using var tmp = new TempFiles();
        var arts = tmp.Write("a.jsonl", "{\"id\":\"p\",\"title\":\"T\",\"text\":\"" + English2 + "\",\"source\":\"Gazette\"}\n");
        var batch = tmp.Write("b.json", "{\"idx\":0,\"documents\":[\"x\"]}\n");
        var other = tmp.Write("c.jsonl", "{\"name\":\"x\"}\n");
        Assert.Equal(InputFormat.Articles, InputLoader.DetectFormat(arts));
        Assert.Equal(InputFormat.Batch, InputLoader.DetectFormat(batch));
        var e = Assert.Throws<RoundupInputException>(() => InputLoader.DetectFormat(other));
        Assert.Contains("documents", e.Message, StringComparison.Ordinal);
        var c = Assert.Single(InputLoader.Load([arts], TextReader.Null));
        Assert.Equal("Gazette", c.Articles[0].Source);
    }

    [Fact]
    public void Content_sniffing_without_extension_and_forced_format()
    {
        using var tmp = new TempFiles();
        Assert.Equal(InputFormat.Html, InputLoader.DetectFormat(tmp.Write("page", HtmlAndFeedReaderTests.Page)));
        Assert.Equal(InputFormat.Feed, InputLoader.DetectFormat(tmp.Write("feed", HtmlAndFeedReaderTests.Atom)));
        Assert.Equal(InputFormat.Feed, InputLoader.DetectFormat(tmp.Write("feed.xml", HtmlAndFeedReaderTests.Rss)));
        Assert.Equal(InputFormat.Batch, InputLoader.DetectFormat(tmp.Write("data", "{\"id\":1,\"documents\":[]}\n")));
        Assert.Equal(InputFormat.MultiNews, InputLoader.DetectFormat(tmp.Write("mn.txt", "One. ||||| Two.")));
        Assert.Equal(InputFormat.Text, InputLoader.DetectFormat(tmp.Write("plain.txt", "<b>not html</b> just text")));
        var forced = tmp.Write("page.txt", HtmlAndFeedReaderTests.Page);
        var c = Assert.Single(InputLoader.Load([forced], TextReader.Null, NoLanguage with { Format = InputFormat.Html }));
        Assert.Equal("Coastline Courier", c.Articles[0].Source);
        var mn = Assert.Single(InputLoader.Load([Path.Combine(tmp.Root, "mn.txt")], TextReader.Null, NoLanguage));
        Assert.Equal(["mn.txt/0", "mn.txt/1"], mn.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Stdin_plain_text_multinews_and_batch()
    {
        var plain = Assert.Single(InputLoader.Load([], new StringReader("\n" + English1)));
        Assert.Equal("stdin", plain.Articles[0].Id);
        Assert.Equal("input", plain.Id);
        var mn = Assert.Single(InputLoader.Load(["-"], new StringReader("First. NEWLINE_CHAR Still first. ||||| Second.")));
        Assert.Equal(["First. \n Still first.", "Second."], mn.Articles.Select(a => a.RawText));
        var batch = InputLoader.Load(["-"], new StringReader("{\"id\":\"a\",\"documents\":[\"x y\"]}\n\n{\"id\":\"b\",\"documents\":[\"z\"]}\n{bad"), NoLanguage).GetEnumerator();
        Assert.True(batch.MoveNext());
        Assert.True(batch.MoveNext());
        Assert.Equal("b", batch.Current.Id);
        var e = Assert.Throws<RoundupInputException>(() => batch.MoveNext());
        Assert.StartsWith("stdin line 4:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_inputs_give_user_facing_errors()
    {
        using var tmp = new TempFiles();
        var missing = Path.Combine(tmp.Root, "nope.txt");
        Assert.Contains("No such file", Assert.Throws<RoundupInputException>(() => InputLoader.Load([missing], TextReader.Null)).Message, StringComparison.Ordinal);
        var empty = tmp.Write("empty.txt", "  \n\n ");
        Assert.Contains("empty", Assert.Throws<RoundupInputException>(() => InputLoader.Load([empty], TextReader.Null).ToList()).Message, StringComparison.Ordinal);
        Assert.Throws<RoundupInputException>(() => InputLoader.Load([], new StringReader("\n \n")).ToList());
        var pdf = tmp.WriteBytes("doc.pdf", [.. "%PDF-1.7\n"u8]);
        Assert.Contains(".pdf", Assert.Throws<RoundupInputException>(() => InputLoader.Load([pdf], TextReader.Null).ToList()).Message, StringComparison.Ordinal);
        var bin = tmp.WriteBytes("blob.txt", [1, 2, 0, 0, 5, 6, 0, 7, 8, 9]);
        Assert.Contains("binary", Assert.Throws<RoundupInputException>(() => InputLoader.Load([bin], TextReader.Null).ToList()).Message, StringComparison.Ordinal);
        Directory.CreateDirectory(Path.Combine(tmp.Root, "void"));
        Assert.Throws<RoundupInputException>(() => InputLoader.Load([Path.Combine(tmp.Root, "void")], TextReader.Null).ToList());
        var emptyBatch = tmp.Write("e.jsonl", "\n\n");
        Assert.Throws<RoundupInputException>(() => InputLoader.Load([emptyBatch], TextReader.Null).ToList());
        var array = tmp.Write("arr.json", "[{\"id\":1}]");
        Assert.Contains("JSON array", Assert.Throws<RoundupInputException>(() => InputLoader.Load([array], TextReader.Null).ToList()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_forced_to_text_or_multinews_are_refused_with_the_right_format_named()
    {
        using var tmp = new TempFiles();
        var batch = tmp.Write("b.jsonl", "{\"idx\":0,\"documents\":[\"" + English1 + "\"]}\n");
        var arts = tmp.Write("a.jsonl", "{\"id\":\"p\",\"text\":\"" + English2 + "\"}\n");
        var e = Assert.Throws<RoundupInputException>(() => InputLoader.Load([batch], TextReader.Null, NoLanguage with { Format = InputFormat.MultiNews }).ToList());
        Assert.Contains("--input-format batch", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<RoundupInputException>(() => InputLoader.Load([arts], TextReader.Null, NoLanguage with { Format = InputFormat.Text }).ToList());
        Assert.Contains("--input-format articles", e.Message, StringComparison.Ordinal);
        // Text that merely starts with a brace is still read as text when forced.
        var braces = tmp.Write("note.txt", "{draft} " + English1);
        Assert.Single(Assert.Single(InputLoader.Load([braces], TextReader.Null, NoLanguage with { Format = InputFormat.Text })).Articles);
    }

    [Fact]
    public void Oversized_files_are_refused_but_batches_are_streamed()
    {
        using var tmp = new TempFiles();
        var text = tmp.Write("big.txt", English1 + new string(' ', 4096));
        var small = NoLanguage with { MaxFileBytes = 1024 };
        var e = Assert.Throws<RoundupInputException>(() => InputLoader.Load([text], TextReader.Null, small).ToList());
        Assert.Contains("limit", e.Message, StringComparison.Ordinal);
        var sb = new StringBuilder();
        for (int i = 0; i < 50; i++) sb.Append("{\"id\":").Append(i).Append(",\"documents\":[\"").Append(English2).Append("\"]}\n");
        var batch = tmp.Write("big.jsonl", sb.ToString());
        Assert.Equal(50, InputLoader.Load([batch], TextReader.Null, small).Count());
    }

    [Fact]
    public void Windows1252_file_is_read_without_mojibake()
    {
        using var tmp = new TempFiles();
        byte[] bytes = [.. "The mayor"u8, 0x92, .. "s plan "u8, 0x96, .. " approved in a 7"u8, 0x96, .. "2 vote at the caf"u8, 0xE9, .. ".\r\n"u8];
        var path = tmp.WriteBytes("w.txt", bytes);
        var c = Assert.Single(InputLoader.Load([path], TextReader.Null, NoLanguage));
        Assert.Equal("The mayor’s plan – approved in a 7–2 vote at the café.\n", c.Articles[0].RawText);
    }

    [Fact]
    public void Non_english_article_gets_language_and_a_warning()
    {
        using var tmp = new TempFiles();
        tmp.Write("n/en.txt", English1);
        tmp.Write("n/es.txt", "El ayuntamiento aprobó el presupuesto municipal el martes por la noche, después de una larga sesión en la que los vecinos pidieron mantener abiertas las bibliotecas los domingos.");
        var c = Assert.Single(InputLoader.Load([Path.Combine(tmp.Root, "n")], TextReader.Null));
        Assert.Equal(["en", "es"], c.Articles.Select(a => a.Language));
        var w = Assert.Single(c.Warnings);
        Assert.Contains("es.txt", w, StringComparison.Ordinal);
        Assert.Contains("Spanish", w, StringComparison.Ordinal);
    }
}
