using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Web.Tests;

namespace Wijkwerf.EndToEnd;

/// <summary>The app on Kestrel with the real Voorburg / Den Haag addresses, and Debian's Chromium.</summary>
public sealed class OneStopShopBrowserSite : VoorburgSite
{
    public string BaseUrl { get; private set; } = "";
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task StartAsync()
    {
        if (!File.Exists(BrowserSite.Chromium)) return;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        await ImportAsync();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        (_playwright, _browser) = await BrowserSite.LaunchAsync();
    }

    public Task<IPage> NewPageAsync()
    {
        BrowserSite.RequireBrowser(_browser is null ? $"Chromium not found at {BrowserSite.Chromium}." : null);
        return BrowserSite.OpenPageAsync(_browser!, new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "nl-NL" });
    }

    public override async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}

public sealed class OneStopShopBrowserFixture : IAsyncLifetime
{
    public OneStopShopBrowserSite Site { get; } = new();
    public ValueTask InitializeAsync() => new(Site.StartAsync());
    public ValueTask DisposeAsync() => Site.DisposeAsync();
}

public sealed class OneStopShopInBrowserTests(OneStopShopBrowserFixture fixture) : IClassFixture<OneStopShopBrowserFixture>
{
    private readonly OneStopShopBrowserSite site = fixture.Site;

    private static async Task NoSeriousAxeViolationsAsync(IPage page)
    {
        var violations = await Axe.SeriousViolationsAsync(page);
        violations.ShouldBeEmpty($"axe on {page.Url}:\n" + string.Join("\n", violations));
    }

    [Fact]
    public async Task Staff_open_a_household_by_keyboard_record_its_advice_and_see_reach_on_the_map()
    {
        var page = await site.NewPageAsync();
        var address = (await site.LongestStreetAsync())[5];
        var (email, password) = await site.CreateUserAsync(Roles.MunicipalityStaff, site.VoorburgId);
        await page.GotoAsync($"/one-stop-shop?district={VoorburgSite.VoorburgOudNoord}&lang=en");
        await BrowserSite.ArrivedAsync(page, "**/account/login**");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#funnel").WaitForAsync();
        // The map draws the district's residential buildings, coloured by street.
        await page.Locator("#reach-map[data-buildings]").WaitForAsync();
        int.Parse((await page.Locator("#reach-map").GetAttributeAsync("data-buildings"))!).ShouldBeGreaterThan(100);
        await NoSeriousAxeViolationsAsync(page);

        // Keyboard only: fill the address form and submit with Enter.
        await page.GetByLabel("Postcode").FocusAsync();
        await page.Keyboard.TypeAsync(address.Postcode!);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(address.HouseNumber!);
        await page.Keyboard.PressAsync("Enter");
        await BrowserSite.ArrivedAsync(page, "**/one-stop-shop/households/*");
        (await page.Locator("#stage").InnerTextAsync()).ShouldStartWith("First contact");
        await NoSeriousAxeViolationsAsync(page);

        await page.GetByLabel("Next stage").SelectOptionAsync("Advice");
        await page.GetByLabel("Note", new() { Exact = true }).FillAsync("energy scan booked");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        await page.Locator("#history tbody tr").Nth(1).WaitForAsync();
        (await page.Locator("#stage").InnerTextAsync()).ShouldStartWith("Advice / energy scan");
        (await page.Locator("#history").InnerTextAsync()).ShouldContain("energy scan booked");
        await NoSeriousAxeViolationsAsync(page);
    }
}
