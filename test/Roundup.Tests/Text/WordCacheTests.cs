using Lucene.Net.Analysis.En;
using Lucene.Net.Util;
using Roundup.Text;

namespace Roundup.Tests.Text;

/// <summary>
/// <see cref="WordCache"/> (TermAnalyzer's per-word cache) against its simple definition, a dictionary keyed by ordinal
/// strings, on words read from sentences written for the tests.
/// </summary>
public sealed class WordCacheTests
{
    private const string Text =
        "The harbour board voted on Tuesday to close the old ferry pier at Gull Point after divers found cracks in its " +
        "pilings, and the ferry will dock at the grain wharf until a new pier opens next spring. Ana Ruiz, who chairs " +
        "the board, said the crossing would take ten minutes longer. Fishermen's co-op members said they'd lose " +
        "the early-morning slot; the co-op's boats leave at 4:30 a.m. and Harbor, harbor and HARBOR are three keys here.";

    private static string[] Words(string text) =>
        text.Split([' ', ',', '.', ';', ':'], StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void It_finds_what_a_dictionary_finds_and_nothing_else()
    {
        var cache = new WordCache();
        var expected = new Dictionary<string, object>(StringComparer.Ordinal);
        // Many distinct keys, so the table grows several times (it starts with 256 buckets).
        var keys = new List<string>();
        foreach (var w in Words(Text)) keys.Add(w);
        for (int i = 0; i < 3_000; i++) keys.Add($"{Words(Text)[i % 40]}{i}");
        foreach (var key in keys)
        {
            var value = new object();
            bool added = cache.TryAdd(key, value, int.MaxValue);
            Assert.Equal(expected.TryAdd(key, value), added);
        }
        Assert.Equal(expected.Count, cache.Count);
        foreach (var (key, value) in expected)
        {
            // Found by a span over a longer text, not by the stored string.
            var inText = ("«" + key + "»").AsSpan(1, key.Length);
            Assert.Same(value, cache.Find(inText));
        }
        foreach (var absent in new[] { "harbour board", "", "Harbours", "harbou", "pier0x", "GULL" })
            Assert.Null(cache.Find(absent));
        // Case matters: the analyzer looks up lower-cased words.
        Assert.NotSame(cache.Find("Harbor"), cache.Find("harbor"));
    }

    [Fact]
    public void A_key_added_again_keeps_its_first_value_and_the_limit_holds()
    {
        var cache = new WordCache();
        var first = new object();
        Assert.True(cache.TryAdd("pier", first, 3));
        Assert.False(cache.TryAdd("pier", new object(), 3));
        Assert.Same(first, cache.Find("pier"));
        Assert.True(cache.TryAdd("wharf", new object(), 3));
        Assert.True(cache.TryAdd("ferry", new object(), 3));
        Assert.False(cache.TryAdd("board", new object(), 3));
        Assert.Null(cache.Find("board"));
        Assert.Equal(3, cache.Count);
    }

    [Fact]
    public void Threads_adding_and_reading_at_once_all_see_one_value_per_key()
    {
        var cache = new WordCache();
        var words = new List<string>();
        for (int i = 0; i < 4_000; i++) words.Add($"{Words(Text)[i % 40].ToLowerInvariant()}-{i % 1_500}");
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, object>(StringComparer.Ordinal);
        Parallel.For(0, 8, t =>
        {
            for (int k = 0; k < words.Count; k++)
            {
                var key = words[(k * (t + 1)) % words.Count];
                if (cache.Find(key) is not { } found)
                {
                    cache.TryAdd(key, new object(), int.MaxValue);
                    found = cache.Find(key)!;
                }
                Assert.Same(seen.GetOrAdd(key, found), found);
            }
        });
        Assert.Equal(words.Distinct(StringComparer.Ordinal).Count(), cache.Count);
    }

    [Fact]
    public void The_analyzer_reads_the_same_terms_and_tokens_from_its_cache_as_on_first_sight()
    {
        var analyzer = new TermAnalyzer(new EnglishAnalyzer(LuceneVersion.LUCENE_48), "en");
        var firstTerms = new List<string>();
        var firstTokens = new List<Roundup.Model.TermToken>();
        analyzer.Analyze(Text, firstTerms, firstTokens, 0);
        int cached = analyzer.CachedWords;
        Assert.True(cached > 40);
        var againTerms = new List<string>();
        var againTokens = new List<Roundup.Model.TermToken>();
        analyzer.Analyze(Text, againTerms, againTokens, 0);
        Assert.Equal(firstTerms, againTerms);
        Assert.Equal(firstTokens, againTokens);
        Assert.Equal(cached, analyzer.CachedWords);
        // "4:30" is two words; "co-op's" and "they'd" are split as ROUGE splits them ("co", "op", "s"; "they", "d").
        Assert.Contains(firstTokens, t => t.Term == "30");
        Assert.Contains(firstTokens, t => t.Term == "op");
        Assert.Contains(firstTokens, t => t.Term == "d");
    }

    [Theory]
    [InlineData("Müller", 1)]      // letters outside ASCII: one run, one token
    [InlineData("naïve", 1)]
    [InlineData("Zoë2024", 1)]
    [InlineData("harbour", 1)]
    [InlineData("O'Neill", 2)]     // an inner apostrophe: split as ROUGE splits it
    [InlineData("U.S", 2)]
    [InlineData("3.5", 2)]
    public void A_word_is_one_token_exactly_when_every_character_is_a_letter_or_digit(string word, int tokens)
    {
        var list = new List<Roundup.Model.TermToken>();
        TermAnalyzer.English.Analyze("The " + word + " file.", new List<string>(), list, 0);
        Assert.Equal(2 + tokens, list.Count);
        Assert.Equal(word.Length, list.Skip(1).Take(tokens).Sum(t => t.Span.Length) + (tokens - 1));
    }
}
