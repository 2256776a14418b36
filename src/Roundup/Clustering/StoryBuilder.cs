using Roundup.Model;
using Roundup.Text;

namespace Roundup.Clustering;

/// <summary>Turns story assignments into labelled <see cref="Cluster"/>s, biggest first.</summary>
internal static class StoryBuilder
{
    public static StoryClusteringResult Build(IReadOnlyList<Article> articles, int[] assign, IReadOnlyList<SparseVector> vectors,
        TermStatistics stats, StoryClusteringOptions options, int duplicates)
    {
        var groups = new Dictionary<int, List<int>>();
        for (int i = 0; i < assign.Length; i++)
        {
            if (!groups.TryGetValue(assign[i], out var g)) groups[assign[i]] = g = [];
            g.Add(i);
        }
        var ordered = groups.Values
            .Select(m => (Members: m, Independent: m.Count(i => articles[i].DuplicateOf is null)))
            .OrderByDescending(g => g.Independent).ThenByDescending(g => g.Members.Count).ThenBy(g => g.Members[0])
            .ToList();
        var stories = new List<Cluster>(ordered.Count);
        var storyOf = new int[assign.Length];
        for (int k = 0; k < ordered.Count; k++)
        {
            var members = ordered[k].Members;
            foreach (var i in members) storyOf[i] = k;
            var centroid = new Dictionary<int, float>();
            foreach (var i in members)
                if (articles[i].DuplicateOf is null)
                    foreach (var (id, w) in vectors[i].Ids.Zip(vectors[i].Weights)) centroid[id] = centroid.GetValueOrDefault(id) + w;
            int central = members.Where(i => articles[i].DuplicateOf is null).DefaultIfEmpty(members[0])
                .OrderByDescending(i => vectors[i].Dot(centroid)).ThenBy(i => i).First();
            var keywordStems = centroid.OrderByDescending(e => e.Value).ThenBy(e => e.Key).Take(options.Keywords).Select(e => stats.Term(e.Key)).ToList();
            var cluster = new Cluster($"story-{k + 1}", members.Select(i => articles[i]))
            {
                Label = Label(articles[central]),
                Keywords = SurfaceForms(keywordStems, members.Select(i => articles[i]).Prepend(articles[central]).Distinct().Take(2)),
            };
            stories.Add(cluster);
        }
        return new StoryClusteringResult(stories, storyOf, duplicates);
    }

    /// <summary>The article's title, else its first sentence (cut to about 120 characters).</summary>
    internal static string Label(Article a)
    {
        if (!string.IsNullOrWhiteSpace(a.Title)) return Shorten(a.Title!.Trim());
        var text = a.Sentences.FirstOrDefault(s => !s.IsHeadline)?.Text ?? a.Text;
        text = text.Trim();
        int end = -1;
        for (int i = 20; i < Math.Min(text.Length, 300) && end < 0; i++)
            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))) end = i + 1;
        if (end > 0) text = text[..end];
        return Shorten(text.ReplaceLineEndings(" "));
    }

    private static string Shorten(string s)
    {
        if (s.Length <= 120) return s;
        int cut = s.LastIndexOf(' ', 117);
        return (cut > 60 ? s[..cut] : s[..117]) + "…";
    }

    /// <summary>Shows each stem as a word form met in the texts (capitalised if first met capitalised inside a sentence).</summary>
    private static List<string> SurfaceForms(List<string> stems, IEnumerable<Article> texts)
    {
        var wanted = new Dictionary<string, string?>(stems.Select(s => new KeyValuePair<string, string?>(s, null)), StringComparer.Ordinal);
        int missing = wanted.Count;
        var buffer = new List<string>(2);
        foreach (var a in texts)
        {
            if (missing == 0) break;
            var analyzer = TermAnalyzer.ForLanguage(a.Language);
            var text = a.Text.AsSpan(0, Math.Min(a.Text.Length, 6_000));
            int i = 0;
            char prev = '.';
            while (i < text.Length && missing > 0)
            {
                if (!char.IsLetterOrDigit(text[i])) { if (!char.IsWhiteSpace(text[i])) prev = text[i]; i++; continue; }
                int start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1])))) i++;
                var word = text[start..i];
                buffer.Clear();
                analyzer.Analyze(word, buffer);
                bool keepCase = char.IsUpper(word[0]) && (char.IsLetterOrDigit(prev) || prev == ',');
                prev = word[^1];
                if (buffer.Count == 1 && wanted.TryGetValue(buffer[0], out var form) && form is null)
                {
                    wanted[buffer[0]] = keepCase ? word.ToString() : word.ToString().ToLowerInvariant();
                    missing--;
                }
            }
        }
        return [.. stems.Select(s => wanted[s] ?? s)];
    }
}
