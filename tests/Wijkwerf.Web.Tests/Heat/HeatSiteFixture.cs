using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Buildings;
using Wijkwerf.Domain.Places;

namespace Wijkwerf.Web.Tests.Heat;

/// <summary>The test site's district model plus what the heat analysis must cope with: a house without floor area
/// (BAG pand without verblijfsobject), a shed without use, CBS gas use and tenure figures for the municipality (so
/// demand is calibrated), and the three OSM streets of <see cref="TestDistricts"/>, which share no node: a street graph
/// in three parts, so buildings along two of them cannot reach the heat source.</summary>
public sealed class HeatSiteFixture : IAsyncLifetime
{
    public const string NoFloorArea = "0518100000900001";
    public const string Shed = "0518100000900002";
    public TestSite Site { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await Site.PrepareAsync();
        await using var db = WijkwerfDbFactory.Create(new DatabaseLocation(Site.DatabasePath));
        var municipality = await db.Municipalities.SingleAsync(m => m.Code == TestSite.Municipality);
        municipality.StatisticsJson = """{"gem_aardgas":1100,"koopwoningen":60,"pct_huurcorporatie":30}""";
        var district = await db.Districts.SingleAsync(d => d.Code == TestSite.District);
        var source = await db.Buildings.Where(b => b.DistrictId == district.Id).Select(b => b.SourceId).FirstAsync();
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        foreach (var (id, dwellings, floor, use, x) in new[] { (NoFloorArea, 1, 0.0, "woonfunctie", 4.3575), (Shed, 0, 20.0, "overige gebruiksfunctie", 4.3585) })
        {
            var footprint = factory.CreatePolygon([new(x, 52.0712), new(x + 0.0001, 52.0712), new(x + 0.0001, 52.0713), new(x, 52.0713), new(x, 52.0712)]);
            var b = new Building
            {
                SourceId = source, ExternalId = id, Footprint = footprint, BuildYear = 1930, Status = "Pand in gebruik", Use = use,
                Dwellings = dwellings, Units = dwellings, FloorAreaM2 = floor, FootprintAreaM2 = 60, DistrictId = district.Id,
                DwellingType = dwellings > 0 ? DwellingType.Detached : null, CentroidLon = footprint.Centroid.X, CentroidLat = footprint.Centroid.Y,
            };
            b.SetExtent(footprint);
            db.Buildings.Add(b);
        }
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync() => Site.DisposeAsync();
}
