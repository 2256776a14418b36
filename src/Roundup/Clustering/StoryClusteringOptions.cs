namespace Roundup.Clustering;

/// <summary>Mode of story clustering.</summary>
public enum ClusteringMode
{
    /// <summary>The whole collection at once: global term statistics, a time-ordered pass, then refinement passes.</summary>
    Batch,

    /// <summary>Articles arrive in time order and join an active story or start a new one; stories go dormant after a time window.</summary>
    Incremental,
}

/// <summary>How batch mode groups the articles.</summary>
public enum BatchAlgorithm
{
    /// <summary>Average-linkage agglomeration over the similarity graph of the articles (see <see cref="StoryClusteringOptions.LinkageThreshold"/>).</summary>
    AverageLinkage,

    /// <summary>The incremental single-pass centroid engine in time order, then refinement and merge passes.</summary>
    Centroid,
}

/// <summary>How the single-pass engine (incremental mode, and batch mode's <see cref="BatchAlgorithm.Centroid"/>) compares an
/// article with a story.</summary>
public enum StoryMatch
{
    /// <summary>Cosine with the story's centroid. A loose story's centroid is short, so its cosine with an article is higher
    /// than the article's mean similarity with the members: broad stories keep growing.</summary>
    Centroid,

    /// <summary>Mean similarity with the story's members (the average linkage of one article with the story, as batch mode
    /// links): a loose story does not attract more than a tight one.</summary>
    MemberMean,
}

/// <summary>Settings of story clustering. Every default is documented; <see cref="Validate"/> checks ranges.</summary>
public sealed record StoryClusteringOptions
{
    /// <summary>The defaults (calibrated on the pooled Multi-News dev set, WikiRef220 and DUC 2006 at both levels).</summary>
    public static StoryClusteringOptions Default { get; } = new();

    /// <summary>Incremental mode (and batch mode's <see cref="BatchAlgorithm.Centroid"/>): how an article is compared with a
    /// story for <see cref="Threshold"/>. Default <see cref="StoryMatch.Centroid"/>.</summary>
    public StoryMatch Match { get; init; } = StoryMatch.Centroid;

    /// <summary>Event level, batch mode: two groups of articles form one event while the mean locally scaled similarity
    /// (see <see cref="EventScaling"/>) over their cross pairs published within <see cref="EventWindow"/> is at least this.
    /// Default 0.05.</summary>
    public double EventThreshold { get; init; } = 0.05;

    /// <summary>Event level, incremental mode: an article joins an active event when its mean similarity with the event's
    /// members (less <see cref="EventDayPenalty"/> for the days between them) is at least this. Default 0.22.</summary>
    public double EventJoinThreshold { get; init; } = 0.22;

    /// <summary>Event level: the similarity of two dated articles loses this much per day between their publication times
    /// (batch: the locally scaled pair similarity, before event linkage; incremental: an article's mean similarity with an
    /// event's members loses it per day between the article and the mean publication time of the event's dated members).
    /// Two developments of one running subject a day or two apart (the rescue attempts, then the crew's death) share most of
    /// their words; the days between them tell them apart. Undated articles lose nothing. 0 = off. Default 0.03.</summary>
    public double EventDayPenalty { get; init; } = 0.03;

    /// <summary>Event level, incremental mode: an article whose similarity with one member of an event is at least this joins
    /// the event even when its mean similarity with the members falls short of <see cref="EventJoinThreshold"/> (the event
    /// is scored at that best similarity less the difference between the two levels, when that beats the mean). A follow-up
    /// that repeats one report closely but shares less with the event's other articles (which batch linkage would bring in
    /// after the articles between them) is not left alone. Looked at only for an event whose mean falls short and is at
    /// least <see cref="EventPairFloor"/>; the day penalty (<see cref="EventDayPenalty"/>) applies after. 1 = off.
    /// Default 0.3 (batch mode does not use it).</summary>
    public double EventPairJoin { get; init; } = 0.3;

    /// <summary>Event level, incremental mode: an article that reaches no event's join level (<see cref="EventJoinThreshold"/>,
    /// <see cref="EventPairJoin"/>) still joins its best candidate event when that event holds at least
    /// <see cref="EventClearMinArticles"/> articles, the article's similarity with it (after the day penalty) is at least this,
    /// and no other candidate event reaches <see cref="EventClearMargin"/> of that similarity: the article has one clear
    /// neighbour. Batch mode's local scaling does the same for an article in a sparse neighbourhood (its pairs are held
    /// against its own neighbours' level, not one level for all): the third report of a small story, which shares less with
    /// the first two than they share with each other, but nothing with any other story. Batch mode replays the same join over
    /// whole events in time order, for events that follow a running event of their subject within <see cref="EventClearGap"/>
    /// (<see cref="GroupRefinement.ContinuedEvents"/>). 0 turns this off in both modes. Default 0.13.</summary>
    public double EventClearJoin { get; init; } = 0.13;

