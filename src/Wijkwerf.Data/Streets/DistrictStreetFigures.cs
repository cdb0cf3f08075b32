using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Storage;
using Wijkwerf.Engine.Lekp;
using Wijkwerf.Engine.Streets;

namespace Wijkwerf.Data.Streets;

/// <summary>One street-programme figure of a district against its LEKP target: <see cref="Required"/> from the district's
/// inhabitants (null when unknown), <see cref="Realised"/> from finished street works (and, for charging points, shared
/// cars and mobipunten, the imported existing points), <see cref="Planned"/> from the other works. <see cref="Potential"/>:
/// not planned, what the district could add (unsealing and buffering from neighbourhood parking, mobipunt candidates);
/// never counted as realised.</summary>
public sealed record StreetTargetRow(string Key, string NameEn, string NameNl, string Unit, double? Required, double Realised, double Planned, double? Potential = null);

/// <summary>Parking in the district block: pressure at night and by day (null: not counted), streets counted and full at
/// night (residents' demand), and what neighbourhood parking could free.</summary>
public sealed record DistrictParkingFigures(double FullShare, double? NightPressure, double? DayPressure, int StreetsCounted, int FullStreets,
    int CarParks, int SpacesFreed, double GreenM2, int HubCandidates);

/// <summary>The district page's streets block: unsealing, rainwater and charging points from the works register against
/// the LEKP norms, and the unsealing potential of the street graph (parking strips of the default profiles).</summary>
public sealed record DistrictStreetFigures(string Code, int? Inhabitants, string PactVersion, int Works, double StreetLengthM,
    double ParkingStripM2, double UnsealablePotentialM2, double BufferPotentialM3, IReadOnlyList<StreetTargetRow> Targets, DistrictParkingFigures? Parking = null);

public static class DistrictStreets
{
    private sealed record Amounts(string Status, double UnsealedM2, double RainwaterM3, int Trees, int ChargingPoints);

    private static readonly string[] Keys = ["ontharding", "regenwater", "bomen", "laadpuntequivalenten", "laadpunten", "mobipunten", "deelwagens"];

    public static async Task<DistrictStreetFigures?> ForAsync(WijkwerfDb db, string code, StreetRules? rules = null, CancellationToken ct = default)
    {
        rules ??= StreetRules.Default;
        var d = await db.Districts.AsNoTracking().Where(x => x.Code == code)
            .Select(x => new { x.Id, x.Code, x.Inhabitants, Pact = x.Municipality != null ? x.Municipality.PactVersion : null }).FirstOrDefaultAsync(ct);
        if (d is null) return null;
        var pact = d.Pact ?? "2.0";
        var contributions = (await db.StreetWorks.AsNoTracking().Where(w => w.DistrictCode == code)
            .Select(w => new Amounts(w.Status, w.UnsealedM2, w.RainwaterM3, w.Trees, w.ChargingPoints)).ToListAsync(ct));
        double Sum(Func<Amounts, double> f, bool finished) => contributions.Where(w => (w.Status == "finished") == finished).Sum(f);
        var segments = await db.StreetSegments.AsNoTracking().Where(s => s.DistrictId == d.Id).Select(s => new { s.Kind, s.LengthM }).ToListAsync(ct);
        var parkingM2 = segments.Sum(s => s.LengthM * rules.ProfileFor(s.Kind).Strips.Where(x => x.Kind == StripKind.Parking).Sum(x => x.WidthM));
        var unsealable = parkingM2 * rules["unsealable_parking_share"];
        var mobility = new StreetMobility(db, rules);
        var parking = await mobility.ParkingAsync(code, ct);
        var hubs = await mobility.HubsAsync(code, ct);
        var points = await db.MobilityPoints.AsNoTracking().Where(p => p.DistrictCode == code).GroupBy(p => p.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count(), Capacity = g.Sum(p => p.Capacity) }).ToListAsync(ct);
        int Points(string kind, bool capacity) => points.Where(p => p.Kind == kind).Select(p => capacity ? p.Capacity : p.Count).FirstOrDefault();
        var greenM2 = parking?.GreenM2 ?? 0;
        var rows = LekpTargetTable.Default.For(pact).Where(t => Keys.Contains(t.Key)).Select(t =>
        {
            (double Realised, double Planned, double? Potential) figures = t.Key switch
            {
                "ontharding" => (Sum(w => w.UnsealedM2, true), Sum(w => w.UnsealedM2, false), greenM2 > 0 ? greenM2 : (double?)null),
                "regenwater" => (Sum(w => w.RainwaterM3, true), Sum(w => w.RainwaterM3, false), greenM2 > 0 ? Math.Round(greenM2 * rules["unseal_runoff_m3_per_m2"], 1) : null),
                "bomen" => (Sum(w => w.Trees, true), Sum(w => w.Trees, false), null),
                "laadpuntequivalenten" or "laadpunten" => (Sum(w => w.ChargingPoints, true) + Points("charging", true), Sum(w => w.ChargingPoints, false), null),
                "deelwagens" => (Points("shared_car", true), 0, null),
                "mobipunten" => (Points("hub", false), 0, hubs is { Candidates.Count: > 0 } ? hubs.Candidates.Count : null),
                _ => (0, 0, (double?)null),
            };
            return new StreetTargetRow(t.Key, t.DescriptionEn, t.DescriptionNl, t.Unit, TargetCalculator.Required(t, d.Inhabitants, null),
                figures.Realised, figures.Planned, figures.Potential);
        }).ToArray();
        return new DistrictStreetFigures(d.Code, d.Inhabitants, pact, contributions.Count, Math.Round(segments.Sum(s => s.LengthM)),
            Math.Round(parkingM2), Math.Round(unsealable), Math.Round(unsealable * rules["unseal_runoff_m3_per_m2"]), rows,
            parking is null ? null : new DistrictParkingFigures(parking.FullShare,
                parking.DistrictTotals.FirstOrDefault(r => r.Slot == "night")?.Pressure, parking.DistrictTotals.FirstOrDefault(r => r.Slot == "day")?.Pressure,
                parking.Streets.Select(r => r.Street).Distinct().Count(), parking.Streets.Count(r => r.Full && r.Slot == "night"),
                parking.CarParks.Count, parking.SpacesFreed, parking.GreenM2, hubs?.Candidates.Count ?? 0));
    }
}
