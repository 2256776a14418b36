using Roundup.Reading;

namespace Roundup.Tests.Reading;

public sealed class LanguageIdentifierTests
{
    [Theory]
    [InlineData("The city council approved the budget on Tuesday after a long debate about the libraries and the roads.", "en")]
    [InlineData("Le conseil municipal a adopté mardi soir le budget de la ville après un long débat sur les bibliothèques.", "fr")]
    [InlineData("Der Stadtrat hat am Dienstagabend den Haushalt der Stadt nach einer langen Debatte über die Bibliotheken beschlossen.", "de")]
    [InlineData("Городской совет во вторник вечером утвердил бюджет города после долгих споров о библиотеках.", "ru")]
    public void Identifies_common_news_languages(string text, string expected)
        => Assert.Equal(expected, LanguageIdentifier.Identify(text));

    [Fact]
    public void Too_little_text_is_unknown()
        => Assert.Null(LanguageIdentifier.Identify("Hi 42"));

    [SkippableFact]
    public void Dev_batch_articles_are_english()
    {
        var path = DevData.Require("multinews/val250.jsonl");
        using var s = File.OpenRead(path);
        var docs = JsonLinesReader.ReadClusters(s, "val250.jsonl").Take(40).SelectMany(c => c.Articles).ToList();
        var english = docs.Count(a => LanguageIdentifier.Identify(a.RawText) is "en" or null);
        Assert.True(english >= docs.Count * 0.95, $"{english} of {docs.Count} identified as English");
    }
}
