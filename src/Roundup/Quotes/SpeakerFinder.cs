using Roundup.Lexicon;
using Roundup.Model;
using static Roundup.Quotes.QuoteText;

namespace Roundup.Quotes;

/// <summary>A possible speaker read from the text: a name, a description, or a pronoun still to resolve.</summary>
internal sealed record Candidate(TextSpan Span, string? Name, SpeakerKind Kind, Gender Gender, string? Pronoun)
{
    public bool IsPronoun => Pronoun is not null;
}

/// <summary>
/// Finds who speaks each quotation of one article and joins quotations the attribution interrupts. Rules, in
/// order: an attribution after the closing mark in the same sentence ("…,” Jane Roe, chief strategist at a
/// brokerage, said; "…,” said Roe; "…,” according to the report); one before the opening mark ("Roe said: “…”",
/// "Speaking to reporters, he insisted: “…”"), or in the sentence before when it ends with a colon; a quotation
/// right after an attributed one (next sentence) continues it. Pronouns resolve to the nearest earlier
/// compatible speaker or sentence subject (he/she: a person of that gender or of unknown gender; it: an
/// organisation or document); "they", "I" and "we", and a pronoun with no compatible antecedent, give no name.
/// </summary>
internal sealed partial class SpeakerFinder
{
    private const int MaxSubjectTokens = 30;
    private const int MaxAfterVerbTokens = 12;
    private const int PronounWindowSentences = 12;

    private static readonly System.Collections.Frozen.FrozenSet<string> Stopwords = LanguageLexicon.English.Words("content-stopwords");
    private static readonly System.Collections.Frozen.FrozenSet<string> Epithets = LanguageLexicon.English.Words("quote-epithets");
    private static readonly System.Collections.Frozen.FrozenSet<string> PlacePrepositions = LanguageLexicon.English.Words("place-prepositions");

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FemaleLookup = FemaleNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MaleLookup = MaleNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly string _text;
    private readonly TextSpan[] _sentences;
    private readonly List<MarkedQuote> _marked;
    private readonly Tok[] _tokens;
    private readonly bool _speakers;
    // Learned from the whole article (LearnNames); null when the finder reads spans only.
    private readonly Dictionary<string, Gender>? _surnameGender;
    private readonly Dictionary<string, string>? _fullNames;
    // The sentence subjects as read before any quotation is attributed (set by Run; null for Spans).
    private Candidate[]? _subjects;

    /// <summary>
    /// Reads one article. With <paramref name="speakers"/> false only <see cref="Spans"/> may be called: the article
    /// is not tokenized as a whole and no names are learned (what only speaker names and pronouns need).
    /// </summary>
    public SpeakerFinder(string text, TextSpan[] sentences, List<MarkedQuote> marked, bool speakers = true)
    {
        _text = text;
        _sentences = sentences;
        _marked = marked;
        _speakers = speakers;
        _tokens = speakers ? Tokenize(text, 0, text.Length) : NoTokens;
        if (!speakers) return;
        _surnameGender = new(StringComparer.OrdinalIgnoreCase);
        _fullNames = new(StringComparer.OrdinalIgnoreCase);
        LearnNames(_surnameGender, _fullNames);
    }

    /// <summary>
    /// The quotations without their speakers: the same quotations as <see cref="Run"/> (interrupted ones joined the
    /// same way, since whether an attribution follows a quotation does not depend on the names the article
    /// teaches), each with <see cref="Quote.SpeakerSought"/> false. Skips the sentence subjects, pronoun resolution
    /// and the names learned from the whole article.
    /// </summary>
    public List<Quote> Spans()
    {
        var groups = Join(null);
        var quotes = new List<Quote>(groups.Count);
        foreach (var (members, _) in groups) quotes.Add(Build(members, null, sought: false));
        return quotes;
    }

    /// <summary>Attributes the quotations and returns them, interrupted ones joined.</summary>
    public List<Quote> Run()
    {
        if (!_speakers) throw new InvalidOperationException("This finder was made for spans only.");
        int n = _marked.Count;
        // The sentence subjects first: a participle's attribution ("…, telling reporters: “…”") names its sentence's subject.
        var candidates = SentenceSubjects();
        _subjects = [.. candidates];
        var before = new Candidate?[n];
        for (int i = 0; i < n; i++) before[i] = Before(i);
        var groups = Join(before);

        var quotes = new List<Quote>(groups.Count);
        Candidate? previousSpeaker = null;
        int previousClose = -1;
        foreach (var (members, found) in groups)
        {
            var first = _marked[members[0]];
            var last = _marked[members[^1]];
            var cand = found;
            // Continuation: no attribution, right after an attributed quotation (same or next sentence).
            if (cand is null && previousSpeaker is not null && previousClose >= 0 && SentenceIndexAt(first.Open) - SentenceIndexAt(previousClose) <= 1)
                cand = OwnSubjectBefore(first.Open, previousSpeaker, candidates) ?? previousSpeaker;
            QuoteSpeaker? speaker = null;
            if (cand is not null)
            {
                if (IsEpithet(cand)) cand = cand with { Pronoun = "the" };
                if (cand.IsPronoun)
                {
                    var antecedent = Resolve(cand, candidates);
                    speaker = antecedent is null
                        ? new QuoteSpeaker(cand.Span, null, SpeakerKind.Unknown)
                        : new QuoteSpeaker(cand.Span, antecedent.Name, antecedent.Kind, antecedent.Span);
                    if (antecedent is not null)
                    {
                        // The pronoun is now the latest mention of its antecedent.
                        cand = antecedent with { Span = cand.Span };
                        candidates.Add(cand);
                    }
                }
                else
                {
                    speaker = new QuoteSpeaker(cand.Span, cand.Name, cand.Kind);
                    candidates.Add(cand);
                }
            }
            quotes.Add(Build(members, speaker, sought: true));
            previousSpeaker = speaker is { Name: not null } ? cand : null;
            previousClose = last.Close;
        }
        return quotes;
    }

