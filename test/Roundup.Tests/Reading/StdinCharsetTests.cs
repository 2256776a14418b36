using System.CommandLine;
using System.Text;
using Roundup.Cli;
using Roundup.Model;
using Roundup.Reading;

namespace Roundup.Tests.Reading;

/// <summary>
/// Standard input (and a pipe) given as bytes is decoded as a file is: a byte-order mark, then the declared charset
/// (<c>--charset</c>, <see cref="InputOptions.Charset"/>), then the page's own declaration, then detection (issue #14).
/// </summary>
public sealed class StdinCharsetTests
{
    private static List<Cluster> Load(byte[] bytes, InputOptions? options = null)
        => InputLoader.Load(["-"], new StreamInputReader(new MemoryStream(bytes)), options ?? InputOptions.Default).ToList();

    private static string OnlyText(List<Cluster> clusters) => Assert.Single(Assert.Single(clusters).Articles).RawText;

    /// <summary>The first sentence of a fixture: what any reader keeps of it, however it lays out the rest.</summary>
    private static string Opening(EncodingFixtures.Fixture f) => f.Text[..Math.Min(40, f.Text.Length)];

    [Theory]
    [MemberData(nameof(EncodingFixtures.Charsets), MemberType = typeof(EncodingFixtures))]
    public void A_page_on_standard_input_is_decoded_by_its_meta_charset(string charset)
    {
        var f = EncodingFixtures.Get(charset);
        var text = OnlyText(Load(f.Bytes(EncodingFixtures.Page(f.Text, charset))));
        Assert.Contains(Opening(f), text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EncodingFixtures.Charsets), MemberType = typeof(EncodingFixtures))]
    public void A_feed_on_standard_input_is_decoded_by_its_xml_declaration(string charset)
    {
        var f = EncodingFixtures.Get(charset);
        var text = OnlyText(Load(f.Bytes(EncodingFixtures.Feed(f.Text, charset))));
        Assert.Contains(Opening(f), text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EncodingFixtures.Charsets), MemberType = typeof(EncodingFixtures))]
    public void Plain_text_on_standard_input_is_decoded_by_the_charset_option(string charset)
    {
        var f = EncodingFixtures.Get(charset);
        var text = OnlyText(Load(f.Bytes(f.Text), InputOptions.Default with { Charset = charset }));
        Assert.Contains(Opening(f), text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CharsetTests.DetectedWithoutDeclaration), MemberType = typeof(CharsetTests))]
    public void Undeclared_text_on_standard_input_is_detected_as_in_a_file(string charset)
    {
        var f = EncodingFixtures.Get(charset);
        Assert.Contains(Opening(f), OnlyText(Load(f.Bytes(f.Text))), StringComparison.Ordinal);
    }

    [Fact]
    public void The_charset_option_outranks_the_page_and_a_byte_order_mark_outranks_both()
    {
        var f = EncodingFixtures.Get("windows-1251");
        var page = f.Bytes(EncodingFixtures.Page(f.Text, "windows-1252"));
        Assert.Contains(Opening(f), OnlyText(Load(page, InputOptions.Default with { Charset = "windows-1251" })), StringComparison.Ordinal);
        byte[] withBom = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(f.Text)];
        Assert.Contains(Opening(f), OnlyText(Load(withBom, InputOptions.Default with { Charset = "windows-1252" })), StringComparison.Ordinal);
    }

    [Fact]
    public void The_charset_option_applies_to_files_too()
    {
        using var tmp = new TempFiles();
        var f = EncodingFixtures.Get("koi8-r");
        var path = tmp.WriteBytes("story.txt", f.Bytes(f.Text));
        var clusters = InputLoader.Load([path], TextReader.Null, InputOptions.Default with { Charset = "koi8-r" }).ToList();
        Assert.Contains(Opening(f), OnlyText(clusters), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_charset_is_an_input_error()
    {
        var e = Assert.Throws<RoundupInputException>(() => Load("text"u8.ToArray(), InputOptions.Default with { Charset = "no-such-charset" }));
        Assert.Contains("Unknown charset 'no-such-charset'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_on_standard_input_are_still_streamed_as_utf8()
    {
        var batch = "{\"id\": \"one\", \"documents\": [\"Ferry service stopped on Monday after crews walked off the job. Talks resume on Wednesday.\"]}\n" +
                    "{\"id\": \"two\", \"documents\": [\"The school board voted on Tuesday to start classes later next fall in every high school.\"]}\n";
        var clusters = Load(Encoding.UTF8.GetBytes(batch));
        Assert.Equal(["one", "two"], clusters.Select(c => c.Id));
    }

    [Fact]
    public void Binary_standard_input_is_refused_from_its_first_bytes()
    {
        var zeros = new EndlessZeros();
        var e = Assert.Throws<RoundupInputException>(() => InputLoader.Load(["-"], new StreamInputReader(zeros), InputOptions.Default).ToList());
        Assert.Contains("Standard input looks like a binary file", e.Message, StringComparison.Ordinal);
        Assert.True(zeros.BytesRead < 1 << 20, $"read {zeros.BytesRead} bytes before refusing");
    }

    [Fact]
    public void Standard_input_over_the_limit_is_refused()
    {
        var e = Assert.Throws<RoundupInputException>(() => Load(Encoding.UTF8.GetBytes(new string('a', 5000)), InputOptions.Default with { MaxFileBytes = 1000 }));
        Assert.Contains("over the limit", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_as_text_it_is_utf8_with_windows1252_for_invalid_bytes()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("caf\u00e9 "), 0x93, (byte)'q', 0x94];
        using var reader = new StreamInputReader(new MemoryStream(bytes));
        Assert.Equal("caf\u00e9 \u201Cq\u201D", reader.ReadToEnd());
    }

    [Fact]
    public void The_cli_decodes_piped_input_by_the_charset_option_and_refuses_an_unknown_one()
    {
        var f = EncodingFixtures.Get("windows-1251");
        var (exit, output, error) = Summarize(f.Bytes(f.Text), "--charset", "windows-1251", "--language", "ru");
        Assert.Equal(0, exit);
        Assert.Contains("Городской совет", output, StringComparison.Ordinal);
        Assert.Equal("", error);

        (exit, output, error) = Summarize(f.Bytes(f.Text), "--charset", "klingon");
        Assert.Equal(CliRunner.InputError, exit);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("roundup: Unknown charset 'klingon'", line, StringComparison.Ordinal);
    }

    private static (int Exit, string Out, string Err) Summarize(byte[] stdin, params string[] args)
    {
        var root = new RootCommand { SummarizeCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CliRunner.Invoke(root, ["summarize", .. args], new CliConsole(new StreamInputReader(new MemoryStream(stdin)), output, error));
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>A stream of zero bytes that never ends, as <c>/dev/zero</c> is; counts what was read.</summary>
    private sealed class EndlessZeros : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            BytesRead += count;
            return count;
        }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
