using System.CommandLine;

namespace Roundup.Cli;

/// <summary>The commands of <c>roundup</c>, and the root command a command line needs.</summary>
internal static class CliCommands
{
    /// <summary>Every command, by name, with the function that builds it.</summary>
    public static IReadOnlyList<(string Name, Func<Command> Create)> All { get; } =
    [
        ("summarize", SummarizeCommand.Create),
        ("cluster", ClusterCommand.Create),
        ("digest", DigestCommand.Create),
        ("ingest", IngestCommand.Create),
        ("serve", ServeCommand.Create),
        ("eval", EvalCommand.Create),
    ];

    /// <summary>
    /// The root command for <paramref name="args"/>. Building a command creates all its options, which costs startup
    /// time, so when the first word names a command only that one is built; <c>roundup</c>, <c>roundup --help</c> and
    /// an unknown word get them all (for the list of commands and "did you mean").
    /// </summary>
    public static RootCommand Root(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = new RootCommand("Roundup: turns a pile of news articles into stories with sourced summaries.");
        string? first = args.Count > 0 ? args[0] : null;
        bool named = false;
        foreach (var (name, _) in All) named |= name == first; // a loop, not LINQ: no generic code to compile at startup
        foreach (var (name, create) in All)
            if (!named || name == first) root.Add(create());
        return root;
    }

    /// <summary>
    /// Whether a command line reads and processes articles (summarize, cluster, digest, not asking for help), so that
    /// starting <see cref="Roundup.Pipeline.StartupWarmup"/> pays: it loads the cleaner's rules and Lucene on a
    /// second thread while this one parses the arguments and reads the input. <c>ROUNDUP_NO_WARMUP=1</c> turns it off.
    /// </summary>
    public static bool WarmsUp(IReadOnlyList<string> args, string? noWarmup)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || args[0] is not ("summarize" or "cluster" or "digest") || !string.IsNullOrEmpty(noWarmup)) return false;
        foreach (var a in args)
            if (a is "--help" or "-h" or "-?") return false;
        return true;
    }
}
