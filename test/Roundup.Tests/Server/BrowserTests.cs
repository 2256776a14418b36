using Microsoft.Playwright;

namespace Roundup.Tests.Server;

/// <summary>
/// End to end in headless Chromium: fixtures are posted to a real server on loopback, then a browser opens the story
/// list, opens a story, shows a sentence's sources, follows one to the article's passage, and searches. Chromium is
/// Debian's (ROUNDUP_CHROMIUM, set by .ci/setup.d/chromium.sh, or chromium on the PATH); the test skips, saying so,
/// when there is none. Screenshots of every page go to artifacts/screenshots/ (not committed).
/// </summary>
public sealed class BrowserTests
{
    private static string? Chromium()
    {
        if (Environment.GetEnvironmentVariable("ROUNDUP_CHROMIUM") is { Length: > 0 } set && File.Exists(set)) return set;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in new[] { "chromium", "chromium-browser" })
                if (File.Exists(Path.Combine(dir, name))) return Path.Combine(dir, name);
        return null;
    }

    private static string Screenshots()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Roundup.slnx"))) dir = dir.Parent;
        var path = Path.Combine(dir?.FullName ?? Path.GetTempPath(), "artifacts", "screenshots");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Runs an action that navigates and waits until the new page's document is parsed at an address containing <paramref name="expected"/>.</summary>
    private static async Task Navigate(IPage page, Func<Task> action, string expected)
    {
        var arrived = page.WaitForURLAsync(url => url.Contains(expected, StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await action();
        await arrived;
    }

    [SkippableFact]
    public async Task A_reader_opens_the_list_a_story_a_sentences_sources_the_article_and_searches()
    {
        var chromium = Chromium();
        Skip.If(chromium is null, "Browser test skipped: no chromium found (set ROUNDUP_CHROMIUM or run .ci/setup.d/chromium.sh, which installs Debian's chromium).");
        var shots = Screenshots();
        await using var host = await ServerHost.StartAsync(kestrel: true);
        await host.PostFixturesAsync("bridge-1.txt", "bridge-2.txt", "strike-1.txt", "strike-2.txt", "museum.txt", "bridge-3.txt");
        await host.SettleAsync();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1100, Height = 900 } });
        page.SetDefaultTimeout(90_000); // CI machines may be busy
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add($"{m.Text} at {m.Location}"); };

        // The list, newest first, then biggest.
        await page.GotoAsync(host.BaseUrl + "/");
        Assert.Equal(3, await page.Locator("article.story").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "1-list.png"), FullPage = true });
        await Navigate(page, () => page.GetByRole(AriaRole.Link, new() { Name = "Biggest" }).ClickAsync(), "?sort=sources");
        var first = page.Locator("article.story h2 a").First;
        var label = await first.InnerTextAsync();

        // A story: its sentences show their outlets on focus (keyboard) and hover.
        await Navigate(page, () => first.ClickAsync(), "/stories/");
        Assert.Equal(label, await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator("#facts-h").IsVisibleAsync());
        Assert.True(await page.Locator("#coverage-h").IsVisibleAsync());
        Assert.True(await page.Locator("#timeline-h").IsVisibleAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "2-story.png"), FullPage = true });
        var sentence = page.Locator("ol.summary li.sentence").First;
        var sources = sentence.Locator(".sources");
        Assert.False(await sources.IsVisibleAsync());
        await sentence.FocusAsync();
        Assert.True(await sources.IsVisibleAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "3-sentence-sources.png") });
        await page.Locator("h1").FocusAsync();
        await sentence.HoverAsync();
        Assert.True(await sources.IsVisibleAsync());

        // Following the sentence's own source lands on the passage in the article.
        var link = sources.Locator("a[href*='#passage']").First;
        var outlet = await link.InnerTextAsync();
        await Navigate(page, () => link.ClickAsync(), "/articles/");
        Assert.True(await page.Locator("mark#passage").IsVisibleAsync());
        Assert.Contains(outlet, await page.Locator("p.meta").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#removed-h").IsVisibleAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "4-article.png"), FullPage = true });

        // Search from the header, with the keyboard.
        await page.Locator("#q").FillAsync("teachers strike");
        await Navigate(page, () => page.Locator("#q").PressAsync("Enter"), "?q=");
        var hits = page.Locator("article.story h2 a");
        Assert.Equal(1, await hits.CountAsync());
        Assert.Contains("strike", (await hits.First.InnerTextAsync()).ToLowerInvariant(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "5-search.png"), FullPage = true });

        // Phone width: nothing wider than the screen.
        var phone = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 375, Height = 800 }, HasTouch = true, IsMobile = true });
        phone.SetDefaultTimeout(90_000);
        await phone.GotoAsync(host.BaseUrl + "/?sort=sources");
        await phone.GotoAsync(host.BaseUrl + await phone.Locator("article.story h2 a").First.GetAttributeAsync("href"));
        await phone.Locator("ol.summary li.sentence").First.TapAsync();
        Assert.True(await phone.Locator("ol.summary li.sentence .sources").First.IsVisibleAsync());
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"));
        await phone.ScreenshotAsync(new() { Path = Path.Combine(shots, "6-story-phone.png"), FullPage = true });
        Assert.Empty(errors);
    }
}
