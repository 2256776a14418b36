using Roundup.Clustering;

namespace Roundup.Tests.Clustering;

/// <summary>The structures that replaced simpler ones for speed (issue #16), each checked against its simple definition.</summary>
public sealed class ClusteringStructureTests
{
    [Fact]
    public void Keep_smallest_leaves_the_first_keys_of_the_sorted_set()
    {
        var rng = new Random(5);
        for (int trial = 0; trial < 300; trial++)
        {
            int n = rng.Next(0, 400);
            var keys = new long[n];
            // Distinct keys, or many ties and runs in order or reversed: the kept run must be the sorted set's start.
            int shape = trial % 4;
            for (int i = 0; i < n; i++)
                keys[i] = shape switch { 0 => rng.NextInt64(), 1 => rng.Next(10), 2 => i, _ => n - i };
            int k = rng.Next(0, 70);
            var best = new long[Math.Min(k, 70)];
            int filled = 0;
            foreach (var key in keys) filled = SparseVector.KeepSmallest(best, filled, key);
            var sorted = keys.OrderBy(x => x).Take(best.Length).ToArray();
            Assert.Equal(sorted, best.Take(filled).ToArray());
        }
    }

    [Fact]
    public void Top_terms_are_those_of_a_full_ranking_heaviest_first_ties_by_lower_id()
    {
        var rng = new Random(16);
        for (int trial = 0; trial < 200; trial++)
        {
            int n = rng.Next(1, 300);
            var ids = Enumerable.Range(0, 1000).OrderBy(_ => rng.Next()).Take(n).Order().ToArray();
            // Few distinct weights, so that ties between terms are common.
            var weights = ids.Select(_ => (float)(rng.Next(1, 8) / 8.0)).ToArray();
            var v = new SparseVector(ids, weights);
            foreach (int k in new[] { 1, 16, 24, 64, 65, 200 })
            {
                var expected = ids.Zip(weights).OrderByDescending(p => p.Second).ThenBy(p => p.First).Take(k).Select(p => p.First).ToArray();
                Assert.Equal(expected, v.Top(k));
            }
        }
    }

    [Fact]
    public void Sort_by_id_is_the_paired_array_sort()
    {
        var rng = new Random(7);
        foreach (int n in new[] { 0, 1, 2, 17, 512, 513, 2_000 })
        {
            var ids = Enumerable.Range(0, 5 * n + 1).OrderBy(_ => rng.Next()).Take(n).ToArray();
            var weights = ids.Select(_ => (float)rng.NextDouble()).ToArray();
            var (a, b) = ((int[])ids.Clone(), (float[])weights.Clone());
            Array.Sort(a, b);
            TermStatistics.SortById(ids, weights);
            Assert.Equal(a, ids);
            Assert.Equal(b, weights);
        }
    }

    [Fact]
    public void Document_vector_keeps_the_heaviest_terms_in_id_order_at_unit_length()
    {
        var rng = new Random(11);
        var stats = new TermStatistics();
        var options = StoryClusteringOptions.Default with { DocumentTerms = 40 };
        for (int trial = 0; trial < 60; trial++)
        {
            // Fewer terms than kept, as many, and more (then the ranking decides); few distinct counts, so ties are common.
            int n = trial % 3 == 0 ? rng.Next(1, 40) : trial % 3 == 1 ? 40 : rng.Next(41, 120);
            var words = Enumerable.Range(0, 300).OrderBy(_ => rng.Next()).Take(n).Select(i => $"w{i}").ToArray();
            var terms = new ArticleTerms(words, [.. words.Select(_ => (float)rng.Next(1, 4))], [.. words.Select(_ => rng.Next(5) == 0)]);
            var ids = stats.AddDocument(terms);
            var v = stats.Vector(terms, ids, options);
            // The definition: weight log(1 + count) × IDF (× the name boost), heaviest first (ties: lower id), the first
            // DocumentTerms kept, in id order, divided by their norm.
            var raw = ids.Select((id, i) => (Id: id, W: (float)(Math.Log(1 + terms.Weights[i]) * stats.Idf(id) * (terms.Entity[i] ? options.EntityBoost : 1.0))))
                .OrderByDescending(p => p.W).ThenBy(p => p.Id).Take(options.DocumentTerms).OrderBy(p => p.Id).ToArray();
            double norm = Math.Sqrt(raw.Sum(p => (double)p.W * p.W));
            Assert.Equal(raw.Select(p => p.Id).ToArray(), v.Ids);
            Assert.Equal(raw.Select(p => (float)(p.W / norm)).ToArray(), v.Weights);
            Assert.Equal(terms.Terms.Select(stats.Id).ToArray(), ids); // the caller's ids keep their order
        }
    }

