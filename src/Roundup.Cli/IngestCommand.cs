using System.CommandLine;
using System.Runtime.InteropServices;
using Roundup.Model;
using Roundup.Reading;
using Roundup.Reading.Web;
using Roundup.Store;
using Roundup.Stories;
using Roundup.Summarization;
using Spectre.Console;

namespace Roundup.Cli;

/// <summary>`roundup ingest PATH… [--feeds FILE.opml] [--watch DIR] [--words N] [--language CODE] [--db FILE | --postgres CONNSTRING]`: stores articles, assigns them to stories, summarizes the stories they touched.</summary>
internal static class IngestCommand
{
    /// <summary>The store options shared by ingest and serve.</summary>
    internal sealed class StoreArgs
    {
        public Option<string?> Db { get; } = new("--db") { Description = $"SQLite database file (default {StoryStores.DefaultFile})." };
        public Option<string?> Postgres { get; } = new("--postgres") { Description = "PostgreSQL connection string, instead of a SQLite file." };

        public void AddTo(Command cmd) { cmd.Add(Db); cmd.Add(Postgres); }

        public IStoryStore Open(ParseResult parse) => StoryStores.Open(parse.GetValue(Db), parse.GetValue(Postgres));
    }

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders, feeds or JSON-lines files; '-' or nothing reads standard input.", Arity = ArgumentArity.ZeroOrMore };
        var inputFormat = new Option<string>("--input-format", "-i") { Description = $"Input format: {string.Join(", ", InputFormats.Names)} (default auto).", DefaultValueFactory = _ => "auto" };
        var words = new Option<int>("--words", "-w") { Description = "Word budget of each story's summary.", DefaultValueFactory = _ => 120 };
        var language = CliArguments.LanguageOption("Clustering and summary terms use that language's analyzer (stopwords, stemming); cleaning, sentence splitting and the stored facts use English rules.");
        var feeds = new Option<string?>("--feeds") { Description = "An OPML file: every feed in it is read, with each item's page." };
        var watch = new Option<string?>("--watch") { Description = "A folder to watch after the rest is ingested: files that arrive or change are ingested as they settle; Ctrl-C stops." };
        var settle = new Option<double>("--settle") { Description = "With --watch: seconds a file must stay unchanged before it is read (default 0.5; more for slow copies over a network).", DefaultValueFactory = _ => 0.5 };
        var store = new StoreArgs();
        var cmd = new Command("ingest", "Store articles, put each into a story, and write a new summary for every story they touched.") { paths, inputFormat, words, language, feeds, watch, settle };
        store.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            var console = CliConsole.Current;
            var lang = CliArguments.ParseLanguage(parse.GetValue(language));
            var builder = new StoryFlowBuilder().UseSummarizer(new SummaryOptions { Words = parse.GetValue(words) }).UseFacts();
            if (lang is not null) builder.UseLanguage(lang);
            var flow = builder.Build();
            CliArguments.WarnFactsLanguage(console, lang); // ingest always stores facts
            var inputOptions = new InputOptions { Format = InputFormats.Parse(parse.GetValue(inputFormat) ?? "auto"), Language = lang };
            var named = parse.GetValue(paths) ?? [];
            var opml = parse.GetValue(feeds);
            var folder = parse.GetValue(watch);
            if (folder is not null && !Directory.Exists(folder)) throw new RoundupInputException($"{folder}: no such folder to watch.");
            double settleSeconds = parse.GetValue(settle);
            if (!(settleSeconds > 0 && settleSeconds <= 3600)) throw new RoundupInputException($"--settle must be a number of seconds above 0 and at most 3600 (got {settleSeconds}).");
            var subscriptions = opml is null ? [] : OpmlReader.ReadFile(opml);
            // Standard input is read only when nothing else is named.
            var articles = named.Length > 0 || (opml is null && folder is null)
                ? InputLoader.LoadArticles(named, console.In, inputOptions).ToList()
                : [];
            if (opml is not null) articles.AddRange(ReadFeeds(subscriptions, opml, inputOptions, console));
            using var db = store.Open(parse);
            var ingestor = new StoryIngestor(db, flow);
            var report = Run(ingestor, articles, console);
            if (folder is null || articles.Count > 0 || opml is not null)
                console.Out.WriteLine($"{articles.Count} articles read: {report.Added} stored, {articles.Count - report.Added} already stored; {report.Stories} stories summarized; the store holds {db.CountArticles()} articles in {db.CountStories()} stories.");
            if (folder is not null) Watch(ingestor, folder, TimeSpan.FromSeconds(settleSeconds), inputOptions, console);
            return 0;
        });
        return cmd;
    }

    private static (int Added, int Stories) Run(StoryIngestor ingestor, IReadOnlyList<Article> articles, CliConsole cli)
    {
        int added = 0, stories = 0;
        void Work(Action<string, long, long>? report)
        {
            var touched = new HashSet<long>(ingestor.Replay(report is null ? null : new Reporter<long>(k => report("replay", k, k))));
            for (int i = 0; i < articles.Count; i++)
            {
                var r = ingestor.Ingest(articles[i]);
                if (r.Added) { added++; touched.Add(r.StoryId); touched.UnionWith(r.Changed); }
                report?.Invoke("ingest", i + 1, articles.Count);
            }
            foreach (var s in touched)
            {
                if (ingestor.Resummarize(s) is not null) stories++;
                report?.Invoke("summarize", stories, touched.Count);
            }
        }
        if (!cli.CanShowLiveProgress) { Work(null); return (added, stories); }
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(cli.Error), Interactive = InteractionSupport.Yes });
        ansi.Progress().AutoClear(true).Start(ctx =>
        {
            var tasks = new Dictionary<string, ProgressTask>
            {
                ["replay"] = ctx.AddTask("reading the store", maxValue: 1),
                ["ingest"] = ctx.AddTask("ingesting", maxValue: Math.Max(1, articles.Count)),
                ["summarize"] = ctx.AddTask("summarizing", maxValue: 1),
            };
            Work((stage, done, total) => { tasks[stage].MaxValue = Math.Max(1, total); tasks[stage].Value = done; });
        });
        return (added, stories);
    }

    /// <summary>Reads every feed of an OPML file (and each item's page); a feed that fails is a warning, all failing an error.</summary>
    private static List<Article> ReadFeeds(IReadOnlyList<FeedSubscription> subscriptions, string opml, InputOptions options, CliConsole console)
    {
        if (subscriptions.Count == 0) throw new RoundupInputException($"{opml} names no feed (no outline with an xmlUrl).");
        using var reader = new WebReader(options.Web);
        var failures = new List<string>();
        var results = Task.Run(() => Task.WhenAll(subscriptions.Select(s => FeedItemPages.ReadFeedAsync(reader, s.Url, itemPages: true, null, console.Cancellation)))).GetAwaiter().GetResult();
        var articles = new List<Article>();
        foreach (var r in results)
        {
            if (r.Error is not null) console.Error.WriteLine($"roundup: warning: could not read feed {r.Error}");
            articles.AddRange(r.Articles);
        }
        if (results.All(r => !r.Succeeded))
            throw new RoundupInputException(results.Length == 1 ? $"Could not read feed {results[0].Error}" : $"None of the {results.Length} feeds could be read; the first: {results[0].Error}");
        if (options.Language is { } lang) foreach (var a in articles) a.Language = lang;
        console.Error.WriteLine($"roundup: {articles.Count} items from {results.Count(r => r.Succeeded)} of {results.Length} feeds.");
        return articles;
    }

    /// <summary>Ingests the files of <paramref name="folder"/> as they arrive or change, until Ctrl-C or SIGTERM; a line on stderr for each batch, totals on stdout at the end.</summary>
    private static void Watch(StoryIngestor ingestor, string folder, TimeSpan settle, InputOptions options, CliConsole console)
    {
        using var watch = new FolderWatch(folder, settle);
        // Ctrl-C, or SIGTERM from a service manager, ends the watch after the batch in hand.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(console.Cancellation);
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stop.Cancel();
        });
        console.Error.WriteLine($"roundup: watching {watch.Folder} (Ctrl-C stops)");
        int files = 0, read = 0, added = 0, stories = 0;
        Task.Run(async () =>
        {
            await foreach (var batch in watch.ChangesAsync(stop.Token).ConfigureAwait(false))
            {
                var articles = new List<Article>();
                foreach (var path in batch)
                {
                    try
                    {
                        articles.AddRange(InputLoader.LoadArticles([path], TextReader.Null, options));
                        files++;
                    }
                    catch (Exception e) when (e is RoundupInputException or IOException or UnauthorizedAccessException)
                    {
                        console.Error.WriteLine($"roundup: warning: skipped {path}: {e.Message.Split('\n')[0]}");
                    }
                }
                int batchAdded = 0, batchStories = 0;
                var touched = new HashSet<long>();
                foreach (var a in articles)
                {
                    var r = ingestor.Ingest(a);
                    if (r.Added) { batchAdded++; touched.Add(r.StoryId); touched.UnionWith(r.Changed); }
                }
                foreach (var s in touched)
                    if (ingestor.Resummarize(s) is not null) batchStories++;
                read += articles.Count;
                added += batchAdded;
                stories += batchStories;
                console.Error.WriteLine($"roundup: {batch.Count} file(s): {articles.Count} articles, {batchAdded} new; {batchStories} stories summarized ({string.Join(", ", batch.Take(3).Select(Path.GetFileName))}{(batch.Count > 3 ? ", …" : "")})");
            }
        }).GetAwaiter().GetResult();
        console.Out.WriteLine($"watched {watch.Folder}: {files} files, {read} articles read, {added} stored; {stories} stories summarized; the store holds {ingestor.Store.CountArticles()} articles in {ingestor.Store.CountStories()} stories.");
    }

    private sealed class Reporter<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
