using Roundup.Clustering;

namespace Roundup.Tests.Clustering;

public sealed class TermCentroidTests
{
    private static SparseVector RandomVector(Random rng, int terms, int vocabulary)
    {
        var ids = new SortedSet<int>();
        while (ids.Count < terms) ids.Add(rng.Next(vocabulary));
        return new SparseVector([.. ids], [.. ids.Select(_ => (float)rng.NextDouble())]);
    }

    [Fact]
    public void Centroid_keeps_the_sums_a_dictionary_keeps_and_reports_the_old_weight()
    {
        var rng = new Random(16);
        var centroid = new TermCentroid(4);
        var reference = new Dictionary<int, float>();
        for (int round = 0; round < 40; round++)
        {
            var v = RandomVector(rng, rng.Next(1, 60), 500);
            for (int k = 0; k < v.Ids.Length; k++)
            {
                reference.TryGetValue(v.Ids[k], out var old);
                Assert.Equal(old, centroid.Add(v.Ids[k], v.Weights[k]));
                reference[v.Ids[k]] = old + v.Weights[k];
            }
        }
        // It grew well past its first capacity; every entry is found, ids and weights line up, absent ids weigh 0.
        Assert.Equal(reference.Count, centroid.Count);
        foreach (var (id, w) in reference) Assert.Equal(w, centroid[id]);
        foreach (var entry in centroid.Entries) Assert.Equal(reference[entry.Id], entry.Weight);
        Assert.False(centroid.TryGetValue(501, out _));
        Assert.Equal(0f, centroid[-1]);
    }

    [Fact]
    public void Query_dot_is_bit_for_bit_the_dictionary_dot()
    {
        // The engine's decisions compare similarities (ties included), so the fast dot must give exactly the same double:
        // the same float products, added in the vector's term order.
        var rng = new Random(1616);
        var query = new ArticleQuery();
        for (int trial = 0; trial < 200; trial++)
        {
            var centroid = new TermCentroid();
            var dictionary = new Dictionary<int, float>();
            for (int m = rng.Next(1, 12); m > 0; m--)
            {
                var member = RandomVector(rng, rng.Next(1, 200), 2_000);
                for (int k = 0; k < member.Ids.Length; k++)
                {
                    centroid.Add(member.Ids[k], member.Weights[k]);
                    dictionary[member.Ids[k]] = dictionary.GetValueOrDefault(member.Ids[k]) + member.Weights[k];
                }
            }
            var v = RandomVector(rng, rng.Next(1, 220), 2_000);
            query.Prepare(v);
            Assert.Equal(BitConverter.DoubleToInt64Bits(v.Dot(dictionary)), BitConverter.DoubleToInt64Bits(query.Dot(centroid)));
            Assert.Equal(v.Top(16), query.Top(16));
        }
        query.Prepare(SparseVector.Empty);
        Assert.Equal(0, query.Dot(new TermCentroid()));
    }
}
