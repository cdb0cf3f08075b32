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
}
