using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Roundup.Model;

namespace Roundup.Summarization;

/// <summary>
/// The default summarizer: budgeted maximum coverage of salient concepts. A concept is a stemmed bigram; its
/// weight grows with the number of independent articles that contain it (a little over the square root: what several outlets report
/// is what matters, as in the ICSI concept-coverage summarizer), plus a small weight for content words. Sentences
/// are chosen greedily by the weight of concepts they add that are not yet covered, times a lead-position prior and
/// a bonus for quoting a source, divided by their length (cost-scaled greedy, after Lin and Bilmes), so no concept
/// is paid for twice and a second outlet repeating a fact adds nothing. Sentences are compressed first, and
/// readability rules keep out headlines, fragments, questions and sentences that lean on an unchosen previous
/// sentence (an opening pronoun, a quotation attributed to "she said").
/// </summary>
public sealed class CoverageSummarizer : ISummarizer
{
    private static readonly ISentenceSimilarity Lexical = new LexicalSimilarity();

    /// <summary>Creates it with <paramref name="options"/> (tuned defaults when null).</summary>
    public CoverageSummarizer(CoverageOptions? options = null)
    {
        Options = options ?? new CoverageOptions();
        Options.Validate();
    }

    /// <summary>The settings in use.</summary>
    public CoverageOptions Options { get; }

