using System.CommandLine;
using Roundup.Cli;
using Roundup.Model;
using Roundup.Reading;
using Roundup.Summarization;
using Roundup.Text;
using Roundup.Tests.Reading;

namespace Roundup.Tests.Cli;

/// <summary>`--ratio`, `--language` and warnings kept off standard output (issue #14).</summary>
public sealed class RatioLanguageTests
{
    private const string French = "Le conseil municipal a voté mardi soir un budget de 412 millions d'euros. Les élus ont débattu pendant cinq heures avant d'approuver la hausse de l'impôt foncier, jugée nécessaire par la maire. Plusieurs habitants ont exprimé leur inquiétude à propos des bibliothèques qui fermeront le dimanche. La maire a promis de revoir les horaires des piscines municipales avant l'été.";

    private sealed record Result(int Exit, string Out, string Err);

    private static Result Run(string stdin, params string[] args)
    {
        var root = new RootCommand { SummarizeCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CliRunner.Invoke(root, ["summarize", .. args], new CliConsole(new StringReader(stdin), output, error));
        return new Result(exit, output.ToString(), error.ToString());
    }

    private static string Sample => Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "samples", "city-budget");

    [Theory]
    [InlineData("20%", 0.2)]
    [InlineData("12.5 %", 0.125)]
    [InlineData("0.3", 0.3)]
    [InlineData("100%", 1.0)]
    public void Ratio_values_parse(string text, double expected) => Assert.Equal(expected, CliArguments.ParseRatio(text)!.Value, 6);

    [Theory]
    [InlineData("0%")]
    [InlineData("150%")]
    [InlineData("20")]
    [InlineData("a fifth")]
    public void Bad_ratios_are_one_line_errors(string text)
    {
        var r = Run("", Sample, "--ratio", text);
        Assert.Equal(CliRunner.InputError, r.Exit);
        Assert.Equal("", r.Out);
        Assert.Contains("--ratio", Assert.Single(r.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_ratio_becomes_that_share_of_the_input_words()
    {
        var a = new Article("a", string.Join(' ', Enumerable.Repeat("word", 300)));
        var b = new Article("b", string.Join(' ', Enumerable.Repeat("word", 100)));
        var copy = new Article("c", string.Join(' ', Enumerable.Repeat("word", 300))) { DuplicateOf = "a" };
        var cluster = new Cluster("x", [a, b, copy]);
        Assert.Equal(80, new SummaryOptions { Ratio = 0.2 }.For(cluster).Words);
        Assert.Equal(1, new SummaryOptions { Ratio = 0.0001 }.For(cluster).Words);
        var withSentences = new SummaryOptions { Ratio = 0.2, Sentences = 2 };
        Assert.Same(withSentences, withSentences.For(cluster));
    }

    [Fact]
    public void Summarize_with_a_ratio_is_shorter_than_the_default_and_within_the_share()
    {
        var full = Run("", Sample, "--format", "text");
        var fifth = Run("", Sample, "--format", "text", "--ratio", "10%");
        Assert.Equal(0, fifth.Exit);
        int inputWords = Directory.EnumerateFiles(Sample).Sum(f => Sentence.CountWords(File.ReadAllText(f)));
        int words(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Sum(l => Sentence.CountWords(l.AsSpan(0, Math.Max(0, l.LastIndexOf(" [", StringComparison.Ordinal)))));
        Assert.InRange(words(fifth.Out), 1, (int)(inputWords * 0.1) + 1);
        Assert.True(words(fifth.Out) < words(full.Out));
    }

    [Fact]
    public void Language_sets_every_article_and_picks_its_term_analyzer_without_a_warning()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("fr.txt", French);
        var c = Assert.Single(InputLoader.Load([path], TextReader.Null, new InputOptions { Language = "fr" }));
        Assert.Equal("fr", c.Articles[0].Language);
        Assert.Empty(c.Warnings);
        Assert.Equal("fr", new TermStage(TermAnalyzer.English).AnalyzerFor(c.Articles[0]).Language);
        var r = Run(French, "--language", "fr", "--facts");
        Assert.Equal(0, r.Exit);
        Assert.Contains("English rules", r.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("not English", r.Err, StringComparison.Ordinal);
        Assert.Equal(CliRunner.InputError, Run(French, "--language", "xx").Exit);
    }

    [Fact]
    public void The_non_english_warning_goes_to_stderr_only()
    {
        var r = Run(French, "--format", "text");
        Assert.Equal(0, r.Exit);
        Assert.Contains("not English", r.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", r.Out, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual("", r.Out.Trim());
    }
}
