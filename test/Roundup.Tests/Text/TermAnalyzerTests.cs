using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Roundup.Model;
using Roundup.Segmentation;
using Roundup.Text;

namespace Roundup.Tests.Text;

public sealed class TermAnalyzerTests
{
    [Fact]
    public void English_stems_and_drops_stopwords()
    {
        var terms = TermAnalyzer.English.Analyze("The councils were voting on the new budgets, officials said.");
        Assert.Equal(["council", "were", "vote", "new", "budget", "offici", "said"], terms); // Lucene's short English stopword list keeps "were"
    }

    [Theory]
    [InlineData("Kanye West's meeting with President-elect Donald Trump lasted 15 minutes at 10:30 a.m.")]
    [InlineData("The U.S. economy grew 3.5 percent; don't expect O'Neill's reforms in 2019.")]
    [InlineData("“We’ve been friends for a long time,” Trump, 70, told reporters.")]
    [InlineData("Müller sagte, die Häuser seien zerstört worden.")]
    public void Cached_word_path_matches_running_Lucene_on_the_whole_text(string text)
    {
        var direct = new List<string>();
        using (var analyzer = new EnglishAnalyzer(LuceneVersion.LUCENE_48))
        using (var stream = analyzer.GetTokenStream("t", text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken()) direct.Add(term.ToString());
            stream.End();
        }
        Assert.Equal(direct, TermAnalyzer.English.Analyze(text));
        Assert.Equal(direct, TermAnalyzer.English.Analyze(text)); // second time from the cache
    }

    [Fact]
    public void For_language_picks_lucene_analyzers_and_falls_back_to_english()
    {
        Assert.Equal("de", TermAnalyzer.ForLanguage("de").Language);
        Assert.Equal("fr", TermAnalyzer.ForLanguage("fr-FR").Language);
        Assert.Equal("en", TermAnalyzer.ForLanguage("xx").Language);
        Assert.Equal("en", TermAnalyzer.ForLanguage(null).Language);
        Assert.Same(TermAnalyzer.ForLanguage("de"), TermAnalyzer.ForLanguage("DE"));
        var german = TermAnalyzer.ForLanguage("de").Analyze("Die Häuser wurden zerstört");
        Assert.DoesNotContain("die", german);
        Assert.Contains(german, t => t.StartsWith("haus", StringComparison.Ordinal));
    }

    [Fact]
    public void Cjk_text_goes_through_lucene_bigrams()
    {
        var terms = TermAnalyzer.ForLanguage("zh").Analyze("北京大学");
        Assert.Equal(["北京", "京大", "大学"], terms);
    }

    [Fact]
    public void Term_stage_uses_the_article_language()
    {
        var en = new Article("en", "The houses were destroyed.");
        var de = new Article("de", "Die Häuser wurden zerstört.") { Language = "de" };
        var cluster = new Cluster("c", [en, de]);
        new SentenceSegmenter().Process(cluster);
        new TermStage(TermAnalyzer.English).Process(cluster);
        Assert.Equal(["hous", "were", "destroi"], en.Sentences[0].Terms);
        Assert.DoesNotContain("die", de.Sentences[0].Terms);
        Assert.NotEmpty(de.Sentences[0].Terms);
    }
}

public sealed class TermAnalyzerLanguageTableTests
{
    [Fact]
    public void Every_supported_language_gets_its_own_analyzer()
    {
        foreach (var code in TermAnalyzer.SupportedLanguages)
        {
            Assert.True(TermAnalyzer.Supports(code));
            Assert.Equal(code, TermAnalyzer.ForLanguage(code).Language);
        }
        Assert.False(TermAnalyzer.Supports("xx"));
    }

    [Fact]
    public void Preparing_runs_Lucene_but_caches_nothing()
    {
        var analyzer = new TermAnalyzer(new EnglishAnalyzer(LuceneVersion.LUCENE_48), "en");
        analyzer.Prepare();
        Assert.Equal(0, analyzer.CachedWords);
        Assert.Equal(["bridg", "open"], analyzer.Analyze("Bridges opened"));
        Assert.Equal(2, analyzer.CachedWords);
    }
}