    /// <inheritdoc />
    public string Name => "coverage";

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Summary Summarize(Cluster cluster, SummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(options);
        var o = Options.ForCluster(cluster.Articles.Count);
        bool large = Options.IsLarge(cluster.Articles.Count);
        var f = ClusterFeatures.Build(cluster, o.Compress ? s => SentenceRules.Compress(s.Text) : null);
        var similarity = o.Similarity ?? Lexical;
        var scope = o.Similarity is null ? LexicalSimilarity.For(f) : o.Similarity.Prepare(f.Sentences);
        int n = f.Sentences.Length;
        if (o.Readability && o.GlueSpeakers && o.NameSpeakers)
            NameSpeakers(f);

        var (eligible, member, fallback) = Candidates(f, o);
        // A short summary tells one story (see CoverageOptions.AnchorWeight) and is stricter about what reads alone:
        // a sentence with "he" or "they" before any name comes only with the sentence before it.
        bool story = o.Anchors(options) && o.Readability && !fallback;
        // A short story is told in the third person: a writer's own "I" or "we" outside quotation marks would read
        // as the summary's voice, or as nobody's, and a "you" that talks to the reader (a guide, a column, an
        // interviewer's question) as the summary talking. A column's other lines are its writer's view.
        bool[]? firstPerson = null;
        if (story && o.ThirdPerson)
        {
            firstPerson = new bool[n];
            // A sentence a quotation runs on into starts with the speaker's words, not the writer's.
            var inside = f.Quotes.StartsInside;
            for (int i = 0; i < n; i++)
                if (member[i] && (SentenceRules.FirstPersonNarration(f.Texts[i], inside[i]) || (!inside[i] && (SentenceRules.SecondPersonNarration(f.Texts[i]) || SentenceRules.OpensAsColumn(f.Texts[i]))))) firstPerson[i] = true;
            // A story told mostly in the first person (a blog post, a column, a family's statement) keeps its voice
            // rather than say next to nothing: the writer's "we" stays when what is told in the third person would
            // not fill half the budget.
            int otherWords = 0;
            for (int i = 0; i < n; i++)
                if (member[i] && eligible[i] && !firstPerson[i]) otherWords += f.Words[i];
            int budgetWords = options.Sentences is null ? options.Words : 0;
            if (otherWords * 2 >= budgetWords && otherWords > 0)
            {
                for (int i = 0; i < n; i++) eligible[i] &= !firstPerson[i];
                LeaveOutColumns(f, firstPerson, eligible, budgetWords);
            }
            else
                firstPerson = null;
        }
        var (units, glued, quoted) = Units(f, eligible, member, o.Readability && !fallback, o.GlueSpeakers, story);
        // Nor does one come along inside a unit (a sentence glued to the one before it).
        if (firstPerson is not null)
            units.RemoveAll(unit => Array.IndexOf(firstPerson, true, unit.Start, unit.Count) >= 0);
        // It says what happened before what was said about it: no quotation bonus.
        if (story) o = o with { QuoteWeight = 0 };
        var position = StoryPositions(f, member);
        var (bigramWeight, wordWeight) = ConceptWeights(f, o);
        int unitCount = units.Count;
        var extraWords = WirePlaces.ExtraWords(f); // what the assembler's rewrites add, counted before choosing
        var unitWords = new int[unitCount];
        var unitValue = new double[unitCount]; // prior / cost: the greedy's multiplier of a unit's gain
        for (int u = 0; u < unitCount; u++)
        {
            var (start, count) = units[u];
            for (int i = start; i < start + count; i++) unitWords[u] += f.Words[i] + extraWords[i];
            double prior = Prior(o, position[start]);
            for (int i = start; i < start + count; i++)
                if (quoted[i]) { prior *= 1 + o.QuoteWeight; break; }
            unitValue[u] = prior / Math.Pow(Math.Max(1, unitWords[u]), o.LengthExponent);
        }
        var vectors = story ? ArticleVectors(f) : null;
        var centrality = story ? Power(Closeness(vectors!, -1, BriefWeights(f, o.AnchorBriefWords)), o.AnchorCentrality) : null;
        double anchorScore = 0;
        int anchor = story ? Anchor(f, units, glued, position, bigramWeight, wordWeight, unitWords, options, centrality!, out anchorScore) : -1;
        // A large topic's short summary opens on the event its reports return to most, when one is clearly the largest
        // (see CoverageOptions.MainEventSources), and its best lead scores at least MainEventLeadShare of the best.
        // The articles' dates and the best lead among the articles that could form such an event come first: a topic
        // where neither allows a change is not clustered.
        // Without one, and when the anchor's event is a single report, it opens on the event the later reports clearly
        // return to most (see CoverageOptions.MainEventReturns): two reports within EventMaxSpan whose names later reports carry.
        if (anchor >= 0 && large && (Options.MainEventSources > 0 || Options.MainEventReturns > 0))
        {
            int anchorArticle = f.ArticleOf[units[anchor].Start];
            bool Possible(bool[]? candidates) => candidates is not null
                && Anchor(f, units, glued, position, bigramWeight, wordWeight, unitWords, options, centrality!, out double candidateScore, candidates) >= 0
                && candidateScore >= Options.MainEventLeadShare * anchorScore;
            int bySize = Options.MainEventSources > 0 && Possible(MainEvent.Candidates(f, anchorArticle, Options.MainEventSources)) ? Options.MainEventSources : 0;
            int byReturns = Options.MainEventReturns > 0 && Possible(MainEvent.ReturnCandidates(f, anchorArticle, Options.MainEventReturns, Options.MainEventReturnMargin)) ? Options.MainEventReturns : 0;
            if ((bySize > 0 || byReturns > 0)
                && MainEvent.Articles(f, anchorArticle, bySize, Options.MainEventMargin, byReturns, Options.MainEventReturnMargin) is { } main
                && Anchor(f, units, glued, position, bigramWeight, wordWeight, unitWords, options, centrality!, out double eventScore, main) is int eventAnchor and >= 0
                && eventScore >= Options.MainEventLeadShare * anchorScore)
                anchor = eventAnchor;
        }
        // A small cluster's short summary opens on the story most of its text tells, not the lead of a report of another
        // episode beside it (see CoverageOptions.MainStoryCloseness).
        if (anchor >= 0 && !large && Options.MainStoryCloseness > 0 && f.Articles.Length > 1
            && MainStoryLead(f, units, glued, position, bigramWeight, wordWeight, unitWords, options, centrality!, vectors!, anchor, anchorScore, Options.MainStoryCloseness, Options.MainEventLeadShare) is int storyLead and >= 0)
            anchor = storyLead;
        (int Start, int Count) deck = (-1, 0);
        // A deck its article's body restates gives way to the body's first sentence (see CoverageOptions.DeckRestated).
        if (anchor >= 0 && o.DeckRestated > 0 && RestatedDeck(f, units, glued, position, member, wordWeight, anchor, o.DeckRestated) is int body and >= 0
            && CanLead(f, units, glued, unitWords, options, body))
        {
            deck = units[anchor];
            anchor = body;
        }
        double[]? closeness = null; // each article's closeness to the anchor's
        double[]? episode = null; // without an anchor, each article's closeness to the story's article (see CoverageOptions.LeadlessEpisode)
        if (anchor >= 0)
        {
            // It opens the summary with its dateline place (see SummaryAssembler), which the budget must hold.
            if (WirePlaces.OpeningDateline(f.Sentences[units[anchor].Start]) is { } dateline)
            {
                int extra = Sentence.CountWords(dateline);
                if (options.Sentences is not null || unitWords[anchor] + extra <= options.Words)
                {
                    extraWords[units[anchor].Start] += extra;
                    unitWords[anchor] += extra;
                }
            }
            closeness = Closeness(vectors!, f.ArticleOf[units[anchor].Start]);
            for (int u = 0; u < unitCount; u++)
            {
                double r = closeness[f.ArticleOf[units[u].Start]];
                unitValue[u] *= 1 + o.AnchorWeight * r * r;
            }
        }
        // Without a lead it still keeps to one report's episode: the article with most of what it may take stands in for
        // the anchor's in the episode test (see CoverageOptions.LeadlessEpisode).
        else if (story && o.LeadlessEpisode && f.Articles.Length > 1 && StoryArticle(f, units) is int storyArticle and >= 0)
            episode = Closeness(vectors!, storyArticle);
        // It gives the figure most reports give (the toll, the number trapped) when its lead does not (see HeadlineFigures).
        var figure = anchor >= 0 && o.HeadlineFigure > 0 ? HeadlineFigures.Boost(f, units, anchor, unitValue, 1 + o.HeadlineFigure) : null;
        // It says what the story's study found, or the record its figure sets, when several reports do and its lead does not (see Findings).
        var finding = anchor >= 0 && o.FindingWeight > 0 ? Findings.Boost(f, units, anchor, unitValue, 1 + o.FindingWeight) : null;
        // It says the step another report has taken when its lead still denies it (see SettledSteps).
        var settled = anchor >= 0 && o.SettledStep > 0 ? SettledSteps.Boost(f, units, anchor, position, unitValue, 1 + o.SettledStep) : null;

        var chosen = new List<int>();
        var scores = new List<double>();
        var taken = new bool[n];
        var blocked = new bool[n];
        for (int i = deck.Start; i >= 0 && i < deck.Start + deck.Count; i++) blocked[i] = true;
        // Units set aside until the summary takes another: what they lean on (a person's introduction, the noun of
        // "The province") may come with a later choice. A unit waits while the summary holds as many sentences as when
        // it was set aside.
        var setAsideAt = new int[unitCount];
        Array.Fill(setAsideAt, -1);
        int words = 0;
        double threshold = similarity.SameContentThreshold;
        double redundancy = o.RedundancyThreshold ?? threshold;
        // Concepts already counted for the unit being scored, so a concept two members share counts once.
        var bigramStamp = new int[bigramWeight.Length];
        var wordStamp = new int[wordWeight.Length];
        int stamp = 0;
        // Lazy greedy (Minoux): a unit's gain only shrinks as concepts get covered, so its last computed score
        // bounds its current one; only the unit with the highest bound is rescored, until a fresh score is on top.
        var bound = new double[unitCount];
        Array.Fill(bound, double.PositiveInfinity);
        var scoredIn = new int[unitCount];
        int round = 0;
        int follows = 0, chained = anchor; // the anchor's lead paragraph: sentences boosted so far, and the last one (see CoverageOptions.AnchorFollow)
        double storyBar = 0;
        int leadNext = anchor >= 0 ? FollowingUnit(f, units, anchor) : -1; // the anchor article's next unit: the summary's second sentence
        var said = new bool[f.WordDf.Length]; // the content words of the chosen sentences (see CoverageOptions.StoryCohesion)
        bool describePeople = anchor < 0 && o.Readability && !fallback && o.DescribeLatePeople; // see CoverageOptions.DescribeLatePeople
        bool describeLate = describePeople && options.Sentences is null; // at selection, where the words left are known
        bool fitted = false; // whether the anchor's report was offered in its shorter forms (see FitAnchorTails)
        while (!Budget.IsSpent(options, chosen.Count, words))
        {
            round++;
            int best = -1;
            double bestScore = 0;
            if (round == 1 && anchor >= 0) { best = anchor; bestScore = double.MaxValue; }
            // A short summary that holds most of its words offers them before it takes a closing filler that fits.
            else if (round > 2 && words >= options.Words * LateShare && options.Words <= o.FitEarlyWords) TryFit();
            while (best < 0)
            {
                int top = -1;
                double topBound = 0;
                for (int u = 0; u < unitCount; u++)
                {
                    if (bound[u] <= topBound) continue;
                    var (start, count) = units[u];
                    if (glued[start] && !taken[start - 1]) continue; // leans on (or continues) a sentence not chosen
                    if (options.Sentences is { } limit ? chosen.Count + count > limit : words + unitWords[u] > options.Words) continue;
                    if (setAsideAt[u] == chosen.Count) continue;
                    bool usable = true;
                    for (int i = start; i < start + count; i++) usable &= !blocked[i] && !taken[i];
                    if (!usable) continue;
                    top = u;
                    topBound = bound[u];
                }
                if (top < 0) break;
                if (scoredIn[top] == round) { best = top; bestScore = topBound; break; }
                var (first0, count0) = units[top];
                stamp++;
                double gain = 0;
                for (int i = first0; i < first0 + count0; i++)
                {
                    foreach (int b in f.Bigrams[i])
                        if (bigramStamp[b] != stamp) { bigramStamp[b] = stamp; gain += bigramWeight[b]; }
                    foreach (int w in f.Unigrams[i])
                        if (wordStamp[w] != stamp) { wordStamp[w] = stamp; gain += wordWeight[w]; }
                }
                bound[top] = gain * unitValue[top];
                scoredIn[top] = round;
            }
            if (best < 0)
            {
                // The anchor's report goes on where a faithful shorter form of its next fact fits (see FitAnchorTails).
                if (TryFit()) continue;
                break;
            }
            // A short story takes no stray short line that adds little next to what its first free choice added
            // (compared on the concepts a unit adds, before its length, position and closeness weights): one that
            // happens to fit the last words would read as a non sequitur. A longer sentence still carries a fact.
            double added = bestScore / unitValue[best];
            if (story && round == 2) storyBar = added * StoryStop;
            // Nor a short line about something the summary has not mentioned.
            if (story && round > 2 && unitWords[best] < StoryShortUnit
                && (added < storyBar || (o.StoryCohesion > 0 && !ContinuesChosen(units[best]) && SharedWords(f, units[best], said) < o.StoryCohesion)))
            {
                Block(units[best]);
                continue;
            }
            // Nor, of any length, a closing filler (taken once the summary holds most of its words) that adds little and
            // shares almost nothing with the summary (see CoverageOptions.LateCohesion).
            if (story && round > 2 && options.Sentences is null && words >= options.Words * LateShare
                && StraysLate(f, units[best], added, storyBar, said, o.LateCohesion) && !FollowsChosen(units[best]))
            {
                Block(units[best]);
                continue;
            }
            // Nor a line from a report of another episode (see CoverageOptions.EpisodeCloseness).
            if ((closeness ?? episode) is { } near && best != anchor && near[f.ArticleOf[units[best].Start]] < o.EpisodeCloseness)
            {
                Block(units[best]);
                continue;
            }
            // Nor the same words quoted again ("… had made “extraordinary discoveries”" then "“Investigators have made
            // extraordinary discoveries,” said …").
            if (story && o.QuotedOnce && RepeatsChosenQuotation(f, units[best], chosen))
            {
                Block(units[best]);
                continue;
            }
            // Nor a count that another chosen sentence gives otherwise ("three people stabbed", then "two people … stabbed").
            if (story && o.ConsistentCounts && ConflictsWithChosen(f, units[best], chosen))
            {
                Block(units[best]);
                continue;
            }
            // Nor a sentence whose "the province" the summary has not named: it would point at another report's.
            if (story && best != anchor && o.DefiniteAntecedents && PointsPastSummary(f, units[best], glued, chosen))
            {
                Defer(best);
                continue;
            }
            // Nor one whose "the request" its own article brought in just before it while the summary never names it (see
            // CoverageOptions.RecentAntecedents).
            if (story && best != anchor && o.RecentAntecedents && LeansOnRecentMention(f, units[best], glued, chosen))
            {
                Defer(best);
                continue;
            }
            // Nor, after the anchor and the lead's next sentence (the summary's first two), one that brings in someone or
            // something the summary never introduced ("Elliott Norse said …", "… the tribunal's pending review …"; see
            // NameIntroductions.BringsInStranger). Where the cluster says who such a person is, the sentence says it too
            // (within the budget).
            if (story && (anchor >= 0 ? best != anchor && best != leadNext : chosen.Count >= 2) && o.IntroducedMentions && NameIntroductions.BringsInStranger(f, units[best], chosen))
            {
                int before = SentenceWords(units[best]);
                if (!NameIntroductions.IntroduceStrangers(f, units[best], chosen, options.Sentences is null ? options.Words - words - unitWords[best] : int.MaxValue))
                {
                    Defer(best);
                    continue;
                }
                unitWords[best] += SentenceWords(units[best]) - before; // the descriptions it now holds
            }
            // A long summary (no anchor) keeps its choice but says who a late person is where the cluster says it and the
            // words left allow it (CoverageOptions.DescribeLatePeople), before the next choice counts the words.
            else if (!story && describeLate && chosen.Count >= NameIntroductions.LatePersonSentence && options.Words - words - unitWords[best] > 0
                && NameIntroductions.BringsInStranger(f, units[best], chosen))
            {
                int before = SentenceWords(units[best]);
                if (NameIntroductions.IntroduceStrangers(f, units[best], chosen, options.Words - words - unitWords[best]))
                    unitWords[best] += SentenceWords(units[best]) - before;
            }
            // Nor, after the first two, one that says what a name is that the summary never named (see NameDefinitions).
            if (story && (anchor >= 0 ? best != anchor && best != leadNext : chosen.Count >= 2) && o.DefinedMentions && NameDefinitions.DefinesUnmentioned(f, units[best], chosen))
            {
                Defer(best);
                continue;
            }
            // Nor, after the first two, one that leans on an introduction the summary lacks: a name its article introduced
            // at more length before it, a quotation given to "he" when no person is named (see NameMentions).
            if (story && (anchor >= 0 ? best != anchor && best != leadNext : chosen.Count >= 2) && o.IntroducedNames && NameMentions.LeansOnMissingIntroduction(f, units[best], chosen))
            {
                Defer(best);
                continue;
            }
            figure?.Taken(best, unitValue);
            finding?.Taken(best, unitValue);
            settled?.Taken(best, unitValue);
            var (first, members) = units[best];
            for (int i = first; i < first + members; i++)
            {
                foreach (int w in f.Unigrams[i]) said[w] = true;
                taken[i] = true;
                chosen.Add(i);
                scores.Add(bestScore);
                words += f.Words[i] + extraWords[i];
                // A covered concept counts once: it adds nothing to the next sentence that holds it.
                foreach (int b in f.Bigrams[i]) bigramWeight[b] = 0;
                foreach (int w in f.Unigrams[i]) wordWeight[w] = 0;
            }
            // A sentence that says what a chosen one says is out, and so is every unit that holds it: a short line too
            // short to open a unit ("She was 86.") still comes along glued to the sentence before it, so it is
            // blocked as a member, not only as a candidate of its own.
            for (int i = first; i < first + members; i++)
                for (int j = 0; j < n; j++)
                    if (!taken[j] && !blocked[j] && member[j] && scope.Similarity(i, j) >= redundancy) blocked[j] = true;
            // The other reports' leads retell the event the anchor has told: one that shares its words is a restatement
            // ("The Millis police officer who was fired … has died." after "A former Millis police officer … was
            // found dead …"), not a new fact.
            if (story && best == anchor) BlockRetoldLeads(f, position, first, taken, blocked);
            // The lead paragraph goes on: the anchor article's next unit weighs more while the chain holds.
            if (anchor >= 0 && best == chained && follows < o.AnchorFollowSentences && FollowingUnit(f, units, best) is int follow and >= 0)
            {
                follows++;
                // Its figures before its comment (see LeadFigures).
                if (o.LeadFigures) follow = LeadFigures.Next(f, units, glued, follow, FollowingUnit(f, units, follow), chosen);
                chained = follow;
                unitValue[follow] *= 1 + o.AnchorFollow;
                bound[follow] = double.PositiveInfinity;
            }
        }
        if (anchor >= 0 && scores.Count > 0)
        {
            // The anchor opens the summary; its score is the best of the rest so it reads as a score, not a flag.
            double top = 0;
            for (int k = units[anchor].Count; k < scores.Count; k++) top = Math.Max(top, scores[k]);
            for (int k = 0; k < units[anchor].Count && k < scores.Count; k++) scores[k] = top;
        }
        return SummaryAssembler.Assemble(Name, f, chosen, scores, scope, threshold, anchor >= 0 ? units[anchor].Start : -1, options.Sentences is null ? options.Words : int.MaxValue,
            describePeople);

        // A unit whose first sentence points back at the chosen sentence before it ("She then took him to the hospital."
        // after "… called the boy's mother instead.") is about what that sentence said, whatever words it shares with the
        // summary. Not a quotation that goes on: another line of the speaker's is another matter.
        bool ContinuesChosen((int Start, int Count) unit) => glued[unit.Start] && !quoted[unit.Start] && unit.Start > 0 && taken[unit.Start - 1];

        // A unit that opens on the sentence right after a chosen one of its article goes on where the summary's reader
        // left that article ("“I'm just going there on another basketball diplomacy tour.”" after Rodman's "I'm not
        // going to North Korea to discuss …").
        bool FollowsChosen((int Start, int Count) unit) => unit.Start > 0 && taken[unit.Start - 1] && f.ArticleOf[unit.Start - 1] == f.ArticleOf[unit.Start];

        // Set aside until the summary takes another unit (see setAsideAt).
        void Defer(int unit) => setAsideAt[unit] = chosen.Count;

        int SentenceWords((int Start, int Count) unit)
        {
            int sum = 0;
            for (int i = unit.Start; i < unit.Start + unit.Count; i++) sum += f.Words[i];
            return sum;
        }

        // Offers, once, the anchor's report's later sentences in their shorter forms (see FitAnchorTails); true when any was.
        bool TryFit()
        {
            if (!story || anchor < 0 || !o.FitAnchorTails || fitted || options.Sentences is not null || options.Words - words < FitWordsLeft) return false;
            fitted = true;
            var shortened = FitAnchorTails(f, units, glued, taken, blocked, unitWords, units[anchor].Start, options.Words - words);
            foreach (int u in shortened) bound[u] = double.PositiveInfinity;
            return shortened.Count > 0;
        }

        // A unit turned away is never looked at again.
        void Block((int Start, int Count) unit)
        {
            for (int i = unit.Start; i < unit.Start + unit.Count; i++) blocked[i] = true;
        }
    }

