using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.ML.OnnxRuntime;

namespace Roundup.Embeddings;

/// <summary>
/// Sentence embeddings from all-MiniLM-L6-v2 run with ONNX Runtime on the CPU: word-piece tokens (see
/// <see cref="MiniLmTokenizer"/>), the transformer, mean pooling over the attention mask and L2 normalisation,
/// giving 384-dimensional unit vectors. Inputs are sorted by length and run in batches padded to their longest
/// member; results come back in input order. A bounded cache means a text is run through the model once.
/// The model is loaded lazily on first use; <see cref="Shared"/> gives one instance per process and options.
/// Thread-safe.
/// </summary>
public sealed class MiniLmEmbedder : ISentenceEmbedder, IDisposable
{
    private static readonly ConcurrentDictionary<EmbeddingOptions, Lazy<MiniLmEmbedder>> SharedInstances = new();

    private readonly Lazy<Loaded> _loaded;
    private readonly EmbeddingCache? _cache;
    private long _encoded;
    private bool _disposed;

    /// <summary>Creates an embedder; the model loads on the first call that needs it.</summary>
    public MiniLmEmbedder(EmbeddingOptions? options = null)
    {
        Options = options ?? new EmbeddingOptions();
        Options.Validate();
        _cache = Options.CacheCapacity > 0 ? new EmbeddingCache(Options.CacheCapacity) : null;
        _loaded = new Lazy<Loaded>(() => Loaded.Create(Options), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The process-wide embedder for <paramref name="options"/> (defaults when null): the model is loaded once.</summary>
    public static MiniLmEmbedder Shared(EmbeddingOptions? options = null)
    {
        var key = options ?? new EmbeddingOptions();
        return SharedInstances.GetOrAdd(key, k => new Lazy<MiniLmEmbedder>(() => new MiniLmEmbedder(k))).Value;
    }

    /// <summary>The options this embedder runs with.</summary>
    public EmbeddingOptions Options { get; }

    /// <summary>The text cache, or null when <see cref="EmbeddingOptions.CacheCapacity"/> is 0.</summary>
    public EmbeddingCache? Cache => _cache;

    /// <summary>How many texts have been run through the model (cache hits and in-call duplicates excluded).</summary>
    public long EncodedCount => Interlocked.Read(ref _encoded);

    /// <summary>Whether the model has been loaded.</summary>
    public bool IsLoaded => _loaded.IsValueCreated;

    /// <summary>How long loading the model took (loads it if needed).</summary>
    public TimeSpan LoadTime => Model.LoadTime;

    /// <summary>The tokenizer (loads the model if needed).</summary>
    public MiniLmTokenizer Tokenizer => Model.Tokenizer;

    /// <inheritdoc />
    public int Dimension => Model.Dimension;

    private Loaded Model
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _loaded.Value;
        }
    }

    /// <summary>Loads the model now (otherwise the first embedding call does) and returns the load time.</summary>
    public TimeSpan EnsureLoaded() => Model.LoadTime;

    /// <inheritdoc />
    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new float[texts.Count][];
        if (texts.Count == 0) return result;
        var model = Model;

