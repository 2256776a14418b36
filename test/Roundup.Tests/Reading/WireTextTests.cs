using Roundup.Cleaning;
using Roundup.Pipeline;
using Roundup.Reading;
using Roundup.Segmentation;

namespace Roundup.Tests.Reading;

public sealed class WireTextTests
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "wire", name));

    [Fact]
    public void Hard_wrapped_lines_are_joined_and_paragraphs_found_where_a_line_stops_short()
    {
        var a = PlainTextReader.Read("wrapped.txt", Fixture("wrapped.txt"));
        var lines = a.RawText.Split('\n');
        Assert.Equal("Town of Port Elland approves new sea wall", lines[0]);
        Assert.Equal("", lines[1]);
        Assert.StartsWith("The Port Elland town council voted 5-2 on Tuesday to build a new sea wall along", lines[2], StringComparison.Ordinal);
        Assert.EndsWith("without power for a week.", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("The wall will cost $2.4 million", lines[3], StringComparison.Ordinal);
        Assert.EndsWith("marsh grass.", lines[3], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
        Assert.Equal("Town of Port Elland approves new sea wall", a.Title);
    }

    [Fact]
    public void No_sentence_of_wrapped_text_starts_mid_sentence()
    {
        var a = PlainTextReader.Read("wrapped.txt", Fixture("wrapped.txt"));
        new BoilerplateCleaner().Clean(a);
        new SentenceSegmenter().Segment(a);
        var texts = a.Sentences.Select(s => s.Text).ToList();
        Assert.Contains("The wall will cost $2.4 million, most of it from a state grant, and work is to start in the spring, the town manager, Dana Pruitt, told the meeting.", texts);
        Assert.All(texts, t => Assert.True(char.IsUpper(t[0]), t));
    }

    [Fact]
    public void The_first_wrapped_line_is_not_a_title()
    {
        var text = "The council voted on Tuesday to build a new sea wall along the\nharbor front, ending a debate that had run since the storm of\nlast winter flooded two streets near the ferry landing, and\nwork is to start in the spring, the town manager said.\n";
        var a = PlainTextReader.Read("a.txt", text);
        Assert.Null(a.Title);
        Assert.Single(a.RawText.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Indented_first_lines_start_paragraphs()
    {
        var text = "  The council voted on Tuesday to build a new sea wall along the\nharbor front after a long debate about its cost to the town.\n  Work is to start in the spring, the town manager told the\nmeeting, and the wall should be done before the next winter.\n  Opponents said the wall would block the view from the old\nlighthouse and asked the council to wait for a second study.\n";
        var lines = WireText.Unwrap(text).Split('\n');
        Assert.Equal("The council voted on Tuesday to build a new sea wall along the harbor front after a long debate about its cost to the town.", lines[0]);
        Assert.Equal("Work is to start in the spring, the town manager told the meeting, and the wall should be done before the next winter.", lines[1]);
        Assert.Equal("Opponents said the wall would block the view from the old lighthouse and asked the council to wait for a second study.", lines[2]);
    }

    [Fact]
    public void An_indented_line_after_a_full_line_that_stopped_mid_sentence_continues_it()
    {
        var text = "  The council voted on Tuesday to build a new sea wall along the\nharbor front after a long debate about its cost to the town.\n  Research by the Port Elland Harbour and Coastal Defence\n Board shows that the old wall would fail in the next storm.\n  Opponents said the wall would block the view from the old\nlighthouse and asked the council to wait for a second study.\n";
        var lines = WireText.Unwrap(text).Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal("Research by the Port Elland Harbour and Coastal Defence Board shows that the old wall would fail in the next storm.", lines[1]);
    }

    [Fact]
    public void A_paragraph_that_lost_its_full_stop_gets_it_back()
    {
        var text = "Harbour council approves sea wall after a long debate in Port Elland\n\nThe council voted on Tuesday to build a new sea wall along the\nharbor front after a long debate about its cost to the town.\n\nAfter hearing that the state would pay for half of the wall, the\nmayor said the vote would end a debate that ran since last winter\n\nWork is to start in the spring, the town manager told the\nmeeting, and the wall should be done before the next winter. endit nnnn\n\nOpponents said the wall would block the view from the old\nlighthouse and asked the council to wait for a second study.\n";
        var paragraphs = WireText.Unwrap(text).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Harbour council approves sea wall after a long debate in Port Elland", paragraphs[0]); // a title keeps its form
        Assert.EndsWith("a debate that ran since last winter.", paragraphs[2], StringComparison.Ordinal);
        Assert.EndsWith("before the next winter. endit nnnn", paragraphs[3], StringComparison.Ordinal); // a slug is no sentence
        Assert.EndsWith("a second study.", paragraphs[4], StringComparison.Ordinal);
    }

    [Fact]
    public void Text_with_one_paragraph_a_line_is_left_alone()
    {
        var text = "The council voted on Tuesday to build a new sea wall along the harbor front after a long debate about the cost to the town and its people.\nWork is to start in the spring.\nThe wall should be done before winter.\n";
        Assert.Same(text, WireText.Unwrap(text));
    }

    [Theory]
    [InlineData("He said ``it is safe again.'' Then he left.", "He said “it is safe again.” Then he left.")]
    [InlineData("''We expect two weeks,'' said Dana.", "“We expect two weeks,” said Dana.")]
    [InlineData("the word `safe' was used", "the word ‘safe' was used")]
    [InlineData("PORT ELLAND _ Ferries resumed _ at last.", "PORT ELLAND — Ferries resumed — at last.")]
    [InlineData("no_underscore_change here", "no_underscore_change here")]
    public void Ascii_quotation_marks_and_wire_dashes_become_typographic(string input, string expected)
        => Assert.Equal(expected, WireText.NormalizeMarks(input));

    [Fact]
    public void Wire_codes_are_dropped_and_entities_decoded()
        => Assert.Equal(" Crews & boats", WireText.DecodeCodes("&HT; Crews &AMP; boats&QL;"));

    [Fact]
    public void Ascii_quotes_count_as_quotation_marks_for_segmentation()
    {
        var a = PlainTextReader.Read("a.txt", "The harbor master said ``the crossing is safe. Every boat can go.'' Then the ferry left.");
        new SentenceSegmenter().Segment(a);
        Assert.Equal(["The harbor master said “the crossing is safe.", "Every boat can go.”", "Then the ferry left."], a.Sentences.Select(s => s.Text));
    }
}

public sealed class SgmlNewsReaderTests
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "wire", name));

    [Fact]
    public void Every_doc_of_a_file_is_an_article_with_its_id_date_and_title()
    {
        var docs = SgmlNewsReader.Read("two-docs.sgml", Fixture("two-docs.sgml"));
        Assert.Equal(2, docs.Count);
        Assert.Equal("XYZ20010304.0101", docs[0].Id);
        Assert.Equal("Ferry service to Gull Island resumes after storm", docs[0].Title);
        Assert.Equal(new DateTimeOffset(2001, 3, 4, 14, 20, 0, TimeSpan.Zero), docs[0].Published);
        Assert.Equal("XYZ20010305.0007", docs[1].Id);
        Assert.Equal("Island dock repairs begin", docs[1].Title);
        Assert.Equal(new DateTimeOffset(2001, 3, 5, 0, 0, 0, TimeSpan.Zero), docs[1].Published);
    }

    [Fact]
    public void Paragraphs_are_unwrapped_and_quotes_and_entities_made_plain()
    {
        var docs = SgmlNewsReader.Read("two-docs.sgml", Fixture("two-docs.sgml"));
        var paragraphs = docs[0].RawText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("PORT ELLAND, Maine (XYZ) — Ferry service between Port Elland and Gull Island resumed Sunday after a three-day halt, and the harbor master said the crossing was “safe again for every boat.”", paragraphs[0]);
        Assert.Equal("The storm tore two pilings from the island dock, leaving the fishing cooperative led by Marta Quill without a way to ship its catch, the town manager said.", paragraphs[1]);
        Assert.Contains("town's storm fund & a state grant.", docs[0].RawText, StringComparison.Ordinal);
        Assert.StartsWith("Crews began rebuilding the Gull Island dock on Monday, the town manager said. “We expect the work to take two weeks,” said Dana Pruitt, the manager.", docs[1].RawText, StringComparison.Ordinal);
    }

    [Fact]
    public void Wire_notes_and_slugs_are_cleaned_with_their_reason()
    {
        var docs = SgmlNewsReader.Read("two-docs.sgml", Fixture("two-docs.sgml"));
        var cleaner = new BoilerplateCleaner();
        foreach (var d in docs) cleaner.Clean(d);
        Assert.DoesNotContain("STORY CAN END HERE", docs[0].Text, StringComparison.Ordinal);
        Assert.Contains(docs[0].Removed, r => r.Reason == WireLines.NoteReason && r.Text.StartsWith("(STORY CAN END HERE", StringComparison.Ordinal));
        Assert.DoesNotContain("XYZ-03-05-01", docs[1].Text, StringComparison.Ordinal);
        Assert.Contains(docs[1].Removed, r => r.Reason == WireLines.SlugReason && r.Text == "XYZ-03-05-01 0912EST");
        Assert.EndsWith("by barge until then.", docs[1].Text.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sgml_is_detected_and_forced_by_name()
    {
        using var dir = new TempFiles();
        var path = dir.Write("XYZ20010304.0101", Fixture("two-docs.sgml"));
        Assert.Equal(InputFormat.Sgml, InputLoader.DetectFormat(path));
        Assert.Equal(InputFormat.Sgml, InputFormats.Parse("sgml"));
        var cluster = Assert.Single(InputLoader.Load([path], TextReader.Null));
        Assert.Equal(2, cluster.Articles.Count);
        var pipeline = new RoundupPipelineBuilder().UseDefaults().UseSummarizer(new Roundup.Summarization.SummaryOptions { Words = 60 }).Build();
        pipeline.Run(cluster);
        Assert.All(cluster.Summary!.Sentences, s => Assert.True(char.IsUpper(s.Text[0]) || s.Text[0] == '“', s.Text));
    }

    [Fact]
    public void A_file_without_docs_is_refused_in_one_line()
        => Assert.Throws<RoundupInputException>(() => SgmlNewsReader.Read("x", "<DOC>\n</DOC>"));
}