    /// <summary>The fewest words left in an anchored summary's budget for <see cref="FitAnchorTails"/> to be tried: fewer would hold no fact.</summary>
    internal const int FitWordsLeft = 12;

    /// <summary>
    /// When an anchored summary stops with at least <see cref="FitWordsLeft"/> words left because nothing more fits,
    /// the anchor's article may go on in a shorter, faithful form: each one-sentence unit after the anchor in its
    /// article, not taken or turned away, that does not fit but would without a closing ", including …" list or
    /// ", which …" clause (see <see cref="SentenceRules.WithoutIncludingTail"/>, <see cref="SentenceRules.WithoutWhichTail"/>), is shortened so (its text and words; its concepts stay
    /// those of the whole sentence). The greedy then
    /// chooses among them with every check it applies to any unit. Returns the units shortened.
    /// </summary>
    internal static List<int> FitAnchorTails(ClusterFeatures f, List<(int Start, int Count)> units, bool[] glued, bool[] taken, bool[] blocked, int[] unitWords, int anchorStart, int wordsLeft)
    {
        var shortened = new List<int>();
        int article = f.ArticleOf[anchorStart];
        for (int u = 0; u < units.Count; u++)
        {
            var (start, count) = units[u];
            if (count != 1 || start <= anchorStart || f.ArticleOf[start] != article || taken[start] || blocked[start]) continue;
            if (glued[start] && !taken[start - 1]) continue;
            if (unitWords[u] <= wordsLeft) continue;
            if ((SentenceRules.WithoutIncludingTail(f.Texts[start]) ?? SentenceRules.WithoutWhichTail(f.Texts[start])) is not { } shorter) continue;
            int dropped = f.Words[start] - Sentence.CountWords(shorter);
            if (dropped <= 0 || unitWords[u] - dropped > wordsLeft) continue;
            f.Texts[start] = shorter;
            f.Words[start] -= dropped;
            unitWords[u] -= dropped;
            shortened.Add(u);
        }
        return shortened;
    }

    /// <summary>A short (anchored) summary turns away a unit that adds concepts worth less than this share of what its first free choice added when it shares fewer than <see cref="CoverageOptions.LateCohesion"/> content words with the summary.</summary>
    internal const double LateStop = 0.3;

    /// <summary>The share of the word budget the summary holds before <see cref="StraysLate"/> is asked: earlier choices are the story's facts, later ones fill the last words.</summary>
    internal const double LateShare = 0.75;

    /// <summary>
    /// True when <paramref name="unit"/>, which adds concepts worth <paramref name="added"/> (before its length,
    /// position and closeness weights), adds less than <see cref="LateStop"/> of the first free choice (whose
    /// <see cref="StoryStop"/> share is <paramref name="storyBar"/>) and shares fewer than <paramref name="cohesion"/>
    /// content words with the chosen sentences (<paramref name="said"/>): a filler about something else.
    /// </summary>
    internal static bool StraysLate(ClusterFeatures f, (int Start, int Count) unit, double added, double storyBar, bool[] said, int cohesion) =>
        cohesion > 0 && storyBar > 0 && added < storyBar / StoryStop * LateStop && SharedWords(f, unit, said) < cohesion;

