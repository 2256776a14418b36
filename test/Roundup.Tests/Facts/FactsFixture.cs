using Roundup.Model;
using Roundup.Pipeline;

namespace Roundup.Tests.Facts;

/// <summary>What the facts tests share: a cluster of articles written for a test run through cleaning, segmentation
/// and the facts stage, and the entity one of its mentions belongs to.</summary>
internal static class FactsFixture
{
    /// <summary>The facts of a cluster of <paramref name="articles"/>.</summary>
    public static StoryFacts Run(params Article[] articles) =>
        new RoundupPipelineBuilder().UseCleaning().UseSegmentation().UseFacts().Build().Run(new Cluster("t", articles)).Facts!;

    /// <summary>The one entity with a mention written <paramref name="surface"/> in article <paramref name="a"/>.</summary>
    public static EntityFact Of(StoryFacts f, Article a, string surface) =>
        f.Entities.Single(e => e.Mentions.Any(m => m.Article.Id == a.Id && m.Text == surface));
}
