using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>Small clusters written for these tests: three outlets report one (invented) bridge closure.</summary>
internal static class Fixtures
{
    public static readonly RoundupPipeline Prepare = new RoundupPipelineBuilder().UseDefaults().Build();

    public const string SharedFact = "The Harlow River bridge was closed on Tuesday after engineers found a deep crack in its main support beam.";

    public static Article Daily() => new("daily", string.Join("\n",
        "Bridge Closed Indefinitely",
        SharedFact,
        "Traffic was diverted through the town centre, adding forty minutes to the morning commute for thousands of drivers.",
        "He said the repairs could take months.",
        "Why do we keep ignoring our ageing infrastructure?",
        "The bridge carries about 30,000 vehicles a day and was last inspected in 2019, according to county records.",
        "Local shops on the east bank reported a sharp drop in customers within hours of the closure."))
    { Source = "Daily" };

    public static Article Herald() => new("herald", string.Join("\n",
        "Engineers closed the Harlow River bridge on Tuesday after they found a deep crack in its main support beam, officials said.",
        "County engineer Maria Lopez said the crack was discovered during a routine inspection on Monday night.",
        "\"We could not take the risk of keeping it open, not even for a single day,\" Lopez told reporters at the site.",
        "A temporary ferry service for pedestrians will start running on Friday morning from the old pier."))
    { Source = "Herald" };

    public static Article Courier() => new("courier", string.Join("\n",
        "WESTON (AP) — The Harlow River bridge was closed Tuesday after engineers found a deep crack in its main support beam.",
        "The county has asked the state for emergency funds to pay for the repairs, which could cost several million dollars.",
        "A temporary ferry service for pedestrians will start on Friday from the old pier, the county said."))
    { Source = "Courier" };

    public static Cluster Story(params Article[] articles) => Prepare.Run(new Cluster("story", articles.Length > 0 ? articles : [Daily(), Herald(), Courier()]));

    public static Summary Summarize(string algorithm, Cluster cluster, SummaryOptions? options = null) =>
        SummarizerRegistry.Create(algorithm).Summarize(cluster, options ?? new SummaryOptions { Algorithm = algorithm });
}
