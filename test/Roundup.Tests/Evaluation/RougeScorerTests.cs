using Roundup.Evaluation.Rouge;

namespace Roundup.Tests.Evaluation;

public sealed class RougeScorerTests
{
    private static readonly RougeOptions Plain = new() { Stem = false, FindStemExceptions = false, SkipDistance = 4, SkipUnigrams = true };

    [Fact]
    public void Tokenizes_like_rouge_ascii_runs_lowercased_hyphens_and_non_ascii_split()
    {
        var scorer = new RougeScorer(Plain);
        var text = scorer.PrepareReference(["The U.S.-led, well-known Café's plan — 2024!"]);
        Assert.Equal(["the", "u", "s", "led", "well", "known", "caf", "s", "plan", "2024"], text.TokenTexts);
    }

    [Fact]
    public void Stems_only_tokens_longer_than_three_characters()
    {
        var scorer = new RougeScorer(new RougeOptions { FindStemExceptions = false });
        var text = scorer.PrepareReference(["Cats ran running ponies"]);
        Assert.Equal(["cat", "ran", "run", "poni"], text.TokenTexts);
    }

    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    [InlineData("conflated", "conflat")]
    [InlineData("hopping", "hop")]
    [InlineData("falling", "fall")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("relational", "relat")]
    [InlineData("hopefulness", "hope")]
    [InlineData("generalization", "gener")]
    [InlineData("adoption", "adopt")]
    [InlineData("controlling", "control")]
    [InlineData("rolling", "roll")]
    [InlineData("yelling", "yell")]
    [InlineData("archaeology", "archaeolog")]
    [InlineData("agreement", "agreem")] // ROUGE's step 4 tries -ent after -ement/-ment failed; Lucene keeps "agreement"
    public void Stems_with_rouges_porter_rules(string word, string stem) => Assert.Equal(stem, RougeStemmer.Stem(word));

    [Fact]
    public void Uses_stem_exceptions_before_porter()
    {
        var scorer = new RougeScorer(new RougeOptions { StemExceptions = new Dictionary<string, string> { ["said"] = "say" } });
        Assert.Equal(["say", "sai"], scorer.PrepareReference(["said says"]).TokenTexts); // Porter: says → sai
    }

    [Fact]
    public void Scores_rouge_n_l_and_skip_bigrams_by_hand()
    {
        var scorer = new RougeScorer(Plain);
        var s = scorer.Score(["the cat sat on the mat"], ["the cat was on the mat"]);
        Assert.Equal(["ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-S4", "ROUGE-SU4"], s.Measures);
        Assert.Equal(new RougePrf(0.83333, 0.83333, 0.83333), s.Rouge1);
        Assert.Equal(new RougePrf(0.6, 0.6, 0.6), s.Rouge2);
        Assert.Equal(new RougePrf(0.83333, 0.83333, 0.83333), s.RougeL);
        Assert.Equal(new RougePrf(0.66667, 0.66667, 0.66667), s["ROUGE-S4"]);
        Assert.Equal(new RougePrf(0.7, 0.7, 0.7), s.RougeSU4);
    }

    [Fact]
    public void Rouge_l_is_the_union_lcs_over_peer_sentences()
    {
        // Lin (2004): reference w1..w5; peer sentences share w1 w2 and w1 w3 w5: union LCS = w1 w2 w3 w5.
        var scorer = new RougeScorer(Plain with { MaxN = 1, SkipDistance = null });
        var s = scorer.Score(["w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"], ["w1 w2 w3 w4 w5"]);
        Assert.Equal(0.8, s.RougeL.Recall);
        Assert.Equal(0.4, s.RougeL.Precision);
        Assert.Equal(0.53333, s.RougeL.F);
    }

    [Fact]
    public void Rouge_l_hits_are_clipped_by_unigram_counts()
    {
        // Both peer sentences match the reference's single "a"; it may count once only.
        var scorer = new RougeScorer(Plain with { MaxN = 1, SkipDistance = null });
        var s = scorer.Score(["a b", "a c"], ["a d"]);
        Assert.Equal(0.5, s.RougeL.Recall);
        Assert.Equal(0.25, s.RougeL.Precision);
    }

    [Fact]
    public void F_uses_alpha_on_rounded_recall_and_precision()
    {
        var scorer = new RougeScorer(Plain with { MaxN = 1, SkipDistance = null, Lcs = false, Alpha = 0.2 });
        var s = scorer.Score(["a b c d"], ["a b"]); // R = 1, P = 0.5
        Assert.Equal(1.0, s.Rouge1.Recall);
        Assert.Equal(0.5, s.Rouge1.Precision);
        Assert.Equal(Math.Round(0.5 / (0.8 * 0.5 + 0.2 * 1.0), 5), s.Rouge1.F);
    }

    [Fact]
    public void Word_limit_cuts_peer_and_references_but_peer_limit_only_the_peer()
    {
        var both = new RougeScorer(Plain with { MaxN = 1, SkipDistance = null, Lcs = false, WordLimit = 2 });
        var s = both.Score(["a b", "c d"], ["a x y z"]);
        Assert.Equal(new RougePrf(0.5, 0.5, 0.5), s.Rouge1); // peer "a b", reference "a x"

        var peerOnly = new RougeScorer(Plain with { MaxN = 1, SkipDistance = null, Lcs = false, PeerWordLimit = 2 });
        var t = peerOnly.Score(["a b", "c d"], ["a x y z"]);
        Assert.Equal(new RougePrf(0.25, 0.5, 0.33333), t.Rouge1);
    }

