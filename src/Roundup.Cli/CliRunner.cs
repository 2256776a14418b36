using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Roundup.Reading;

namespace Roundup.Cli;

/// <summary>
/// Runs a command line and turns every expected failure into one plain line on stderr and an exit code:
/// 0 success; 2 bad arguments, bad input or output that cannot be written (<see cref="InputError"/>);
/// 130 cancelled (Ctrl-C); 141 the reader of standard output went away (<c>| head</c>); 70 an internal error.
/// Argument errors never print the help text; <c>--help</c> does.
/// </summary>
internal static class CliRunner
{
    /// <summary>Exit code for bad input or arguments, and for output that cannot be written.</summary>
    public const int InputError = 2;

    /// <summary>Exit code for an unexpected internal failure.</summary>
    public const int InternalError = 70;

    /// <summary>Exit code when cancelled by Ctrl-C.</summary>
    public const int Cancelled = 130;

    /// <summary>Exit code when the reader of standard output has gone (what a shell reports for SIGPIPE).</summary>
    public const int BrokenPipe = 141;

    /// <summary>Runs <paramref name="args"/> against the process console.</summary>
    public static int Invoke(RootCommand root, string[] args) => Invoke(root, args, CliConsole.System);

    /// <summary>Runs <paramref name="args"/> with the given streams (in-process; used by tests).</summary>
    public static int Invoke(RootCommand root, string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var previous = CliConsole.Swap(console);
        var config = new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = console.Out, Error = console.Error };
        try
        {
            var parse = root.Parse(args);
            if (ArgumentError(parse, args) is { } error)
            {
                console.Error.WriteLine($"roundup: {OneLine(error)}");
                return InputError;
            }
            return parse.Invoke(config);
        }
        catch (Exception e) when (Unwrap(e) is BrokenPipeException)
        {
            return BrokenPipe;
        }
        catch (Exception e) when (Unwrap(e) is RoundupInputException or RoundupOutputException or ArgumentException or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"roundup: {OneLine(Unwrap(e).Message)}");
            return InputError;
        }
        catch (Exception e) when (Unwrap(e) is OperationCanceledException)
        {
            console.Error.WriteLine("roundup: cancelled");
            return Cancelled;
        }
        catch (Exception e)
        {
            console.Error.WriteLine($"roundup: internal error: {OneLine(Unwrap(e).Message)} (set ROUNDUP_DEBUG=1 for details)");
            if (Environment.GetEnvironmentVariable("ROUNDUP_DEBUG") == "1") console.Error.WriteLine(e);
            return InternalError;
        }
        finally
        {
            Flush(console);
            CliConsole.Swap(previous);
        }
    }

    /// <summary>Flushes both streams; a failure here has nowhere left to be reported but stderr.</summary>
    private static void Flush(CliConsole console)
    {
        try { console.Out.Flush(); }
        catch (BrokenPipeException) { }
        catch (IOException e) { console.Error.WriteLine($"roundup: {OneLine(e.Message)}"); }
        try { console.Error.Flush(); }
        catch (IOException) { }
    }

    /// <summary>
    /// The one-line message for a command line that cannot run, or null when it can: a parse error (unknown value,
    /// bad number, repeated option), an unknown command (with the nearest known one), or an unknown option (a token
    /// starting with '-' that would otherwise be taken as a path).
    /// </summary>
    internal static string? ArgumentError(ParseResult parse, IReadOnlyList<string> args)
    {
        var command = parse.CommandResult.Command;
        string path = CommandPath(parse.CommandResult);
        string at = Prefix(parse.CommandResult);
        string help = $"see '{path} --help'";
        if (parse.Errors.Count > 0 || (command.Subcommands.Count > 0 && command.Action is null && !IsHelp(args)))
        {
            // A command that only groups subcommands (roundup, roundup eval) was given an unknown word, or none.
            if (command.Subcommands.Count > 0 && command.Action is null)
            {
                var names = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
                var word = parse.UnmatchedTokens.FirstOrDefault(t => !t.StartsWith('-'));
                if (word is null && parse.UnmatchedTokens.Count == 0)
                    return $"{at}no command given; use one of {string.Join(", ", names)} ({help}).";
                if (word is not null)
                {
                    var near = names.MinBy(n => Distance(n, word));
                    var hint = near is not null && Distance(near, word) <= Math.Max(2, word.Length / 3) ? $"; did you mean '{near}'?" : "";
                    return $"{at}unknown command '{word}'{hint} Commands: {string.Join(", ", names)}.";
                }
            }
            var first = parse.Errors[0].Message;
            if (parse.UnmatchedTokens.FirstOrDefault(t => t.StartsWith('-')) is { } unknown)
                first = $"unknown option '{unknown}'";
            return $"{at}{first.TrimEnd('.')} ({help}).";
        }
        // An unknown option is taken as a path by a command whose paths take any number of words: refuse it here.
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash) break;
            var v = token.Value;
            if (token.Type == TokenType.Argument && v.Length > 1 && v[0] == '-' && !double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                return $"{at}unknown option '{v}' ({help}; a file whose name starts with '-' can be named ./{v} or after --).";
        }
        return null;
    }

    private static bool IsHelp(IReadOnlyList<string> args) => args.Any(a => a is "--help" or "-h" or "-?" or "--version");

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is CommandResult c; r = c.Parent) names.Add(c.Command is RootCommand ? "roundup" : c.Command.Name);
        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>"summarize: " for a subcommand's message ("roundup: " already starts the line), "" for the root.</summary>
    private static string Prefix(CommandResult result)
    {
        var path = CommandPath(result);
        return path == "roundup" ? "" : path["roundup ".Length..] + ": ";
    }

    /// <summary>Levenshtein distance, for "did you mean".</summary>
    private static int Distance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }

    private static string OneLine(string message) => Rendering.SafeText.Terminal(message).Trim();

    private static Exception Unwrap(Exception e) => e is AggregateException { InnerException: { } inner } ? Unwrap(inner) : e;
}