    /// <summary>How many distinct content words of <paramref name="unit"/> the chosen sentences already hold.</summary>
    private static int SharedWords(ClusterFeatures f, (int Start, int Count) unit, bool[] said)
    {
        int shared = 0;
        for (int i = unit.Start; i < unit.Start + unit.Count; i++)
            foreach (int w in f.Unigrams[i])
                if (said[w]) shared++;
        return shared;
    }

    /// <summary>
    /// The unit the summary opens with: among the units that start an article's story (its first two sentences
    /// that pass the filters) and can open a summary (not a quotation, nothing pointing back, no "he" before a name),
    /// the one whose shared concepts weigh most for the square root of its length (at least <see cref="LeadWords"/>), first sentences and those that say when preferred, times how central its article is
    /// (see <see cref="Closeness"/> to the cluster as a whole). -1 when no unit qualifies or none fits the budget.
    /// With <paramref name="articles"/>, only the units of the articles it marks are candidates (see <see cref="MainEvent"/>);
    /// <paramref name="bestScore"/> is the chosen unit's score (0 when none).
    /// </summary>
    internal static int Anchor(ClusterFeatures f, List<(int Start, int Count)> units, bool[] glued, int[] position, double[] bigramWeight, double[] wordWeight, int[] unitWords, SummaryOptions options, double[] centrality, out double bestScore, bool[]? articles = null)
    {
        int minDf = f.Articles.Length > 1 ? 2 : 1; // what several reports share; in a one-article cluster, everything
        int best = -1;
        bestScore = 0;
        var seenBigram = new HashSet<int>();
        var seenWord = new HashSet<int>();
        int leadOf = -1, leadAt = -1; // each article's lead: its first sentence that can open a summary
        for (int u = 0; u < units.Count; u++)
        {
            var (start, count) = units[u];
            if (position[start] > 1 || glued[start]) continue;
            if (articles is not null && !articles[f.ArticleOf[start]]) continue;
            if (!CanLead(f, units, glued, unitWords, options, u)) continue;
            var text = f.Texts[start];
            if (leadOf == f.ArticleOf[start] && leadAt != start) continue; // a later sentence of an article with a lead
            leadOf = f.ArticleOf[start];
            leadAt = start;
            // A lead that talks to the reader ("Once the carrier gets the phone, you can bid farewell to …") or opens
            // with a writer's aside ("Hard to believe it now, but …") opens a column, a guide or a feature, not the
            // news: neither it nor the rest of its article opens the summary.
            if (SentenceRules.SecondPersonNarration(text) || SentenceRules.OpensAsColumn(text)) continue;
            seenBigram.Clear();
            seenWord.Clear();
            double gain = 0;
            for (int i = start; i < start + count; i++)
            {
                foreach (int b in f.Bigrams[i]) if (f.BigramDf[b] >= minDf && seenBigram.Add(b)) gain += bigramWeight[b];
                foreach (int w in f.Unigrams[i]) if (f.WordDf[w] >= minDf && seenWord.Add(w)) gain += wordWeight[w];
            }
            double support = SupportFloor; // how much of it the other reports carry: the best match in each
            int own = f.ArticleOf[start], article = -1;
            double bestMatch = 0;
            for (int j = 0; j < f.Sentences.Length; j++)
            {
                if (f.ArticleOf[j] != article) { support += bestMatch; bestMatch = 0; article = f.ArticleOf[j]; }
                if (article == own) continue;
                bestMatch = Math.Max(bestMatch, f.Cosine(start, j));
            }
            support += bestMatch;
            double score = support * gain / Math.Sqrt(Math.Max(LeadWords, unitWords[u])) * centrality[own];
            // A news lead says what happened and when: the article's first sentence, with a day, is preferred.
            if (position[start] > 0) score *= SecondSentenceFactor;
            if (SaysWhen(text)) score *= TimeWordFactor;
            // It says who says so ("…, officials said"), as a news lead does and a column's opening does not.
            if (Attributes(text)) score *= AttributionFactor;
            if (score > bestScore) { best = u; bestScore = score; }
        }
        return best;
    }

    /// <summary>
    /// The lead a small cluster's short summary opens on instead of <paramref name="anchor"/> when the anchor's article
    /// tells another episode than the story most of the cluster's text tells (see <see cref="CoverageOptions.MainStoryCloseness"/>):
    /// the best lead (see <see cref="Anchor"/>) of the article that holds most of the words the summary may take (see
    /// <see cref="StoryArticle"/>), when the anchor's article's closeness to it is under <paramref name="closeness"/>, that
    /// lead scores at least <paramref name="share"/> of <paramref name="anchorScore"/>, and it says when if the anchor
    /// does (an undated opening beside a dated news lead is a commentary's or a feature's). -1 otherwise.
    /// </summary>
    internal static int MainStoryLead(ClusterFeatures f, List<(int Start, int Count)> units, bool[] glued, int[] position, double[] bigramWeight, double[] wordWeight, int[] unitWords, SummaryOptions options, double[] centrality, Dictionary<int, double>[] vectors, int anchor, double anchorScore, double closeness, double share)
    {
        int anchorArticle = f.ArticleOf[units[anchor].Start];
        int main = StoryArticle(f, units);
        if (main < 0 || main == anchorArticle || Closeness(vectors, main)[anchorArticle] >= closeness) return -1;
        var only = new bool[f.Articles.Length];
        only[main] = true;
        int lead = Anchor(f, units, glued, position, bigramWeight, wordWeight, unitWords, options, centrality, out double score, only);
        if (lead < 0 || score < share * anchorScore) return -1;
        return SaysWhen(f.Texts[units[anchor].Start]) && !SaysWhen(f.Texts[units[lead].Start]) ? -1 : lead;
    }

    /// <summary>
    /// True when unit <paramref name="u"/> can open a summary: it fits, leans on no sentence before it, and does not open
    /// with a quotation, a reference back ("He said …", "The deal …"), a pronoun before any name, an age for a name, or a
    /// noun its article named before it ("The 100% edible cup is made …").
    /// </summary>
    internal static bool CanLead(ClusterFeatures f, List<(int Start, int Count)> units, bool[] glued, int[] unitWords, SummaryOptions options, int u)
    {
        var (start, count) = units[u];
        if (glued[start]) return false;
        if (options.Sentences is { } limit ? count > limit : unitWords[u] > options.Words) return false;
        var text = f.Texts[start];
        if (SentenceRules.OpensWithQuotation(text) || SentenceRules.OpensWithReference(text)
            || SentenceRules.DefiniteReference(text) is not null || SentenceRules.PronounBeforeName(text)
            || SentenceRules.OpensWithAgeDescription(text)) return false;
        return !NamedBefore(f, start);
    }

    /// <summary>A deck is a headline-length line: at most this many words (see <see cref="CoverageOptions.DeckRestated"/>).</summary>
    internal const int DeckWords = 15;

    /// <summary>How many of its article's next sentences may restate a deck (see <see cref="CoverageOptions.DeckRestated"/>).</summary>
    internal const int DeckRestatedWithin = 4;

    /// <summary>
    /// The unit that goes on after anchor unit <paramref name="anchor"/> when the anchor is a deck its body restates: a
    /// single sentence that opens its article (story position 0) alone in its paragraph, of at most <see cref="DeckWords"/>
    /// words, at least <paramref name="share"/> of whose content words (by concept weight) come back in the article's
    /// next <see cref="DeckRestatedWithin"/> sentences that pass the filters. -1 otherwise. A longer first line is a
    /// lead, not a deck: it stays even when its next sentences say most of it again (a wire lead's words come back in
    /// its next paragraphs, and the next sentence often points back at it: "… made the announcement …").
    /// </summary>
    internal static int RestatedDeck(ClusterFeatures f, List<(int Start, int Count)> units, bool[] glued, int[] position, bool[] member, double[] wordWeight, int anchor, double share)
    {
        var (start, count) = units[anchor];
        if (count != 1 || position[start] != 0 || f.Words[start] > DeckWords) return -1;
        int next = start + 1, article = f.ArticleOf[start];
        if (next >= f.Sentences.Length || f.ArticleOf[next] != article || f.Sentences[next].Paragraph == f.Sentences[start].Paragraph) return -1;
        if (FollowingUnit(f, units, anchor) is not (int body and >= 0) || glued[units[body].Start]) return -1;
        var later = new HashSet<int>();
        for (int i = next, seen = 0; i < f.Sentences.Length && f.ArticleOf[i] == article && seen < DeckRestatedWithin; i++)
        {
            if (!member[i]) continue;
            seen++;
            later.UnionWith(f.Unigrams[i]);
        }
        double total = 0, back = 0;
        foreach (int w in f.Unigrams[start].Distinct())
        {
            total += wordWeight[w];
            if (later.Contains(w)) back += wordWeight[w];
        }
        return total > 0 && back >= share * total ? body : -1;
    }

