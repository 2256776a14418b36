using System.Globalization;

namespace Roundup.Clustering;

/// <summary>EXPERIMENT ONLY (tw): environment switches for the term-representation variants; not to be committed.</summary>
internal static class TwExp
{
    private static double D(string k, double d) => double.TryParse(Environment.GetEnvironmentVariable(k), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : d;
    private static string S(string k, string d) => Environment.GetEnvironmentVariable(k) ?? d;

    /// <summary>0 off; 1 capitalised pairs; 2 every adjacent pair of content words.</summary>
    public static readonly int Pairs = (int)D("TW_PAIRS", 0);
    public static readonly double PairW = D("TW_PAIR_W", 1);
    public static readonly double PairWS = D("TW_PAIR_WS", D("TW_PAIR_W", 1));
    public static readonly double K1 = D("TW_BM25_K1", 0);
    public static readonly double B = D("TW_BM25_B", 0.75);
    public static readonly string Bm25Level = S("TW_BM25_LEVEL", "es");
    public static readonly double MaxDf = D("TW_MAXDF", 1);
    public static readonly int MaxDfMin = (int)D("TW_MAXDF_MIN", 30);
    public static readonly double IdfShift = D("TW_IDF_SHIFT", 1);
    public static readonly string IdfLevel = S("TW_IDF_LEVEL", "es");

    public static bool Bm25(bool subject) => K1 > 0 && Bm25Level.Contains(subject ? 's' : 'e');
    public static bool IdfVariant(bool subject) => (MaxDf < 1 || IdfShift != 1) && IdfLevel.Contains(subject ? 's' : 'e');
    public static double PairWeight(bool subject) => subject ? PairWS : PairW;

    public static bool Active => Pairs > 0 || K1 > 0 || MaxDf < 1 || IdfShift != 1;

    /// <summary>Whether the subject vector must be computed on its own (not the event vector with names reweighted).</summary>
    public static bool SubjectDiffers => Bm25(true) != Bm25(false) || IdfVariant(true) != IdfVariant(false) || (Pairs > 0 && PairW != PairWS);

    public static bool IsPair(string term) => term.Contains(' ');
}
