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

    public static int Invoke(RootCommand root, string[] args)
    {
        var config = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        try
        {
            return root.Parse(args).Invoke(config);
        }
        catch (Exception e) when (Unwrap(e) is RoundupInputException or ArgumentException or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"roundup: {Unwrap(e).Message}");
            return InputError;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("roundup: cancelled");
            return 130;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"roundup: internal error: {Unwrap(e).Message} (set ROUNDUP_DEBUG=1 for details)");
            if (Environment.GetEnvironmentVariable("ROUNDUP_DEBUG") == "1") Console.Error.WriteLine(e);
            return InternalError;
        }
    }

    private static Exception Unwrap(Exception e) => e is AggregateException { InnerException: { } inner } ? Unwrap(inner) : e;
}
