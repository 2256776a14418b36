using System.CommandLine;
using System.Text.Json;
using Roundup.Cli;
using Roundup.Tests.Stories;

namespace Roundup.Tests.Cli;

public sealed class DigestCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var root = new RootCommand { DigestCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CliRunner.Invoke(root, ["digest", .. args], new CliConsole(TextReader.Null, output, error));
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Digest_lists_stories_biggest_first_and_facts_only_with_the_option()
    {
        var plain = Run(StoryFixtures.Folder, "--words", "50");
        Assert.Equal(0, plain.Exit);
        Assert.Contains("3 stories from 6 articles", plain.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("### Facts", plain.Out, StringComparison.Ordinal);

        var withFacts = Run(StoryFixtures.Folder, "--words", "50", "--facts");
        Assert.Equal(0, withFacts.Exit);
        Assert.Contains("### Facts", withFacts.Out, StringComparison.Ordinal);
        Assert.Contains("Adeyemi", withFacts.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Digest_json_carries_facts_with_the_option_and_min_sources_filters()
    {
        var r = Run(StoryFixtures.Folder, "--format", "json", "--facts", "--min-sources", "2");
        Assert.Equal(0, r.Exit);
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            Assert.True(doc.RootElement.TryGetProperty("facts", out _));
        }
    }

    [Fact]
    public void Bad_arguments_get_one_line_and_exit_2()
    {
        var r = Run(StoryFixtures.Folder, "--min-sources", "0");
        Assert.Equal(CliRunner.InputError, r.Exit);
        Assert.StartsWith("roundup: ", r.Err, StringComparison.Ordinal);
    }
}
