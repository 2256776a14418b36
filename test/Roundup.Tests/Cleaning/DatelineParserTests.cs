using Roundup.Cleaning;
using Roundup.Facts;
using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Cleaning;

/// <summary>The one dateline parser: the cleaner, the facts stage and the entity recognizer read a line alike.</summary>
public sealed class DatelineParserTests
{
    [Theory]
    [InlineData("03.04.2016 10:00 | Updated 03.04.2016 12:00", 2016, 4, 3)] // dots: day first
    [InlineData("03/04/2016 10:00 CET", 2016, 4, 3)] // a European zone: day first
    [InlineData("03/04/2016 10:00 UTC", 2016, 4, 3)]
    [InlineData("03/04/2016 10:00 GMT", 2016, 4, 3)]
    [InlineData("03/04/2016 10:00 EST", 2016, 3, 4)] // an American zone: month first
    [InlineData("13/04/2016 10:00", 2016, 4, 13)] // 13 cannot be a month
    [InlineData("Posted: Jun 11, 2018 5:30 PM CDT", 2018, 6, 11)]
    [InlineData("Published: 2016-12-13T23:30:00-05:00", 2016, 12, 13)] // the date where it was written, not in UTC
    public void Cleaner_and_facts_read_a_timestamp_line_to_the_same_date(string line, int year, int month, int day)
    {
        var expected = new DateOnly(year, month, day);
        Assert.True(DatelineParser.TryParse(line, out var published));
        Assert.Equal(expected, DateOnly.FromDateTime(published.DateTime));
        Assert.Equal(expected, DateExtractor.ParseDateline(line));
        var read = DatelineParser.Parse(line);
        Assert.NotNull(read);
        Assert.True(read.IsTimestampLine);
        Assert.Equal(expected, read.Date);
    }

    [Fact]
    public void The_caller_may_decide_an_ambiguous_numeric_date()
    {
        Assert.Equal(new DateOnly(2016, 3, 4), DatelineParser.Parse("03/04/2016 10:00 GMT", dayFirst: false)!.Date);
        Assert.Equal(new DateOnly(2016, 4, 3), DatelineParser.Parse("03/04/2016 10:00 EST", dayFirst: true)!.Date);
        // Unambiguous dates ignore the hint.
        Assert.Equal(new DateOnly(2016, 4, 13), DatelineParser.Parse("13/04/2016", dayFirst: false)!.Date);
    }

    [Fact]
    public void A_whole_timestamp_line_is_read_from_its_leading_date()
    {
        // The facts stage reads the published date, never the updated one, and never an ISO date further on.
        var read = DatelineParser.Parse("July 2, 2024 4:05 PM | Updated 2024-07-03T10:00:00Z");
        Assert.NotNull(read);
        Assert.True(read.IsTimestampLine);
        Assert.Equal(new DateOnly(2024, 7, 2), read.Date);
        Assert.Equal(new TimeSpan(16, 5, 0), read.Published.TimeOfDay);
    }

    [Fact]
    public void A_date_inside_a_longer_line_is_read_but_the_line_is_not_a_timestamp_line()
    {
        var read = DatelineParser.Parse("By Jane Roe, Weston Herald | Published on Sep 8, 2015");
        Assert.NotNull(read);
        Assert.False(read.IsTimestampLine);
        Assert.Equal(new DateOnly(2015, 9, 8), read.Date);
        Assert.Null(DateExtractor.ParseDateline("By Jane Roe, Weston Herald | Published on Sep 8, 2015"));
        Assert.Null(DatelineParser.Parse("Updated at 11:10 a.m."));
    }

    [Fact]
    public void The_cleaner_puts_the_dateline_it_read_on_the_article()
    {
        const string raw = "Weston Herald\n13.12.2016 15:04 CET | Updated 13.12.2016 16:34 CET\n\nThe council met on Tuesday.";
        var a = new Article("t", raw);
        new BoilerplateCleaner().Clean(a);
        var dateline = a.Dateline;
        Assert.NotNull(dateline);
        Assert.Equal("13.12.2016 15:04 CET | Updated 13.12.2016 16:34 CET", dateline.Span.Slice(raw).ToString());
        Assert.Equal(dateline.Text, dateline.Span.Slice(raw).ToString());
        Assert.Equal(new DateTimeOffset(2016, 12, 13, 15, 4, 0, TimeSpan.FromHours(1)), dateline.Published);
        Assert.Equal(dateline.Published, a.Published);
        Assert.True(dateline.IsTimestampLine);
    }

