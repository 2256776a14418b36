using System.Text;
using Roundup.Reading;

namespace Roundup.Tests.Reading;

public sealed class TextDecoderTests
{
    private const string Sample = "Café owners said the “new rules” cost €2,000 — and more.";

    [Fact]
    public void Utf8_with_and_without_bom()
    {
        Assert.Equal(Sample, TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample), "a"));
        Assert.Equal(Sample, TextDecoder.Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)], "a"));
    }

    [Fact]
    public void Utf16_le_and_be_with_bom_and_le_without()
    {
        Assert.Equal(Sample, TextDecoder.Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample)], "a"));
        Assert.Equal(Sample, TextDecoder.Decode([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sample)], "a"));
        Assert.Equal(Sample, TextDecoder.Decode(Encoding.Unicode.GetBytes(Sample), "a"));
    }

    [Fact]
    public void Windows1252_fallback_maps_curly_quotes_dashes_and_euro()
    {
        // "Café" with é = 0xE9, curly quotes 0x93/0x94, euro 0x80, em dash 0x97: invalid UTF-8, so Windows-1252.
        byte[] bytes = [.. "Caf"u8, 0xE9, .. " owners said the "u8, 0x93, .. "new rules"u8, 0x94, .. " cost "u8, 0x80, .. "2,000 "u8, 0x97, .. " and more."u8];
        Assert.Equal(Sample, TextDecoder.Decode(bytes, "a"));
    }

    [Fact]
    public void Utf8_with_a_stray_windows1252_byte_keeps_both()
    {
        byte[] bytes = [.. "São Paulo "u8, 0x96, .. " the mayor"u8, 0x92, .. "s “plan”"u8];
        Assert.Equal("São Paulo – the mayor’s “plan”", TextDecoder.Decode(bytes, "m"));
        using var reader = new StreamReader(new MemoryStream(bytes), TextDecoder.Utf8WithWindows1252Fallback);
        Assert.Equal("São Paulo – the mayor’s “plan”", reader.ReadToEnd());
    }

    [Fact]
    public void Double_encoded_utf8_is_repaired_and_clean_text_left_alone()
    {
        var garbled = TextDecoder.DecodeWindows1252(Encoding.UTF8.GetBytes(Sample));
        Assert.True(TextDecoder.CountMojibake(garbled) > 0);
        Assert.Equal(Sample, TextDecoder.RepairMojibake(garbled));
        Assert.Equal(Sample, TextDecoder.Decode(Encoding.UTF8.GetBytes(garbled), "a"));
        Assert.Same(Sample, TextDecoder.RepairMojibake(Sample));
        Assert.Equal(0, TextDecoder.CountMojibake("São Paulo, Zürich, naïve, Ångström"));
    }

    [Fact]
    public void Binary_content_is_refused()
    {
        byte[] png = [0x89, .. "PNG"u8, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, .. "IHDR"u8, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0];
        var e = Assert.Throws<RoundupInputException>(() => TextDecoder.Decode(png, "pic.txt"));
        Assert.Contains("binary", e.Message, StringComparison.Ordinal);
        byte[] controls = [.. Enumerable.Range(0, 200).Select(i => (byte)(i % 2 == 0 ? 0x01 : 0x41))];
        Assert.Throws<RoundupInputException>(() => TextDecoder.Decode(controls, "c"));
    }

    [Fact]
    public void Oversized_file_is_refused_with_the_limit_in_the_message()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("big.txt", new string('a', 3000));
        var e = Assert.Throws<RoundupInputException>(() => TextDecoder.ReadFile(path, maxBytes: 1024 * 1024 / 1024));
        Assert.Contains("limit", e.Message, StringComparison.Ordinal);
    }
}
