using System.CommandLine;
using Roundup.Pipeline;
using Roundup.Reading;
using Roundup.Rendering;
using Roundup.Summarization;

namespace Roundup.Cli;

/// <summary>`roundup summarize PATH… [--words N | --sentences N] [--algorithm NAME] [--format text|markdown|json] [--facts]`.</summary>
internal static class SummarizeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders or JSON-lines batches; '-' or nothing reads standard input.", Arity = ArgumentArity.ZeroOrMore };
        var words = new Option<int>("--words", "-w") { Description = "Word budget of each summary.", DefaultValueFactory = _ => 250 };
        var sentences = new Option<int?>("--sentences", "-n") { Description = "Sentence budget (overrides --words)." };
        var algorithm = new Option<string>("--algorithm", "-a") { Description = $"Summarizer: {string.Join(", ", SummarizerRegistry.Names)}.", DefaultValueFactory = _ => SummarizerRegistry.Default };
        var format = new Option<OutputFormat>("--format", "-f") { Description = "Output format: text, markdown or json.", DefaultValueFactory = _ => OutputFormat.Text };
        var facts = new Option<bool>("--facts") { Description = "Add the story's facts: entities, timeline, quotes with speakers, numbers, the outlets behind each and where outlets disagree." };
        var cmd = new Command("summarize", "Summarize articles about one event (or a batch of clusters) with the sources of every sentence.")
        {
            paths, words, sentences, algorithm, format, facts,
        };
        cmd.SetAction(parse =>
        {
            var options = new SummaryOptions
            {
                Words = parse.GetValue(words),
                Sentences = parse.GetValue(sentences),
                Algorithm = parse.GetValue(algorithm) ?? SummarizerRegistry.Default,
            };
            options.Validate();
            var builder = new RoundupPipelineBuilder().UseDefaults().UseSummarizer(options);
            if (parse.GetValue(facts)) builder.UseFacts();
            var pipeline = builder.Build();
            var fmt = parse.GetValue(format);
            var output = Console.Out;
            foreach (var cluster in pipeline.RunAll(InputLoader.Load(parse.GetValue(paths) ?? [], Console.In)))
                ClusterRenderer.Write(cluster, fmt, output);
            output.Flush();
            return 0;
        });
        return cmd;
    }
}
