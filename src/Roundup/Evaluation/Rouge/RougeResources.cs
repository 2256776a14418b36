using Roundup.Reading;

namespace Roundup.Evaluation.Rouge;

/// <summary>
/// Loads the data files of a ROUGE-1.5.5 installation (its <c>data</c> folder, ROUGE_EVAL_HOME): the SMART
/// stopword list used by <c>-s</c> and the WordNet exception lists used by <c>-m</c>. The project does not ship
/// them; point these methods at a local ROUGE installation to reproduce those settings.
/// </summary>
public static class RougeResources
{
    /// <summary>Reads a stopword list, one word a line (ROUGE's smart_common_words.txt).</summary>
    public static IReadOnlySet<string> LoadStopwords(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new RoundupInputException($"Stopword list not found: {path}");
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var word = line.TrimEnd('\r');
            if (word.Length > 0) set.Add(word);
        }
        return set;
    }

    /// <summary>
    /// Reads WordNet exception lists (lines "inflected base …") into the map ROUGE's stemmer consults first. Give
    /// the folder holding <c>*.exc</c> files (e.g. data/WordNet-2.0-Exceptions); files are read in ordinal name
    /// order and a later file overrides an earlier one, as when ROUGE's database is rebuilt from them.
    /// </summary>
    public static IReadOnlyDictionary<string, string> LoadStemExceptions(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder)) throw new RoundupInputException($"Exception folder not found: {folder}");
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "*.exc").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length >= 2) map[parts[0]] = parts[1];
            }
        }
        return map;
    }

    private static readonly Lazy<(IReadOnlyDictionary<string, string>? Map, string? Source)> s_default = new(FindDefault);

    /// <summary>
    /// WordNet exception lists found on this machine, or null: the folder in $ROUNDUP_WORDNET, then
    /// $ROUGE_EVAL_HOME/WordNet-2.0-Exceptions (a ROUGE-1.5.5 installation), then $WNHOME/dict, then
    /// /usr/share/wordnet (Debian/Ubuntu package <c>wordnet-base</c>). Loaded once.
    /// </summary>
    public static IReadOnlyDictionary<string, string>? DefaultStemExceptions => s_default.Value.Map;

    /// <summary>Where <see cref="DefaultStemExceptions"/> came from, or null when none was found.</summary>
    public static string? DefaultStemExceptionsSource => s_default.Value.Source;

    private static (IReadOnlyDictionary<string, string>?, string?) FindDefault()
    {
        var candidates = new List<string>();
        void Add(string? path)
        {
            if (!string.IsNullOrEmpty(path)) candidates.Add(path);
        }
        Add(Environment.GetEnvironmentVariable("ROUNDUP_WORDNET"));
        var rouge = Environment.GetEnvironmentVariable("ROUGE_EVAL_HOME");
        if (!string.IsNullOrEmpty(rouge))
        {
            Add(Path.Combine(rouge, "WordNet-2.0-Exceptions"));
            Add(rouge);
        }
        var wn = Environment.GetEnvironmentVariable("WNHOME");
        if (!string.IsNullOrEmpty(wn)) Add(Path.Combine(wn, "dict"));
        Add("/usr/share/wordnet");
        foreach (var dir in candidates)
        {
            try
            {
                if (Directory.Exists(dir) && Directory.GetFiles(dir, "*.exc").Length > 0) return (LoadStemExceptions(dir), dir);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return (null, null);
    }
}
