using Roundup.Model;
using Roundup.Segmentation;
using Roundup.Summarization;
using Roundup.Text;

namespace Roundup.Clustering;

/// <summary>Turns story assignments into labelled <see cref="Cluster"/>s, biggest first.</summary>
internal static partial class StoryBuilder
{
    /// <summary>Builds the events (<paramref name="events"/>: a group number per article) nested in their subjects
    /// (<paramref name="subjects"/>: a group number per article; every event lies in one subject).</summary>
    public static StoryClusteringResult Build(IReadOnlyList<Article> articles, int[] events, int[] subjects, IReadOnlyList<SparseVector> vectors,
        TermStatistics stats, StoryClusteringOptions options, int duplicates)
    {
        var subjectGroups = Ordered(articles, subjects);
        var subjectOf = new int[articles.Count];
        for (int k = 0; k < subjectGroups.Count; k++) foreach (var i in subjectGroups[k]) subjectOf[i] = k;
        var eventGroups = Ordered(articles, events).OrderBy(g => subjectOf[g[0]]).ToList(); // stable: biggest event first inside a subject
        var storyOf = new int[articles.Count];
        var eventsOfSubject = new int[subjectGroups.Count];
        for (int k = 0; k < eventGroups.Count; k++)
        {
            foreach (var i in eventGroups[k]) storyOf[i] = k;
            eventsOfSubject[subjectOf[eventGroups[k][0]]]++;
        }
        // Labels and keywords are pure functions of each group's articles (every article is in one event and one subject),
        // so the groups of one level are built in parallel; events first, then subjects, as one at a time would.
        var eventClusters = new Cluster[eventGroups.Count];
        Parallel.For(0, eventGroups.Count, k => eventClusters[k] = Story($"story-{k + 1}", eventGroups[k], articles, vectors, stats, options));
        var subjectClusters = new Cluster[subjectGroups.Count];
        Parallel.For(0, subjectGroups.Count, s =>
        {
            if (eventsOfSubject[s] > 1) subjectClusters[s] = Story($"subject-{s + 1}", subjectGroups[s], articles, vectors, stats, options);
        });
        var subjectOfStory = new int[eventGroups.Count];
        for (int k = 0; k < eventGroups.Count; k++)
        {
            int s = subjectOf[eventGroups[k][0]];
            subjectOfStory[k] = s;
            var e = eventClusters[k];
            // A subject of one event is that event: its label and keywords need not be computed twice.
            subjectClusters[s] ??= new Cluster($"subject-{s + 1}", subjectGroups[s].Select(i => articles[i])) { Label = e.Label, Keywords = e.Keywords };
            e.Subject = subjectClusters[s];
        }
        return new StoryClusteringResult(eventClusters, storyOf, duplicates)
        {
            Subjects = subjectClusters, SubjectOfArticle = subjectOf, SubjectOfStory = subjectOfStory,
        };
    }

    /// <summary>The groups of <paramref name="assign"/>, biggest first (independent articles, then all, then first member).</summary>
    private static List<List<int>> Ordered(IReadOnlyList<Article> articles, int[] assign)
    {
        var groups = new Dictionary<int, List<int>>();
        for (int i = 0; i < assign.Length; i++)
        {
            if (!groups.TryGetValue(assign[i], out var g)) groups[assign[i]] = g = [];
            g.Add(i);
        }
        return [.. groups.Values
            .Select(m => (Members: m, Independent: m.Count(i => articles[i].DuplicateOf is null)))
            .OrderByDescending(g => g.Independent).ThenByDescending(g => g.Members.Count).ThenBy(g => g.Members[0])
            .Select(g => g.Members)];
    }

    private static Cluster Story(string id, List<int> members, IReadOnlyList<Article> articles, IReadOnlyList<SparseVector> vectors,
        TermStatistics stats, StoryClusteringOptions options)
    {
        var centroid = new Dictionary<int, float>();
        foreach (var i in members)
            if (articles[i].DuplicateOf is null)
                foreach (var (tid, w) in vectors[i].Ids.Zip(vectors[i].Weights)) centroid[tid] = centroid.GetValueOrDefault(tid) + w;
        var byCentrality = members.Where(i => articles[i].DuplicateOf is null).DefaultIfEmpty(members[0])
            .OrderByDescending(i => vectors[i].Dot(centroid)).ThenBy(i => i).ToList();
        int central = byCentrality[0];
        var keywordStems = centroid.OrderByDescending(e => e.Value).ThenBy(e => e.Key).Take(options.Keywords).Select(e => stats.Term(e.Key)).ToList();
        return new Cluster(id, members.Select(i => articles[i]))
        {
            Label = Label(byCentrality.Select(i => articles[i])),
            Keywords = SurfaceForms(keywordStems, members.Select(i => articles[i]).Prepend(articles[central]).Distinct().Take(2)),
        };
    }

