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
    /// <summary>Whether a live progress display may be drawn: stderr is a terminal and stdout is not (so they do not interleave).</summary>
    public bool CanShowLiveProgress => ErrorIsInteractive && !OutputIsInteractive;

    private static readonly AsyncLocal<CliConsole?> Ambient = new();

    /// <summary>The process console.</summary>
    /// <remarks>Standard input is decoded by BOM (UTF-8, UTF-16), else as UTF-8 with Windows-1252 for invalid bytes.</remarks>
    public static CliConsole System => new(
        Console.IsInputRedirected ? new StreamReader(Console.OpenStandardInput(), Roundup.Reading.TextDecoder.Utf8WithWindows1252Fallback, detectEncodingFromByteOrderMarks: true) : Console.In,
        Console.Out, Console.Error, !Console.IsErrorRedirected, !Console.IsOutputRedirected);

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
