using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Roundup.Evaluation;
using Roundup.Evaluation.Rouge;
using Roundup.Reading;
using Roundup.Summarization;
using Spectre.Console;

namespace Roundup.Cli;

/// <summary>
/// `roundup eval summarize DATASET [--algorithm A,B|all] [--words N] [--protocol NAME] [--outputs FILE]…
/// [--per-item FILE] [--limit N]`: runs summarizers on every cluster of a test set and scores them with the
/// ROUGE-1.5.5-faithful scorer; one table per system on stdout, progress on stderr.
/// </summary>
internal static class EvalSummarizeCommand
{
    private static readonly string[] TableMeasures = ["ROUGE-1", "ROUGE-2", "ROUGE-SU4", "ROUGE-L"];

    public static Command Create()
    {
        var dataset = new Argument<string>("dataset") { Description = "Multi-News JSON lines ({idx, documents[], summary}) or a folder of topics (TOPIC/docs/*, TOPIC/refs/*)." };
        var algorithm = new Option<string?>("--algorithm", "-a") { Description = $"Comma-separated summarizers to run, or 'all' ({string.Join(", ", SummarizerRegistry.Names)}). Default: {SummarizerRegistry.Default}, unless --outputs is given." };
        var words = new Option<int?>("--words", "-w") { Description = "Word budget of each summary (and the peer cut); default: the protocol's (250 for multinews)." };
        var protocol = new Option<string>("--protocol", "-p") { Description = $"Scoring protocol: {string.Join("; ", SummaryEvaluationProtocol.All.Select(p => $"{p.Name} ({p.Description})"))}.", DefaultValueFactory = _ => SummaryEvaluationProtocol.MultiNews.Name };
        var outputs = new Option<string[]>("--outputs", "-o") { Description = "Score another system's summaries instead: JSON lines {id, summary} (summary: text or array of sentences). Repeatable.", AllowMultipleArgumentsPerToken = true };
        var perItem = new Option<string?>("--per-item") { Description = "Write per-item scores (and each summary) as JSON lines to this file." };
        var limit = new Option<int?>("--limit") { Description = "Evaluate only the first N items." };
        var wordnet = new Option<string?>("--wordnet") { Description = "Folder of WordNet exception lists (*.exc) for ROUGE's -m stemming; default: found on this machine (wordnet-base package, $ROUGE_EVAL_HOME)." };
        var embeddings = new Option<bool>("--embeddings") { Description = "Run Roundup's summarizers with sentence embeddings (all-MiniLM-L6-v2) for redundancy and support." };
        var cmd = new Command("summarize", "Run Roundup's summarizers (or score given outputs) on a test set with ROUGE-1.5.5-faithful ROUGE.")
        {
            dataset, algorithm, words, protocol, outputs, perItem, limit, wordnet, embeddings,
        };
        cmd.SetAction(parse =>
        {
            var proto = SummaryEvaluationProtocol.Get(parse.GetValue(protocol) ?? SummaryEvaluationProtocol.MultiNews.Name);
            if (parse.GetValue(words) is { } w)
            {
                if (w <= 0) throw new ArgumentException($"--words must be a positive number (got {w}).");
                proto = proto with { Words = w, Rouge = proto.Rouge.PeerWordLimit is null ? proto.Rouge : proto.Rouge with { PeerWordLimit = w } };
            }
            if (parse.GetValue(wordnet) is { } wn) proto = proto with { Rouge = proto.Rouge with { StemExceptions = RougeResources.LoadStemExceptions(wn) } };
            if (parse.GetValue(limit) is <= 0) throw new ArgumentException("--limit must be a positive number.");

            var outputFiles = parse.GetValue(outputs) ?? [];
            var algorithms = ParseAlgorithms(parse.GetValue(algorithm), outputFiles.Length > 0);
            string path = parse.GetValue(dataset)!;
            if (parse.GetValue(embeddings)) OnnxRuntimeNative.Ensure();
            var runner = new SummaryEvaluationRunner(proto) { UseEmbeddings = parse.GetValue(embeddings) };
            var streams = CliConsole.Current;
            var err = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(streams.Error) });

            // The per-item file is opened (and locked) before the work, so a bad path or a file another run is
            // writing fails at once instead of after the whole evaluation.
            using var perItemFile = parse.GetValue(perItem) is { } itemsPath ? OpenPerItem(itemsPath) : null;
            var results = new List<SummaryEvaluationResult>();
            List<SummaryEvaluationCase> Load() => [.. SummaryEvaluationDataset.Load(path).Take(parse.GetValue(limit) ?? int.MaxValue)];
            var first = Load();
            if (first.Count == 0) throw new RoundupInputException($"{path} has no items.");

            var outputsRead = outputFiles.Select(file => (Name: Path.GetFileName(file), Outputs: ReadOutputs(file))).ToList();
            // Warned once the input has been read, so that bad input fails with its one error line.
            if (proto.Rouge.Stem && !runner.Scorer.HasStemExceptions)
                err.MarkupLine("[yellow]warning:[/] WordNet exception lists not found (install the wordnet-base package or use --wordnet DIR): stemming differs from ROUGE-1.5.5 -m for irregular forms.");
            foreach (var (name, read) in outputsRead)
                results.Add(runner.RunOutputs(name, first, read));
            for (int a = 0; a < algorithms.Count; a++)
            {
                var cases = a == 0 ? first : Load(); // the pipeline enriches clusters in place: give each algorithm fresh ones
                results.Add(RunWithProgress(err, runner, algorithms[a], cases));
            }

            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(streams.Out) });
            foreach (var r in results) WriteTable(console, r, proto);
            if (results.Count > 1) WriteComparison(console, results, proto);
            if (perItemFile is not null) WritePerItem(perItemFile, results);
            return 0;
        });
        return cmd;
    }

    private static List<string> ParseAlgorithms(string? value, bool haveOutputs)
    {
        if (string.IsNullOrWhiteSpace(value)) return haveOutputs ? [] : [SummarizerRegistry.Default];
        if (value.Trim().Equals("all", StringComparison.OrdinalIgnoreCase)) return [.. SummarizerRegistry.Names.Order(StringComparer.Ordinal)];
        var names = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        foreach (var n in names)
            if (!SummarizerRegistry.Names.Contains(n, StringComparer.OrdinalIgnoreCase))
                throw new ArgumentException($"Unknown algorithm '{n}'. Known: {string.Join(", ", SummarizerRegistry.Names)}.");
        return names;
    }

    private static SummaryEvaluationResult RunWithProgress(IAnsiConsole err, SummaryEvaluationRunner runner, string algorithm, IReadOnlyList<SummaryEvaluationCase> cases)
    {
        SummaryEvaluationResult? result = null;
        err.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask($"{Markup.Escape(algorithm)}: summarizing", maxValue: cases.Count);
                var progress = new Progress(task);
                result = runner.RunAlgorithm(algorithm, cases, progress);
                task.Value = cases.Count;
            });
        return result!;
    }

    /// <summary>Thread-safe progress that advances a Spectre task.</summary>
    private sealed class Progress(ProgressTask task) : IProgress<int>
    {
        private readonly Lock _lock = new();

        public void Report(int value)
        {
            lock (_lock) task.Increment(value);
        }
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadOutputs(string file)
    {
        if (!File.Exists(file)) throw new RoundupInputException($"No such outputs file: {file}");
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (var line in File.ReadLines(file))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                string? id = null;
                foreach (var name in (string[])["id", "idx"])
                    if (root.TryGetProperty(name, out var v))
                    {
                        id = v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText();
                        break;
                    }
                if (id is null || !root.TryGetProperty("summary", out var s))
                    throw new RoundupInputException($"Line {lineNumber} of {file} needs \"id\" and \"summary\".");
                IReadOnlyList<string> sentences = s.ValueKind switch
                {
                    JsonValueKind.String => SummaryEvaluationDataset.SplitSentences(s.GetString() ?? ""),
                    JsonValueKind.Array when s.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) => [.. s.EnumerateArray().Select(e => e.GetString() ?? "")],
                    _ => throw new RoundupInputException($"Line {lineNumber} of {file}: \"summary\" must be text or an array of sentences (strings)."),
                };
                result[id] = sentences;
            }
            catch (JsonException e)
            {
                throw new RoundupInputException($"Line {lineNumber} of {file} is not JSON: {e.Message}");
            }
            catch (InvalidOperationException e)
            {
                throw new RoundupInputException($"Line {lineNumber} of {file}: a string is not valid text ({e.Message.TrimEnd('.')}).", e);
            }
        }
        return result;
    }

    private static string Pct(double x) => (100 * x).ToString("0.00", CultureInfo.InvariantCulture);

    private static void WriteTable(IAnsiConsole console, SummaryEvaluationResult r, SummaryEvaluationProtocol proto)
    {
        var table = new Table().Title($"[bold]{Markup.Escape(r.System)}[/] — {Markup.Escape(proto.Name)}, {r.Report.Items} items (×100, {proto.Rouge.Confidence.ToString(CultureInfo.InvariantCulture)}% bootstrap CI)");
        table.AddColumn("Measure");
        table.AddColumn(new TableColumn("Recall").RightAligned());
        table.AddColumn(new TableColumn("Precision").RightAligned());
        table.AddColumn(new TableColumn("F").RightAligned());
        foreach (var avg in OrderedMeasures(r.Report))
            table.AddRow(avg.Measure, Cell(avg, v => v.Recall), Cell(avg, v => v.Precision), Cell(avg, v => v.F));
        console.Write(table);
        var notes = new List<string>();
        if (r.Missing > 0) notes.Add($"[yellow]{r.Missing} items had no summary and were not scored[/]");
        if (r.SummarizeTime > TimeSpan.Zero) notes.Add($"summarized in {r.SummarizeTime.TotalSeconds:0.0} s");
        notes.Add($"scored in {r.ScoreTime.TotalMilliseconds:0} ms");
        console.MarkupLine(string.Join("; ", notes));
        console.MarkupLine(ChecksLine(r.Checks));
    }

    /// <summary>
    /// The reader checks as one line: the issue's "together" (dangling references, lone tags, orphaned
    /// continuations) and, apart, the unintroduced persons with the strict total that counts them too, then the
    /// unintroduced names and unnamed speakers with the wider total that counts those as well.
    /// </summary>
    internal static string ChecksLine(SummaryCheckReport c) =>
        $"reader checks over {c.Sentences} summary sentences: fragments {Pct(c.Share(c.Fragments))}%, dangling references {Pct(c.Share(c.DanglingReferences))}%, lone speaker tags {Pct(c.Share(c.LoneSpeakerTags))}%, orphaned quote continuations {Pct(c.Share(c.OrphanedContinuations))}% (together {Pct(c.Share(c.CannotStandAlone))}%), unintroduced persons {Pct(c.Share(c.UnintroducedPersons))}% (strict total with them {Pct(c.Share(c.CannotStandAloneStrict))}%), unintroduced names and unnamed speakers {Pct(c.Share(c.UnintroducedNames))}% (wider total with them {Pct(c.Share(c.CannotStandAloneWider))}%), repeated facts {Pct(c.Share(c.RepeatedFacts))}%";

    private static string Cell(RougeAverage avg, Func<RougePrf, double> pick) =>
        $"{Pct(pick(avg.Average))} [grey]({Pct(pick(avg.Lower))}–{Pct(pick(avg.Upper))})[/]";

    private static IEnumerable<RougeAverage> OrderedMeasures(RougeReport report)
    {
        foreach (var m in TableMeasures)
        {
            var found = report.Measures.FirstOrDefault(x => x.Measure == m);
            if (found is not null) yield return found;
        }
        foreach (var m in report.Measures)
            if (!TableMeasures.Contains(m.Measure)) yield return m;
    }

    private static void WriteComparison(IAnsiConsole console, List<SummaryEvaluationResult> results, SummaryEvaluationProtocol proto)
    {
        bool recall = proto.ReportsRecall;
        var table = new Table().Title($"[bold]{(recall ? "Recall" : "F")}[/] by system (×100)");
        table.AddColumn("System");
        var measures = OrderedMeasures(results[0].Report).Select(m => m.Measure).ToList();
        foreach (var m in measures) table.AddColumn(new TableColumn(m).RightAligned());
        foreach (var r in results)
            table.AddRow([Markup.Escape(r.System), .. measures.Select(m => Pct(recall ? r.Report[m].Average.Recall : r.Report[m].Average.F))]);
        console.Write(table);
    }

    /// <summary>Opens the per-item file for writing, locked against other runs (a second run fails at once with exit 2).</summary>
    private static FileStream OpenPerItem(string path)
    {
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None);
            return stream;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new RoundupInputException($"Cannot write the per-item file {path}: {e.Message.TrimEnd('.')} (another run may be writing it).", e);
        }
    }

    private static void WritePerItem(FileStream stream, List<SummaryEvaluationResult> results)
    {
        try
        {
            stream.SetLength(0);
            WritePerItemLines(stream, results);
            stream.Flush();
        }
        catch (IOException e)
        {
            throw new RoundupOutputException($"cannot write the per-item file {stream.Name}: {e.Message.TrimEnd('.')}.", e);
        }
    }

    private static void WritePerItemLines(FileStream stream, List<SummaryEvaluationResult> results)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var r in results)
        {
            for (int i = 0; i < r.Items.Count; i++)
            {
                var item = r.Items[i];
                writer.WriteStartObject();
                writer.WriteString("system", r.System);
                writer.WriteString("id", item.Id);
                writer.WriteStartArray("summary");
                foreach (var s in r.Summaries[i]) writer.WriteStringValue(s);
                writer.WriteEndArray();
                // The reader checks' findings, one array per summary sentence ("unintroduced-person", …; empty when none).
                writer.WriteStartArray("problems");
                foreach (var p in SummaryChecks.Check(r.Summaries[i]))
                {
                    writer.WriteStartArray();
                    foreach (var name in SummaryChecks.Names(p)) writer.WriteStringValue(name);
                    writer.WriteEndArray();
                }
                writer.WriteEndArray();
                for (int m = 0; m < item.Measures.Count; m++)
                {
                    writer.WriteStartObject(item.Measures[m]);
                    writer.WriteNumber("R", item.Values[m].Recall);
                    writer.WriteNumber("P", item.Values[m].Precision);
                    writer.WriteNumber("F", item.Values[m].F);
                    writer.WriteEndObject();
                }
                writer.WriteEndObject();
                writer.Flush();
                writer.Reset();
                stream.WriteByte((byte)'\n');
            }
        }
    }
}