    /// <summary>
    /// A short headline for a story whose articles come most central first: the first real headline among the titles of
    /// its more central half (at least the first two articles; at least <see cref="MinHeadlineWords"/> words, not a line the
    /// cleaner takes for boilerplate such as a time stamp, and sharing a word with the opening of its text: a title that is
    /// only a name, "2 years ago" or a section heading is page furniture), else the most central article's first sentence
    /// without its dateline, cut to about 120 characters; "(no text) ID" for a story of empty pages. A title from the story's
    /// edge (a column or a background piece that alone has one) would name what the story's central reports do not say.
    /// </summary>
    internal static string Label(IEnumerable<Article> centralFirst)
    {
        var list = centralFirst.ToList();
        foreach (var a in list.Take(Math.Max(2, (list.Count + 1) / 2)))
            if (!string.IsNullOrWhiteSpace(a.Title) && Sentence.CountWords(a.Title) >= MinHeadlineWords && Cleaning.BoilerplateCleaner.Classify(a.Title) is null && SharesAWord(a.Title, a.Text))
                return Shorten(a.Title!.Trim().ReplaceLineEndings(" "));
        var first = list[0];
        var sentences = first.Sentences;
        if (sentences.Count == 0)
        {
            // Clustering does not segment: segment the opening of the article here.
            var opening = new Article(first.Id, first.Text[..Math.Min(first.Text.Length, 3_000)]);
            Segmenter.Segment(opening);
            sentences = opening.Sentences;
        }
        // The first body sentence that could stand in a summary (not a caption or widget line), else the first one.
        var body = sentences.Where(s => !s.IsHeadline).Take(5).ToList();
        var sentence = body.FirstOrDefault(s => SentenceRules.IsEligible(s, s.Text, 6, 80)) ?? body.FirstOrDefault();
        var text = SentenceRules.StripDateline((sentence?.Text ?? "").Trim());
        if (text.Length == 0) text = (first.Title ?? first.Text[..Math.Min(first.Text.Length, 200)]).Trim();
        if (text.Length == 0) text = $"(no text) {first.Id}";
        return Shorten(text.ReplaceLineEndings(" "));
    }

    private static readonly SentenceSegmenter Segmenter = new();

