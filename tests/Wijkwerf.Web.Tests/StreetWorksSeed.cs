using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Streets;

namespace Wijkwerf.Web.Tests;

/// <summary>Street works in a test site's district: a sewer, a heat network that can move into the sewer's trench and
/// trees planted before both, on one street (the test district has no stored street graph, so the street name stands
/// for the segment, as in Voorburg).</summary>
public static class StreetWorksSeed
{
    public static async Task InsertAsync(string databasePath, string districtCode)
    {
        await using var db = WijkwerfDbFactory.Create(new DatabaseLocation(databasePath));
        if (await db.StreetWorks.AnyAsync(w => w.DistrictCode == districtCode)) return;
        var district = await db.Districts.SingleAsync(d => d.Code == districtCode);
        var at = district.Boundary.InteriorPoint;
        StreetWork Work(string reference, string kind, string start, string end, string earliest, string latest, double area) => new()
        {
            Reference = reference,
            Title = $"{kind} Dorpsstraat",
            Owner = kind == "trees" ? "Gemeente" : kind == "sewer" ? "Rioolbeheerder" : "Warmtebedrijf",
            Kind = kind,
            Geometry = at.Copy(),
            StreetName = "Dorpsstraat",
            DistrictCode = districtCode,
            MunicipalityId = district.MunicipalityId,
            Start = DateOnly.Parse(start),
            End = DateOnly.Parse(end),
            EarliestStart = DateOnly.Parse(earliest),
            LatestStart = DateOnly.Parse(latest),
            ExcavatedM2 = area,
            CostEur = 100_000,
            Source = "test",
            Trees = kind == "trees" ? 12 : 0,
        };
        db.StreetWorks.AddRange(
            Work("T-1", "sewer", "2027-03-01", "2027-08-31", "2027-01-04", "2027-06-01", 900),
            Work("T-2", "heat", "2028-04-03", "2028-09-29", "2027-02-01", "2028-10-02", 500),
            Work("T-3", "trees", "2026-10-05", "2026-11-30", "2026-10-05", "2028-12-01", 60));
        await db.SaveChangesAsync();
    }
}
