using System.CommandLine;
using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Reading;
using Roundup.Rendering;
using Roundup.Summarization;
using Spectre.Console;

namespace Roundup.Cli;

/// <summary>`roundup digest PATH… [--format markdown|html|json] [--words N] [--min-sources K]`: cluster, then summarize each story.</summary>
internal static class DigestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders, feeds or JSON-lines files; '-' or nothing reads standard input.", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format: markdown, html or json (one story a line).", DefaultValueFactory = _ => "markdown" };
        var words = new Option<int>("--words", "-w") { Description = "Word budget of each story's summary.", DefaultValueFactory = _ => 120 };
        var algorithm = new Option<string>("--algorithm", "-a") { Description = $"Summarizer: {string.Join(", ", SummarizerRegistry.Names)}.", DefaultValueFactory = _ => SummarizerRegistry.Default };
        var minSources = new Option<int>("--min-sources") { Description = "Only stories with at least this many independent sources.", DefaultValueFactory = _ => 1 };
        var top = new Option<int?>("--top") { Description = "Only the N biggest stories." };
        var input = new CliInput();
        var args = new ClusterCommand.ClusteringArgs();
        var cmd = new Command("digest", "Find the stories in a pile of articles and summarize each with its sources, biggest first.")
        {
            paths, format, words, algorithm, minSources, top,
        };
        args.AddTo(cmd);
        input.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            var console = CliConsole.Current;
            var fmt = (parse.GetValue(format) ?? "markdown").ToLowerInvariant();
            if (fmt is not ("markdown" or "md" or "html" or "json")) throw new ArgumentException($"Unknown format '{fmt}'; use markdown, html or json.");
            var summary = new SummaryOptions { Words = parse.GetValue(words), Algorithm = parse.GetValue(algorithm) ?? SummarizerRegistry.Default };
            summary.Validate();
            int min = parse.GetValue(minSources);
            if (min < 1) throw new ArgumentException("--min-sources must be at least 1.");
            int? n = parse.GetValue(top);
            if (n is < 1) throw new ArgumentException("--top must be at least 1.");
            var options = args.Options(parse);
            var mode = ClusterSupport.ParseMode(parse.GetValue(args.Mode));
            var articles = InputLoader.LoadArticles(parse.GetValue(paths) ?? [], console.In, input.Options(parse, console)).ToList();
            var result = ClusterSupport.CleanAndCluster(articles, mode, options, console);
            var stories = result.Stories.Where(s => s.Articles.Count(a => a.DuplicateOf is null) >= min).Take(n ?? int.MaxValue).ToList();
            var pipeline = new RoundupPipelineBuilder().UseSegmentation().UseTerms().UseSummarizer(summary).Build(); // articles were cleaned before clustering
            Summarize(pipeline, stories, console);
            switch (fmt)
            {
                case "html": DigestRenderer.WriteDigestHtml(stories, console.Out); break;
                case "json": DigestRenderer.WriteDigestJson(stories, console.Out); break;
                default: DigestRenderer.WriteDigestMarkdown(stories, console.Out); break;
            }
            console.Out.Flush();
            return input.ExitCode(console);
        });
        return cmd;
    }

    private static void Summarize(RoundupPipeline pipeline, IReadOnlyList<Cluster> stories, CliConsole cli)
    {
        void Run(Action? tick) => Parallel.ForEach(stories, s => { pipeline.Run(s); tick?.Invoke(); });
        if (!cli.CanShowLiveProgress || stories.Count == 0) { Run(null); return; }
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(cli.Error), Interactive = InteractionSupport.Yes });
        ansi.Progress().AutoClear(true).Start(ctx =>
        {
            var task = ctx.AddTask("summarizing", maxValue: stories.Count);
            Run(() => task.Increment(1));
        });
    }
}
