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
}
