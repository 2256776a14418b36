using System.CommandLine;
using System.Text.Json;
using Roundup.Cli;
using Roundup.Clustering;
using Roundup.Tests.Reading;

namespace Roundup.Tests.Clustering;

public sealed class ClusterCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var root = new RootCommand { ClusterCommand.Create(), DigestCommand.Create(), EvalCommand.Create() };
        var (o, e) = (new StringWriter(), new StringWriter());
        int code = CliRunner.Invoke(root, args, new CliConsole(new StringReader(""), o, e));
        return (code, o.ToString(), e.ToString());
    }

    private static TempFiles Fixture()
    {
        var files = new TempFiles();
        foreach (var a in StoryFixtures.Events()) files.Write($"in/{a.Id}.txt", a.RawText);
        return files;
    }

    [Fact]
    public void Cluster_lists_stories_as_json_lines()
    {
        using var files = Fixture();
        var (code, output, err) = Run("cluster", Path.Combine(files.Root, "in"), "--format", "json", "--mode", "incremental");
        Assert.True(code == 0, err);
        var stories = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, stories.Count);
        foreach (var s in stories)
        {
            var ids = s.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
            Assert.Single(ids.Select(id => id[..id.IndexOf('-', StringComparison.Ordinal)]).Distinct());
            Assert.False(string.IsNullOrEmpty(s.GetProperty("label").GetString()));
        }
    }

    [Fact]
    public void Cluster_events_flag_keeps_the_fixture_events_apart()
    {
        using var files = Fixture();
        var (code, output, err) = Run("cluster", Path.Combine(files.Root, "in"), "--format", "json", "--events");
        Assert.True(code == 0, err);
        var stories = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, stories.Count);
        foreach (var s in stories)
            Assert.Single(s.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).Select(id => id[..id.IndexOf('-', StringComparison.Ordinal)]).Distinct());
    }

    [Fact]
    public void Events_flag_selects_the_event_preset()
    {
        var args = new ClusterCommand.ClusteringArgs();
        var cmd = new Command("x");
        args.AddTo(cmd);
        var withFlag = args.Options(cmd.Parse(["--events"]));
        Assert.Equal(StoryClusteringOptions.Events.LocalScaling, withFlag.LocalScaling);
        Assert.Equal(StoryClusteringOptions.Events.MergeThreshold, withFlag.MergeThreshold);
        Assert.Equal(StoryClusteringOptions.Events.LinkageThreshold, withFlag.LinkageThreshold);
        var without = args.Options(cmd.Parse([]));
        Assert.Equal(0, without.LocalScaling);
        Assert.Equal(StoryClusteringOptions.Default.MergeThreshold, without.MergeThreshold);
    }

    [Fact]
    public void Cluster_writes_markdown_by_default()
    {
        using var files = Fixture();
        var (code, output, _) = Run("cluster", Path.Combine(files.Root, "in"));
        Assert.Equal(0, code);
        Assert.StartsWith("# Stories", output, StringComparison.Ordinal);
        Assert.Equal(3, output.Split('\n').Count(l => l.StartsWith("## ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Digest_summarizes_each_story_with_sources()
    {
        using var files = Fixture();
        var (code, output, err) = Run("digest", Path.Combine(files.Root, "in"), "--words", "40");
        Assert.True(code == 0, err);
        Assert.StartsWith("# Digest", output, StringComparison.Ordinal);
        Assert.Equal(3, output.Split('\n').Count(l => l.StartsWith("**Sources**", StringComparison.Ordinal)));
        Assert.Contains("[1]", output, StringComparison.Ordinal);
        var (hcode, html, _) = Run("digest", Path.Combine(files.Root, "in"), "--format", "html", "--top", "1");
        Assert.Equal(0, hcode);
        Assert.Contains("<section", html, StringComparison.Ordinal);
        Assert.Single(html.Split("<section").Skip(1));
    }

    [Fact]
    public void Eval_cluster_scores_a_labelled_folder()
    {
        using var files = Fixture();
        files.Write("labels.tsv", "file\tlabel\n" + string.Join("\n", StoryFixtures.Events().Select(a => $"{a.Id}.txt\t{StoryFixtures.EventOf(a)}")));
        Directory.Move(Path.Combine(files.Root, "in"), Path.Combine(files.Root, "articles"));
        var (code, output, err) = Run("eval", "cluster", files.Root, "--format", "json", "--mode", "batch");
        Assert.True(code == 0, err);
        var r = JsonDocument.Parse(output).RootElement;
        Assert.Equal(8, r.GetProperty("Items").GetInt32());
        Assert.Equal(1.0, r.GetProperty("BCubedF1").GetDouble(), 6);
    }

    [Fact]
    public void Bad_arguments_give_one_line_and_a_nonzero_exit()
    {
        using var files = Fixture();
        var (code, _, err) = Run("cluster", Path.Combine(files.Root, "in"), "--mode", "sideways");
        Assert.Equal(CliRunner.InputError, code);
        Assert.Single(err.Trim().Split('\n'));
        Assert.Contains("sideways", err, StringComparison.Ordinal);
        var (code2, _, err2) = Run("eval", "cluster", Path.Combine(files.Root, "missing"));
        Assert.Equal(CliRunner.InputError, code2);
        Assert.Contains("No such file", err2, StringComparison.Ordinal);
    }
}
