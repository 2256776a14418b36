using Roundup.Clustering;
using Roundup.Model;

namespace Roundup.Tests.Clustering;

public sealed class NearDuplicateTests
{
    // A wire story written for this test, one sentence a line.
    private static readonly string[] Wire =
    [
        "The port authority of Velden said on Thursday that a container ship ran aground at the mouth of the harbour early in the morning.",
        "No one on board was hurt, and the crew of twenty-two remained on the vessel while tugs tried to pull it free.",
        "The ship, the Aldmere Star, was carrying furniture and machine parts from Lisbon to the northern ports.",
        "Harbour traffic was suspended for most of the day, leaving fourteen ships waiting at anchor outside the breakwater.",
        "A spokesperson for the authority said divers found no sign of a fuel leak after inspecting the hull.",
        "Engineers believe a sandbank shifted during last week's storms and narrowed the channel.",
        "The authority will survey the channel again and may order dredging before the summer season.",
        "Local fishermen said they had warned officials about the sandbank for months.",
        "The shipping company apologised for the disruption and said the cargo was insured.",
        "Tugs freed the vessel on the evening tide, and it was towed to a berth for inspection.",
        "Traffic is expected to return to normal by Friday afternoon.",
        "An investigation into the grounding has been opened by the maritime safety board.",
    ];

    private static Article Original() => new("wire", string.Join(" ", Wire));

    public static TheoryData<string, string> Edits() => new()
    {
        { "two sentences dropped", string.Join(" ", Wire.Where((_, i) => i is not (3 or 7))) },
        { "sentences reordered", string.Join(" ", Wire.Take(6).Reverse().Concat(Wire.Skip(6))) },
        { "boilerplate added", string.Join(" ", Wire) + "\n\nSign up for our morning newsletter to get the day's top stories. Follow us on social media and share this article with your friends." },
        { "words changed", string.Join(" ", Wire).Replace("Thursday", "Friday", StringComparison.Ordinal).Replace("fourteen", "fifteen", StringComparison.Ordinal).Replace("apologised", "apologized", StringComparison.Ordinal).Replace("twenty-two", "22", StringComparison.Ordinal) },
        { "all edits together", "Velden harbour (Wire) — " + string.Join(" ", Wire.Where((_, i) => i != 8).Select(s => s.Replace("said", "stated", StringComparison.Ordinal))) + "\n\nRead more: Port news | Weather | Sport" },
        { "first half only", string.Join(" ", Wire.Take(8)) },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Lightly_edited_copy_is_marked_with_its_original(string edit, string text)
    {
        var original = Original();
        var copy = new Article("copy", text);
        var marks = NearDuplicateIndex.Mark([original, copy]);
        Assert.True(marks[1] == 0, $"the copy with '{edit}' was not found (estimated Jaccard {Jaccard(original, copy):F2})");
        Assert.Equal("wire", copy.DuplicateOf);
        Assert.Null(original.DuplicateOf);
    }

    [Fact]
    public void A_different_report_of_the_same_event_is_not_a_copy()
    {
        var other = new Article("other",
            "A cargo vessel grounded near Velden's harbour entrance on Thursday, halting shipping for hours. " +
            "The Aldmere Star was refloated in the evening. Officials blamed a shifting sandbank after recent storms, " +
            "and fishermen complained that their warnings had been ignored. The safety board is investigating.");
        var marks = NearDuplicateIndex.Mark([Original(), other]);
        Assert.Equal(-1, marks[1]);
        Assert.Null(other.DuplicateOf);
    }

    [Fact]
    public void Chains_point_to_the_first_original()
    {
        var a = Original();
        var b = new Article("b", string.Join(" ", Wire.Skip(1)));
        var c = new Article("c", string.Join(" ", Wire.Skip(2)));
        var marks = NearDuplicateIndex.Mark([a, b, c]);
        Assert.Equal([-1, 0, 0], marks);
        Assert.Equal("wire", c.DuplicateOf);
    }

    [Fact]
    public void Signatures_of_identical_text_agree_and_of_unrelated_text_do_not()
    {
        var s1 = MinHash.Signature(string.Join(" ", Wire), 4, 126)!;
        var s2 = MinHash.Signature(string.Join(" ", Wire), 4, 126)!;
        var s3 = MinHash.Signature("Eastbury won the regional cup final on penalties after a goalless draw against Northfield on Sunday, and thousands of fans celebrated.", 4, 126)!;
        Assert.Equal(1.0, MinHash.Similarity(s1, s2));
        Assert.True(MinHash.Similarity(s1, s3) < 0.1);
        Assert.Null(MinHash.Signature("  ... !! ", 4, 126));
    }

    private static double Jaccard(Article a, Article b)
        => MinHash.Similarity(MinHash.Signature(a.Text, 4, 126), MinHash.Signature(b.Text, 4, 126));
}
