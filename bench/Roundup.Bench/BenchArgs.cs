using System.Globalization;

namespace Roundup.Bench;

/// <summary>The bench modes' shared argument and report helpers: KEY=VALUE options and nearest-rank percentiles.</summary>
internal static class BenchArgs
{
    /// <summary>The KEY=VALUE arguments (a bare KEY has an empty value).</summary>
    public static Dictionary<string, string> Options(IEnumerable<string> args) =>
        args.Select(a => a.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");

    /// <summary>The integer option <paramref name="key"/>, or <paramref name="fallback"/>.</summary>
    public static int Int(this Dictionary<string, string> options, string key, int fallback) =>
        options.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    /// <summary>The nearest-rank <paramref name="q"/> quantile of <paramref name="sorted"/> (ascending, not empty).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double q) =>
        sorted[Math.Min(sorted.Count - 1, Math.Max(0, (int)Math.Ceiling(q * sorted.Count) - 1))];
}
