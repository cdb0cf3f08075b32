using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Data.Knowledge.Drempels;
using Wijkwerf.Data.Modules;
using Wijkwerf.Data.Storage;
using Wijkwerf.Web.Tests;
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

    [Fact]
    public async Task A_drempel_is_marked_commented_reported_hidden_and_restored_and_its_follower_is_told()
    {
        await site.PrepareAsync();
        var title = "Browser drempel " + Guid.NewGuid().ToString("N")[..6];
        int id;
        using (var scope = site.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkwerfDb>();
            var (authorEmail, _) = await site.CreateUserAsync(Roles.MunicipalityStaff, municipalityId: 1);
            var authorId = db.Users.Single(u => u.Email == authorEmail).Id;
            id = (await new DrempelService(db).CreateAsync(new DrempelInput(title, "Het **warmtenet** vindt geen eigenaar.", Werven: ["warmte"]), authorId, 1, Ct)).Id;
        }
        var path = $"/learning/drempels/{id}";

        var follower = await LoggedInPageAsync(Roles.Public, path);
        await follower.GetByRole(AriaRole.Button, new() { Name = $"Follow: {title}" }).ClickAsync();
        await follower.GetByRole(AriaRole.Button, new() { Name = $"Unfollow: {title}" }).WaitForAsync();

        var (lilleEmail, lillePassword) = await site.CreateUserAsync(Roles.MunicipalityStaff, municipalityId: 2);
        var lille = await LoggedInPageAsync(lilleEmail, lillePassword, path);
        await lille.GetByRole(AriaRole.Button, new() { Name = "We hit this too" }).ClickAsync();
        await lille.Locator("ul.marked-by li", new() { HasText = "Lille" }).WaitForAsync();
        await lille.GetByLabel("Your comment (Markdown)").FillAsync("Bij ons ook: **niemand** wil het net bezitten.");
        await lille.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        await lille.Locator(".comment-text strong", new() { HasText = "niemand" }).WaitForAsync();
        await NoSeriousAxeViolationsAsync(lille);

        var reporter = await LoggedInPageAsync(Roles.Public, path);
        var report = reporter.Locator("details.report").First;
        await report.Locator("summary").ClickAsync();
        await report.GetByLabel("Why do you report this?").FillAsync("Reclame voor een installateur");
        await report.GetByRole(AriaRole.Button).ClickAsync();
        await reporter.Locator("#reported").WaitForAsync();

        var moderator = await LoggedInPageAsync(Roles.PlatformAdmin, "/learning/moderation");
        var item = moderator.Locator($"#queue-drempel-{id}");
        (await item.InnerTextAsync()).ShouldContain("Reclame voor een installateur");
        await NoSeriousAxeViolationsAsync(moderator);
        await item.GetByLabel("Reason").FillAsync("Lijkt reclame; even uit de lijst.");
        await item.GetByRole(AriaRole.Button, new() { Name = $"Hide: {title}" }).ClickAsync();
        await moderator.Locator("#moderation-done").WaitForAsync();
        (await moderator.Locator($"#queue-drempel-{id}").InnerTextAsync()).ShouldContain("hidden");
        var anonymous = await site.NewPageAsync();
        (await anonymous.GotoAsync(path))!.Status.ShouldBe(404);
        await follower.GotoAsync("/learning/notifications");
        (await follower.Locator("main").InnerTextAsync()).ShouldNotContain(title, customMessage: "hidden content is never in a notification");

        item = moderator.Locator($"#queue-drempel-{id}");
        await item.GetByLabel("Reason").FillAsync("Echte drempel: de installateur is de netbeheerder.");
        await item.GetByRole(AriaRole.Button, new() { Name = $"Restore: {title}" }).ClickAsync();
        await moderator.Locator("#moderation-done").WaitForAsync();
        (await moderator.Locator($"#queue-drempel-{id}").CountAsync()).ShouldBe(0);
        (await anonymous.GotoAsync(path))!.Status.ShouldBe(200);

        await follower.GotoAsync("/learning/notifications");
        var list = follower.Locator("ul.notifications");
        await list.GetByText(title).First.WaitForAsync();
        var text = await list.InnerTextAsync();
        text.ShouldContain($"New comment on {title}");
        text.ShouldContain($"Another municipality hit this too: {title}");
        (await follower.Locator("#nav-notifications").InnerTextAsync()).ShouldContain("(2");
        await NoSeriousAxeViolationsAsync(follower);
        await follower.GetByRole(AriaRole.Button, new() { Name = "Mark all read" }).ClickAsync();
        await follower.Locator("#unread-summary", new() { HasText = "0 unread" }).WaitForAsync();
        (await follower.Locator("#nav-notifications").InnerTextAsync()).ShouldNotContain("(");
        await follower.GotoAsync(path);
        await NoSeriousAxeViolationsAsync(follower);
    }

    [Fact]
    public async Task The_case_settings_and_programme_tree_pages_pass_axe()
    {
        await site.PrepareAsync();
        await SeedLearningAsync();
        int caseId;
        using (var scope = site.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkwerfDb>();
            var c = new Case { Title = "Browser case Lille", MunicipalityId = 2, DistrictCode = TestSite.FlemishDistrict, CreatedAt = DateTimeOffset.UtcNow };
            db.Cases.Add(c);
            await db.SaveChangesAsync(Ct);
            caseId = c.Id;
        }
        var team = await LoggedInPageAsync(Roles.PlatformAdmin, $"/learning/cases/{caseId}");
        await team.GetByLabel("Minutes (Markdown)").FillAsync("Afspraken:\n\n- **klimaattafel** in januari");
        await team.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await team.Locator("article.guidance strong", new() { HasText = "klimaattafel" }).WaitForAsync();
        await NoSeriousAxeViolationsAsync(team);

        await team.GotoAsync("/learning");
        var add = team.Locator("ul.work-points > li").First.Locator("details", new() { HasText = "Add a breakthrough" });
        await add.Locator("summary").ClickAsync();
        await add.GetByLabel("Breakthrough title").FillAsync("Modelconvenant in de browser");
        await add.GetByLabel("Progress (%)").FillAsync("40");
        await add.GetByRole(AriaRole.Button, new() { Name = "Add a breakthrough", Exact = true }).ClickAsync();
        await team.Locator("ul.breakthroughs li", new() { HasText = "Modelconvenant in de browser" }).WaitForAsync();
        await NoSeriousAxeViolationsAsync(team);

        await team.GotoAsync("/learning/notifications/settings");
        await team.GetByLabel("Send me a daily e-mail with my new notifications").CheckAsync();
        await team.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await team.Locator("#saved").WaitForAsync();
        (await team.GetByLabel("Send me a daily e-mail with my new notifications").IsCheckedAsync()).ShouldBeTrue();
        await NoSeriousAxeViolationsAsync(team);
    }
}
