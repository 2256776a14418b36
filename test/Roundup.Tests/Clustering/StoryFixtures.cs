using Roundup.Model;

namespace Roundup.Tests.Clustering;

/// <summary>Short news articles written for these tests. Two events share the town, river and mayor's names.</summary>
internal static class StoryFixtures
{
    public static readonly DateTimeOffset Day = new(2025, 3, 10, 8, 0, 0, TimeSpan.Zero);

    public static Article Make(string id, string title, string text, double hours = 0) => new(id, title + "\n\n" + text)
    {
        Title = title,
        Published = Day.AddHours(hours),
    };

    /// <summary>Event A: the Keller river floods Marlow. Event B: Marlow's mayor Helen Brandt resigns over a budget scandal.
    /// Event C: a cup final.</summary>
    public static List<Article> Events() =>
    [
        Make("flood-1", "Keller river bursts its banks in Marlow",
            "Floodwater from the Keller river poured into the centre of Marlow overnight after three days of heavy rain. " +
            "Firefighters used boats to rescue forty residents from flooded homes near the old bridge. " +
            "Mayor Helen Brandt opened the sports hall as an emergency shelter for families evacuated from the riverside streets. " +
            "Forecasters expect the water level to keep rising until Wednesday.", 0),
        Make("budget-1", "Marlow mayor Helen Brandt resigns over budget scandal",
            "Helen Brandt resigned as mayor of Marlow on Tuesday after auditors found that two million euros of council money had been moved into a consultancy run by her brother-in-law. " +
            "The audit report said contracts were signed without a tender. " +
            "Brandt denied wrongdoing but said the investigation made her position untenable. " +
            "Prosecutors have opened an inquiry into the contracts.", 1),
        Make("flood-2", "Evacuations as floods hit Marlow",
            "Rescue teams in boats evacuated dozens of residents in Marlow as the Keller river burst its banks after days of rain. " +
            "Homes near the bridge were flooded up to the first floor, and a sports hall is sheltering families. " +
            "The water level is forecast to rise further, the regional flood service said. " +
            "Mayor Helen Brandt thanked the firefighters.", 2),
        Make("cup-1", "Eastbury win cup final on penalties",
            "Eastbury won the regional cup final on penalties after a goalless draw against Northfield on Sunday. " +
            "Goalkeeper Tom Aske saved two penalties in the shootout. " +
            "The coach praised the defence, which has not conceded a goal in five matches. " +
            "Thousands of fans celebrated in the stadium.", 3),
        Make("budget-2", "Auditors' report forces Marlow mayor out",
            "The mayor of Marlow, Helen Brandt, stepped down after an audit found two million euros of council money went to a consultancy owned by a relative. " +
            "Auditors said the contracts were awarded without any tender. " +
            "Prosecutors are investigating, and Brandt says she did nothing wrong. " +
            "Her deputy will lead the council until an election.", 4),
        Make("flood-3", "Marlow flood: water still rising",
            "The Keller river kept rising in Marlow on Monday and more homes near the old bridge were flooded. " +
            "Firefighters rescued residents by boat and evacuated families to the sports hall. " +
            "Heavy rain is forecast to continue, and the flood service warned the water level could rise until Wednesday.", 5),
        Make("cup-2", "Penalty shootout hands Eastbury the cup",
            "Goalkeeper Tom Aske was the hero as Eastbury beat Northfield on penalties in the regional cup final. " +
            "The match ended goalless after extra time in front of thousands of fans. " +
            "Eastbury's coach said the defence won the cup.", 6),
        Make("budget-3", "Inquiry into Marlow council contracts after mayor quits",
            "Prosecutors opened an inquiry into council contracts in Marlow after mayor Helen Brandt resigned. " +
            "An audit found two million euros were paid to a consultancy run by a relative of the mayor without a tender. " +
            "Brandt denies wrongdoing.", 7),
    ];

    /// <summary>Ten days after the flood (event A), the Marlow council votes money for flood defences on the Keller: a later
    /// event of the same running subject.</summary>
    public static List<Article> FloodFollowUp() =>
    [
        Make("defence-1", "Marlow council approves Keller flood defences after floods",
            "Ten days after the Keller river flooded the centre of Marlow, the council voted to spend four million euros on flood walls along the river. " +
            "Residents whose homes near the old bridge were flooded asked for the work to start before winter. " +
            "Mayor Helen Brandt said the floodwater and the evacuations showed the town could not wait. " +
            "The flood walls will protect the riverside streets from the water level forecast in heavy rain.", 240),
        Make("defence-2", "Flood walls for Marlow after the Keller floods",
            "Marlow will build flood walls along the Keller river after the floods that forced evacuations this month, the council decided on Thursday. " +
            "The four million euro plan protects homes near the old bridge and the riverside streets, which flooded after heavy rain. " +
            "Firefighters who rescued residents by boat welcomed the vote.", 242),
    ];

    public static string EventOf(Article a) => a.Id[..a.Id.IndexOf('-', StringComparison.Ordinal)];
}
