using System.Runtime.CompilerServices;
using Roundup.Cleaning;
using Roundup.Model;
using Roundup.Text;

namespace Roundup.Summarization;

/// <summary>
/// Integer features of a cluster's candidate sentences, built once per summary from the <c>terms</c> stage's
/// <see cref="Sentence.Tokens"/> (one tokenizer, stemmer and stopword list for the whole pipeline): term ids, distinct
/// content-word ids, distinct bigram ids and, for every bigram and word, how many independent articles contain it.
/// Articles marked as near-copies (<see cref="Article.DuplicateOf"/>) contribute neither candidates nor counts, and
/// neither do pages without any story text (empty pages, crawl and site notices: <see cref="JunkDetector"/>) when the
/// cluster has a real article.
/// </summary>
internal sealed class ClusterFeatures
{
    [ThreadStatic] private static Scratch? _scratch;

    /// <summary>Per-thread working tables, reused from one cluster to the next so building allocates little.</summary>
    private sealed class Scratch
    {
        public readonly Dictionary<string, int> Surface = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int> StemIds = new(StringComparer.Ordinal);
        public readonly Dictionary<long, int> BigramIds = [];
        public readonly List<bool> Stop = [];
        public readonly List<int> BigramDf = [], BigramLast = [], WordDf = [], WordLast = [], WordSeen = [], WordNamed = [];
        public readonly List<long> BigramKeys = [];
        public readonly List<int> BigramSeen = [], BigramCapitals = [];
        public readonly List<bool> Capital = new(64);
        public readonly List<int> Tokens = new(64), Uni = new(64), Bi = new(64);
        public readonly List<TermToken> Words = new(64);

        public void Clear()
        {
            // Very large tables (an unusually big cluster) are dropped rather than kept for the thread's life.
            bool huge = Surface.Count > 100_000 || BigramIds.Count > 200_000;
            Surface.Clear();
            StemIds.Clear();
            BigramIds.Clear();
            if (huge)
            {
                Surface.TrimExcess();
                StemIds.TrimExcess();
                BigramIds.TrimExcess();
            }
            Stop.Clear();
            BigramDf.Clear();
            BigramKeys.Clear();
            BigramSeen.Clear();
            BigramCapitals.Clear();
            BigramLast.Clear();
            WordDf.Clear();
            WordLast.Clear();
            WordSeen.Clear();
            WordNamed.Clear();
        }
    }

    private ClusterFeatures(List<Article> articles, List<Sentence> sentences, List<string> texts)
    {
        Articles = [.. articles];
        Sentences = [.. sentences];
        Texts = [.. texts];
        int n = Sentences.Length;
        ArticleOf = new int[n];
        Position = new int[n];
        Words = new int[n];
        Unigrams = new int[n][];
        Bigrams = new int[n][];
    }

    /// <summary>Independent articles (near-copies left out, and story-less pages beside a real article), in cluster order.</summary>
    public Article[] Articles { get; }

    /// <summary>Candidate sentences (all sentences of the independent articles), article by article.</summary>
    public Sentence[] Sentences { get; }

    /// <summary>The text each candidate would be shown with (compressed when compression is on).</summary>
    public string[] Texts { get; }

    /// <summary>Index into <see cref="Articles"/> of each candidate's article.</summary>
    public int[] ArticleOf { get; }

    /// <summary>Position of each candidate among the body (non-headline) sentences of its article.</summary>
    public int[] Position { get; }

    /// <summary>Word count of each candidate's <see cref="Texts"/>.</summary>
    public int[] Words { get; }

    /// <summary>Distinct content-word ids of each candidate (stopwords left out), ascending.</summary>
    public int[][] Unigrams { get; }

    /// <summary>Distinct bigram ids of each candidate (bigrams of two stopwords left out).</summary>
    public int[][] Bigrams { get; }

    /// <summary>Per bigram id: number of independent articles containing it.</summary>
    public int[] BigramDf { get; private set; } = [];

