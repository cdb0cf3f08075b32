using Microsoft.Playwright;
using Wijkwerf.Web.Tests;

namespace Wijkwerf.EndToEnd;

/// <summary>The browser site with Lille on LEKP 2.0 and the sample measures imported.</summary>
public sealed class LekpBrowserFixture : IAsyncLifetime
{
    public BrowserSite Site { get; } = new();
    public int LilleId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        await Site.StartAsync();
        if (Site.Missing is null) (LilleId, _) = await LekpSeed.SeedAsync(Site);
    }

    public ValueTask DisposeAsync() => Site.DisposeAsync();
}

public sealed class LekpInBrowserTests(LekpBrowserFixture fixture) : IClassFixture<LekpBrowserFixture>
{
    private readonly BrowserSite site = fixture.Site;

    private static async Task NoSeriousAxeViolationsAsync(IPage page)
    {
        var violations = await Axe.SeriousViolationsAsync(page);
        violations.ShouldBeEmpty($"axe on {page.Url}:\n" + string.Join("\n", violations));
    }

    [Fact]
    public async Task The_monitor_the_measures_map_and_the_district_plan_are_accessible()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/municipalities/13019/lekp?year=2024");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Voortgang per doelstelling" }).WaitForAsync();
        (await page.Locator("table.monitor tbody tr").CountAsync()).ShouldBe(13);
        await NoSeriousAxeViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Maatregelen", Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync("#measures-map[data-drawn]");
        var located = File.ReadAllLines(LekpSeed.Sample).Skip(1).Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @",\d+\.\d+,\d+\.\d+,"));
        (await page.GetAttributeAsync("#measures-map", "data-drawn")).ShouldBe(located.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await NoSeriousAxeViolationsAsync(page);

        await page.GotoAsync("/districts/13019W04/plan?lang=en");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Timeline per street" }).WaitForAsync();
        (await page.Locator("#conflicts li").CountAsync()).ShouldBeGreaterThan(0);
        await NoSeriousAxeViolationsAsync(page);
    }

    [Fact]
    public async Task Staff_of_Lille_enter_a_measure_with_the_keyboard_and_see_it_listed()
    {
        var (email, password) = await site.CreateUserAsync(Wijkwerf.Data.Accounts.Roles.MunicipalityStaff, fixture.LilleId);
        var page = await site.NewPageAsync();
        await page.GotoAsync("/municipalities/13019/measures/edit?lang=en");
        await BrowserSite.ArrivedAsync(page, "**/account/login**");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await page.GetByLabel("Title").WaitForAsync();
        await NoSeriousAxeViolationsAsync(page);

        await page.GetByLabel("Werf").SelectOptionAsync("groen");
        await page.GetByLabel("LEKP target").SelectOptionAsync("bomen");
        await page.GetByLabel("Title").FillAsync("Boomgaard aan de pastorij");
        await page.GetByLabel("Quantity").FillAsync("-5");
        await page.GetByLabel("Quantity").PressAsync("Enter");
        await page.GetByRole(AriaRole.Alert).WaitForAsync();
        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("negative");
        await NoSeriousAxeViolationsAsync(page);

        await page.GetByLabel("Quantity").FillAsync("25");
        await page.GetByLabel("Quantity").PressAsync("Enter");
        await BrowserSite.ArrivedAsync(page, "**/municipalities/13019/measures");
        await page.GetByRole(AriaRole.Rowheader, new() { Name = "Boomgaard aan de pastorij" }).WaitForAsync();
    }
}
