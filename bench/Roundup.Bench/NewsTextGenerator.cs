using System.Text;

namespace Roundup.Bench;

/// <summary>
/// Generates a synthetic news cluster (our own template text): articles of story paragraphs about one invented
/// event, with the crawled-page residue the cleaner must remove (datelines, credits, promotions, embeds, widgets).
/// Deterministic for a seed.
/// </summary>
public static class NewsTextGenerator
{
    private static readonly string[] People = ["Mayor Lena Ortiz", "Gov. Pete Haskins", "Dr. Ruth Amsel", "Sen. Ellen Marsh", "Chief Tom A. Aiken", "Prof. Ian Moss"];
    private static readonly string[] Places = ["Riverton", "Millbrook", "Ashford", "Fairview", "Lake Morrow", "Duluth"];
    private static readonly string[] Verbs = ["said", "told reporters", "wrote in a statement", "added", "explained on Tuesday"];

    private static readonly string[] Templates =
    [
        "A storm that swept through {P} on Monday left {N} homes without power and closed {M} schools, officials said.",
        "\"We have crews working around the clock, and we expect most customers to be back by Wednesday,\" {W} {V}.",
        "The U.S. Weather Service said winds reached {N} mph near the airport at about 3:40 a.m. local time.",
        "Residents of {P} described trees falling on cars and roofs torn from houses along Main St. and Elm Ave.",
        "{W} {V} that the city would open {M} shelters and asked people to check on elderly neighbours.",
        "Damage estimates ranged from ${M}.5 million to ${N} million, according to the county's emergency office.",
        "Insurance companies, including Acme Mutual Inc., said claims were already arriving by the thousands.",
        "\"It sounded like a freight train coming through the yard,\" said resident Jo Park, whose fence was flattened.",
        "The state's No. 2 utility said it had brought in {M}00 line workers from three neighbouring states.",
        "Schools in {P} will stay closed through Friday, the district said in a message to parents on its website.",
        "Forecasters warned that a second, weaker system could bring heavy rain to the region over the weekend.",
        "Officials urged drivers to avoid downed lines and to treat dark traffic signals as four-way stops.",
    ];

    private static readonly string[] Boilerplate =
    [
        "Advertisement",
        "Sign up for our daily newsletter to get breaking news delivered straight to your inbox.",
        "Jane Roe via Getty Images",
        "WATCH: Storm damage in {P} https://t.co/Ab12Cd34Ef — City News (@citynews) March 3, 2019",
        "Share this: Facebook Twitter Email Print",
        "RELATED: How to prepare your home for a storm",
        "Copyright 2019 City News. All rights reserved.",
        "Story is still developing. Check back for updates.",
    ];

    /// <summary>Raw texts of <paramref name="articles"/> articles of about <paramref name="wordsPerArticle"/> words each.</summary>
    public static IReadOnlyList<string> Generate(int articles = 10, int wordsPerArticle = 600, int seed = 42)
    {
        var random = new Random(seed);
        var result = new List<string>(articles);
        for (int a = 0; a < articles; a++)
        {
            var sb = new StringBuilder();
            sb.Append("04/03/2019 09:12 GMT | Updated 04/03/2019 11:40 GMT\n\n");
            sb.Append("Storm Leaves Thousands Without Power In ").Append(Places[a % Places.Length]).Append("\n\n");
            int words = 0, paragraphs = 0;
            while (words < wordsPerArticle)
            {
                int sentences = 2 + random.Next(3);
                for (int s = 0; s < sentences; s++)
                {
                    var t = Fill(Templates[random.Next(Templates.Length)], random);
                    words += t.Split(' ').Length;
                    sb.Append(t).Append(s + 1 < sentences ? " " : "\n\n");
                }
                if (++paragraphs % 3 == 0) sb.Append(Fill(Boilerplate[random.Next(Boilerplate.Length)], random)).Append("\n\n");
            }
            result.Add(sb.ToString());
        }
        return result;
    }

    private static string Fill(string template, Random random) => template
        .Replace("{P}", Places[random.Next(Places.Length)], StringComparison.Ordinal)
        .Replace("{W}", People[random.Next(People.Length)], StringComparison.Ordinal)
        .Replace("{V}", Verbs[random.Next(Verbs.Length)], StringComparison.Ordinal)
        .Replace("{N}", random.Next(20, 90000).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{M}", random.Next(2, 40).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
