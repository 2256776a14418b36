using Roundup.Model;
using Roundup.Reading.Web;

namespace Roundup.Reading;

/// <summary>Web pages and feeds named by URL among the inputs.</summary>
public static partial class InputLoader
{
    /// <summary>
    /// Fetches every http(s) URL among <paramref name="inputs"/> at once with a <see cref="WebReader"/>; each URL
    /// that fails adds one line to <paramref name="failures"/>. Throws when every input is a URL and none could be
    /// read, since nothing would be left to summarize.
    /// </summary>
    private static Dictionary<string, IReadOnlyList<Article>> ReadUrls(IReadOnlyList<string> inputs, InputOptions options, List<string> failures)
    {
        var urls = inputs.Where(WebReader.IsUrl).Distinct(StringComparer.Ordinal).ToList();
        var read = new Dictionary<string, IReadOnlyList<Article>>(StringComparer.Ordinal);
        if (urls.Count == 0) return read;
        using var reader = new WebReader(options.Web);
        // Block off the caller's synchronization context: the loader is synchronous, the reader is not.
        var results = Task.Run(() => reader.ReadAllAsync(urls)).GetAwaiter().GetResult();
        foreach (var r in results)
        {
            read[r.Url] = r.Articles;
            if (r.Error is not null) failures.Add($"could not read {r.Error}");
        }
        if (failures.Count == urls.Count && urls.Count == inputs.Count)
            throw new RoundupInputException(urls.Count == 1
                ? $"Could not read {results[0].Error}"
                : $"None of the {urls.Count} URLs could be read; the first: {results[0].Error}");
        return read;
    }
}
