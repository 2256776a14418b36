using System.CommandLine;
using Roundup.Model;
using Roundup.Reading;
using Roundup.Store;
using Roundup.Stories;
using Roundup.Summarization;
using Spectre.Console;

namespace Roundup.Cli;

/// <summary>`roundup ingest PATH… [--words N] [--language CODE] [--db FILE | --postgres CONNSTRING]`: stores articles, assigns them to stories, summarizes the stories they touched.</summary>
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
        var store = new StoreArgs();
        var cmd = new Command("ingest", "Store articles, put each into a story, and write a new summary for every story they touched.") { paths, inputFormat, words, language };
        store.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            var console = CliConsole.Current;
            var lang = CliArguments.ParseLanguage(parse.GetValue(language));
            var builder = new StoryFlowBuilder().UseSummarizer(new SummaryOptions { Words = parse.GetValue(words) }).UseFacts();
            if (lang is not null) builder.UseLanguage(lang);
            var flow = builder.Build();
            CliArguments.WarnFactsLanguage(console, lang); // ingest always stores facts
            var articles = InputLoader.LoadArticles(parse.GetValue(paths) ?? [], console.In,
                new InputOptions { Format = InputFormats.Parse(parse.GetValue(inputFormat) ?? "auto"), Language = lang }).ToList();
            using var db = store.Open(parse);
            var ingestor = new StoryIngestor(db, flow);
            var report = Run(ingestor, articles, console);
            console.Out.WriteLine($"{articles.Count} articles read: {report.Added} stored, {articles.Count - report.Added} already stored; {report.Stories} stories summarized; the store holds {db.CountArticles()} articles in {db.CountStories()} stories.");
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
                if (r.Added) { added++; touched.Add(r.StoryId); }
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

    private sealed class Reporter<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
