using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Cli;
using Wijkwerf.Data.Knowledge;
using Wijkwerf.Data.Reports;
using Wijkwerf.Data.Tests.Import;

namespace Wijkwerf.Data.Tests.Learning;

public class LearningSeedAndCliTests
{
    private static Task<(int Exit, string Out, string Err)> Run(params string[] args) => Cli.CliRun.RunAsync(args);

    [Fact]
    public async Task The_demo_seed_holds_the_three_real_programmes_and_runs_twice_without_duplicates()
    {
        await using var database = new TestDatabase();
        for (var run = 0; run < 2; run++)
        {
            await using var db = await database.OpenAsync();
            await new LearningSeed().SeedAsync(db, TestContext.Current.CancellationToken);
        }
        await using var check = await database.OpenAsync();
        (await check.WorkProgrammes.OrderBy(p => p.Number).Select(p => p.Title).ToListAsync(TestContext.Current.CancellationToken))
            .ShouldBe(["Parel van het warmtenet", "Iedereen mee!", "Straten naar de toekomst"]);
        (await check.ProgrammeQuestions.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(11);
        (await check.HarvestSessions.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(1);
        (await check.HarvestItems.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(16);
        (await check.HarvestItems.CountAsync(i => i.WorkPointId == null, TestContext.Current.CancellationToken)).ShouldBe(0, "every seeded need is in a work point");
        (await check.WorkbookChapters.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(4);
    }

    [Fact]
    public async Task Harvest_cluster_json_prints_the_clusters_with_their_items_and_binding_words()
    {
        await using var database = new TestDatabase();
        var db = database.Location.Value;
        (await Run("learning", "seed", "--db", db)).Exit.ShouldBe(0);
        var (exit, output, errors) = await Run("harvest", "sessions", "--json", "--db", db);
        exit.ShouldBe(0, errors);
        var session = JsonDocument.Parse(output).RootElement[0];
        session.GetProperty("items").GetInt32().ShouldBe(16);

        (exit, output, errors) = await Run("harvest", "cluster", session.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), "--json", "--db", db);
        exit.ShouldBe(0, errors);
        var clusters = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        clusters.Sum(c => c.GetProperty("items").GetArrayLength()).ShouldBe(16);
        var residents = clusters.Single(c => c.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("text").GetString()!.StartsWith("Welke activatiestrategieën", StringComparison.Ordinal)));
        residents.GetProperty("bindingTerms").EnumerateArray().Select(t => t.GetString()).ShouldContain("bewoners");
        residents.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString()).ShouldContain("Kunnen klimaattafels worden ingezet om bewoners te activeren, en hoe dan?");

        (exit, _, errors) = await Run("harvest", "cluster", "999", "--json", "--db", db);
        exit.ShouldBe(CliApp.BadInput);
        errors.ShouldContain("no harvest session 999");
    }

    [Fact]
    public async Task Workbook_export_writes_a_pdf_in_dutch_and_in_english()
    {
        await using var database = new TestDatabase();
        var db = database.Location.Value;
        (await Run("learning", "seed", "--db", db)).Exit.ShouldBe(0);
        foreach (var (lang, expected) in new[] { ("nl", "Parel van het warmtenet"), ("en", "Pearl of the heat network") })
        {
            var file = Path.Combine(database.Folder, $"werkboek-{lang}.pdf");
            var (exit, _, errors) = await Run("workbook", "export", "--format", "pdf", "--lang", lang, file, "--db", db);
            exit.ShouldBe(0, errors);
            var text = await PdfText.ExtractAsync(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
            text.ShouldContain(expected);
        }
        var html = Path.Combine(database.Folder, "werkboek.html");
        (await Run("workbook", "export", "--format", "html", "--lang", "en", html, "--db", db)).Exit.ShouldBe(0);
        (await File.ReadAllTextAsync(html, TestContext.Current.CancellationToken)).ShouldContain("Who owns the network and how is it financed?");
    }
}
