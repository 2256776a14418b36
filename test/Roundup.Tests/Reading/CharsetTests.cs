using System.Text;
using Roundup.Reading;

namespace Roundup.Tests.Reading;

/// <summary>Every reader honours a declared charset and detects one when none is declared (issue #14); #17 item 15.</summary>
public sealed class CharsetTests
{
    /// <summary>
    /// Encodings whose undeclared bytes decode right: all but ISO-8859-15, whose euro sign (0xA4) is the currency sign
    /// of Windows-1252 and ISO-8859-1; without a declaration the two cannot be told apart and Windows-1252 wins.
    /// </summary>
    public static TheoryData<string> DetectedWithoutDeclaration => [.. EncodingFixtures.All.Select(f => f.Charset).Where(c => c != "iso-8859-15")];

    [Fact]
    public void The_set_has_twenty_encodings_and_each_fixture_survives_its_encoding()
    {
        Assert.Equal(20, EncodingFixtures.All.Count);
        Assert.All(EncodingFixtures.All, f => Assert.True(EncodingFixtures.RoundTrips(f), f.Charset));
    }

    [Theory]
    [MemberData(nameof(EncodingFixtures.Charsets), MemberType = typeof(EncodingFixtures))]
    public void Charset_from_an_http_header_is_honoured(string charset)
    {
        var f = EncodingFixtures.Get(charset);
        var decoded = EncodingFixtures.Decode(f.Bytes(f.Text), header: charset);
        Assert.Equal(f.Text, decoded.Text);
        Assert.Equal(CharsetSource.Header, decoded.Source);
    }

    [Theory]
    [MemberData(nameof(EncodingFixtures.Charsets), MemberType = typeof(EncodingFixtures))]
    public void Meta_charset_of_a_page_is_honoured(string charset)
    {
        var f = EncodingFixtures.Get(charset);
        var page = EncodingFixtures.Page(f.Text, charset);
        Assert.Equal(page, EncodingFixtures.Decode(f.Bytes(page)).Text);
    }

    [Theory]
    [MemberData(nameof(EncodingFixtures.Charsets), MemberType = typeof(EncodingFixtures))]
    public void Xml_declaration_of_a_feed_is_honoured(string charset)
    {
        var f = EncodingFixtures.Get(charset);
        var feed = EncodingFixtures.Feed(f.Text, charset);
        Assert.Equal(feed, EncodingFixtures.Decode(f.Bytes(feed)).Text);
    }

    [Theory]
    [MemberData(nameof(DetectedWithoutDeclaration))]
    public void Undeclared_charset_is_detected(string charset)
    {
        var f = EncodingFixtures.Get(charset);
        Assert.Equal(f.Text, EncodingFixtures.Decode(f.Bytes(f.Text)).Text);
    }

    [Fact]
    public void A_header_outranks_the_page_and_a_bom_outranks_both()
    {
        var f = EncodingFixtures.Get("windows-1251");
        // The page claims windows-1252 but the server knows better.
        var bytes = f.Bytes(EncodingFixtures.Page(f.Text, "windows-1252"));
        Assert.Contains(f.Text, EncodingFixtures.Decode(bytes, header: "windows-1251").Text, StringComparison.Ordinal);
        byte[] withBom = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(EncodingFixtures.Page(f.Text, "windows-1251"))];
        Assert.Contains(f.Text, EncodingFixtures.Decode(withBom, header: "windows-1252").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_resolve_with_web_aliases_and_unknown_ones_are_ignored()
    {
        Assert.Equal(1252, TextDecoder.ResolveCharset("ISO-8859-1")!.CodePage);
        Assert.Equal(1252, TextDecoder.ResolveCharset("\"latin1\"")!.CodePage);
        Assert.Equal(932, TextDecoder.ResolveCharset("x-sjis")!.CodePage);
        Assert.Equal(1251, TextDecoder.ResolveCharset(" Windows-1251 ")!.CodePage);
        Assert.Null(TextDecoder.ResolveCharset("no-such-charset"));
        var f = EncodingFixtures.Get("windows-1251");
        Assert.Equal(f.Text, EncodingFixtures.Decode(f.Bytes(f.Text), header: "no-such-charset").Text);
    }

    [Fact]
    public void Declared_charset_is_found_in_meta_http_equiv_and_xml()
    {
        Assert.Equal("koi8-r", TextDecoder.FindDeclaredCharset("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"u8));
        Assert.Equal("windows-1251", TextDecoder.FindDeclaredCharset("<meta charset='windows-1251'/>"u8));
        Assert.Equal("ISO-8859-2", TextDecoder.FindDeclaredCharset("<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><rss/>"u8));
        Assert.Null(TextDecoder.FindDeclaredCharset("<html><p>The charset of this page is not declared.</p></html>"u8));
    }

    [Fact]
    public void Html_file_with_meta_charset_is_read_right_by_the_loader()
    {
        var f = EncodingFixtures.Get("windows-1251");
        using var tmp = new TempFiles();
        var path = tmp.WriteBytes("page.html", f.Bytes(EncodingFixtures.Page(f.Text, "windows-1251")));
        var c = Assert.Single(InputLoader.Load([path], TextReader.Null));
        Assert.Contains("Городской совет", c.Articles[0].RawText, StringComparison.Ordinal);
        Assert.DoesNotContain(c.Warnings, w => w.Contains("garbled", StringComparison.Ordinal));
    }

    [Fact]
    public void Feed_file_with_xml_declaration_is_read_right_by_the_loader()
    {
        var f = EncodingFixtures.Get("koi8-r");
        using var tmp = new TempFiles();
        var path = tmp.WriteBytes("news.xml", f.Bytes(EncodingFixtures.Feed(f.Text, "koi8-r")));
        var c = Assert.Single(InputLoader.Load([path], TextReader.Null));
        Assert.Contains("Городской совет", c.Articles[0].RawText, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_text_file_without_bom_is_read_not_refused_as_binary()
    {
        const string text = "Bridge repairs begin\n\nCrews began repairing the Elm Street bridge on Monday, and the work is expected to take six weeks, the city said.";
        using var tmp = new TempFiles();
        var le = tmp.WriteBytes("le.txt", Encoding.Unicode.GetBytes(text));
        var be = tmp.WriteBytes("be.txt", Encoding.BigEndianUnicode.GetBytes(text));
        var c = Assert.Single(InputLoader.Load([le, be], TextReader.Null));
        Assert.All(c.Articles, a => Assert.Contains("Elm Street bridge", a.RawText, StringComparison.Ordinal));
        Assert.All(c.Articles, a => Assert.Equal("Bridge repairs begin", a.Title));
    }

    [Fact]
    public void Garbled_text_gets_a_warning_and_clean_text_none()
    {
        // Russian written in windows-1251, read as Windows-1252 by some earlier tool and saved as UTF-8.
        var f = EncodingFixtures.Get("windows-1251");
        var garbled = TextDecoder.DecodeWindows1252(f.Bytes(f.Text));
        Assert.NotNull(TextDecoder.DescribeMojibake(garbled));
        using var tmp = new TempFiles();
        var path = tmp.Write("garbled.txt", garbled);
        var c = Assert.Single(InputLoader.Load([path], TextReader.Null));
        Assert.Contains(c.Warnings, w => w.Contains("may be garbled", StringComparison.Ordinal));
        foreach (var clean in EncodingFixtures.All) Assert.Null(TextDecoder.DescribeMojibake(clean.Text));
        Assert.NotNull(TextDecoder.DescribeMojibake("Caf\uFFFD owners \uFFFD said \uFFFD the \uFFFD rules"));
    }
}
