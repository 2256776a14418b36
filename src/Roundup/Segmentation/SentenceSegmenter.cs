using Roundup.Model;
using Roundup.Pipeline;

namespace Roundup.Segmentation;

/// <summary>Splits each article's cleaned text into <see cref="Sentence"/> spans, paragraph by paragraph.</summary>
public sealed class SentenceSegmenter : IClusterStage
{
    /// <inheritdoc />
    public string Name => "segment";

    /// <inheritdoc />
    public void Process(Cluster cluster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        foreach (var article in cluster.Articles) Segment(article);
    }

    /// <summary>Fills <see cref="Article.Sentences"/> from <see cref="Article.Text"/>.</summary>
    public void Segment(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        article.Sentences.Clear();
        var text = article.Text;
        int paragraph = 0, lineStart = 0;
        while (lineStart < text.Length)
        {
            int nl = text.IndexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.Length : nl;
            bool any = false;
            foreach (var span in SplitLine(text, lineStart, lineEnd))
            {
                var last = text[span.End - 1];
                bool headline = !".!?\"'”’…)".Contains(last);
                article.Sentences.Add(new Sentence(article, article.Sentences.Count, span, paragraph) { IsHeadline = headline });
                any = true;
            }
            if (any) paragraph++;
            lineStart = lineEnd + 1;
        }
    }

    /// <summary>Sentence spans within [start, end) of one line.</summary>
    internal static IEnumerable<TextSpan> SplitLine(string text, int start, int end)
    {
        int s = start;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c is '.' or '!' or '?')
            {
                int j = i + 1;
                while (j < end && text[j] is '"' or '\'' or '”' or '’' or ')') j++;
                if (j < end && char.IsWhiteSpace(text[j]) && j + 1 < end && char.IsUpper(text[j + 1]))
                {
                    var span = Trim(text, s, j);
                    if (span.Length > 0) yield return span;
                    s = j;
                    i = j;
                }
            }
        }
        var rest = Trim(text, s, end);
        if (rest.Length > 0) yield return rest;
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new TextSpan(start, end - start);
    }
}
