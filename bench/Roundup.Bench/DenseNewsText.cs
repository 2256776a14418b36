using System.Globalization;
using System.Text;

namespace Roundup.Bench;

/// <summary>Generated text dense with dates and numbers, for measuring how the facts stage scales.</summary>
internal static class DenseNewsText
{
    /// <summary>Sentences packed with dates, counts, money, percentages, durations and measures (the bench's facts-scale mode and the facts scaling test share it).</summary>
    public static string Create(int bytes, int seed = 7)
    {
        var rng = new Random(seed);
        string[] months = ["January", "March", "June", "Sept.", "Dec."];
        string[] nouns = ["workers", "vehicles", "people", "homes", "flights", "votes"];
        string[] days = ["Monday", "Tuesday", "yesterday", "last week", "two days ago", "next month"];
        var sb = new StringBuilder(bytes + 200);
        while (sb.Length < bytes)
        {
            // Counts packed as tightly as a table written out as prose: every number is a candidate that is taken.
            for (int k = 0; k < 8; k++) sb.Append(CultureInfo.InvariantCulture, $"{rng.Next(2, 9000)} {nouns[rng.Next(nouns.Length)]}, ");
            sb.Append(CultureInfo.InvariantCulture,
                $"paid ${rng.Next(1, 900)}.{rng.Next(10)} million, {rng.Next(1, 99)} percent more than {days[rng.Next(days.Length)]} " +
                $"on {months[rng.Next(months.Length)]} {rng.Next(1, 29)}, {rng.Next(1990, 2025)}, over {rng.Next(2, 40)} days and {rng.Next(1, 300)} miles. ");
            if (rng.Next(8) == 0) sb.Append("\n\n");
        }
        return sb.ToString();
    }
}
