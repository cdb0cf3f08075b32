using Microsoft.Playwright;

namespace Wijkwerf.EndToEnd;

public sealed class SiteInBrowserTests(BrowserSiteFixture fixture) : IClassFixture<BrowserSiteFixture>
{
    private readonly BrowserSite site = fixture.Site;

    private static async Task NoSeriousAxeViolationsAsync(IPage page)
    {
        var violations = await Axe.SeriousViolationsAsync(page);
        violations.ShouldBeEmpty($"axe on {page.Url}:\n" + string.Join("\n", violations));
    }

    [Fact]
    public async Task The_start_page_lists_municipalities_and_draws_the_district_outlines()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        (await page.GetAttributeAsync("html", "lang")).ShouldBe("nl");
        await page.GetByRole(AriaRole.Link, new() { Name = "Leidschendam-Voorburg" }).WaitForAsync();
        // The overview draws the districts that have buildings (the test site has three districts, one with buildings).
        var all = await page.EvaluateAsync<int>("async () => (await (await fetch('/api/districts.geojson')).json()).features.length");
        var withBuildings = await page.EvaluateAsync<int>("async () => (await (await fetch('/api/districts.geojson?withBuildings=true')).json()).features.length");
        all.ShouldBe(3);
        withBuildings.ShouldBe(1);
        await page.WaitForSelectorAsync($"#map[data-drawn='{withBuildings}']");
        await NoSeriousAxeViolationsAsync(page);
    }

    [Fact]
    public async Task A_visitor_reaches_a_district_and_sees_its_buildings_drawn_on_the_map()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Leidschendam-Voorburg" }).ClickAsync();
        await BrowserSite.ArrivedAsync(page, "**/municipalities/GM1916");
        await NoSeriousAxeViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Voorburg Oud" }).ClickAsync();
        await BrowserSite.ArrivedAsync(page, "**/districts/BU19160500");
        await page.WaitForSelectorAsync("#map[data-buildings='2000']");

        // Leaflet draws with preferCanvas: the building shapes must have coloured pixels on the canvas.
        var painted = await page.EvaluateAsync<int>("""
            () => {
              const c = document.querySelector('#map .leaflet-overlay-pane canvas');
              if (!c) return -1;
              const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
              let n = 0;
              for (let i = 3; i < d.length; i += 4 * 7) if (d[i] > 0) n++;
              return n;
            }
            """);
        painted.ShouldBeGreaterThan(1000, "building shapes drawn on the map canvas");

        (await page.Locator("#legend").InnerTextAsync()).ShouldContain("1946-1964");
        // The colour toggle works from the keyboard.
        await page.GetByRole(AriaRole.Radio, new() { Name = "Bouwjaarklasse" }).FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        (await page.GetByRole(AriaRole.Radio, new() { Name = "Woningtype" }).IsCheckedAsync()).ShouldBeTrue();
        (await page.Locator("#legend").InnerTextAsync()).ShouldContain("Tussenwoning");

        (await page.Locator(".attribution").InnerTextAsync()).ShouldContain("Bron: Kadaster, BAG");
        await page.Locator("#chart-dwelling-types").WaitForAsync();
        await NoSeriousAxeViolationsAsync(page);
    }

    [Fact]
    public async Task The_language_switch_turns_the_district_page_into_English()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/districts/BU19160500");
        (await page.Locator("h2#figures-heading").InnerTextAsync()).ShouldBe("Kerncijfers");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await page.WaitForSelectorAsync("html[lang='en']");
        (await page.Locator("h2#figures-heading").InnerTextAsync()).ShouldBe("Key figures");
        await page.WaitForSelectorAsync("#map[data-buildings='2000']");
        (await page.Locator("#legend").InnerTextAsync()).ShouldContain("Unknown");
        await NoSeriousAxeViolationsAsync(page);

        // Remembered on the next page.
        await page.GotoAsync("/");
        (await page.GetAttributeAsync("html", "lang")).ShouldBe("en");
        await NoSeriousAxeViolationsAsync(page);
    }

    [Fact]
    public async Task The_import_page_asks_for_a_login_which_is_accessible()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/import");
        await BrowserSite.ArrivedAsync(page, "**/account/login**");
        await page.GetByLabel("Wachtwoord").WaitForAsync();
        await NoSeriousAxeViolationsAsync(page);
    }

    [Fact]
    public async Task A_Flemish_district_with_measured_energy_is_accessible()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/districts/13019W04?lang=en");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Measured energy use" }).WaitForAsync();
        await NoSeriousAxeViolationsAsync(page);
    }

    [Fact]
    public async Task Staff_log_in_upload_a_file_and_read_why_it_was_refused()
    {
        var (email, password) = await site.CreateUserAsync(Wijkwerf.Data.Accounts.Roles.MunicipalityStaff, municipalityId: 1);
        var page = await site.NewPageAsync();
        await page.GotoAsync("/import?lang=en");
        await BrowserSite.ArrivedAsync(page, "**/account/login**");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await page.GetByLabel("File").WaitForAsync();
        new Uri(page.Url).AbsolutePath.ShouldBe("/import");
        await NoSeriousAxeViolationsAsync(page);

        await page.GetByLabel("File").SetInputFilesAsync(new FilePayload
        {
            Name = "mystery.csv", MimeType = "text/csv", Buffer = "not,a,known\nsource,file,at-all\n"u8.ToArray(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
        await BrowserSite.ArrivedAsync(page, "**/import/*");
        // The page polls the job and shows the outcome without a manual reload.
        await page.Locator("#job-error").WaitForAsync();
        (await page.Locator("#job-error").InnerTextAsync()).ShouldStartWith("mystery.csv");
        await NoSeriousAxeViolationsAsync(page);
    }
}
