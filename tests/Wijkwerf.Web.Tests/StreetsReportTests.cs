using System.Globalization;
using System.Net;
using System.Text.Json;
using Wijkwerf.Data.Import.Generic;
using Wijkwerf.Data.Reports;
using Wijkwerf.Data.Seeding;
using Wijkwerf.Data.Storage;
using Wijkwerf.Data.Streets;

namespace Wijkwerf.Web.Tests;

/// <summary>The web app on the pilot data (real OSM street graph and buildings of Wechelderzande, CBS/BAG Voorburg) with
/// the sample parking counts and mobility points of Wechelderzande imported; Voorburg has none.</summary>
public sealed class StreetsPilotSiteFixture : IAsyncLifetime
{
    public TestSite Site { get; } = new();

    public async ValueTask InitializeAsync()
    {
        _ = Site.Services; // starts the host: migrations
        await using var db = WijkwerfDbFactory.Create(new DatabaseLocation(Site.DatabasePath));
        await PilotSeed.EnsureSeededAsync(db, SharedData.Folder);
        foreach (var sample in new[] { "wechelderzande-parking-counts.csv", "wechelderzande-mobility-points.csv" })
            await ParkingImport.ImportAsync(db, Path.Combine(LekpSeed.RepositoryRoot(), "samples", sample));
    }

    public ValueTask DisposeAsync() => Site.DisposeAsync();
}

/// <summary>The streets report's parking and hub sections read back (XLSX with XlsxTable, PDF with pdftotext): they carry
/// the figures of <c>/api/streets/{code}/parking</c> and <c>/hubs</c>.</summary>
public sealed class StreetsReportTests(StreetsPilotSiteFixture fixture) : IClassFixture<StreetsPilotSiteFixture>
{
    private const string Wechelderzande = "13019W04";
    private const string VoorburgOudNoord = "BU19161300";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private async Task<JsonElement> JsonAsync(string url)
    {
        using var client = fixture.Site.CreateClient();
        return JsonDocument.Parse(await client.GetStringAsync(url, Ct)).RootElement.Clone();
    }

