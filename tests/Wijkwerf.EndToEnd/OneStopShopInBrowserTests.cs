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

    private async Task<IPage> LoggedInPageAsync(string path)
    {
        var page = await site.NewPageAsync();
        var (email, password) = await site.CreateUserAsync(Roles.MunicipalityStaff, site.VoorburgId);
        await page.GotoAsync(path);
        await BrowserSite.ArrivedAsync(page, "**/account/login**");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("h1").WaitForAsync();
        return page;
    }

    [Fact]
    public async Task Staff_add_a_pool_member_and_assign_it_to_a_household_from_its_page()
    {
        var page = await LoggedInPageAsync("/one-stop-shop/pool?lang=en");
        await NoSeriousAxeViolationsAsync(page);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Isolatie Vakwerk");
        await page.GetByLabel("Roof insulation").CheckAsync();
        await page.GetByLabel("Floor insulation").CheckAsync();
        await page.GetByLabel("Region served").FillAsync("GM1916");
        await page.GetByLabel("Capacity (jobs at the same time)").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await BrowserSite.ArrivedAsync(page, "**/one-stop-shop/pool/*");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Isolatie Vakwerk");
        await NoSeriousAxeViolationsAsync(page);

        // A household at the decision that consented to sharing with a contractor (set up through the API).
        var address = (await site.LongestStreetAsync())[60];
        var created = await page.APIRequest.PostAsync("/api/one-stop-shop/households", new() { DataObject = new { unitId = address.UnitId } });
        created.Status.ShouldBe(201, await created.TextAsync());
        var id = (await created.JsonAsync())!.Value.GetProperty("id").GetInt64();
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        foreach (var stage in new[] { "Advice", "Decision" })
            (await page.APIRequest.PostAsync($"/api/one-stop-shop/households/{id}/stages", new() { DataObject = new { stage, date = today } })).Ok.ShouldBeTrue();
        (await page.APIRequest.PostAsync($"/api/one-stop-shop/households/{id}/consents", new() { DataObject = new { purpose = "ShareWithContractor", given = true, date = today } })).Ok.ShouldBeTrue();

        await page.GotoAsync($"/one-stop-shop/households/{id}?lang=en");
        await page.Locator("#match-form").GetByLabel("Roof insulation").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Find members" }).ClickAsync();
        await page.Locator("#matches").WaitForAsync();
        (await page.Locator("#matches").InnerTextAsync()).ShouldContain("Isolatie Vakwerk");
        await NoSeriousAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Assign: Isolatie Vakwerk" }).ClickAsync();
        await page.Locator("#pool-jobs").WaitForAsync();
        (await page.Locator("#stage").InnerTextAsync()).ShouldStartWith("Contractor assigned");
    }

    [Fact]
    public async Task Staff_create_a_collective_project_from_a_suggestion_and_see_its_permit_file()
    {
        var page = await LoggedInPageAsync($"/one-stop-shop/projects?district={VoorburgSite.VoorburgOudNoord}&lang=en");
        await page.Locator("#suggestions").WaitForAsync();
        await NoSeriousAxeViolationsAsync(page);
        await page.Locator("#suggestions tbody tr").First.GetByRole(AriaRole.Button).ClickAsync();
        await BrowserSite.ArrivedAsync(page, "**/one-stop-shop/projects/*");
        var dwellings = int.Parse(await page.Locator("#dwellings").InnerTextAsync());
        (await page.Locator("#project-addresses tbody tr").CountAsync()).ShouldBe(dwellings);
        await NoSeriousAxeViolationsAsync(page);
        var permit = await page.APIRequest.GetAsync((await page.Locator("#permit-xlsx").GetAttributeAsync("href"))!);
        permit.Status.ShouldBe(200);
        await page.Locator("#project-addresses tbody tr").First.GetByRole(AriaRole.Button).ClickAsync();
        await page.WaitForFunctionAsync($"() => document.querySelector('#dwellings')?.textContent.trim() === '{dwellings - 1}'");
    }

    [Fact]
    public async Task Staff_hold_a_climate_table_invite_addresses_and_record_who_came()
    {
        var page = await LoggedInPageAsync("/one-stop-shop/climate-tables?lang=en");
        await NoSeriousAxeViolationsAsync(page);
        await page.GetByLabel("Topic").FillAsync("Samen isoleren");
        await page.GetByLabel("Place").FillAsync("Buurthuis De Vliet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await BrowserSite.ArrivedAsync(page, "**/one-stop-shop/climate-tables/*");
        var street = await site.LongestStreetAsync();
        await page.GetByLabel("Addresses", new() { Exact = true }).FillAsync($"{street[62].Postcode} {street[62].HouseNumber}\n{street[63].Postcode} {street[63].HouseNumber}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Invite" }).ClickAsync();
        await page.Locator("#guests tbody tr").Nth(1).WaitForAsync();
        await NoSeriousAxeViolationsAsync(page);
        await page.Locator($"#attended-{street[62].UnitId}").CheckAsync();
        await page.Locator($"#outcome-{street[62].UnitId}").SelectOptionAsync("AdviceRequested");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save attendance" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#attended')?.textContent.trim() === '1'");
        (await page.Locator("#guests").InnerTextAsync()).ShouldContain("Advice / energy scan");
    }

    [Fact]
    public async Task The_vulnerability_and_financing_pages_work_by_keyboard_and_pass_axe()
    {
        var page = await LoggedInPageAsync($"/one-stop-shop/vulnerability?district={VoorburgSite.VoorburgOudNoord}&lang=en");
        await page.Locator("#statistics").WaitForAsync();
        await NoSeriousAxeViolationsAsync(page);

        await page.GotoAsync("/one-stop-shop/financing?lang=en");
        await page.GetByLabel("Household income (€ per year)").FillAsync("45000");
        await page.GetByLabel("Amount wanted (€)").FillAsync("30000");
        await page.GetByLabel("Energy label (EPC)").SelectOptionAsync("E");
        await page.GetByLabel("Date the home was bought").FillAsync("2025-03-01");
        await page.GetByLabel("Term (years)").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#financing-result").WaitForAsync();
        (await page.Locator("#result-heading").InnerTextAsync()).ShouldBe("Eligible");
        (await page.Locator("#obligation").InnerTextAsync()).ShouldContain("reach label D before 01/03/2030");
        await NoSeriousAxeViolationsAsync(page);
    }
}
