using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Data.Modules;
using Wijkwerf.Data.Storage;
using Case = Wijkwerf.Domain.Learning.Case;

namespace Wijkwerf.EndToEnd;

/// <summary>The learning platform's paths in Chromium, with axe on every page: a harvest session into work points and
/// programmes, a peer review round with a review coming in, and a workbook edition published.</summary>
public sealed class LearningInBrowserTests(BrowserSiteFixture fixture) : IClassFixture<BrowserSiteFixture>
{
    private readonly BrowserSite site = fixture.Site;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task NoSeriousAxeViolationsAsync(IPage page)
    {
        var violations = await Axe.SeriousViolationsAsync(page);
        violations.ShouldBeEmpty($"axe on {page.Url}:\n" + string.Join("\n", violations));
    }

    private async Task SeedLearningAsync()
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkwerfDb>();
        foreach (var seed in scope.ServiceProvider.GetServices<IDemoSeed>().Where(s => s.Module == "learning")) await seed.SeedAsync(db, Ct);
    }

    private async Task<IPage> LoggedInPageAsync(string role, string path)
    {
        var (email, password) = await site.CreateUserAsync(role);
        return await LoggedInPageAsync(email, password, path);
    }

    private async Task<IPage> LoggedInPageAsync(string email, string password, string path)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync($"/account/login?lang=en&ReturnUrl={Uri.EscapeDataString(path)}");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await BrowserSite.ArrivedAsync(page, "**" + path.Split('?')[0] + "**");
        return page;
    }

    [Fact]
    public async Task The_platform_team_runs_a_harvest_session_into_a_programme_and_publishes_the_workbook()
    {
        await site.PrepareAsync();
        await SeedLearningAsync();
        var page = await LoggedInPageAsync(Roles.PlatformAdmin, "/learning/harvest");
        await NoSeriousAxeViolationsAsync(page);
        await page.GetByLabel("Title").FillAsync("Harvest in the browser");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open a session" }).ClickAsync();
        await BrowserSite.ArrivedAsync(page, "**/learning/harvest/*");

        string[] needs =
        [
            "Wie wordt eigenaar van het warmtenet en hoe financieren we het warmtenet?",
            "Hoe sluiten we een hele straat tegelijk aan op het warmtenet?",
            "Kunnen we de parking van de supermarkt als buurtparking gebruiken?",
            "Afspraken met scholen over dubbel gebruik van hun parking als buurtparking.",
        ];
        foreach (var need in needs)
        {
            await page.GetByLabel("Need or opportunity").FillAsync(need);
            await page.GetByLabel(need.Contains("warmtenet") ? "warmte" : "mobiliteit", new() { Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();
            await page.GetByText(need).First.WaitForAsync();
        }
        var terms = await page.Locator(".binding-terms").AllInnerTextsAsync();
        terms.ShouldContain(t => t.Contains("warmtenet"));
        terms.ShouldContain(t => t.Contains("buurtparking"));
        await NoSeriousAxeViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Close session" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Adopt clusters as work points" }).ClickAsync();
        await page.Locator("#work-point-table").WaitForAsync();
        var heatRow = page.Locator("#work-point-table tbody tr").Filter(new() { Has = page.Locator("input[value*='Warmtenet' i]") });
        await heatRow.Locator("input[name=title]").FillAsync("Eigenaarschap en aansluiting van het warmtenet");
        await heatRow.Locator("select").SelectOptionAsync(new SelectOptionValue { Label = "1. Pearl of the heat network" });
        await heatRow.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await NoSeriousAxeViolationsAsync(page);

        await page.GotoAsync("/learning");
        var programme = page.Locator("section.programme").Filter(new() { HasText = "Pearl of the heat network" });
        await programme.GetByText("Eigenaarschap en aansluiting van het warmtenet").WaitForAsync();
        (await programme.InnerTextAsync()).ShouldContain("Who owns the network and how is it financed?");
        await NoSeriousAxeViolationsAsync(page);

        await page.GotoAsync("/learning/workbook");
        await NoSeriousAxeViolationsAsync(page);
        await page.GetByLabel("Edition title").FillAsync("Workbook, browser edition");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish edition" }).ClickAsync();
        var pdfLink = page.Locator("#editions + ul a", new() { HasText = "PDF EN" }).Last;
        (await pdfLink.GetAttributeAsync("href"))!.ShouldContain("format=pdf");
        var response = await page.APIRequest.GetAsync((await pdfLink.GetAttributeAsync("href"))!);
        response.Headers["content-type"].ShouldBe("application/pdf");
    }

    [Fact]
    public async Task An_expert_fills_in_a_review_that_the_platform_team_sees_come_in()
    {
        await site.PrepareAsync();
        using (var scope = site.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkwerfDb>();
            db.Cases.AddRange(new Case { Title = "Browser case Noord", CreatedAt = DateTimeOffset.UtcNow }, new Case { Title = "Browser case Zuid", CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync(Ct);
        }
        var (expertEmail, expertPassword) = await site.CreateUserAsync(Roles.Expert);
        var team = await LoggedInPageAsync(Roles.PlatformAdmin, "/learning/review");
        await team.GetByLabel("Round title").FillAsync("Browser round");
        await team.GetByLabel("Themes (comma separated)").FillAsync("warmte, participatie");
        await team.GetByRole(AriaRole.Button, new() { Name = "Open a round" }).ClickAsync();
        await BrowserSite.ArrivedAsync(team, "**/learning/review/*");
        var roundUrl = new Uri(team.Url).AbsolutePath;
        await NoSeriousAxeViolationsAsync(team);

        var expert = await LoggedInPageAsync(expertEmail, expertPassword, roundUrl);
        var form = expert.Locator("form[id^=review-form]").First;
        await form.GetByLabel("What works").FillAsync("De wijkcoach kent elke straat.");
        await form.GetByLabel("What to try").FillAsync("Een klimaattafel per bouwblok.");
        await form.GetByLabel("warmte").FillAsync("4");
        await form.GetByLabel("participatie").FillAsync("5");
        await NoSeriousAxeViolationsAsync(expert);
        await form.GetByRole(AriaRole.Button, new() { Name = "Submit review" }).ClickAsync();
        await expert.GetByText("De wijkcoach kent elke straat.").WaitForAsync();

        await team.ReloadAsync();
        await team.GetByText("De wijkcoach kent elke straat.").WaitForAsync();
        (await team.Locator("article.review").First.InnerTextAsync()).ShouldContain("participatie 5");
    }

    [Fact]
    public async Task The_search_and_drempels_pages_pass_axe()
    {
        await site.PrepareAsync();
        await SeedLearningAsync();
        var page = await site.NewPageAsync();
        await page.GotoAsync("/learning/search?q=warmte&lang=en");
        await page.GetByLabel("Search drempels, lessons, workbook, programmes and cases").FillAsync("renovatie");
        await page.Keyboard.PressAsync("Enter");
        await BrowserSite.ArrivedAsync(page, "**q=renovatie**");
        await NoSeriousAxeViolationsAsync(page);
        await page.GotoAsync("/learning/drempels?lang=en");
        await NoSeriousAxeViolationsAsync(page);
    }
}
