using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.OneStopShop;
using Wijkwerf.Data.Storage;

namespace Wijkwerf.Web.Tests;

/// <summary>The web app on the real Voorburg / Den Haag district model (CBS + BAG imported), so the one-stop shop runs
/// on real addresses of two municipalities.</summary>
public class VoorburgSite : TestSite
{
    public const string Voorburg = "GM1916";
    public const string DenHaag = "GM0518";
    public const string VoorburgOudNoord = "BU19161300";

    public int VoorburgId { get; private set; }
    public int DenHaagId { get; private set; }

    public async Task ImportAsync()
    {
        _ = Services;
        await using var db = WijkwerfDbFactory.Create(new DatabaseLocation(DatabasePath));
        var import = new ImportService(db);
        foreach (var file in new[] { "nl-gemeenten/gemeenten-kwb-2022.geojson", "nl-voorburg/cbs-buurten-2022.gpkg", "nl-voorburg/bag-voorburg.gpkg" })
            await import.ImportAsync(SharedData.File(file));
        VoorburgId = await db.Municipalities.Where(m => m.Code == Voorburg).Select(m => m.Id).SingleAsync();
        DenHaagId = await db.Municipalities.Where(m => m.Code == DenHaag).Select(m => m.Id).SingleAsync();
    }

    /// <summary>Dwelling addresses of the street with the most dwellings in Voorburg Oud noord.</summary>
    public async Task<IReadOnlyList<AddressRow>> LongestStreetAsync()
    {
        await using var db = WijkwerfDbFactory.Create(new DatabaseLocation(DatabasePath));
        var rows = await Addresses.Of(db, VoorburgId).Where(a => a.DistrictCode == VoorburgOudNoord && a.StreetCode != null && a.Postcode != null).ToListAsync();
        return rows.GroupBy(a => a.StreetCode).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().OrderBy(a => a.UnitId).ToList();
    }
}
