using Roundup.Cleaning;
using Roundup.Model;

namespace Roundup.Tests.Cleaning;

public sealed class BoilerplateCleanerTests
{
    private static Article Clean(string raw)
    {
        var a = new Article("t", raw);
        new BoilerplateCleaner().Clean(a);
        return a;
    }

    [Fact]
    public void Long_web_archive_notice_paragraph_is_removed_but_a_story_mentioning_the_archive_is_kept()
    {
        // Written for this test in the style of crawler notices: one long paragraph, over 400 characters.
        var notice = "This crawl was run to keep copies of pages that news sites link to, so that readers who follow an old " +
                     "link later still find the page as it stood when the story was written. Pages are fetched again every " +
                     "few weeks and stored with the date they were fetched. Nothing here is edited by hand, and the copies " +
                     "are kept for as long as the collection lasts. Questions about the collection go to its maintainers.";
        var story = "Volunteers at the Internet Archive said on Monday that they had saved more than a million pages of local " +
                    "news since the spring, when several small papers in the region closed and took their websites down. " +
                    "The group plans to open a reading room for researchers next year, and to add the papers' photo files.";
        var a = Clean(notice + "\n\n" + story);
        Assert.Equal(BoilerplateReason.Archive, Assert.Single(a.Removed).Reason);
        Assert.Equal(story, a.Text);
    }

    [Fact]
    public void Dateline_sets_published_when_unknown()
    {
        var a = Clean("13/12/2016 15:04 GMT | Updated 13/12/2016 16:34 GMT\n\nThe council met on Tuesday.");
        Assert.Equal(new DateTimeOffset(2016, 12, 13, 15, 4, 0, TimeSpan.Zero), a.Published);
        Assert.Equal("The council met on Tuesday.", a.Text);
        Assert.Equal(BoilerplateReason.Dateline, Assert.Single(a.Removed).Reason);
    }

    [Fact]
    public void Iso_dateline_line_is_removed_and_parsed()
    {
        var a = Clean("Published 2016-12-13T15:04:00Z\nThe council met on Tuesday.");
        Assert.Equal(new DateTimeOffset(2016, 12, 13, 15, 4, 0, TimeSpan.Zero), a.Published);
        Assert.Equal("The council met on Tuesday.", a.Text);
    }