    private async Task<byte[]> BytesAsync(string url)
    {
        using var client = fixture.Site.CreateClient();
        var response = await client.GetAsync(url, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url + ": " + await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadAsByteArrayAsync(Ct);
    }

    private async Task<T> WithWorkbookAsync<T>(string url, Func<string, T> read)
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(path, await BytesAsync(url), Ct);
            return read(path);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public async Task The_workbook_lists_each_counted_street_with_the_cars_moved_and_their_car_park_and_the_hub_candidates_as_the_API()
    {
        var parking = await JsonAsync($"/api/streets/{Wechelderzande}/parking");
        var hubs = await JsonAsync($"/api/streets/{Wechelderzande}/hubs");
        var (streets, carParks, candidates) = await WithWorkbookAsync($"/api/streets/{Wechelderzande}/report.xlsx?lang=en",
            path => (XlsxTable.Read(path, "parking", out _), XlsxTable.Read(path, "car parks", out _), XlsxTable.Read(path, "hubs", out _)));

        var night = parking.GetProperty("streets").EnumerateArray().Where(s => s.GetProperty("slot").GetString() == "night").ToList();
        var moved = parking.GetProperty("neighbourhoodParking").EnumerateArray().ToDictionary(r => r.GetProperty("street").GetString()!);
        streets.Count.ShouldBe(night.Count + 1); // and the district's total
        foreach (var (row, s) in streets.Zip(night))
        {
            var street = s.GetProperty("street").GetString()!;
            row.Cells["street"].ShouldBe(street);
            Number(row.Cells["capacity"]).ShouldBe(s.GetProperty("capacity").GetInt32());
            Number(row.Cells["night_cars"]).ShouldBe(s.GetProperty("countedCars").GetInt32());
            Number(row.Cells["occupancy"]).ShouldBe(s.GetProperty("pressure").GetDouble());
            row.Cells["full"].ShouldBe(s.GetProperty("full").GetBoolean() ? "yes" : "no");
            if (moved.TryGetValue(street, out var m))
            {
                Number(row.Cells["cars_moved"]).ShouldBe(m.GetProperty("carsMoved").GetInt32());
                Number(row.Cells["cars_above_target"]).ShouldBe(m.GetProperty("carsAboveTarget").GetInt32());
                Number(row.Cells["spaces_to_green"]).ShouldBe(m.GetProperty("spacesFreed").GetInt32());
                foreach (var to in m.GetProperty("to").EnumerateArray())
                    row.Cells["moved_to"].ShouldContain($"{to.GetProperty("carPark").GetString()}: {to.GetProperty("cars").GetInt32()}");
            }
            else Number(row.Cells["cars_moved"]).ShouldBe(0);
        }
        // The figures of docs/streets.md: Heymansstraat moves its 4 cars above 85 % to the church car park; 21 in all.
        var heymans = streets.Single(r => r.Cells["street"] == "Heymansstraat");
        heymans.Cells["moved_to"].ShouldStartWith("Parking Den Hert bij de kerk");
        Number(heymans.Cells["cars_moved"]).ShouldBe(4);
        streets.Single(r => r.Cells["street"] == "Nieuwstraat").Cells["full"].ShouldBe("no");
        var total = streets[^1];
        total.Cells["street"].ShouldBe("total");
        Number(total.Cells["cars_moved"]).ShouldBe(parking.GetProperty("carsMoved").GetInt32());
        Number(total.Cells["cars_moved"]).ShouldBe(21);
        Number(total.Cells["green_m2"]).ShouldBe(parking.GetProperty("greenM2").GetDouble());

        carParks.Select(r => r.Cells["car_park"]).ShouldBe(parking.GetProperty("carParks").EnumerateArray().Select(p => p.GetProperty("name").GetString()!));
        carParks.Sum(r => Number(r.Cells["used_at_night"])).ShouldBe(21);

        var api = hubs.GetProperty("candidates").EnumerateArray().ToList();
        api.Count.ShouldBeGreaterThan(0);
        candidates.Count.ShouldBe(api.Count);
        foreach (var (row, h) in candidates.Zip(api))
        {
            Number(row.Cells["rank"]).ShouldBe(h.GetProperty("rank").GetInt32());
            row.Cells["category"].ShouldBe(h.GetProperty("category").GetString());
            Number(row.Cells["dwellings"]).ShouldBe(h.GetProperty("dwellings").GetInt32());
            Number(row.Cells["score"]).ShouldBe(h.GetProperty("score").GetDouble());
            Number(row.Cells["dwellings_farther_by_street"]).ShouldBe(h.GetProperty("dwellingsFartherByStreet").GetInt32());
            if (h.GetProperty("stopDistanceM").ValueKind == JsonValueKind.Number)
            {
                Number(row.Cells["stop_distance_m"]).ShouldBe(h.GetProperty("stopDistanceM").GetDouble());
                row.Cells["reasons"].ShouldContain($"stop at {h.GetProperty("stopDistanceM").GetDouble().ToString("N0", CultureInfo.GetCultureInfo("en-GB"))} m walk");
            }
            else row.Cells["reasons"].ShouldContain(hubs.GetProperty("stops").GetInt32() > 0 ? "no stop within 400 m walk along the streets" : "no stop imported");
            row.Cells["reasons"].ShouldStartWith($"{h.GetProperty("dwellings").GetInt32()} dwellings within 400 m walk along the streets");
            if (h.GetProperty("dwellingsFartherByStreet").GetInt32() is > 0 and var farther)
                row.Cells["reasons"].ShouldContain($"({farther} more that close as the crow flies, farther by street)");
        }
    }

    [Fact]
    public async Task The_pdf_holds_the_parking_pressure_the_cars_moved_and_the_hub_candidates_of_the_API_in_Dutch_and_English()
    {
        var parking = await JsonAsync($"/api/streets/{Wechelderzande}/parking");
        var hubs = await JsonAsync($"/api/streets/{Wechelderzande}/hubs");
        var nl = await PdfText.ExtractAsync(await BytesAsync($"/api/streets/{Wechelderzande}/report.pdf?lang=nl"), Ct);
        nl.ShouldContain("Parkeerdruk");
        var dutch = CultureInfo.GetCultureInfo("nl-NL");
        nl.ShouldContain($"Buurtparkeren verplaatst alleen de auto's boven de doelbezetting ({0.85.ToString("P0", dutch)}");
        // Each street's row: its name, spaces, night cars and occupancy as the API (the PDF prints them in that order).
        foreach (var s in parking.GetProperty("streets").EnumerateArray().Where(s => s.GetProperty("slot").GetString() == "night" && !s.GetProperty("street").GetString()!.Contains(' ')))
            nl.ShouldMatch($@"(?m)^\s*{s.GetProperty("street").GetString()}\s+{s.GetProperty("capacity").GetInt32()}\s+{s.GetProperty("countedCars").GetInt32()}\s+{s.GetProperty("pressure").GetDouble().ToString("P0", dutch)}\s+{(s.GetProperty("full").GetBoolean() ? "ja" : "nee")}\s");
        nl.ShouldContain($"Verplaatste auto's: {parking.GetProperty("carsMoved").GetInt32()}; gebruikte parkings: 2; straatplaatsen die groen kunnen worden: {parking.GetProperty("spacesFreed").GetInt32()}; ontharding (potentieel): 25 m²");
        foreach (var s in parking.GetProperty("streets").EnumerateArray().Where(s => s.GetProperty("slot").GetString() == "night"))
            nl.ShouldContain(s.GetProperty("street").GetString()!.Split(' ')[0]);
        nl.ShouldContain("Kandidaat-mobipunten (Hoppinpunten)");
        foreach (var h in hubs.GetProperty("candidates").EnumerateArray())
        {
            nl.ShouldContain(h.GetProperty("category").GetString() == "local" ? "lokaal Hoppinpunt" : "buurt-Hoppinpunt");
            // The reason is the last column; where it wraps, other columns may come between its lines.
            nl.ShouldMatch($@"{h.GetProperty("dwellings").GetInt32()}\s+woningen\s+binnen");
        }

        var en = await PdfText.ExtractAsync(await BytesAsync($"/api/streets/{Wechelderzande}/report.pdf?lang=en"), Ct);
        en.ShouldContain("Parking pressure");
        en.ShouldContain($"Cars moved: {parking.GetProperty("carsMoved").GetInt32()}; car parks used: 2;");
        en.ShouldContain("Mobility hub (Hoppinpunt) candidates");
        en.ShouldMatch($@"{hubs.GetProperty("candidates")[0].GetProperty("dwellings").GetInt32()}\s+dwellings\s+within");
    }

    [Fact]
    public async Task A_district_without_parking_counts_or_street_graph_says_so_in_the_pdf_and_the_workbook_instead_of_an_empty_table()
    {
        var parking = await JsonAsync($"/api/streets/{VoorburgOudNoord}/parking");
        parking.GetProperty("streets").GetArrayLength().ShouldBe(0);
        (await JsonAsync($"/api/streets/{VoorburgOudNoord}/hubs")).GetProperty("candidates").GetArrayLength().ShouldBe(0);

        var nl = await PdfText.ExtractAsync(await BytesAsync($"/api/streets/{VoorburgOudNoord}/report.pdf?lang=nl"), Ct);
        nl.ShouldContain("Voor deze wijk zijn geen parkeertellingen");
        nl.ShouldContain("Geen kandidaat-mobipunten");
        var en = await PdfText.ExtractAsync(await BytesAsync($"/api/streets/{VoorburgOudNoord}/report.pdf?lang=en"), Ct);
        en.ShouldContain("No parking counts (night) have been imported for this district");

        var (notes, hubNotes) = await WithWorkbookAsync($"/api/streets/{VoorburgOudNoord}/report.xlsx?lang=en",
            path => (XlsxTable.Read(path, "parking", out _), XlsxTable.Read(path, "hubs", out _)));
        notes.Single().Cells["note"].ShouldStartWith("No parking counts (night) have been imported");
        hubNotes.Single().Cells["note"].ShouldStartWith("No mobility hub candidates");
    }
}
