using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using R = Roundup.Cleaning.BoilerplateReason;

namespace Roundup.Cleaning;

/// <summary>What the classifier found for one line.</summary>
/// <param name="Reason">The boilerplate reason, or null when the line is story text.</param>
/// <param name="IsCreditOnly">True when the line is only a photo credit, so a short caption may follow it.</param>
/// <param name="IsDateline">True when the line is a dateline/timestamp that may carry the publication date.</param>
/// <param name="StartsList">True when the line heads a list of short topic/tag lines ("Topics", "Tags").</param>
internal readonly record struct LineVerdict(string? Reason, bool IsCreditOnly = false, bool IsDateline = false, bool StartsList = false)
{
    public static LineVerdict Story => default;
}

/// <summary>
/// Decides, line by line, whether a line of crawled news is boilerplate. Cheap on story lines: a story line costs a
/// length check, a first-character switch inside one anchored regex, and one vectorised keyword search; the
/// specific rules run only on lines that pass those filters. Allocation-free.
/// </summary>
internal static partial class LineClassifier
{
    private const RegexOptions Opt = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Whole short lines that are always widgets, markers or link lists (compared case-insensitively).</summary>
    private static readonly FrozenDictionary<string, string> Phrases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["advertisement"] = R.Advertisement, ["advertisements"] = R.Advertisement, ["advertising"] = R.Advertisement,
        ["ad"] = R.Advertisement, ["sponsored"] = R.Advertisement, ["sponsored content"] = R.Advertisement,
        ["report this ad"] = R.Advertisement, ["advertisement continue reading the main story"] = R.Advertisement,
        ["story continues below advertisement"] = R.Advertisement, ["continue reading below"] = R.Advertisement,
        ["story continued below"] = R.Widget, ["continue reading the main story"] = R.Widget, ["continue reading"] = R.Widget,
        ["share"] = R.Widget, ["share this"] = R.Widget, ["share this article"] = R.Widget, ["share this story"] = R.Widget,
        ["share article"] = R.Widget, ["share story"] = R.Widget, ["print"] = R.Widget, ["print this article"] = R.Widget,
        ["email"] = R.Widget, ["e-mail"] = R.Widget, ["comments"] = R.Widget, ["comment"] = R.Widget, ["view comments"] = R.Widget,
        ["show comments"] = R.Widget, ["leave a comment"] = R.Widget, ["add a comment"] = R.Widget, ["tweet"] = R.Widget,
        ["twitter"] = R.Widget, ["facebook"] = R.Widget, ["pinterest"] = R.Widget, ["linkedin"] = R.Widget, ["whatsapp"] = R.Widget,
        ["reddit"] = R.Widget, ["google+"] = R.Widget, ["messenger"] = R.Widget, ["play facebook"] = R.Widget,
        ["play twitter"] = R.Widget, ["play embed"] = R.Widget, ["embed"] = R.Widget, ["copy link"] = R.Widget,
        ["text size"] = R.Widget, ["text size -"] = R.Widget, ["reset"] = R.Widget, ["close"] = R.Widget, ["replay"] = R.Widget,
        ["play video"] = R.Widget, ["watch video"] = R.Widget, ["add interest"] = R.Widget, ["toggle caption"] = R.PhotoCredit,
        ["enlarge this image"] = R.PhotoCredit, ["hide caption"] = R.PhotoCredit, ["show caption"] = R.PhotoCredit,
        ["photo"] = R.PhotoCredit, ["photos"] = R.PhotoCredit, ["istock"] = R.PhotoCredit, ["shutterstock"] = R.PhotoCredit,
        ["getty images"] = R.PhotoCredit, ["photofest"] = R.PhotoCredit, ["ap photo"] = R.PhotoCredit,
        ["related"] = R.Related, ["related articles"] = R.Related, ["related stories"] = R.Related, ["related links"] = R.Related,
        ["related content"] = R.Related, ["related coverage"] = R.Related, ["related news"] = R.Related,
        ["related news articles"] = R.Related, ["related video"] = R.Related, ["related videos"] = R.Related,
        ["more on this"] = R.Related, ["more on this story"] = R.Related, ["read more"] = R.Related, ["read more:"] = R.Related,
        ["also"] = R.Related, ["also:"] = R.Related, ["see also"] = R.Related, ["see also:"] = R.Related, ["more"] = R.Related,
        ["recommended"] = R.Related, ["you may also like"] = R.Related, ["trending"] = R.Related, ["trending now"] = R.Related,
        ["most popular"] = R.Related, ["most read"] = R.Related, ["top stories"] = R.Related, ["more stories"] = R.Related,
        ["tweet with a location"] = R.SocialEmbed, ["gallery"] = R.Gallery, ["photo gallery"] = R.Gallery,
        ["view gallery"] = R.Gallery, ["see gallery"] = R.Gallery, ["javascript is disabled"] = R.Notice,
        ["you're almost there..."] = R.Notice, ["thank you for registering!"] = R.Notice, ["welcome back. please sign in"] = R.Notice,
        ["skip to main content"] = R.Widget, ["getty"] = R.PhotoCredit, ["add a location to your tweets"] = R.SocialEmbed,
        ["photo advertisement continue reading the main story"] = R.Advertisement, ["follow"] = R.Widget, ["see more"] = R.Related, ["update"] = R.UpdateNote, ["updated"] = R.UpdateNote, ["updates"] = R.UpdateNote, ["topics"] = R.Related, ["tags"] = R.Related, ["more on this topic"] = R.Related,
        ["reuse this content"] = R.Widget, ["scroll down for video"] = R.Widget, ["listen to this article"] = R.Notice,
        ["listen to this story"] = R.Notice, ["join the conversation"] = R.Widget, ["sign in to comment"] = R.Widget,
        ["our standards: the thomson reuters trust principles"] = R.Copyright, ["skip to content"] = R.Widget, ["loading..."] = R.Notice, ["loading"] = R.Notice,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PhraseLookup =
        Phrases.GetAlternateLookup<ReadOnlySpan<char>>();