    /// <summary>Event level (<see cref="EventClearJoin"/>): no other candidate event may reach this fraction of the best one's
    /// similarity. Default 0.5.</summary>
    public double EventClearMargin { get; init; } = 0.5;

    /// <summary>Event level (<see cref="EventClearJoin"/>): the fewest articles the event must hold (a single article is no
    /// evidence of what its event is about). Default 2.</summary>
    public int EventClearMinArticles { get; init; } = 2;

    /// <summary>Event level, batch mode (<see cref="EventClearJoin"/>): an event continues an earlier event of its subject only
    /// when its first article follows that event's last by at most this (or overlaps it): the story is still being reported
    /// day after day. An event so continued may run past <see cref="EventSpan"/>, as an incremental event stays open while
    /// its reports keep coming. <see cref="TimeSpan.Zero"/> turns the batch join off. Default 1 day.</summary>
    public TimeSpan EventClearGap { get; init; } = TimeSpan.FromDays(1);

    /// <summary>Event level, incremental mode: when an event reaches 2, 4, 8, … articles, the candidate event it matches best
    /// (the mean similarity over all pairs across the two, less the day penalty between their mean times) hands over its article
    /// when that event holds one article, already in the same subject, the mean is at least this, no other candidate reaches
    /// <see cref="EventRelinkMargin"/> of it, and both events, when dated, lie within <see cref="EventRelinkSpan"/>: a report that
    /// matched its story's first article too weakly to join it, but matches the event once it holds two (what
    /// <see cref="EventClearJoin"/> would have done had the event held two articles when the report arrived). The report is
    /// moved (reported in <see cref="IncrementalStoryClusterer.Moved"/>) and its one-article event is left empty. 0 turns this
    /// off. Default 0.13, the clear join's level (batch mode does not use it).</summary>
    public double EventRelink { get; init; } = 0.13;

    /// <summary>Event level (<see cref="EventRelink"/>): no other candidate event may reach this fraction of the best one's
    /// mean. Default 0.5, the clear join's margin.</summary>
    public double EventRelinkMargin { get; init; } = 0.5;

    /// <summary>Event level (<see cref="EventRelink"/>): the longest time from the first to the last article of the two events
    /// together, when both are dated (a move of a report already told is held to one news cycle). Default 1 day.</summary>
    public TimeSpan EventRelinkSpan { get; init; } = TimeSpan.FromDays(1);

    /// <summary>The least mean similarity with an event at which <see cref="EventPairJoin"/> is looked at (this bounds the
    /// cost of comparing an article with each member of the candidate events).</summary>
    internal const double EventPairFloor = 0.1;

    /// <summary>Event level: neighbours in the local scaling of similarities (each pair's similarity minus the mean of the two
    /// articles' levels, an article's level being the mean of its k highest similarities; 0 = plain similarity). Default 10.</summary>
    public int EventScaling { get; init; } = 10;

    /// <summary>Event level: two dated articles more than this apart are never compared for an event (batch: their pair does
    /// not count; an event may still span longer, up to <see cref="EventSpan"/>); in incremental mode an event with no article
    /// for this long goes dormant. Default 3 days.</summary>
    public TimeSpan EventWindow { get; init; } = TimeSpan.FromDays(3);

    /// <summary>Event level, batch mode: the longest time an event may span from its first dated article to its last, however
    /// its coverage chains (never less than <see cref="EventWindow"/>: the longer of the two applies). Pairs are still compared
    /// only within <see cref="EventWindow"/>, so an event longer than the window is a chain of reports a few days apart (a
    /// rescue over a week: each day's reports close to the day before's), as an incremental event, which stays open while
    /// articles keep coming within the window, already is. Default 5 days.</summary>
    public TimeSpan EventSpan { get; init; } = TimeSpan.FromDays(5);

    /// <summary>The span batch mode allows an event: the longer of <see cref="EventSpan"/> and <see cref="EventWindow"/>.</summary>
    internal TimeSpan EventMaxSpan => EventSpan > EventWindow ? EventSpan : EventWindow;

    /// <summary>Subject level, incremental mode (and batch mode's <see cref="BatchAlgorithm.Centroid"/>): minimum similarity
    /// (cosine of TF-IDF vectors with the subject's centroid, blended with the dense source when one is given) for a new event's
    /// first article to join a subject. Default 0.13.</summary>
    public double Threshold { get; init; } = 0.13;

