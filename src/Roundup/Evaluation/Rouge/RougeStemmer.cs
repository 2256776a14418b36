namespace Roundup.Evaluation.Rouge;

/// <summary>
/// The Porter stemmer as ROUGE-1.5.5 runs it (Porter's own reference rules, with the "bli→ble" and "logi→log"
/// departures), including ROUGE's change to step 4: "-ment" and "-ent" are tried one after the other after the
/// other step-4 suffixes, so one word can lose two suffixes ("agreement" → "agreem", where Lucene's
/// PorterStemmer keeps "agreement"). Written from the description of the rules; input is lower-case ASCII.
/// </summary>
public static class RougeStemmer
{
    private static readonly (string Suffix, string Replacement)[] Step2 =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3 =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly string[] Step4 =
        ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ou", "ism", "ate", "iti", "ous", "ive", "ize"];

    /// <summary>Stems one lower-case word; words shorter than 3 characters come back unchanged.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3) return word;
        Span<char> w = word.Length <= 120 ? stackalloc char[word.Length + 2] : new char[word.Length + 2];
        word.AsSpan().CopyTo(w);
        int len = Stem(w, word.Length);
        return w[..len].SequenceEqual(word) ? word : new string(w[..len]);
    }

    /// <summary>Stems <paramref name="w"/>[0..len) in place (the buffer needs one spare char); returns the new length.</summary>
    internal static int Stem(Span<char> w, int len)
    {
        if (len < 3) return len;
        bool firstY = w[0] == 'y';
        if (firstY) w[0] = 'Y'; // an initial y is a consonant

        // Step 1a
        if (EndsWith(w, len, "sses") || EndsWith(w, len, "ies")) len -= 2;
        else if (len >= 2 && w[len - 1] == 's' && w[len - 2] != 's') len -= 1;

        // Step 1b
        if (EndsWith(w, len, "eed"))
        {
            if (Measure(w, len - 3) > 0) len -= 1;
        }
        else
        {
            int suffix = EndsWith(w, len, "ed") ? 2 : EndsWith(w, len, "ing") ? 3 : 0;
            if (suffix > 0 && HasVowel(w, len - suffix))
            {
                len -= suffix;
                if (EndsWith(w, len, "at") || EndsWith(w, len, "bl") || EndsWith(w, len, "iz")) w[len++] = 'e';
                else if (len >= 2 && w[len - 1] == w[len - 2] && !IsIn(w[len - 1], "aeiouylsz")) len -= 1;
                else if (IsShortCvc(w, len)) w[len++] = 'e';
            }
        }

        // Step 1c
        if (len >= 1 && w[len - 1] == 'y' && HasVowel(w, len - 1)) w[len - 1] = 'i';

        // Steps 2 and 3: the longest listed suffix, replaced when the rest has measure > 0
        len = ReplaceLongest(w, len, Step2);
        len = ReplaceLongest(w, len, Step3);

        // Step 4 (ROUGE's variant): listed suffixes, then -ment, then -ent or else -sion/-tion
        int s4 = LongestSuffix(w, len, Step4);
        if (s4 > 0 && Measure(w, len - s4) > 1) len -= s4;
        if (EndsWith(w, len, "ment") && Measure(w, len - 4) > 1) len -= 4;
        if (EndsWith(w, len, "ent"))
        {
            if (Measure(w, len - 3) > 1) len -= 3;
        }
        else if ((EndsWith(w, len, "sion") || EndsWith(w, len, "tion")) && Measure(w, len - 3) > 1)
        {
            len -= 3;
        }

        // Step 5
        if (len >= 1 && w[len - 1] == 'e')
        {
            int m = Measure(w, len - 1);
            if (m > 1 || (m == 1 && !IsShortCvc(w, len - 1))) len -= 1;
        }
        if (EndsWith(w, len, "ll") && Measure(w, len) > 1) len -= 1;

        if (firstY) w[0] = 'y';
        return len;
    }

    private static int ReplaceLongest(Span<char> w, int len, (string Suffix, string Replacement)[] rules)
    {
        int best = -1;
        for (int i = 0; i < rules.Length; i++)
            if (EndsWith(w, len, rules[i].Suffix) && (best < 0 || rules[i].Suffix.Length > rules[best].Suffix.Length)) best = i;
        if (best < 0) return len;
        int stem = len - rules[best].Suffix.Length;
        if (Measure(w, stem) <= 0) return len;
        rules[best].Replacement.AsSpan().CopyTo(w[stem..]);
        return stem + rules[best].Replacement.Length;
    }

    private static int LongestSuffix(Span<char> w, int len, string[] suffixes)
    {
        int best = 0;
        foreach (var s in suffixes)
            if (s.Length > best && EndsWith(w, len, s)) best = s.Length;
        return best;
    }

    private static bool EndsWith(Span<char> w, int len, string suffix) =>
        len >= suffix.Length && w[(len - suffix.Length)..len].SequenceEqual(suffix);

    private static bool IsIn(char c, string set) => set.Contains(c, StringComparison.Ordinal);

    /// <summary>Consonant test of the Porter rules: y is a consonant at the start or after a vowel.</summary>
    private static bool IsConsonant(Span<char> w, int i)
    {
        bool cons = true;
        int j = i;
        while (j > 0 && w[j] == 'y') j--; // a run of y alternates consonant/vowel from the letter before it
        char c = w[j];
        cons = c == 'y' || !(c is 'a' or 'e' or 'i' or 'o' or 'u'); // j == 0 or not a y
        if (j == i) return cons;
        for (int k = j + 1; k <= i; k++) cons = !cons;
        return cons;
    }

    /// <summary>The measure m of w[0..len): the number of vowel-sequence/consonant-sequence pairs.</summary>
    private static int Measure(Span<char> w, int len)
    {
        int m = 0;
        int i = 0;
        while (i < len && IsConsonant(w, i)) i++;
        while (i < len)
        {
            while (i < len && !IsConsonant(w, i)) i++;
            if (i >= len) break;
            while (i < len && IsConsonant(w, i)) i++;
            m++;
        }
        return m;
    }

    private static bool HasVowel(Span<char> w, int len)
    {
        for (int i = 0; i < len; i++)
            if (!IsConsonant(w, i)) return true;
        return false;
    }

    /// <summary>
    /// The whole of w[0..len) is one consonant sequence, one vowel and a final consonant other than w, x or y
    /// (ROUGE anchors this test at the start of the word).
    /// </summary>
    private static bool IsShortCvc(Span<char> w, int len)
    {
        if (len < 3) return false;
        if (IsIn(w[len - 1], "aeiouwxy")) return false;
        if (!IsIn(w[len - 2], "aeiouy")) return false;
        if (IsIn(w[0], "aeiou")) return false;
        for (int i = 1; i < len - 2; i++)
            if (IsIn(w[i], "aeiouy")) return false;
        return true;
    }
}