    /// <summary>
    /// Per bigram id: true for a two-word name, written mostly with both words capitalised inside a sentence and neither
    /// a stopword ("World Bank"; "Roll Back" of "Roll Back Malaria", though "back" alone is no name).
    /// </summary>
    public bool[] NamedBigram { get; private set; } = [];

    /// <summary>Per word id: number of independent articles containing it.</summary>
    public int[] WordDf { get; private set; } = [];

    /// <summary>
    /// Per word id: true for a name-like word, one that is mostly written with a capital inside a sentence (not
    /// as its first word) or that holds a digit.
    /// </summary>
    public bool[] Named { get; private set; } = [];

    /// <summary>Surface words (any case) that are name-like in this cluster (see <see cref="Named"/>), digits aside.</summary>
    public IReadOnlySet<string> NameWords => _nameWords ??= new HashSet<string>(
        _nameSurfaces.Where(w => !w.AsSpan().ContainsAnyInRange('0', '9')), StringComparer.OrdinalIgnoreCase);

    private string[] _nameSurfaces = [];
    private HashSet<string>? _nameWords;

    /// <summary>Where the quotes stage's quotations stand against the candidates (read on first use).</summary>
    public SentenceQuotes Quotes => _quotes ??= SentenceQuotes.Of(Sentences);

    private SentenceQuotes? _quotes;

    /// <summary>Whether the cluster uses a word as a person's surname, as found so far (see <see cref="NameIntroductions.PersonSurnames"/>).</summary>
    internal Dictionary<string, bool> SurnameMemo => _surnameMemo ??= new(StringComparer.Ordinal);

    private Dictionary<string, bool>? _surnameMemo;

    /// <summary>
    /// The given names and surnames of the full names in a text of the cluster, found once per text (see
    /// <see cref="NameIntroductions.PersonSurnames"/>; keyed by the text, so a rewritten sentence is read again).
    /// </summary>
    internal Dictionary<string, (string Given, string Surname)[]> FullNameMemo => _fullNameMemo ??= new(StringComparer.Ordinal);

    private Dictionary<string, (string Given, string Surname)[]>? _fullNameMemo;

    /// <summary>
    /// The definite descriptions of a text of the cluster, read once per text (see
    /// <see cref="CoverageSummarizer.LeansOnRecentMention"/>; keyed by the text, so a shortened sentence is read again).
    /// </summary>
    internal Dictionary<string, List<string>> DefiniteNounsMemo => _definiteNounsMemo ??= new(StringComparer.Ordinal);

    private Dictionary<string, List<string>>? _definiteNounsMemo;

    /// <summary>Each article's rare two-word names, found once per cluster (see <see cref="MainEvent.ReturnedTo"/>).</summary>
    internal HashSet<int>[]? ArticleNamesMemo { get; set; }

    /// <summary>Number of distinct word ids.</summary>
    public int WordCount { get; private set; }

    /// <summary>Builds the features; <paramref name="rewrite"/> may shorten each sentence's text (or return it).</summary>
    public static ClusterFeatures Build(Cluster cluster, Func<Sentence, string>? rewrite = null)
    {
        var ids = new HashSet<string>(cluster.Articles.Select(a => a.Id), StringComparer.Ordinal);
        var articles = new List<Article>();
        foreach (var a in cluster.Articles)
            if (a.DuplicateOf is null || !ids.Contains(a.DuplicateOf) || a.DuplicateOf == a.Id) articles.Add(a);
        if (articles.Count > 1)
        {
            // Only pages without any story text: a short brief still has its say.
            var stories = articles.FindAll(a => !JunkDetector.IsJunk(a, minWords: 1));
            if (stories.Count > 0) articles = stories;
        }
        var sentences = new List<Sentence>();
        var texts = new List<string>();
        foreach (var a in articles)
            foreach (var s in a.Sentences) { sentences.Add(s); texts.Add(rewrite is null ? s.Text : rewrite(s)); }
        var f = new ClusterFeatures(articles, sentences, texts);
        f.Analyze();
        return f;
    }

