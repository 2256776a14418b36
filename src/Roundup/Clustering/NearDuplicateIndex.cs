using Roundup.Model;

namespace Roundup.Clustering;

/// <summary>
/// Finds near-copies among articles as they arrive (syndicated wire stories, lightly edited reposts): MinHash
/// signatures of word shingles, banded LSH for candidates, and a check of the estimated Jaccard similarity. An article
/// that is a near-copy of an earlier one gets that one's original (the first of the chain) as
/// <see cref="Article.DuplicateOf"/>. Not thread-safe; the signature (the costly part) can be computed in parallel with
/// <see cref="Fingerprint"/> and passed to <see cref="Add(Article, ValueTuple{uint[], int})"/>.
/// </summary>
public sealed class NearDuplicateIndex
{
    private readonly NearDuplicateOptions _options;
    private readonly BandTable[] _bands;
    private readonly List<uint[]?> _signatures = [];
    private readonly List<int> _sizes = [];
    private readonly List<int> _root = [];
    private readonly List<string> _ids = [];

    /// <summary>Creates an empty index.</summary>
    public NearDuplicateIndex(NearDuplicateOptions? options = null)
    {
        _options = options ?? NearDuplicateOptions.Default;
        _options.Validate();
        _bands = new BandTable[_options.Bands];
        for (int b = 0; b < _bands.Length; b++) _bands[b] = new BandTable(4096);
    }

    /// <summary>Articles added so far.</summary>
    public int Count => _signatures.Count;

    /// <summary>The MinHash signature of the article's text (pure; safe to call in parallel).</summary>
    public uint[]? Signature(Article article) => Fingerprint(article).Signature;

    /// <summary>The MinHash signature of the article's text with its shingle count (pure; safe to call in parallel).</summary>
    public (uint[]? Signature, int Shingles) Fingerprint(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sig = MinHash.Signature(article.Text, _options.ShingleWords, _options.Bands * _options.Rows, out int n);
        return (sig, n);
    }

    /// <summary>Whether two fingerprints are near-duplicates: estimated Jaccard at least <see cref="NearDuplicateOptions.Threshold"/>,
    /// or the smaller text mostly contained in the larger.</summary>
    public bool Match((uint[]? Signature, int Shingles) a, (uint[]? Signature, int Shingles) b)
    {
        if (a.Signature is null || b.Signature is null) return false;
        double j = MinHash.Similarity(a.Signature, b.Signature);
        return j >= _options.Threshold || (j >= _options.ContainmentMinJaccard && MinHash.Containment(j, a.Shingles, b.Shingles) >= _options.Containment);
    }

    /// <summary>Adds <paramref name="article"/>; returns the position (0-based, in order of addition) of the original it
    /// copies, or -1. Sets <see cref="Article.DuplicateOf"/> when it is a copy.</summary>
    public int Add(Article article) => Add(article, Fingerprint(article));

    /// <summary>Adds an article with its precomputed <paramref name="fingerprint"/> (see <see cref="Add(Article)"/>).</summary>
    public int Add(Article article, (uint[]? Signature, int Shingles) fingerprint)
    {
        var signature = fingerprint.Signature;
        ArgumentNullException.ThrowIfNull(article);
        int self = _signatures.Count;
        int best = -1;
        if (signature is not null)
        {
            Span<ulong> keys = stackalloc ulong[_bands.Length];
            for (int b = 0; b < _bands.Length; b++)
            {
                ulong h = (ulong)b * 0xD6E8FEB86659FD93UL;
                for (int r = 0; r < _options.Rows; r++) h = MinHash.Mix(h ^ signature[b * _options.Rows + r]);
                keys[b] = h;
            }
            // The bands' lookups are independent of each other (nothing is added before all are done), so their memory reads overlap.
            for (int b = 0; b < _bands.Length; b++)
            {
                if (!_bands[b].TryGetValue(keys[b], out int other)) continue;
                int root = _root[other];
                if (best >= 0 && root >= best) continue;
                if (Match(fingerprint, (_signatures[other], _sizes[other]))) best = root;
            }
            for (int b = 0; b < _bands.Length; b++) _bands[b].TryAdd(keys[b], self);
        }
        _signatures.Add(signature);
        _sizes.Add(fingerprint.Shingles);
        _root.Add(best >= 0 ? best : self);
        _ids.Add(article.Id);
        if (best >= 0) article.DuplicateOf = _ids[best];
        return best;
    }

    /// <summary>Marks near-duplicates among <paramref name="articles"/> (in the given order, the first of a group being the
    /// original); returns for each article the position of its original, or -1.</summary>
    public static int[] Mark(IReadOnlyList<Article> articles, NearDuplicateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var index = new NearDuplicateIndex(options);
        var sigs = new (uint[]?, int)[articles.Count];
        Parallel.For(0, articles.Count, i => sigs[i] = index.Fingerprint(articles[i]));
        var result = new int[articles.Count];
        for (int i = 0; i < articles.Count; i++) result[i] = index.Add(articles[i], sigs[i]);
        return result;
    }
}