    [Fact]
    public void A_known_publication_time_is_kept_but_the_dateline_is_still_read()
    {
        var known = new DateTimeOffset(2020, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var a = new Article("t", "Posted: Jun 11, 2018 5:30 PM CDT\nStorms hit the city.") { Published = known };
        new BoilerplateCleaner().Clean(a);
        Assert.Equal(known, a.Published);
        Assert.Equal(new DateOnly(2018, 6, 11), a.Dateline!.Date);
    }
}

/// <summary>Month words in written dates, read through the lexicon's month names and abbreviations.</summary>
public sealed class DatelineMonthWordTests
{
    [Theory]
    [InlineData("Posted: May 11, 2018 5:30 PM CDT", 2018, 5, 11)]           // "May" is a name, not an abbreviation
    [InlineData("Posted: may 11, 2018", 2018, 5, 11)]                       // any case
    [InlineData("Published: Sept. 3, 2014", 2014, 9, 3)]
    [InlineData("Published: Septembre 3, 2014", 2014, 9, 3)]                // any word that starts with one
    [InlineData("Updated 3 September 2014 10:32 BST", 2014, 9, 3)]
    [InlineData("Updated 3 Dec, 2014", 2014, 12, 3)]
    public void A_month_word_is_read_by_its_first_letters(string line, int year, int month, int day)
    {
        var d = DatelineParser.Parse(line);
        Assert.NotNull(d);
        Assert.Equal(new DateOnly(year, month, day), d.Date);
    }

    [Fact]
    public void A_word_that_starts_with_no_month_is_no_date() => Assert.Null(DatelineParser.Parse("Posted: Mux 11, 2018"));
}

/// <summary>Wire datelines at the start of a story ("KATHMANDU, Nepal (AP) — "), read by the same parser.</summary>
public sealed class WireDatelineTests
{
    [Theory]
    [InlineData("KATHMANDU, Nepal (AP) — Rescuers reached the village.", "KATHMANDU, Nepal", "AP", "Rescuers")]
    [InlineData("WESTON (AP) — The Harlow River bridge was closed.", "WESTON", "AP", "The")]
    [InlineData("NEW YORK — Stocks fell on Monday.", "NEW YORK", null, "Stocks")]
    [InlineData("(CNN) The storm moved north.", null, "CNN", "The")]
    [InlineData("LONDON (WXYZ-TV) -- The council met.", "LONDON", "WXYZ-TV", "The")]
    [InlineData("HARLOW BAY, March 4 (Xinhua) -- The port reopened on Thursday.", "HARLOW BAY", "Xinhua", "The")] // Xinhua's dated form
    [InlineData("HARLOW BAY, March 4 (xinhua) -- The port reopened on Thursday.", "HARLOW BAY", "xinhua", "The")] // lower case, as in some DUC files
    [InlineData("PORT ELLIS, Kestland, Sept. 16 (Xinhua) -- The port reopened.", "PORT ELLIS, Kestland", "Xinhua", "The")] // region and date
    [InlineData("OSLOVIK (Nordmark), March 5 (Xinhua) -- The port reopened.", "OSLOVIK (Nordmark)", "Xinhua", "The")] // province in parentheses
    [InlineData("FT ELLIS (CBSHarlow) – A man was arrested.", "FT ELLIS", "CBSHarlow", "A")] // a station in mixed case
    [InlineData("PORT ELLIS (KHB SF) — Jurors were called.", "PORT ELLIS", "KHB SF", "Jurors")] // a station in two words
    [InlineData("HARLOW BAY--(BUSINESS WIRE)--The following statement was issued.", "HARLOW BAY", "BUSINESS WIRE", "The")] // a press wire
    [InlineData("(HarlowDay News) -- Babies sleep a lot.", null, "HarlowDay News", "Babies")] // a service, no place
    [InlineData("WESTON (AP -- The bridge was closed.", "WESTON", "AP", "The")] // the closing parenthesis lost
    public void A_wire_dateline_gives_its_place_agency_and_length(string text, string? place, string? agency, string firstWord)
    {
        var wire = DatelineParser.ParseWire(text);
        Assert.NotNull(wire);
        Assert.Equal(place, wire.Place);
        Assert.Equal(agency, wire.Agency);
        Assert.StartsWith(firstWord + " ", text[wire.Length..], StringComparison.Ordinal);
        // The summarizer strips exactly what the parser read.
        Assert.Equal(text[wire.Length..], SentenceRules.StripDateline(text));
    }

