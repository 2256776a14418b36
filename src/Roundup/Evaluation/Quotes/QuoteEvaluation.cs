using System.Globalization;
using System.Text;
using Roundup.Model;
using Roundup.Pipeline;

namespace Roundup.Evaluation.Quotes;

/// <summary>What kind of source a gold quotation has.</summary>
public enum GoldSourceKind
{
    /// <summary>No source annotated.</summary>
    None,

    /// <summary>A pronoun ("he", "she", "they", "who").</summary>
    Pronoun,

    /// <summary>A name: the phrase's head, or an apposition, is a capitalised name ("Mr. Manafort", "the Post").</summary>
    Named,

    /// <summary>A common noun phrase ("a spokesman", "the report").</summary>
    Common,
}

/// <summary>The scores of <see cref="QuoteEvaluation.Run"/>.</summary>
/// <param name="Articles">Articles read.</param>
/// <param name="Gold">Verbatim gold quotations (<c>kind: full</c>).</param>
/// <param name="Found">Gold quotations found (see <see cref="QuoteEvaluation"/> for the rule).</param>
/// <param name="FoundWithSpeaker">Found ones whose predicted quotation has a named speaker.</param>
/// <param name="NamedFound">Found ones whose gold source is a name.</param>
/// <param name="NamedRight">Found ones whose gold source is a name and whose predicted speaker matches it.</param>
/// <param name="Predicted">Quotations the stage found in all articles (any length, partial ones included).</param>
/// <param name="Errors">One line per miss, speakerless find and wrong speaker.</param>
public sealed record QuoteEvaluationReport(int Articles, int Gold, int Found, int FoundWithSpeaker, int NamedFound, int NamedRight, int Predicted, IReadOnlyList<string> Errors)
{
    /// <summary>Found / gold.</summary>
    public double FoundRate => Div(Found, Gold);

    /// <summary>Found with a speaker / found.</summary>
    public double SpeakerRate => Div(FoundWithSpeaker, Found);

    /// <summary>Speaker right / found with a named gold source.</summary>
    public double RightRate => Div(NamedRight, NamedFound);

    private static double Div(int a, int b) => b == 0 ? 0 : (double)a / b;

    /// <inheritdoc />
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(string.Create(c, $"{Articles} articles, {Gold} verbatim gold quotations, {Predicted} quotations found by Roundup"));
        sb.AppendLine(string.Create(c, $"found                      {FoundRate:F3}  ({Found} of {Gold})"));
        sb.AppendLine(string.Create(c, $"found with a speaker       {SpeakerRate:F3}  ({FoundWithSpeaker} of {Found})"));
        sb.AppendLine(string.Create(c, $"speaker right (named)      {RightRate:F3}  ({NamedRight} of {NamedFound})"));
        return sb.ToString();
    }
}

/// <summary>
/// Scores the quotes stage on quotation gold data (<see cref="QuoteDataset"/>): each article is run alone, as a
/// one-article cluster, through segmentation and the quotes stage (no cleaning, so gold offsets stay valid).
/// Only verbatim quotations (<c>kind: full</c>) are scored. Rules:
/// <list type="bullet">
/// <item><b>found</b>: at least 70% of the gold quotation's words (its annotated fragments) lie inside one predicted
/// quotation, and at least half of that quotation's words lie inside the gold one (a quotation swallowing several
/// gold ones counts for none of them).</item>
/// <item><b>with a speaker</b>: the matched quotation has a speaker with a name (a name, a description such as
/// "a Secret Service official", or a pronoun resolved to one); an unresolved pronoun is no speaker.</item>
/// <item><b>speaker right</b>, for gold sources that are names: the gold head name is the last capitalised word
/// of the source phrase before its first comma ("Podesta" in "Clinton campaign Chairman John Podesta", "Post" in
/// "the Post"), or of an apposition that is all name ("a spokesman, Jason Miller,"). The predicted speaker's name
/// must contain that word (case and possessive ignored) and, when both give a first name, the first names must
/// agree ("Bill Clinton" is not "Hillary Clinton").</item>
/// </list>
/// </summary>
public static class QuoteEvaluation
{
    /// <summary>Share of a gold quotation's words a predicted one must cover.</summary>
    public const double MinGoldCoverage = 0.7;

    /// <summary>Share of a predicted quotation's words that must lie in the gold one.</summary>
    public const double MinPredictedPrecision = 0.5;

    /// <summary>Runs the quotes stage on every article and scores it.</summary>
    public static QuoteEvaluationReport Run(IEnumerable<GoldQuoteArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var pipeline = new RoundupPipelineBuilder().UseSegmentation().UseQuotes().Build();
        int n = 0, gold = 0, found = 0, withSpeaker = 0, namedFound = 0, namedRight = 0, predicted = 0;
        var errors = new List<string>();
        foreach (var g in articles)
        {
            n++;
            var article = new Article(g.Id, g.Text);
            pipeline.Run(new Cluster(g.Id, [article]));
            var quotes = article.Quotes ?? [];
            predicted += quotes.Count;
            var text = g.Text;
            var predictedWords = quotes.Select(q => WordStarts(text, q.Parts)).ToList();
            foreach (var gq in g.Quotes.Where(q => q.Kind == "full"))
            {
                gold++;
                var goldWords = WordStarts(text, gq.Fragments);
                int best = -1;
                for (int i = 0; i < quotes.Count; i++)
                {
                    int overlap = predictedWords[i].Count(goldWords.Contains);
                    if (overlap >= MinGoldCoverage * goldWords.Count && overlap >= MinPredictedPrecision * predictedWords[i].Count && overlap > 0) { best = i; break; }
                }
                var goldText = Cut(text.Substring(gq.Content.Start, gq.Content.Length));
                if (best < 0)
                {
                    errors.Add($"{g.Id}: missed {goldText}");
                    continue;
                }
                found++;
                var speaker = quotes[best].Speaker;
                bool has = speaker?.Name is not null;
                if (has) withSpeaker++;
                else errors.Add($"{g.Id}: no speaker ({(speaker is null ? "none" : $"unresolved '{text.AsSpan(speaker.Mention.Start, speaker.Mention.Length)}'")}; gold '{gq.Source}') for {goldText}");
                var (kind, head, first) = ClassifySource(gq.Source);
                if (kind != GoldSourceKind.Named) continue;
                namedFound++;
                if (has && Matches(speaker!.Name!, head!, first)) namedRight++;
                else if (has) errors.Add($"{g.Id}: speaker '{speaker!.Name}', gold '{gq.Source}' for {goldText}");
            }
        }
        return new QuoteEvaluationReport(n, gold, found, withSpeaker, namedFound, namedRight, predicted, errors);
    }

