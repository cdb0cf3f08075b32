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