    /// <summary>Subject level: two dated articles further apart than this are never compared; in incremental mode a subject
    /// whose newest article is older than this (relative to the newest article seen) is dormant and takes no new articles,
    /// and an article is not put with a subject that starts more than this after it. Default 1,095 days, three years (a running
    /// subject lasts weeks, months or years: a governor's record on executions, an ocean-warming pattern, a war). Applies only
    /// where publication times are known.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(1095);

    /// <summary>For articles without a publication time: a story that has taken no article among the last this-many articles
    /// goes dormant. 0 (default) means undated stories never go dormant.</summary>
    public int DormantAfterArticles { get; init; }

    /// <summary>Terms kept in each article vector (highest TF-IDF first). Default 200.</summary>
    public int DocumentTerms { get; init; } = 200;

    /// <summary>Terms kept in each story centroid (pruned when it grows past twice this). Default 300.</summary>
    public int CentroidTerms { get; init; } = 300;

    /// <summary>Top centroid terms under which a story is found in the inverted index. Default 24.</summary>
    public int IndexTerms { get; init; } = 24;

    /// <summary>Top article terms looked up in the inverted index to find candidate stories. Default 16.</summary>
    public int QueryTerms { get; init; } = 16;

    /// <summary>Weight of an occurrence in the title. Default 3.</summary>
    public double TitleWeight { get; init; } = 3;

    /// <summary>Weight of an occurrence in the lead (first <see cref="LeadChars"/> characters of the text). Default 2.</summary>
    public double LeadWeight { get; init; } = 2;

    /// <summary>Characters of text that count as the lead. Default 500.</summary>
    public int LeadChars { get; init; } = 500;

    /// <summary>Extra factor for named-entity-like terms (capitalised words inside a sentence, acronyms). Default 1.5.</summary>
    public double EntityBoost { get; init; } = 1.5;

    /// <summary>Only the first this-many characters of each text are read. Default 12,000.</summary>
    public int MaxChars { get; init; } = 12_000;

    /// <summary>Batch mode: reassignment passes after the first pass. Default 2.</summary>
    public int RefineIterations { get; init; } = 2;

    /// <summary>Incremental mode: term statistics from the first few articles over-weight shared names, so the threshold
    /// starts this much higher and falls linearly to <see cref="Threshold"/> over the first <see cref="ColdStartArticles"/>
    /// articles. Default 0.1.</summary>
    public double ColdStartBoost { get; init; } = 0.1;

    /// <summary>Incremental mode: articles over which <see cref="ColdStartBoost"/> fades out. Default 10.</summary>
    public int ColdStartArticles { get; init; } = 10;

    /// <summary>Subject level, batch mode: after linkage, subjects whose centroids have at least this cosine are merged (1 = never); this joins groups of one broad subject whose articles share too few terms pairwise
    /// (passes repeated until nothing merges, each group in at most one merge per pass, centroids recomputed between passes). Default 0.35.</summary>
    public double MergeThreshold { get; init; } = 0.35;

    /// <summary>Event level, batch mode, average linkage: after linkage, passes (until nothing moves, at most this many) in which
    /// each article moves to the event whose centroid it matches best, when that beats its own event's centroid without it and
    /// the event still spans at most <see cref="EventSpan"/> (or <see cref="EventWindow"/> when longer); an article alone stays alone. 0 turns this off. Default 5.</summary>
    public int EventRefinePasses { get; init; } = 5;

    /// <summary>Event level, batch mode, average linkage: after the subject refinement, an article that is an event on its own
    /// (but for its near-copies) joins the event of its own subject, of two articles or more, whose centroid it matches best,
    /// when that cosine is at least this, no other such event of the subject reaches <see cref="EventLoneMargin"/> of it, and
    /// the event still spans at most <see cref="EventSpan"/> (or <see cref="EventWindow"/> when longer). Pair linkage left the
    /// article out (its pairs fall short of the event threshold), but its subject holds one event it clearly belongs with.
    /// 0 turns this off. Default 0.2.</summary>
    public double EventLoneJoin { get; init; } = 0.2;

    /// <summary>Event level, batch mode: the share of the best centroid cosine that no other event of the subject may reach for
    /// a lone article to join the best (<see cref="EventLoneJoin"/>; 1 = no margin). Default 0.3.</summary>
    public double EventLoneMargin { get; init; } = 0.3;

    /// <summary>Subject level, batch mode, average linkage: after linkage and centroid merges, passes (until nothing moves, at
    /// most this many) in which each event of a subject holding several events moves, whole, to the subject whose centroid it
    /// matches best, when that beats its own subject's centroid without it; an event that is a subject on its own joins the
    /// best subject at a cosine of at least <see cref="SubjectRefineJoin"/> (<see cref="SubjectRefineJoinSingle"/> when the event
    /// is one article). 0 turns this off. Default 5.</summary>
    public int SubjectRefinePasses { get; init; } = 5;

