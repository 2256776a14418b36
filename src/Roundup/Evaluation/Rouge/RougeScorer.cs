using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Roundup.Evaluation.Rouge;

/// <summary>
/// A ROUGE scorer that reproduces ROUGE-1.5.5 (Lin, 2004) item by item: ROUGE-N, summary-level ROUGE-L (union
/// LCS over sentences, clipped by unigram counts), ROUGE-W, ROUGE-S/SU with a skip distance, the formulas A/B,
/// length cuts, Porter stemming and bootstrap intervals. Tokens become integer ids once; scoring allocates
/// little. Thread-safe: score items from several threads with one scorer.
/// </summary>
/// <remarks>
/// Text is read the way ROUGE-1.5.5 reads a one-sentence-a-line file: each sentence (split again at line
/// breaks; empty lines dropped) is lower-cased (ASCII only), every character other than an ASCII letter or digit
/// separates tokens (so non-ASCII letters, apostrophes and hyphens split words, and hyphens are not counted),
/// stopwords are dropped, and tokens longer than 3 characters are stemmed.
/// </remarks>
public sealed class RougeScorer
{
    private const long UnigramMarker = 0xFFFFFFFFL;

    private readonly ConcurrentDictionary<string, int> _rawToId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _rawLookup;
    private readonly ConcurrentDictionary<string, int> _termToId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, string> _idToTerm = new();
    private readonly string[] _measures;
    private readonly IReadOnlyDictionary<string, string>? _exceptions;
    private int _nextId;

    [ThreadStatic] private static Scratch? t_scratch;

    /// <summary>Creates a scorer; <paramref name="options"/> defaults to <see cref="RougeOptions.Standard"/>.</summary>
    public RougeScorer(RougeOptions? options = null)
    {
        Options = options ?? RougeOptions.Standard;
        Options.Validate();
        _rawLookup = _rawToId.GetAlternateLookup<ReadOnlySpan<char>>();
        _exceptions = !Options.Stem ? null
            : Options.StemExceptions ?? (Options.FindStemExceptions ? RougeResources.DefaultStemExceptions : null);
        var measures = new List<string>();
        for (int n = 1; n <= Options.MaxN; n++) measures.Add($"ROUGE-{n}");
        if (Options.Lcs) measures.Add("ROUGE-L");
        if (Options.WlcsWeight is { } w) measures.Add($"ROUGE-W-{w.ToString(CultureInfo.InvariantCulture)}");
        if (Options.SkipDistance is { } sd)
        {
            string d = sd < 0 ? "*" : sd.ToString(CultureInfo.InvariantCulture);
            measures.Add($"ROUGE-S{d}");
            if (Options.SkipUnigrams) measures.Add($"ROUGE-SU{d}");
        }
        _measures = [.. measures];
    }

    /// <summary>The settings.</summary>
    public RougeOptions Options { get; }

    /// <summary>
    /// Whether stemming consults WordNet exception lists as ROUGE-1.5.5 does; false while stemming means the
    /// scores are an approximation of ROUGE-1.5.5 <c>-m</c> (no exception lists found).
    /// </summary>
    public bool HasStemExceptions => _exceptions is not null;

    /// <summary>Names of the measures computed, in the order of <see cref="RougeItemScore.Values"/>.</summary>
    public IReadOnlyList<string> Measures => _measures;

    /// <summary>Prepares a peer (system) summary given one sentence per entry; applies the peer cuts.</summary>
    public RougeText PreparePeer(IEnumerable<string> sentences) => Prepare(sentences, peer: true);

    /// <summary>Prepares a reference (model) summary given one sentence per entry.</summary>
    public RougeText PrepareReference(IEnumerable<string> sentences) => Prepare(sentences, peer: false);

    /// <summary>Scores a peer against one reference, both given as one sentence per entry.</summary>
    public RougeItemScore Score(IEnumerable<string> peerSentences, IEnumerable<string> referenceSentences, string id = "") =>
        Score(PreparePeer(peerSentences), [PrepareReference(referenceSentences)], id);

