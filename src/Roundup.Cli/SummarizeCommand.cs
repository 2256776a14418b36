using System.CommandLine;
using Roundup.Pipeline;
using Roundup.Reading;
using Roundup.Rendering;
using Roundup.Summarization;

namespace Roundup.Cli;

/// <summary>`roundup summarize PATH… [--words N | --sentences N] [--algorithm NAME] [--format text|markdown|json]`.</summary>
internal static class SummarizeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders or JSON-lines batches; '-' or nothing reads standard input.", Arity = ArgumentArity.ZeroOrMore };
        var words = new Option<int>("--words", "-w") { Description = "Word budget of each summary.", DefaultValueFactory = _ => 250 };
        var sentences = new Option<int?>("--sentences", "-n") { Description = "Sentence budget (overrides --words)." };
        var algorithm = new Option<string>("--algorithm", "-a") { Description = $"Summarizer: {string.Join(", ", SummarizerRegistry.Names)}.", DefaultValueFactory = _ => SummarizerRegistry.Default };
        var format = new Option<OutputFormat>("--format", "-f") { Description = "Output format: text, markdown or json.", DefaultValueFactory = _ => OutputFormat.Text };
        var inputFormat = new Option<string>("--input-format", "-i") { Description = $"Input format: {string.Join(", ", InputFormats.Names)} (default auto: by extension and content).", DefaultValueFactory = _ => "auto" };
        var embeddings = new Option<bool>("--embeddings") { Description = "Use sentence embeddings (all-MiniLM-L6-v2, bundled) for redundancy and supporting sources; slower, slightly better on the dev set." };
        var cmd = new Command("summarize", "Summarize articles about one event (or a batch of clusters) with the sources of every sentence.")
        {
            paths, words, sentences, algorithm, format, inputFormat, embeddings,
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
            var builder = new RoundupPipelineBuilder().UseDefaults();
            if (parse.GetValue(embeddings)) builder.UseEmbeddings();
            var pipeline = builder.UseSummarizer(options).Build();
            var fmt = parse.GetValue(format);
            var output = Console.Out;
            foreach (var cluster in pipeline.RunAll(InputLoader.Load(parse.GetValue(paths) ?? [], Console.In, new InputOptions { Format = InputFormats.Parse(parse.GetValue(inputFormat) ?? "auto") })))
                ClusterRenderer.Write(cluster, fmt, output);
            output.Flush();
            return 0;
        });
        return cmd;
    }
}
