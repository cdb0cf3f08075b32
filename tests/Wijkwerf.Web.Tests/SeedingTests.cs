using Microsoft.Extensions.DependencyInjection;
using Wijkwerf.Data.Import;
using Wijkwerf.Web.Hosting;

namespace Wijkwerf.Web.Tests;

public sealed class SeedingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task While_the_pilot_districts_are_imported_the_start_page_answers_and_shows_progress()
    {
        await using var site = new TestSite();
        await site.PrepareAsync();
        var status = site.Services.GetRequiredService<SeedStatus>();
        status.Set(SeedState.Running);
        status.Report(new ImportProgress("bag-voorburg.gpkg", "buildings", 1200, 15380));

        using var client = site.CreateClient();
        var html = await client.GetStringAsync("/?lang=en", Ct);
        html.ShouldContain("Importing pilot districts…");
        html.ShouldContain("bag-voorburg.gpkg · buildings · 1,200 / 15,380");
        var dutch = await client.GetStringAsync("/?lang=nl", Ct);
        dutch.ShouldContain("Pilotwijken worden geïmporteerd…");
        dutch.ShouldContain("1.200 / 15.380");

        var health = await client.GetStringAsync("/health", Ct);
        health.ShouldContain("\"state\":\"running\"");
        health.ShouldContain("\"phase\":\"buildings\"");
    }
}