    /// <summary>Subject level: the cosine between an event that is a subject on its own and another subject's centroid at which
    /// the event joins that subject (1 = never). Batch mode: in the refinement passes (<see cref="SubjectRefinePasses"/>);
    /// incremental mode: each time an article joins an event whose subject holds only that event, the event is compared
    /// whole with the other active subjects. Default 0.25.</summary>
    public double SubjectRefineJoin { get; init; } = 0.25;

    /// <summary>Subject level, incremental mode: each time a subject reaches 2, 4, 8, … articles, its centroid is compared with
    /// the other active subjects' and it merges into the closest one at a centroid cosine of at least this (1 = never): the
    /// single-pass engine's counterpart of batch mode's centroid merges (<see cref="MergeThreshold"/>). A subject started by
    /// a first article that matched no subject closely enough can meet its subject again once it has grown. Higher than
    /// batch's level: a single-pass subject's centroid gathers whatever joined it at <see cref="Threshold"/>, so a lower level
    /// chains broad subjects together. Default 0.45.</summary>
    public double IncrementalMergeThreshold { get; init; } = 0.45;

    /// <summary>Subject level, incremental mode: when a new event's first article is compared with the active subjects, its
    /// cosine with a subject's centroid loses this much per day between it and the mean publication time of the subject's
    /// dated members (undated: nothing) before it is held against <see cref="Threshold"/>. A subject whose articles are
    /// mostly years away from the article must match it more closely: a long-running subject's centroid gathers the general
    /// words of its field (a country, an institution), and a new development of the same field years later matches it
    /// without being the same subject. 0 turns this off. Default 0.00005 (0.018 a year).</summary>
    public double SubjectDayPenalty { get; init; } = 0.00005;

    /// <summary>Subject level, both modes: a subject whose events fall into two groups with a clear cut is split in two
    /// (<see cref="SubjectSplit"/>). Its events are bisected (2-means over the events' summed vectors), and the cut is made when
    /// the mean similarity of the pairs across it is below this fraction of the lower of the two halves' mean inner-pair
    /// similarities. Batch mode: once, after linkage and centroid merges, before the refinement passes; incremental mode:
    /// each time a subject reaches 8, 16, 32, … articles, and between (<see cref="IncrementalSplitSteps"/>). A broad subject's
    /// halves are about as close to each other as their own articles are, so it stays whole; two neighbouring topics that
    /// average linkage joined through their shared general words (a country, a field) are not. 0 turns this off. Default 0.55.</summary>
    public double SubjectSplitRatio { get; init; } = 0.55;

    /// <summary>Subject level (<see cref="SubjectSplitRatio"/>): the fewest articles each half of a split must hold. Default 4.</summary>
    public int SubjectSplitMinArticles { get; init; } = 4;

    /// <summary>Subject level, incremental mode (<see cref="SubjectSplitRatio"/>): how many times per doubling of its articles a
    /// subject is looked at for a split. 1: when it reaches 8, 16, 32, … articles (with the default
    /// <see cref="SubjectSplitMinArticles"/>: twice that minimum or more, at powers of two); 2: also halfway in between, at 12,
    /// 24, 48, …; 3: at 8, 10, 12, 14, 16, 20, 24, 28, 32, … (the sizes c·2^k with c from 4 to 7); 4: c from 8 to 15. A
    /// subject that took a neighbouring topic's first article through shared general words grows with both topics; checked
    /// only at powers of two, a subject that has just passed 32 articles is not looked at again before 64, and the cut
    /// between the two topics can show in between (the Kursk sinking with the Chechen war, 50 articles). Each check bisects
    /// the subject's events once, so the cost per article stays bounded (amortised). Default 2.</summary>
    public int IncrementalSplitSteps { get; init; } = 2;

    /// <summary>Event level, incremental mode: each time an event reaches 4, 8, 16, … articles, its articles are bisected
    /// (2-means over their vectors, as <see cref="SubjectSplitRatio"/> bisects a subject's events), and the half without the
    /// event's first article becomes an event of its own when the mean similarity of the article pairs across the cut is
    /// below this fraction of the lower of the two halves' mean inner-pair similarities, each half holding at least
    /// <see cref="EventSplitMinArticles"/> articles, and the two halves share none of their most salient names
    /// (<see cref="EventSplitNames"/>). An article joins on its mean similarity with the event's members, so an event that took a first article of a neighbouring happening (a second
    /// inquiry of the same president) draws that happening's later reports too; once both have several articles, the cut
    /// between them shows. Batch mode's average linkage on locally scaled pairs keeps such happenings apart in the first place.
    /// Earlier articles that move are reported (<see cref="IncrementalStoryClusterer.Moved"/>). 0 turns this off. Default 0.65.</summary>
    public double EventSplitRatio { get; init; } = 0.65;

