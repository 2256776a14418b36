using Roundup.Reading;

namespace Roundup.Tests.Reading;

public sealed class HtmlAndFeedReaderTests
{
    internal const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <title>Pier reopens after repairs | Coastline Courier</title>
        <meta property="og:site_name" content="Coastline Courier">
        <meta property="og:title" content="Pier reopens after repairs">
        <link rel="canonical" href="https://coastlinecourier.example/news/pier-reopens">
        <meta property="article:published_time" content="2026-04-11T09:30:00+00:00">
        <meta name="author" content="Nora Fenwick">
        <style>.x{color:red}</style><script>var tracking = 1;</script>
        </head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sports">Sports</a></nav>
        <article>
        <h1>Pier reopens after repairs</h1>
        <p class="byline">By Nora Fenwick</p>
        <p>The Seagrove pier reopened to walkers on Saturday after eight months of repairs that replaced 120 wooden pilings damaged in last winter's storms.</p>
        <p>Harbor master Luis Ortega said the work came in under its $2.3 million budget and that fishing from the pier would be allowed again from May 1.</p>
        <p>Local businesses near the pier said the closure had cut their winter sales by as much as a third, and several owners attended the reopening on Saturday morning.</p>
        <p>The city plans to add new lighting and two benches at the end of the pier later this year, paid for by a state coastal grant.</p>
        </article>
        <footer>© 2026 Coastline Courier. All rights reserved. <a href="/privacy">Privacy</a></footer>
        </body></html>
        """;

    [Fact]
    public void Html_page_gives_main_text_and_metadata()
    {
        var a = HtmlArticleReader.Read("pier.html", Page, "pier.html");
        Assert.Contains("120 wooden pilings", a.RawText, StringComparison.Ordinal);
        Assert.Contains("state coastal grant", a.RawText, StringComparison.Ordinal);
        Assert.DoesNotContain("tracking", a.RawText, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", a.RawText, StringComparison.Ordinal);
        Assert.DoesNotContain("Sports", a.RawText, StringComparison.Ordinal);
        Assert.Equal("Coastline Courier", a.Source);
        Assert.Equal("https://coastlinecourier.example/news/pier-reopens", a.Url);
        Assert.Equal(new DateTimeOffset(2026, 4, 11, 9, 30, 0, TimeSpan.Zero), a.Published);
        Assert.Contains("Pier reopens after repairs", a.Title, StringComparison.Ordinal);
        Assert.Contains("Nora Fenwick", a.Byline, StringComparison.Ordinal);
        Assert.Contains("\n\n", a.RawText, StringComparison.Ordinal); // paragraphs kept apart
    }

    [Fact]
    public void Html_page_too_short_for_extraction_still_gives_its_visible_text()
    {
        var a = HtmlArticleReader.Read("short.html", "<html><head><title>Notice</title></head><body><p>The pool is closed on Monday.</p></body></html>", "short.html");
        Assert.Contains("The pool is closed on Monday.", a.RawText, StringComparison.Ordinal);
        Assert.Equal("Notice", a.Title);
        Assert.Null(a.Source);
    }

    [Fact]
    public void Html_fragment_to_text_decodes_entities_and_drops_scripts()
    {
        Assert.Equal("Tom & Jerry’s show\n\nSecond para", HtmlText.ToPlainText("<p>Tom &amp; Jerry&rsquo;s <b>show</b></p><script>x()</script><p>Second   para</p>"));
        Assert.Equal("no tags here", HtmlText.ToPlainText(" no tags here "));
    }

    internal const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel>
        <title>Valley Post</title><link>https://valleypost.example</link><description>Local news</description>
        <item>
          <title>Reservoir levels rise after rain</title>
          <link>https://valleypost.example/reservoir</link>
          <guid>vp-101</guid>
          <pubDate>Tue, 10 Mar 2026 14:00:00 GMT</pubDate>
          <description><![CDATA[<p>The Linden reservoir rose to <b>84 percent</b> of capacity after a week of rain.</p><p>Water officials lifted the lawn watering limits.</p>]]></description>
        </item>
        <item>
          <title>Market hall gets new roof</title>
          <link>https://valleypost.example/market</link>
          <pubDate>Wed, 11 Mar 2026 08:15:00 +0100</pubDate>
          <description>Work on the market hall roof will finish in April.</description>
        </item>
        </channel></rss>
        """;

    internal const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Ridge Gazette</title>
          <id>urn:ridge</id><updated>2026-03-12T10:00:00Z</updated>
          <entry>
            <title>Trail bridge replaced</title>
            <link href="https://ridgegazette.example/trail-bridge"/>
            <id>urn:ridge:1</id>
            <updated>2026-03-12T10:00:00Z</updated>
            <published>2026-03-12T09:00:00Z</published>
            <content type="html">&lt;p&gt;Volunteers replaced the footbridge on the Ridge Trail over two weekends.&lt;/p&gt;</content>
          </entry>
        </feed>
        """;

    [Fact]
    public void Rss_items_become_articles_with_stripped_html()
    {
        var items = FeedArticleReader.Read("valley.xml", Rss);
        Assert.Equal(2, items.Count);
        var a = items[0];
        Assert.Equal("The Linden reservoir rose to 84 percent of capacity after a week of rain.\n\nWater officials lifted the lawn watering limits.", a.RawText);
        Assert.Equal(("vp-101", "Reservoir levels rise after rain", "https://valleypost.example/reservoir", "Valley Post"), (a.Id, a.Title, a.Url, a.Source));
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 14, 0, 0, TimeSpan.Zero), a.Published);
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 7, 15, 0, TimeSpan.Zero), items[1].Published!.Value.ToUniversalTime());
        Assert.Equal("https://valleypost.example/market", items[1].Id);
    }

    [Fact]
    public void Atom_entries_become_articles()
    {
        var a = Assert.Single(FeedArticleReader.Read("ridge.atom", Atom));
        Assert.Equal("Volunteers replaced the footbridge on the Ridge Trail over two weekends.", a.RawText);
        Assert.Equal(("Trail bridge replaced", "https://ridgegazette.example/trail-bridge", "Ridge Gazette"), (a.Title, a.Url, a.Source));
        Assert.Equal(new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero), a.Published);
    }

    [Fact]
    public void Broken_feed_gives_a_clear_error()
    {
        var e = Assert.Throws<RoundupInputException>(() => FeedArticleReader.Read("bad.xml", "<rss><channel><item><title>x</title>"));
        Assert.Contains("bad.xml", e.Message, StringComparison.Ordinal);
    }
}