    [Fact]
    public void A_dated_dateline_gives_its_heading_and_date()
    {
        var wire = DatelineParser.ParseWire("HARLOW BAY, Sept. 16 (Xinhua) -- The port reopened.")!;
        Assert.Equal("HARLOW BAY, Sept. 16", wire.Heading);
        Assert.Equal("Sept. 16", wire.Date);
        Assert.Equal(9, wire.Month);
        Assert.Equal(16, wire.Day);
        Assert.Equal(new TextSpan(0, "HARLOW BAY".Length), wire.TownSpan);
        Assert.Equal("Xinhua", "HARLOW BAY, Sept. 16 (Xinhua) -- The port reopened.".Substring(wire.AgencySpan.Start, wire.AgencySpan.Length));
    }

    [Fact]
    public void A_weekday_where_the_place_goes_is_no_place()
    {
        var wire = DatelineParser.ParseWire("MONDAY, July 2 (HarlowDay News) -- Whether an injury leads to pain depends on the brain.")!;
        Assert.Null(wire.Place);
        Assert.Equal("HarlowDay News", wire.Agency);
        Assert.Equal(7, wire.Month);
        Assert.Equal(2, wire.Day);
        Assert.StartsWith("Whether", "MONDAY, July 2 (HarlowDay News) -- Whether an injury leads to pain depends on the brain."[wire.Length..], StringComparison.Ordinal);
    }

    [Fact]
    public void The_cleaner_keeps_the_wire_dateline_on_the_article_with_its_span_in_the_cleaned_text()
    {
        var article = new Article("a", "Follow HARLOW NEWS: Facebook | Twitter\n\nFT ELLIS (CBSHarlow) – A man suspected of robbing four stores is in custody.");
        new BoilerplateCleaner().Clean(article);
        var wire = article.WireDateline;
        Assert.NotNull(wire);
        Assert.Equal("FT ELLIS", wire.Place);
        Assert.Equal("CBSHarlow", wire.Agency);
        Assert.Equal("FT ELLIS (CBSHarlow) – ", article.Text.Substring(wire.Span.Start, wire.Span.Length));
        Assert.Equal("FT ELLIS", article.Text.Substring(wire.TownSpan.Start, wire.TownSpan.Length));
        Assert.Same(wire, DatelineParser.WireOf(article));
    }

    [Theory]
    [InlineData("• WESTON (AP) — The bridge was closed.")]
    [InlineData("Updated | WESTON (AP) — The bridge was closed.")]
    public void The_dateline_after_a_list_mark_or_label_has_its_span_in_the_text(string text)
    {
        var article = new Article("a", text);
        new BoilerplateCleaner().Clean(article);
        var wire = article.WireDateline!;
        Assert.Equal("WESTON (AP) — ", article.Text.Substring(wire.Span.Start, wire.Span.Length));
        Assert.Equal("WESTON", article.Text.Substring(wire.TownSpan.Start, wire.TownSpan.Length));
        Assert.Equal("AP", article.Text.Substring(wire.AgencySpan.Start, wire.AgencySpan.Length));
        Assert.Equal("WESTON", wire.Heading);
    }

    [Fact]
    public void A_dateline_read_from_an_earlier_text_is_not_read_for_a_new_one()
    {
        var article = new Article("a", "WESTON (AP) — The bridge was closed.");
        new BoilerplateCleaner().Clean(article);
        Assert.Equal("WESTON", article.WireDateline?.Place);
        article.Text = "The bridge was closed.";
        Assert.Null(article.WireDateline);
        Assert.Null(DatelineParser.WireOf(article));
    }

