using Roundup.Cleaning;
using Roundup.Segmentation;
using Roundup.Tests.Cleaning;
using Xunit.Abstractions;

namespace Roundup.Tests.Segmentation;

/// <summary>Segments the cleaned Multi-News dev documents (when present) and reports sentence statistics.</summary>
public sealed class SegmentationDevSetTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Dev_set_sentences_are_sane()
    {
        var articles = CleaningDevSetTests.ReadMultiNews(DevData.Require("multinews/val250.jsonl"));
        var cleaner = new BoilerplateCleaner();
        var segmenter = new SentenceSegmenter();
        foreach (var a in articles) { cleaner.Clean(a); segmenter.Segment(a); }
        var sentences = articles.SelectMany(a => a.Sentences).ToList();
        var words = sentences.Select(s => s.WordCount).Order().ToList();
        output.WriteLine($"articles {articles.Count}, sentences {sentences.Count}, headlines {sentences.Count(s => s.IsHeadline)}, median words {words[words.Count / 2]}, p99 words {words[words.Count * 99 / 100]}");
        var tooLong = sentences.Where(s => s.WordCount > 90).ToList();
        output.WriteLine($"sentences over 90 words: {tooLong.Count}");
        foreach (var s in tooLong.Take(5)) output.WriteLine("  " + (s.Text.Length > 200 ? s.Text[..200] + "…" : s.Text));
        var tiny = sentences.Where(s => s.WordCount == 1 && !s.IsHeadline).ToList();
        output.WriteLine($"one-word non-headline sentences: {tiny.Count}");
        foreach (var s in tiny.Take(15)) output.WriteLine("  " + s.Text);
        if (Environment.GetEnvironmentVariable("ROUNDUP_DUMP_SENTENCES") is { Length: > 0 } dump)
            File.WriteAllLines(dump, sentences.Select(s => $"{s.Article.Id}\t{s.Paragraph}\t{(s.IsHeadline ? "H" : "")}\t{s.Text.Replace('\n', ' ')}"));
        Assert.All(sentences, s => Assert.Equal(s.Text, s.Article.Text.Substring(s.Span.Start, s.Span.Length)));
        Assert.True(tooLong.Count < sentences.Count / 100, "too many run-on sentences: boundaries are being missed");
        Assert.True(tiny.Count < sentences.Count / 50, "too many one-word fragments: boundaries are being invented");
    }
}
