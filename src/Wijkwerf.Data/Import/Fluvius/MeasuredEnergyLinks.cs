using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Storage;

namespace Wijkwerf.Data.Import.Fluvius;

/// <summary>Links measured use to municipalities (by the NIS prefix of the sector code, which names the municipality at
/// the sector's creation: merged municipalities are not matched) and to districts (through the sector → district
/// links, see <see cref="Generic.SectorDistrictsCsvImporter"/>). Run after any import that changes either side.</summary>
public static class MeasuredEnergyLinks
{
    public static async Task RefreshAsync(WijkwerfDb db, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync(
            """
            UPDATE "MeasuredEnergyUses" SET
              "MunicipalityId" = (SELECT m."Id" FROM "Municipalities" m WHERE m."Code" = substr("MeasuredEnergyUses"."SectorCode", 1, 5)),
              "DistrictId" = (SELECT d."Id" FROM "SectorDistrictLinks" l JOIN "Districts" d ON d."Code" = l."DistrictCode"
                              WHERE l."SectorCode" = "MeasuredEnergyUses"."SectorCode" LIMIT 1)
            """, ct);
    }
}