    /// <summary>
    /// A quotation that would continue the previous speaker's but opens inside a sentence whose subject is another
    /// person who says something before it ("Prime Minister Ana Roe said the law was needed and accused the opposition
    /// of “…”" after a protester's quotation): that subject, not the previous speaker. Null when the sentence has no
    /// such subject (a plain continuation).
    /// </summary>
    private Candidate? OwnSubjectBefore(int open, Candidate previous, List<Candidate> subjects)
    {
        int si = SentenceIndexAt(open);
        if (si < 0) return null;
        int start = _sentences[si].Start;
        foreach (var c in subjects)
        {
            if (c.Span.Start < start || c.Span.End > open || c.Kind != SpeakerKind.Person || c.IsPronoun || c.Name is null) continue;
            // "Gore said …" after "Al Gore said": the same speaker.
            if (previous.Name is null || SameSurname(c.Name, previous.Name)) return null;
            // The subject's own verb of saying, right after it, perhaps after adverbs: "Mertens said the law …", "Roe
            // hardly clarified the matter, treating it as a compliment -- “…”".
            var (lo, hi) = TokenRange(c.Span.End, open);
            while (lo < hi && IsLower(_text, _tokens[lo]) && Str(_text, _tokens[lo]) is var w && (Modifiers.Contains(w) || (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal)))) lo++;
            return lo < hi && IsVerb(_text, _tokens[lo]) ? c : null;
        }
        return null;
    }

    private static bool SameSurname(string a, string b) =>
        LastWord(a.Trim()).Equals(LastWord(b.Trim()), StringComparison.OrdinalIgnoreCase);

    /// <summary>The last word of a name (its surname, or a description's head noun).</summary>
    private static string LastWord(string name) => name[(name.LastIndexOf(' ') + 1)..];

    /// <summary>
    /// The quotations in groups: each quotation with the speaker its own attribution names (<paramref name="before"/>
    /// null: not read), and "“A,” she said. “B.”" joined — the second part has no attribution of its own and only
    /// the first one's attribution stands between them.
    /// </summary>
    private List<(List<int> Members, Candidate? Cand)> Join(Candidate?[]? before)
    {
        int n = _marked.Count;
        var after = new (Candidate Cand, int End)?[n];
        for (int i = 0; i < n; i++) after[i] = After(i);
        var groups = new List<(List<int> Members, Candidate? Cand)>();
        for (int i = 0; i < n; i++)
        {
            // A colon right before the opening mark ("Roe said: “…”") outranks what follows the quotation.
            var cand = before is null ? null
                : before[i] is not null && ColonBefore(_marked[i].Open) ? before[i] : after[i]?.Cand ?? before[i];
            if (groups.Count > 0 && i > 0 && after[i - 1] is { } prev && after[i] is null && groups[^1].Members[^1] == i - 1
                && OnlyAttributionBetween(_marked[i - 1].End, prev.End, _marked[i].Open))
            {
                groups[^1].Members.Add(i);
                continue;
            }
            groups.Add(([i], cand));
        }
        return groups;
    }

    private Quote Build(List<int> members, QuoteSpeaker? speaker, bool sought)
    {
        var first = _marked[members[0]];
        var last = _marked[members[^1]];
        var parts = new List<TextSpan>(members.Count == 1 ? first.Parts.Count : 4);
        int words = 0;
        foreach (int m in members)
            foreach (var part in _marked[m].Parts)
            {
                parts.Add(part);
                words += Sentence.CountWords(part.Slice(_text));
            }
        return new Quote(parts, new TextSpan(first.Open, last.End - first.Open)) { Speaker = speaker, SpeakerSought = sought, Words = words };
    }

    // ---- Attribution after the closing mark.

    private (Candidate Cand, int End)? After(int qi)
    {
        var q = _marked[qi];
        int start = q.End;
        if (Signature(qi) is { } signature) return signature;
        int end = RegionEnd(q.Close, start, qi);
        var toks = Tokenize(_text, start, end);
        int s = 0;
        while (s < toks.Length && !toks[s].IsWord && _text[toks[s].Start] is ',' or '—' or '–' or '-' or '―') s++;
        if (s >= toks.Length || !toks[s].IsWord)
        {
            // "“…done.” Roe said." — the segmenter ends the sentence at the closing mark: read a short next sentence.
            if (toks.Length - s > 0) return null;
            int si = SentenceIndexAt(q.Close);
            if (si < 0 || si + 1 >= _sentences.Length) return null;
            var next = _sentences[si + 1];
            if (_text.IndexOf('\n', q.End, Math.Max(0, next.Start - q.End)) >= 0) return null;
            toks = Tokenize(_text, next.Start, next.End);
            if (toks.Length == 0 || !toks[0].IsWord) return null;
            // Only a bare attribution: "Roe said." / "Roe told reporters." — not a new statement ("“…mistake.” Lee said she
            // would be back."); however long, one that opens with a name and its verb of saying after a question or an
            // exclamation, which cannot end on a comma ("“… Is it two?” Jane Roe asks as a clerk walks in."), unless the
            // verb opens the next quotation ("“…?” Senator Roe answered: “No, …”") or replies to this one ("“…!” She
            // replied to him that …").
            int verbAt = -1;
            for (int k = 0; k < toks.Length && verbAt < 0; k++) if (IsVerb(_text, toks[k])) verbAt = k;
            if (verbAt < 0) return null;
            if ((toks.Length > 10 || toks.Length - verbAt - 1 > 3)
                && (q.Close < 1 || _text[q.Close - 1] is not ('?' or '!')
                    || verbAt is < 1 or > 4 || !IsLower(_text, toks[verbAt]) || !AllCapitalised(toks, 0, verbAt)
                    || (verbAt + 1 < toks.Length && IsPunct(_text, toks[verbAt + 1], ':'))
                    || Str(_text, toks[verbAt]) is "replied" or "replies" or "answered" or "answers" or "responded" or "responds" or "countered" or "counters" or "retorted")) return null;
            end = next.End;
            s = 0;
        }
        int tailFrom = s;
        s = AfterTailPhrase(toks, s);
        int v = -1;
        for (int k = s; k < toks.Length && k - s <= MaxSubjectTokens; k++)
        {
            // "“…,” Read said": a capitalised word before a verb of saying is the speaker's name, not the verb.
            if (IsCap(_text, toks[k]) && k + 1 < toks.Length && IsLower(_text, toks[k + 1]) && IsVerb(_text, toks[k + 1])) continue;
            if (IsVerb(_text, toks[k]) || IsAccordingTo(toks, k) || IsPhrasalVerb(_text, toks, k)) { v = k; break; }
            if (!toks[k].IsWord && _text[toks[k].Start] is ';' or ':' or '“' or '"') break;
        }
        if (v < 0) return null;
        Candidate? cand;
        bool inverted = true;
        for (int k = s; k < v; k++)
            if (!IsVerbModifier(_text, toks, k)) { inverted = false; break; }
        if (IsAccordingTo(toks, v)) cand = inverted ? Forward(toks, v + 2) : null;
        // "“…,” the news agency quoted Roe as saying." / "“…,” Roe was quoted by Reuters as saying.": the one quoted
        // (in the passive, a name in apposition even when the description before it is cut: "an import and export
        // worker, Li Ming, was quoted as saying").
        else if (QuotedAs(toks, v, s, out var quoted))
            cand = quoted is { } qd && (!qd.Passive || qd.StartTok == s || qd.Cand.Kind == SpeakerKind.Person) ? qd.Cand : null;
        else if (inverted) cand = Forward(toks, IsPhrasalVerb(_text, toks, v) ? v + 2 : v + 1);
        else
        {
            var back = Backward(toks, v - 1, s);
            cand = back is { } b && b.StartTok == s ? b.Cand : null;
        }
        // After a phrase of the writer's, only a name or a pronoun is the speaker ("“Going Viral,” about the spread of
        // news, said the days …" is the sentence's own clause, not an attribution).
        if (s != tailFrom && cand is not null && !cand.IsPronoun && cand.Kind is not (SpeakerKind.Person or SpeakerKind.Organization)) return null;
        return cand is null ? null : (cand, end);
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> TailPrepositions = LanguageLexicon.English.Words("quote-tail-prepositions");

    /// <summary>The most words a phrase between a closing mark and its attribution may hold (<see cref="AfterTailPhrase"/>).</summary>
    private const int MaxTailTokens = 6;

    /// <summary>
    /// Where the attribution starts when a short phrase the writer adds to the quoted words comes first ("“This will be
    /// a challenge” for Clinton, said Kunin.", "“building bridges” to Mr. Sanders, said David Axelrod"): a lower-case
    /// preposition of <c>quote-tail-prepositions</c>, at most <see cref="MaxTailTokens"/> words with no verb of saying,
    /// and a comma, then a verb of saying or a name before one. Else <paramref name="s"/> itself.
    /// </summary>
    private int AfterTailPhrase(Tok[] toks, int s)
    {
        if (s >= toks.Length || !toks[s].IsWord || !IsLower(_text, toks[s]) || !TailPrepositions.Contains(Str(_text, toks[s]))) return s;
        for (int k = s + 1; k < toks.Length && k - s <= MaxTailTokens; k++)
        {
            if (IsPunct(_text, toks[k], ','))
                return k + 1 < toks.Length && toks[k + 1].IsWord && (IsVerb(_text, toks[k + 1]) || IsCap(_text, toks[k + 1])) ? k + 1 : s;
            if (!toks[k].IsWord || IsVerb(_text, toks[k])) return s;
        }
        return s;
    }

    /// <summary>
    /// "“…” ― Jane Roe": a name alone after a dash, ending the paragraph; or, after a quotation that is a paragraph of its
    /// own, the next paragraph when it is a dash, a name and perhaps a comma and a few more words ("- Bernie Sanders.",
    /// "-Jane Roe, tweeting after the speech.", as fact checks and quotations of the day sign them).
    /// </summary>
    private (Candidate Cand, int End)? Signature(int qi)
    {
        var q = _marked[qi];
        int end = _text.IndexOf('\n', q.End);
        if (end < 0) end = _text.Length;
        if (NextParagraphSignature(qi, end) is { } below) return below;
        if (qi + 1 < _marked.Count && _marked[qi + 1].Open < end) return null;
        // The first token must be a dash: looked at before the rest of the paragraph is tokenized.
        int first = q.End;
        while (first < end && char.IsWhiteSpace(_text[first])) first++;
        if (first >= end || _text[first] is not ('—' or '–' or '-' or '―')) return null;
        var toks = Tokenize(_text, q.End, end);
        if (toks.Length < 2 || toks[0].IsWord || _text[toks[0].Start] is not ('—' or '–' or '-' or '―')) return null;
        int e = toks.Length;
        if (IsPunct(_text, toks[e - 1], '.')) e--;
        if (e - 1 is < 1 or > 6 || !AllCapitalised(toks, 1, e)) return null;
        return Classify(toks, 1, e) is { Kind: SpeakerKind.Person } signed ? (signed, end) : null;
    }

    /// <summary>The most words a signature paragraph's name may hold before its comma or full stop (<see cref="Signature"/>).</summary>
    private const int MaxSignatureNameTokens = 6;

    private (Candidate Cand, int End)? NextParagraphSignature(int qi, int lineEnd)
    {
        var q = _marked[qi];
        // The quotation is its paragraph: nothing but spaces before its opening mark on the line, nothing but punctuation after its close.
        int lineStart = q.Open == 0 ? 0 : _text.LastIndexOf('\n', q.Open - 1) + 1;
        if (!_text.AsSpan(lineStart, q.Open - lineStart).IsWhiteSpace()) return null;
        for (int p = q.End; p < lineEnd; p++) if (!char.IsWhiteSpace(_text[p]) && _text[p] is not ('.' or ',')) return null;
        int next = lineEnd;
        while (next < _text.Length && char.IsWhiteSpace(_text[next])) next++;
        if (next >= _text.Length || _text[next] is not ('—' or '–' or '-' or '―')) return null;
        if (qi + 1 < _marked.Count && _marked[qi + 1].Open < next) return null;
        int nextEnd = _text.IndexOf('\n', next);
        if (nextEnd < 0) nextEnd = _text.Length;
        if (qi + 1 < _marked.Count && _marked[qi + 1].Open < nextEnd) return null;
        var toks = Tokenize(_text, next, nextEnd);
        int e = 1;
        while (e < toks.Length && toks[e].IsWord) e++;
        if (e - 1 is < 1 or > MaxSignatureNameTokens || !AllCapitalised(toks, 1, e)) return null;
        if (e < toks.Length && !IsPunct(_text, toks[e], ',') && !(IsPunct(_text, toks[e], '.') && e == toks.Length - 1)) return null;
        return Classify(toks, 1, e) is { Kind: SpeakerKind.Person or SpeakerKind.Organization } signed ? (signed, nextEnd) : null;
    }

    /// <summary>Where the text after a closing mark stops being its attribution: sentence end, paragraph end or the next quotation.</summary>
    private int RegionEnd(int close, int start, int qi)
    {
        int end = _text.IndexOf('\n', start);
        if (end < 0) end = _text.Length;
        int si = SentenceIndexAt(close);
        if (si >= 0) end = Math.Min(end, Math.Max(start, _sentences[si].End));
        if (qi + 1 < _marked.Count) end = Math.Min(end, Math.Max(start, _marked[qi + 1].Open));
        return end;
    }

    private bool ColonBefore(int open)
    {
        int p = open - 1;
        while (p >= 0 && char.IsWhiteSpace(_text[p])) p--;
        return p >= 0 && _text[p] == ':';
    }

    private bool IsAccordingTo(Tok[] toks, int k) =>
        k + 1 < toks.Length && (Is(_text, toks[k], "according") || Is(_text, toks[k], "According")) && Is(_text, toks[k + 1], "to");

    private bool OnlyAttributionBetween(int from, int attributionEnd, int nextOpen)
    {
        if (nextOpen < attributionEnd) return false;
        if (_text.IndexOf('\n', from, nextOpen - from) >= 0) return false;
        for (int i = attributionEnd; i < nextOpen; i++)
            if (!char.IsWhiteSpace(_text[i]) && _text[i] is not ('.' or ',' or ':' or ';' or '—' or '–')) return false;
        return true;
    }

    // ---- Attribution before the opening mark.

    private Candidate? Before(int qi)
    {
        var q = _marked[qi];
        int si = SentenceIndexAt(q.Open);
        int start = si >= 0 ? _sentences[si].Start : 0;
        int lineStart = _text.LastIndexOf('\n', Math.Max(0, q.Open - 1)) + 1;
        if (q.Open == 0) lineStart = 0;
        start = Math.Max(start, lineStart);
        if (qi > 0 && _marked[qi - 1].End > start) start = _marked[qi - 1].End;
        var toks = Tokenize(_text, start, q.Open);
        if (toks.Length == 0)
        {
            // "Roe said in a statement:" ending the sentence (or paragraph) before the quotation.
            int p = q.Open - 1;
            while (p >= 0 && char.IsWhiteSpace(_text[p])) p--;
            if (p < 0 || _text[p] != ':') return null;
            int psi = SentenceIndexAt(p);
            int pStart = psi >= 0 ? _sentences[psi].Start : 0;
            int pLine = _text.LastIndexOf('\n', Math.Max(0, p - 1)) + 1;
            pStart = Math.Max(pStart, pLine);
            if (qi > 0 && _marked[qi - 1].End > pStart) pStart = _marked[qi - 1].End;
            toks = Tokenize(_text, pStart, p + 1);
        }
        int v = -1;
        for (int k = toks.Length - 1; k >= 0 && toks.Length - 1 - k <= MaxAfterVerbTokens; k--)
        {
            if (IsVerb(_text, toks[k]) || IsAccordingTo(toks, k) || IsPutIt(toks, k)) { v = k; break; }
            if (k >= 1 && IsPhrasalVerb(_text, toks, k - 1)) { v = k - 1; break; }
            if (!toks[k].IsWord && IsQuoteMark(_text[toks[k].Start])) return null;
        }
        if (v < 0) return NameBeforeColon(toks) ?? StatementSubject(toks);
        if (IsAccordingTo(toks, v)) return Forward(toks, v + 2);
        // "Said Jane Roe, who grew up in the town, “…”": the verb opens the sentence and the speaker follows it.
        if (v == 0 && IsCap(_text, toks[0]) && !IsParticiple(toks[0])) return Forward(toks, 1) is { Kind: SpeakerKind.Person or SpeakerKind.Organization } named ? named : null;
        if (QuotedAs(toks, v, 0, out var quoted)) return quoted?.Cand;
        if (IsCoordinated(toks, v, out int conjunction)) return ClauseSubjectBefore(toks, conjunction);
        if (IsParticiple(toks[v]) && !OwnParticipleSubject(toks, v) && ParticipleSubject(toks, v) is { } subject) return subject;
        return Backward(toks, v - 1, 0)?.Cand;
    }

    /// <summary>
    /// Whether the verb of saying at <paramref name="v"/> is joined to an earlier verb by "and" or "but" ("Roe shook her
    /// head and said, “…”", "Roe called for calm but then added: “…”"); <paramref name="conjunction"/> is the joining word.
    /// </summary>
    private bool IsCoordinated(Tok[] toks, int v, out int conjunction)
    {
        conjunction = v - 1;
        while (conjunction >= 0 && IsVerbModifier(_text, toks, conjunction)) conjunction--;
        return conjunction >= 1 && !IsParticiple(toks[v]) && toks[conjunction].IsWord && Str(_text, toks[conjunction]) is "and" or "but";
    }

    /// <summary>The most words an apposition between a subject and its verb may hold ("Suu Kyi, 70, said …").</summary>
    private const int MaxAppositionTokens = 8;

    /// <summary>
    /// The subject of the clause that "and said" continues: the last name or pronoun before <paramref name="conjunction"/>
    /// that opens its clause (at the start, or after a comma) and stands before a lower-case word other than a
    /// conjunction or preposition, perhaps after an apposition ("Suu Kyi, 70, said it was too early but added", "In a
    /// call with his fiancee, Ann Lee, he complained … but added": he, not the fiancee). Null when that clause is passive
    /// ("Roe was praised by the council and called “a tireless worker”": the one named does not speak) or none is found.
    /// </summary>
    private Candidate? ClauseSubjectBefore(Tok[] toks, int conjunction)
    {
        Candidate? found = null;
        for (int k = 0; k < conjunction; k++)
        {
            if (!toks[k].IsWord || !(k == 0 || IsPunct(_text, toks[k - 1], ','))) continue;
            var w = Str(_text, toks[k]);
            Candidate? cand;
            int e = k + 1;
            if (IsPronoun(w)) cand = PronounCandidate(toks[k], w);
            else if (IsCap(_text, toks[k]))
            {
                while (e < conjunction && toks[e].IsWord && (IsCap(_text, toks[e]) || IsNameConnector(Str(_text, toks[e])))) e++;
                // "The Republican nominee also outlined …": after an article the capitals are part of a description, not a name.
                if (IsDeterminer(w) && e < conjunction && IsLower(_text, toks[e])) continue;
                cand = Classify(toks, k, e);
                if (cand is not { Kind: SpeakerKind.Person or SpeakerKind.Organization } || (cand.Kind == SpeakerKind.Person && NotAPerson(cand.Span, toks[0].Start))) continue;
            }
            else continue;
            int after = e;
            if (after < conjunction && IsPunct(_text, toks[after], ','))
            {
                // An apposition to its closing comma, not a clause of its own ("Ann Lee, he complained").
                int close = after + 1;
                while (close < conjunction && close - after <= MaxAppositionTokens && !IsPunct(_text, toks[close], ',')) close++;
                if (close >= conjunction || close - after > MaxAppositionTokens || close == after + 1 || IsPronoun(Str(_text, toks[after + 1]))) continue;
                after = close + 1;
            }
            while (after < conjunction && IsVerbModifier(_text, toks, after)) after++;
            // The verb's place: a lower-case word, not one that carries the phrase on ("China and Russia, and said").
            if (after >= conjunction || !IsLower(_text, toks[after]) || StopsPhrase(Str(_text, toks[after]))) continue;
            found = IsPassive(toks, after, conjunction) ? null : cand;
        }
        return found;
    }

    /// <summary>Whether the verb at <paramref name="k"/> is a passive: a form of "be", then (past modifiers) a word in "-ed" or "-en".</summary>
    private bool IsPassive(Tok[] toks, int k, int end)
    {
        if (!IsBeForm(Str(_text, toks[k]))) return false;
        int p = k + 1;
        while (p < end && IsVerbModifier(_text, toks, p)) p++;
        return p < end && toks[p].IsWord && Str(_text, toks[p]) is var w && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("en", StringComparison.Ordinal));
    }

    /// <summary>A form of "be" before a passive participle ("was quoted", "were praised").</summary>
    private static bool IsBeForm(string w) => w is "was" or "were" or "is" or "are" or "be" or "been" or "being";

    private const int MaxQuotedAsTokens = 14;

    private static bool IsQuoting(string w) => w is "quoted" or "cited" or "quoting" or "citing";

    /// <summary>
    /// Whether the verb of saying at <paramref name="v"/> follows "as" in "X quoted Y as saying" ("the news agency
    /// quoted Roe as saying", "citing the ministry as saying") or "Y was quoted (by X) as saying": the one quoted
    /// speaks, not the one who quotes. <paramref name="speaker"/> is the phrase between "quoted" and "as" when it
    /// reads as one phrase ("the ministry's press service", "Jane Roe, a fisherman,"), or, in the passive, the subject
    /// of "was quoted"; null otherwise ("quoted the report delivered by Roe at the congress as saying": no speaker
    /// rather than the one who quotes). Nothing is read before token <paramref name="min"/>.
    /// </summary>
    private bool QuotedAs(Tok[] toks, int v, int min, out (Candidate Cand, int StartTok, bool Passive)? speaker)
    {
        speaker = null;
        if (v - 2 < min || !Is(_text, toks[v - 1], "as") || !IsParticiple(toks[v])) return false;
        int q = v - 2;
        while (q >= min && v - q <= MaxQuotedAsTokens && !(toks[q].IsWord && IsQuoting(Str(_text, toks[q]))))
        {
            if (!toks[q].IsWord && (IsQuoteMark(_text[toks[q].Start]) || _text[toks[q].Start] is ';' or ':')) return false;
            q--;
        }
        if (q < min || v - q > MaxQuotedAsTokens) return false;
        if (q - 1 >= min && IsBeForm(Str(_text, toks[q - 1])))
        {
            if (Backward(toks, q - 2, min) is { } subject) speaker = (subject.Cand, subject.StartTok, true);
            return true;
        }
        // The whole phrase (a name in apposition kept: "quoted the regional prosecutor, Jane Roe, as saying"), not the
        // end of a phrase after a preposition ("the report compiled by the Panel on Climate Change", "in June").
        if (Backward(toks, v - 2, q + 1) is { } quoted && quoted.StartTok == q + 1) speaker = (quoted.Cand, quoted.StartTok, false);
        return true;
    }

    /// <summary>"As Jane Roe put it: “…”", "as Roe puts it": "put it" attributes like a verb of saying.</summary>
    private bool IsPutIt(Tok[] toks, int k) =>
        k + 1 < toks.Length && (Is(_text, toks[k], "put") || Is(_text, toks[k], "puts")) && Is(_text, toks[k + 1], "it");

    /// <summary>
    /// A name alone before the colon that opens the quotation, with no verb: after a dash ("… IN OTHER STATES - Jane
    /// Roe: “…”", a digest's source: a person or an organisation), or opening its sentence, after a verb of saying
    /// or not ("Jane Roe: “…”", "Continued Roe: “…”": a person's name only). Null for anything else before a colon
    /// ("The results: “…”", "Update: “…”", "the committee's verdict: “…”").
    /// </summary>
    private Candidate? NameBeforeColon(Tok[] toks)
    {
        int e = toks.Length - 1;
        if (e < 1 || !IsPunct(_text, toks[e], ':')) return null;
        int b = e;
        while (b - 1 >= 0 && e - b < 6 && toks[b - 1].IsWord && (IsCap(_text, toks[b - 1]) || IsNameConnector(Str(_text, toks[b - 1])))) b--;
        if (b == e || !IsCap(_text, toks[b])) return null;
        if (b >= 1 && !toks[b - 1].IsWord && _text[toks[b - 1].Start] is '-' or '—' or '–')
            return Classify(toks, b, e) is { Kind: SpeakerKind.Person or SpeakerKind.Organization } named ? named : null;
        // At a sentence's start only a person's name: a given name first, or a surname the article gives in full
        // ("Clinton: “…” Bush: “…”"; "Breaking News: “…”", "Update: “…”" are no one).
        int p = toks[0].Start - 1;
        while (p >= 0 && _text[p] is ' ' or '\t' or '\u00A0') p--;
        int si = SentenceIndexAt(toks[0].Start);
        if (b != 0 || !(p < 0 || _text[p] == '\n' || (si >= 0 && _sentences[si].Start == toks[0].Start))) return null;
        return Classify(toks, b, e) is { Kind: SpeakerKind.Person, Name: { } name } person
            && name.Contains(' ') && GivenNames.Contains(name[..name.IndexOf(' ')]) ? person : null;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> StatementNouns = LanguageLexicon.English.Words("quote-statement-nouns");
    private static readonly System.Collections.Frozen.FrozenSet<string> OpeningClauseWords = LanguageLexicon.English.Words("opening-clause-conjunctions");

    /// <summary>
    /// "President Jane Roe released the following statement: “…”", "Roe issued a statement, “…”": a noun of
    /// <c>quote-statement-nouns</c>, after an article or a describing word, right before the colon or comma that opens the
    /// quotation; the speaker is the sentence's subject, read as a participle's is, or after an opening clause ("When …,")
    /// the subject of the clause that issues it (<see cref="ClauseSubjectBefore"/>). Null otherwise.
    /// </summary>
    private Candidate? StatementSubject(Tok[] toks)
    {
        int e = toks.Length - 1;
        if (e < 2 || !(IsPunct(_text, toks[e], ':') || IsPunct(_text, toks[e], ','))) return null;
        var noun = toks[e - 1];
        if (!IsLower(_text, noun) || !StatementNouns.Contains(Str(_text, noun))) return null;
        // A noun after its article or a word describing it ("the following statement"), not a verb ("MacLaine, who remarks,").
        var before = Str(_text, toks[e - 2]);
        if (!IsDeterminer(before) && before is not ("following" or "brief" or "short" or "written" or "joint" or "terse" or "new")) return null;
        // After an opening clause, the subject of the clause that issues it ("When Lee died, Governor Roe released …" is
        // Roe's, not Lee's); else the sentence's ("Republican nominee Jane Roe issued …").
        if (IsCap(_text, toks[0]) && OpeningClauseWords.Contains(Str(_text, toks[0])) && ClauseSubjectBefore(toks, e - 1) is { } clause) return clause;
        return ParticipleSubject(toks, e - 1) is { } subject && (subject.IsPronoun || subject.Kind is SpeakerKind.Person or SpeakerKind.Organization) ? subject : null;
    }

    /// <summary>
    /// Whether the participle has a subject of its own or is a tense, not a clause hung on the sentence: "with Kasich
    /// saying …" (its subject after "with"), "other makers are saying, “…”" (after a form of "be").
    /// </summary>
    private bool OwnParticipleSubject(Tok[] toks, int v)
    {
        if (v < 1 || !toks[v - 1].IsWord) return false;
        if (Str(_text, toks[v - 1]) is "is" or "are" or "was" or "were" or "be" or "been" or "am" or "'re" or "’re") return true;
        return Backward(toks, v - 1, 0) is { StartTok: var st } && (Is(_text, toks[st], "with") || (st >= 1 && Is(_text, toks[st - 1], "with")));
    }

    /// <summary>Whether the words from token <paramref name="from"/> to <paramref name="until"/> read as a role: no verb of saying, no "-ed" or "-s" form.</summary>
    private bool RoleWordsOnly(int from, int until)
    {
        for (int k = from; k < _tokens.Length && _tokens[k].Start < until; k++)
        {
            var w = _text.AsSpan(_tokens[k].Start, _tokens[k].Length);
            if (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("s", StringComparison.Ordinal) || IsVerb(_text, _tokens[k])) return false;
        }
        return true;
    }

    private bool IsParticiple(Tok t) => t.Length > 4 && _text.AsSpan(t.Start, t.Length).EndsWith("ing", StringComparison.Ordinal);

    /// <summary>
    /// Who speaks through a participle of saying before the quotation ("Hours later, Roe returned the compliment,
    /// telling reporters, “…”"; "In a statement released Thursday, Roe reacted, saying: “…”"; "Roe said, adding, “…”"):
    /// the subject of the sentence, not the phrase before the participle's comma. The subject of a verb of saying
    /// right before the participle ("Roe said, adding"); else the subject read for the sentence, before the
    /// participle; else a pronoun opening the sentence ("He shook his head, saying …"). Null when none is found.
    /// </summary>
    private Candidate? ParticipleSubject(Tok[] toks, int v)
    {
        int si = SentenceIndexAt(toks[v].Start);
        if (si < 0 || _subjects is null) return null;
        if (v >= 2 && IsPunct(_text, toks[v - 1], ',') && IsVerb(_text, toks[v - 2]) && !IsParticiple(toks[v - 2])
            && Backward(toks, v - 3, 0) is { Cand: var said } && (said.IsPronoun || said is { Kind: SpeakerKind.Person or SpeakerKind.Organization }))
            return said;
        // "…, said Jane Roe, noting: “…”": the inverted subject of "said" (not of "told", whose object follows it).
        if (v >= 3 && IsPunct(_text, toks[v - 1], ','))
        {
            int k = v - 2;
            while (k >= 0 && v - 2 - k < 4 && IsCap(_text, toks[k])) k--;
            if (k >= 0 && k < v - 2 && (Is(_text, toks[k], "said") || Is(_text, toks[k], "says"))
                && Classify(toks, k + 1, v - 1) is { Kind: SpeakerKind.Person or SpeakerKind.Organization } inverted && !NotAPerson(inverted.Span, -1))
                return inverted;
        }
        int start = _sentences[si].Start, at = toks[v].Start;
        foreach (var c in _subjects)
        {
            if (c.Span.Start >= at) break;
            if (c.Span.Start < start) continue;
            // "New England regulatory chief William Lawless counters …": the name after the role, not the place before
            // it (the role's words no verb: "Roe greeted volunteer Ann Lee, saying …" is Roe's).
            var (after, end) = TokenRange(c.Span.End, at);
            return after < end && RoleThenName(_tokens, after, end) is { } named && RoleWordsOnly(after, named.Span.Start) ? named : c;
        }
        var (lo, hi) = TokenRange(start, at);
        if (lo < hi && _tokens[lo].IsWord && Str(_text, _tokens[lo]) is var w && IsPronoun(w)) return PronounCandidate(_tokens[lo], w);
        // A name with a parenthesis before its verb, which the sentence subjects do not read: "…, Rep. Omar Lindqvist
        // (D-Minn.) reacted to the ruling, saying: “…”".
        for (int k = lo; k < hi; k++)
        {
            if (!(k == lo || IsPunct(_text, _tokens[k - 1], ',')) || !IsCap(_text, _tokens[k])) continue;
            int e = k;
            while (e < hi && _tokens[e].IsWord && IsCap(_text, _tokens[e])) e++;
            if (e == k || e >= hi || !IsPunct(_text, _tokens[e], '(')) continue;
            int m = e + 1;
            while (m < hi && m - e < 8 && !IsPunct(_text, _tokens[m], ')')) m++;
            if (m + 1 < hi && IsPunct(_text, _tokens[m], ')') && IsLower(_text, _tokens[m + 1])
                && Classify(_tokens, k, e) is { Kind: SpeakerKind.Person } person && !NotAPerson(person.Span, _tokens[lo].Start))
                return person;
        }
        return null;
    }

    // ---- Noun phrases.

    private static bool StopsPhrase(string w) => w is "in" or "on" or "at" or "during" or "after" or "before" or "when" or "while" or "who"
        or "which" or "that" or "as" or "to" or "about" or "and" or "but" or "or" or "if" or "because" or "so" or "where" or "by"
        or "from" or "than" or "since" or "until" or "last" or "this" or "earlier" or "yesterday" or "today" or "tonight" or "recently";

    /// <summary>The speaker named from token <paramref name="k"/> on ("said Jane Roe, chief strategist", "according to the report").</summary>
    private Candidate? Forward(Tok[] toks, int k)
    {
        if (k >= toks.Length || !toks[k].IsWord) return null;
        var w = Str(_text, toks[k]);
        if (IsPronoun(w)) return PronounCandidate(toks[k], w);
        int j = k;
        bool named = false;
        while (j < toks.Length && toks[j].IsWord && j - k < 8 && (j == k || !(IsLower(_text, toks[j]) && (StopsPhrase(Str(_text, toks[j])) || (named && Str(_text, toks[j]) is "of" or "for" or "with"))))) 
        {
            if (IsCap(_text, toks[j])) named = true;
            j++;
        }
        var cand = Classify(toks, k, j);
        // "said a campaign spokesman, Jason Miller."
        if (cand is { Kind: not SpeakerKind.Person } && j < toks.Length && IsPunct(_text, toks[j], ','))
        {
            int e = j + 1;
            while (e < toks.Length && toks[e].IsWord) e++;
            if (e > j + 1 && (e == toks.Length || !toks[e].IsWord) && Classify(toks, j + 1, e) is { Kind: SpeakerKind.Person } name && AllCapitalised(toks, j + 1, e)) return name;
        }
        return cand;
    }

    /// <summary>The speaker whose phrase ends at token <paramref name="j"/> (subject of a verb), not reaching before <paramref name="min"/>.</summary>
    private (Candidate Cand, int StartTok)? Backward(Tok[] toks, int j, int min)
    {
        while (j >= min && IsVerbModifier(_text, toks, j)) j--;
        // "Priebus later Thursday told …", "Roe on Monday said …": the time between the subject and its verb is not the subject.
        if (j - 1 >= min && CalendarWords.Contains(Str(_text, toks[j])))
        {
            int t = j - 1;
            while (t >= min && IsLower(_text, toks[t]) && Str(_text, toks[t]) is "on" or "later" or "earlier" or "last" or "this" or "late" or "early" or "next") t--;
            if (t >= min && toks[t].IsWord && !(IsLower(_text, toks[t]) && (StopsPhrase(Str(_text, toks[t])) || IsVerb(_text, toks[t])))) j = t;
        }
        // "Gov. Jane Roe (R-OH), said": the comma after a parenthesis closes the name, not an apposition.
        if (j - 1 >= min && IsPunct(_text, toks[j], ',') && IsPunct(_text, toks[j - 1], ')')) j--;
        if (j < min) return null;
        (int S, int E)? apposition = null;
        if (IsPunct(_text, toks[j], ')'))
        {
            int k = j - 1;
            while (k >= min && !IsPunct(_text, toks[k], '(')) k--;
            if (k < min) return null;
            j = k - 1;
        }
        else if (Is(_text, toks[j], "who") && j - 1 >= min && IsPunct(_text, toks[j - 1], ','))
        {
            j -= 2;
        }
        else
        {
            // ", Jane Roe's chief strategist, one of the few to stay," — up to three appositions, the first name-only one kept.
            for (int round = 0; round < 3 && j >= min && IsPunct(_text, toks[j], ','); round++)
            {
                int k = j - 1;
                while (k >= min && j - k <= 25 && !IsPunct(_text, toks[k], ',')) k--;
                if (k < min || !IsPunct(_text, toks[k], ',')) return null;
                if (apposition is null || AllCapitalised(toks, k + 1, j)) apposition = (k + 1, j);
                j = k - 1;
            }
            // "Rep. Jane Roe, R-Texas, who chairs the panel, said": a party and state tag is set off like an apposition.
            if (j - 1 >= min && IsPunct(_text, toks[j], '.') && IsPartyStateTag(Str(_text, toks[j - 1]))) j--;
            if (j - 1 >= min && toks[j].IsWord && IsPartyStateTag(Str(_text, toks[j])) && IsPunct(_text, toks[j - 1], ',')) j -= 2;
        }
        if (j < min || !toks[j].IsWord) return null;
        var w = Str(_text, toks[j]);
        if (IsPronoun(w)) return (PronounCandidate(toks[j], w), j);
        int s = j;
        while (s - 1 >= min && j - s < 8)
        {
            var t = toks[s - 1];
            if (!t.IsWord) break;
            var tw = Str(_text, t);
            if (IsDeterminer(tw)) { s--; break; }
            if (IsLower(_text, t) && (StopsPhrase(tw) || IsVerb(_text, t) || Modifiers.Contains(tw))) break;
            if (IsPronoun(tw)) break;
            s--;
        }
        var cand = Classify(toks, s, j + 1);
        if (cand is null) return null;
        if (cand.Kind != SpeakerKind.Person && apposition is { } ap && AllCapitalised(toks, ap.S, ap.E) && Classify(toks, ap.S, ap.E) is { Kind: SpeakerKind.Person } named)
            cand = named;
        // "Roe's former mentor in St. Petersburg, ex-Mayor Jane Doe, told …": a name after a place preposition is
        // where, not who; a person's name in apposition (a given name first: not "in Austin, Texas,") speaks.
        else if (apposition is { } pa && s - 1 >= min && IsLower(_text, toks[s - 1]) && PlacePrepositions.Contains(Str(_text, toks[s - 1]))
            && Classify(toks, pa.S, pa.E) is { Kind: SpeakerKind.Person, Name: { } appositiveName } appositive
            && appositiveName.Contains(' ') && GivenNames.Contains(appositiveName[..appositiveName.IndexOf(' ')]))
            cand = appositive;
        // "Kathy Fithen, manager of the response team at Carnegie Mellon University, …, said": a name after a preposition
        // inside a description set off by commas is where the person works; the person named before the description speaks.
        else if (cand.Kind != SpeakerKind.Person && DescribedPerson(toks, s, min) is { } described)
            return described;
        return (cand, s);
    }

    /// <summary>
    /// The person named right before a description that ends in the name starting at token <paramref name="s"/>: a
    /// lower-case preposition before that name, a comma and a lower-case word opening the description (at most 25 tokens
    /// back), and before the comma a name of two or more capitalised words starting with a given name. Null otherwise.
    /// </summary>
    private (Candidate Cand, int StartTok)? DescribedPerson(Tok[] toks, int s, int min)
    {
        if (s - 1 < min || !IsLower(_text, toks[s - 1]) || !TailPrepositions.Contains(Str(_text, toks[s - 1]))) return null;
        int c = s - 2;
        while (c >= min && s - c <= 25 && !IsPunct(_text, toks[c], ',')) c--;
        if (c - 2 < min || !IsPunct(_text, toks[c], ',') || !IsLower(_text, toks[c + 1])) return null;
        int b = c;
        while (b - 1 >= min && toks[b - 1].IsWord && IsCap(_text, toks[b - 1])) b--;
        if (c - b < 2 || !GivenNames.Contains(Str(_text, toks[b]))) return null;
        return Classify(toks, b, c) is { Kind: SpeakerKind.Person } person ? (person, b) : null;
    }

    private bool AllCapitalised(Tok[] toks, int s, int e)
    {
        for (int k = s; k < e; k++) if (!IsCap(_text, toks[k]) && !IsNameConnector(Str(_text, toks[k]))) return false;
        return e > s;
    }

    private Candidate PronounCandidate(Tok t, string w) => new(new TextSpan(t.Start, t.Length), null, SpeakerKind.Unknown, Gender.Unknown, w.ToLowerInvariant());

    /// <summary>Reads the phrase toks[s, e): a name (person or organisation) ending it, else a description.</summary>
    private Candidate? Classify(Tok[] toks, int s, int e)
    {
        if (e <= s) return null;
        // Trailing run of capitalised words: the name.
        int r = e;
        while (r - 1 >= s && toks[r - 1].IsWord && (IsCap(_text, toks[r - 1]) || (r < e && IsNameConnector(Str(_text, toks[r - 1])))) && !IsDeterminer(Str(_text, toks[r - 1]))) r--;
        // An employer's possessive before a person's name (a given name and a surname) is not part of it ("The Post's Dana
        // Milbank", "Breitbart’s Joel Pollak"; not "Lester Brown's Plan B").
        for (int k = r; k < e - 2; k++)
            if (Str(_text, toks[k]) is var pw && (pw.EndsWith("'s", StringComparison.Ordinal) || pw.EndsWith("’s", StringComparison.Ordinal))
                && GivenNames.Contains(Str(_text, toks[k + 1])))
                r = k + 1;
        var titleGender = Gender.Unknown;
        bool titled = false;
        int n = r;
        // Titles are dropped, but never the last word ("Mr. King" is King); so are openers, before a title as well as after
        // one ("But Mrs. Clinton would …": the title still says she is a woman).
        while (n < e - 1 && IsTitle(_text.AsSpan(toks[n].Start, toks[n].Length), out var g)) { if (g != Gender.Unknown) titleGender = g; titled = true; n++; }
        while (n < e - 1 && IsOpener(Str(_text, toks[n]))) n++;
        while (n < e - 1 && IsTitle(_text.AsSpan(toks[n].Start, toks[n].Length), out var g)) { if (g != Gender.Unknown) titleGender = g; titled = true; n++; }
        var lastWord = e > s ? Str(_text, toks[e - 1]) : "";
        bool possessive = lastWord.EndsWith("'s", StringComparison.Ordinal) || lastWord.EndsWith("’s", StringComparison.Ordinal);
        // An opener alone is no one, unless the article gives a person that surname ("George Will": "…,” Will wrote).
        if (n == e - 1 && IsOpener(Str(_text, toks[n])) && !(_fullNames is not null && _fullNames.ContainsKey(Str(_text, toks[n])))) return null;
        if (n < e && !possessive && !IsHeading(toks, n, e))
        {
            var span = new TextSpan(toks[n].Start, toks[e - 1].End - toks[n].Start);
            var name = _text.Substring(span.Start, span.Length);
            bool org = false;
            for (int k = n; k < e; k++)
            {
                var word = Str(_text, toks[k]);
                if (OrganisationWords.Contains(word.TrimEnd('.')) || (word.Count(char.IsUpper) >= 2 && word.All(c => char.IsUpper(c) || c == '.' || c == '&'))) org = true;
            }
            if (!titled && r - 1 >= s && Str(_text, toks[r - 1]) is "the" or "The") org = true;
            if ((org || n < e - 2) && OfficeHolder(toks, s, n, e) is { } holder) return holder;
            if (org) return new Candidate(span, name, SpeakerKind.Organization, Gender.Unknown, null);
            var gender = titleGender != Gender.Unknown ? titleGender : GenderOf(toks, n, e);
            return new Candidate(span, FullName(name, toks, n, e), SpeakerKind.Person, gender, null);
        }
        // A description: "a Secret Service official", "the report", "the Trump campaign".
        int headEnd = e;
        for (int k = s + 1; k < e; k++) if (Str(_text, toks[k]) is "of" or "for" or "at" or "with") { headEnd = k; break; }
        var head = Str(_text, toks[headEnd - 1]);
        if (possessive || !char.IsLetter(head[0]) || Stopwords.Contains(head) || IsVerb(_text, toks[headEnd - 1])
            || head.EndsWith("ly", StringComparison.Ordinal) || head.EndsWith("ing", StringComparison.Ordinal) || char.IsUpper(head[0])) return null;
        var kind = Documents.Contains(head) ? SpeakerKind.Document : OrganisationWords.Contains(head) ? SpeakerKind.Organization : SpeakerKind.Unknown;
        var dspan = new TextSpan(toks[s].Start, toks[e - 1].End - toks[s].Start);
        return new Candidate(dspan, _text.Substring(dspan.Start, dspan.Length), kind, Gender.Unknown, null);
    }

    /// <summary>"of" inside an office's name: a title before it and a capitalised word after it ("Secretary of State").</summary>
    private bool OfficeOf(Tok[] toks, int e, int hi) =>
        Is(_text, toks[e], "of") && e + 1 < hi && IsCap(_text, toks[e + 1]) && IsTitle(_text.AsSpan(toks[e - 1].Start, toks[e - 1].Length), out _);

    /// <summary>
    /// "U.S. Secretary of State Madeleine Albright": a run of capitals that ends on a given name (an initial may follow it)
    /// and a surname, with a title before the given name in the phrase (from <paramref name="s"/>, "Secretary of State …"),
    /// is that person, the words before being the office (kept in the mention, not in the name); null otherwise ("Bank of
    /// America Merrill Lynch" holds no title).
    /// </summary>
    private Candidate? OfficeHolder(Tok[] toks, int s, int n, int e)
    {
        int g = e - 2;
        if (g > n && IsInitial(Str(_text, toks[g])) && GivenNames.Contains(Str(_text, toks[g - 1]))) g--;
        if (g <= n || !GivenNames.Contains(Str(_text, toks[g])) || OrganisationWords.Contains(Str(_text, toks[e - 1]).TrimEnd('.'))) return null;
        var gender = Gender.Unknown;
        bool titled = false;
        for (int k = Math.Max(s, n - 3); k < g; k++)
            if (IsTitle(_text.AsSpan(toks[k].Start, toks[k].Length), out var tg)) { titled = true; if (tg != Gender.Unknown) gender = tg; }
        if (!titled) return null;
        // The mention keeps the office ("U.S. Secretary of State Madeleine Albright"); the name is the person's.
        var span = new TextSpan(toks[n].Start, toks[e - 1].End - toks[n].Start);
        return new Candidate(span, _text.Substring(toks[g].Start, toks[e - 1].End - toks[g].Start), SpeakerKind.Person, gender != Gender.Unknown ? gender : GenderOf(toks, g, e), null);

        static bool IsInitial(string w) => w.Length == 2 && char.IsUpper(w[0]) && w[1] == '.';
    }

    /// <summary>A capitalised word that opens a sentence or clause without being part of a name ("But", "Meanwhile").</summary>
    private static bool IsOpener(string w)
    {
        var lower = w.ToLowerInvariant();
        return StopsPhrase(lower) || Modifiers.Contains(lower) || Verbs.Contains(lower) || lower is "but" or "and" or "so" or "meanwhile" or "still" or "yet"
            or "now" or "here" or "there" or "however" or "instead" or "speaking" or "then" or "thus" or "indeed" or "talking"
            or "addressing" or "appearing" or "responding" or "writing" or "according" or "asked" or "pressed" or "interviewed";
    }

    /// <summary>Two or more words all in capitals: a heading, not a name.</summary>
    private bool IsHeading(Tok[] toks, int n, int e)
    {
        if (e - n < 2) return false;
        for (int k = n; k < e; k++)
            foreach (char c in _text.AsSpan(toks[k].Start, toks[k].Length))
                if (char.IsLower(c)) return false;
        return true;
    }

    private Gender GenderOf(Tok[] toks, int n, int e)
    {
        if (e - n >= 2)
        {
            var first = Str(_text, toks[n]);
            if (FemaleNames.Contains(first)) return Gender.Female;
            if (MaleNames.Contains(first)) return Gender.Male;
        }
        return _surnameGender is not null && _surnameGender.TryGetValue(Str(_text, toks[e - 1]), out var g) ? g : Gender.Unknown;
    }

    private string FullName(string name, Tok[] toks, int n, int e) =>
        e - n == 1 && _fullNames is not null && _fullNames.TryGetValue(Str(_text, toks[n]), out var full) ? full : name;

    /// <summary>Full names in the article ("Jane Roe" for "Roe") and the gender their titles or given names give.</summary>
    private void LearnNames(Dictionary<string, Gender> surnameGender, Dictionary<string, string> fullNames)
    {
        var toks = _tokens;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var conflict = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < toks.Length; i++)
        {
            if (!IsCap(_text, toks[i])) continue;
            int j = i;
            while (j < toks.Length && (IsCap(_text, toks[j]) || (j > i && IsNameConnector(_text.AsSpan(toks[j].Start, toks[j].Length))))) j++;
            int n = i;
            var gender = Gender.Unknown;
            // Words are read in place (no string per capitalised word); a string is made only for what is kept.
            while (n < j - 1 && IsTitle(_text.AsSpan(toks[n].Start, toks[n].Length), out var g)) { if (g != Gender.Unknown) gender = g; n++; }
            if (n < j)
            {
                var first = _text.AsSpan(toks[n].Start, toks[n].Length);
                bool female = FemaleLookup.Contains(first), male = !female && MaleLookup.Contains(first);
                if (gender == Gender.Unknown && j - n >= 2) gender = female ? Gender.Female : male ? Gender.Male : Gender.Unknown;
                if (gender != Gender.Unknown)
                {
                    var surname = Str(_text, toks[j - 1]);
                    if (!conflict.Contains(surname))
                    {
                        if (surnameGender.TryGetValue(surname, out var known) && known != gender) { conflict.Add(surname); surnameGender.Remove(surname); }
                        else surnameGender[surname] = gender;
                    }
                }
                if (j - n == 2 && (female || male || n > i))
                {
                    var full = _text.Substring(toks[n].Start, toks[j - 1].End - toks[n].Start);
                    counts[full] = counts.GetValueOrDefault(full) + 1;
                }
            }
            i = j - 1;
        }
        foreach (var group in counts.GroupBy(kv => LastWord(kv.Key), StringComparer.OrdinalIgnoreCase))
        {
            var best = group.OrderByDescending(kv => kv.Value).ToList();
            if (best.Count == 1 || best[0].Value > best[1].Value) fullNames[group.Key] = best[0].Key;
        }
    }

    // ---- Pronouns.

    /// <summary>Sentence subjects outside quotations: a name opening the sentence or its main clause after an opening phrase.</summary>
    private List<Candidate> SentenceSubjects()
    {
        var list = new List<Candidate>();
        int qi = 0;
        foreach (var s in _sentences)
        {
            // The sentence's tokens, read in place in the article's one tokenization (indexes lo to hi).
            var toks = _tokens;
            var (lo, hi) = TokenRange(s.Start, s.End);
            int commaSeen = 0;
            for (int k = lo; k < hi && k < lo + 40; k++)
            {
                while (qi < _marked.Count && _marked[qi].End <= toks[k].Start) qi++;
                bool inQuote = qi < _marked.Count && _marked[qi].Open <= toks[k].Start;
                if (inQuote) break;
                if (IsPunct(_text, toks[k], ',')) { commaSeen++; if (commaSeen > 3) break; continue; }
                bool clauseStart = k == lo || IsPunct(_text, toks[k - 1], ',');
                if (!clauseStart) continue;
                if (!IsCap(_text, toks[k]) && !(k == lo && IsDeterminer(Str(_text, toks[k])))) continue;
                int e = k;
                while (e < hi && toks[e].IsWord && (IsCap(_text, toks[e]) || (e > k && IsNameConnector(_text.AsSpan(toks[e].Start, toks[e].Length))) || (e == k && IsDeterminer(Str(_text, toks[e])))
                    || (e > k && OfficeOf(toks, e, hi)))) e++;
                if (e < hi && !(IsLower(_text, toks[e]) || IsPunct(_text, toks[e], ','))) continue;
                var cand = Classify(toks, k, e);
                if (k == lo && e == k + 1 && RoleThenName(toks, e, hi) is { } named)
                {
                    list.Add(named);
                    break;
                }
                if (cand is { Kind: SpeakerKind.Person } && NotAPerson(cand.Span, toks[lo].Start)) continue;
                if (cand is { Kind: SpeakerKind.Person or SpeakerKind.Organization } && cand.Span.Length > 1 && !IsPronoun(cand.Name ?? ""))
                {
                    if (!QuotesSomeone(toks, e, hi, out var quoted)) list.Add(cand);
                    else if (quoted is not null) list.Add(quoted);
                    break;
                }
            }
        }
        return list;
    }

    /// <summary>
    /// Whether the subject ending before token <paramref name="e"/> quotes someone ("Interfax quoted Anatoly Roe as
    /// saying …"): then the one quoted, when a name, stands for the sentence's subject (the "he" of the next "“…,” he
    /// said" is Roe, not the agency), and <paramref name="quoted"/> is null when the one quoted is no name.
    /// </summary>
    private bool QuotesSomeone(Tok[] toks, int e, int hi, out Candidate? quoted)
    {
        quoted = null;
        if (e >= hi || !toks[e].IsWord || !IsQuoting(Str(_text, toks[e]))) return false;
        for (int v = e + 3; v < hi && v - e <= MaxQuotedAsTokens; v++)
            if (Is(_text, toks[v - 1], "as") && IsVerb(_text, toks[v]) && QuotedAs(toks, v, e, out var found))
            {
                if (found is { Passive: false, Cand: { Kind: SpeakerKind.Person or SpeakerKind.Organization } named }) quoted = named;
                return true;
            }
        return false;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> NameStopwords = LanguageLexicon.English.Words("name-stopwords");

    [System.Text.RegularExpressions.GeneratedRegex(@"^,\s+an?\s+[a-z]")]
    private static partial System.Text.RegularExpressions.Regex ApposedAfter();

    private static readonly System.Collections.Frozen.FrozenSet<string> CalendarWords =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(LanguageLexicon.English.Lines("weekdays").Concat(LanguageLexicon.English.Lines("months")), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a one-word "person" found as a sentence's subject is no name: a weekday or month ("On Friday morning,
    /// Walker …"), or a capitalised word that opens the sentence and that the article never capitalises anywhere else
    /// inside a sentence nor gives a full name ("Although …", "Reached by telephone, …", "Charts indicated …").
    /// </summary>
    private bool NotAPerson(TextSpan span, int sentenceStart)
    {
        var word = _text.AsSpan(span.Start, span.Length);
        if (word.ContainsAny(' ', '\u00A0')) return false;
        if (CalendarWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return true;
        if (span.Start != sentenceStart || _fullNames!.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word)) return false;
        // "Osei, a neurologist at …, warned": a word described by an apposition is someone (a one-word opener such
        // as "Meanwhile, a report …" is a function word).
        if (ApposedAfter().IsMatch(_text.AsSpan(span.End, Math.Min(24, _text.Length - span.End)))
            && !NameStopwords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            return false;
        // Capitalised inside a sentence: after a word or a comma (a scan of the tokens, no string per word).
        bool lowerElsewhere = false;
        for (int i = 1; i < _tokens.Length; i++)
        {
            var t = _tokens[i];
            if (t.Length != word.Length) continue;
            var other = _text.AsSpan(t.Start, t.Length);
            if (other.SequenceEqual(word) && (_tokens[i - 1].IsWord || IsPunct(_text, _tokens[i - 1], ',')))
                return false;
            if (char.IsLower(other[0]) && other.Equals(word, StringComparison.OrdinalIgnoreCase)) lowerElsewhere = true;
        }
        // "Richter said Lumora would not …" (a surname the article gives no first name; the story named her in
        // another report): a word followed by a verb of saying is its subject, unless the article writes it in lower
        // case ("Police said", "police"), it is a function word, or it reads as a plural ("Analysts said").
        return lowerElsewhere || NameStopwords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || word[^1] == 's'
            || !SayVerbAfter(span.End);
    }

    /// <summary>Whether the word after <paramref name="pos"/> (spaces only between) is a verb of saying ("said", "told").</summary>
    private bool SayVerbAfter(int pos)
    {
        int i = pos;
        if (i >= _text.Length || _text[i] != ' ') return false;
        while (i < _text.Length && _text[i] == ' ') i++;
        int start = i;
        while (i < _text.Length && char.IsLower(_text[i])) i++;
        return i > start && Verbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(_text.AsSpan(start, i - start));
    }

    /// <summary>
    /// A sentence that opens with a role in sentence case before the name ("Chief executive Ingrid Dahl told …",
    /// "Police spokesman Tom Ng said …"): the person after one to three lower-case words that are no stop words or
    /// place prepositions (so "Residents near Ann Arbor" names nobody), when the name starts with a given name. <paramref name="from"/>
    /// is the first lower-case word after the opening capital.
    /// </summary>
    private Candidate? RoleThenName(Tok[] toks, int from, int hi)
    {
        int j = from;
        while (j < hi && j - from < 3 && IsLower(_text, toks[j]) && !Stopwords.Contains(Str(_text, toks[j])) && !PlacePrepositions.Contains(Str(_text, toks[j]))) j++;
        if (j == from || j >= hi || !IsCap(_text, toks[j])) return null;
        if (!GivenNames.Contains(Str(_text, toks[j]))) return null;
        int e = j;
        while (e < hi && IsCap(_text, toks[e])) e++;
        if (e - j < 2 || (e < hi && !(IsLower(_text, toks[e]) || IsPunct(_text, toks[e], ',')))) return null;
        return Classify(toks, j, e) is { Kind: SpeakerKind.Person } person && !NotAPerson(person.Span, toks[j].Start) ? person : null;
    }

    private Candidate? Resolve(Candidate pronoun, List<Candidate> candidates)
    {
        var want = pronoun.Pronoun switch
        {
            "he" => Gender.Male,
            "she" => Gender.Female,
            _ => Gender.Unknown,
        };
        bool epithet = pronoun.Pronoun == "the";
        bool person = want != Gender.Unknown || epithet;
        bool thing = pronoun.Pronoun == "it";
        if (!person && !thing) return null;
        int limitSentence = SentenceIndexAt(pronoun.Span.Start) - (epithet ? 2 : PronounWindowSentences);
        Candidate? best = null;
        foreach (var c in candidates)
        {
            if (c.Span.Start >= pronoun.Span.Start || c.Name is null) continue;
            if (SentenceIndexAt(c.Span.Start) < limitSentence) continue;
            bool ok = person
                ? c.Kind == SpeakerKind.Person && (c.Gender == Gender.Unknown || c.Gender == want || epithet)
                : c.Kind is SpeakerKind.Organization or SpeakerKind.Document;
            if (ok && (best is null || c.Span.Start > best.Span.Start)) best = c;
        }
        return best;
    }

    /// <summary>"The Kenya native", "the 39-year-old": a definite description the story uses for the person it is about.</summary>
    private static bool IsEpithet(Candidate c)
    {
        if (c.IsPronoun || c.Kind != SpeakerKind.Unknown || c.Name is not { } name || !name.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) return false;
        var head = LastWord(name);
        return Epithets.Contains(head) || head.EndsWith("-year-old", StringComparison.Ordinal);
    }

    /// <summary>The indexes [lo, hi) of the article's tokens inside [start, end), in the one tokenization of the whole text.</summary>
    private (int Lo, int Hi) TokenRange(int start, int end)
    {
        int lo = 0, hi = _tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (_tokens[mid].Start < start) lo = mid + 1; else hi = mid;
        }
        int e = lo;
        while (e < _tokens.Length && _tokens[e].End <= end) e++;
        return (lo, e);
    }

    private int SentenceIndexAt(int pos)
    {
        int lo = 0, hi = _sentences.Length - 1, best = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (_sentences[mid].Start <= pos) { best = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return best;
    }
}
