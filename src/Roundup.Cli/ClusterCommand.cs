using System.CommandLine;
using Roundup.Clustering;
using Roundup.Reading;
using Roundup.Rendering;

namespace Roundup.Cli;

/// <summary>`roundup cluster PATH… [--mode batch|incremental] [--threshold X] [--event-threshold X] [--window-hours H] [--event-hours H] [--format markdown|json] [--language CODE] [--explain A B]`.</summary>
internal static class ClusterCommand
{
    /// <summary>The clustering options shared by cluster, digest and eval cluster.</summary>
    internal sealed class ClusteringArgs
    {
        public Option<string> Mode { get; } = new("--mode", "-m") { Description = "batch (whole collection at once) or incremental (time-ordered stream with dormancy).", DefaultValueFactory = _ => "batch" };
        public Option<double?> Threshold { get; } = new("--threshold", "-t") { Description = $"Subject level: similarity a group of articles needs to join a subject (0-1). Batch: mean similarity over the article pairs (default {StoryClusteringOptions.Default.LinkageThreshold}); incremental: cosine with the subject's centroid (default {StoryClusteringOptions.Default.Threshold})." };
        public Option<double?> EventThreshold { get; } = new("--event-threshold") { Description = $"Event level: similarity an article needs to join an event (0-1). Batch: mean locally scaled similarity over the article pairs (default {StoryClusteringOptions.Default.EventThreshold}); incremental: mean similarity with the event's articles (default {StoryClusteringOptions.Default.EventJoinThreshold})." };
        public Option<double> WindowHours { get; } = new("--window-hours") { Description = "Dated articles further apart than this are not in one subject; a subject with no new article for this long goes dormant.", DefaultValueFactory = _ => StoryClusteringOptions.Default.Window.TotalHours };
        public Option<double> EventHours { get; } = new("--event-hours") { Description = "Dated articles further apart than this are not compared for one event (batch: an event may still chain over up to 5 days, or this when longer; incremental: an event closes after this long without an article).", DefaultValueFactory = _ => StoryClusteringOptions.Default.EventWindow.TotalHours };
        public Option<bool> NoDedup { get; } = new("--no-dedup") { Description = "Do not detect near-duplicate copies." };

        public void AddTo(Command cmd) { cmd.Add(Mode); cmd.Add(Threshold); cmd.Add(EventThreshold); cmd.Add(WindowHours); cmd.Add(EventHours); cmd.Add(NoDedup); }

        public StoryClusteringOptions Options(ParseResult parse)
        {
            double hours = parse.GetValue(WindowHours), eventHours = parse.GetValue(EventHours);
            if (!(hours > 0) || hours > 24 * 365 * 100) throw new ArgumentException($"--window-hours must be positive; got {hours}.");
            if (!(eventHours > 0) || eventHours > 24 * 365 * 100) throw new ArgumentException($"--event-hours must be positive; got {eventHours}.");
            var o = StoryClusteringOptions.Default with
            {
                Window = TimeSpan.FromHours(hours),
                EventWindow = TimeSpan.FromHours(eventHours),
                DetectDuplicates = !parse.GetValue(NoDedup),
            };
            if (parse.GetValue(Threshold) is { } t) o = o with { Threshold = t, LinkageThreshold = t };
            if (parse.GetValue(EventThreshold) is { } e) o = o with { EventThreshold = e, EventJoinThreshold = e };
            o.Validate();
            return o;
        }
    }

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders, feeds or JSON-lines files; '-' or nothing reads standard input.", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format: markdown or json (one story a line).", DefaultValueFactory = _ => "markdown" };
        var input = new CliInput();
        var explain = new Option<string[]>("--explain") { Description = "Say why the two articles with these ids are or are not together, at the event and the subject level (batch mode).", Arity = new ArgumentArity(2, 2), AllowMultipleArgumentsPerToken = true };
        var language = CliArguments.LanguageOption("Clustering terms and story labels use that language's analyzer (stopwords, stemming); cleaning and the names that link articles use English rules.");
        var args = new ClusteringArgs();
        var cmd = new Command("cluster", "Group articles into stories at two levels: events (one happening) inside subjects (a running story); near-copies are marked.") { paths, format, language, explain };
        args.AddTo(cmd);
        input.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            var console = CliConsole.Current;
            var fmt = (parse.GetValue(format) ?? "markdown").ToLowerInvariant();
            if (fmt is not ("markdown" or "md" or "json")) throw new ArgumentException($"Unknown format '{fmt}'; use markdown or json.");
            var options = args.Options(parse);
            var mode = ClusterSupport.ParseMode(parse.GetValue(args.Mode));
            var lang = CliArguments.ParseLanguage(parse.GetValue(language));
            var articles = InputLoader.LoadArticles(parse.GetValue(paths) ?? [], console.In, input.Options(parse, console) with { Language = lang }).ToList();
            if (parse.GetValue(explain) is { Length: 2 } pair)
            {
                if (mode != ClusteringMode.Batch) throw new ArgumentException("--explain works in batch mode only.");
                var why = ClusterSupport.CleanAndExplain(articles, pair[0], pair[1], options);
                if (fmt == "json") console.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(ClusterSupport.ExplanationJson(why)));
                else console.Out.Write(why.ToString());
                console.Out.Flush();
                return 0;
            }
            var result = ClusterSupport.CleanAndCluster(articles, mode, options, console);
            if (fmt == "json") DigestRenderer.WriteStoriesJson(result.Stories, console.Out);
            else DigestRenderer.WriteStoriesMarkdown(result.Stories, console.Out);
            console.Out.Flush();
            return input.ExitCode(console);
        });
        return cmd;
    }
}