    /// <summary>Features of an arbitrary list of sentences (each counted as its own article position).</summary>
    public static ClusterFeatures FromSentences(IReadOnlyList<Sentence> sentences)
    {
        var articles = new List<Article>();
        foreach (var s in sentences) if (!articles.Contains(s.Article)) articles.Add(s.Article);
        var f = new ClusterFeatures(articles, [.. sentences], [.. sentences.Select(s => s.Text)]);
        f.Analyze();
        return f;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Analyze()
    {
        var scratch = _scratch ??= new Scratch();
        scratch.Clear();
        var surface = scratch.Surface;
        var lookup = surface.GetAlternateLookup<ReadOnlySpan<char>>();
        var stemIds = scratch.StemIds;
        var stop = scratch.Stop;
        var bigramIds = scratch.BigramIds;
        var bigramDf = scratch.BigramDf;
        var bigramLast = scratch.BigramLast;
        var wordDf = scratch.WordDf;
        var wordLast = scratch.WordLast;
        var wordSeen = scratch.WordSeen;
        var wordNamed = scratch.WordNamed;
        var tokens = scratch.Tokens;
        var words = scratch.Words;
        var uni = scratch.Uni;
        var bi = scratch.Bi;
        Span<char> buffer = stackalloc char[TermAnalyzer.MaxTokenLength];
        var articleIndex = new Dictionary<Article, int>(ReferenceEqualityComparer.Instance);
        for (int a = 0; a < Articles.Length; a++) articleIndex[Articles[a]] = a;
        var positions = new int[Articles.Length];
        for (int i = 0; i < Sentences.Length; i++)
        {
            var s = Sentences[i];
            int article = articleIndex[s.Article];
            ArticleOf[i] = article;
            Position[i] = positions[article];
            if (!s.IsHeadline) positions[article]++;
            var text = Texts[i];
            Words[i] = Sentence.CountWords(text);
            ReadTokens(s, text, words);
            tokens.Clear();
            var capital = scratch.Capital;
            capital.Clear();
            foreach (var token in words)
            {
                var span = text.AsSpan(token.Span.Start, token.Span.Length);
                var word = buffer[..span.ToLowerInvariant(buffer)];
                if (!lookup.TryGetValue(word, out int id))
                {
                    if (!stemIds.TryGetValue(token.Term, out id))
                    {
                        id = stemIds.Count;
                        stemIds.Add(token.Term, id);
                        stop.Add(token.IsStopword);
                        wordDf.Add(0);
                        wordLast.Add(-1);
                        wordSeen.Add(0);
                        wordNamed.Add(0);
                    }
                    surface.Add(word.ToString(), id);
                }
                if (tokens.Count > 0)
                {
                    // Inside a sentence a capital (or a digit) marks a name or a figure; a sentence's first word says nothing.
                    wordSeen[id]++;
                    if (char.IsUpper(span[0]) || word.ContainsAnyInRange('0', '9')) wordNamed[id]++;
                }
                capital.Add(tokens.Count > 0 && char.IsUpper(span[0]));
                tokens.Add(id);
            }
            uni.Clear();
            bi.Clear();
            for (int t = 0; t < tokens.Count; t++)
            {
                int id = tokens[t];
                if (!stop[id] && !uni.Contains(id))
                {
                    uni.Add(id);
                    if (wordLast[id] != article) { wordLast[id] = article; wordDf[id]++; }
                }
                if (t + 1 < tokens.Count)
                {
                    int next = tokens[t + 1];
                    if (stop[id] && stop[next]) continue;
                    long key = ((long)id << 32) | (uint)next;
                    if (!bigramIds.TryGetValue(key, out int b))
                    {
                        b = bigramIds.Count;
                        bigramIds.Add(key, b);
                        bigramDf.Add(0);
                        bigramLast.Add(-1);
                        scratch.BigramKeys.Add(key);
                        scratch.BigramSeen.Add(0);
                        scratch.BigramCapitals.Add(0);
                    }
                    scratch.BigramSeen[b]++;
                    if (capital[t] && capital[t + 1]) scratch.BigramCapitals[b]++;
                    if (!bi.Contains(b))
                    {
                        bi.Add(b);
                        if (bigramLast[b] != article) { bigramLast[b] = article; bigramDf[b]++; }
                    }
                }
            }
            uni.Sort();
            Unigrams[i] = [.. uni];
            Bigrams[i] = [.. bi];
        }
        BigramDf = [.. bigramDf];
        WordDf = [.. wordDf];
        Named = new bool[wordDf.Count];
        for (int w = 0; w < Named.Length; w++) Named[w] = wordSeen[w] > 0 && 2 * wordNamed[w] > wordSeen[w];
        var keys = scratch.BigramKeys;
        NamedBigram = new bool[keys.Count];
        for (int b = 0; b < keys.Count; b++)
        {
            int first = (int)(keys[b] >> 32), second = (int)(uint)keys[b];
            NamedBigram[b] = 2 * scratch.BigramCapitals[b] > scratch.BigramSeen[b] && !stop[first] && !stop[second];
        }
        // Only the words are kept here; the set is built the first time speaker naming asks for it.
        var names = new List<string>();
        foreach (var (word, id) in surface) if (Named[id]) names.Add(word);
        _nameSurfaces = [.. names];
        WordCount = stemIds.Count;
    }

    /// <summary>
    /// The tokens of <paramref name="text"/> (the sentence's text or a shortened form of it), spans into
    /// <paramref name="text"/>: the <c>terms</c> stage's <see cref="Sentence.Tokens"/> when it has run. A shortened
    /// text only drops pieces of the sentence, so each of its words takes the term of the same word in the
    /// sentence's tokens; a word found nowhere there (or a sentence the stage has not read) is read by the
    /// analyzer of the article's language.
    /// </summary>
    private static void ReadTokens(Sentence s, string text, List<TermToken> words)
    {
        words.Clear();
        var known = s.Tokens;
        if (known is null)
        {
            TermAnalyzer.ForLanguage(s.Article.Language).Tokenize(text, 0, words);
            return;
        }
        int shift = s.Span.Start;
        if (ReferenceEquals(text, s.Text) || text.AsSpan().SequenceEqual(s.Span.Slice(s.Article.Text)))
        {
            foreach (var t in known) words.Add(t with { Span = new TextSpan(t.Span.Start - shift, t.Span.Length) });
            return;
        }
        var source = s.Article.Text.AsSpan();
        int k = 0, next = 0;
        while (TermAnalyzer.NextWord(text, ref k, out var span))
        {
            var word = span.Slice(text);
            int found = -1;
            for (int j = 0; j < known.Count && found < 0; j++)
            {
                int at = (next + j) % known.Count;
                if (source.Slice(known[at].Span.Start, known[at].Span.Length).Equals(word, StringComparison.OrdinalIgnoreCase)) found = at;
            }
            if (found >= 0)
            {
                words.Add(known[found] with { Span = span });
                next = found + 1;
            }
            else words.Add(TermAnalyzer.ForLanguage(s.Article.Language).Word(word) with { Span = span });
        }
    }

    /// <summary>Cosine of two candidates' content-word sets.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Cosine(int a, int b)
    {
        var x = Unigrams[a];
        var y = Unigrams[b];
        if (x.Length == 0 || y.Length == 0) return 0;
        int i = 0, j = 0, shared = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j]) { shared++; i++; j++; }
            else if (x[i] < y[j]) i++;
            else j++;
        }
        return shared / Math.Sqrt((double)x.Length * y.Length);
    }
}