    /// <summary>A short (anchored) summary skips a unit of fewer than <see cref="StoryShortUnit"/> words that adds concepts worth less than this share of what its first free choice added.</summary>
    internal const double StoryStop = 0.15;

    /// <summary>Below this many words a unit that adds little is a stray line in a short summary (see <see cref="StoryStop"/>).</summary>
    internal const int StoryShortUnit = 12;

    /// <summary>What a lead no other report carries still counts for (so a one-article cluster has a lead).</summary>
    internal const double SupportFloor = 0.1;

    /// <summary>A lead shorter than this many words is scored as if it had them: a short line is not a better lead.</summary>
    internal const int LeadWords = 25;

    /// <summary>How much less an article's second sentence weighs than its first as the summary's opening.</summary>
    internal const double SecondSentenceFactor = 0.7;

    /// <summary>
    /// True when sentence <paramref name="i"/> opens with a definite description whose noun its article used before it
    /// ("The 100% edible cup is made …" after "… an edible coffee cup."; see <see cref="SentenceRules.DefiniteOpeningNoun"/>):
    /// it points back at what the article said first, so it cannot open a summary.
    /// </summary>
    internal static bool NamedBefore(ClusterFeatures f, int i) => NounNamedBefore(f, i) is not null;

    /// <summary>The noun of <see cref="NamedBefore"/>'s definite description when its article used it before the sentence; else null.</summary>
    private static string? NounNamedBefore(ClusterFeatures f, int i)
    {
        if (SentenceRules.DefiniteOpeningNoun(f.Texts[i]) is not { Length: >= 3 } noun) return null;
        var sentence = f.Sentences[i];
        return HoldsNoun(sentence.Article.Text.AsSpan(0, Math.Min(sentence.Span.Start, sentence.Article.Text.Length)), noun) ? noun : null;
    }

    /// <summary>True when a sentence of <paramref name="unit"/> counts something a chosen sentence counts otherwise (see <see cref="SentenceRules.ConflictingCount"/>).</summary>
    internal static bool ConflictsWithChosen(ClusterFeatures f, (int Start, int Count) unit, List<int> chosen)
    {
        for (int i = unit.Start; i < unit.Start + unit.Count; i++)
            foreach (int c in chosen)
                if (SentenceRules.ConflictingCount(f.Texts[i], f.Texts[c])) return true;
        return false;
    }

