using Roundup.Clustering;
using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Summarization;
using Roundup.Text;

namespace Roundup.Stories;

/// <summary>
/// Takes articles to stories: each article is cleaned, the articles are grouped into stories (near-copies marked),
/// and each story kept is summarized, every summary sentence with its sources, with its facts when the flow extracts
/// them. Each article is analysed once (sentences, and their terms with the spans they were read from): when every
/// story is summarized, before clustering, which reads that analysis, as summarizing does after it; when only some
/// stories are kept, clustering reads the words of articles nobody analysed with the same analyzer, and only the kept
/// stories are analysed. Built by <see cref="StoryFlowBuilder"/>; frozen, reusable and thread-safe. <see cref="Run"/>
/// takes a whole batch; <see cref="OpenStream"/> takes articles one at a time, as a service receives them.
/// </summary>
public sealed class StoryFlow
{
    private readonly RoundupPipeline _clean;
    private readonly RoundupPipeline _analyze;   // segment, terms: once per article, before clustering
    private readonly RoundupPipeline _summarize; // what the summarizing pipeline does after its terms stage
    private readonly RoundupPipeline _wide;      // the same with a wider budget (update summaries)
    private readonly int _minSources;
    private readonly int? _top;
    private readonly int _maxParallelism;

    internal StoryFlow(RoundupPipeline clean, RoundupPipeline summarize, ClusteringMode mode, StoryClusteringOptions clustering,
        SummaryOptions summary, bool facts, int minSources, int? top, int maxParallelism, string? language)
    {
        Language = language;
        var terms = Text.TermAnalyzer.ForLanguage(language);
        _clean = clean;
        _analyze = new RoundupPipelineBuilder().UseSegmentation().UseTerms(terms).Build();
        _summarize = AfterTerms(summarize);
        _wide = AfterTerms(new RoundupPipelineBuilder().UseSegmentation().UseTerms(terms)
            .UseSummarizer(summary with { Words = summary.Words * 3, Sentences = summary.Sentences is { } n ? n * 3 : null }).Build());
        Mode = mode;
        Clustering = clustering;
        Summary = summary;
        ExtractsFacts = facts;
        _minSources = minSources;
        _top = top;
        _maxParallelism = maxParallelism;
    }

    /// <summary>How <see cref="Run"/> clusters (a stream opened with <see cref="OpenStream"/> is always incremental).</summary>
    public ClusteringMode Mode { get; }

    /// <summary>The clustering options.</summary>
    public StoryClusteringOptions Clustering { get; }

    /// <summary>The summary options.</summary>
    public SummaryOptions Summary { get; }

    /// <summary>Whether each story's facts are extracted.</summary>
    public bool ExtractsFacts { get; }

    /// <summary>The language every article is treated as (see <see cref="StoryFlowBuilder.UseLanguage"/>), or null: each article's own.</summary>
    public string? Language { get; }

    /// <summary>Sets <paramref name="article"/>'s language to the flow's, when the flow has one.</summary>
    internal void Adopt(Article article)
    {
        if (Language is not null) article.Language = Language;
    }

    /// <summary>Cleans one article in place (boilerplate removed and kept with its reason, dateline read).</summary>
    public Article Clean(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        Adopt(article);
        _clean.Run(new Cluster(article.Id, [article]));
        return article;
    }

    /// <summary>
    /// Summarizes one story in place (and extracts its facts when configured); its articles must be cleaned. Articles
    /// analysed already (by <see cref="Run"/>, or copies of such articles) are not analysed again.
    /// </summary>
    public Cluster Summarize(Cluster story, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(story);
        foreach (var a in story.Articles) Analyze(a, cancellationToken);
        return _summarize.Run(story, cancellationToken);
    }

    /// <summary>
    /// Analyses one cleaned article in place unless the <c>terms</c> stage has done so (<see cref="TermStage.HasAnalysed"/>):
    /// its sentences, and their terms with their spans and tokens, which clustering and summarizing both read.
    /// </summary>
    internal void Analyze(Article article, CancellationToken cancellationToken = default)
    {
        if (TermStage.HasAnalysed(article)) return;
        int index = article.Index; // a cluster numbers its articles: keep the number the article has in its story
        _analyze.Run(new Cluster(article.Id, [article]), cancellationToken);
        article.Index = index;
    }

    /// <summary>The stages of a summarizing pipeline after its <c>terms</c> stage (the analysis is done once, by <see cref="Analyze"/>).</summary>
    private static RoundupPipeline AfterTerms(RoundupPipeline pipeline)
    {
        var stages = pipeline.Stages;
        int terms = stages.Count - 1;
        while (terms >= 0 && stages[terms] is not TermStage) terms--;
        if (terms < 0) throw new InvalidOperationException("A story flow's summarizing pipeline analyses terms.");
        return new RoundupPipeline([.. stages.Skip(terms + 1)]);
    }