    /// <summary>
    /// True when a word of four letters or more in <paramref name="title"/> starts like one in the opening of
    /// <paramref name="text"/> after the title (first five letters, case aside: "wins" and "winning" agree).
    /// </summary>
    private static bool SharesAWord(string title, string text)
    {
        int at = text.IndexOf(title, StringComparison.Ordinal);
        var opening = text.AsSpan(at >= 0 ? at + title.Length : 0);
        opening = opening[..Math.Min(opening.Length, 800)];
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in LongWord().EnumerateMatches(title)) keys.Add(title.Substring(m.Index, Math.Min(5, m.Length)));
        var lookup = keys.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var m in LongWord().EnumerateMatches(opening))
            if (lookup.Contains(opening.Slice(m.Index, Math.Min(5, m.Length)))) return true;
        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\p{L}{4,}", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LongWord();

    /// <summary>Fewest words a title needs to serve as a story's headline.</summary>
    internal const int MinHeadlineWords = 3;

    private static string Shorten(string s)
    {
        if (s.Length <= 120) return s;
        int cut = s.LastIndexOf(' ', 117);
        return (cut > 60 ? s[..cut] : s[..117]) + "…";
    }

    /// <summary>
    /// Shows each stem as its most frequent word form in the texts (the shorter on ties), without a
    /// possessive "'s", capitalised unless
    /// that word is ever met in lower case (so names stay capitalised even when they open sentences or titles). Keywords
    /// that the texts write side by side, one space apart (a first name and a surname, "El Nino", "Dar es Salaam", "climate
    /// change"), are shown as that phrase, as the texts write it most, at the place of the heaviest.
    /// </summary>
    internal static List<string> SurfaceForms(List<string> stems, IEnumerable<Article> texts)
    {
        var forms = stems.Distinct(StringComparer.Ordinal).ToDictionary(s => s, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);
        var lower = new HashSet<string>(StringComparer.Ordinal);
        var buffer = new List<string>(2);
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var sideBySide = new Dictionary<(string First, string Second), Dictionary<string, int>>(); // by pair of stems: its forms
        foreach (var a in texts)
        {
            var analyzer = TermAnalyzer.ForLanguage(a.Language);
            var text = a.Text.AsSpan(0, Math.Min(a.Text.Length, 6_000));
            int i = 0;
            string? previous = null, previousWord = null; // the word before, when it was a keyword: its stem and form
            int previousEnd = -1;
            while (i < text.Length)
            {
                if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
                int start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1])))) i++;
                var word = text[start..i];
                bool adjacent = previous is not null && start > previousEnd && text[previousEnd..start].Trim(" \u00A0").IsEmpty;
                string? before = previous, beforeWord = previousWord;
                previous = previousWord = null;
                previousEnd = i;
                bool possessive = word.Length > 2 && word[^1] is 's' or 'S' && word[^2] is '\'' or '’';
                if (possessive) word = word[..^2];
                buffer.Clear();
                analyzer.Analyze(word, buffer);
                if (buffer.Count != 1 || !forms.TryGetValue(buffer[0], out var seen)) continue;
                var key = word.ToString();
                if (char.IsLower(word[0])) lower.Add(key);
                seen[key] = seen.GetValueOrDefault(key) + 1;
                string stem = buffer[0];
                occurrences[stem] = occurrences.GetValueOrDefault(stem) + 1;
                if (adjacent && before != stem)
                {
                    if (!sideBySide.TryGetValue((before!, stem), out var phrases)) sideBySide[(before!, stem)] = phrases = new(StringComparer.Ordinal);
                    string phrase = beforeWord + " " + key;
                    phrases[phrase] = phrases.GetValueOrDefault(phrase) + 1;
                }
                // A possessive ends a phrase ("Lucas's Star Wars" is not one).
                if (!possessive) { previous = stem; previousWord = key; }
            }
        }
        // Phrases: a pair met side by side at least twice, in at least 60% of the occurrences of the rarer of its words and
        // 30% of the commoner's (a first name met mostly before the surname, which the texts also use alone: "Hugo Chavez";
        // not "School District" for a story that says "school" throughout); the most frequent
        // pairs first, each keyword followed by one other at most and following one other at most (no loops).
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int k = 0; k < stems.Count; k++) rank.TryAdd(stems[k], k);
        var next = new Dictionary<string, string>(StringComparer.Ordinal);
        var prior = new Dictionary<string, string>(StringComparer.Ordinal);
        var pairs = sideBySide.Select(e => (e.Key.First, e.Key.Second, N: e.Value.Values.Sum()))
            .OrderByDescending(e => e.N).ThenBy(e => Math.Min(rank[e.First], rank[e.Second]))
            .ThenBy(e => e.First, StringComparer.Ordinal).ThenBy(e => e.Second, StringComparer.Ordinal);
        foreach (var (first, second, n) in pairs)
        {
            int rarer = Math.Min(occurrences[first], occurrences[second]), commoner = Math.Max(occurrences[first], occurrences[second]);
            if (n < 2 || 10 * n < 6 * rarer || 10 * n < 3 * commoner) continue;
            if (next.ContainsKey(first) || prior.ContainsKey(second)) continue;
            bool loop = false;
            for (var at = first; prior.TryGetValue(at, out var p);) { if (p == second) { loop = true; break; } at = p; }
            if (loop) continue;
            next[first] = second;
            prior[second] = first;
        }
        var result = new List<string>(stems.Count);
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in stems)
        {
            if (done.Contains(s)) continue;
            var head = s;
            while (prior.TryGetValue(head, out var p)) head = p;
            if (!next.ContainsKey(head)) { done.Add(s); result.Add(forms[s].Count == 0 ? s : Show(Pick(forms[s]), lower)); continue; }
            // The phrase as the texts write it most: its first pair's form, then each next word as its own pair writes it.
            var shown = new System.Text.StringBuilder();
            for (var at = head; next.TryGetValue(at, out var after); at = after)
            {
                string pair = Pick(sideBySide[(at, after)]);
                shown.Append(shown.Length == 0 ? pair : pair[pair.IndexOf(' ', StringComparison.Ordinal)..]);
                done.Add(at);
                done.Add(after);
            }
            result.Add(shown.ToString());
        }
        return result;
    }

    /// <summary>
    /// The form shown for a stem: the most frequent (the shorter, then the ordinal first, on ties); but a form in capitals
    /// ("BUENOS", from a wire dateline or a shouted heading) gives way to the same word written in lower case letters
    /// ("Buenos", "McDonald": more lower-case letters than capitals) when that occurs at least a quarter as often, so an
    /// acronym used throughout ("UN") keeps its capitals, and so does one met in a variant spelling ("AIDs").
    /// </summary>
    private static string Pick(Dictionary<string, int> seen)
    {
        var ranked = seen.OrderByDescending(e => e.Value).ThenBy(e => e.Key.Length).ThenBy(e => e.Key, StringComparer.Ordinal).ToList();
        var (best, count) = ranked[0];
        if (!Capitals(best)) return best;
        foreach (var (form, n) in ranked)
            if (MostlyLower(form) && string.Equals(form, best, StringComparison.OrdinalIgnoreCase)) return 4 * n >= count ? form : best;
        return best;
    }

    /// <summary>Whether a word has more lower-case letters than capitals.</summary>
    private static bool MostlyLower(string w)
    {
        int balance = 0;
        foreach (var c in w) balance += char.IsLower(c) ? 1 : char.IsUpper(c) ? -1 : 0;
        return balance > 0;
    }

    /// <summary>Whether a word of two letters or more has no lower-case letter.</summary>
    private static bool Capitals(string w)
    {
        int letters = 0;
        foreach (var c in w)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2;
    }

    private static string Show(string w, HashSet<string> lower) =>
        lower.Contains(w.ToLowerInvariant()) ? w.ToLowerInvariant() : char.ToUpperInvariant(w[0]) + w[1..];
}
