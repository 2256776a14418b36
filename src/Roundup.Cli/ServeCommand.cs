using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Roundup.Server;

namespace Roundup.Cli;

/// <summary>`roundup serve [--db FILE | --postgres CONNSTRING] [--urls URLS] [--queue N] [--feeds FILE.opml] [--feed-minutes N]`: the HTTP API, the web pages and feed polling.</summary>
internal static class ServeCommand
{
    /// <summary>The environment variable the API key is read from (also Roundup__ApiKey or appsettings.json), never a flag, so it stays out of process lists.</summary>
    public const string ApiKeyVariable = "ROUNDUP_API_KEY";

    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on, separated by ';' (default http://localhost:5000)." };
        var queue = new Option<int?>("--queue") { Description = "Articles the ingestion queue holds before answering 429 (default 1000)." };
        var feeds = new Option<string?>("--feeds") { Description = "An OPML file whose feeds are polled (also Roundup:Feeds in appsettings.json)." };
        var every = new Option<int?>("--feed-minutes") { Description = "Minutes between two polls of a feed (default 15); a failing feed backs off from there." };
        var store = new IngestCommand.StoreArgs();
        var cmd = new Command("serve", $"Serve the story API and web pages over a store. Writes need the API key from ${ApiKeyVariable}.") { urls, queue, feeds, every };
        store.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            var settings = new Dictionary<string, string?>();
            if (parse.GetValue(store.Db) is { } db) settings["Db"] = db;
            if (parse.GetValue(store.Postgres) is { } pg) settings["Postgres"] = pg;
            if (parse.GetValue(queue) is { } q) settings["QueueCapacity"] = q.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (parse.GetValue(feeds) is { } opml)
            {
                Roundup.Reading.OpmlReader.ReadFile(opml); // a bad file is a one-line error now, not a failed start
                settings["FeedsOpml"] = opml;
            }
            if (parse.GetValue(every) is { } minutes)
            {
                if (minutes is < 1 or > 10_080) throw new ArgumentException("--feed-minutes must be between 1 and 10080 (a week).");
                settings["FeedInterval"] = TimeSpan.FromMinutes(minutes).ToString();
                settings["FeedMaxBackoff"] = TimeSpan.FromMinutes(Math.Max(minutes, 360)).ToString();
            }
            if (Environment.GetEnvironmentVariable(ApiKeyVariable) is { Length: > 0 } key) settings["ApiKey"] = key;
            if (settings.ContainsKey("Db") && settings.ContainsKey("Postgres")) throw new ArgumentException("Give either --db or --postgres, not both.");
            var builder = RoundupServer.CreateBuilder([], settings);
            if (parse.GetValue(urls) is { Length: > 0 } u) builder.WebHost.UseUrls(u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            using var app = RoundupServer.Build(builder);
            app.Run();
            return 0;
        });
        return cmd;
    }
}