    /// <summary>Event level (<see cref="EventSplitRatio"/>): the fewest articles each half of a split must hold. Default 2.</summary>
    public int EventSplitMinArticles { get; init; } = 2;

    /// <summary>Event level (<see cref="EventSplitRatio"/>): how many of each half's most salient names (the name-like terms with
    /// the most weight summed over its articles) are compared; an event whose halves share one of them is not split, however
    /// far apart their words are: the same people or place first in both is one happening told in two ways (a rescue's
    /// technical reports and its families' reactions). 0 compares none. Default 2.</summary>
    public int EventSplitNames { get; init; } = 2;

    /// <summary>Event level, batch mode: before average linkage merges two groups into one event on a weak link (mean event
    /// similarity below <see cref="EventLinkNamesBelow"/>), each holding a dated article, their this many most salient names
    /// (the name-like terms with the most weight summed over each group's articles) are compared, and the merge is refused
    /// when they share none. Distinct happenings of one running subject a few days apart (infected birds found in one city,
    /// then a state's findings elsewhere) share the subject's words, and the days between them are too few for the day
    /// penalty; who and where tell them apart. Undated articles are not gated (pooled web pages of one event lead on
    /// different names: Multi-News lost 0.005–0.046 with the gate on them). 0 turns this off. Default 3.</summary>
    public int EventLinkNames { get; init; } = 3;

    /// <summary>Event level (<see cref="EventLinkNames"/>): links whose mean (locally scaled, day-penalised) event similarity
    /// reaches this are not gated: a strong link is one happening whatever names each report leads on. Default 0.2.</summary>
    public double EventLinkNamesBelow { get; init; } = 0.2;

    /// <summary>Event level, incremental mode: the counterpart of <see cref="EventLinkNames"/>. A dated article whose score with
    /// an event holding a dated article reaches the join level (<see cref="EventJoinThreshold"/>, its mean similarity with the
    /// members or the pair join's, less the day penalty) but stays below <see cref="EventJoinNamesBelow"/> does not join it when
    /// none of its this many most salient names (its heaviest name-like terms) occurs in the event's articles: the event never
    /// named the people or places the report leads on. The article joins its next best candidate (or, below the join level, its
    /// one clear candidate: the clear join is not gated) or starts an event of its own; the relink (<see cref="EventRelink"/>)
    /// does not take such a lone report in on a score below <see cref="EventJoinNamesBelow"/> either. Distinct happenings of one
    /// running subject a few days apart share the subject's words; who and where tell them apart. Undated articles are not
    /// gated. Comparing the article's names with the event's most salient names only (as batch compares two groups) lost
    /// recall on the old DUC topics: one report's leading names are a noisy sample of its event's. 0 turns this off. Default 3.</summary>
    public int EventJoinNames { get; init; } = 3;

    /// <summary>Event level, incremental mode (<see cref="EventJoinNames"/>): joins whose score reaches this are not gated: a
    /// strong join is one happening whatever names the report leads on. Default 0.3.</summary>
    public double EventJoinNamesBelow { get; init; } = 0.3;

    /// <summary>Subject level, batch mode (<see cref="SubjectRefinePasses"/>): as <see cref="SubjectRefineJoin"/>, for an event
    /// of one article, which is a subject on its own. One article's vector matches a centroid less closely than the centroid
    /// of several articles on the same thing does, so it joins at a lower cosine (1 = never). Default 0.15.</summary>
    public double SubjectRefineJoinSingle { get; init; } = 0.15;

    /// <summary>Subject level: the factor for name-like terms (see <see cref="EntityBoost"/>) in the vectors the subject level
    /// compares (<see cref="SubjectVectors"/>): a subject's articles name many people over weeks, and two subjects can share a
    /// prominent name, so names count for less there than in an event (the same actors within days). Equal to
    /// <see cref="EntityBoost"/>: both levels read one vector. Default 1.35.</summary>
    public double SubjectEntityBoost { get; init; } = 1.35;

    /// <summary>Whether near-duplicates are detected first (they join their original's story and set
    /// <see cref="Model.Article.DuplicateOf"/>). Default true.</summary>
    public bool DetectDuplicates { get; init; } = true;

    /// <summary>Near-duplicate settings.</summary>
    public NearDuplicateOptions Duplicates { get; init; } = NearDuplicateOptions.Default;

    /// <summary>Share of the similarity taken from the dense document-similarity source, when one is given. Default 0.5.</summary>
    public double DenseWeight { get; init; } = 0.5;

