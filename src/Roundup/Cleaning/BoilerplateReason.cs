namespace Roundup.Cleaning;

/// <summary>The reasons the cleaner gives in <see cref="Model.RemovedLine.Reason"/>, one constant per rule family.</summary>
public static class BoilerplateReason
{
    /// <summary>Newsletter, app, subscription and membership promotions ("Sign up now…", "Download the … app").</summary>
    public const string Promotion = "promotion";

    /// <summary>Residue of embedded tweets and posts ("— Name (@handle) Date", pic.twitter.com links, "WATCH: …").</summary>
    public const string SocialEmbed = "social-embed";

    /// <summary>Photo credits and captions ("X via Getty Images", "(AP Photo/…)", the caption after a credit line).</summary>
    public const string PhotoCredit = "photo-credit";

    /// <summary>Gallery widgets ("Photo gallery … See Gallery").</summary>
    public const string Gallery = "gallery";

    /// <summary>"Story is still developing / check back for updates" lines.</summary>
    public const string Developing = "developing";

    /// <summary>Notes that the story was updated or corrected ("This story has been updated to …").</summary>
    public const string UpdateNote = "update-note";

    /// <summary>Dateline and timestamp lines ("13/12/2016 15:04 GMT | Updated …", "Posted: Jun 11, 2018").</summary>
    public const string Dateline = "dateline";

    /// <summary>Cookie, consent, JavaScript, ad-blocker and media-player notices.</summary>
    public const string Notice = "notice";

    /// <summary>"Advertisement" markers.</summary>
    public const string Advertisement = "advertisement";

    /// <summary>Share, print, comment, text-size and similar page widgets.</summary>
    public const string Widget = "widget";

    /// <summary>Copyright and rights lines.</summary>
    public const string Copyright = "copyright";

    /// <summary>"Related stories" and "Read more" links, topic and tag lists.</summary>
    public const string Related = "related";

    /// <summary>Web-archive and crawler notices (Internet Archive, Wayback Machine).</summary>
    public const string Archive = "archive";

    /// <summary>Reporter contact lines, "Follow X on Twitter", tip lines, "X contributed to this report".</summary>
    public const string Contact = "contact";

    /// <summary>Author lines ("By Jane Smith").</summary>
    public const string Byline = "byline";

    /// <summary>Credits and review boxes of films and shows ("MPAA rating: R", "Running time: 91 min.", "Produced by …") and
    /// descriptions of wire graphics ("Graphic shows …; 3c x 5 inches").</summary>
    public const string Credits = "credits";

    /// <summary>Lines that are only a link.</summary>
    public const string Link = "link";

    /// <summary>Lines without any letter or digit ("___", "###", "• • •").</summary>
    public const string Separator = "separator";
}
