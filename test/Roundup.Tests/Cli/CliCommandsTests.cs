using Roundup.Cli;

namespace Roundup.Tests.Cli;

/// <summary>The root command builds only the command being run (startup time), and all of them otherwise.</summary>
public sealed class CliCommandsTests
{
    private static readonly string[] Everything = ["summarize", "cluster", "digest", "ingest", "serve", "eval"];

    [Fact]
    public void A_named_command_is_the_only_one_built()
    {
        Assert.Equal(["summarize"], CliCommands.Root(["summarize", "a.txt", "--words", "60"]).Subcommands.Select(c => c.Name));
        Assert.Equal(["eval"], CliCommands.Root(["eval", "summarize", "x.jsonl"]).Subcommands.Select(c => c.Name));
    }

    [Theory]
    [InlineData]
    [InlineData("--help")]
    [InlineData("sumarize", "a.txt")]
    [InlineData("a.txt")]
    public void Without_a_command_name_first_every_command_is_built(params string[] args)
        => Assert.Equal(Everything, CliCommands.Root(args).Subcommands.Select(c => c.Name));

    [Fact]
    public void A_misspelled_command_still_gets_did_you_mean()
    {
        var error = new StringWriter();
        string[] args = ["sumarize", "a.txt"];
        int exit = CliRunner.Invoke(CliCommands.Root(args), args, new CliConsole(new StringReader(""), new StringWriter(), error));
        Assert.Equal(CliRunner.InputError, exit);
        Assert.Contains("did you mean 'summarize'?", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "summarize", "a.txt")]
    [InlineData(true, "cluster", "folder", "--format", "json")]
    [InlineData(true, "digest", "feed.xml")]
    [InlineData(false, "summarize", "--help")]
    [InlineData(false, "serve")]
    [InlineData(false, "eval", "summarize", "x.jsonl")]
    [InlineData(false, "--help")]
    [InlineData(false)]
    public void Only_commands_that_read_articles_start_the_warm_up(bool expected, params string[] args)
    {
        Assert.Equal(expected, CliCommands.WarmsUp(args, noWarmup: null));
        Assert.False(CliCommands.WarmsUp(args, noWarmup: "1"));
    }
}