    /// <summary>Batch mode: the grouping algorithm. Default <see cref="BatchAlgorithm.AverageLinkage"/>.</summary>
    public BatchAlgorithm Algorithm { get; init; } = BatchAlgorithm.AverageLinkage;

    /// <summary>Subject level, batch mode, average linkage: two groups of events merge into one subject while the mean
    /// similarity over all their cross pairs is at least this. Default 0.1.</summary>
    public double LinkageThreshold { get; init; } = 0.1;

    /// <summary>Subject level, batch mode, average linkage: 0 (default) links on the plain similarity; k &gt; 0 links on the locally scaled
    /// similarity instead (hubness reduction as in CSLS): each pair's similarity minus the mean of the two articles'
    /// neighbourhood levels, an article's level being the mean of its k highest similarities. A pair among many articles on
    /// one running subject must stand out from that crowd to link; a pair in a sparse neighbourhood links at a lower raw
    /// similarity. Scaled similarities are smaller, so <see cref="LinkageThreshold"/> must come down with it (the event level
    /// always links this way: <see cref="EventScaling"/>).</summary>
    public int LocalScaling { get; init; }

    /// <summary>Subject level, batch mode: 0 (default) builds subjects by average linkage and centroid merges
    /// (<see cref="LinkageThreshold"/>, <see cref="MergeThreshold"/>); λ &gt; 0 builds them instead as communities of the
    /// k-nearest-neighbour graph of the subject vectors (<see cref="SubjectCommunityNeighbours"/>) under the constant Potts
    /// model: starting from the events, a group moves into the community where its summed link weight less λ × its size ×
    /// the community's size is highest (sizes in articles), so two groups end in one community when the density of the links
    /// between them (summed weight over the product of their sizes) exceeds λ, whatever the batch's size. Louvain local
    /// moving in time order, aggregation, then each community cut into its connected parts; the subject split and the
    /// refinement passes follow as after linkage. Not with <see cref="SubjectCommunityResolution"/>. Off by default: at the
    /// densities that gain on DUC 2006's topics, a day's pile of unrelated stories falls into genres
    /// (notes/16-clustering15-day-pile.md).</summary>
    public double SubjectCommunityDensity { get; init; }

    /// <summary>Subject level, batch mode: 0 (default) off; γ &gt; 0 builds subjects as modularity communities of the same graph
    /// as <see cref="SubjectCommunityDensity"/> instead (a group's chance term γ × its weighted degree × the community's / the
    /// total degree 2m, of the batch, or of the connected part of the graph with <see cref="SubjectCommunityPerComponent"/>).
    /// Kept for comparison: its merge level depends on the batch's size. Not with <see cref="SubjectCommunityDensity"/>.</summary>
    public double SubjectCommunityResolution { get; init; }

    /// <summary>With <see cref="SubjectCommunityResolution"/>: the total degree 2m is taken per connected part of the graph
    /// instead of over the whole batch. Default false.</summary>
    public bool SubjectCommunityPerComponent { get; init; }

    /// <summary>Subject communities: each article keeps its k most similar pairs of the subject level's pairs as edges of the
    /// graph (a pair is an edge when either end keeps it, or both with <see cref="SubjectCommunityMutual"/>). Default 20.</summary>
    public int SubjectCommunityNeighbours { get; init; } = 20;

    /// <summary>Subject communities: a pair is an edge only when both ends keep it among their nearest neighbours. Default false.</summary>
    public bool SubjectCommunityMutual { get; init; }

    /// <summary>Subject communities: pairs with a lower subject similarity are not edges. Default 0.</summary>
    public double SubjectCommunityFloor { get; init; }

    /// <summary>Subject communities: a pair with an undated article is an edge only at this subject similarity or more. Two
    /// dated articles have their dates as evidence of one running subject (the window bounds them); two pages without a date
    /// have only their words, and at the level that joins dated wire copy they join whole genres (crime news, science
    /// news) of a pile of web pages. Default 0.2.</summary>
    public double SubjectCommunityUndatedFloor { get; init; } = 0.2;

    /// <summary>Subject communities: an edge weighs its subject similarity raised to this power. Default 1.</summary>
    public double SubjectCommunityPower { get; init; } = 1;

    /// <summary>Subject communities: the centroid merges (<see cref="MergeThreshold"/>) still run after the communities, as
    /// they do after linkage. Default false (the communities replace linkage and merges).</summary>
    public bool SubjectCommunityMerges { get; init; }

    /// <summary>Subject communities, constant Potts: a group's size counts its events instead of its articles. Default false.</summary>
    public bool SubjectCommunityEventSize { get; init; }

