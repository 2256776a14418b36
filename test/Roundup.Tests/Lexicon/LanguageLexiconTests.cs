using Roundup.Lexicon;
using Xunit;

namespace Roundup.Tests.Lexicon;

public sealed class LanguageLexiconTests
{
    [Fact]
    public void Parse_drops_comments_and_blank_lines_but_keeps_a_hash_inside_an_entry()
    {
        var lines = LanguageLexicon.Parse(new StringReader("# header\n\nalpha   # trailing note\n  beta  \nC#\n#gamma\n"));
        Assert.Equal(["alpha", "beta", "C#"], lines);
    }

    [Fact]
    public void English_lists_are_embedded_and_non_empty()
    {
        Assert.NotEmpty(LanguageLexicon.English.Kinds);
        foreach (var kind in LanguageLexicon.English.Kinds)
            Assert.NotEmpty(LanguageLexicon.English.Lines(kind));
        Assert.Contains("the", (IReadOnlySet<string>)LanguageLexicon.English.Words("content-stopwords"));
        Assert.Contains("THE", (IReadOnlySet<string>)LanguageLexicon.English.Words("content-stopwords"));
    }

    [Fact]
    public void Unknown_language_or_list_is_a_clear_error()
    {
        Assert.Throws<KeyNotFoundException>(() => LanguageLexicon.For("xx"));
        var e = Assert.Throws<KeyNotFoundException>(() => LanguageLexicon.English.Lines("no-such-list"));
        Assert.Contains("content-stopwords", e.Message, StringComparison.Ordinal);
    }
}