        // Texts not cached, each once, remembering every position that wants it.
        var pending = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < texts.Count; i++)
        {
            var text = texts[i] ?? throw new ArgumentException("Texts must not be null.", nameof(texts));
            if (_cache is not null && _cache.TryGet(text, out var hit)) result[i] = hit;
            else if (pending.TryGetValue(text, out var slots)) slots.Add(i);
            else pending[text] = [i];
        }
        if (pending.Count == 0) return result;

        var missing = pending.Keys.ToArray();
        var vectors = model.Run(missing, cancellationToken);
        Interlocked.Add(ref _encoded, missing.Length);
        for (int k = 0; k < missing.Length; k++)
        {
            _cache?.Add(missing[k], vectors[k]);
            foreach (var i in pending[missing[k]]) result[i] = vectors[k];
        }
        return result;
    }

    /// <summary>Embeds one text.</summary>
    public float[] Embed(string text, CancellationToken cancellationToken = default) => Embed([text], cancellationToken)[0];

    /// <summary>Releases the ONNX Runtime session. Shared instances live as long as the process and must not be disposed.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (_loaded.IsValueCreated) _loaded.Value.Dispose();
    }

    /// <summary>The loaded model: tokenizer, session and the graph's input/output names.</summary>
    private sealed class Loaded : IDisposable
    {
        private readonly InferenceSession _session;
        private readonly SessionOptions _sessionOptions;
        private readonly string _outputName;
        private readonly bool _wantsTokenTypes;
        private readonly int _batchSize;
        private readonly double _maxPadding;

        private Loaded(MiniLmTokenizer tokenizer, InferenceSession session, SessionOptions sessionOptions, EmbeddingOptions options, TimeSpan loadTime)
        {
            _batchSize = options.BatchSize;
            _maxPadding = options.MaxPadding;
            Tokenizer = tokenizer;
            _session = session;
            _sessionOptions = sessionOptions;
            LoadTime = loadTime;
            foreach (var name in new[] { "input_ids", "attention_mask" })
                if (!session.InputMetadata.ContainsKey(name))
                    throw new InvalidOperationException($"The embedding model has no '{name}' input; it is not a BERT-style encoder.");
            _wantsTokenTypes = session.InputMetadata.ContainsKey("token_type_ids");
            // The per-token hidden states: the one output of rank 3 (batch × tokens × dimension).
            var tokenOutput = session.OutputMetadata.FirstOrDefault(o => o.Value.Dimensions.Length == 3);
            if (tokenOutput.Key is null) throw new InvalidOperationException("The embedding model has no per-token output to pool.");
            _outputName = tokenOutput.Key;
            Dimension = tokenOutput.Value.Dimensions[2];
            if (Dimension <= 0) throw new InvalidOperationException("The embedding model does not declare its vector size.");
        }

        public MiniLmTokenizer Tokenizer { get; }

        public int Dimension { get; }

        public TimeSpan LoadTime { get; }

        public static Loaded Create(EmbeddingOptions options)
        {
            var clock = Stopwatch.StartNew();
            var tokenizer = MiniLmTokenizer.Create(options.MaxTokens);
            var sessionOptions = new SessionOptions
            {
                IntraOpNumThreads = options.EffectiveThreads,
                InterOpNumThreads = 1,
                ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
                GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
                LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
                EnableMemoryPattern = false, // shapes vary with every batch; patterns would only cost memory
            };
            sessionOptions.AddSessionConfigEntry("session.intra_op.allow_spinning", options.SpinThreads ? "1" : "0");
            sessionOptions.AddSessionConfigEntry("session.inter_op.allow_spinning", options.SpinThreads ? "1" : "0");
            InferenceSession session;
            try
            {
                session = new InferenceSession(MiniLmModel.ReadModelBytes(), sessionOptions);
            }
            catch
            {
                sessionOptions.Dispose();
                throw;
            }
            return new Loaded(tokenizer, session, sessionOptions, options, clock.Elapsed);
        }

        /// <summary>Embeds distinct texts: tokenize, sort by length, run padded batches, pool, normalise.</summary>
        public float[][] Run(IReadOnlyList<string> texts, CancellationToken cancellationToken)
        {
            var tokens = new int[texts.Count][];
            for (int i = 0; i < texts.Count; i++) tokens[i] = Tokenizer.Encode(texts[i]);
            var order = Enumerable.Range(0, texts.Count).OrderBy(i => tokens[i].Length).ToArray();
            var result = new float[texts.Count][];
            var lengths = order.Select(i => tokens[i].Length).ToArray();
            foreach (var (start, count) in PlanBatches(lengths, _batchSize, _maxPadding))
            {
                cancellationToken.ThrowIfCancellationRequested();
                RunBatch(tokens, order.AsSpan(start, count), result);
            }
            return result;
        }

        public void Dispose()
        {
            _session.Dispose();
            _sessionOptions.Dispose();
        }

        private void RunBatch(int[][] tokens, ReadOnlySpan<int> batch, float[][] result)
        {
            int rows = batch.Length;
            int width = 0;
            foreach (var i in batch) width = Math.Max(width, tokens[i].Length);
            var ids = new long[rows * width];
            var mask = new long[rows * width];
            int pad = Tokenizer.PaddingId;
            for (int r = 0; r < rows; r++)
            {
                var t = tokens[batch[r]];
                for (int c = 0; c < width; c++)
                {
                    bool real = c < t.Length;
                    ids[r * width + c] = real ? t[c] : pad;
                    mask[r * width + c] = real ? 1 : 0;
                }
            }
            long[] shape = [rows, width];
            var names = new List<string> { "input_ids", "attention_mask" };
            using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
            using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
            using var typesValue = _wantsTokenTypes ? OrtValue.CreateTensorValueFromMemory(new long[rows * width], shape) : null;
            var values = new List<OrtValue> { idsValue, maskValue };
            if (typesValue is not null)
            {
                names.Add("token_type_ids");
                values.Add(typesValue);
            }
            using var runOptions = new RunOptions();
            using var outputs = _session.Run(runOptions, names, values, [_outputName]);
            var hidden = outputs[0].GetTensorDataAsSpan<float>();
            if (hidden.Length != rows * width * Dimension)
                throw new InvalidOperationException($"The embedding model returned {hidden.Length} values; expected {rows}×{width}×{Dimension}.");
            for (int r = 0; r < rows; r++)
                result[batch[r]] = MeanPool(hidden.Slice(r * width * Dimension, width * Dimension), tokens[batch[r]].Length, Dimension);
        }
    }

    /// <summary>
    /// Splits inputs sorted by ascending token length into consecutive batches of at most <paramref name="maxRows"/>
    /// rows. A batch is padded to its last (longest) member, so a batch is also closed early when taking the next
    /// input would make its padded size exceed <paramref name="maxPadding"/> times its real tokens (a batch of one
    /// always forms). Fewer wasted pad tokens matter more than batch size: attention cost grows with the width.
    /// </summary>
    internal static List<(int Start, int Count)> PlanBatches(IReadOnlyList<int> sortedLengths, int maxRows, double maxPadding)
    {
        var batches = new List<(int, int)>();
        int start = 0;
        long real = 0;
        for (int j = 0; j < sortedLengths.Count; j++)
        {
            int rows = j - start + 1;
            long padded = (long)rows * sortedLengths[j];
            if (rows > 1 && (rows > maxRows || padded > maxPadding * (real + sortedLengths[j])))
            {
                batches.Add((start, j - start));
                start = j;
                real = 0;
            }
            real += sortedLengths[j];
        }
        if (start < sortedLengths.Count) batches.Add((start, sortedLengths.Count - start));
        return batches;
    }

    /// <summary>
    /// Mean of the first <paramref name="length"/> token vectors (the ones the attention mask keeps; padding
    /// always follows them) of a row-major <c>tokens × dimension</c> block, L2-normalised.
    /// </summary>
    internal static float[] MeanPool(ReadOnlySpan<float> hidden, int length, int dimension)
    {
        var v = new float[dimension];
        for (int t = 0; t < length; t++)
        {
            var row = hidden.Slice(t * dimension, dimension);
            for (int d = 0; d < dimension; d++) v[d] += row[d];
        }
        float inv = 1f / Math.Max(length, 1);
        for (int d = 0; d < dimension; d++) v[d] *= inv;
        VectorMath.Normalize(v);
        return v;
    }
}
