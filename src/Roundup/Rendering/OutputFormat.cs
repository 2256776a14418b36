namespace Roundup.Rendering;

/// <summary>Output formats of the CLI and the library renderers.</summary>
public enum OutputFormat
{
    /// <summary>Plain text: each sentence followed by its sources in brackets.</summary>
    Text,
    /// <summary>Markdown: a section per story with sources.</summary>
    Markdown,
    /// <summary>JSON: the whole model (sentences, spans, scores, sources, removed boilerplate).</summary>
    Json,
}