    // Substrings that make a line worth a closer look by the unanchored rules. Each set holds at most 8 strings:
    // SearchValues then uses its vectorised search; one large set is one to two orders of magnitude slower.
    private static readonly SearchValues<string> NoticeKeywords = SearchValues.Create(
        ["javascript", "cookie", "blocker", "browser", "archive", "crawl", "robot", "transcript"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Site notices without a word of <see cref="NoticeKeywords"/> (kept apart so each set stays small).</summary>
    private static readonly SearchValues<string> SiteNoticeKeywords = SearchValues.Create(
        ["domain mapping", "publicly accessible"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> PromotionKeywords = SearchValues.Create(
        ["sign up", "subscri", "inbox", "newsletter", "app ", "readers like", "become a", "rented"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Promotions without a word of <see cref="PromotionKeywords"/> (kept apart so each set stays small).</summary>
    private static readonly SearchValues<string> MorePromotionKeywords = SearchValues.Create(
        ["mailing list", "exclusives"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> ShortLineKeywords = SearchValues.Create(
        ["developing", "check back", "breaking", "will be updated", "for updates", "not available", "reserved", "confirm"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Searched only in the last characters of a line: credits, "contributed to this report", "Read more".</summary>
    private static readonly SearchValues<string> TailKeywords = SearchValues.Create(
        ["photo", "getty", "image", "credit", "reuters", "contributed", "read more", "gallery"], StringComparison.OrdinalIgnoreCase);

    private const int TailLength = 72;

    private static readonly SearchValues<string> CreditsKeywords = SearchValues.Create(
        ["mpaa", "running time", "reviewed at", "produced by", "directed by", "written by", " inches"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Characters that open a quotation; lines containing them get extra care.</summary>
    private static readonly SearchValues<char> QuoteChars = SearchValues.Create("\"“”«»„");

    /// <summary>Leading decoration stripped before the anchored rules ("► Related:", "— Updated at …", "[Sign up …]").</summary>
    private static readonly SearchValues<char> Decoration = SearchValues.Create("-—–•►▶*>[|~=_ \u00a0\t");

    /// <summary>Classifies one line (already trimmed of surrounding whitespace).</summary>
    public static LineVerdict Classify(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty) return LineVerdict.Story;
        int letters = 0;
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c)) { letters++; break; }
        }
        if (letters == 0) return new(R.Separator);

        int lead = line.IndexOfAnyExcept(Decoration);
        var core = lead <= 0 ? line : line[lead..];
        var coreTrim = core.TrimEnd(".:!]| \u00a0");
        if (coreTrim.Length <= 60 && PhraseLookup.TryGetValue(coreTrim, out var phrase))
        {
            bool list = coreTrim.Equals("topics", StringComparison.OrdinalIgnoreCase) || coreTrim.Equals("tags", StringComparison.OrdinalIgnoreCase)
                || coreTrim.Equals("more on this topic", StringComparison.OrdinalIgnoreCase);
            return new(phrase, IsCreditOnly: phrase == R.PhotoCredit, StartsList: list);
        }
        if (core.Length <= 48 && PhraseLookup.TryGetValue(core, out phrase))
            return new(phrase, IsCreditOnly: phrase == R.PhotoCredit);

        bool hasQuote = line.IndexOfAny(QuoteChars) >= 0;

        // A video player's fallback notice, often run together with the video's caption on one line.
        if (core.StartsWith("Media playback is unsupported", StringComparison.OrdinalIgnoreCase)) return new(R.Widget);

        // Widget residue glued to a caption ("CLOSE <video caption>", "Email This <teaser>"), photo captions in the
        // agency style ("In this undated photo …") and contact lines ("Contact Jane Roe at 555-010-0199.").
        if (core.Length > 6 && (core[0] is 'C' or 'E' or 'I' or 'R' or 'i'))
        {
            if (WidgetLead().IsMatch(core)) return new(R.Widget);
            if (!hasQuote && AgencyCaption().IsMatch(core)) return new(R.PhotoCredit);
            if (core.Length <= 160 && ContactLine().IsMatch(core)) return new(R.Contact);
        }

        // Anchored rules run only when the first word is one that some anchored rule starts with.
        if (StartsLikeBoilerplate(core))
        {
            var v = ClassifyStart(core, line, hasQuote);
            if (v.Reason is not null) return v;
        }

        // A photo caption placing people in the picture ("Jane Roe, left, and …", "Jane Roe (right) …").
        // The position must come early (a caption names the people first), so quotes later in the line (a film
        // title, a slogan) do not save it.
        if (line.Length <= 400)
            foreach (var m in PositionedCaption().EnumerateMatches(line[..Math.Min(line.Length, 160)]))
            {
                if (m.Index < 120) return new(R.PhotoCredit);
                break;
            }
        // Captions that name their picture ("This undated photo provided by … shows …", "Image from the … campaign.")
        // and teasers for what is not in the text ("You can read the full interview here.", "Read on for …").
        if (line.Length <= 300 && !hasQuote && PictureOrTeaser().IsMatch(core)) return new(R.PhotoCredit);
        if (line.Length <= 160 && !hasQuote && ReadElsewhere().IsMatch(core)) return new(R.Related);
        // A video teaser ("Station's Jane Roe has the details.") and notes about the site or the crawl, not the story.
        if (line.Length <= 80 && !hasQuote && HasTheDetails().IsMatch(core)) return new(R.Widget);
        if (line.Length <= 160 && !hasQuote && (ShowSchedule().IsMatch(core) || Appeal().IsMatch(core))) return new(R.Promotion);
        if (line.Length <= 400 && VideoCaptionDate().IsMatch(line)) return new(R.Widget);
        if (line.Length <= 800 && !hasQuote && SiteNote().IsMatch(line)) return new(R.Archive);

        // Credits and review boxes of films and shows ("MPAA rating: R", "Produced by …") and wire-graphic
        // descriptions ("Graphic shows …; 3c x 5 inches; …").
        if (line.Length <= 1_500 && !hasQuote && line.IndexOfAny(CreditsKeywords) >= 0 && Credits().IsMatch(line)) return new(R.Credits);

        var contains = ClassifyContains(line, hasQuote);
        if (contains.Reason is not null) return contains;

        if (line.Length <= 120 && !hasQuote)
        {
            if (BareLink().IsMatch(line)) return new(R.Link);
            if (line[0] == '[' && line[^1] == ']' && BracketedHeadline().IsMatch(line)) return new(R.Related);
            if (NameSlashOutlet().IsMatch(line)) return new(R.PhotoCredit, IsCreditOnly: true);
            if (line.Length <= 80 && BareEmail().IsMatch(line)) return new(R.Contact);
        }
        return LineVerdict.Story;
    }

    /// <summary>First words (lower case) with which some anchored rule starts.</summary>
    private static readonly FrozenSet<string> FirstWords = FrozenSet.Create(StringComparer.Ordinal,
        "published", "posted", "updated", "update", "updates", "last", "first", "sign", "subscribe", "subscriptions", "subscription",
        "download", "get", "want", "never", "become", "support", "join", "follow", "like", "newsletter", "breaking", "premium",
        "new", "our", "click", "tap", "free", "watch", "video", "videos", "listen", "photo", "photos", "pictures", "picture",
        "images", "image", "related", "read", "see", "also", "more", "recommended", "topics", "tags", "filed", "keep", "explore",
        "this", "an", "correction", "corrections", "clarification", "editor", "copyright", "all", "to", "write", "contact",
        "email", "e", "twitter", "instagram", "facebook", "have", "got", "reporting", "additional", "editing", "with", "by",
        "credit", "credits", "photograph", "photographs", "courtesy", "enlarge", "toggle", "hide", "show", "gallery", "view",
        "browse", "open", "launch", "share", "check", "print", "tweet", "text", "comments", "comment", "interested", "story", "starting",
        "rating", "you", "learn", "add", "pin", "pinterest", "linkedin", "whatsapp", "reddit", "google", "messenger", "copy",
        "scroll", "for", "the", "contributing", "slideshow", "slide", "illustration", "stay", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "may", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august",
        "september", "october", "november", "december", "c");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWordLookup = FirstWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool StartsLikeBoilerplate(ReadOnlySpan<char> core)
    {
        char c0 = core[0];
        if (char.IsDigit(c0) || c0 is '©' or '(' or '（') return true;
        int n = 0;
        while (n < core.Length && n < 16 && char.IsLetter(core[n])) n++;
        if (n == 0 || n == 16) return false;
        Span<char> lower = stackalloc char[16];
        int len = core[..n].ToLowerInvariant(lower);
        return FirstWordLookup.Contains(lower[..len]);
    }

    private static LineVerdict ClassifyStart(ReadOnlySpan<char> core, ReadOnlySpan<char> line, bool hasQuote)
    {
        // Quoted speech ("…," she said) is never an anchored boilerplate line.
        bool speech = hasQuote && SpeechAttribution().IsMatch(line);
        if (speech) return LineVerdict.Story;

        if (line.Length <= 160 && line[^1] != ':' && DatelineLine().IsMatch(core)) return new(R.Dateline, IsDateline: true);
        if (line.Length <= 40 && RelativeTime().IsMatch(core)) return new(R.Dateline);
        if (line.Length <= 400 && PromotionStart().IsMatch(core)) return new(R.Promotion);
        if (line.Length <= 220 && SocialStart().IsMatch(core)) return new(R.SocialEmbed);
        if (line.Length <= 300 && LocationConsent().IsMatch(core)) return new(R.SocialEmbed);
        if (line.Length <= 300 && CopyrightStart().IsMatch(core)) return new(R.Copyright);
        if (line.Length <= 300 && RelatedStart().IsMatch(core)) return new(R.Related);
        if (line.Length <= 250 && UpdateNoteStart().IsMatch(core)) return new(R.UpdateNote);
        if (line.Length <= 200 && ContactStart().IsMatch(core)) return new(R.Contact);
        if (line.Length <= 90 && BylineStart().IsMatch(core)) return new(R.Byline);
        if (line.Length <= 160 && CreditStart().IsMatch(core)) return new(R.PhotoCredit, IsCreditOnly: true);
        if (line.Length <= 400 && ImageCaption().IsMatch(core)) return new(R.PhotoCredit);
        if (line.Length <= 200 && GalleryStart().IsMatch(core)) return new(R.Gallery);
        if (line.Length <= 120 && WidgetStart().IsMatch(core)) return new(R.Widget);
        return LineVerdict.Story;
    }

    private static LineVerdict ClassifyContains(ReadOnlySpan<char> line, bool hasQuote)
    {
        int n = line.Length;
        char last = line[^1];
        var tail = n > TailLength ? line[^TailLength..] : line;

        // Embedded posts: "— Name (@handle) June 20, 2017", "A post shared by … on Jun 20, 2017 at 10:33am PDT", t.co links.
        if (n <= 500 && (char.IsDigit(last) || last == 'T') && line.IndexOf("(@", StringComparison.Ordinal) >= 0 && TweetAttribution().IsMatch(line))
            return new(R.SocialEmbed);
        if (n <= 300 && (line.IndexOf("t.co/", StringComparison.Ordinal) >= 0 || line.IndexOf("twitter.com", StringComparison.Ordinal) >= 0
            || line.IndexOf("://", StringComparison.Ordinal) >= 0) && TwitterLink().IsMatch(line))
            return new(R.SocialEmbed);

        // Credits and captions end the line.
        bool creditTail = last is ')' or ']' || tail.IndexOfAny(TailKeywords) >= 0;
        if (creditTail)
        {
            if (n <= 90 && CreditOnly().IsMatch(line)) return new(R.PhotoCredit, IsCreditOnly: true);
            var creditZone = n > 160 ? line[^160..] : line;
            if (n <= 600 && TrailingCredit().IsMatch(creditZone)) return new(R.PhotoCredit);
            if (n <= 300 && ImageCaption().IsMatch(line)) return new(R.PhotoCredit);
            // A wire photo caption cut short for a gallery: "… at the Capitol in Washington, Tuesday,... (Associated Press)".
            if (n <= 1_000 && TruncatedWireCaption().IsMatch(tail)) return new(R.PhotoCredit);
        }
        else if (n <= 90 && CreditOnly().IsMatch(line)) return new(R.PhotoCredit, IsCreditOnly: true);

        // Web-archive notices come as one long paragraph; anchored at the line start so story text that merely
        // mentions the Internet Archive is kept.
        if (n > 400 && ArchiveParagraph().IsMatch(line)) return new(R.Archive);
        if (n <= 400 && (line.IndexOfAny(NoticeKeywords) >= 0 || line.IndexOfAny(SiteNoticeKeywords) >= 0))
        {
            if (ArchiveNotice().IsMatch(line)) return new(R.Archive);
            if (!hasQuote && n <= 300 && Notice().IsMatch(line)) return new(R.Notice);
        }
        if (hasQuote) return LineVerdict.Story;
        if (n <= 400 && (line.IndexOfAny(PromotionKeywords) >= 0 || line.IndexOfAny(MorePromotionKeywords) >= 0))
        {
            if (PromotionAnywhere().IsMatch(line)) return new(R.Promotion);
            if (n <= 300 && Notice().IsMatch(line)) return new(R.Notice);
        }
        if (n <= 300 && line.IndexOfAny(ShortLineKeywords) >= 0)
        {
            if (n <= 200 && DevelopingAnywhere().IsMatch(line)) return new(R.Developing);
            if (CopyrightAnywhere().IsMatch(line)) return new(R.Copyright);
            if (Notice().IsMatch(line)) return new(R.Notice);
        }
        if (creditTail && n <= 200)
        {
            if (n <= 160 && ContributedTail().IsMatch(line)) return new(R.Contact);
            if (ReadMoreTail().IsMatch(tail)) return new(R.Related);
            if (n <= 160 && GalleryAnywhere().IsMatch(line)) return new(R.Gallery);
        }
        return LineVerdict.Story;
    }

    // ---- anchored rules (run on the line with leading decoration removed) ----

    [GeneratedRegex(@"^((published|posted|updated?|last (updated|modified)|first published)( on| at)?\s*[:|]?\s*)?((mon|tue|wed|thu|fri|sat|sun)\w*,?\s*)?(\d{4}-\d{2}-\d{2}([t ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(z|[+\-]\d{2}:?\d{2})?)?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(st|nd|rd|th)?,? \d{4}|\d{1,2}(st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}|\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*((?-i:[A-Z]{2,4})\b)?,? (on )?(\d{1,2}(st|nd|rd|th)? )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(,? \d{4})?|\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*(?-i:[A-Z]{2,4})\b)[^a-z]{0,20}([ap]\.?m\.?|(?-i:[A-Z]{2,4})|\s|[|:,./\-()]|\d|updated?|published|last|modified|on|at|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(mon|tue|wed|thu|fri|sat|sun)[a-z]*)*$", Opt)]
    private static partial Regex DatelineLine();

    // A time stamp relative to the page view ("2 years ago", "Updated an hour ago"): no date to read, nothing to keep.
    [GeneratedRegex(@"^((published|posted|updated?)\s*:?\s*)?(\d+|an?)\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\.?$", Opt)]
    private static partial Regex RelativeTime();

    [GeneratedRegex(@"^(sign up (now |today |here )?(for|to|and|here)\b|sign up$|sign me up|subscribe (now|today|here|to|for|and)\b|subscribe$|subscriptions? (also )?(start|available|from)|download (the|our) .{1,60}\bapp\b|get (the|our) .{1,60}\b(app|newsletter|by email|in your inbox)|get (breaking )?news (alerts )?(from|delivered|in your)|want (more )?(stories|news|more)\b.{0,80}\?|never miss (a|another|our)|become a (member|subscriber|supporter|patron)|support (our |independent |quality |local )+journalism|join (our|the) (newsletter|mailing list|community)|follow us (on|@|at)|like us (on|at)\b|check out (www\.)?[\w\-]+\.(com|net|org|co\.uk)\b.{0,60}$|join us on (facebook|twitter|instagram|linkedin|youtube)\b|stay up to date\b.{0,40}\b(follow|sign|subscribe|download)|join the conversation on\b|newsletter sign ?up|breaking news (alerts|emails)\b|premium content for|for the most comprehensive .{0,40}subscribe|new to .{1,40}\? subscribe|our journalism (depends|relies)|click here to (subscribe|sign up|get|download|register)|free (sign ?up|trial|newsletter))", Opt)]
    private static partial Regex PromotionStart();

    [GeneratedRegex(@"^((watch|video|listen)\s*[:|]\s*\S|watch (the |full |more |live )?(video|clip|episodes?|report|moment|below|above|here|now|live)\b.{0,100}$|video (player|above|below)\b|(instagram|twitter|facebook|youtube)\s*:\s*@?\w+$|watch:|subscribe to .{1,40} (channel|here))", Opt)]
    private static partial Regex SocialStart();

    [GeneratedRegex(@"^((?i:related|see also|also read|read also|read more|read next|more from|more on|more about|recommended|topics|tags|filed under|keep reading|explore more|related (articles|stories|links|content|coverage|news|video|reading))\s*[:|»>]|(?i:related)(?i: content| stories| coverage| articles| links| video| photos)?\s*\|?\s+[\p{Lu}'‘""“\[]|(?i:read more (about|from|on|at))\b|(?i:more (stories|news) (from|like this))|(?i:also( on| in)? .{1,30}:)$|(?i:also):\s*\S|(?i:(see more|more from .{1,40}|more on .{1,40}|read|watch|listen)):$|(?i:this article (is )?tagged under)\b|.{0,80}(?i:more)\s?(>>|»)$)", RegexOptions.CultureInvariant)]
    private static partial Regex RelatedStart();

    [GeneratedRegex(@"^((this|the) (story|article|post|report|page|piece|version)( has| was|'s)? (been )?(updated|corrected|changed|edited|amended|revised|clarified|originally published|first published|originally appeared|first appeared)\b|an earlier version of this (story|article|post|report)|(correction|clarification|editor's note)( \d+| [ivx]+)?\s*(\(.{0,40}\))?\s*([:,—\-]|\d|$)|(update|updated)( \d+| [ivx]+)?\s*(\(.{0,40}\))?\s*([:,—\-]\s*|at |on )?(\S+(\s+\S+){0,5}$|[^.]{0,30}\b(this|the|our) (story|article|post|piece|report|page)\b|[^.]{0,20}\b(has been|have been|we've|we’ve|we have|has|have) (updated|added|corrected|changed|edited)|(?:[ap]\.m\.|[^.]){0,40}\b(to (correct|include|add|reflect|clarify|note|remove)|adds|corrects|includes)\b)|(update|updated) (at |on )?(mon|tue|wed|thu|fri|sat|sun)\w*)", Opt)]
    private static partial Regex UpdateNoteStart();

    [GeneratedRegex(@"^(copyright\s*(©|\(c\)|\d{4})|©\s*(\d{4}|(?-i:\p{Lu}))|\(c\)\s*\d{4}|copyright (?-i:\p{Lu})[^.]{0,60}$|all rights reserved|this material may not be (published|reproduced))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightStart();

    [GeneratedRegex(@"^\(?(to contact (the )?(reporter|editor|author|writer)s?\b|(follow|like|get more)\b.{0,60}(:|\bat|\bon)\s*(https?://|www\.)|follow .{1,40}:\s*(facebook|twitter|instagram)\b|contributing\s*:|e-?mail\s*:\s*\S+@\S+$|write to .{1,60}\bat\b\s*\S+@|contact (the )?(reporter|writer|author)\b.{0,80}@|e-?mail (the )?(reporter|writer|author|us)\b|follow .{1,50} on (twitter|facebook|instagram|threads|bluesky)\b|twitter\s*:?\s*@\w+$|have a (news )?tip\b|got a (news )?tip\b|(additional )?reporting by\b(?! (the|a|an) )|editing by\b|with reporting (from|by)\b|\(?(reporting|writing) by .{1,80}(editing|additional) by)", Opt)]
    private static partial Regex ContactStart();

    [GeneratedRegex(@"^By\s+(?!(?i:(mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|march|april|may|june|july|aug|sep|oct|nov|dec|the|this|that|then|now|late|early|noon|midnight|contrast|comparison|law|far|all|most|some|next|last)\b)(\p{Lu}[\p{L}'’.\-]*\.?\s?){1,4}(\s*(and|&)\s+(\p{Lu}[\p{L}'’.\-]*\.?\s?){1,4})?\s*([,|\-—]\s*[\p{L} ,&'.]{0,60})?$", RegexOptions.CultureInvariant)]
    private static partial Regex BylineStart();

    [GeneratedRegex(@"^((photo|image|picture|photograph|credit|courtesy)s?\s*(credit)?\s*[:|]\s*.{2,80}$|(photo|image|picture|photograph)s? (by|courtesy( of)?|via)\s+.{2,80}$|(facebook twitter pinterest )?photograph\s*:|(enlarge this image|toggle caption|hide caption|show caption|image caption|image copyright)\b|image \d+ of \d+$|\(?(photo )?illustrations?\s*(by|:)\s*.{2,80}$|\(?photo illustration\b.{0,80}$|courtesy (of )?(the )?(?-i:\p{Lu}).{1,60}$)", Opt)]
    private static partial Regex CreditStart();

    [GeneratedRegex(@"^(photo gallery\b|slide ?show\b.{0,30}$|(view|see|browse|open|launch) (the |our |full |more )*(photo )?gallery\b|gallery\s*[:|]|(photos|pictures|images)\s*[:|]\s)", Opt)]
    private static partial Regex GalleryStart();

    [GeneratedRegex(@"^((share|print|email|e-mail|tweet|pin|comment|facebook|twitter|pinterest|linkedin|whatsapp|reddit|google\+?|messenger|copy link)([\s|·•,/:]+(share|print|email|e-mail|tweet|pin|comments?|facebook|twitter|pinterest|linkedin|whatsapp|reddit|google\+?|messenger|copy link|this|story|article|on))+\s*$|share (this|on) .{0,40}$|read or share this story\b|\d+ comments?$|interested in .{0,40}\? add .{0,80}interest|text size\b.{0,20}$|(share|comment)( or | and )?(comment|share)? on this (article|story)\b.{0,10}$|scroll (down )?for (the )?(video|more)\b.{0,20}$|comments?\s*\(\d+\)$|(show|view|hide|read) (all )?\d* ?comments?\b.{0,20}$|this (video|feature|content) is (not available|unavailable)\b|rating is available when|click to (email|share|print|tweet|post)\b.{0,60}$|comments (are|have been) (closed|disabled|turned off))", Opt)]
    private static partial Regex WidgetStart();

    // ---- unanchored rules (only on lines with a keyword) ----

    [GeneratedRegex(@"(alexa internet has been donating|wayback machine|the internet archive hopes|these crawls are part of an effort|^crawl (start|end) date|\bwarc files\b|^the seed for .{1,40} was:?$|^the seed list for this crawl\b|^this crawl was run|^web wide crawl|crawls performed by|^crawl of outlinks from|^(this data is|these files are) currently not publicly accessible\b)", Opt)]
    private static partial Regex ArchiveNotice();

    [GeneratedRegex(@"^(these crawls are part of an effort|alexa internet has been donating|this crawl was run|crawl of outlinks from)", Opt)]
    private static partial Regex ArchiveParagraph();

    [GeneratedRegex(@"(—|--|-|–)\s*[^\n—]{1,80}\(@\w{1,30}\)\s*(on )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}\s*$|a post shared by .{1,80}\(@[\w.]{1,40}\) on (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", Opt)]
    private static partial Regex TweetAttribution();

    [GeneratedRegex(@"(pic\.twitter\.com/\w+|\bhttps?://t\.co/\w+|^https?://(www\.)?(twitter|x|instagram|facebook|youtube)\.com/\S+$)", Opt)]
    private static partial Regex TwitterLink();

    [GeneratedRegex(@"(you can add location information to your tweets|add this tweet to your website by copying|learn more about location information)", Opt)]
    private static partial Regex LocationConsent();

    [GeneratedRegex(@"^((?-i:\p{Lu})[\p{L}'’.\-]*\.?\s?){1,5}(/\s?(?-i:\p{Lu})[\p{L}.&\-]*(\s(?-i:\p{Lu})[\p{L}.&\-]*){0,2}\s?)?\s?(via|for|/|-)\s?(getty images|afp|ap|reuters|bloomberg|ap images|shutterstock|istock|corbis|rex features|rex/shutterstock|pa|epa|invision)(\s?(/|via)\s?(getty images|ap|afp))?\.?$|^\(?[^()]{2,60}/\s?(staff )?photographer\)?$|^photographer:\s*.{2,60}$|^(source|credit)s?:\s*(getty|afp|ap|reuters|shutterstock|istock)", Opt)]
    private static partial Regex CreditOnly();

    [GeneratedRegex(@"(\((ap|afp|reuters|getty|staff|file)?\s*(photo|image|photograph|picture)s?( by|:|/)[^()]{1,90}\)|\([^()]{1,70}(/|via )\s?(getty images|getty|ap|afp|reuters|bloomberg|epa|pa|ap images|ap photo|shutterstock|istock|corbis|invision(/ap)?|rex|\w+ images|staff photographer|staff)( ?/ ?[^()]{0,30})?\)|\((credit|image|photo|photograph|courtesy)s?:?\s[^()]{1,90}\)|(?<!\[[^\]]{0,60})\b(photo|photograph|photographer|image|credit|picture)s?:\s[^.!?\[\]]{2,70}\.?|\breuters/\s?[\p{L} .\-]{2,40}|\bap photo/\s?[\p{L} .,\-]{2,40}|[\p{L}.\- ]{2,40}/\s?getty images|\bvia getty images|\(file\)|\((getty( images)?|shutterstock|istock|ap photo)\)|[.!?”""]\s+credit\s+(?-i:\p{Lu})[\p{L}.'’\- ]{1,40}(/|\sfor\s)(the\s)?(?-i:\p{Lu})[\p{L}.&'’\- ]{1,40})(\s*\((associated press|ap|the associated press)\))?\.?\s*$", Opt)]
    private static partial Regex TrailingCredit();

    [GeneratedRegex(@"(^image copyright\b|\bimage caption\b|\btoggle caption\b|^\[(featured )?(image|photo|pic)s?( credit)?:?\s*(via|by|courtesy|credit)?\b[^\]]{0,80}\]$|^\[?(h/t|via) [^\]]{1,60}(photo|image|pic)[^\]]{0,40}\]?$)", Opt)]
    private static partial Regex ImageCaption();

    [GeneratedRegex(@"(please (enable|turn on) javascript|javascript (is )?(required|disabled|must be enabled)|enable javascript (to|in)|requires javascript|(we|this (site|website)) uses? cookies|use of cookies|cookie (policy|settings|preferences|consent)|accept (all )?cookies|ad[ \-]?blocker|disable your ad|whitelist (us|our site)|(update|upgrade) your browser|browser (does not|doesn't) support|html5 capable browser|this feature is not available right now|rating is available when the video|interactive transcript could not be loaded|verify (that )?you('re| are) not a robot|custom domain mapping|we have sent a confirmation email|you must confirm your|(content|video|page) is not available in your (region|country|area)|^comments (are|have been) (closed|disabled|turned off))", Opt)]
    private static partial Regex Notice();

    [GeneratedRegex(@"(\bsign up (now |today |here )?for (our|the|free|\w+ (email|newsletter|alerts))|\bsubscribe (now|today|for (just|only|unlimited|\$))|\bfree sign ?up\b|\bemail sign ?up\b|\bnewsletter sign ?up\b|delivered (straight )?to your (email )?inbox|\bin your inbox (every|each)|\bby signing up,? you agree|\bdownload the .{1,50}\bapp (now|today|in your|from)|\bin your app store\b|\breaders like you\b|\bsubscribe for unlimited access|\bbecome a (member|subscriber) (today|now)|\bthanks for (signing up|subscribing)|\b(join|sign up (to|for)|subscribe to) our mailing list\b|\b(other )?(great )?web exclusives\b)", Opt)]
    private static partial Regex PromotionAnywhere();

    [GeneratedRegex(@"(\bmpaa rat(ed|ing)\s*:|^running time\s*:|^reviewed (at|on) .{1,120}\b(19|20)\d\d\b|^an? [^,.;]{1,80}\b(release|presentation) of an?\b.{0,400}\bproduced by\b|^(directed|produced|written) by\s+(?-i:\p{Lu})[^.!?,;]{1,40}((,|,? and)\s+(?-i:\p{Lu})[^.!?,;]{1,40}){0,8}\.?$|^graphic (shows|locates|details)\b.{0,300}\b\d+c x \d+(\.\d+)? inches\b)", Opt)]
    private static partial Regex Credits();

    [GeneratedRegex(@"(\.\.\.|…)\s*\((the )?(associated press|ap|reuters|afp)\)\s*$", Opt)]
    private static partial Regex TruncatedWireCaption();

    [GeneratedRegex(@"^(CLOSE|Email This|Email this)\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex WidgetLead();

    [GeneratedRegex(@"^in this (undated |handout |file |\w+ \d{1,2}, \d{4},? (file )?)?(photo|image|picture|photograph|frame grab|video grab)( provided| released| taken| made available)?\b", Opt)]
    private static partial Regex AgencyCaption();

    [GeneratedRegex(@"(?-i:\p{Lu})[\p{L}'’.\-]* (?-i:\p{Lu})[\p{L}'’.\-]+(, (left|right|center|centre|front|top|bottom|rear|second from (left|right)|(from|far) (left|right)),| \((left|right|center|centre|front|top|bottom|second from (left|right)|(from|far) (left|right))\))", Opt)]
    private static partial Regex PositionedCaption();

    [GeneratedRegex(@"^((in )?this (undated |handout |file |aerial |screen ?shot |\w+ \d{1,2}, \d{4},? (file )?)?(photo|image|picture|photograph|frame grab|video grab|still)( provided| released| taken| made available| obtained| posted)?\b.{0,120}\bshows?\b|(image|photo|picture|still|screen ?(shot|grab)) (from|via|courtesy of) .{2,100}$)", Opt)]
    private static partial Regex PictureOrTeaser();

    [GeneratedRegex(@"^((you can )?(read|watch|see|listen to) (the|our) (full|entire|complete|whole) .{1,60}\b(here|below|above|at .{1,40})\.?$|read on (for|to (see|find out|learn))\b|click (here|through|the link) (to|for) (read|see|watch|view|learn|find)\b)", Opt)]
    private static partial Regex ReadElsewhere();

    [GeneratedRegex(@"^(?-i:\p{Lu})[\p{L}\d'’.\- ]{1,60} (has|have) (the|more) (details|story|report)( on (this|the) story)?( tonight| now)?\.?$", Opt)]
    private static partial Regex HasTheDetails();

    [GeneratedRegex(@"(\bmay not have (been )?crawled\b|\b(embedded|linked) objects\b.{0,80}\bcrawl|\barchives? of (our )?(stories|articles)\b.{0,40}\bmaintained on (our|this) (site|website)|\b(you may |you can )?download a (free )?copy( of it)? here\b|\btranscripts? (are|is) created on a rush deadline\b|^this text may not be in its final form\b)", Opt)]
    private static partial Regex SiteNote();

    [GeneratedRegex(@"^(watch|catch|tune in to|don't miss) .{2,80}\b(weeknights|weekdays|nightly|tonight|every (day|night|\w+day)|(mon|tues|wednes|thurs|fri|satur|sun)days?) at \d{1,2}(:\d{2})? ?(a\.?m\.?|p\.?m\.?)", Opt)]
    private static partial Regex ShowSchedule();

    [GeneratedRegex(@"^(click (below|here|the (link|button)( below)?) to (sign|donate|join|support|share|add your name)|thank you for (supporting|signing|your support of) (the|our|this) (campaign|petition|cause)|(please )?sign (the|our) petition\b)", Opt)]
    private static partial Regex Appeal();

    [GeneratedRegex(@"\((published|updated|posted):? (\w+,? )?\w+\.? \d{1,2},? \d{4}\)\s*$", Opt)]
    private static partial Regex VideoCaptionDate();

    [GeneratedRegex(@"^(contact|reach) (?-i:\p{Lu})[\p{L}.'’\- ]{2,40} at (\(?\d{3}\)?[ .\-]?\d{3}[ .\-]\d{4}|[\w.+\-]+@[\w\-]+(\.[\w\-]+)+)\b", Opt)]
    private static partial Regex ContactLine();

    [GeneratedRegex(@"(this (is a )?(story|article|post) is (still )?developing|(this is a|the) (breaking|developing) (news )?story|\bcheck back (later |soon |often )?(here )?(for|with) (updates|more)|\bplease (check back|refresh)\b|\bwill be updated (as|when) (more )?(information|details))", Opt)]
    private static partial Regex DevelopingAnywhere();

    [GeneratedRegex(@"(\ball rights reserved\b|^copyright\b.{0,80}\d{4})", Opt)]
    private static partial Regex CopyrightAnywhere();

    [GeneratedRegex(@"^([^.!?]|\b\p{Lu}\.){3,120}\bcontributed (to )?(this )?(report|story|article)(ing)?\.?$|^[^.!?]{3,120}\b(writers?|reporters?|correspondents?|staff|producers?)\b[^.!?]{0,80}\bcontributed\.?$", Opt)]
    private static partial Regex ContributedTail();

    [GeneratedRegex(@"\bread more\s*(»|>|→|here)?$", Opt)]
    private static partial Regex ReadMoreTail();

    [GeneratedRegex(@"(\bsee gallery$|\[gallery\]|^\d+ (photos|images|pictures)$|\bphoto gallery\s*:)", Opt)]
    private static partial Regex GalleryAnywhere();

    // ---- other small rules ----

    [GeneratedRegex(@"^(photo\s*-\s*)?(https?://|www\.)\S+$", Opt)]
    private static partial Regex BareLink();

    [GeneratedRegex(@"^\[(?![^\]]*\b(said|says|told)\b)[^\]]{4,160}(?<![.,;])\]$|^\[[^\]]{0,40}\.\]$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedHeadline();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.\-]+( \p{Lu}[\p{L}'’.\-]*){0,3} ?/ ?\p{Lu}[\p{L}.&\-]+( \p{Lu}[\p{L}.&\-]+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex NameSlashOutlet();

    [GeneratedRegex(@"^[\w.+\-]+@[\w\-]+(\.[\w\-]+)+$", Opt)]
    private static partial Regex BareEmail();

    [GeneratedRegex(@"[,?!]\s*[""”’']\s*,?\s*(\p{Lu}[\p{L}.]*\s){0,4}\p{L}*\s?(said|says|told|added|asked|wrote|explained|recalled|noted|tweeted|declared|insisted)\b|\b(said|says|told)\b", Opt)]
    private static partial Regex SpeechAttribution();
}