    /// <summary>Subject communities, constant Potts (<see cref="SubjectCommunityDensity"/> &gt; 0), incremental mode: the stream's
    /// subjects are communities too (<c>StreamCommunities</c>): each counted article links to its
    /// <see cref="SubjectCommunityNeighbours"/> most similar earlier articles (subject vectors, within <see cref="Window"/>, found
    /// through the most recent postings of its top <see cref="IndexTerms"/> terms), then its event moves to the neighbouring
    /// community with the best gain w(v, C) − λ × s(v) × S(C), the events next to a moved one are looked at again (bounded),
    /// and its community merges with one its new edges reach when the density of the links between them exceeds λ. Events
    /// are unchanged. Default true (with λ = 0, the default, nothing changes); false keeps the subject engine's centroid
    /// joins in the stream while batch mode builds communities.</summary>
    public bool SubjectCommunityIncremental { get; init; } = true;

    /// <summary>With <see cref="SubjectCommunityIncremental"/>: a stream community whose size (articles) has doubled since it
    /// was last looked at (from 4 up to 1,024 articles) is partitioned again by batch mode's Louvain on its own subgraph (its
    /// articles and the edges between them, later articles' included), and splits when that finds several communities
    /// (Leiden's refinement, made as the community grows). Default true.</summary>
    public bool SubjectCommunityRefine { get; init; } = true;

    /// <summary>Batch mode, average linkage: up to this many articles every pair sharing a term is compared (quadratic, but
    /// a few seconds at this size); above it only pairs sharing a top term (<see cref="IndexTerms"/>). Default 5,000.</summary>
    public int AllPairsLimit { get; init; } = 5_000;

    /// <summary>An article with fewer words of story text than this (after cleaning, not counting paragraphs that open like
    /// a site or web-archive notice) stays a story of its own and is never taken as a near-duplicate. 0 turns this off.
    /// Default 12.</summary>
    public int MinWords { get; init; } = Cleaning.JunkDetector.DefaultMinWords;

    /// <summary>Number of keywords given to each story. Default 6.</summary>
    public int Keywords { get; init; } = 6;

