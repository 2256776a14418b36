using System.Globalization;

namespace Roundup.Evaluation.Rouge;

/// <summary>
/// Averages and bootstrap confidence intervals computed the way ROUGE-1.5.5 computes them, including its random
/// numbers (Perl's drand48: resample i is seeded with i), so intervals match the official script digit for digit.
/// </summary>
internal static class RougeBootstrap
{
    public static RougeReport Aggregate(IReadOnlyList<RougeItemScore> items, IReadOnlyList<string> measures, RougeOptions options)
    {
        ArgumentNullException.ThrowIfNull(items);
        // ROUGE sorts its instances ("evalID.peerID") as strings before resampling.
        var ordered = items.OrderBy(i => i.Id, StringComparer.Ordinal).ToArray();
        int n = ordered.Length;
        var result = new List<RougeAverage>(measures.Count);
        for (int m = 0; m < measures.Count; m++)
        {
            var r = new double[n];
            var p = new double[n];
            var f = new double[n];
            for (int i = 0; i < n; i++)
            {
                var v = ordered[i].Values[m];
                r[i] = v.Recall;
                p[i] = v.Precision;
                f[i] = v.F;
            }
            var mean = new RougePrf(Round(Mean(r), options), Round(Mean(p), options), Round(Mean(f), options));
            if (options.Resamples == 0 || n == 0)
            {
                result.Add(new RougeAverage(measures[m], mean, mean, mean, mean));
                continue;
            }
            var (avgR, lowR, upR) = Resample(r, options);
            var (avgP, lowP, upP) = Resample(p, options);
            var (avgF, lowF, upF) = Resample(f, options);
            result.Add(new RougeAverage(measures[m], mean, new RougePrf(avgR, avgP, avgF), new RougePrf(lowR, lowP, lowF), new RougePrf(upR, upP, upF)));
        }
        return new RougeReport(n, result);
    }

    private static double Mean(double[] values)
    {
        double sum = 0;
        foreach (var v in values) sum += v;
        return values.Length > 0 ? sum / values.Length : 0;
    }

    private static (double Average, double Lower, double Upper) Resample(double[] values, RougeOptions options)
    {
        int n = values.Length;
        int resamples = options.Resamples;
        var means = new double[resamples];
        for (int s = 0; s < resamples; s++)
        {
            var rng = new PerlRandom(unchecked((uint)(options.Seed + s)));
            double sum = 0;
            for (int i = 0; i < n; i++) sum += values[(int)(rng.Next() * n)];
            means[s] = sum / n;
        }
        Array.Sort(means);
        double average = Mean(means);
        double delta = resamples * ((100 - options.Confidence) / 2.0) / 100.0;
        int upperA = (int)(resamples - delta - 1);
        int lowerA = (int)delta;
        double ratio = resamples - delta - 1 - upperA;
        double lower = Interpolate(means, lowerA, ratio);
        double upper = Interpolate(means, upperA, ratio);
        return (Round(average, options), Round(lower, options), Round(upper, options));
    }

    private static double Interpolate(double[] sorted, int index, double ratio)
    {
        index = Math.Clamp(index, 0, sorted.Length - 1);
        double next = index + 1 < sorted.Length ? sorted[index + 1] : sorted[index];
        return sorted[index] + (next - sorted[index]) * ratio;
    }

    private static double Round(double x, RougeOptions options) =>
        options.RoundLikeRouge ? double.Parse(x.ToString("F5", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : x;
}

/// <summary>Perl's <c>srand</c>/<c>rand</c> (a 48-bit linear congruential generator, as drand48).</summary>
internal struct PerlRandom
{
    private const ulong Mask = (1UL << 48) - 1;
    private ulong _state;

    public PerlRandom(uint seed) => _state = (((ulong)seed << 16) + 0x330E) & Mask;

    /// <summary>The next number in [0, 1).</summary>
    public double Next()
    {
        _state = (_state * 0x5DEECE66DUL + 0xB) & Mask;
        return _state / (double)(1UL << 48);
    }
}
