using Roundup.Cleaning;
using Roundup.Model;
using Roundup.Segmentation;
using Roundup.Text;

namespace Roundup.Tests.Text;

public sealed class TextStagesConcurrencyTests
{
    private static Cluster Make(int n) => new($"c{n}",
    [
        new Article("a", $"Advertisement\n\nStorm {n} Hits The Coast\n\nThe storm number {n} hit the coast on Monday, officials said. \"We are ready,\" Gov. Jan Haskins told reporters at 10 a.m.\n\nSign up for our newsletter to get breaking news delivered to your inbox."),
        new Article("b", $"Jane Roe via Getty Images\nResidents leave town\n\nMore than {n * 1000} homes lost power. Crews from three U.S. states arrived on Tuesday.") { Language = n % 2 == 0 ? "en" : "de" },
    ]);

    private static string Fingerprint(Cluster c) => string.Join("|", c.Articles.Select(a =>
        a.Text + "#" + string.Join(",", a.Removed.Select(r => r.Reason)) + "#" +
        string.Join(";", a.Sentences.Select(s => $"{s.Span.Start}:{s.Span.Length}:{s.Paragraph}:{s.IsHeadline}:{string.Join(" ", s.Terms)}"))));

    [Fact]
    public void Stages_give_the_same_result_when_run_on_many_threads()
    {
        var cleaner = new BoilerplateCleaner();
        var segmenter = new SentenceSegmenter();
        var terms = new TermStage(TermAnalyzer.English);
        void Run(Cluster c) { cleaner.Process(c); segmenter.Process(c); terms.Process(c); }

        var expected = Enumerable.Range(0, 64).Select(i => { var c = Make(i); Run(c); return Fingerprint(c); }).ToArray();
        var got = new string[64];
        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => { var c = Make(i); Run(c); got[i] = Fingerprint(c); });
        Assert.Equal(expected, got);
        Assert.Contains("promotion", expected[0], StringComparison.Ordinal);
    }
}