    [Fact]
    public void Word_limit_counts_whitespace_words_before_hyphens_split()
    {
        var scorer = new RougeScorer(Plain with { MaxN = 1, SkipDistance = null, Lcs = false, PeerWordLimit = 1 });
        var peer = scorer.PreparePeer(["well-known fact"]);
        Assert.Equal(["well", "known"], peer.TokenTexts);
    }

    [Fact]
    public void Byte_limit_counts_utf8_bytes()
    {
        var scorer = new RougeScorer(Plain with { MaxN = 1, SkipDistance = null, Lcs = false, ByteLimit = 6 });
        var peer = scorer.PreparePeer(["é abc def"]); // é is two bytes: "é abc" is 6 bytes
        Assert.Equal(["abc"], peer.TokenTexts);
    }

    [Fact]
    public void Formula_a_sums_over_references_and_b_keeps_the_best()
    {
        var a = new RougeScorer(Plain with { MaxN = 1, SkipDistance = null, Lcs = false });
        var peer = a.PreparePeer(["a b c d"]);
        var r1 = a.PrepareReference(["a x"]);
        var r2 = a.PrepareReference(["a b c z"]);
        var sa = a.Score(peer, [r1, r2]);
        Assert.Equal(new RougePrf(0.66667, 0.5, 0.57143), sa.Rouge1); // hits 1+3 over 2+4; peer counted twice

        var b = new RougeScorer(Plain with { MaxN = 1, SkipDistance = null, Lcs = false, Formula = RougeFormula.Best });
        var sb = b.Score(b.PreparePeer(["a b c d"]), [b.PrepareReference(["a x"]), b.PrepareReference(["a b c z"])]);
        Assert.Equal(new RougePrf(0.75, 0.75, 0.75), sb.Rouge1);
    }

    [Fact]
    public void Jackknife_averages_leave_one_out_scores()
    {
        var j = new RougeScorer(Plain with { MaxN = 1, SkipDistance = null, Lcs = false, Jackknife = true });
        var s = j.Score(j.PreparePeer(["a b c d"]), [j.PrepareReference(["a x"]), j.PrepareReference(["a b c z"])]);
        // leave out r1: R .75 P .75; leave out r2: R .5 P .25 F .33333
        Assert.Equal(0.625, s.Rouge1.Recall, 5);
        Assert.Equal(0.5, s.Rouge1.Precision, 5);
        Assert.Equal((0.75 + 0.33333) / 2, s.Rouge1.F, 5);
    }

    [Fact]
    public void Stopwords_are_removed_when_given()
    {
        var scorer = new RougeScorer(Plain with { Stopwords = new HashSet<string> { "the", "on" } });
        Assert.Equal(["cat", "mat"], scorer.PrepareReference(["The cat on the mat"]).TokenTexts);
    }

    [Fact]
    public void Empty_peer_scores_zero()
    {
        var scorer = new RougeScorer(Plain);
        var s = scorer.Score([], ["a b c"]);
        Assert.All(s.Values, v => Assert.Equal(new RougePrf(0, 0, 0), v));
    }

    [Fact]
    public void Perl_random_matches_perls_drand48()
    {
        var r = new PerlRandom(0);
        Assert.Equal(0.17082803610628972, r.Next(), 15);
        Assert.Equal(0.7499019804849638, r.Next(), 15);
    }

    [Fact]
    public void Aggregate_gives_mean_and_an_interval_around_it()
    {
        var scorer = new RougeScorer(Plain with { MaxN = 1, SkipDistance = null, Lcs = false, Resamples = 200 });
        var items = Enumerable.Range(0, 50).Select(i => scorer.Score([i % 2 == 0 ? "a b" : "a c"], ["a b"], i.ToString("D3"))).ToList();
        var report = scorer.Aggregate(items);
        var avg = report["ROUGE-1"];
        Assert.Equal(0.75, avg.Mean.Recall, 5);
        Assert.True(avg.Lower.Recall < 0.75 && avg.Upper.Recall > 0.75);
        Assert.True(Math.Abs(avg.Average.Recall - 0.75) < 0.02);

        var same = Enumerable.Range(0, 10).Select(i => scorer.Score(["a b"], ["a b"], i.ToString())).ToList();
        var flat = scorer.Aggregate(same)["ROUGE-1"];
        Assert.Equal(1.0, flat.Lower.F);
        Assert.Equal(1.0, flat.Upper.F);
    }

    [Fact]
    public void Rouge_w_rewards_consecutive_matches()
    {
        var scorer = new RougeScorer(Plain with { MaxN = 0, SkipDistance = null, Lcs = false, WlcsWeight = 1.2 });
        // ROUGE weighs runs of consecutive matched positions in the reference sentence
        var together = scorer.Score(["a b c d"], ["a b c d x y z"]);
        var apart = scorer.Score(["a b c d"], ["a x b y c z d"]);
        Assert.Equal(["ROUGE-W-1.2"], together.Measures);
        Assert.True(together.Values[0].Recall > apart.Values[0].Recall);
    }

    [Fact]
    public void Texts_from_another_scorer_are_refused()
    {
        var a = new RougeScorer(Plain);
        var b = new RougeScorer(Plain);
        Assert.Throws<ArgumentException>(() => a.Score(a.PreparePeer(["x"]), b.PrepareReference(["x"])));
    }
}
