namespace Roundup.Reading;

/// <summary>How <see cref="InputLoader"/> reads its input.</summary>
public sealed record InputOptions
{
    /// <summary>The defaults: detect the format, 64 MB per non-streamed file, detect non-English text.</summary>
    public static InputOptions Default { get; } = new();

    /// <summary>The format of every input; <see cref="InputFormat.Auto"/> (default) detects it per file.</summary>
    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>Largest file read whole, in bytes (default <see cref="TextDecoder.MaxFileBytes"/>, 64 MB). Cluster batches are streamed and exempt.</summary>
    public long MaxFileBytes { get; init; } = TextDecoder.MaxFileBytes;

    /// <summary>Whether to detect each article's language, set <c>Article.Language</c> and warn about non-English text (default true).</summary>
    public bool DetectLanguage { get; init; } = true;

    /// <summary>
    /// The language of every article (an ISO 639-1 code such as "fr"), set on <c>Article.Language</c> instead of
    /// detecting it; no non-English warning is given then. Null (default) detects each article's language.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>
    /// The charset of input that has no byte-order mark: files, standard input and pipes (a label such as
    /// "windows-1251", "iso-8859-2" or "shift_jis"). Like an HTTP header's charset, it comes before what a page declares
    /// in <c>&lt;meta charset&gt;</c> or an XML declaration. Pages fetched by URL use their server's header instead.
    /// Null (default) takes the charset a document declares, else detects one. Standard input and pipes are decoded
    /// this way when <see cref="InputLoader"/> is given them as a <see cref="StreamInputReader"/>; JSON lines are UTF-8.
    /// </summary>
    public string? Charset { get; init; }

    /// <summary>How web pages and feeds named by URL are fetched (default <see cref="Web.WebReaderOptions.Default"/>).</summary>
    public Web.WebReaderOptions? Web { get; init; }

    /// <summary>Longest line of a JSON-lines input, in bytes (default <see cref="JsonLinesReader.DefaultMaxLineBytes"/>, 16 MB); a longer line is a bad line.</summary>
    public long MaxLineBytes { get; init; } = JsonLinesReader.DefaultMaxLineBytes;

    /// <summary>What a bad line of a JSON-lines input does (default <see cref="InputErrorPolicy.Stop"/>).</summary>
    public InputErrorPolicy OnError { get; init; } = InputErrorPolicy.Stop;

    /// <summary>Called with the error of each line skipped under <see cref="InputErrorPolicy.Skip"/> (the message names the input and line).</summary>
    public Action<RoundupInputException>? LineSkipped { get; init; }

    /// <summary>The bad-line handler the JSON-lines readers take: null to stop, else report and skip.</summary>
    internal Func<RoundupInputException, bool>? BadLineHandler => OnError == InputErrorPolicy.Skip
        ? e => { LineSkipped?.Invoke(e); return true; }
        : null;

    /// <summary>Called while reading with progress (default none).</summary>
    public Action<InputProgress>? Progress { get; init; }
}

/// <summary>Progress of reading one input.</summary>
/// <param name="Name">The input being read.</param>
/// <param name="BytesRead">Bytes read so far.</param>
/// <param name="TotalBytes">Size of the input, or -1 when unknown (standard input).</param>
/// <param name="Clusters">Clusters produced so far from this input.</param>
public readonly record struct InputProgress(string Name, long BytesRead, long TotalBytes, int Clusters);

/// <summary>What a bad line of a JSON-lines input (not JSON, not a cluster or article, over the line limit) does.</summary>
public enum InputErrorPolicy
{
    /// <summary>Stop at the bad line: the clusters before it are still produced, then the error is raised.</summary>
    Stop,

    /// <summary>Skip the bad line, report it through <see cref="InputOptions.LineSkipped"/>, and go on.</summary>
    Skip,
}