    private static string Cut(string s)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= 90 ? s : string.Concat(s.AsSpan(0, 87), "…");
    }

    private static HashSet<int> WordStarts(string text, IEnumerable<TextSpan> spans)
    {
        var set = new HashSet<int>();
        foreach (var s in spans)
            for (int i = s.Start; i < s.End; i++)
                if (char.IsLetterOrDigit(text[i]) && (i == s.Start || !char.IsLetterOrDigit(text[i - 1]))) set.Add(i);
        return set;
    }

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "i", "we", "you", "who", "which", "that", "him", "her", "them", "us", "me", "one",
    };

    /// <summary>The kind of a gold source phrase, its head name word and, when given, the first name.</summary>
    public static (GoldSourceKind Kind, string? Head, string? First) ClassifySource(string? source)
    {
        if (source is null) return (GoldSourceKind.None, null, null);
        var trimmed = source.Trim().Trim(',', '.', ':', ';', ' ');
        if (Pronouns.Contains(trimmed)) return (GoldSourceKind.Pronoun, null, null);
        // Parentheticals ("(D-Conn.)") are not part of the name; a segment ends at its first relative pronoun or
        // preposition ("Jeffrey Lewis of the … Center", "a member who supports Trump").
        trimmed = System.Text.RegularExpressions.Regex.Replace(trimmed, @"\([^)]*\)", " ");
        var segments = trimmed.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(seg => System.Text.RegularExpressions.Regex.Split(seg, @"\s(?:who|which|that|of|in|at|with|for|from|on|to|by|and)\s")[0].Trim())
            .ToArray();
        foreach (var (segment, index) in segments.Select((s, i) => (s, i)))
        {
            var words = Words(segment);
            if (words.Count == 0) continue;
            // The head segment, or an apposition that is nothing but a name.
            bool usable = index == 0 ? IsName(words[^1]) : words.All(w => IsName(w) || char.IsLower(w[0]) && w is "de" or "van" or "von" or "bin" or "al");
            if (!usable) continue;
            int r = words.Count;
            while (r - 1 >= 0 && IsName(words[r - 1])) r--;
            var names = words.Skip(r).Where(w => !IsTitle(w)).ToList();
            if (names.Count == 0) continue;
            return (GoldSourceKind.Named, Clean(names[^1]), NameBeforeHead(names));
        }
        return (GoldSourceKind.Common, null, null);
    }

    /// <summary>
    /// The first name of a name's words: the nearest word before the head that is no initial ("Matteo" in "Italian
    /// Prime Minister Matteo Renzi", "James" in "James B. Comey"; a place or party before the name is not its first
    /// name); null when the head stands alone.
    /// </summary>
    private static string? NameBeforeHead(List<string> names)
    {
        for (int k = names.Count - 2; k >= 0; k--)
        {
            var w = Clean(names[k]);
            if (w.Length > 1) return w;
        }
        return null;
    }

    /// <summary>Whether a predicted speaker name matches a gold head name (and first name, when both have one).</summary>
    public static bool Matches(string predicted, string head, string? first)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(head);
        var words = Words(predicted).Where(w => !IsTitle(w)).Select(Clean).ToList();
        int at = words.FindLastIndex(w => string.Equals(w, head, StringComparison.OrdinalIgnoreCase));
        if (at < 0) return false;
        var predictedFirst = NameBeforeHead(words[..(at + 1)]);
        if (first is null || predictedFirst is null) return true;
        return string.Equals(predictedFirst, first, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsName(string w) => char.IsUpper(w[0]) && !Pronouns.Contains(w) && w is not ("The" or "A" or "An");

    private static bool IsTitle(string w) => global::Roundup.Quotes.QuoteText.Titles.Contains(w);

    private static string Clean(string w)
    {
        if (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)) w = w[..^2];
        return w.TrimEnd('’', '\'', '.');
    }

    private static List<string> Words(string s)
    {
        var list = new List<string>();
        int i = 0;
        while (i < s.Length)
        {
            if (!char.IsLetterOrDigit(s[i])) { i++; continue; }
            int j = i + 1;
            while (j < s.Length && (char.IsLetterOrDigit(s[j]) || (s[j] is '\'' or '’' or '-' or '.' && j + 1 < s.Length && char.IsLetterOrDigit(s[j + 1])))) j++;
            if (j < s.Length && s[j] == '.') j++;
            list.Add(s[i..j]);
            i = j;
        }
        return list;
    }
}
