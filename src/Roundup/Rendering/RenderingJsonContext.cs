using System.Text.Json;
using System.Text.Json.Serialization;

namespace Roundup.Rendering;

/// <summary>
/// Serialization code, generated at build time, for the JSON records written with <see cref="JsonSerializer"/>: a
/// story's facts (<see cref="FactsRenderer.FactsDto"/>) and the story listing record (<see cref="DigestRenderer.StoryDto"/>).
/// The output is the reflection-based serializer's with the same options; a process that writes JSON then does not
/// read the records by reflection (which, without dynamic code, also calls every getter by reflection).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FactsRenderer.FactsDto))]
[JsonSerializable(typeof(DigestRenderer.StoryDto))]
internal sealed partial class RenderingJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The context for the options every renderer writes with: camelCase names, null members left out, and text
    /// escaped only where JSON requires it (so "é" and "—" stay as they are).
    /// </summary>
    public static RenderingJsonContext Relaxed { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