    /// <summary>True when a sentence of <paramref name="unit"/> quotes words that a chosen sentence quotes too (see <see cref="SentenceRules.RepeatsQuotation"/>).</summary>
    internal static bool RepeatsChosenQuotation(ClusterFeatures f, (int Start, int Count) unit, List<int> chosen)
    {
        for (int i = unit.Start; i < unit.Start + unit.Count; i++)
        {
            if (!f.Quotes.Quoted[i]) continue;
            foreach (int c in chosen)
                if (f.Quotes.Quoted[c] && SentenceRules.RepeatsQuotation(f.Texts[i], f.Texts[c], f.Quotes.StartsInside[i], f.Quotes.StartsInside[c])) return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="text"/> holds <paramref name="noun"/> as a word, or its plural in -s ("cups" names the cup too), in any case.</summary>
    internal static bool HoldsNoun(ReadOnlySpan<char> text, string noun)
    {
        for (int at = text.IndexOf(noun, StringComparison.OrdinalIgnoreCase); at >= 0;)
        {
            int end = at + noun.Length;
            if (end < text.Length && text[end] == 's') end++;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end >= text.Length || !char.IsLetter(text[end]))) return true;
            int next = text[(at + 1)..].IndexOf(noun, StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="unit"/> opens with a definite description that points back in its article
    /// (<see cref="NamedBefore"/>: "The province has built …" after its article named Yunnan a province), it does not
    /// come glued to its article's sentence before it, and no chosen sentence of its own article holds that noun: next
    /// to other reports' sentences a reader would take "the province" to be the one the summary is about, even where
    /// another report named a province too.
    /// </summary>
    internal static bool PointsPastSummary(ClusterFeatures f, (int Start, int Count) unit, bool[] glued, List<int> chosen)
    {
        int i = unit.Start;
        if (glued[i] || NounNamedBefore(f, i) is not { } noun) return false;
        foreach (int c in chosen)
            if (f.ArticleOf[c] == f.ArticleOf[i] && HoldsNoun(f.Texts[c], noun)) return false;
        return true;
    }

    /// <summary>How many of its article's sentences before it a sentence's definite description may lean on (see <see cref="LeansOnRecentMention"/>).</summary>
    internal const int RecentSentences = 3;

    /// <summary>
    /// True when the first sentence of <paramref name="unit"/>, not glued to the sentence before it, holds a definite
    /// description (<see cref="SentenceRules.DefiniteNouns"/>: "the request", "The co-workers") whose noun — or, for a
    /// hyphened one, its last part ("workers") — one of the <see cref="RecentSentences"/> sentences before it in its
    /// article holds ("That request seemed …", "Six construction workers …"), and no chosen sentence holds a word that
    /// begins with that noun or its singular ("requested", "tribe"): taken away from that sentence, "the request" would read as one the summary never made, or be
    /// pinned on someone else's.
    /// </summary>
    internal static bool LeansOnRecentMention(ClusterFeatures f, (int Start, int Count) unit, bool[] glued, List<int> chosen)
    {
        int i = unit.Start;
        if (glued[i]) return false;
        var text = f.Texts[i];
        if (!f.DefiniteNounsMemo.TryGetValue(text, out var nouns)) f.DefiniteNounsMemo[text] = nouns = SentenceRules.DefiniteNouns(text);
        foreach (var noun in nouns)
        {
            int dash = noun.LastIndexOf('-');
            string? tail = dash >= 0 && noun.Length - dash - 1 >= 4 ? noun[(dash + 1)..] : null;
            string? form = null;
            for (int j = i - 1; form is null && j >= 0 && j >= i - RecentSentences && f.ArticleOf[j] == f.ArticleOf[i]; j--)
            {
                if (HoldsNoun(f.Texts[j], noun)) form = noun;
                else if (tail is not null && HoldsNoun(f.Texts[j], tail)) form = tail;
            }
            if (form is null) continue;
            bool named = false;
            // "tribes" is named by "tribe", "the search" by "searching".
            string stem = form.Length > 4 && form.EndsWith('s') ? form[..^1] : form;
            foreach (int c in chosen)
                if (HoldsStem(f.Texts[c], stem)) { named = true; break; }
            if (!named) return true;
        }
        return false;
    }

    /// <summary>True when a word of <paramref name="text"/> begins with <paramref name="stem"/> ("searching", "requests"), in any case.</summary>
    private static bool HoldsStem(ReadOnlySpan<char> text, string stem)
    {
        for (int at = text.IndexOf(stem, StringComparison.OrdinalIgnoreCase); at >= 0;)
        {
            if (at == 0 || !char.IsLetter(text[at - 1])) return true;
            int next = text[(at + 1)..].IndexOf(stem, StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    /// <summary>How much more an opening that says who says so weighs ("…, officials said", "according to …"; lexicon <c>lead-attribution-words</c>).</summary>
    internal const double AttributionFactor = 1.25;

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AttributionWords =
        Lexicon.LanguageLexicon.English.Words("lead-attribution-words").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the sentence names its source with a word of <c>lead-attribution-words</c> ("said", "according to").</summary>
    internal static bool Attributes(string text) => HoldsWord(text, AttributionWords);

    /// <summary>How much more an opening that says when (a weekday, "today", "yesterday") weighs.</summary>
    internal const double TimeWordFactor = 1.25;

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeWords =
        Lexicon.LanguageLexicon.English.Lines("lead-time-words").Concat(Lexicon.LanguageLexicon.English.Lines("weekdays"))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="text"/> holds a weekday or a word of the <c>lead-time-words</c> lexicon (any case).</summary>
    internal static bool SaysWhen(string text) => HoldsWord(text, TimeWords);

    /// <summary>True when a word of <paramref name="text"/> (a run of letters) is in <paramref name="words"/>.</summary>
    private static bool HoldsWord(string text, System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        var span = text.AsSpan();
        int i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && !char.IsLetter(span[i])) i++;
            int start = i;
            while (i < span.Length && char.IsLetter(span[i])) i++;
            if (i > start && words.Contains(span[start..i])) return true;
        }
        return false;
    }

    /// <summary>The unit right after unit <paramref name="u"/> in its article (one skipped sentence allowed), or -1.</summary>
    private static int FollowingUnit(ClusterFeatures f, List<(int Start, int Count)> units, int u)
    {
        int next = units[u].Start + units[u].Count;
        for (int v = u + 1; v < units.Count; v++)
            if (units[v].Start >= next)
                return f.ArticleOf[units[v].Start] == f.ArticleOf[units[u].Start] && units[v].Start <= next + 1 ? v : -1;
        return -1;
    }

    /// <summary>
    /// How much each article weighs in the whole its articles are measured against (see
    /// <see cref="CoverageOptions.AnchorBriefWords"/>): 1, or its words over <paramref name="briefWords"/> when it has
    /// fewer and no sentence of it says when (a weekday, "today": a dated brief reports the event itself). Null, every
    /// article alike, when <paramref name="briefWords"/> is 0 or no article is an undated brief.
    /// </summary>
    internal static double[]? BriefWeights(ClusterFeatures f, int briefWords)
    {
        if (briefWords <= 0) return null;
        var words = new double[f.Articles.Length];
        var dated = new bool[f.Articles.Length];
        for (int i = 0; i < f.Sentences.Length; i++)
        {
            words[f.ArticleOf[i]] += f.Words[i];
            if (SaysWhen(f.Texts[i])) dated[f.ArticleOf[i]] = true;
        }
        bool brief = false;
        for (int a = 0; a < words.Length; a++)
        {
            words[a] = dated[a] ? 1 : Math.Min(1, words[a] / briefWords);
            brief |= words[a] < 1;
        }
        return brief ? words : null;
    }

    /// <summary>
    /// The article that holds most of the words of <paramref name="units"/> (what a summary may take: a page's furniture,
    /// its writer's first person and its fragments are not in them), or -1 when there are none; the first such article on
    /// a tie. A short summary without a lead tells this article's episode (see <see cref="CoverageOptions.LeadlessEpisode"/>).
    /// </summary>
    internal static int StoryArticle(ClusterFeatures f, List<(int Start, int Count)> units)
    {
        var words = new int[f.Articles.Length];
        var counted = new bool[f.Sentences.Length];
        foreach (var (start, count) in units)
            for (int i = start; i < start + count; i++)
                if (!counted[i]) { counted[i] = true; words[f.ArticleOf[i]] += f.Words[i]; }
        int best = -1;
        for (int a = 0; a < words.Length; a++)
            if (words[a] > 0 && (best < 0 || words[a] > words[best])) best = a;
        return best;
    }

    /// <summary>Each value raised to <paramref name="exponent"/>, in place.</summary>
    private static double[] Power(double[] values, double exponent)
    {
        if (exponent != 1) for (int i = 0; i < values.Length; i++) values[i] = Math.Pow(values[i], exponent);
        return values;
    }

    /// <summary>Each article's content words, each weighted by its count times ln(1 + articles / articles holding it).</summary>
    internal static Dictionary<int, double>[] ArticleVectors(ClusterFeatures f)
    {
        int articles = f.Articles.Length;
        var vectors = new Dictionary<int, double>[articles];
        for (int a = 0; a < articles; a++) vectors[a] = [];
        for (int i = 0; i < f.Sentences.Length; i++)
        {
            var v = vectors[f.ArticleOf[i]];
            foreach (int w in f.Unigrams[i])
                v[w] = v.GetValueOrDefault(w) + Math.Log(1 + (double)articles / Math.Max(1, f.WordDf[w]));
        }
        return vectors;
    }

    /// <summary>
    /// How close each article is to article <paramref name="to"/> (or, when it is -1, to the sum of all articles):
    /// the cosine of their <see cref="ArticleVectors"/>, so words every report uses say little and the words of one episode say much.
    /// </summary>
    internal static double[] Closeness(Dictionary<int, double>[] vectors, int to, double[]? weights = null)
    {
        int articles = vectors.Length;
        Dictionary<int, double> target;
        if (to >= 0) target = vectors[to];
        else
        {
            target = [];
            for (int a = 0; a < articles; a++)
            {
                var v = vectors[a];
                double norm = Norm(v);
                if (norm == 0) continue;
                double weight = weights is null ? 1 : weights[a];
                foreach (var (w, x) in v) target[w] = target.GetValueOrDefault(w) + weight * x / norm;
            }
        }
        double targetNorm = Norm(target);
        var result = new double[articles];
        for (int a = 0; a < articles; a++)
        {
            if (a == to) { result[a] = 1; continue; }
            double norm = Norm(vectors[a]);
            if (norm == 0 || targetNorm == 0) continue;
            double dot = 0;
            foreach (var (w, x) in vectors[a]) if (target.TryGetValue(w, out var y)) dot += x * y;
            result[a] = dot / (norm * targetNorm);
        }
        return result;

        static double Norm(Dictionary<int, double> v)
        {
            double sum = 0;
            foreach (var x in v.Values) sum += x * x;
            return Math.Sqrt(sum);
        }
    }

    /// <summary>
    /// The sentences a summary may hold (<c>Eligible</c>) and those that may stand inside a longer unit though too
    /// short alone (<c>Member</c>); when the filters leave nothing (<c>Fallback</c>), every sentence with words. A
    /// sentence showing a quotation mark the quotes stage could not pair is neither (<see cref="SentenceQuotes.Unpaired"/>),
    /// nor one inside a quotation whose opening mark is missing (<see cref="SentenceQuotes.Unmarked"/>): the speaker's
    /// words would read as the writer's, and in a short summary its "I" would count toward a column (<see cref="LeaveOutColumns"/>).
    /// </summary>
    internal static (bool[] Eligible, bool[] Member, bool Fallback) Candidates(ClusterFeatures f, CoverageOptions o)
    {
        int n = f.Sentences.Length;
        var eligible = new bool[n];
        var member = new bool[n];
        int eligibleCount = 0;
        for (int i = 0; i < n; i++)
        {
            member[i] = o.Filter
                ? SentenceRules.IsEligible(f.Sentences[i], f.Texts[i], 1, o.MaxWords) && !f.Quotes.Unpaired[i] && !f.Quotes.Unmarked[i]
                : f.Words[i] > 0 && !f.Sentences[i].IsHeadline;
            eligible[i] = member[i] && (!o.Filter || f.Words[i] >= o.MinWords);
            if (eligible[i]) eligibleCount++;
        }
        if (o.Filter && f.Articles.Length > 1) eligibleCount -= LeaveOutPapers(f, eligible, member);
        if (o.Filter) eligibleCount -= LeaveOutGuestTurns(f, eligible, member);
        bool fallback = eligibleCount == 0;
        if (fallback)
            for (int i = 0; i < n; i++) eligible[i] = member[i] = f.Words[i] > 0;
        return (eligible, member, fallback);
    }

    /// <summary>
    /// A transcript's guest speaks in a turn under a label ("OPAL LEE: I kept telling … Slaves didn't free themselves.
    /// There were abolitionists …"): every sentence of that paragraph is the guest's words, not the story's narration, so
    /// none is eligible (the first is not already, as it opens with the label; see
    /// <see cref="SentenceRules.OpensWithCapitalLabel"/>). Only in an article the cleaner read as a transcript (it
    /// removed its host's labels, <see cref="Cleaning.TranscriptTurns"/>), or a transcript with no host whose every turn
    /// keeps its label (a press conference: <see cref="HasSpeakerTurns"/>). Returns how many eligible sentences it took away.
    /// </summary>
    internal static int LeaveOutGuestTurns(ClusterFeatures f, bool[] eligible, bool[] member)
    {
        int left = 0;
        var transcripts = new bool[f.Articles.Length];
        bool any = false;
        for (int a = 0; a < f.Articles.Length; a++) any |= transcripts[a] = IsTranscript(f.Articles[a]) || HasSpeakerTurns(f.Articles[a]);
        if (!any) return 0;
        for (int i = 0; i < f.Sentences.Length; i++)
        {
            var s = f.Sentences[i];
            if (!member[i] || !transcripts[f.ArticleOf[i]]) continue;
            var sentences = s.Article.Sentences;
            int first = s.Index;
            if (first >= sentences.Count || !ReferenceEquals(sentences[first], s)) continue;
            while (first > 0 && sentences[first - 1].Paragraph == s.Paragraph) first--;
            if (first == s.Index || !SentenceRules.OpensWithCapitalLabel(sentences[first].Text)) continue;
            if (eligible[i]) left++;
            eligible[i] = member[i] = false;
        }
        return left;

        static bool IsTranscript(Article article)
        {
            foreach (var removed in article.Removed)
                if (removed.Reason == Cleaning.TranscriptTurns.Reason) return true;
            return false;
        }
    }

    /// <summary>
    /// True when <paramref name="article"/> is a transcript whose every turn keeps its label: a press conference or
    /// an interview where the labels name officials or questioners, not a broadcast's host ("MAYOR BELL: … I'll let
    /// Commissioner Ortiz speak to that." / "QUESTION: …" / "COMMISSIONER ORTIZ: …", "Q: …" / "A: …"), so the cleaner
    /// removed none. Such an article has at least <see cref="SpeakerTurns"/> paragraphs opened by a capital label
    /// (<see cref="SentenceRules.OpensWithCapitalLabel"/>), at least two different labels, and one label that opens
    /// two of them: a fact box's fields ("IMPACT: …", "WHAT'S NEXT: …") differ from one another.
    /// </summary>
    internal static bool HasSpeakerTurns(Article article)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int turns = 0;
        bool repeated = false;
        var sentences = article.Sentences;
        for (int k = 0; k < sentences.Count; k++)
        {
            if (k > 0 && sentences[k - 1].Paragraph == sentences[k].Paragraph) continue;
            var text = sentences[k].Text;
            if (!SentenceRules.OpensWithCapitalLabel(text)) continue;
            var label = text[..text.IndexOf(':', StringComparison.Ordinal)];
            turns++;
            int seen = counts.GetValueOrDefault(label) + 1;
            counts[label] = seen;
            repeated |= seen >= 2;
        }
        return repeated && turns >= SpeakerTurns && counts.Count >= 2;
    }

    /// <summary>How many labelled turns make an article a transcript without a host (see <see cref="HasSpeakerTurns"/>).</summary>
    internal const int SpeakerTurns = 3;

    /// <summary>
    /// A quotation that opens sentence <paramref name="i"/>, runs on over the sentences after it and closes with no
    /// speaker after its last mark ("“We have something important to tell you." / "We need to have a sleepover!”"):
    /// like a one-sentence bare quotation, its speaker is in the sentence before it. Read for short (anchored)
    /// summaries only: at 250 words it cost Multi-News 0.04 R-2 (18.53 → 18.49) for 10 summaries.
    /// </summary>
    internal static bool BareRunOnQuotation(ClusterFeatures f, int i)
    {
        var quotes = f.Quotes;
        if (!quotes.OpenAfter[i] || !SentenceRules.OpensWithQuotation(f.Texts[i])) return false;
        int j = i + 1;
        while (j < f.Texts.Length && f.ArticleOf[j] == f.ArticleOf[i] && quotes.StartsInside[j] && quotes.OpenAfter[j]) j++;
        if (j >= f.Texts.Length || f.ArticleOf[j] != f.ArticleOf[i] || !quotes.StartsInside[j]) return false;
        var end = f.Texts[j].AsSpan().TrimEnd();
        return end.Length > 0 && end[^1] is '"' or '”';
    }

    /// <summary>
    /// A scientific paper printed beside the reports about it (an article with at least <see cref="PaperSentences"/>
    /// sentences that carry reference numbers, <see cref="SentenceRules.CarriesReferenceNumbers"/>) gives the summary
    /// none of its sentences while another article has one to give: its abstract, methods and figure notes ("… are
    /// plotted as white lines.") are written for specialists, and the reports tell its finding in plain words.
    /// Returns how many eligible sentences it took away.
    /// </summary>
    internal static int LeaveOutPapers(ClusterFeatures f, bool[] eligible, bool[] member)
    {
        int n = f.Sentences.Length;
        var cited = new int[f.Articles.Length];
        // A member passed the eligibility test, which already turns away a sentence with reference numbers.
        for (int i = 0; i < n; i++)
            if (!member[i] && SentenceRules.CarriesReferenceNumbers(f.Texts[i])) cited[f.ArticleOf[i]]++;
        int taken = 0, left = 0;
        for (int i = 0; i < n; i++)
        {
            if (cited[f.ArticleOf[i]] >= PaperSentences) { if (eligible[i]) taken++; }
            else if (eligible[i]) left++;
        }
        if (taken == 0 || left == 0) return 0;
        for (int i = 0; i < n; i++)
            if (cited[f.ArticleOf[i]] >= PaperSentences) eligible[i] = member[i] = false;
        return taken;
    }

    /// <summary>
    /// A column or a blog post (an article in which at least <see cref="ColumnSentences"/> sentences speak in the
    /// writer's own voice, <paramref name="firstPerson"/>) gives a short story none of its sentences while the other
    /// articles have twice the <paramref name="budget"/> in words to give: its third-person lines are the writer's
    /// view ("Facebook is not a company of grass-roots enthusiasts."), which the summary would state as fact, and the
    /// reports tell the event. Returns how many eligible sentences it took away.
    /// </summary>
    internal static int LeaveOutColumns(ClusterFeatures f, bool[] firstPerson, bool[] eligible, int budget)
    {
        int n = f.Sentences.Length;
        var voiced = new int[f.Articles.Length];
        for (int i = 0; i < n; i++) if (firstPerson[i]) voiced[f.ArticleOf[i]]++;
        int left = 0, taken = 0;
        for (int i = 0; i < n; i++)
            if (eligible[i]) { if (voiced[f.ArticleOf[i]] >= ColumnSentences) taken++; else left += f.Words[i]; }
        if (taken == 0 || left < 2 * budget) return 0;
        for (int i = 0; i < n; i++) if (voiced[f.ArticleOf[i]] >= ColumnSentences) eligible[i] = false;
        return taken;
    }

    /// <summary>How many sentences in the writer's own voice make an article a column (see <see cref="LeaveOutColumns"/>).</summary>
    internal const int ColumnSentences = 3;

    /// <summary>
    /// Blocks each other article's lead (its first sentence that passes the filters) whose lexical cosine with the
    /// anchor's first sentence <paramref name="anchor"/> is at least <see cref="RetoldLeadSimilarity"/>: in a short
    /// story it would tell the same event again in other words.
    /// </summary>
    internal static void BlockRetoldLeads(ClusterFeatures f, int[] position, int anchor, bool[] taken, bool[] blocked)
    {
        for (int j = 0; j < f.Sentences.Length; j++)
            if (!taken[j] && position[j] == 0 && f.ArticleOf[j] != f.ArticleOf[anchor] && f.Cosine(anchor, j) >= RetoldLeadSimilarity)
                blocked[j] = true;
    }

    /// <summary>How close (lexical cosine) another report's lead must be to the anchor to count as a retelling (see <see cref="BlockRetoldLeads"/>).</summary>
    internal const double RetoldLeadSimilarity = 0.2;

    /// <summary>How many sentences with reference numbers make an article a paper (see <see cref="LeaveOutPapers"/>).</summary>
    internal const int PaperSentences = 3;

    /// <summary>
    /// Each sentence's place in its article's story for the position prior: how many sentences before it in the
    /// article pass the filters (length aside), so captions, page furniture and headlines that the cleaner let
    /// through do not push the lead down.
    /// </summary>
    internal static int[] StoryPositions(ClusterFeatures f, bool[] member)
    {
        var position = new int[member.Length];
        int count = 0;
        for (int i = 0; i < member.Length; i++)
        {
            if (i == 0 || f.ArticleOf[i] != f.ArticleOf[i - 1]) count = 0;
            position[i] = count;
            if (member[i]) count++;
        }
        return position;
    }

    internal static double Prior(CoverageOptions o, int position) => 1 + o.PositionWeight / (1 + position / o.PositionScale);

    /// <summary>
    /// The starting weight of every concept: a bigram weighs df^<see cref="CoverageOptions.DocumentFrequencyExponent"/>
    /// when at least <see cref="CoverageOptions.MinDocumentFrequency"/> articles share it (else the rare weight); a
    /// content word the same, times the unigram weight.
    /// </summary>
    internal static (double[] Bigrams, double[] Words) ConceptWeights(ClusterFeatures f, CoverageOptions o)
    {
        int minDf = f.Articles.Length > 1 ? o.MinDocumentFrequency : 1;
        var (bigramDf, wordDf) = o.CopiesCountOnce && f.Articles.Length >= CopiesClusterArticles ? IndependentFrequencies(f) : (f.BigramDf, f.WordDf);
        var bigramWeight = new double[bigramDf.Length];
        for (int b = 0; b < bigramWeight.Length; b++)
            bigramWeight[b] = bigramDf[b] >= minDf ? Math.Pow(bigramDf[b], o.DocumentFrequencyExponent) : o.RareWeight;
        var wordWeight = new double[wordDf.Length];
        for (int w = 0; w < wordWeight.Length; w++)
            wordWeight[w] = o.UnigramWeight * (wordDf[w] >= minDf ? Math.Pow(wordDf[w], o.DocumentFrequencyExponent) : o.RareWeight);
        return (bigramWeight, wordWeight);
    }

    /// <summary>
    /// A 64-bit FNV-1a hash of <paramref name="text"/> in lower case with each run of white space read as one space,
    /// and the length so read: two sentences the same word for word, whatever their case and spacing, get one key.
    /// </summary>
    private static (ulong Hash, int Length) NormalizedHash(string text)
    {
        ulong hash = 14695981039346656037UL;
        int length = 0;
        bool space = false;
        foreach (char c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space) { hash = (hash ^ ' ') * 1099511628211UL; length++; space = false; }
            hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
            length++;
        }
        return (hash, length);
    }

    /// <summary>The fewest articles in which <see cref="CoverageOptions.CopiesCountOnce"/> applies: in two, a copy would leave nothing shared.</summary>
    internal const int CopiesClusterArticles = 3;

    /// <summary>
    /// How many articles hold each bigram and word in a sentence of their own: a sentence an earlier article already
    /// has word for word (a wire's standing paragraph, "The Kursk was commissioned … in 1995.", repeated in every
    /// update) counts only for the first.
    /// </summary>
    internal static (int[] Bigrams, int[] Words) IndependentFrequencies(ClusterFeatures f)
    {
        var first = new Dictionary<(ulong Hash, int Length), int>();
        var copy = new bool[f.Sentences.Length];
        for (int i = 0; i < f.Sentences.Length; i++)
        {
            var key = NormalizedHash(f.Texts[i]);
            if (first.TryGetValue(key, out int article)) copy[i] = article != f.ArticleOf[i];
            else first[key] = f.ArticleOf[i];
        }
        var bigramDf = new int[f.BigramDf.Length];
        var wordDf = new int[f.WordDf.Length];
        var bigramLast = new int[bigramDf.Length];
        var wordLast = new int[wordDf.Length];
        Array.Fill(bigramLast, -1);
        Array.Fill(wordLast, -1);
        for (int i = 0; i < f.Sentences.Length; i++)
        {
            if (copy[i]) continue;
            int a = f.ArticleOf[i];
            foreach (int b in f.Bigrams[i]) if (bigramLast[b] != a) { bigramLast[b] = a; bigramDf[b]++; }
            foreach (int w in f.Unigrams[i]) if (wordLast[w] != a) { wordLast[w] = a; wordDf[w]++; }
        }
        return (bigramDf, wordDf);
    }

    /// <summary>
    /// Gives a quotation attributed to "he" or "she" its speaker's name when the sentence that introduces the
    /// quotation names the speaker (<see cref="SentenceRules.NameSpeaker(string, string)"/>) or has a person's name as
    /// its subject (<see cref="SentenceRules.SubjectSpeaker"/>, names judged by how the cluster capitalises them), so it
    /// can stand without that sentence. That sentence is the one before, or, for the last sentence of a quotation that
    /// runs over several ("“Our people are dying. It is scorched earth,” he said."), the one the quotation opened in
    /// (when words come before the quotation there) or else the one before it; where a quotation runs and where it
    /// opened come from the quotes stage (<see cref="ClusterFeatures.Quotes"/>). The name is the one the introducing
    /// sentence gives, not the quotes stage's resolved speaker: on the dev set the stage's pronoun resolution named a
    /// wrong person far more often (see notes/13-knowledge5-quotes.md). Likewise a sentence opening with "He" or
    /// "She" takes the name of the previous sentence's subject when that is the only name there
    /// (<see cref="SentenceRules.ResolveSubjectPronoun"/>), so it no longer leans on that sentence.
    /// </summary>
    internal static void NameSpeakers(ClusterFeatures f)
    {
        bool IsName(string word) => f.NameWords.Contains(word); // the name set is built only if a pronoun speaker asks
        var inside = f.Quotes.StartsInside; // a quotation opened in an earlier sentence runs on into sentence i
        int start = 0; // the sentence the quotation running into sentence i began in
        for (int i = 0; i < f.Sentences.Length; i++)
        {
            bool sameArticle = i > 0 && f.ArticleOf[i] == f.ArticleOf[i - 1];
            if (!inside[i] || !sameArticle) start = i;
            if (!sameArticle) continue;
            string text = f.Texts[i];
            int introducer = !inside[i] ? i - 1 : SentenceRules.OpensWithQuotation(f.Texts[start]) ? start - 1 : start;
            if (introducer < 0 || f.ArticleOf[introducer] != f.ArticleOf[i]) continue;
            // A quotation's pronoun speaker, else an opening "He"/"She" subject (only outside a quotation).
            if ((SentenceRules.NameSpeaker(text, f.Texts[introducer], IsName)
                ?? (!inside[i] ? SentenceRules.ResolveSubjectPronoun(text, f.Texts[i - 1], IsName) : null)) is not { } named) continue;
            f.Texts[i] = named;
            f.Words[i] = Sentence.CountWords(named);
        }
    }

    /// <summary>
    /// The units a summary may take: one sentence, or a short run of adjacent sentences of one article that only
    /// read right together. A sentence opening with a pronoun, a connective or a definite reference ("The deal …")
    /// is glued to the sentence before it (when <paramref name="glueReferences"/>; an article's first such sentence
    /// starts no unit), so is a sentence quoting a bare pronoun ("…,” she said.") or a
    /// quotation with no speaker at all ("“Closing on Sundays would hurt.”") when
    /// <paramref name="glueSpeakers"/> is also set, and so is every sentence of a quotation after its first. A unit
    /// is any run within a glued chain that ends where no quotation is left open; one that starts on a glued
    /// sentence may only be taken once the sentence before it is (see the returned glue). Its sentences must be
    /// eligible (a short one may stand inside a longer unit), and it has at most <see cref="MaxUnitSentences"/>.
    /// </summary>
    internal static (List<(int Start, int Count)> Units, bool[] Glued, bool[] Quoted) Units(ClusterFeatures f, bool[] eligible, bool[] member, bool glueReferences, bool glueSpeakers, bool gluePronouns = false)
    {
        int n = f.Sentences.Length;
        var glued = new bool[n]; // sentence i must come with sentence i - 1
        var quoted = new bool[n]; // sentence i has words inside a quotation
        var quoteOpen = new bool[n]; // a quotation is still open after sentence i
        var orphan = new bool[n]; // sentence i points back at nothing in its article: never the start of a unit
        var quotes = f.Quotes;
        for (int i = 0; i < n; i++)
        {
            bool sameArticle = i > 0 && f.ArticleOf[i] == f.ArticleOf[i - 1];
            bool wasOpen = sameArticle && quotes.StartsInside[i];
            quoteOpen[i] = quotes.OpenAfter[i];
            quoted[i] = quotes.Quoted[i];
            bool leans = glueReferences && (SentenceRules.OpensWithReference(f.Texts[i])
                || (gluePronouns && (SentenceRules.PronounBeforeName(f.Texts[i]) || SentenceRules.PronounAfterParticiple(f.Texts[i]) || SentenceRules.OtherReference(f.Texts[i]) is not null
                    || SentenceRules.AddsToEarlier(f.Texts[i]) || SentenceRules.InterruptsWithReference(f.Texts[i])
                    || SentenceRules.DemonstrativeReference(f.Texts[i]) is not null || SentenceRules.GoesFurther(f.Texts[i])
                    || SentenceRules.ExplainsEarlier(f.Texts[i]))));
            glued[i] = sameArticle && (wasOpen || leans
                || (glueReferences && glueSpeakers && (SentenceRules.QuotesPronoun(f.Texts[i]) || SentenceRules.ReportsPronoun(f.Texts[i]) || SentenceRules.IsBareQuotation(f.Texts[i])
                    || (gluePronouns && BareRunOnQuotation(f, i))
                    || (gluePronouns && SentenceRules.QuotesDescription(f.Texts[i])))));
            // An article's first sentence that points back ("He said …", "The deal …") has nothing to lean on; nor has
            // one that is a quotation and nothing else (a pull quote over the story): no sentence says whose words they are.
            orphan[i] = !sameArticle && (leans || (glueReferences && (SentenceRules.DefiniteReference(f.Texts[i]) is not null
                || SentenceRules.OpensWithAgeDescription(f.Texts[i]) || SentenceRules.PronounAfterParticiple(f.Texts[i])
                || (glueSpeakers && SentenceRules.IsBareQuotation(f.Texts[i])))));
        }
        var setsUp = new bool[n]; // sentence i sets up the next one: no unit ends on it (short summaries)
        if (gluePronouns)
            for (int i = 0; i < n; i++) setsUp[i] = SetsUpNext(f, i);
        var units = new List<(int, int)>();
        for (int start = 0; start < n; start++)
        {
            if (orphan[start]) continue;
            bool anyEligible = false;
            for (int end = start; end < n && end - start < MaxUnitSentences; end++)
            {
                if (end > start && !glued[end]) break;
                if (!member[end]) break;
                anyEligible |= eligible[end];
                if (quoteOpen[end]) continue;
                if (setsUp[end]) continue; // a teaser comes only with the sentence it sets up
                if (end == start ? eligible[start] : anyEligible) units.Add((start, end - start + 1));
            }
        }
        return (units, glued, quoted);
    }

    /// <summary>
    /// True when sentence <paramref name="i"/> is the writer's setup of what follows ("… didn't just work harder to
    /// clear this hurdle.", "… are no strangers to …"; <see cref="SentenceRules.SetsUpNext"/>): in a short summary no
    /// unit ends on it, so it comes only with the next sentence of its article, or not at all.
    /// </summary>
    private static bool SetsUpNext(ClusterFeatures f, int i) => SentenceRules.SetsUpNext(f.Texts[i]);

    /// <summary>The most sentences one unit (a quotation or a chain of references) may span.</summary>
    internal const int MaxUnitSentences = 4;
}