    /// <summary>
    /// Cleans <paramref name="articles"/> (in place), groups them into stories, keeps those with enough sources (biggest
    /// first, at most the configured number) and summarizes each.
    /// </summary>
    public StoryFlowResult Run(IReadOnlyList<Article> articles, IProgress<StoryFlowProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _maxParallelism > 0 ? _maxParallelism : -1, CancellationToken = cancellationToken };
        int done = 0;
        // When every story is summarized, every article is analysed anyway: do it now, and clustering reads the analysis.
        // When only some are kept, analysing the rest would cost time and memory (about 31 KB an article on Multi-News) for
        // nothing: clustering then reads their words with the same analyzer on the spot.
        bool analyseFirst = _minSources <= 1 && _top is null;
        Parallel.ForEach(articles, parallel, a =>
        {
            Clean(a);
            if (analyseFirst) Analyze(a, cancellationToken);
            int d = Interlocked.Increment(ref done);
            if ((d & 63) == 0) progress?.Report(new(StoryFlowStep.Clean, d, articles.Count));
        });
        progress?.Report(new(StoryFlowStep.Clean, articles.Count, articles.Count));
        var clusterProgress = progress is null ? null : new SyncProgress(k => progress.Report(new(StoryFlowStep.Cluster, k, articles.Count)));
        var clustering = StoryClusterer.Cluster(articles, Mode, Clustering, progress: clusterProgress);
        progress?.Report(new(StoryFlowStep.Cluster, articles.Count, articles.Count));
        var kept = clustering.Stories.Where(s => s.Articles.Count(a => a.DuplicateOf is null) >= _minSources).Take(_top ?? int.MaxValue).ToList();
        done = 0;
        Parallel.ForEach(kept, parallel, s =>
        {
            Summarize(s, cancellationToken);
            progress?.Report(new(StoryFlowStep.Summarize, Interlocked.Increment(ref done), kept.Count));
        });
        return new StoryFlowResult(kept, clustering);
    }

    /// <summary>
    /// Summarizes a story made of <paramref name="articles"/> (already cleaned; they are copied, never changed) and labels
    /// it. Returns a new <see cref="Cluster"/> with id <paramref name="id"/> whose articles are the copies.
    /// </summary>
    public Cluster SummarizeStory(string id, IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var story = new Cluster(id, articles.Select(Copy));
        Summarize(story, cancellationToken);
        story.Label = StoryBuilder.Label(story.Articles.Where(a => a.DuplicateOf is null).DefaultIfEmpty(story.Articles[0]));
        return story;
    }

    /// <summary>
    /// An update summary (the DUC/TAC "update" task): what <paramref name="later"/> articles of a story report that the
    /// <paramref name="earlier"/> ones did not. The later articles are summarized with a wider budget, then only sentences
    /// whose share of new term pairs (<see cref="StoryUpdates.Novelty"/>) reaches <paramref name="minNovelty"/> are kept,
    /// in the summarizer's order, up to the word budget. Articles are copied, never changed; the summary's sentences
    /// point into the copies, whose text is the same as the originals'.
    /// </summary>
    public Cluster SummarizeUpdate(string id, IReadOnlyList<Article> earlier, IReadOnlyList<Article> later, double minNovelty = 0.5, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        if (minNovelty is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(minNovelty), minNovelty, "Novelty is a share between 0 and 1.");
        var update = new Cluster(id, later.Select(Copy));
        if (update.Articles.Count == 0) { update.Summary = new Model.Summary(Summary.Algorithm, []); return update; }
        var before = new Cluster(id + "-before", earlier.Select(Copy));
        foreach (var a in before.Articles) Analyze(a, cancellationToken);
        var known = StoryUpdates.KnownPairs(before.Articles);
        foreach (var a in update.Articles) Analyze(a, cancellationToken);
        _wide.Run(update, cancellationToken);
        var kept = new List<Model.SummarySentence>();
        int words = 0, budget = Summary.Words;
        foreach (var s in update.Summary?.Sentences ?? [])
        {
            if (StoryUpdates.Novelty(s.Sentence, known) < minNovelty) continue;
            int w = Sentence.CountWords(s.Text);
            if (kept.Count > 0 && words + w > budget) break;
            kept.Add(s);
            words += w;
        }
        update.Summary = new Model.Summary(update.Summary?.Algorithm ?? Summary.Algorithm, kept);
        update.Label = StoryBuilder.Label(update.Articles);
        return update;
    }

    /// <summary>
    /// A copy of a cleaned article: metadata, clean text and removed lines, and its analysis when it has one in the
    /// language the copy is read in (sentences with their terms, spans and tokens, shared with the original's: they are
    /// read, never changed), so the copy is not analysed again. Later annotations (quotes, summaries) are not copied.
    /// </summary>
    private Article Copy(Article a)
    {
        var c = new Article(a.Id, a.RawText)
        {
            Text = a.Text, Title = a.Title, Source = a.Source, Url = a.Url, Byline = a.Byline, Published = a.Published,
            PublishedOrigin = a.PublishedOrigin, Language = Language ?? a.Language, Origin = a.Origin, Index = a.Index, DuplicateOf = a.DuplicateOf,
        };
        c.Removed.AddRange(a.Removed);
        if (c.Language == a.Language && TermStage.HasAnalysed(a))
            foreach (var s in a.Sentences)
                c.Sentences.Add(new Sentence(c, s.Index, s.Span, s.Paragraph)
                {
                    IsHeadline = s.IsHeadline, Terms = s.Terms, TermSpans = s.TermSpans, Tokens = s.Tokens, BoilerplateVerdict = s.BoilerplateVerdict,
                });
        return c;
    }

    /// <summary>Opens a stream: articles arrive one at a time (in time order), each joins a story at once, and any story can be summarized whenever it is wanted.</summary>
    public StoryStream OpenStream() => new(this);

    /// <summary>Reports synchronously (<see cref="Progress{T}"/> posts to the thread pool, which would reorder reports).</summary>
    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
