using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Data.Operations;
using Wijkwerf.Domain.Operations;
using Wijkwerf.Web.Tests;

namespace Wijkwerf.EndToEnd;

/// <summary>A visitor registers for the forum and is checked in at the door, both on a phone-sized screen; the
/// operations pages pass axe.</summary>
public sealed class OperationsInBrowserTests(BrowserSiteFixture fixture) : IClassFixture<BrowserSiteFixture>
{
    private readonly BrowserSite site = fixture.Site;

    private static async Task NoSeriousAxeViolationsAsync(IPage page)
    {
        var violations = await Axe.SeriousViolationsAsync(page);
        violations.ShouldBeEmpty($"axe on {page.Url}:\n" + string.Join("\n", violations));
    }

    private async Task<IPage> PhoneAsync()
    {
        site.RequireBrowser();
        return await BrowserSite.OpenPageAsync(site.Browser!, new BrowserNewContextOptions
        {
            BaseURL = site.BaseUrl,
            Locale = "nl-NL",
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
    }

    private async Task<int> CreateForumAsync()
    {
        using var scope = site.Services.CreateScope();
        var forum = scope.ServiceProvider.GetRequiredService<ForumService>();
        var day = DateTime.UtcNow.Date.AddDays(20).AddHours(7);
        return await forum.CreateEventAsync(new NewEvent("Praktijklabdag " + Guid.NewGuid().ToString("N")[..4], ForumEventKind.PracticeLab, day, day.AddHours(6), 40, "Lille",
            Sessions:
            [
                new("Warmtenet in één keer", day.AddHours(1), day.AddHours(2), "Zaal A", 20, "An Peeters", "nl", "energie,wp1"),
                new("Iedereen mee!", day.AddHours(1), day.AddHours(2), "Zaal B", 20, "Jan Smit", "nl", "renovatie,wp2"),
            ]));
    }

    [Fact]
    public async Task A_visitor_registers_on_a_phone_and_is_checked_in_at_the_door()
    {
        var id = await CreateForumAsync();
        var visitor = await PhoneAsync();
        await visitor.GotoAsync($"/forum/{id}");
        await NoSeriousAxeViolationsAsync(visitor);
        await visitor.GetByLabel("Naam").FillAsync("Hanne Wouters");
        await visitor.GetByLabel("E-mailadres").FillAsync($"hanne-{id}@example.org");
        await visitor.GetByLabel("Organisatie").FillAsync("Gemeente Lille");
        await visitor.GetByRole(AriaRole.Radio, new() { Name = "Iedereen mee!", Exact = false }).CheckAsync();
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Inschrijven" }).ClickAsync();
        await BrowserSite.ArrivedAsync(visitor, "**/forum/ticket/*");
        var code = (await visitor.Locator("#check-in-code").InnerTextAsync()).Trim();
        code.ShouldMatch("^[A-Z2-9]{4}-[A-Z2-9]{4}$");
        (await visitor.Locator("main").InnerTextAsync()).ShouldContain("Iedereen mee!");
        await NoSeriousAxeViolationsAsync(visitor);

        var (email, password) = await site.CreateUserAsync(Roles.PlatformAdmin);
        var door = await PhoneAsync();
        await door.GotoAsync("/forum/checkin");
        await BrowserSite.ArrivedAsync(door, "**/account/login**");
        await door.GetByLabel("E-mailadres").FillAsync(email);
        await door.GetByLabel("Wachtwoord").FillAsync(password);
        await door.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await door.GetByLabel("Check-incode").WaitForAsync();
        await NoSeriousAxeViolationsAsync(door);
        // Typed as people type it: lower case, with a space instead of the dash.
        await door.GetByLabel("Check-incode").FillAsync(code.ToLowerInvariant().Replace('-', ' '));
        await door.GetByLabel("Check-incode").PressAsync("Enter");
        await door.GetByRole(AriaRole.Status).WaitForAsync();
        (await door.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Hanne Wouters is ingecheckt");
        (await door.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the check-in page fits a phone");
        await NoSeriousAxeViolationsAsync(door);
    }

    [Fact]
    public async Task The_outcome_monitor_and_the_calls_pages_are_accessible()
    {
        using (var scope = site.Services.CreateScope())
        {
            var outcomes = scope.ServiceProvider.GetRequiredService<OutcomeService>();
            if ((await outcomes.IndicatorsAsync()).Count == 0)
            {
                await outcomes.DefineIndicatorAsync(new("gas-m3", OutcomeDimension.EnergySavings, "Gasverbruik per woning", "m³/jaar", "CBS", HigherIsBetter: false));
                await outcomes.RecordAsync(TestSite.District, "gas-m3", new DateOnly(2022, 12, 31), 1230, isBaseline: true);
                await outcomes.RecordAsync(TestSite.District, "gas-m3", new DateOnly(2025, 12, 31), 1010);
            }
        }
        var page = await site.NewPageAsync();
        await page.GotoAsync($"/outcomes/{TestSite.District}");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Sociale cohesie" }).WaitForAsync();
        (await page.Locator("table.data").First.InnerTextAsync()).ShouldContain("1.010");
        await NoSeriousAxeViolationsAsync(page);
        await page.GotoAsync("/calls?lang=en");
        await NoSeriousAxeViolationsAsync(page);
        await page.GotoAsync("/operations");
        await NoSeriousAxeViolationsAsync(page);
    }

    private async Task SignInAsync(IPage page, string url, string role = Roles.PlatformAdmin)
    {
        var (email, password) = await site.CreateUserAsync(role);
        await SignInAsync(page, url, email, password);
    }

    private static async Task SignInAsync(IPage page, string url, string email, string password)
    {
        await page.GotoAsync(url);
        await BrowserSite.ArrivedAsync(page, "**/account/login**");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
    }

    [Fact]
    public async Task The_team_creates_an_event_with_its_programme_and_a_call_with_reviews_on_accessible_pages()
    {
        var page = await site.NewPageAsync();
        await SignInAsync(page, "/forum/edit");
        await page.GetByLabel("Titel (Nederlands)").WaitForAsync();
        await NoSeriousAxeViolationsAsync(page);
        var title = "Oogstsessie " + Guid.NewGuid().ToString("N")[..4];
        await page.GetByLabel("Titel (Nederlands)").FillAsync(title);
        await page.GetByLabel("Soort").SelectOptionAsync("Oogstsessie");
        await page.GetByLabel("Begint (Brusselse tijd)").FillAsync("2027-02-11T09:00");
        await page.GetByLabel("Eindigt (Brusselse tijd)").FillAsync("2027-02-11T16:00");
        await page.GetByLabel("Plaatsen").FillAsync("60");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await BrowserSite.ArrivedAsync(page, "**/forum/edit/*");
        await page.GetByLabel("Titel van de sessie").FillAsync("Klimaattafels");
        await page.GetByLabel("Begint (Brusselse tijd)").Nth(1).FillAsync("2027-02-11T10:00");
        await page.GetByLabel("Eindigt (Brusselse tijd)").Nth(1).FillAsync("2027-02-11T11:00");
        await page.GetByLabel("Zaal").FillAsync("Raadzaal");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sessie toevoegen" }).ClickAsync();
        await page.GetByRole(AriaRole.Rowheader, new() { Name = "Klimaattafels" }).WaitForAsync();
        (await page.Locator("table.data").InnerTextAsync()).ShouldContain("2027-02-11 10:00–11:00");
        await NoSeriousAxeViolationsAsync(page);

        await page.GotoAsync("/calls/edit");
        await NoSeriousAxeViolationsAsync(page);
        var call = "Oproep " + Guid.NewGuid().ToString("N")[..4];
        await page.GetByLabel("Titel (Nederlands)").FillAsync(call);
        await page.GetByLabel("Tekst (Nederlands)").FillAsync("Wij zoeken wijken die sociaal en technisch samen willen verduurzamen.");
        await page.GetByLabel("Criterium 1 (Nederlands)").FillAsync("Integratie");
        await page.GetByLabel("Gewicht van criterium 1 (%)").FillAsync("60");
        await page.GetByLabel("Criterium 2 (Nederlands)").FillAsync("Betrokkenheid");
        await page.GetByLabel("Gewicht van criterium 2 (%)").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await page.GetByRole(AriaRole.Alert).WaitForAsync();
        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("add up to 90 %");
        await NoSeriousAxeViolationsAsync(page);
        await page.GetByLabel("Gewicht van criterium 2 (%)").FillAsync("40");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await BrowserSite.ArrivedAsync(page, "**/calls/edit/*");
        var callId = int.Parse(System.Text.RegularExpressions.Regex.Match(page.Url, @"/calls/edit/(\d+)").Groups[1].Value);

        await page.GotoAsync($"/calls/{callId}/reviews");
        await page.GetByLabel("Naam").FillAsync("Noor Nyenrode");
        await page.GetByLabel("E-mailadres").FillAsync($"noor-{callId}@example.org");
        await page.GetByLabel("Organisatie").FillAsync("Nyenrode Business Universiteit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Beoordelaar toevoegen" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).WaitForAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Noor Nyenrode");
        await NoSeriousAxeViolationsAsync(page);
        await page.GotoAsync($"/calls/{callId}/ranking");
        await NoSeriousAxeViolationsAsync(page);
        await page.GotoAsync("/reviews");
        await NoSeriousAxeViolationsAsync(page);
    }

    [Fact]
    public async Task A_reviewer_scores_an_assigned_application_on_an_accessible_page()
    {
        var (email, password) = await site.CreateUserAsync(Roles.Expert);
        using (var scope = site.Services.CreateScope())
        {
            var calls = scope.ServiceProvider.GetRequiredService<CallService>();
            var now = BrusselsTime.ToBrussels(DateTime.UtcNow);
            var id = await calls.CreateAsync(new NewCall("Beoordeling " + Guid.NewGuid().ToString("N")[..4], "Tekst", now.AddHours(-1), now.AddDays(2), 1,
                [new("Integratie", 50), new("Betrokkenheid", 50)], ScaleMin: 1, ScaleMax: 5));
            var app = (await calls.SaveDraftAsync(id, new(TestSite.District, "Gemeente Leidschendam-Voorburg", "Sanne", $"sanne-{id}@example.org", Motivation: "Samen verduurzamen"))).Id;
            await calls.SubmitAsync(app);
            await calls.AssignAsync(app, await calls.AddReviewerAsync(id, "Noor", email, "Nyenrode", null));
        }
        var page = await site.NewPageAsync();
        await SignInAsync(page, "/reviews", email, password);
        await page.GetByLabel("Score voor Integratie (1–5)").WaitForAsync();
        await NoSeriousAxeViolationsAsync(page);
        await page.GetByLabel("Score voor Integratie (1–5)").FillAsync("4");
        await page.GetByLabel("Toelichting bij Integratie").FillAsync("Sociaal en technisch goed verbonden");
        await page.GetByLabel("Score voor Betrokkenheid (1–5)").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Scores opslaan", Exact = false }).ClickAsync();
        await page.GetByRole(AriaRole.Status).WaitForAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("opgeslagen");
        (await page.GetByLabel("Score voor Integratie (1–5)").InputValueAsync()).ShouldBe("4");
        await NoSeriousAxeViolationsAsync(page);
    }

    [Fact]
    public async Task The_ticket_QR_code_scanned_on_a_phone_opens_the_door_page_with_the_code_filled_in()
    {
        BrowserSite.RequireBrowser(File.Exists("/usr/bin/zbarimg") ? null : "zbarimg (Debian zbar-tools) is not installed.");
        var id = await CreateForumAsync();
        var visitor = await PhoneAsync();
        await visitor.GotoAsync($"/forum/{id}");
        await visitor.GetByLabel("Naam").FillAsync("Lotte Janssens");
        await visitor.GetByLabel("E-mailadres").FillAsync($"lotte-{id}@example.org");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Inschrijven" }).ClickAsync();
        await BrowserSite.ArrivedAsync(visitor, "**/forum/ticket/*");
        var code = (await visitor.Locator("#check-in-code").InnerTextAsync()).Trim();
        var qr = visitor.GetByRole(AriaRole.Img, new() { Name = "QR-code met uw check-incode", Exact = false });
        await NoSeriousAxeViolationsAsync(visitor);

        // What a phone camera sees: the rendered QR code, read by zbar.
        var png = Path.Combine(Path.GetTempPath(), $"ticket-qr-{Guid.NewGuid():N}.png");
        await qr.ScreenshotAsync(new() { Path = png });
        var zbar = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/usr/bin/zbarimg", ["--raw", "-q", png]) { RedirectStandardOutput = true })!;
        var url = (await zbar.StandardOutput.ReadToEndAsync()).Trim();
        await zbar.WaitForExitAsync();
        File.Delete(png);
        url.ShouldBe($"{site.BaseUrl.TrimEnd('/')}/forum/checkin?code={code.Replace("-", "")}");

        var door = await PhoneAsync();
        await SignInAsync(door, url);
        await door.GetByLabel("Check-incode").WaitForAsync();
        (await door.GetByLabel("Check-incode").InputValueAsync()).ShouldBe(code);
        (await door.Locator("#scanned").InnerTextAsync()).ShouldContain("Lotte Janssens");
        await NoSeriousAxeViolationsAsync(door);
        await door.GetByRole(AriaRole.Button, new() { Name = "Inchecken" }).ClickAsync();
        await door.GetByRole(AriaRole.Status).WaitForAsync();
        (await door.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Lotte Janssens is ingecheckt");
    }
}