    [Fact]
    public void Dateline_does_not_override_known_published()
    {
        var known = new DateTimeOffset(2020, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var a = new Article("t", "Posted: Jun 11, 2018 5:30 PM CDT\nStorms hit the city.") { Published = known };
        new BoilerplateCleaner().Clean(a);
        Assert.Equal(known, a.Published);
        Assert.Single(a.Removed);
    }

    [Theory]
    [InlineData("Published: 10:32 EST, 3 March 2014 | Updated: 12:15 EST, 3 March 2014", "2014-03-03T10:32:00-05:00")]
    [InlineData("Posted: Jun 11, 2018 5:30 PM CDT", "2018-06-11T17:30:00-05:00")]
    [InlineData("Sunday, July 31, 2011 21:39 EDT", "2011-07-31T21:39:00-04:00")]
    [InlineData("Published on Sep 8, 2015", "2015-09-08T00:00:00+00:00")]
    [InlineData("04/03/2019 09:12 GMT | Updated 04/03/2019 11:40 GMT", "2019-03-04T09:12:00+00:00")]
    [InlineData("12/25/2017 8:00 a.m.", "2017-12-25T08:00:00+00:00")]
    [InlineData("Published: 2016-12-13T15:04:00+01:00", "2016-12-13T15:04:00+01:00")]
    [InlineData("2018-06-11", "2018-06-11T00:00:00+00:00")]
    public void Dateline_parser_reads_common_formats(string line, string expected)
    {
        Assert.True(DatelineParser.TryParse(line, out var when));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), when);
    }

    [Fact]
    public void Dateline_parser_rejects_lines_without_a_date() =>
        Assert.False(DatelineParser.TryParse("Updated at 11:10 a.m.", out _));

    [Fact]
    public void Caption_directly_below_a_credit_line_is_removed_but_not_after_a_blank_line()
    {
        var a = Clean("Lead sentence here.\n\nJane Roe via Getty Images\nProtesters outside the court\n\nThe judge ruled on Monday.\n\nJohn Doe via Getty Images\n\nShort line kept");
        Assert.Equal("Lead sentence here.\n\nThe judge ruled on Monday.\n\nShort line kept", a.Text);
        Assert.Equal(3, a.Removed.Count);
        Assert.All(a.Removed, r => Assert.Equal(BoilerplateReason.PhotoCredit, r.Reason));
    }

    [Fact]
    public void Invisible_characters_that_split_words_are_dropped_from_the_text()
    {
        var a = new Article("z", "The harbour \u200bEMT\u200b\u200bs arrived at the pier at dawn.\n");
        new BoilerplateCleaner().Clean(a);
        Assert.Equal("The harbour EMTs arrived at the pier at dawn.", a.Text);
    }

    [Fact]
    public void Removed_spans_point_into_raw_text()
    {
        var raw = " \n Advertisement \n \n The vote was close. \n \n Sign up for our newsletter and get top stories delivered to your inbox. ";
        var a = Clean(raw);
        Assert.Equal("The vote was close.", a.Text);
        Assert.Equal(2, a.Removed.Count);
        foreach (var r in a.Removed) Assert.Equal(r.Text, r.Span.Slice(raw).ToString());
    }

    [Fact]
    public void Byline_is_removed_and_kept_as_metadata()
    {
        var a = Clean("By Jane Q. Roe\n\nThe bridge reopened on Friday.");
        Assert.Equal("Jane Q. Roe", a.Byline);
        Assert.Equal("The bridge reopened on Friday.", a.Text);
    }

    [Theory]
    [InlineData("\"We want every family to sign up before the deadline,\" the mayor said.")]
    [InlineData("By Tuesday, officials had reopened two lanes.")]
    [InlineData("Copyright lawyers say the case could reshape the industry.")]
    [InlineData("Related charges were filed against two former managers.")]
    [InlineData("The photo was taken by a Getty Images photographer at the border.")]
    [InlineData("Updated | When the first humans left Africa, they got shorter, researchers said in a study published on Monday in a journal.")]
    [InlineData("Share prices fell 6 percent on Monday.")]
    [InlineData("The club added 1,200 members to its mailing list after the concert, organisers said.")]
    [InlineData("The bank said it would extend credit to Harbor Freight for another year.")]
    [InlineData("In this town, photo radar cameras catch more speeders than the police do.")]
    [InlineData("Close to 4,000 riders were stranded on Monday.")]
    [InlineData("Residents can contact the city at any time through its website, the mayor said.")]
    [InlineData("WASHINGTON (AP) — The Senate voted 51-49 on Thursday to confirm the nominee.")]
    [InlineData("Oh, right, the council also voted to keep the old ferry name.")]
    [InlineData("Abara, left out of the final talks, asked the auditor to review the figures.")]
    [InlineData("A photo of the old pier, taken in 1962, hangs in the board's meeting room.")]
    [InlineData("Readers of the report will find the noise study in its third appendix.")]
    [InlineData("The board has the details of the final design on its website, Vance said.")]
    [InlineData("Watch for lane closures on weeknights at the north ramp until May.")]
    [InlineData("Residents who sign the petition want a public vote on the terminal.")]
    [InlineData("The terminal was published in the plans (published March 3, 2025) and approved a month later.")]
    [InlineData("Produced by the harbour board, the film follows a ferry crew through one winter.")]
    [InlineData("The film is directed by Ona Pike and stars Tobin Rees as the harbour master.")]
    [InlineData("A press release from the studio said the film was produced by Ona Pike on a small budget.")]
    [InlineData("Its running time was cut by 20 minutes after the festival screening, the studio said.")]
    [InlineData("Join us on Saturday for the reopening of the ferry terminal, the mayor told residents.")]
    [InlineData("Snow up to 14 inches fell on the harbour overnight.")]
    [InlineData("Check-in lines at the ferry terminal stretched past the harbour gate on Monday.")]
    [InlineData("Check out times at the harbour hotel were moved to noon during the festival.")]
    [InlineData("Freight moves between the two ports (Port Ellis/North Weston).")] // a pair of places, not a credit after a sentence
    [InlineData("A photo the captain took on Monday shows the ferry listing badly, the inquiry heard.")] // a picture that is the news
    public void Story_lines_that_look_like_boilerplate_are_kept(string line) =>
        Assert.Null(BoilerplateCleaner.Classify(line));

    [Theory]
    [InlineData("WATCH: The mayor and the fire chief tour the flooded depot https://t.co/Xq4bT7pLm2 — Harbor News (@HarborNews) March 3, 2021", BoilerplateReason.SocialEmbed)]
    [InlineData("Story is still developing. Check back for updates.", BoilerplateReason.Developing)]
    [InlineData("TIMOTHY A. CLARY via Getty Images", BoilerplateReason.PhotoCredit)]
    [InlineData("Photo gallery The Wisdom Of Kanye West See Gallery", BoilerplateReason.Gallery)]
    [InlineData("Want stories like this on your phone? Download the Harbor News app today!", BoilerplateReason.Promotion)]
    [InlineData("Fill in your details below to join our mailing list and hear about new reports first.", BoilerplateReason.Promotion)]
    [InlineData("Media playback is unsupported on your device Media caption The harbour master explains the new tide gates", BoilerplateReason.Widget)]
    [InlineData("CLOSE Crews spent the night pumping water out of the old depot.", BoilerplateReason.Widget)]
    [InlineData("Email This Even at 90, the harbor's oldest ferry captain still takes the morning run!", BoilerplateReason.Widget)]
    [InlineData("In this undated photo provided by the Harbor Museum, volunteers restore a lifeboat.", BoilerplateReason.PhotoCredit)]
    [InlineData("In this March 3, 2021, file photo, the mayor speaks at the pier.", BoilerplateReason.PhotoCredit)]
    [InlineData("Contact Ana Ruiz at 555-010-0199.", BoilerplateReason.Contact)]
    [InlineData("This story first appeared in the spring issue of Harbor Monthly.", BoilerplateReason.UpdateNote)]
    [InlineData("Updated at 9:23 a.m. to correct the name of the ferry captain.", BoilerplateReason.UpdateNote)]
    [InlineData("2 years ago", BoilerplateReason.Dateline)]
    [InlineData("Updated an hour ago", BoilerplateReason.Dateline)]
    [InlineData("The seed list for this crawl was drawn from a list of popular sites.", BoilerplateReason.Archive)]
    [InlineData("Image Firefighters on the roof of the depot on Sunday morning. Credit Ana Ruiz for The Harbor Times", BoilerplateReason.PhotoCredit)]
    [InlineData("Image The harbor master inspecting the pier. Credit Tom Ellis/The Harbor Times", BoilerplateReason.PhotoCredit)]
    [InlineData("The harbour master is a candidate for mayor. Here is his plan for the pier. (Tom Ellis/The Harbor Times)", BoilerplateReason.PhotoCredit)] // a video caption and its credit
    [InlineData("RELATED: Ten Harbor Towns Worth A Weekend Trip", BoilerplateReason.Related)]
    [InlineData("Copyright © 2012 AFP. All rights reserved. More »", BoilerplateReason.Copyright)]
    [InlineData("___", BoilerplateReason.Separator)]
    [InlineData("Harbour master Tobin Rees, left, and Delia Marsh walk the pier on Monday.", BoilerplateReason.PhotoCredit)]
    [InlineData("Ona Pike (right) holds a sign outside the meeting in the film \"Harbour Days.\"", BoilerplateReason.PhotoCredit)]
    [InlineData("This undated photo provided by the ferry company shows the new terminal.", BoilerplateReason.PhotoCredit)]
    [InlineData("A file image from the harbour survey shows the old pier at low tide.", BoilerplateReason.PhotoCredit)]
    [InlineData("Image from the harbour board's planning report.", BoilerplateReason.PhotoCredit)]
    [InlineData("You can read the full planning report here.", BoilerplateReason.Related)]
    [InlineData("Read on for the board members' statements.", BoilerplateReason.Related)]
    [InlineData("Channel 9's Mira Okafor has the details.", BoilerplateReason.Widget)]
    [InlineData("Watch Harbour Tonight weeknights at 11:35 PM ET/10:35 PM CT.", BoilerplateReason.Promotion)]
    [InlineData("Click below to sign the petition.", BoilerplateReason.Promotion)]
    [InlineData("Thank you for supporting the campaign to save the ferry.", BoilerplateReason.Promotion)]
    [InlineData("The board voted 5-2 to approve the terminal. Mira Okafor reports. (Published Monday, March 3, 2025)", BoilerplateReason.Widget)]
    [InlineData("In some cases we may not have crawled all of the embedded objects on a page.", BoilerplateReason.Archive)]
    [InlineData("Crawl of outlinks from harbornews.example started May, 2024. These files are not publicly accessible.", BoilerplateReason.Archive)]
    [InlineData("Your custom domain mapping may take as little as 15-30 minutes to resolve. Please visit our help center.", BoilerplateReason.Notice)]
    [InlineData("Join us on Facebook Like us and you'll find top harbour news in your newsfeed.", BoilerplateReason.Promotion)]
    [InlineData("The late show has sketches and interviews. You'll also find behind the scenes videos and other great web exclusives.", BoilerplateReason.Promotion)]
    [InlineData("Reviewed at Harbour Film Festival, March 8, 2025. MPAA Rating: R. Running time: 91 MIN.", BoilerplateReason.Credits)]
    [InlineData("MPAA rating: PG-13 for storm peril and brief language", BoilerplateReason.Credits)]
    [InlineData("Running time: 1 hour, 42 minutes", BoilerplateReason.Credits)]
    [InlineData("A Bay Pictures release of a Tide Films presentation. Produced by Ona Pike, Tobin Rees. Executive producer, Mira Okafor.", BoilerplateReason.Credits)]
    [InlineData("Directed by Ona Pike.", BoilerplateReason.Credits)]
    [InlineData("this data is currently not publicly accessible.", BoilerplateReason.Archive)]
    [InlineData("The harbour master walks the flooded pier in Weston, Maine, Monday, March 2, 2026. The board has begun debating before... (Associated Press)", BoilerplateReason.PhotoCredit)]
    [InlineData("Harbor Radio transcripts are created on a rush deadline by a contractor. This text may not be in its final form and may be updated. Accuracy and availability may vary. The authoritative record of the programme is the audio record.", BoilerplateReason.Archive)]
    [InlineData("Check out HarborFest.net for ticketing information.", BoilerplateReason.Promotion)]
    [InlineData("Produced by Ona Pike, Tobin Rees and Delia Marsh.", BoilerplateReason.Credits)]
    [InlineData("Graphic shows the new ferry routes and the closed piers; 2c x 4 inches; 96 mm x 102 mm; (Harbor Wire)", BoilerplateReason.Credits)]
    public void Typical_boilerplate_lines_get_their_reason(string line, string reason) =>
        Assert.Equal(reason, BoilerplateCleaner.Classify(line));
}
