using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Reading;
using Roundup.Reading.Web;
using Roundup.Summarization;

namespace Roundup.Bench;

/// <summary>
/// Reads a local site by URL, as `roundup summarize URL…` does: Kestrel on 127.0.0.1 (nothing leaves the machine)
/// serves N generated article pages, of which 2 answer after 1.5 s, one always answers 500 (retried, then reported),
/// one 404 and one never answers (times out). Every good page is summarized on its own; the report gives the fetch
/// and summary times and one line per failure.
///   dotnet run -c Release --project bench/Roundup.Bench -- web-fetch [pages=200]
/// </summary>
public static class WebFetchBench
{
    public static int Run(string[] args)
    {
        int pages = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 200;
        return RunAsync(pages).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(int pages)
    {
        var texts = NewsTextGenerator.Generate(pages, 500, seed: 7);
        var slow = new HashSet<int> { 17, 101 };
        const int error = 42, missing = 77, hang = 150;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        await using var app = builder.Build();
        app.MapGet("/news/{i:int}", async (int i, HttpContext c) =>
        {
            if (i < 0 || i >= texts.Count || i == missing) return Results.NotFound();
            if (i == error) return Results.StatusCode(500);
            if (i == hang) { await Task.Delay(Timeout.Infinite, c.RequestAborted); }
            if (slow.Contains(i)) await Task.Delay(1500, c.RequestAborted);
            var paragraphs = string.Concat(texts[i].Split("\n\n").Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));
            return Results.Content($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Story {i}</title><meta property=\"og:site_name\" content=\"Local News\"></head><body><nav>Home | World | Sport</nav><article><h1>Story {i}</h1>{paragraphs}</article><footer>© Local News</footer></body></html>", "text/html; charset=utf-8");
        });
        await app.StartAsync();
        var root = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        var urls = Enumerable.Range(0, pages).Select(i => $"{root}/news/{i}").ToList();
        var options = new WebReaderOptions { AttemptTimeout = TimeSpan.FromSeconds(3), TotalTimeout = TimeSpan.FromSeconds(6), RetryDelay = TimeSpan.FromMilliseconds(200) };
        var pipeline = new RoundupPipelineBuilder().UseDefaults().UseSummarizer(new SummaryOptions { Words = 60 }).Build();

        Console.WriteLine($"machine: {Environment.ProcessorCount} cores; {pages} pages on {root} (2 slow by 1.5 s; 500, 404 and a page that never answers); attempt timeout {options.AttemptTimeout.TotalSeconds} s, per URL {options.TotalTimeout.TotalSeconds} s, {options.MaxRetries} retries, {options.MaxConcurrencyPerHost} at once per host");
        var clock = Stopwatch.StartNew();
        using var reader = new WebReader(options);
        var results = await reader.ReadAllAsync(urls);
        var fetched = clock.Elapsed;
        var clusters = results.Where(r => r.Succeeded).SelectMany(r => r.Articles).Select(a => new Cluster(a.Id, [a])).ToList();
        int summarized = pipeline.RunAll(clusters).Count(c => c.Summary is { Sentences.Count: > 0 });
        var total = clock.Elapsed;
        int good = pages - 3;
        Console.WriteLine($"fetched {results.Count(r => r.Succeeded)} of {pages} pages in {fetched.TotalSeconds:0.00} s; summarized {summarized} of {good} good pages; total {total.TotalSeconds:0.00} s");
        Console.WriteLine($"slowest good page: {results.Where(r => r.Succeeded).Max(r => r.Elapsed).TotalSeconds:0.00} s");
        foreach (var r in results.Where(r => !r.Succeeded)) Console.WriteLine($"failed ({r.Elapsed.TotalSeconds:0.0} s): {r.Error}");

        // The CLI path: the same URLs through InputLoader, one cluster, each failure one warning line.
        clock.Restart();
        var cluster = InputLoader.Load(urls, TextReader.Null, new InputOptions { Web = options, DetectLanguage = false }).Single();
        Console.WriteLine($"InputLoader: {cluster.Articles.Count} articles, {cluster.Warnings.Count} warning lines, {clock.Elapsed.TotalSeconds:0.00} s");
        await app.StopAsync();
        return summarized == good && results.Count(r => !r.Succeeded) == 3 ? 0 : 1;
    }
}
