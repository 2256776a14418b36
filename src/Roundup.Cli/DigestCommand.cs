using System.CommandLine;
using Roundup.Model;
using Roundup.Stories;
using Roundup.Reading;
using Roundup.Rendering;
using Roundup.Summarization;
using Spectre.Console;

namespace Roundup.Cli;

/// <summary>`roundup digest PATH… [--format markdown|html|json] [--words N | --ratio R] [--language CODE] [--min-sources K] [--facts]`: the story flow, rendered.</summary>
internal static class DigestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders, feeds or JSON-lines files; '-' or nothing reads standard input.", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format: markdown, html or json (one story a line).", DefaultValueFactory = _ => "markdown" };
        var words = new Option<int>("--words", "-w") { Description = "Word budget of each story's summary.", DefaultValueFactory = _ => 120 };
        var ratio = CliArguments.RatioOption("Word budget of each story's summary as a share of its articles' words (near-copies not counted), as 20% or 0.2 (overrides --words).");
        var language = CliArguments.LanguageOption("Clustering and summary terms use that language's analyzer (stopwords, stemming); cleaning, sentence splitting and facts use English rules.");
        var algorithm = new Option<string>("--algorithm", "-a") { Description = $"Summarizer: {string.Join(", ", SummarizerRegistry.Names)}.", DefaultValueFactory = _ => SummarizerRegistry.Default };
        var minSources = new Option<int>("--min-sources") { Description = "Only stories with at least this many independent sources.", DefaultValueFactory = _ => 1 };
        var top = new Option<int?>("--top") { Description = "Only the N biggest stories." };
        var facts = new Option<bool>("--facts") { Description = "Also list each story's facts: people and organisations, dates, quotes, numbers, conflicts." };
        var input = new CliInput();
        var args = new ClusterCommand.ClusteringArgs();
        var cmd = new Command("digest", "Find the stories in a pile of articles and summarize each with its sources, biggest first.")
        {
            paths, format, words, ratio, language, algorithm, minSources, top, facts,
        };
        args.AddTo(cmd);
        input.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            var console = CliConsole.Current;
            var fmt = (parse.GetValue(format) ?? "markdown").ToLowerInvariant();
            if (fmt is not ("markdown" or "md" or "html" or "json")) throw new ArgumentException($"Unknown format '{fmt}'; use markdown, html or json.");
            int min = parse.GetValue(minSources);
            if (min < 1) throw new ArgumentException("--min-sources must be at least 1.");
            int? n = parse.GetValue(top);
            if (n is < 1) throw new ArgumentException("--top must be at least 1.");
            var summary = new SummaryOptions
            {
                Words = parse.GetValue(words),
                Ratio = CliArguments.ParseRatio(parse.GetValue(ratio)),
                Algorithm = parse.GetValue(algorithm) ?? SummarizerRegistry.Default,
            };
            summary.Validate();
            var lang = CliArguments.ParseLanguage(parse.GetValue(language));
            var builder = new StoryFlowBuilder()
                .UseClustering(ClusterSupport.ParseMode(parse.GetValue(args.Mode)), args.Options(parse))
                .UseSummarizer(summary)
                .Keep(min, n);
            if (lang is not null) builder.UseLanguage(lang);
            if (parse.GetValue(facts))
            {
                builder.UseFacts();
                CliArguments.WarnFactsLanguage(console, lang);
            }
            var flow = builder.Build();
            var articles = InputLoader.LoadArticles(parse.GetValue(paths) ?? [], console.In, input.Options(parse, console) with { Language = lang }).ToList();
            var stories = Run(flow, articles, console);
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

    /// <summary>Runs the story flow, with a progress display on stderr when it is a terminal.</summary>
    private static IReadOnlyList<Cluster> Run(StoryFlow flow, IReadOnlyList<Article> articles, CliConsole cli)
    {
        if (!cli.CanShowLiveProgress) return flow.Run(articles).Stories;
        IReadOnlyList<Cluster> stories = [];
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(cli.Error), Interactive = InteractionSupport.Yes });
        ansi.Progress().AutoClear(true).Start(ctx =>
        {
            var tasks = new Dictionary<StoryFlowStep, ProgressTask>
            {
                [StoryFlowStep.Clean] = ctx.AddTask("cleaning", maxValue: Math.Max(1, articles.Count)),
                [StoryFlowStep.Cluster] = ctx.AddTask("clustering", maxValue: Math.Max(1, articles.Count)),
                [StoryFlowStep.Summarize] = ctx.AddTask("summarizing", maxValue: 1),
            };
            var progress = new Reporter(p =>
            {
                var task = tasks[p.Step];
                lock (task) { task.MaxValue = Math.Max(1, p.Total); task.Value = Math.Max(task.Value, p.Done); }
            });
            stories = flow.Run(articles, progress).Stories;
        });
        return stories;
    }

    private sealed class Reporter(Action<StoryFlowProgress> report) : IProgress<StoryFlowProgress>
    {
        public void Report(StoryFlowProgress value) => report(value);
    }
}
