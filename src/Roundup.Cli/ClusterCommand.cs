using System.CommandLine;
using Roundup.Clustering;
using Roundup.Reading;
using Roundup.Rendering;

namespace Roundup.Cli;

/// <summary>`roundup cluster PATH… [--mode batch|incremental] [--threshold X] [--window-hours H] [--format markdown|json]`.</summary>
internal static class ClusterCommand
{
    /// <summary>The clustering options shared by cluster, digest and eval cluster.</summary>
    internal sealed class ClusteringArgs
    {
        public Option<string> Mode { get; } = new("--mode", "-m") { Description = "batch (whole collection at once) or incremental (time-ordered stream with dormancy).", DefaultValueFactory = _ => "batch" };
        public Option<double> Threshold { get; } = new("--threshold", "-t") { Description = "Similarity an article needs to join a story (0-1).", DefaultValueFactory = _ => StoryClusteringOptions.Default.Threshold };
        public Option<double> WindowHours { get; } = new("--window-hours") { Description = "A story with no new article for this many hours goes dormant (dated articles only).", DefaultValueFactory = _ => StoryClusteringOptions.Default.Window.TotalHours };
        public Option<bool> NoDedup { get; } = new("--no-dedup") { Description = "Do not detect near-duplicate copies." };
        public Option<bool> Events { get; } = new("--events") { Description = "One story per event (different events on one running subject stay apart) instead of broader stories." };

        public void AddTo(Command cmd) { cmd.Add(Mode); cmd.Add(Threshold); cmd.Add(WindowHours); cmd.Add(NoDedup); cmd.Add(Events); }

        public StoryClusteringOptions Options(ParseResult parse)
        {
            double hours = parse.GetValue(WindowHours);
            if (!(hours > 0) || hours > 24 * 365 * 100) throw new ArgumentException($"--window-hours must be positive; got {hours}.");
            var o = (parse.GetValue(Events) ? StoryClusteringOptions.Events : StoryClusteringOptions.Default) with
            {
                Threshold = parse.GetValue(Threshold),
                Window = TimeSpan.FromHours(hours),
                DetectDuplicates = !parse.GetValue(NoDedup),
            };
            o.Validate();
            return o;
        }
    }

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders, feeds or JSON-lines files; '-' or nothing reads standard input.", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format: markdown or json (one story a line).", DefaultValueFactory = _ => "markdown" };
        var input = new CliInput();
        var args = new ClusteringArgs();
        var cmd = new Command("cluster", "Group articles into stories: near-copies are marked, articles about the same event go together.") { paths, format };
        args.AddTo(cmd);
        input.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            var console = CliConsole.Current;
            var fmt = (parse.GetValue(format) ?? "markdown").ToLowerInvariant();
            if (fmt is not ("markdown" or "md" or "json")) throw new ArgumentException($"Unknown format '{fmt}'; use markdown or json.");
            var options = args.Options(parse);
            var mode = ClusterSupport.ParseMode(parse.GetValue(args.Mode));
            var articles = InputLoader.LoadArticles(parse.GetValue(paths) ?? [], console.In, input.Options(parse, console)).ToList();
            var result = ClusterSupport.CleanAndCluster(articles, mode, options, console);
            if (fmt == "json") DigestRenderer.WriteStoriesJson(result.Stories, console.Out);
            else DigestRenderer.WriteStoriesMarkdown(result.Stories, console.Out);
            console.Out.Flush();
            return input.ExitCode(console);
        });
        return cmd;
    }
}