    /// <summary>Throws <see cref="ArgumentException"/> with a user-facing message when a setting is out of range.</summary>
    public void Validate()
    {
        if (Threshold is <= 0 or >= 1 || double.IsNaN(Threshold)) throw new ArgumentException($"The clustering threshold must be between 0 and 1 (exclusive); got {Threshold}.");
        if (EventThreshold is <= 0 or >= 1 || double.IsNaN(EventThreshold) || EventJoinThreshold is <= 0 or >= 1 || double.IsNaN(EventJoinThreshold))
            throw new ArgumentException($"The event threshold must be between 0 and 1 (exclusive); got {EventThreshold} / {EventJoinThreshold}.");
        if (EventDayPenalty < 0 || double.IsNaN(EventDayPenalty)) throw new ArgumentException("EventDayPenalty must not be negative.");
        if (EventPairJoin is <= 0 or > 1 || double.IsNaN(EventPairJoin)) throw new ArgumentException("EventPairJoin must be in (0, 1].");
        if (EventClearJoin is < 0 or >= 1 || double.IsNaN(EventClearJoin) || EventClearMargin is < 0 or > 1 || double.IsNaN(EventClearMargin) || EventClearMinArticles < 1)
            throw new ArgumentException("EventClearJoin must be in [0, 1), EventClearMargin in [0, 1] and EventClearMinArticles at least 1.");
        if (EventRelink is < 0 or >= 1 || double.IsNaN(EventRelink) || EventRelinkMargin is < 0 or > 1 || double.IsNaN(EventRelinkMargin))
            throw new ArgumentException("EventRelink must be in [0, 1) and EventRelinkMargin in [0, 1].");
        if (EventLoneJoin is < 0 or >= 1 || double.IsNaN(EventLoneJoin) || EventLoneMargin is < 0 or > 1 || double.IsNaN(EventLoneMargin))
            throw new ArgumentException("EventLoneJoin must be in [0, 1) and EventLoneMargin in [0, 1].");
        if (EventRelinkSpan < TimeSpan.Zero) throw new ArgumentException("EventRelinkSpan must not be negative.");
        if (EventClearGap < TimeSpan.Zero) throw new ArgumentException("EventClearGap must not be negative.");
        if (EventWindow <= TimeSpan.Zero) throw new ArgumentException("The event window must be positive.");
        if (EventSpan <= TimeSpan.Zero) throw new ArgumentException("The event span must be positive.");
        if (EventScaling < 0) throw new ArgumentException("EventScaling must be 0 (off) or a positive number of neighbours.");
        if (Window <= TimeSpan.Zero) throw new ArgumentException("The dormancy window must be positive.");
        if (DormantAfterArticles < 0) throw new ArgumentException("DormantAfterArticles must be 0 or more.");
        if (DocumentTerms < 1 || CentroidTerms < 1 || IndexTerms < 1 || QueryTerms < 1) throw new ArgumentException("Term counts must be at least 1.");
        if (RefineIterations < 0) throw new ArgumentException("RefineIterations must be 0 or more.");
        if (ColdStartBoost < 0 || ColdStartArticles < 0) throw new ArgumentException("ColdStartBoost and ColdStartArticles must not be negative.");
        if (EventRefinePasses < 0 || SubjectRefinePasses < 0 || SubjectRefineJoin is <= 0 or > 1 || double.IsNaN(SubjectRefineJoin)
            || SubjectRefineJoinSingle is <= 0 or > 1 || double.IsNaN(SubjectRefineJoinSingle)) throw new ArgumentException("EventRefinePasses and SubjectRefinePasses must not be negative, and SubjectRefineJoin and SubjectRefineJoinSingle must be in (0, 1].");
        if (SubjectEntityBoost <= 0 || double.IsNaN(SubjectEntityBoost) || EntityBoost <= 0 || double.IsNaN(EntityBoost))
            throw new ArgumentException("EntityBoost and SubjectEntityBoost must be positive.");
        if (MergeThreshold is <= 0 or > 1) throw new ArgumentException("MergeThreshold must be in (0, 1].");
        if (IncrementalMergeThreshold is <= 0 or > 1 || double.IsNaN(IncrementalMergeThreshold)) throw new ArgumentException("IncrementalMergeThreshold must be in (0, 1].");
        if (SubjectSplitRatio is < 0 or > 1 || double.IsNaN(SubjectSplitRatio) || SubjectSplitMinArticles < 1)
            throw new ArgumentException("SubjectSplitRatio must be in [0, 1] and SubjectSplitMinArticles at least 1.");
        if (IncrementalSplitSteps is < 1 or > 4) throw new ArgumentException("IncrementalSplitSteps must be from 1 to 4.");
        if (EventSplitRatio is < 0 or > 1 || double.IsNaN(EventSplitRatio) || EventSplitMinArticles < 1 || EventSplitNames < 0)
            throw new ArgumentException("EventSplitRatio must be in [0, 1], EventSplitMinArticles at least 1 and EventSplitNames not negative.");
        if (EventLinkNames < 0 || double.IsNaN(EventLinkNamesBelow))
            throw new ArgumentException("EventLinkNames must not be negative and EventLinkNamesBelow must be a number.");
        if (EventJoinNames < 0 || double.IsNaN(EventJoinNamesBelow))
            throw new ArgumentException("EventJoinNames must not be negative and EventJoinNamesBelow must be a number.");
        if (SubjectDayPenalty < 0 || double.IsNaN(SubjectDayPenalty)) throw new ArgumentException("SubjectDayPenalty must not be negative.");
        if (DenseWeight is < 0 or > 1) throw new ArgumentException("DenseWeight must be between 0 and 1.");
        if (LinkageThreshold is <= 0 or >= 1 || double.IsNaN(LinkageThreshold)) throw new ArgumentException("LinkageThreshold must be between 0 and 1 (exclusive).");
        if (SubjectCommunityDensity < 0 || double.IsNaN(SubjectCommunityDensity) || SubjectCommunityResolution < 0 || double.IsNaN(SubjectCommunityResolution)
            || (SubjectCommunityDensity > 0 && SubjectCommunityResolution > 0))
            throw new ArgumentException("SubjectCommunityDensity and SubjectCommunityResolution must not be negative, and at most one of them may be on.");
        if (SubjectCommunityNeighbours < 1 || SubjectCommunityFloor is < 0 or >= 1 || double.IsNaN(SubjectCommunityFloor)
            || SubjectCommunityUndatedFloor is < 0 or >= 1 || double.IsNaN(SubjectCommunityUndatedFloor)
            || SubjectCommunityPower <= 0 || double.IsNaN(SubjectCommunityPower))
            throw new ArgumentException("SubjectCommunityNeighbours must be at least 1, SubjectCommunityFloor and SubjectCommunityUndatedFloor in [0, 1) and SubjectCommunityPower positive.");
        if (LocalScaling < 0) throw new ArgumentException("LocalScaling must be 0 (off) or a positive number of neighbours.");
        if (AllPairsLimit < 0 || MinWords < 0) throw new ArgumentException("AllPairsLimit and MinWords must not be negative.");
        if (MaxChars < 1 || LeadChars < 0) throw new ArgumentException("MaxChars must be positive and LeadChars not negative.");
        Duplicates.Validate();
    }
}
