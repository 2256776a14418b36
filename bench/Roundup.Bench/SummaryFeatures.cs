using System.Globalization;
using System.Text;
using Roundup.Summarization;

namespace Roundup.Bench;

/// <summary>
/// Writes one row per candidate sentence of a summarization dev set: the sentence's features as the coverage
/// summarizer sees them and how much of it the reference shares (ROUGE-1 and ROUGE-2 precision of the sentence
/// alone), for studying which sentence signals predict summary-worthiness.
/// Run: dotnet run -c Release --project bench/Roundup.Bench -- summary-features DATASET OUT.tsv
/// </summary>
public static class SummaryFeatures
{
    public static int Run(string[] args)
    {
        var ci = CultureInfo.InvariantCulture;
        var (cases, scorer, _) = PreparedDevSet.Load(args[0]);
        var rows = new string[cases.Count];
        Parallel.For(0, cases.Count, c =>
        {
            var refs = cases[c].References.Select(scorer.PrepareReference).ToList();
            var f = ClusterFeatures.Build(cases[c].Cluster, s => SentenceRules.Compress(s.Text));
            var chosen = new HashSet<Roundup.Model.Sentence>(new CoverageSummarizer().Summarize(cases[c].Cluster, new SummaryOptions()).Sentences.Select(x => x.Sentence), ReferenceEqualityComparer.Instance);
            int n = f.Sentences.Length;
            var all = new bool[n];
            Array.Fill(all, true);
            var quoted = CoverageSummarizer.Units(f, all, all, false, false).Quoted;
            var articleLength = new int[f.Articles.Length];
            for (int i = 0; i < n; i++) articleLength[f.ArticleOf[i]] = Math.Max(articleLength[f.ArticleOf[i]], f.Position[i] + 1);
            int articles = f.Articles.Length;
            var sb = new StringBuilder();
            var quotedWords = new int[n];
            bool open = false;
            for (int i = 0; i < n; i++)
            {
                if (i == 0 || f.ArticleOf[i] != f.ArticleOf[i - 1]) open = false;
                bool inWord = false;
                foreach (char ch in f.Texts[i])
                {
                    if (ch == '“') open = true;
                    else if (ch == '”') open = false;
                    else if (ch == '"') open = !open;
                    bool letter = char.IsLetterOrDigit(ch);
                    if (letter && !inWord && open) quotedWords[i]++;
                    inWord = letter;
                }
            }
            for (int i = 0; i < n; i++)
            {
                if (!SentenceRules.IsEligible(f.Sentences[i], f.Texts[i], 6, 60)) continue;
                var score = scorer.Score(scorer.PreparePeer([f.Texts[i]]), refs, cases[c].Id);
                double bigramMass = 0, shared = 0;
                int maxDf = 0;
                foreach (int b in f.Bigrams[i])
                {
                    int df = f.BigramDf[b];
                    maxDf = Math.Max(maxDf, df);
                    if (df >= 2) { shared++; bigramMass += Math.Sqrt(df); }
                }
                double wordMass = 0;
                int named = 0, digits = 0;
                foreach (int w in f.Unigrams[i])
                {
                    if (f.WordDf[w] >= 2) wordMass += Math.Sqrt(f.WordDf[w]);
                    if (f.Named[w]) named++;
                }
                foreach (char ch in f.Texts[i]) if (char.IsDigit(ch)) { digits++; break; }
                string t = f.Texts[i];
                bool said = t.Contains(" said", StringComparison.Ordinal) || t.Contains(" says", StringComparison.Ordinal);
                bool paragraphStart = i == 0 || f.ArticleOf[i - 1] != f.ArticleOf[i] || f.Sentences[i - 1].Paragraph != f.Sentences[i].Paragraph;
                int bigrams = Math.Max(1, f.Bigrams[i].Length);
                sb.Append(string.Create(ci, $"{c}\t{f.ArticleOf[i]}\t{articles}\t{f.Position[i]}\t{articleLength[f.ArticleOf[i]]}\t{f.Words[i]}\t{(quoted[i] ? 1 : 0)}\t{shared / bigrams:0.0000}\t{bigramMass / f.Words[i]:0.0000}\t{wordMass / f.Words[i]:0.0000}\t{(double)maxDf / articles:0.000}\t{(double)named / Math.Max(1, f.Unigrams[i].Length):0.000}\t{digits}\t{(said ? 1 : 0)}\t{(paragraphStart ? 1 : 0)}\t{(SentenceRules.OpensWithReference(t) ? 1 : 0)}\t{quotedWords[i]}\t{score.Rouge1.Precision:0.0000}\t{score.Rouge2.Precision:0.0000}\t{(chosen.Contains(f.Sentences[i]) ? 1 : 0)}\t{t.Replace('\t', ' ').Replace('\n', ' ')}\n"));
            }
            rows[c] = sb.ToString();
        });
        using var writer = new StreamWriter(args[1]);
        writer.Write("cluster\tarticle\tarticles\tpos\tarticle_len\twords\tquoted\tshared_frac\tbigram_mass\tword_mass\tmax_df\tnamed_frac\thas_digit\tsaid\tpar_start\topens_ref\tqwords\tp1\tp2\tchosen\ttext\n");
        foreach (var r in rows) writer.Write(r);
        return 0;
    }
}
