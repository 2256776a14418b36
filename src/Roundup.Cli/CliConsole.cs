namespace Roundup.Cli;

/// <summary>
/// The streams a command talks to. The real program uses the process console; tests run commands in-process
/// with their own readers and writers (see <see cref="CliRunner.Invoke(System.CommandLine.RootCommand, string[], CliConsole)"/>).
/// Commands read it from <see cref="Current"/>.
/// </summary>
/// <param name="In">Standard input.</param>
/// <param name="Out">Standard output: results only.</param>
/// <param name="Error">Standard error: errors, warnings, progress.</param>
/// <param name="ErrorIsInteractive">Whether standard error is a terminal.</param>
/// <param name="OutputIsInteractive">Whether standard output is a terminal.</param>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error, bool ErrorIsInteractive = false, bool OutputIsInteractive = false)
{
    /// <summary>Cancelled when the run should stop early: Ctrl-C, or the reader of standard output has gone.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Whether a live progress display may be drawn: stderr is a terminal and stdout is not (so they do not interleave).</summary>
    public bool CanShowLiveProgress => ErrorIsInteractive && !OutputIsInteractive;

    private static readonly AsyncLocal<CliConsole?> Ambient = new();

    /// <summary>The process console.</summary>
    /// <remarks>
    /// Redirected standard input is decoded as a file is (<see cref="Roundup.Reading.StreamInputReader"/>: a BOM,
    /// <c>--charset</c>, the page's declared charset, detection; JSON lines as UTF-8); a closed standard input reads as
    /// an input error. Standard output is an <see cref="OutputWriter"/> (whole records, broken
    /// pipes noticed). The first Ctrl-C cancels <see cref="Cancellation"/> so the run stops after the record it is
    /// writing; a second one ends the process.
    /// </remarks>
    public static CliConsole System
    {
        get
        {
            var stop = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = !stop.IsCancellationRequested;
                stop.Cancel();
            };
            TextReader input = StandardStreams.IsClosed(0) ? new StandardStreams.ClosedReader()
                : Console.IsInputRedirected ? new Roundup.Reading.StreamInputReader(Console.OpenStandardInput())
                : Console.In;
            return new CliConsole(input, OutputWriter.StandardOutput(stop.Cancel), Console.Error, !Console.IsErrorRedirected, !Console.IsOutputRedirected)
            {
                Cancellation = stop.Token,
            };
        }
    }

    /// <summary>The console of the command now running (the process console outside <see cref="CliRunner"/>).</summary>
    public static CliConsole Current => Ambient.Value ?? System;

    /// <summary>Makes <paramref name="console"/> current and returns the previous ambient console (null for the process console).</summary>
    internal static CliConsole? Swap(CliConsole? console)
    {
        var previous = Ambient.Value;
        Ambient.Value = console;
        return previous;
    }
}
