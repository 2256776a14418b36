using System.CommandLine;
using Roundup.Reading;

namespace Roundup.Cli;

/// <summary>
/// The input options every reading command shares (<c>--input-format</c>, <c>--on-error</c>) and the policy for bad
/// lines of a JSON-lines input: <c>stop</c> (default) writes what came before the bad line, then fails with exit 2;
/// <c>skip</c> reports each bad line on stderr with its line number, goes on, and exits 2 at the end.
/// </summary>
internal sealed class CliInput
{
    private int _skipped;

    /// <summary><c>--input-format</c>.</summary>
    public Option<string> Format { get; } = new("--input-format", "-i")
    {
        Description = $"Input format: {string.Join(", ", InputFormats.Names)} (default auto: by extension and content).",
        DefaultValueFactory = _ => "auto",
    };

    /// <summary><c>--charset</c>.</summary>
    public Option<string?> Charset { get; } = new("--charset")
    {
        Description = "Charset of input without a byte-order mark (standard input, files, pipes), e.g. windows-1251, iso-8859-2, shift_jis; it comes before a page's own <meta charset>. Default: what the input declares, else detected.",
    };

    /// <summary><c>--on-error</c>.</summary>
    public Option<string> OnError { get; } = CreateOnError();

    /// <summary>Bad lines skipped so far in this run.</summary>
    public int Skipped => _skipped;

    private static Option<string> CreateOnError()
    {
        var o = new Option<string>("--on-error")
        {
            Description = "A bad line of a JSON-lines input: stop (default: what came before is written, then exit 2) or skip (each bad line reported on stderr with its line number; exit 2 at the end).",
            DefaultValueFactory = _ => "stop",
        };
        o.AcceptOnlyFromAmong("stop", "skip");
        return o;
    }

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Add(Format);
        command.Add(Charset);
        command.Add(OnError);
    }

    /// <summary>The reading options of this command line; skipped lines are reported on <paramref name="console"/>'s stderr.</summary>
    public InputOptions Options(ParseResult parse, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(console);
        bool skip = parse.GetValue(OnError) == "skip";
        return new InputOptions
        {
            Format = InputFormats.Parse(parse.GetValue(Format) ?? "auto"),
            Charset = parse.GetValue(Charset),
            OnError = skip ? InputErrorPolicy.Skip : InputErrorPolicy.Stop,
            LineSkipped = skip ? e =>
            {
                Interlocked.Increment(ref _skipped);
                console.Error.WriteLine($"roundup: skipped: {Rendering.SafeText.Terminal(e.Message)}");
            } : null,
        };
    }

    /// <summary>The exit code once the output is written: 0, or 2 with a closing line when bad lines were skipped.</summary>
    public int ExitCode(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (_skipped == 0) return 0;
        console.Error.WriteLine($"roundup: {_skipped} bad input line(s) skipped (--on-error skip); the rest was written.");
        return CliRunner.InputError;
    }
}
