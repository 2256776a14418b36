using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Roundup.Server;

namespace Roundup.Cli;

/// <summary>`roundup serve [--db FILE | --postgres CONNSTRING] [--urls URLS]`: the HTTP API and the web pages.</summary>
internal static class ServeCommand
{
    /// <summary>The environment variable the API key is read from (also Roundup__ApiKey or appsettings.json), never a flag, so it stays out of process lists.</summary>
    public const string ApiKeyVariable = "ROUNDUP_API_KEY";

    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on, separated by ';' (default http://localhost:5000)." };
        var queue = new Option<int?>("--queue") { Description = "Articles the ingestion queue holds before answering 429 (default 1000)." };
        var store = new IngestCommand.StoreArgs();
        var cmd = new Command("serve", $"Serve the story API and web pages over a store. Writes need the API key from ${ApiKeyVariable}.") { urls, queue };
        store.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            var settings = new Dictionary<string, string?>();
            if (parse.GetValue(store.Db) is { } db) settings["Db"] = db;
            if (parse.GetValue(store.Postgres) is { } pg) settings["Postgres"] = pg;
            if (parse.GetValue(queue) is { } q) settings["QueueCapacity"] = q.ToString(System.Globalization.CultureInfo.InvariantCulture);
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
