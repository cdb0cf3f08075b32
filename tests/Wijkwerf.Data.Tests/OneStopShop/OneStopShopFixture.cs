using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.OneStopShop;
using Wijkwerf.Data.Storage;
using Wijkwerf.Data.Tests.Import;

namespace Wijkwerf.Data.Tests.OneStopShop;

/// <summary>The real Voorburg / Den Haag district model (CBS municipalities and buurten, BAG buildings and addresses)
/// imported once; each test gets its own copy of the file. Two municipalities: Leidschendam-Voorburg (GM1916) and
/// 's-Gravenhage (GM0518), so tenant isolation is tested on real addresses.</summary>
public sealed class OneStopShopFixture() : TemplateDatabaseFixture(
    "nl-gemeenten/gemeenten-kwb-2022.geojson", "nl-voorburg/cbs-buurten-2022.gpkg", "nl-voorburg/bag-voorburg.gpkg")
{
    public const string Voorburg = "GM1916";
    public const string DenHaag = "GM0518";
    public const string VoorburgOudNoord = "BU19161300";

    public static async Task<Staff> StaffOfAsync(WijkwerfDb db, string municipalityCode) =>
        new(await db.Municipalities.Where(m => m.Code == municipalityCode).Select(m => m.Id).SingleAsync(), $"staff-{municipalityCode}");

    /// <summary>The dwelling addresses of the street with the most dwellings in a district, in house-number order.</summary>
    public static async Task<IReadOnlyList<AddressRow>> LongestStreetAsync(WijkwerfDb db, Staff staff, string district)
    {
        var rows = await Addresses.Of(db, staff.MunicipalityId).Where(a => a.DistrictCode == district && a.StreetCode != null).ToListAsync();
        return rows.GroupBy(a => a.StreetCode).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First()
            .OrderBy(a => a.Postcode).ThenBy(a => Engine.OneStopShop.CollectiveGrouping.HouseNumberOrder(a.HouseNumber)).ThenBy(a => a.UnitId).ToList();
    }
}
