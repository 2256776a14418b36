using System.CommandLine;
using Roundup.Reading;

namespace Roundup.Cli;

/// <summary>Runs a command line and turns every expected failure into one plain line on stderr and exit code.</summary>
internal static class CliRunner
{
    /// <summary>Exit code for bad input or arguments.</summary>
    public const int InputError = 2;

    /// <summary>Exit code for an unexpected internal failure.</summary>
    public const int InternalError = 70;

    /// <summary>Runs <paramref name="args"/> against the process console.</summary>
    public static int Invoke(RootCommand root, string[] args) => Invoke(root, args, CliConsole.System);

    /// <summary>Runs <paramref name="args"/> with the given streams (in-process; used by tests).</summary>
    public static int Invoke(RootCommand root, string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(console);
        var previous = CliConsole.Swap(console);
        var config = new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = console.Out, Error = console.Error };
        try
        {
            return root.Parse(args).Invoke(config);
        }
        catch (Exception e) when (Unwrap(e) is RoundupInputException or ArgumentException or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"roundup: {OneLine(Unwrap(e).Message)}");
            return InputError;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine("roundup: cancelled");
            return 130;
        }
        catch (Exception e)
        {
            console.Error.WriteLine($"roundup: internal error: {OneLine(Unwrap(e).Message)} (set ROUNDUP_DEBUG=1 for details)");
            if (Environment.GetEnvironmentVariable("ROUNDUP_DEBUG") == "1") console.Error.WriteLine(e);
            return InternalError;
        }
        finally
        {
            console.Out.Flush();
            console.Error.Flush();
            CliConsole.Swap(previous);
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    private static Exception Unwrap(Exception e) => e is AggregateException { InnerException: { } inner } ? Unwrap(inner) : e;
}
