using System.Text;
using Roundup.Reading;

namespace Roundup.Tests.Reading;

public sealed class JsonLinesReaderTests
{
    private const string Batch =
        "{\"idx\": 7, \"documents\": [\"Council votes on bridge NEWLINE_CHAR NEWLINE_CHAR The council voted 5-2 on Tuesday to repair the Elm Street bridge.\", \"The Elm Street bridge will close for six weeks, officials said.\"], \"summary\": \"– The council approved bridge repairs.\"}\n" +
        "\n" +
        "{\"id\": \"storm\", \"documents\": [\"Heavy rain flooded two roads overnight. ||||| Crews cleared the drains by noon.\"]}\r\n";

    private static MemoryStream Utf8(string s, bool bom = false)
        => new([.. (bom ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(s)]);

    [Fact]
    public void Reads_one_cluster_per_line_with_ids_reference_and_documents()
    {
        var clusters = JsonLinesReader.ReadClusters(Utf8(Batch), "b.jsonl").ToList();
        Assert.Equal(2, clusters.Count);
        var c = clusters[0];
        Assert.Equal("7", c.Id);
        Assert.Equal("– The council approved bridge repairs.", c.Reference);
        Assert.Equal(2, c.Articles.Count);
        Assert.Equal("7/0", c.Articles[0].Id);
        Assert.Equal("Council votes on bridge", c.Articles[0].Title);
        Assert.StartsWith("Council votes on bridge \n \n The council", c.Articles[0].RawText, StringComparison.Ordinal);
        Assert.Equal("b.jsonl line 1", c.Articles[0].Origin);
        Assert.Equal(1, c.Articles[1].Index);
        var storm = clusters[1];
        Assert.Equal("storm", storm.Id);
        Assert.Null(storm.Reference);
        Assert.Equal(["Heavy rain flooded two roads overnight.", "Crews cleared the drains by noon."], storm.Articles.Select(a => a.RawText));
        Assert.Equal("b.jsonl line 3", storm.Articles[0].Origin);
    }

    [Fact]
    public void A_topic_line_with_doc_ids_names_and_dates_its_documents_by_their_DOCNO()
    {
        const string line =
            "{\"id\": \"T1\", \"documents\": [\"The ferry strike began on Monday.\", " +
            "{\"text\": \"The ferry strike ended.\", \"published\": \"2001-05-09\"}, \"The ferry ran again.\"], " +
            "\"doc_ids\": [\"APW20010507.0101\", \"XIE20010508.0007\", \"notes-7\"]}\n" +
            "{\"id\": \"T2\", \"documents\": [\"One report.\", \"Another report.\"], \"doc_ids\": [\"NYT19990101.0001\"]}\n";
        var clusters = JsonLinesReader.ReadClusters(Utf8(line), "t.jsonl").ToList();
        var a = clusters[0].Articles;
        Assert.Equal(["APW20010507.0101", "XIE20010508.0007", "notes-7"], a.Select(x => x.Id));
        Assert.Equal(new DateTimeOffset(2001, 5, 7, 12, 0, 0, TimeSpan.Zero), a[0].Published);
        Assert.Equal("docno", a[0].PublishedOrigin);
        Assert.Equal(new DateOnly(2001, 5, 9), DateOnly.FromDateTime(a[1].Published!.Value.DateTime)); // its own date stands
        Assert.Null(a[1].PublishedOrigin);
        Assert.Null(a[2].Published); // no date in the name
        // As many ids as documents, or none is used.
        Assert.Equal(["T2/0", "T2/1"], clusters[1].Articles.Select(x => x.Id));
        Assert.All(clusters[1].Articles, x => Assert.Null(x.Published));
        Assert.Null(JsonLinesReader.DocnoDate("APW2001"));
        Assert.Null(JsonLinesReader.DocnoDate("20010507.0101"));
        Assert.Null(JsonLinesReader.DocnoDate("APW20011345.0101"));
    }

    [Fact]
    public void Reading_is_lazy_so_a_bad_later_line_fails_only_when_reached()
    {
        var text = "{\"id\": 1, \"documents\": [\"Fine text here.\"]}\n{not json\n";
        using var e = JsonLinesReader.ReadClusters(Utf8(text), "x.jsonl").GetEnumerator();
        Assert.True(e.MoveNext());
        Assert.Equal("1", e.Current.Id);
        var ex = Assert.Throws<RoundupInputException>(() => e.MoveNext());
        Assert.StartsWith("x.jsonl line 2: not valid JSON", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bom_utf16_and_long_lines_are_read()
    {
        var longDoc = string.Join(' ', Enumerable.Repeat("The mayor said the plan would cost more than expected.", 3000));
        var text = $"{{\"id\": \"long\", \"documents\": [\"{longDoc}\"]}}\n" + Batch;
        Assert.Equal(3, JsonLinesReader.ReadClusters(Utf8(text, bom: true), "l.jsonl").Count());
        var utf16 = new MemoryStream([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Batch)]);
        var clusters = JsonLinesReader.ReadClusters(utf16, "w.jsonl").ToList();
        Assert.Equal(["7", "storm"], clusters.Select(c => c.Id));
        Assert.Equal(longDoc.Length, JsonLinesReader.ReadClusters(Utf8(text), "l.jsonl").First().Articles[0].RawText.Length);
    }

    [Fact]
    public void Missing_documents_and_non_objects_give_line_numbered_errors()
    {
        var ex = Assert.Throws<RoundupInputException>(() => JsonLinesReader.ReadClusters(Utf8("{\"id\": 3, \"text\": \"x\"}"), "m.jsonl").ToList());
        Assert.Contains("m.jsonl line 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("documents", ex.Message, StringComparison.Ordinal);
        Assert.Throws<RoundupInputException>(() => JsonLinesReader.ReadClusters(Utf8("[1,2]"), "a.jsonl").ToList());
    }

    [Fact]
    public void Documents_may_be_article_objects_or_one_multinews_string()
    {
        var line = "{\"id\":\"o\",\"documents\":[{\"title\":\"Dam opens\",\"text\":\"The dam opened.\",\"source\":\"Valley Post\",\"url\":\"https://valleypost.example/dam\",\"published\":\"2026-03-04T10:00:00Z\"}, {\"text\": \"  \"}]}";
        var c = JsonLinesReader.ParseCluster(Encoding.UTF8.GetBytes(line), "o.jsonl", 1);
        var a = Assert.Single(c.Articles);
        Assert.Equal(("Dam opens", "Valley Post", "https://valleypost.example/dam"), (a.Title, a.Source, a.Url));
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 10, 0, 0, TimeSpan.Zero), a.Published);
        var s = JsonLinesReader.ParseCluster("{\"idx\":0,\"document\":\"One. ||||| Two.\"}"u8, "s.jsonl", 4);
        Assert.Equal(2, s.Articles.Count);
    }

    [Fact]
    public void Empty_cluster_is_kept_with_a_warning()
    {
        var c = JsonLinesReader.ParseCluster("{\"id\":\"e\",\"documents\":[\"\", \" ||||| \"]}"u8, "e.jsonl", 9);
        Assert.Empty(c.Articles);
        Assert.Contains(c.Warnings, w => w.Contains("no document", StringComparison.Ordinal));
    }

    [Fact]
    public void Windows1252_bytes_in_a_line_are_decoded_not_garbled()
    {
        byte[] line = [.. "{\"id\":1,\"documents\":[\"The mayor"u8, 0x92, .. "s budget "u8, 0x96, .. " approved.\"]}"u8];
        var c = JsonLinesReader.ParseCluster(line, "w.jsonl", 1);
        Assert.Equal("The mayor’s budget – approved.", c.Articles[0].RawText);
    }

    [Fact]
    public void Article_lines_make_articles_with_metadata()
    {
        var text = "{\"id\":\"a1\",\"title\":\"Library hours extended\",\"text\":\"The library will open on Sundays.\",\"source\":\"Town Crier\",\"url\":\"https://crier.example/lib\",\"published\":\"2026-05-01\"}\n" +
                   "{\"text\":\"A second article without id.\"}\n";
        var list = JsonLinesReader.ReadArticles(Utf8(text), "arts.jsonl");
        Assert.Equal(2, list.Count);
        Assert.Equal(("a1", "Town Crier", "Library hours extended"), (list[0].Id, list[0].Source, list[0].Title));
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero), list[0].Published);
        Assert.Equal("arts/1", list[1].Id);
        Assert.Equal(JsonLinesKind.Articles, JsonLinesReader.Sniff("{\"id\":1,\"text\":\"x\"}"u8));
        Assert.Equal(JsonLinesKind.Clusters, JsonLinesReader.Sniff("{\"idx\":1,\"documents\":[]}"u8));
        Assert.Equal(JsonLinesKind.Unknown, JsonLinesReader.Sniff("{\"foo\":1}"u8));
    }

    [SkippableFact]
    public void Dev_batch_reads_250_clusters_with_references_and_no_mojibake()
    {
        var path = DevData.Require("multinews/val250.jsonl");
        using var s = File.OpenRead(path);
        var clusters = JsonLinesReader.ReadClusters(s, "val250.jsonl").ToList();
        Assert.Equal(250, clusters.Count);
        Assert.All(clusters, c => Assert.False(string.IsNullOrEmpty(c.Reference)));
        Assert.True(clusters.Sum(c => c.Articles.Count) > 500);
        Assert.Equal(0, clusters.SelectMany(c => c.Articles).Sum(a => TextDecoder.CountMojibake(a.RawText)));
    }
}
