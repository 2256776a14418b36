namespace Roundup.Pipeline;

/// <summary>
/// What stages add to a <see cref="Model.Cluster"/> and read from it, named so that stages can declare it
/// (<see cref="IClusterStage.Requires"/>, <see cref="IClusterStage.Provides"/>). A new stage may name a new
/// capability with any string; these are the ones the built-in stages use.
/// </summary>
public static class Capability
{
    /// <summary>Boilerplate removed: <see cref="Model.Article.Text"/> is the story text (the <c>clean</c> stage).</summary>
    public const string CleanText = "clean-text";

    /// <summary><see cref="Model.Article.Sentences"/> filled (the <c>segment</c> stage).</summary>
    public const string Sentences = "sentences";

    /// <summary><see cref="Model.Sentence.Terms"/> and <see cref="Model.Sentence.Tokens"/> filled (the <c>terms</c> stage).</summary>
    public const string Terms = "terms";

    /// <summary><see cref="Model.Sentence.Embedding"/> filled for the selected sentences (the <c>embed</c> stage).</summary>
    public const string Embeddings = "embeddings";

    /// <summary><see cref="Model.Cluster.Summary"/> set (the <c>summarize</c> stage).</summary>
    public const string Summary = "summary";

    /// <summary><see cref="Model.Article.Quotes"/> filled (the <c>quotes</c> stage).</summary>
    public const string Quotes = "quotes";

    /// <summary>
    /// <see cref="Model.Article.Quotes"/> filled with their speakers (the <c>quotes</c> stage unless it runs
    /// without speakers, as <see cref="RoundupPipelineBuilder.UseSummarizer"/> adds it when nothing reads speakers).
    /// </summary>
    public const string QuoteSpeakers = "quote-speakers";

    /// <summary><see cref="Model.Cluster.Facts"/> set (the <c>facts</c> stage).</summary>
    public const string Facts = "facts";

    /// <summary>The built-in stage that provides a capability and the builder call that adds it, for error messages; null for others.</summary>
    internal static string? Provider(string capability) => capability switch
    {
        CleanText => "the 'clean' stage (UseCleaning())",
        Sentences => "the 'segment' stage (UseSegmentation())",
        Terms => "the 'terms' stage (UseTerms())",
        Embeddings => "the 'embed' stage (UseEmbeddings())",
        Summary => "the 'summarize' stage (UseSummarizer(…))",
        Quotes => "the 'quotes' stage (UseQuotes())",
        QuoteSpeakers => "the 'quotes' stage with speakers (UseQuotes())",
        Facts => "the 'facts' stage (UseFacts())",
        _ => null,
    };
}
