namespace Roundup.Clustering;

/// <summary>
/// Subject level, both modes: splits a subject whose events fall into two groups with a clear cut
/// (<see cref="StoryClusteringOptions.SubjectSplitRatio"/>). The subject's events are bisected by 2-means over their summed
/// vectors (seeded with the event least like the rest of the subject and the event least like that one; each event then
/// goes to the half whose sum, without it, it matches better, until nothing moves). The cut is made when the mean
/// similarity of the article pairs across it is below the ratio times the lower of the two halves' mean inner-pair
/// similarities, and each half holds at least <see cref="StoryClusteringOptions.SubjectSplitMinArticles"/> articles. Average
/// linkage joins two groups once their mean cross-pair similarity reaches its threshold, whatever each group's own
/// cohesion: two neighbouring topics (a war and an election in one country) that share its general words are joined even
/// though each is far tighter inside; a broad subject's halves are about as close to each other as their own articles are.
/// Subjects stay unions of events: events move whole.
/// </summary>
internal static class SubjectSplit
{
    /// <summary>A cut that was made: the subject it split, the id given to the half that left, and the mean pair
    /// similarities across the cut and inside each half (the half that stayed first).</summary>
    internal readonly record struct Cut(int Subject, int NewSubject, double Cross, double InnerStay, double InnerLeave);

    /// <summary>Batch mode: each subject of <paramref name="subjects"/> (changed in place) with two or more events is bisected
    /// once; <paramref name="vectors"/> are the subject level's (unit length). Returns the cuts made.</summary>
    public static List<Cut> Split(SparseVector[] vectors, int[] events, int[] subjects, bool[] skip, StoryClusteringOptions options)
    {
        var cuts = new List<Cut>();
        if (options.SubjectSplitRatio <= 0) return cuts;
        int nextId = subjects.Length == 0 ? 0 : subjects.Max() + 1;
        var bySubject = new SortedDictionary<int, Dictionary<int, List<int>>>();
        for (int i = 0; i < vectors.Length; i++)
        {
            if (skip[i]) continue;
            if (!bySubject.TryGetValue(subjects[i], out var evs)) bySubject[subjects[i]] = evs = [];
            if (!evs.TryGetValue(events[i], out var list)) evs[events[i]] = list = [];
            list.Add(i);
        }
        foreach (var (s, evs) in bySubject)
        {
            if (evs.Count < 2) continue;
            var units = evs.Values.OrderBy(l => l[0]).ToList();
            var cut = Bisect([.. units.Select(u => Sum(vectors, u))], [.. units.Select(u => u.Count)], options.SubjectSplitRatio, options.SubjectSplitMinArticles, out var side);
            if (cut is not { } c) continue;
            int id = nextId++;
            for (int k = 0; k < units.Count; k++)
                if (side[k]) foreach (var i in units[k]) subjects[i] = id;
            cuts.Add(c with { Subject = s, NewSubject = id });
        }
        return cuts;
    }

