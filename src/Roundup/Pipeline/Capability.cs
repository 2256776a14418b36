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

    /// <summary><see cref="Model.Sentence.Terms"/> filled (the <c>terms</c> stage).</summary>
    public const string Terms = "terms";

    /// <summary><see cref="Model.Sentence.Embedding"/> filled for the selected sentences (the <c>embed</c> stage).</summary>
    public const string Embeddings = "embeddings";

    /// <summary><see cref="Model.Cluster.Summary"/> set (the <c>summarize</c> stage).</summary>
    public const string Summary = "summary";

    /// <summary><see cref="Model.Cluster.Facts"/> set (the <c>facts</c> stage).</summary>
    public const string Facts = "facts";

    /// <summary>How to add the built-in stage that provides a capability, for error messages; null for others.</summary>
    internal static string? BuilderCall(string capability) => capability switch
    {
        CleanText => "UseCleaning()",
        Sentences => "UseSegmentation()",
        Terms => "UseTerms()",
        Embeddings => "UseEmbeddings()",
        Summary => "UseSummarizer(…)",
        Facts => "UseFacts()",
        _ => null,
    };
}