    [Fact]
    public void Band_table_answers_as_a_dictionary_with_first_value_kept()
    {
        var rng = new Random(42);
        var table = new BandTable();
        var reference = new Dictionary<ulong, int>();
        for (int i = 0; i < 20_000; i++)
        {
            // Keys from a small range collide often; 0 and ulong.MaxValue are keys like any other.
            ulong key = (i % 5) switch { 0 => (ulong)rng.Next(3_000), 1 => 0UL, 2 => ulong.MaxValue, _ => (ulong)rng.NextInt64() };
            bool found = table.TryGetValue(key, out int value);
            Assert.Equal(reference.TryGetValue(key, out int expected), found);
            if (found) Assert.Equal(expected, value);
            Assert.Equal(reference.TryAdd(key, i), table.TryAdd(key, i));
        }
        Assert.Equal(reference.Count, table.Count);
        foreach (var (key, value) in reference)
        {
            Assert.True(table.TryGetValue(key, out int v));
            Assert.Equal(value, v);
        }
    }

    [Fact]
    public async Task Term_ids_are_given_in_order_of_first_sight_and_found_by_any_thread_meanwhile()
    {
        var table = new TermIdTable();
        var words = Enumerable.Range(0, 50_000).Select(i => $"term{i * 7919 % 50_000}").ToArray();
        using var stop = new CancellationTokenSource();
        int wrong = 0;
        // A reader looks words up while the writer adds them: it finds each word's own id, or nothing yet; never another's.
        var reader = Task.Run(() =>
        {
            var rng = new Random(3);
            while (!stop.IsCancellationRequested)
            {
                int i = rng.Next(words.Length);
                int id = table.Find(words[i]);
                if (id >= 0 && id != i) Interlocked.Increment(ref wrong);
            }
        });
        for (int i = 0; i < words.Length; i++)
        {
            Assert.Equal(i, table.GetOrAdd(words[i], i));
            Assert.Equal(i, table.GetOrAdd(words[i], -5)); // held: the id it has, the offered one ignored
        }
        stop.Cancel();
        await reader;
        Assert.Equal(0, wrong);
        Assert.Equal(words.Length, table.Count);
        for (int i = 0; i < words.Length; i++) Assert.Equal(i, table.Find(words[i]));
        Assert.Equal(-1, table.Find("absent"));
    }

    [Fact]
    public void Known_ids_save_lookups_without_changing_ids_or_counts()
    {
        var docs = new[]
        {
            new ArticleTerms(["mayor", "budget", "council"], [1f, 2f, 1f], [false, false, false]),
            new ArticleTerms(["budget", "Smith", "vote"], [1f, 1f, 3f], [false, true, false]),
            new ArticleTerms(["vote", "council", "tax", "Smith"], [2f, 1f, 1f, 1f], [false, false, false, true]),
        };
        var plain = new TermStatistics();
        var known = new TermStatistics();
        foreach (var d in docs)
        {
            // Looked up ahead (as an extraction thread would), then counted: the same ids and counts as counting directly.
            var ahead = known.KnownIds(d);
            Assert.Equal(plain.AddDocument(d), known.AddDocument(d, ahead));
        }
        foreach (var t in new[] { "mayor", "budget", "council", "Smith", "vote", "tax" })
        {
            int id = plain.Id(t);
            Assert.Equal(id, known.Id(t));
            Assert.Equal(plain.Idf(id), known.Idf(id));
            Assert.Equal(plain.IsName(id), known.IsName(id));
        }
        // A term seen after the look-up ahead reads -1 there and still gets its own id when counted.
        var late = new ArticleTerms(["harbour", "tax"], [1f, 1f], [false, false]);
        var stale = known.KnownIds(late);
        Assert.Equal(new[] { -1, known.Id("tax") }, stale);
        known.AddDocument(new ArticleTerms(["harbour"], [1f], [false]));
        Assert.Equal(new[] { known.Id("harbour"), known.Id("tax") }, known.AddDocument(late, stale));
    }
}
