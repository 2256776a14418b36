using System.CommandLine;
using System.Diagnostics;
using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Reading;
using Roundup.Rendering;
using Roundup.Summarization;
using Roundup.Text;
using Spectre.Console;

namespace Roundup.Cli;

/// <summary>`roundup summarize PATH… [--words N | --sentences N] [--algorithm NAME] [--format text|markdown|json] [--input-format F] [--facts] [--embeddings]`.</summary>
internal static class SummarizeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders or JSON-lines batches; '-' or nothing reads standard input.", Arity = ArgumentArity.ZeroOrMore };
        var words = new Option<int>("--words", "-w") { Description = "Word budget of each summary.", DefaultValueFactory = _ => 250 };
        var sentences = new Option<int?>("--sentences", "-n") { Description = "Sentence budget (overrides --words and --ratio)." };
        var ratio = new Option<string?>("--ratio", "-r") { Description = "Word budget as a share of the input's words, as 20% or 0.2 (overrides --words)." };
        var language = new Option<string?>("--language", "-l") { Description = "Language of the articles (ISO 639-1 code: en, fr, de, es, …) instead of detecting it; terms use that language's analyzer. Cleaning, sentence splitting and facts use English rules." };
        var algorithm = new Option<string>("--algorithm", "-a") { Description = $"Summarizer: {string.Join(", ", SummarizerRegistry.Names)}.", DefaultValueFactory = _ => SummarizerRegistry.Default };
        var format = new Option<OutputFormat>("--format", "-f") { Description = "Output format: text, markdown or json (JSON lines, one per cluster, keyed by the input's id).", DefaultValueFactory = _ => OutputFormat.Text };
        var input = new CliInput();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress or statistics on standard error (warnings and errors still appear)." };
        var facts = new Option<bool>("--facts") { Description = "Add the story's facts: entities, timeline, quotes with speakers, numbers, the outlets behind each and where outlets disagree." };
        var embeddings = new Option<bool>("--embeddings") { Description = "Use sentence embeddings (all-MiniLM-L6-v2, bundled) for redundancy and supporting sources (finds paraphrased support; slower; ROUGE on the dev set unchanged)." };
        var cmd = new Command("summarize", "Summarize articles about one event (or a batch of clusters) with the sources of every sentence.")
        {
            paths, words, sentences, ratio, language, algorithm, format, quiet, facts, embeddings,
        };
        input.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            var console = CliConsole.Current;
            var options = new SummaryOptions
            {
                Words = parse.GetValue(words),
                Sentences = parse.GetValue(sentences),
                Ratio = CliArguments.ParseRatio(parse.GetValue(ratio)),
                Algorithm = parse.GetValue(algorithm) ?? SummarizerRegistry.Default,
            };
            options.Validate();
            var lang = CliArguments.ParseLanguage(parse.GetValue(language));
            var reading = input.Options(parse, console) with { Language = lang };
            var builder = new RoundupPipelineBuilder().UseCleaning().UseSegmentation().UseTerms(lang is null ? null : TermAnalyzer.ForLanguage(lang));
            if (parse.GetValue(facts)) CliArguments.WarnFactsLanguage(console, lang);
            if (parse.GetValue(embeddings))
            {
                OnnxRuntimeNative.Ensure();
                builder.UseEmbeddings();
            }
            builder.UseSummarizer(options);
            if (parse.GetValue(facts)) builder.UseFacts();
            var pipeline = builder.Build();
            StartupTrace.Mark("pipeline built");
            var run = new SummarizeRun(pipeline, parse.GetValue(format), console, parse.GetValue(quiet));
            run.Execute(parse.GetValue(paths) ?? [], reading);
            return input.ExitCode(console);
        });
        return cmd;
    }

    /// <summary>One invocation: reads, summarizes and writes clusters one at a time, reporting progress on stderr.</summary>
    private sealed class SummarizeRun(RoundupPipeline pipeline, OutputFormat format, CliConsole console, bool quiet)
    {
        private InputProgress _last;
        private bool _batch;
        private int _clusters;

        public void Execute(IReadOnlyList<string> paths, InputOptions input)
        {
            var clock = Stopwatch.StartNew();
            if (!quiet && console.CanShowLiveProgress)
            {
                LoopWithProgressBar(paths, input);
            }
            else
            {
                Loop(paths, input with { Progress = Report });
            }
            if (!quiet && _batch)
                console.Error.WriteLine($"roundup: summarized {_clusters} clusters ({_last.BytesRead / 1024.0 / 1024.0:0.0} MB) in {clock.Elapsed.TotalSeconds:0.00} s");
        }

        /// <summary>
        /// <see cref="Loop"/> with a live progress bar on stderr. A method of its own, so that Spectre.Console is loaded
        /// only when a bar is drawn (not when output is piped, as in scripts and benchmarks).
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private void LoopWithProgressBar(IReadOnlyList<string> paths, InputOptions input)
        {
            var ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error), Interactive = InteractionSupport.Yes });
            ansi.Progress().AutoClear(true).HideCompleted(true).Columns(
                    new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    ProgressTask? task = null;
                    Loop(paths, input with
                    {
                        Progress = p =>
                        {
                            Report(p);
                            task ??= ctx.AddTask(Markup.Escape(p.Name), maxValue: Math.Max(1, p.TotalBytes));
                            task.IsIndeterminate = p.TotalBytes < 0;
                            if (p.TotalBytes >= 0) task.Value = p.BytesRead;
                            task.Description = Markup.Escape($"{p.Name}: {p.Clusters} clusters");
                        },
                    });
                });
        }

        private void Report(InputProgress p)
        {
            _last = p;
            _batch = true;
        }

        private void Loop(IReadOnlyList<string> paths, InputOptions input)
        {
            var output = console.Out;
            foreach (var cluster in pipeline.RunAll(InputLoader.Load(paths, console.In, input), cancellationToken: console.Cancellation))
            {
                _clusters++;
                StartupTrace.Mark("cluster summarized");
                // In a batch, plain text would run clusters together: name each one (Markdown and JSON already do).
                if (format == OutputFormat.Text && _batch && cluster.Label is null)
                    output.Write($"{(_clusters > 1 ? "\n" : "")}[{SafeText.Terminal(cluster.Id)}]\n");
                ClusterRenderer.Write(cluster, format, output);
                output.Flush(); // one record, written whole
                WriteWarnings(cluster);
                StartupTrace.Mark("cluster written");
            }
            output.Flush();
        }

        private void WriteWarnings(Cluster cluster)
        {
            foreach (var w in cluster.Warnings) console.Error.WriteLine($"roundup: warning: {SafeText.Terminal(w)}");
        }
    }
}
