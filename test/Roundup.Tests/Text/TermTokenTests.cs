using Roundup.Model;
using Roundup.Segmentation;
using Roundup.Summarization;
using Roundup.Text;

namespace Roundup.Tests.Text;

/// <summary>
/// The terms stage reads every word once (<see cref="Sentence.Tokens"/>: term and stopword flag), and the summarizers'
/// features are built from those tokens instead of reading the text again.
/// </summary>
public sealed class TermTokenTests
{
    private static Cluster Analyzed(params Article[] articles)
    {
        var cluster = new Cluster("c", articles);
        new SentenceSegmenter().Process(cluster);
        new TermStage(TermAnalyzer.English).Process(cluster);
        return cluster;
    }

    [Fact]
    public void The_terms_stage_fills_tokens_split_as_rouge_splits_words()
    {
        var article = new Article("a", "Opening line here.\nThe U.S. agreements' costs rose in the 1990s, it has said.");
        var s = Analyzed(article).Articles[0].Sentences[1];
        var tokens = s.Tokens!;
        var surfaces = tokens.Select(t => article.Text.Substring(t.Span.Start, t.Span.Length)).ToArray();
        Assert.Equal(["The", "U", "S", "agreements", "costs", "rose", "in", "the", "1990s", "it", "has", "said"], surfaces);
        var term = tokens.ToDictionary(t => article.Text.Substring(t.Span.Start, t.Span.Length), t => t);
        // Stems from the same analyzer as Sentence.Terms; short words and words with digits keep their form.
        Assert.Equal(TermAnalyzer.English.Analyze("agreements").Single(), term["agreements"].Term);
        Assert.Equal("cost", term["costs"].Term);
        Assert.Equal("has", term["has"].Term);
        Assert.Equal("1990s", term["1990s"].Term);
        Assert.Equal("the", term["The"].Term); // dropped by Lucene: the word itself
        // Stopwords: one letter, the analyzer's own and the lexicon's content-stopwords ("said" is newsy filler).
        Assert.All(["The", "U", "S", "in", "the", "it", "has", "said"], w => Assert.True(term[w].IsStopword, w));
        Assert.All(["agreements", "costs", "rose", "1990s"], w => Assert.False(term[w].IsStopword, w));
        // The content terms are still Lucene's analysis of the sentence.
        Assert.Equal(TermAnalyzer.English.Analyze(s.Text), s.Terms);
    }

    [Fact]
    public void Another_language_has_its_analyzer_stopwords()
    {
        var de = new Article("de", "Die Häuser wurden zerstört und die Straßen gesperrt.") { Language = "de" };
        var tokens = Analyzed(de).Articles[0].Sentences[0].Tokens!;
        var byWord = tokens.ToDictionary(t => de.Text.Substring(t.Span.Start, t.Span.Length), t => t);
        Assert.True(byWord["die"].IsStopword);
        Assert.True(byWord["und"].IsStopword);
        Assert.False(byWord["Häuser"].IsStopword);
        Assert.Equal(TermAnalyzer.ForLanguage("de").Analyze("Häuser").Single(), byWord["Häuser"].Term);
    }

    [Fact]
    public void Summary_features_read_the_stage_tokens()
    {
        var cluster = Analyzed(
            new Article("a", "Opening line here.\nThe mayor opened the bridge on Monday."),
            new Article("b", "Opening line here.\nCrowds cheered loudly at noon."));
        var before = ClusterFeatures.Build(cluster);
        var first = cluster.Articles[0].Sentences[1];
        var second = cluster.Articles[1].Sentences[1];
        int i = Array.IndexOf(before.Sentences, second);
        Assert.All(before.Unigrams[i], w => Assert.Equal(1, before.WordDf[w]));

        // Give the second sentence the first one's terms: the features follow the tokens, not the text.
        var terms = first.Tokens!.Where(t => !t.IsStopword).Select(t => t.Term).ToArray();
        second.Tokens = [.. second.Tokens!.Select((t, k) => t with { Term = terms[k % terms.Length], IsStopword = false })];
        var after = ClusterFeatures.Build(cluster);
        Assert.Contains(after.Unigrams[i], w => after.WordDf[w] == 2);
    }

    [Fact]
    public void A_shortened_sentence_takes_each_word_s_term_from_the_sentence_tokens()
    {
        var cluster = Analyzed(
            new Article("a", "Opening line here.\nWESTON (AP) — The council approved the budget."),
            new Article("b", "Opening line here.\nOfficials cut spending sharply."));
        var s = cluster.Articles[0].Sentences[1];
        var spending = cluster.Articles[1].Sentences[1].Tokens!.Single(t => cluster.Articles[1].Text.AsSpan(t.Span.Start, t.Span.Length).SequenceEqual("spending"));
        s.Tokens = [.. s.Tokens!.Select(t => s.Article.Text.AsSpan(t.Span.Start, t.Span.Length).SequenceEqual("budget") ? t with { Term = spending.Term } : t)];
        var f = ClusterFeatures.Build(cluster, x => SentenceRules.Compress(x.Text));
        int i = Array.IndexOf(f.Sentences, s);
        Assert.StartsWith("The council", f.Texts[i], StringComparison.Ordinal); // the dateline is dropped
        // "budget" in the shortened text has the term the sentence's tokens give it, shared with the other article.
        Assert.Contains(f.Unigrams[i], w => f.WordDf[w] == 2);
    }

    [Fact]
    public void Features_without_the_terms_stage_equal_those_with_it()
    {
        Article Make() => new("a", string.Join("\n",
            "Harlow Council Approves Budget",
            "WESTON (AP) — The Harlow council approved a $12 million budget on Tuesday, its 1990s-era plan retired.",
            "Mayor Ann Lee said the U.S. grants (worth $2 million) would pay for roads."));
        var segmentedOnly = new Cluster("c", [Make()]);
        new SentenceSegmenter().Process(segmentedOnly);
        Assert.All(segmentedOnly.Articles[0].Sentences, s => Assert.Null(s.Tokens));
        var analyzed = Analyzed(Make());
        foreach (Func<Sentence, string>? rewrite in new Func<Sentence, string>?[] { null, x => SentenceRules.Compress(x.Text) })
        {
            var a = ClusterFeatures.Build(segmentedOnly, rewrite);
            var b = ClusterFeatures.Build(analyzed, rewrite);
            Assert.Equal(a.Texts, b.Texts);
            Assert.Equal(a.WordCount, b.WordCount);
            for (int i = 0; i < a.Texts.Length; i++)
            {
                Assert.Equal(a.Unigrams[i], b.Unigrams[i]);
                Assert.Equal(a.Bigrams[i], b.Bigrams[i]);
            }
            Assert.Equal(a.Named, b.Named);
        }
    }
}
