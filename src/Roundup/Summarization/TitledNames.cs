using System.Collections.Frozen;
using Roundup.Lexicon;

namespace Roundup.Summarization;

/// <summary>
/// A short summary gives a person's title once (issue #11): when a sentence names someone with the very words an
/// earlier sentence of the summary already used, title and given name included ("House Minority Leader Nancy Pelosi
/// said …" then "“…,” Minority Leader Nancy Pelosi told Bloomberg."), the later one gives the surname alone
/// ("“…,” Pelosi told Bloomberg."), as an editor would on second reference.
/// </summary>
internal static class TitledNames
{
    private static readonly FrozenSet<string> SayVerbs = LanguageLexicon.English.Words("say-verbs");
    private static readonly FrozenSet<string> Prepositions = LanguageLexicon.English.Words("place-prepositions");

    /// <summary>
    /// Rewrites, in place, each later mention "Title … Given Surname" (one or more capitalised words before a given name of
    /// <see cref="NameIntroductions.GivenNames"/> and a capitalised surname that no capitalised word follows) that an
    /// earlier text holds word for word, to
    /// the surname alone. Only where the title opens the sentence or follows punctuation, a verb of saying
    /// (<c>say-verbs</c>) or a preposition (<c>place-prepositions</c>, "by"): after "the" or "former" the words before
    /// the name are part of what is said of the person. Returns how many mentions it shortened.
    /// </summary>
    public static int ShortenRepeated(string[] texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        int shortened = 0;
        for (int k = 1; k < texts.Length; k++)
        {
            var tokens = texts[k].Split(' ');
            bool changed = false;
            for (int i = 1; i + 1 < tokens.Length; i++)
            {
                if (!NameIntroductions.GivenNames.Contains(tokens[i]) || !IsNameWord(Bare(tokens[i + 1]))) continue;
                // A person's name ends at the surname: "New Hope City Council", "San Diego Zoo Global" name no one.
                if (Bare(tokens[i + 1]).Length == tokens[i + 1].Length && i + 2 < tokens.Length && IsNameWord(Bare(tokens[i + 2])) && Bare(tokens[i + 2]).Length > 0) continue;
                int j = i;
                while (j > 0 && IsNameWord(tokens[j - 1]) && !NameIntroductions.GivenNames.Contains(tokens[j - 1])) j--;
                if (j == i) continue; // no title before the name
                if (j > 0 && !OpensMention(tokens[j - 1])) continue;
                string mention = string.Join(' ', tokens[j..(i + 1)]) + " " + Bare(tokens[i + 1]);
                bool earlier = false;
                for (int e = 0; e < k && !earlier; e++) earlier = HoldsWords(texts[e], mention);
                if (!earlier) continue;
                // The title's first word may open the sentence: the surname takes its capital place.
                for (int t = j; t <= i; t++) tokens[t] = "";
                changed = true;
                shortened++;
            }
            if (changed) texts[k] = string.Join(' ', tokens.Where(t => t.Length > 0));
        }
        return shortened;
    }

    private static bool OpensMention(string previous) =>
        previous.Length > 0 && (!char.IsLetter(previous[^1]) || SayVerbs.Contains(previous) || Prepositions.Contains(previous) || previous == "by");

    // A capitalised word of letters, with a closing dot ("Sen.") or hyphen inside; no comma or quotation mark after it.
    private static bool IsNameWord(string token) =>
        token.Length > 0 && char.IsUpper(token[0]) && token.All(c => char.IsLetter(c) || c is '.' or '-');

    // A surname without what follows it in the sentence: a possessive, a comma, a closing mark.
    private static string Bare(string token)
    {
        int end = 0;
        while (end < token.Length && (char.IsLetter(token[end]) || token[end] == '-')) end++;
        return token[..end];
    }

    private static bool HoldsWords(string text, string words)
    {
        for (int at = text.IndexOf(words, StringComparison.Ordinal); at >= 0; at = text.IndexOf(words, at + 1, StringComparison.Ordinal))
        {
            int end = at + words.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]))) return true;
        }
        return false;
    }
}
