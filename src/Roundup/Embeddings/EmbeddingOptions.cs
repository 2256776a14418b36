namespace Roundup.Embeddings;

/// <summary>How the MiniLM embedder runs. Equal options share one loaded model per process.</summary>
public sealed record EmbeddingOptions
{
    /// <summary>
    /// Longest input in word-piece tokens, [CLS] and [SEP] included (default 128; the model was trained with
    /// 128 and accepts up to 256 here). Longer sentences are truncated, as sentence-transformers does.
    /// </summary>
    public int MaxTokens { get; init; } = 128;

    /// <summary>Sentences per model call (default 32). Each batch is padded only to its own longest sentence.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>
    /// Largest padded-to-real token ratio a batch may reach before it is closed early (default 1.3; inputs are
    /// sorted by length, so this keeps short sentences out of batches padded to long ones). Use a large value to
    /// batch by <see cref="BatchSize"/> alone.
    /// </summary>
    public double MaxPadding { get; init; } = 1.3;

    /// <summary>Threads ONNX Runtime uses inside one model call; 0 (default) means one per processor core.</summary>
    public int Threads { get; init; }

    /// <summary>How many distinct sentence texts the cache keeps (default 100,000, ~160 MB at 384 floats each); 0 disables it.</summary>
    public int CacheCapacity { get; init; } = 100_000;

    /// <summary>
    /// Whether idle ONNX Runtime worker threads spin while waiting for work (default false: on a shared or
    /// small machine spinning burns cores other work needs; true can cut latency a little on a dedicated one).
    /// </summary>
    public bool SpinThreads { get; init; }

    /// <summary>The thread count actually used: <see cref="Threads"/>, or the processor count when 0.</summary>
    public int EffectiveThreads => Threads > 0 ? Threads : Environment.ProcessorCount;

    /// <summary>Throws <see cref="ArgumentException"/> with a user-facing message when the options make no sense.</summary>
    public void Validate()
    {
        if (MaxTokens is < 8 or > 256) throw new ArgumentException($"Embedding max tokens must be between 8 and 256 (got {MaxTokens}).");
        if (BatchSize <= 0) throw new ArgumentException($"Embedding batch size must be positive (got {BatchSize}).");
        if (!(MaxPadding >= 1)) throw new ArgumentException($"Embedding max padding ratio must be at least 1 (got {MaxPadding}).");
        if (Threads < 0) throw new ArgumentException($"Embedding threads must be 0 (all cores) or positive (got {Threads}).");
        if (CacheCapacity < 0) throw new ArgumentException($"Embedding cache capacity must be 0 or positive (got {CacheCapacity}).");
    }
}
