using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wijkwerf.Web.Tests;

namespace Wijkwerf.EndToEnd;

/// <summary>The app on Kestrel at a free 127.0.0.1 port (2,000 buildings in the test district) and Debian's Chromium.</summary>
public sealed class BrowserSite : TestSite
{
    public const string ChromiumPath = "/usr/bin/chromium";
    protected override int BuildingCount => 2000;
    public string BaseUrl { get; private set; } = "";
    public IPlaywright? Playwright { get; private set; }
    public IBrowser? Browser { get; private set; }
    /// <summary>Why the browser tests cannot run here (null when they can).</summary>
    public string? Missing { get; private set; }

    public static string Chromium => Environment.GetEnvironmentVariable("WIJKWERF_CHROMIUM") is { Length: > 0 } p ? p : ChromiumPath;

    public async Task StartAsync()
    {
        if (!File.Exists(Chromium))
        {
            Missing = $"Chromium not found at {Chromium} (install Debian 'chromium' or set WIJKWERF_CHROMIUM).";
            return;
        }
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        await PrepareAsync();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        (Playwright, Browser) = await LaunchAsync();
    }

    /// <summary>Debian's Chromium, headless (shared by every browser site).</summary>
    public static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        });
        return (playwright, browser);
    }

    /// <summary>Skips when Chromium is missing on a developer machine; fails on CI (<c>CI=true</c>).</summary>
    public void RequireBrowser() => RequireBrowser(Missing);

    /// <summary>Skips a browser test when Chromium is missing on a developer machine; fails it in CI.</summary>
    public static void RequireBrowser(string? missing)
    {
        if (missing is null) return;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail(missing + " The browser tests must run on CI.");
        Assert.Skip(missing);
    }

    public Task<IPage> NewPageAsync()
    {
        RequireBrowser();
        return OpenPageAsync(Browser!, new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "nl-NL" });
    }

    /// <summary>Waits until the page has navigated to <paramref name="url"/> (a glob) and its document is parsed.
    /// Waiting for the full "load" event after a form post hung in CI now and then, with the network idle (seen
    /// on the login and import redirects); the next locator waits for what the test needs anyway.</summary>
    public static async Task ArrivedAsync(IPage page, string url)
    {
        await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>A page in a fresh context. The 90 s timeout only guards against a hang: the tests run beside the other test
    /// assemblies on two cores, where a page can take many seconds.</summary>
    public static async Task<IPage> OpenPageAsync(IBrowser browser, BrowserNewContextOptions options, float timeoutMs = 90_000)
    {
        var context = await browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(timeoutMs);
        return page;
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        Playwright?.Dispose();
        await base.DisposeAsync();
    }
}

public sealed class BrowserSiteFixture : IAsyncLifetime
{
    public BrowserSite Site { get; } = new();
    public ValueTask InitializeAsync() => new(Site.StartAsync());
    public ValueTask DisposeAsync() => Site.DisposeAsync();
}

/// <summary>axe-core 4.14.1 (vendored) run inside the page.</summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js")));

    /// <summary>Violations of impact serious or critical, as "rule: targets" lines.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Source.Value });
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document);
              return r.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' → ' + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | '));
            }
            """);
        return result.EnumerateArray().Select(e => e.GetString()!).ToList();
    }
}
