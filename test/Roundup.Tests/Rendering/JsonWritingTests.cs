using System.Text.Json;
using System.Text.Json.Serialization;
using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Rendering;

namespace Roundup.Tests.Rendering;

/// <summary>
/// <see cref="JsonModel.Serialize"/> writes the cluster record member by member and the story listing goes through
/// generated serialization code: both must give the bytes the reflection-based serializer gives with the same options,
/// for every member present or null, and for text that needs escaping.
/// </summary>
public sealed class JsonWritingTests
{
    private static readonly JsonSerializerOptions Reflection = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly DateTimeOffset Tue = new(2026, 3, 3, 14, 30, 0, TimeSpan.FromHours(-5));

    // Written for this test: two reports of one ferry story, with a dateline line the cleaner removes, quotations,
    // an age that differs between the outlets, and characters JSON escapes ("\", a tab, a quotation mark) or keeps.
    private static Cluster Story(bool summarize, bool facts)
    {
        var builder = new RoundupPipelineBuilder().UseDefaults();
        if (summarize) builder.UseSummarizer(new Roundup.Summarization.SummaryOptions { Sentences = 3 });
        if (facts) builder.UseFacts();
        var a = new Article("ferry-a", "03/03/2026 14:30 EST | Updated 03/03/2026 15:10 EST\n\n" +
            "Captain Ines Varga, 48, steered the Gull Ferries boat “Mercator” back to Port Elm on Tuesday after its engine failed. " +
            "“We drifted for an hour — nobody panicked,” Varga said. The company said the C:\\logs\\engine file would be sent to inspectors.\n\n" +
            "Passengers were given vouchers worth $40, and the crossing resumes on Friday.")
        {
            Title = "Ferry \"Mercator\" towed back\tto port", Url = "https://example.org/ferry?id=1&x=é", Byline = "By Tom Reyes", Source = "Harbor Gazette",
        };
        var b = new Article("ferry-b", "Captain Ines Varga, 49, brought the ferry Mercator back to Port Elm on Tuesday when the engine stopped. " +
            "About 120 passengers were on board. Inspectors from the maritime agency will examine the engine this week.")
        {
            Published = Tue, Source = "Valley Post",
        };
        var cluster = builder.Build().Run(new Cluster("ferry", [a, b]) { Label = "Ferry — engine failure", Keywords = ["ferry", "mercator", "engine"] });
        return cluster;
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void A_cluster_is_written_as_the_serializer_writes_its_record(bool summarize, bool facts)
    {
        var cluster = Story(summarize, facts);
        // The fixture exercises what the writer writes: a removed line, a date, null members, escaped text.
        Assert.NotEmpty(cluster.Articles[0].Removed);
        Assert.Null(cluster.Articles[1].Title);
        Assert.Equal(summarize, cluster.Summary is not null);
        Assert.Equal(facts, cluster.Facts is not null);
        var expected = JsonSerializer.Serialize(JsonModel.ToDto(cluster), Reflection);
        Assert.Equal(expected, JsonModel.Serialize(cluster));
        Assert.Contains("\\\"Mercator\\\" towed back\\tto port", expected, StringComparison.Ordinal);
        Assert.Contains("é", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cluster_with_warnings_and_no_keywords_or_label_is_written_as_the_serializer_writes_it()
    {
        var cluster = new Cluster("empty", [new Article("x", "Kurz.") { Source = "S" }]);
        cluster.Warnings.Add("Article x: too short \"to\" summarize");
        var expected = JsonSerializer.Serialize(JsonModel.ToDto(cluster), Reflection);
        Assert.Equal(expected, JsonModel.Serialize(cluster));
        Assert.DoesNotContain("\"label\"", expected, StringComparison.Ordinal);
        Assert.DoesNotContain("\"keywords\"", expected, StringComparison.Ordinal);
        Assert.Contains("\"warnings\"", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_listing_is_written_as_the_serializer_writes_its_record()
    {
        var cluster = Story(summarize: false, facts: false);
        using var generated = new StringWriter();
        DigestRenderer.WriteStoriesJson([cluster], generated);
        var expected = JsonSerializer.Serialize(DigestRenderer.StoryDto.Of(cluster), Reflection);
        Assert.Equal(expected + generated.NewLine, generated.ToString());
        Assert.Contains("\"published\":\"2026-03-03T14:30:00-05:00\"", expected, StringComparison.Ordinal);
    }
}