    /// <summary>Scores a peer against one prepared reference.</summary>
    public RougeItemScore Score(RougeText peer, RougeText reference, string id = "") => Score(peer, [reference], id);

    /// <summary>Scores a peer against several references, combined by <see cref="RougeOptions.Formula"/>.</summary>
    public RougeItemScore Score(RougeText peer, IReadOnlyList<RougeText> references, string id = "")
    {
        ArgumentNullException.ThrowIfNull(peer);
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(id);
        if (references.Count == 0) throw new ArgumentException("At least one reference summary is needed.", nameof(references));
        if (peer.Owner != this || references.Any(r => r.Owner != this))
            throw new ArgumentException("Texts must be prepared by the scorer that scores them.");
        var scratch = t_scratch ??= new Scratch();
        if (!Options.Jackknife || references.Count < 2) return new RougeItemScore(id, _measures, Compute(peer, references, scratch));

        var sum = new double[_measures.Length * 3];
        var subset = new RougeText[references.Count - 1];
        for (int leave = 0; leave < references.Count; leave++)
        {
            for (int i = 0, k = 0; i < references.Count; i++)
                if (i != leave) subset[k++] = references[i];
            var v = Compute(peer, subset, scratch);
            for (int m = 0; m < v.Length; m++)
            {
                sum[3 * m] += v[m].Recall;
                sum[3 * m + 1] += v[m].Precision;
                sum[3 * m + 2] += v[m].F;
            }
        }
        var values = new RougePrf[_measures.Length];
        for (int m = 0; m < values.Length; m++)
            values[m] = new RougePrf(sum[3 * m] / references.Count, sum[3 * m + 1] / references.Count, sum[3 * m + 2] / references.Count);
        return new RougeItemScore(id, _measures, values);
    }

    /// <summary>
    /// Averages item scores and computes bootstrap confidence intervals exactly as ROUGE-1.5.5 does: items ordered
    /// by id (ordinal), resample i drawn with Perl's generator seeded with <see cref="RougeOptions.Seed"/> + i.
    /// </summary>
    public RougeReport Aggregate(IReadOnlyList<RougeItemScore> items) => RougeBootstrap.Aggregate(items, _measures, Options);

    /// <summary>The text of a token id (stemmed form), for diagnostics.</summary>
    internal string TokenText(int id) => _idToTerm.TryGetValue(id, out var s) ? s : "?";

    // ------------------------------------------------------------------ preparation

    private RougeText Prepare(IEnumerable<string> sentences, bool peer)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var lines = new List<string>();
        foreach (var sentence in sentences)
        {
            ArgumentNullException.ThrowIfNull(sentence);
            foreach (var line in sentence.Split('\n'))
                if (line.Length > 0) lines.Add(LowerAscii(line));
        }
        if (peer && Options.PeerWordLimit is { } peerWords) lines = CutWords(lines, peerWords);
        if (Options.WordLimit is { } words) lines = CutWords(lines, words);

        List<string> unitLines = lines;
        if (Options.ByteLimit is { } bytes)
        {
            unitLines = CutBytes(lines, bytes, countSoFar: false);
            lines = CutBytes(lines, bytes, countSoFar: true);
        }

