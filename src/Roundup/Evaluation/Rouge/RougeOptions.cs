namespace Roundup.Evaluation.Rouge;

/// <summary>How several reference summaries of one item are combined (ROUGE-1.5.5 <c>-f</c>).</summary>
public enum RougeFormula
{
    /// <summary><c>-f A</c>: hits and counts are summed over all references (model average).</summary>
    Average,

    /// <summary><c>-f B</c>: only the reference with the best recall counts (best model).</summary>
    Best,
}

/// <summary>
/// Settings of a <see cref="RougeScorer"/>, each with the meaning of the ROUGE-1.5.5 flag named in its
/// documentation. The defaults are ROUGE-1.5.5's own defaults except where noted; <see cref="Standard"/> is the
/// project's Multi-News protocol.
/// </summary>
public sealed record RougeOptions
{
    /// <summary>
    /// The project's standard protocol: the peer is cut to its first 250 words (references are not cut), then
    /// scored like <c>ROUGE-1.5.5 -c 95 -r 1000 -n 2 -2 4 -U -m -a</c>; report F1 (alpha 0.5).
    /// </summary>
    public static RougeOptions Standard { get; } = new() { PeerWordLimit = 250 };

    /// <summary>Computes ROUGE-1 … ROUGE-<c>MaxN</c> (<c>-n</c>, 0 to 4 here). Default 2.</summary>
    public int MaxN { get; init; } = 2;

    /// <summary>
    /// Maximum gap of skip bigrams (<c>-2</c>); null computes no ROUGE-S; a negative value means no limit.
    /// Default 4.
    /// </summary>
    public int? SkipDistance { get; init; } = 4;

    /// <summary>
    /// With <see cref="SkipDistance"/>: also computes ROUGE-SU (skip bigrams plus unigrams), like <c>-U</c>, which
    /// reports both ROUGE-S and ROUGE-SU. Default true.
    /// </summary>
    public bool SkipUnigrams { get; init; } = true;

    /// <summary>Computes summary-level ROUGE-L (union LCS over sentences); false is <c>-x</c>. Default true.</summary>
    public bool Lcs { get; init; } = true;

    /// <summary>Weight of ROUGE-W (<c>-w</c>, e.g. 1.2); null computes no ROUGE-W. Default null.</summary>
    public double? WlcsWeight { get; init; }

    /// <summary>Stems tokens longer than 3 characters with ROUGE's Porter stemmer (<c>-m</c>). Default true.</summary>
    public bool Stem { get; init; } = true;

    /// <summary>
    /// Exceptions looked up before stemming (ROUGE-1.5.5 reads them from WordNet-2.0.exc.db: inflected form →
    /// base form, e.g. "said" → "say"). Null uses <see cref="RougeResources.DefaultStemExceptions"/> (WordNet's
    /// exception lists found on this machine) when <see cref="FindStemExceptions"/> is set. Default null.
    /// </summary>
    public IReadOnlyDictionary<string, string>? StemExceptions { get; init; }

    /// <summary>
    /// When stemming without <see cref="StemExceptions"/>, looks for WordNet's exception lists on this machine
    /// (see <see cref="RougeResources.DefaultStemExceptions"/>); without them about a quarter of the official
    /// per-item values move (irregular forms such as "said", "were", "children" stay unmerged). Default true.
    /// </summary>
    public bool FindStemExceptions { get; init; } = true;

    /// <summary>
    /// Removes these words before counting (<c>-s</c>; ROUGE-1.5.5 uses its smart_common_words.txt, which the
    /// project does not ship: load it from a ROUGE installation with <see cref="RougeResources"/>). Null removes
    /// nothing. Default null.
    /// </summary>
    public IReadOnlySet<string>? Stopwords { get; init; }

    /// <summary>Uses only the first N words of the peer and of every reference (<c>-l</c>). Default null (no cut).</summary>
    public int? WordLimit { get; init; }

    /// <summary>Uses only the first N bytes (UTF-8) of the peer and of every reference (<c>-b</c>). Default null.</summary>
    public int? ByteLimit { get; init; }

    /// <summary>
    /// Cuts only the peer to its first N whitespace-separated words before scoring (the project's protocol; not a
    /// ROUGE flag: <c>-l</c> would cut the references too). Default null.
    /// </summary>
    public int? PeerWordLimit { get; init; }

    /// <summary>How several references combine (<c>-f</c>). Default <see cref="RougeFormula.Average"/>.</summary>
    public RougeFormula Formula { get; init; } = RougeFormula.Average;

    /// <summary>
    /// Jackknifing over references (what ROUGE before 1.4 did): with K ≥ 2 references the item score is the mean
    /// of the K scores against each set of K−1 references. Default false (ROUGE-1.5.5 does not jackknife).
    /// </summary>
    public bool Jackknife { get; init; }

    /// <summary>Relative weight of precision in F: F = 1/(alpha/P + (1−alpha)/R) (<c>-p</c>). Default 0.5 (F1).</summary>
    public double Alpha { get; init; } = 0.5;

    /// <summary>Confidence level of the bootstrap interval in percent (<c>-c</c>). Default 95.</summary>
    public double Confidence { get; init; } = 95;

    /// <summary>Bootstrap resamples (<c>-r</c>); 0 computes no interval. Default 1000.</summary>
    public int Resamples { get; init; } = 1000;

    /// <summary>
    /// Seed of the first resample; resample i is seeded with Seed + i through Perl's drand48, so the default 0
    /// reproduces ROUGE-1.5.5's intervals exactly. Default 0.
    /// </summary>
    public int Seed { get; init; }

    /// <summary>
    /// Rounds every recall and precision to 5 decimals and computes F from the rounded values, as ROUGE-1.5.5
    /// does (it formats with %7.5f). False keeps full precision. Default true.
    /// </summary>
    public bool RoundLikeRouge { get; init; } = true;

    /// <summary>Throws <see cref="ArgumentException"/> when a setting is out of range.</summary>
    public void Validate()
    {
        if (MaxN is < 0 or > 4) throw new ArgumentException($"ROUGE-N size must be 0 to 4 (got {MaxN}).");
        if (WlcsWeight is { } w && !(w > 0)) throw new ArgumentException($"ROUGE-W weight must be greater than 0 (got {w}).");
        if (WordLimit is { } l && l <= 0) throw new ArgumentException($"Word limit must be positive (got {l}).");
        if (ByteLimit is { } b && b <= 0) throw new ArgumentException($"Byte limit must be positive (got {b}).");
        if (WordLimit is not null && ByteLimit is not null) throw new ArgumentException("Give a word limit or a byte limit, not both.");
        if (PeerWordLimit is { } p && p <= 0) throw new ArgumentException($"Peer word limit must be positive (got {p}).");
        if (!(Alpha >= 0 && Alpha <= 1)) throw new ArgumentException($"Alpha must be between 0 and 1 (got {Alpha}).");
        if (!(Confidence >= 0 && Confidence <= 100)) throw new ArgumentException($"Confidence must be between 0 and 100 (got {Confidence}).");
        if (Resamples < 0) throw new ArgumentException($"Resamples must be 0 or more (got {Resamples}).");
        if (MaxN == 0 && SkipDistance is null && !Lcs && WlcsWeight is null) throw new ArgumentException("No ROUGE measure selected.");
    }
}
