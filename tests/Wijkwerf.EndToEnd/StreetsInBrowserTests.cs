using Wijkwerf.Web.Tests;

namespace Wijkwerf.EndToEnd;

public sealed class StreetsInBrowserTests(BrowserSiteFixture fixture) : IClassFixture<BrowserSiteFixture>
{
    [Fact]
    public async Task A_municipal_officer_reads_the_dig_once_plan_and_moves_to_the_profile_by_keyboard_without_axe_violations()
    {
        var site = fixture.Site;
        site.RequireBrowser();
        await StreetWorksSeed.InsertAsync(site.DatabasePath, TestSite.FlemishDistrict);
        var page = await site.NewPageAsync();
        await page.GotoAsync($"{site.BaseUrl}/streets/{TestSite.FlemishDistrict}?lang=en");
        (await page.Locator("h2#plan-heading").TextContentAsync()).ShouldBe("Dig-once plan");
        (await page.Locator("svg.gantt rect").CountAsync()).ShouldBe(6);
        (await page.Locator("#conflicts-heading + table tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        // The PDF link is reachable by keyboard.
        var pdf = page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "PDF" });
        await pdf.FocusAsync();
        (await page.EvaluateAsync<string>("document.activeElement.textContent")).ShouldBe("PDF");
        var violations = await Axe.SeriousViolationsAsync(page);
        violations.ShouldBeEmpty(string.Join("\n", violations));
    }
}

/// <summary>The work form in a site of its own (adding a work changes the figures the test above reads).</summary>
public sealed class StreetWorkFormInBrowserTests(BrowserSiteFixture fixture) : IClassFixture<BrowserSiteFixture>
{
    [Fact]
    public async Task Staff_of_Lille_add_a_work_with_the_keyboard_see_the_GIPOD_category_live_and_meet_no_axe_violations()
    {
        var site = fixture.Site;
        site.RequireBrowser();
        await StreetWorksSeed.InsertAsync(site.DatabasePath, TestSite.FlemishDistrict);
        int lille;
        (double X, double Y) inside;
        await using (var db = Wijkwerf.Data.Storage.WijkwerfDbFactory.Create(new Wijkwerf.Data.Storage.DatabaseLocation(site.DatabasePath)))
        {
            lille = db.Municipalities.Where(m => m.Code == TestSite.FlemishMunicipality).Select(m => m.Id).Single();
            var p = db.Districts.Single(d => d.Code == TestSite.FlemishDistrict).Boundary.InteriorPoint;
            inside = (p.X, p.Y);
            // Counts placed by lon/lat (the test district has no street graph) and a school car park next to them.
            var folder = Directory.CreateTempSubdirectory("wijkwerf-parking-");
            var (lon, lat) = (inside.X.ToString(System.Globalization.CultureInfo.InvariantCulture), inside.Y.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var counts = Path.Combine(folder.FullName, "counts.csv");
            await File.WriteAllTextAsync(counts, $"street;lon;lat;slot;counted_cars;capacity\nDorpsstraat;{lon};{lat};night;38;40\nDorpsstraat;{lon};{lat};day;20;40\n");
            var points = Path.Combine(folder.FullName, "points.csv");
            await File.WriteAllTextAsync(points, $"kind;name;category;lon;lat;capacity;free_at_night\ncar_park;Schoolparking;school;{lon};{lat};30;25\n");
            await Wijkwerf.Data.Streets.ParkingImport.ImportAsync(db, counts);
            await Wijkwerf.Data.Streets.ParkingImport.ImportAsync(db, points);
            folder.Delete(true);
        }
        var (email, password) = await site.CreateUserAsync(Wijkwerf.Data.Accounts.Roles.MunicipalityStaff, lille);
        var page = await site.NewPageAsync();
        await page.GotoAsync($"/streets/{TestSite.FlemishDistrict}/works/edit?lang=en");
        await BrowserSite.ArrivedAsync(page, "**/account/login**");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await page.GetByLabel("Reference").WaitForAsync();
        var violations = await Axe.SeriousViolationsAsync(page);
        violations.ShouldBeEmpty(string.Join("\n", violations));

        await page.GetByLabel("Reference").FillAsync("B-1");
        await page.GetByLabel("Owner (who digs)").FillAsync("Warmtenet Lille");
        await page.GetByLabel("Kind of work").SelectOptionAsync("heat");
        await page.GetByLabel("Street name").FillAsync("Dorpsstraat");
        await page.GetByLabel("Longitude").FillAsync(inside.X.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Latitude").FillAsync(inside.Y.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Start", new() { Exact = true }).FillAsync("2029-04-02");
        await page.GetByLabel("End", new() { Exact = true }).FillAsync("2029-03-01");
        // The category and lead time follow the area as it is typed, and the relocation box.
        await page.GetByLabel("Excavated area (m²)").FillAsync("20");
        (await page.Locator("#groundwork-live").InnerTextAsync()).ShouldContain("minor (3–50 m²)");
        await page.GetByLabel("Excavated area (m²)").FillAsync("120");
        await page.GetByLabel("Utilities relocated").CheckAsync();
        (await page.Locator("#groundwork-live").InnerTextAsync()).ShouldContain("6 months");

        await page.GetByLabel("Excavated area (m²)").PressAsync("Enter");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Alert).WaitForAsync();
        (await page.GetByRole(Microsoft.Playwright.AriaRole.Alert).InnerTextAsync()).ShouldContain("before it starts");
        violations = await Axe.SeriousViolationsAsync(page);
        violations.ShouldBeEmpty(string.Join("\n", violations));

        await page.GetByLabel("End", new() { Exact = true }).FillAsync("2029-05-31");
        await page.GetByLabel("End", new() { Exact = true }).PressAsync("Enter");
        await BrowserSite.ArrivedAsync(page, $"**/streets/{TestSite.FlemishDistrict}?saved=B-1**");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Status).First.WaitForAsync();
        (await page.GetByRole(Microsoft.Playwright.AriaRole.Status).First.InnerTextAsync()).ShouldContain("B-1");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Edit B-1" }).WaitForAsync();
        // Parking pressure, neighbourhood parking and their map are on the same page.
        (await page.Locator("#parking-table tbody tr").CountAsync()).ShouldBe(4); // district and street, night and day
        // 38 cars on 40 spaces keep 0.85 × 40 = 34 at the target: only 4 move (the car park has 25 free).
        (await page.Locator("#neighbourhood-total").InnerTextAsync()).ShouldContain("Cars moved: 4; car parks used: 1;");
        (await page.Locator("svg[aria-labelledby='mobility-map-title mobility-map-desc'] rect[width='14']").CountAsync()).ShouldBe(1);
        violations = await Axe.SeriousViolationsAsync(page);
        violations.ShouldBeEmpty(string.Join("\n", violations));
    }
}
