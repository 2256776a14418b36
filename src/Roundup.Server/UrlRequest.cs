using System.Text.Json;
using Microsoft.Net.Http.Headers;
using Roundup.Reading.Web;

namespace Roundup.Server;

/// <summary>The body of <c>POST /api/articles/url</c>: the address of a web page or feed to fetch and ingest.</summary>
/// <param name="Url">An absolute http or https URL.</param>
public sealed record UrlRequest(string Url)
{
    /// <summary>Reads and checks a body; the URL, or the problem to answer with (400, 415).</summary>
    public static (Uri? Url, BodyProblem? Problem) Read(ReadOnlySpan<byte> body, string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || !string.Equals(media.MediaType.Value, "application/json", StringComparison.OrdinalIgnoreCase))
            return (null, new BodyProblem(415, "Unsupported media type", "Send application/json: {\"url\": \"https://…\"}."));
        if (body.IsEmpty) return (null, new BodyProblem(400, "Empty body", "Send {\"url\": \"https://…\"}."));
        string? url;
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 8 });
            using var doc = JsonDocument.ParseValue(ref reader);
            if (doc.RootElement.ValueKind != JsonValueKind.Object
                || !doc.RootElement.TryGetProperty("url", out var u) || u.ValueKind != JsonValueKind.String)
                return (null, new BodyProblem(400, "No URL", "The body must be an object with a string \"url\"."));
            url = u.GetString();
        }
        catch (JsonException e)
        {
            return (null, new BodyProblem(400, "Unreadable body", $"The body is not JSON ({e.Message.Split('\n')[0].TrimEnd('.')})."));
        }
        url = url?.Trim();
        // On Unix "/a/b" parses as an absolute file URI: a URL must name its scheme.
        if (string.IsNullOrEmpty(url) || !Uri.TryCreate(url, UriKind.Absolute, out var target) || !url.StartsWith(target.Scheme + ":", StringComparison.OrdinalIgnoreCase))
            return (null, new BodyProblem(400, "Not a URL", $"'{Cut(url ?? "")}' is not an absolute URL."));
        if (!WebReader.IsUrl(target.AbsoluteUri) || target.Scheme is not ("http" or "https"))
            return (null, new BodyProblem(400, "Scheme not allowed", $"Only http and https URLs are fetched, not {target.Scheme}:."));
        if (!string.IsNullOrEmpty(target.UserInfo))
            return (null, new BodyProblem(400, "Credentials in URL", "URLs with a user name or password are not fetched."));
        return (target, null);
    }

    private static string Cut(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