    [Theory]
    [InlineData("The council met on Tuesday.")]
    [InlineData("Mayor Ann Lee (D) said the pier was safe.")]
    [InlineData("NASA said the launch would go ahead.")]
    public void A_sentence_without_a_wire_dateline_has_none(string text)
    {
        Assert.Null(DatelineParser.ParseWire(text));
        Assert.Equal(text, SentenceRules.StripDateline(text));
    }

    [Theory]
    [InlineData("MARLOWE The council passed its budget on Friday.", "The council passed its budget on Friday.")]
    [InlineData("NEW HAVEN, Conn. A court fined the harbour company.", "A court fined the harbour company.")]
    [InlineData("CLOSE The index fell 300 points on Monday.", "The index fell 300 points on Monday.")]
    [InlineData("NASA The agency said the launch would go ahead.", "The agency said the launch would go ahead.")]
    [InlineData("FBI Director Ann Lee said the files were safe.", "FBI Director Ann Lee said the files were safe.")] // not a sentence opener
    [InlineData("UN The", "UN The")] // too short to hold a dateline and a sentence
    [InlineData("MARLOWE TOWN A LOCAL BAKER WON THE PRIZE.", "MARLOWE TOWN A LOCAL BAKER WON THE PRIZE.")] // all in capitals
    [InlineData("US The council met.", "US The council met.")] // two capitals: not a place
    public void A_bare_dateline_without_its_dash_is_dropped(string text, string expected) =>
        Assert.Equal(expected, SentenceRules.StripDateline(text));

    [Theory]
    [InlineData("A: Before anything else, sign the back of the ticket.", "Before anything else, sign the back of the ticket.")]
    [InlineData("A: it is lower case, so not an answer label.", "A: it is lower case, so not an answer label.")]
    [InlineData("Plan A: Before anything else, sign.", "Plan A: Before anything else, sign.")]
    public void An_interview_answer_label_is_dropped(string text, string expected) =>
        Assert.Equal(expected, SentenceRules.StripDateline(text));

    [Theory]
    [InlineData("16:02 GMT - Officials now say seven people have died.", "Officials now say seven people have died.")]
    [InlineData("9.15am: The first ferries left the harbour.", "The first ferries left the harbour.")]
    [InlineData("14:20 BST – Emergency services say a footbridge has collapsed.", "Emergency services say a footbridge has collapsed.")]
    [InlineData("10.30 - the vote was delayed.", "10.30 - the vote was delayed.")] // no capital after it: not an entry
    [InlineData("3.25 million people voted on Sunday.", "3.25 million people voted on Sunday.")]
    public void A_live_pages_entry_time_is_dropped(string text, string expected) =>
        Assert.Equal(expected, SentenceRules.StripDateline(text));

    [Fact]
    public void A_wire_dateline_below_a_text_files_headline_line_is_read()
    {
        var article = new Article("a", "Storm batters the coast\n\nPORT ALLAIN — At least 19 people have died, officials said.") { Title = "Storm batters the coast" };
        var wire = DatelineParser.WireOf(article);
        Assert.Equal("PORT ALLAIN", wire?.Place);
        // Without the title, the first line is not a headline the reader took out: no dateline opens the text.
        Assert.Null(DatelineParser.WireOf(new Article("b", "Storm batters the coast\n\nPORT ALLAIN — At least 19 people have died.")));
    }

    [Theory]
    [InlineData("The well-known ferry (the oldest) sailed on Monday.")] // a parenthesis, but no dateline form
    [InlineData("Harbour-side shops — the last of them — closed on Monday.")] // a dash, but no capitals after the first
    [InlineData("A ferry — the oldest — sailed on Monday.")]
    public void A_sentence_with_a_dash_or_parenthesis_but_no_dateline_form_has_none(string text)
    {
        Assert.Null(DatelineParser.ParseWire(text));
        Assert.Equal(text, SentenceRules.StripDateline(text));
    }

    [Theory]
    [InlineData("U.S. — Stocks fell on Monday.", "U.S.")] // dots and capitals after the first letter
    [InlineData("ST. ELLIS — Stocks fell on Monday.", "ST. ELLIS")]
    [InlineData("O'HARE — Flights were cancelled.", "O'HARE")]
    public void An_all_caps_place_before_a_dash_is_a_dateline(string text, string place)
    {
        var wire = DatelineParser.ParseWire(text);
        Assert.NotNull(wire);
        Assert.Equal(place, wire.Place);
    }
}