    /// <summary>Bisects units (each the sum of unit-length article vectors, with its article count). Returns the cut, with
    /// <paramref name="side"/> true for the units that leave (the half without the first unit), when it is clear: the mean
    /// similarity of the article pairs across it below <paramref name="ratio"/> times the lower of the two halves' mean
    /// inner-pair similarities, each half holding at least <paramref name="min"/> articles (and 2); else null. The subject
    /// split (<see cref="StoryClusteringOptions.SubjectSplitRatio"/>: units are events) and the incremental event split
    /// (<see cref="StoryClusteringOptions.EventSplitRatio"/>: units are articles) both use it.</summary>
    public static Cut? Bisect(List<Dictionary<int, float>> sums, List<int> sizes, double ratio, int min, out bool[] side)
    {
        int count = sums.Count;
        side = new bool[count];
        if (count < 2 || sizes.Sum() < 2 * min) return null;
        var sq = sums.Select(SumSq).ToArray();
        var all = new Dictionary<int, float>();
        foreach (var u in sums) AddTo(all, u, 1);
        double allSq = SumSq(all);
        // Seeds: the unit least like the rest of the subject, and the unit least like that one.
        int seed = 0;
        double worst = double.MaxValue;
        for (int k = 0; k < count; k++)
        {
            double c = CosWithout(sums[k], sq[k], all, allSq);
            if (c < worst) { worst = c; seed = k; }
        }
        int seed2 = -1;
        double far = double.MaxValue;
        for (int k = 0; k < count; k++)
        {
            if (k == seed) continue;
            double c = Cos(Dot(sums[k], sums[seed]), sq[k], sq[seed]);
            if (c < far) { far = c; seed2 = k; }
        }
        for (int k = 0; k < count; k++)
            side[k] = k == seed || (k != seed2 && Dot(sums[k], sums[seed]) / Math.Sqrt(sq[seed]) > Dot(sums[k], sums[seed2]) / Math.Sqrt(sq[seed2]));
        var a = new Dictionary<int, float>();
        var b = new Dictionary<int, float>();
        for (int k = 0; k < count; k++) AddTo(side[k] ? a : b, sums[k], 1);
        double aSq = SumSq(a), bSq = SumSq(b);
        int unitsA = side.Count(x => x);
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            bool changed = false;
            for (int k = 0; k < count; k++)
            {
                bool inA = side[k];
                if ((inA ? unitsA : count - unitsA) < 2) continue; // a half never empties
                var own = inA ? a : b;
                var other = inA ? b : a;
                double ownSq = inA ? aSq : bSq, otherSq = inA ? bSq : aSq;
                double toOther = Cos(Dot(sums[k], other), sq[k], otherSq);
                if (toOther <= CosWithout(sums[k], sq[k], own, ownSq) + 1e-9) continue;
                ownSq = AddTo(own, sums[k], -1, ownSq);
                otherSq = AddTo(other, sums[k], 1, otherSq);
                if (inA) { aSq = ownSq; bSq = otherSq; unitsA--; } else { bSq = ownSq; aSq = otherSq; unitsA++; }
                side[k] = !inA;
                changed = true;
            }
            if (!changed) break;
        }
        // The half holding the first unit stays (a: the half of the units marked true so far).
        if (side[0]) for (int k = 0; k < count; k++) side[k] = !side[k];
        else { (a, b) = (b, a); (aSq, bSq) = (bSq, aSq); }
        int na = 0, nb = 0;
        for (int k = 0; k < count; k++) if (side[k]) nb += sizes[k]; else na += sizes[k];
        if (na < min || nb < min || na < 2 || nb < 2) return null;
        // Each sum is of unit vectors: |sum|² = n + twice the sum of the inner pair similarities.
        double innerA = (aSq - na) / ((double)na * (na - 1));
        double innerB = (bSq - nb) / ((double)nb * (nb - 1));
        double cross = Dot(a, b) / ((double)na * nb);
        if (cross >= ratio * Math.Min(innerA, innerB)) return null;
        return new Cut(-1, -1, cross, innerA, innerB);
    }

    /// <summary>At most this many 2-means passes (a bound; they stop when nothing moves).</summary>
    private const int MaxPasses = 20;

    /// <summary>The sum of the article vectors at <paramref name="members"/>.</summary>
    internal static Dictionary<int, float> Sum(IReadOnlyList<SparseVector> vectors, IEnumerable<int> members)
    {
        var d = new Dictionary<int, float>();
        foreach (var i in members)
        {
            var v = vectors[i];
            for (int k = 0; k < v.Ids.Length; k++) d[v.Ids[k]] = d.GetValueOrDefault(v.Ids[k]) + v.Weights[k];
        }
        return d;
    }

    /// <summary>Cosine of <paramref name="u"/> with <paramref name="group"/> without it (<paramref name="u"/> is part of the sum).</summary>
    private static double CosWithout(Dictionary<int, float> u, double uSq, Dictionary<int, float> group, double groupSq)
    {
        double dot = Dot(u, group);
        double restSq = groupSq - 2 * dot + uSq;
        return restSq > 1e-9 ? Cos(dot - uSq, uSq, restSq) : 0;
    }

    private static double Cos(double dot, double aSq, double bSq) => aSq <= 0 || bSq <= 0 ? 0 : dot / Math.Sqrt(aSq * bSq);

    private static double AddTo(Dictionary<int, float> a, Dictionary<int, float> b, float sign, double ss = 0)
    {
        foreach (var (k, w) in b)
        {
            a.TryGetValue(k, out var old);
            float now = old + sign * w;
            ss += (double)now * now - (double)old * old;
            if (Math.Abs(now) < 1e-7f) a.Remove(k); else a[k] = now;
        }
        return ss;
    }

    private static double SumSq(Dictionary<int, float> a)
    {
        double s = 0;
        foreach (var w in a.Values) s += (double)w * w;
        return s;
    }

    private static double Dot(Dictionary<int, float> a, Dictionary<int, float> b)
    {
        if (a.Count > b.Count) (a, b) = (b, a);
        double s = 0;
        foreach (var (k, w) in a) if (b.TryGetValue(k, out var x)) s += (double)w * x;
        return s;
    }
}
