using System.Text.RegularExpressions;
using Roundup.Model;
using Roundup.Segmentation;

namespace Roundup.Tests.Segmentation;

/// <summary>Runs every case of the segmentation spec files (Fixtures/segmentation/*.spec).</summary>
public sealed partial class SentenceSegmenterSpecTests
{
    public sealed record SpecCase(string File, string Name, string Input, IReadOnlyList<(string Text, bool Headline, bool NewParagraph)> Expected)
    {
        public override string ToString() => $"{File}: {Name}";
    }

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in LoadCases()) data.Add(c.ToString());
        return data;
    }

    internal static List<SpecCase> LoadCases()
    {
        var cases = new List<SpecCase>();
        var dir = Path.Combine(AppContext.BaseDirectory, "Fixtures", "segmentation");
        foreach (var path in Directory.EnumerateFiles(dir, "*.spec").Order(StringComparer.Ordinal))
        {
            string? name = null;
            var input = new List<string>();
            var expected = new List<(string, bool, bool)>();
            bool newParagraph = false;
            void Flush()
            {
                if (name is not null) cases.Add(new SpecCase(Path.GetFileName(path), name, string.Join("\n", input).Trim('\n'), [.. expected]));
                input.Clear(); expected.Clear(); newParagraph = false;
            }
            foreach (var line in File.ReadAllLines(path))
            {
                if (line.StartsWith("### ", StringComparison.Ordinal)) { Flush(); name = line[4..].Trim(); continue; }
                if (name is null || (line.StartsWith('#') && expected.Count == 0 && input.Count == 0)) continue;
                if (line.StartsWith(">>> ", StringComparison.Ordinal) || line.StartsWith(">>H ", StringComparison.Ordinal))
                {
                    expected.Add((line[4..], line[2] == 'H', newParagraph));
                    newParagraph = false;
                }
                else if (line.Trim() == "¶") newParagraph = true;
                else if (expected.Count == 0) input.Add(line);
            }
            Flush();
        }
        return cases;
    }

    [Fact]
    public void Spec_has_cases() => Assert.True(LoadCases().Count >= 20);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Spec_case(string caseName)
    {
        var c = LoadCases().Single(x => x.ToString() == caseName);
        var article = new Article("spec", c.Input);
        new SentenceSegmenter().Segment(article);
        var got = article.Sentences.Select(s => Collapse(s.Text)).ToList();
        Assert.Equal(c.Expected.Select(e => e.Text).ToList(), got);
        for (int i = 0; i < got.Count; i++)
        {
            Assert.True(c.Expected[i].Headline == article.Sentences[i].IsHeadline, $"sentence {i} headline should be {c.Expected[i].Headline}: {got[i]}");
            if (i > 0)
            {
                bool isNew = article.Sentences[i].Paragraph != article.Sentences[i - 1].Paragraph;
                Assert.True(c.Expected[i].NewParagraph == isNew, $"sentence {i} new paragraph should be {c.Expected[i].NewParagraph}: {got[i]}");
            }
        }
    }

    private static string Collapse(string s) => Spaces().Replace(s, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