        var buffer = new List<int>();
        var units = new int[unitLines.Count][];
        for (int i = 0; i < unitLines.Count; i++)
        {
            buffer.Clear();
            Tokenize(unitLines[i], buffer);
            units[i] = [.. buffer];
        }
        int[] tokens;
        if (ReferenceEquals(unitLines, lines))
        {
            tokens = new int[units.Sum(u => u.Length)];
            int k = 0;
            foreach (var u in units)
            {
                u.CopyTo(tokens, k);
                k += u.Length;
            }
        }
        else
        {
            buffer.Clear();
            foreach (var line in lines) Tokenize(line, buffer);
            tokens = [.. buffer];
        }
        return new RougeText(this, tokens, units, [.. unitLines]);
    }

    private static string LowerAscii(string s)
    {
        int i = 0;
        while (i < s.Length && s[i] is not (>= 'A' and <= 'Z')) i++;
        if (i == s.Length) return s;
        return string.Create(s.Length, s, static (span, src) =>
        {
            for (int j = 0; j < src.Length; j++)
            {
                char c = src[j];
                span[j] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }
        });
    }

    private static bool IsPerlSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';

    /// <summary>Perl's <c>split(/\s+/, line)</c>: a leading empty field is kept, trailing empty fields are dropped.</summary>
    private static List<string> PerlSplit(string line)
    {
        var fields = new List<string>();
        int i = 0;
        if (line.Length > 0 && IsPerlSpace(line[0]))
        {
            while (i < line.Length && IsPerlSpace(line[i])) i++;
            if (i < line.Length) fields.Add("");
        }
        while (i < line.Length)
        {
            int start = i;
            while (i < line.Length && !IsPerlSpace(line[i])) i++;
            fields.Add(line[start..i]);
            while (i < line.Length && IsPerlSpace(line[i])) i++;
        }
        return fields;
    }

    /// <summary>ROUGE's word cut (<c>-l</c>): whole lines while they fit, then the first words of the next.</summary>
    internal static List<string> CutWords(List<string> lines, int limit)
    {
        var result = new List<string>();
        int total = 0;
        foreach (var line in lines)
        {
            var fields = PerlSplit(line);
            if (total + fields.Count < limit)
            {
                result.Add(line);
                total += fields.Count;
            }
            else
            {
                result.Add(string.Join(' ', fields.Take(limit - total)));
                break;
            }
        }
        return result;
    }

    /// <summary>
    /// ROUGE's byte cut (<c>-b</c>). ROUGE-N/S count bytes across lines; ROUGE-1.5.5's ROUGE-L reader never adds
    /// up the bytes (<paramref name="countSoFar"/> false), so it keeps every line shorter than the limit until the
    /// first longer one, which it cuts. Both are reproduced.
    /// </summary>
    internal static List<string> CutBytes(List<string> lines, int limit, bool countSoFar)
    {
        var result = new List<string>();
        int total = 0;
        foreach (var line in lines)
        {
            int bytes = System.Text.Encoding.UTF8.GetByteCount(line);
            if (total + bytes < limit)
            {
                result.Add(line);
                if (countSoFar) total += bytes;
            }
            else
            {
                result.Add(PrefixBytes(line, limit - total));
                break;
            }
        }
        return result;
    }

    /// <summary>The longest prefix of whole characters within <paramref name="bytes"/> UTF-8 bytes (a cut character only separates words).</summary>
    private static string PrefixBytes(string line, int bytes)
    {
        int used = 0;
        int i = 0;
        while (i < line.Length)
        {
            int len = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            int b = System.Text.Encoding.UTF8.GetByteCount(line.AsSpan(i, len));
            if (used + b > bytes) break;
            used += b;
            i += len;
        }
        return line[..i];
    }

    private void Tokenize(string line, List<int> output)
    {
        int i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && !IsTokenChar(line[i])) i++;
            int start = i;
            while (i < line.Length && IsTokenChar(line[i])) i++;
            if (i > start)
            {
                int id = TokenId(line.AsSpan(start, i - start));
                if (id >= 0) output.Add(id);
            }
        }
    }

    private static bool IsTokenChar(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');

    private int TokenId(ReadOnlySpan<char> raw)
    {
        if (_rawLookup.TryGetValue(raw, out int id)) return id;
        string token = raw.ToString();
        if (Options.Stopwords is { } stop && stop.Contains(token)) id = -1;
        else
        {
            string term = token;
            if (Options.Stem && token.Length > 3)
                term = _exceptions is { } exc && exc.TryGetValue(token, out var baseForm) ? baseForm : RougeStemmer.Stem(token);
            id = _termToId.GetOrAdd(term, t =>
            {
                int newId = Interlocked.Increment(ref _nextId) - 1;
                _idToTerm[newId] = t;
                return newId;
            });
        }
        return _rawToId.GetOrAdd(token, id);
    }

    // ------------------------------------------------------------------ scoring

    private RougePrf[] Compute(RougeText peer, IReadOnlyList<RougeText> refs, Scratch s)
    {
        var values = new RougePrf[_measures.Length];
        int m = 0;
        s.Intern.Clear();
        for (int n = 1; n <= Options.MaxN; n++)
        {
            s.Peer.Clear();
            int peerCount = CountNGrams(peer.Tokens, n, s.Peer, s);
            values[m++] = Combine(refs, peerCount, s, (r, sc) =>
            {
                sc.Model.Clear();
                int modelCount = CountNGrams(r.Tokens, n, sc.Model, sc);
                return (Overlap(sc.Model, sc.Peer), modelCount);
            });
        }
        if (Options.Lcs) values[m++] = LcsScore(peer, refs, s, weight: null);
        if (Options.WlcsWeight is { } w) values[m++] = LcsScore(peer, refs, s, w);
        if (Options.SkipDistance is { } sd)
        {
            for (int pass = 0; pass < (Options.SkipUnigrams ? 2 : 1); pass++)
            {
                bool unigrams = pass == 1;
                s.Peer.Clear();
                int peerCount = CountSkipBigrams(peer.Tokens, sd, unigrams, s.Peer);
                values[m++] = Combine(refs, peerCount, s, (r, sc) =>
                {
                    sc.Model.Clear();
                    int modelCount = CountSkipBigrams(r.Tokens, sd, unigrams, sc.Model);
                    return (Overlap(sc.Model, sc.Peer), modelCount);
                });
            }
        }
        return values;
    }

    /// <summary>Combines per-reference hits for ROUGE-N and ROUGE-S (peer counted once per reference, like ROUGE).</summary>
    private RougePrf Combine(IReadOnlyList<RougeText> refs, int peerCount, Scratch s, Func<RougeText, Scratch, (int Hit, int ModelCount)> score)
    {
        long hit = 0, model = 0, peer = 0;
        double best = -1;
        foreach (var r in refs)
        {
            var (h, mc) = score(r, s);
            if (Options.Formula == RougeFormula.Best)
            {
                double recall = mc != 0 ? Round(h / (double)mc) : 0;
                if (recall > best)
                {
                    best = recall;
                    hit = h;
                    model = mc;
                    peer = peerCount;
                }
            }
            else
            {
                hit += h;
                model += mc;
                peer += peerCount;
            }
        }
        return Final(hit, model, peer);
    }

    private RougePrf Final(double hit, double model, double peer, double? weight = null)
    {
        double r = model != 0 ? Round(Inverse(hit / model, weight)) : 0;
        double p = peer != 0 ? Round(Inverse(hit / peer, weight)) : 0;
        double a = Options.Alpha;
        double denominator = (1 - a) * p + a * r;
        double f = denominator > 0 ? Round(p * r / denominator) : 0;
        return new RougePrf(r, p, f);
    }

    private static double Inverse(double x, double? weight) => weight is { } w ? Math.Pow(x, 1 / w) : x;

    private double Round(double x) =>
        Options.RoundLikeRouge ? double.Parse(x.ToString("F5", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : x;

    private static long Pair(int a, int b) => ((long)a << 32) | (uint)b;

    private static int CountNGrams(int[] tokens, int n, Dictionary<long, int> counts, Scratch s)
    {
        int total = 0;
        for (int i = 0; i + n <= tokens.Length; i++)
        {
            long key;
            if (n == 1) key = tokens[i];
            else
            {
                key = Pair(tokens[i], tokens[i + 1]);
                for (int j = 2; j < n; j++) key = Pair(s.InternKey(key), tokens[i + j]);
            }
            CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _)++;
            total++;
        }
        return total;
    }

    /// <summary>ROUGE-1.5.5's skip-bigram count; like ROUGE, the unigrams of -U omit the last token.</summary>
    private static int CountSkipBigrams(int[] tokens, int skip, bool unigrams, Dictionary<long, int> counts)
    {
        int total = 0;
        for (int i = 0; i < tokens.Length - 1; i++)
        {
            if (unigrams)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, ((long)tokens[i] << 32) | UnigramMarker, out _)++;
                total++;
            }
            int last = skip < 0 ? tokens.Length - 1 : Math.Min(tokens.Length - 1, i + skip + 1);
            for (int j = i + 1; j <= last; j++)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, Pair(tokens[i], tokens[j]), out _)++;
                total++;
            }
        }
        return total;
    }

    private static int Overlap(Dictionary<long, int> model, Dictionary<long, int> peer)
    {
        int hit = 0;
        foreach (var (key, count) in model)
            if (peer.TryGetValue(key, out int p)) hit += Math.Min(p, count);
        return hit;
    }

    /// <summary>Summary-level ROUGE-L (weight null) or ROUGE-W (weight set).</summary>
    private RougePrf LcsScore(RougeText peer, IReadOnlyList<RougeText> refs, Scratch s, double? weight)
    {
        var peerUni = s.PeerUnigrams;
        peerUni.Clear();
        foreach (int t in peer.Tokens) CollectionsMarshal.GetValueRefOrAddDefault(peerUni, t, out _)++;
        double totalHit = 0, totalModel = 0, totalPeer = 0, best = -1;
        foreach (var r in refs)
        {
            var peerLeft = s.PeerLeft;
            peerLeft.Clear();
            foreach (var (k, v) in peerUni) peerLeft[k] = v;
            var modelLeft = s.ModelLeft;
            modelLeft.Clear();
            foreach (int t in r.Tokens) CollectionsMarshal.GetValueRefOrAddDefault(modelLeft, t, out _)++;

            double hit = 0, baseCount = 0;
            foreach (var unit in r.Units)
            {
                var mask = s.Mask(unit.Length);
                baseCount += weight is { } w0 ? Math.Pow(unit.Length, w0) : unit.Length;
                if (unit.Length > 0)
                    foreach (var p in peer.Units)
                        if (weight is { } w1) MarkWlcs(unit, p, mask, s, w1);
                        else MarkLcs(unit, p, mask, s);
                int run = 0;
                for (int j = 0; j < unit.Length; j++)
                {
                    if (!mask[j]) continue;
                    int t = unit[j];
                    ref int ml = ref CollectionsMarshal.GetValueRefOrNullRef(modelLeft, t);
                    if (System.Runtime.CompilerServices.Unsafe.IsNullRef(ref ml) || ml <= 0) continue;
                    ref int pl = ref CollectionsMarshal.GetValueRefOrNullRef(peerLeft, t);
                    if (System.Runtime.CompilerServices.Unsafe.IsNullRef(ref pl) || pl <= 0) continue;
                    ml--;
                    pl--;
                    if (weight is { } w2)
                    {
                        // ROUGE-W: a run of consecutive hits ends where the next position is not marked
                        run++;
                        if ((j + 1 < unit.Length && !mask[j + 1]) || j + 1 == unit.Length)
                        {
                            hit += Math.Pow(run, w2);
                            run = 0;
                        }
                    }
                    else hit++;
                }
            }
            double modelCount = weight is { } w3 ? Math.Pow(baseCount, w3) : baseCount;
            double peerCount = weight is { } w4 ? Math.Pow(peer.Tokens.Length, w4) : peer.Tokens.Length;
            if (Options.Formula == RougeFormula.Best)
            {
                double score = baseCount > 0 ? Inverse(hit / baseCount, weight) : 0;
                if (score > best)
                {
                    best = score;
                    totalHit = hit;
                    totalModel = modelCount;
                    totalPeer = peerCount;
                }
            }
            else
            {
                totalHit += hit;
                totalModel += modelCount;
                totalPeer += peerCount;
            }
        }
        return Final(totalHit, totalModel, totalPeer, weight);
    }

    /// <summary>Marks the model positions on ROUGE's LCS path between one model and one peer sentence.</summary>
    private static void MarkLcs(int[] model, int[] peer, bool[] mask, Scratch s)
    {
        int m = model.Length, n = peer.Length;
        if (n == 0) return;
        int width = n + 1;
        var c = s.Table((m + 1) * width).AsSpan(0, (m + 1) * width);
        c[..width].Clear();
        ReadOnlySpan<int> p = peer;
        for (int i = 1; i <= m; i++)
        {
            var prevRow = c.Slice((i - 1) * width, width);
            var row = c.Slice(i * width, width);
            row[0] = 0;
            int mi = model[i - 1];
            int left = 0;
            for (int j = 1; j < row.Length; j++)
            {
                int v;
                if (mi == p[j - 1]) v = prevRow[j - 1] + 1;
                else
                {
                    int up = prevRow[j];
                    v = up >= left ? up : left;
                }
                row[j] = v;
                left = v;
            }
        }
        MarkPath<int>(model, peer, mask, c, width);
    }

    /// <summary>ROUGE-W's weighted LCS path (consecutive matches of length k weigh k^w).</summary>
    private static void MarkWlcs(int[] model, int[] peer, bool[] mask, Scratch s, double weight)
    {
        int m = model.Length, n = peer.Length;
        if (n == 0) return;
        int width = n + 1;
        var c = s.WTable((m + 1) * width);
        var l = s.Table((m + 1) * width);
        Array.Clear(c, 0, width);
        Array.Clear(l, 0, width);
        for (int i = 1; i <= m; i++)
        {
            int row = i * width, prev = row - width;
            c[row] = 0;
            l[row] = 0;
            for (int j = 1; j <= n; j++)
            {
                if (model[i - 1] == peer[j - 1])
                {
                    int k = l[prev + j - 1];
                    c[row + j] = c[prev + j - 1] + Math.Pow(k + 1, weight) - Math.Pow(k, weight);
                    l[row + j] = k + 1;
                }
                else
                {
                    double up = c[prev + j], left = c[row + j - 1];
                    c[row + j] = up >= left ? up : left;
                    l[row + j] = 0;
                }
            }
        }
        MarkPath<double>(model, peer, mask, c, width);
    }

    /// <summary>
    /// Walks an LCS table (plain or weighted) back from its corner and marks the model positions on the path; ties
    /// go up, as ROUGE-1.5.5 does.
    /// </summary>
    private static void MarkPath<T>(int[] model, int[] peer, bool[] mask, ReadOnlySpan<T> c, int width)
        where T : System.Numerics.IComparisonOperators<T, T, bool>
    {
        for (int i = model.Length, j = peer.Length; i > 0 && j > 0;)
        {
            if (model[i - 1] == peer[j - 1])
            {
                i--;
                j--;
                mask[i] = true;
            }
            else if (c[(i - 1) * width + j] >= c[i * width + j - 1]) i--;
            else j--;
        }
    }

    /// <summary>Per-thread buffers reused between items.</summary>
    private sealed class Scratch
    {
        public readonly Dictionary<long, int> Peer = [];
        public readonly Dictionary<long, int> Model = [];
        public readonly Dictionary<long, int> Intern = [];
        public readonly Dictionary<int, int> PeerUnigrams = [];
        public readonly Dictionary<int, int> PeerLeft = [];
        public readonly Dictionary<int, int> ModelLeft = [];
        private bool[] _mask = new bool[64];
        private int[] _table = new int[4096];
        private double[] _wtable = [];

        public int InternKey(long key)
        {
            ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(Intern, key, out bool exists);
            if (!exists) id = Intern.Count;
            return id;
        }

        public bool[] Mask(int length)
        {
            if (_mask.Length < length) _mask = new bool[Math.Max(length, _mask.Length * 2)];
            Array.Clear(_mask, 0, length);
            return _mask;
        }

        public int[] Table(int size)
        {
            if (_table.Length < size) _table = new int[Math.Max(size, _table.Length * 2)];
            return _table;
        }

        public double[] WTable(int size)
        {
            if (_wtable.Length < size) _wtable = new double[Math.Max(size, _wtable.Length * 2)];
            return _wtable;
        }
    }
}
