using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Buildings;
using Wijkwerf.Domain.Energy;
using Wijkwerf.Domain.Places;
using Wijkwerf.Domain.Sources;
using Wijkwerf.Domain.Streets;

namespace Wijkwerf.Web.Tests;

/// <summary>The web app on a fresh temporary SQLite file, pilot seeding off, with a small real-looking district model
/// inserted directly (no importer involved): municipality GM1916 Leidschendam-Voorburg with two CBS buurten.</summary>
public class TestSite : WebApplicationFactory<Program>
{
    public const string Municipality = "GM1916";
    public const string District = "BU19160500";
    public const string OtherDistrict = "BU19160501";
    public const string BagAttribution = "Bron: Kadaster, BAG";
    public const string CbsAttribution = "Bron: CBS, Wijk- en buurtkaart 2022";
    public const string FlemishMunicipality = "13019";
    public const string FlemishDistrict = "13019W04";
    public const string FluviusAttribution = "Bron: Fluvius, open data energieverbruik";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "wijkwerf-web-tests", Guid.NewGuid().ToString("N"));
    public string DatabasePath => Path.Combine(folder, "wijkwerf.db");
    protected virtual int BuildingCount => 60;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Wijkwerf:Database", DatabasePath);
        builder.UseSetting("Wijkwerf:Seed", "false");
        builder.UseSetting("Wijkwerf:Uploads", Path.Combine(folder, "uploads"));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    private bool prepared;
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Starts the app (which migrates) and inserts the test district model once.</summary>
    public async Task PrepareAsync()
    {
        await gate.WaitAsync();
        try
        {
            if (prepared) return;
            _ = Services; // starts the host: migrations and roles
            await using var db = WijkwerfDbFactory.Create(new DatabaseLocation(DatabasePath));
            TestDistricts.Insert(db, BuildingCount);
            await db.SaveChangesAsync();
            prepared = true;
        }
        finally { gate.Release(); }
    }

    /// <summary>Creates a user with a fresh random password (there is no default account) in the given role.</summary>
    public async Task<(string Email, string Password)> CreateUserAsync(string role, int? municipalityId = null)
    {
        var email = $"{role}-{Guid.NewGuid():N}@example.org";
        var password = "T3st!" + Guid.NewGuid().ToString("N");
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WijkwerfUser>>();
        var user = new WijkwerfUser { UserName = email, Email = email, EmailConfirmed = true, MunicipalityId = municipalityId };
        (await users.CreateAsync(user, password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
        return (email, password);
    }

    /// <summary>A client logged in through the real login form as a new user in the given role.</summary>
    public async Task<HttpClient> LoggedInClientAsync(string role, int? municipalityId = null)
    {
        var (email, password) = await CreateUserAsync(role, municipalityId);
        return await LoggedInClientAsync(email, password);
    }

    /// <summary>A client logged in through the real login form as an existing user.</summary>
    public async Task<HttpClient> LoggedInClientAsync(string email, string password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/account/login");
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        token.ShouldNotBeEmpty();
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, "login should redirect on success");
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}

/// <summary>A small district model around the Voorburg station area, shaped like what the importers produce.</summary>
public static class TestDistricts
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    public static void Insert(WijkwerfDb db, int buildings)
    {
        var bag = new ImportSource { Kind = SourceKind.BagGeoPackage, Name = "bag-voorburg.gpkg", Sha256 = new string('a', 64), Features = buildings, Attribution = TestSite.BagAttribution, ImportedAt = DateTimeOffset.UtcNow };
        var cbs = new ImportSource { Kind = SourceKind.CbsBuurtenGeoPackage, Name = "cbs-buurten-2022.gpkg", Sha256 = new string('b', 64), Features = 2, Attribution = TestSite.CbsAttribution, ImportedAt = DateTimeOffset.UtcNow };
        var osm = new ImportSource { Kind = SourceKind.OpenStreetMap, Name = "voorburg.osm.pbf", Sha256 = new string('c', 64), Features = 3, Attribution = "© OpenStreetMap contributors", ImportedAt = DateTimeOffset.UtcNow };
        db.Sources.AddRange(bag, cbs, osm);
        db.SaveChanges();

        var municipality = new Municipality { Code = TestSite.Municipality, Name = "Leidschendam-Voorburg", Country = Country.NL, Inhabitants = 77_000, Households = 35_000, SourceId = cbs.Id };
        db.Municipalities.Add(municipality);
        db.SaveChanges();

        // Two neighbouring buurten of 0.006° × 0.004° (about 410 m × 445 m).
        const double lon0 = 4.355, lat0 = 52.068;
        var district = NewDistrict(TestSite.District, "Voorburg Oud", lon0, lat0, municipality.Id, cbs.Id, 2_450, 1_180);
        var other = NewDistrict(TestSite.OtherDistrict, "Park Leeuwenbergh", lon0 + 0.006, lat0, municipality.Id, cbs.Id, 1_830, 910);
        db.Districts.AddRange(district, other);
        db.SaveChanges();

        var types = Enum.GetValues<DwellingType>();
        int[] years = [1910, 1932, 1955, 1968, 1983, 1999, 2008, 2019];
        var columns = (int)Math.Ceiling(Math.Sqrt(buildings));
        var step = 0.0055 / columns;
        for (var i = 0; i < buildings; i++)
        {
            var x = lon0 + 0.00025 + (i % columns) * step;
            var y = lat0 + 0.00025 + (i / columns) * step * 0.7;
            var footprint = Box(x, y, x + step * 0.8, y + step * 0.5);
            var type = types[i % types.Length];
            var b = new Building
            {
                SourceId = bag.Id,
                ExternalId = $"0518100000{i:D6}",
                Footprint = footprint,
                BuildYear = i % 11 == 10 ? null : years[i % years.Length],
                Status = "Pand in gebruik",
                Use = "woonfunctie",
                Dwellings = type == DwellingType.Apartment ? 12 : 1,
                Units = type == DwellingType.Apartment ? 13 : 1,
                FloorAreaM2 = type == DwellingType.Apartment ? 960 : 120,
                FootprintAreaM2 = 80,
                Address = $"Herenstraat {i + 1}, Voorburg",
                DistrictId = district.Id,
                DwellingType = type,
                CentroidLon = footprint.Centroid.X,
                CentroidLat = footprint.Centroid.Y,
                ConnectionLengthM = 6 + i % 9,
            };
            b.SetExtent(footprint);
            db.Buildings.Add(b);
        }

        // A Flemish wijk with measured use (Fluvius), so the district page shows its energy table.
        var statbel = new ImportSource { Kind = SourceKind.StatbelWijkenGeoPackage, Name = "statbel-wijken.gpkg", Sha256 = new string('d', 64), Features = 1, Attribution = "Bron: Statbel", ImportedAt = DateTimeOffset.UtcNow };
        var fluvius = new ImportSource { Kind = SourceKind.FluviusCsv, Name = "fluvius-2021.csv", Sha256 = new string('e', 64), Features = 2, Attribution = TestSite.FluviusAttribution, ImportedAt = DateTimeOffset.UtcNow };
        db.Sources.AddRange(statbel, fluvius);
        db.SaveChanges();
        var lille = new Municipality { Code = TestSite.FlemishMunicipality, Name = "Lille", Country = Country.BE, Inhabitants = 16_700, SourceId = statbel.Id };
        db.Municipalities.Add(lille);
        db.SaveChanges();
        var wechelderzande = NewDistrict(TestSite.FlemishDistrict, "Wechelderzande", 4.80, 51.26, lille.Id, statbel.Id, 3_100, 1_290);
        db.Districts.Add(wechelderzande);
        db.SaveChanges();
        foreach (var year in new[] { 2020, 2021 })
        {
            db.MeasuredEnergyUses.Add(new MeasuredEnergyUse
            {
                SourceId = fluvius.Id, SectorCode = "13019B00-", Year = year, DistrictId = wechelderzande.Id, MunicipalityId = lille.Id,
                GasResidentialKWh = 14_500_000 - year, ElectricityResidentialKWh = 4_200_000, GasResidentialCustomers = 880, ElectricityResidentialCustomers = 1_260,
            });
        }

        long node = 1;
        foreach (var (name, from, to) in new[]
                 {
                     ("Herenstraat", new Coordinate(lon0, lat0 + 0.002), new Coordinate(lon0 + 0.006, lat0 + 0.002)),
                     ("Oosteinde", new Coordinate(lon0 + 0.003, lat0), new Coordinate(lon0 + 0.003, lat0 + 0.004)),
                     ("Kerkstraat", new Coordinate(lon0 + 0.001, lat0 + 0.001), new Coordinate(lon0 + 0.005, lat0 + 0.001)),
                 })
        {
            var line = Wgs84.CreateLineString([from, to]);
            var s = new StreetSegment
            {
                SourceId = osm.Id,
                ExternalId = $"w{4200 + node}:0",
                Name = name,
                Kind = "residential",
                FromNode = node,
                ToNode = node + 100,
                Centreline = line,
                LengthM = 400,
                DistrictId = district.Id,
            };
            s.SetExtent(line);
            db.StreetSegments.Add(s);
            node++;
        }
    }

    private static District NewDistrict(string code, string name, double lon, double lat, int municipalityId, int sourceId, int inhabitants, int households)
    {
        var boundary = Box(lon, lat, lon + 0.006, lat + 0.004);
        var d = new District
        {
            Code = code,
            Name = name,
            MunicipalityId = municipalityId,
            Boundary = boundary,
            AreaHa = 18.2,
            Inhabitants = inhabitants,
            Households = households,
            SourceId = sourceId,
            StatisticsJson = """{"WOZ":412,"GemiddeldAardgasverbruik":1230}""",
        };
        d.SetExtent(boundary);
        return d;
    }

    private static Polygon Box(double x0, double y0, double x1, double y1) =>
        Wgs84.CreatePolygon([new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1), new(x0, y0)]);
}
