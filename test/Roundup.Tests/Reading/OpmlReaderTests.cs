using System.Text;
using Roundup.Reading;

namespace Roundup.Tests.Reading;

public sealed class OpmlReaderTests
{
    private static IReadOnlyList<FeedSubscription> Read(string xml) => OpmlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "feeds.opml");

    [Fact]
    public void Feeds_are_read_from_outlines_at_any_depth_once_each_with_their_titles()
    {
        var feeds = Read("""
            <?xml version="1.0"?>
            <opml version="2.0"><head><title>Subscriptions</title></head><body>
              <outline text="Local">
                <outline type="rss" text="Harlow Bay Herald" xmlUrl="https://herald.example/rss" />
                <outline text="Folder"><outline type="rss" title="The Ledger" xmlUrl="http://ledger.example/feed.atom" /></outline>
              </outline>
              <outline type="rss" text="Herald again" xmlUrl="https://herald.example/rss" />
              <outline text="A heading without a feed" />
            </body></opml>
            """);
        Assert.Equal(["https://herald.example/rss", "http://ledger.example/feed.atom"], feeds.Select(f => f.Url.ToString()));
        Assert.Equal(["Harlow Bay Herald", "The Ledger"], feeds.Select(f => f.Title));
    }

    [Theory]
    [InlineData("<opml><body><outline xmlUrl=\"file:///etc/passwd\"/></body></opml>", "not an http or https URL")]
    [InlineData("<rss version=\"2.0\"><channel/></rss>", "not OPML")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><opml><body><outline xmlUrl=\"http://a.example/&e;\"/></body></opml>", "not readable OPML")]
    [InlineData("<opml><body><outline xmlUrl=\"http://a.example/\">", "not readable OPML")]
    [InlineData("", "not readable OPML")]
    public void Bad_opml_is_an_input_error_naming_the_file(string xml, string reason)
    {
        var e = Assert.Throws<RoundupInputException>(() => Read(xml));
        Assert.Contains("feeds.opml", e.Message, StringComparison.Ordinal);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }
}
