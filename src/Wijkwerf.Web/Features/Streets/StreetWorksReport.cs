using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Reports;
using Wijkwerf.Data.Storage;
using Wijkwerf.Data.Streets;

namespace Wijkwerf.Web.Features.Streets;

/// <summary>The works, conflicts, dig-once plan, parking pressure and mobility hub candidates of a district once, for the
/// page, the API and the PDF/Excel exports (parking and hubs from <see cref="StreetMobility"/>, as
/// <c>/api/streets/{code}/parking|hubs</c>).</summary>
public sealed class StreetWorksReport(WijkwerfDb db)
{
    public sealed record Content(string Scope, IReadOnlyList<WorkRow> Works, ConflictsResult Conflicts, PlanResult Plan,
        IReadOnlyList<(string Kind, string Label, NetTopologySuite.Geometries.Geometry Geometry)> Geometries, IReadOnlyDictionary<string, string> StreetOf,
        ParkingResult? Parking, HubsResult? Hubs)
    {
        /// <summary>The night count per street, with what neighbourhood parking moves from it (null: nothing).</summary>
        public IEnumerable<(StreetPressureRow Count, NeighbourhoodParkingRow? Moved)> NightStreets =>
            (Parking?.Streets ?? []).Where(s => s.Slot == "night")
                .Select(s => (s, Parking!.NeighbourhoodParking.FirstOrDefault(n => n.Street == s.Street)));

        public bool HasNightCounts => Parking is not null && Parking.Streets.Any(s => s.Slot == "night");
    }

    /// <summary>The page's time limit for the plan: the sample districts solve to optimality far below it.</summary>
    public const double PlanSeconds = 5;

    public async Task<Content> BuildAsync(string scope, CancellationToken ct)
    {
        var analysis = new StreetWorksAnalysis(db);
        var (_, works) = await analysis.WorksAsync(scope, ct);
        var rows = await analysis.RowsAsync(works, ct);
        var conflicts = await analysis.ConflictsAsync(scope, ct);
        var plan = await analysis.PlanAsync(scope, null, PlanSeconds, ct);
        var geometries = works.Select(w => (w.Kind, $"{w.Reference} {w.Title} ({w.Start:yyyy-MM-dd} – {w.End:yyyy-MM-dd})", w.Geometry)).ToArray();
        var streetOf = works.ToDictionary(w => w.Reference, w => w.StreetName ?? "–");
        var mobility = new StreetMobility(db);
        var parking = await mobility.ParkingAsync(scope, ct);
        var hubs = await mobility.HubsAsync(scope, ct);
        return new Content(scope, rows, conflicts, plan, geometries, streetOf, parking, hubs);
    }

    private static string MovedTo(NeighbourhoodParkingRow? moved) =>
        moved is null ? "" : string.Join("; ", moved.To.Select(t => $"{t.CarPark}: {t.Cars} ({t.DistanceM:0} m)"));

    private static string HubReason(HubRow h, HubsResult hubs, StreetsTexts t) =>
        string.Format(t.Culture, t.HubReason, h.Dwellings, hubs.WalkM, h.ExistingSharedCarsAndChargingPoints,
            h.StopDistanceM is { } d ? string.Format(t.Culture, t.HubStopAt, d)
            : hubs.Stops > 0 ? string.Format(t.Culture, t.HubNoStopWithin, hubs.StopReachM) : t.HubNoStop,
            h.DwellingsFartherByStreet > 0 ? string.Format(t.Culture, t.HubFartherByStreet, h.DwellingsFartherByStreet) : "");

    /// <summary>The sheets; values are language-neutral keys (yes/no, local/neighbourhood) except the notes and the hub
    /// reasons, which follow <paramref name="t"/>.</summary>
    public static byte[] Xlsx(Content c, StreetsTexts t) => XlsxWriter.Write(
        new XlsxSheet("works", ["reference", "title", "owner", "kind", "surface", "status", "start", "end", "earliest_start", "latest_start", "planned_start", "category", "register_by", "excavated_m2", "cost_eur", "segments"],
            c.Works.Select(w => (IReadOnlyList<object?>)[w.Reference, w.Title, w.Owner, w.Kind, w.Surface, w.Status, w.Start.ToString("yyyy-MM-dd"), w.End.ToString("yyyy-MM-dd"),
                w.EarliestStart.ToString("yyyy-MM-dd"), w.LatestStart.ToString("yyyy-MM-dd"),
                c.Plan.PlannedStart.TryGetValue(w.Reference, out var p) ? p.ToString("yyyy-MM-dd") : null, w.GroundworkCategory, w.RegisterBy.ToString("yyyy-MM-dd"),
                w.ExcavatedM2, w.CostEur, string.Join(" ", w.Segments)])),
        new XlsxSheet("conflicts", ["severity", "rule", "work", "other", "days", "message"],
            c.Conflicts.Conflicts.Select(x => (IReadOnlyList<object?>)[x.Severity, x.Rule, x.Work, x.Other, x.Days, x.Message])),
        new XlsxSheet("plan", ["figure", "before", "after"],
        [
            ["openings", c.Plan.Before.Openings, c.Plan.After.Openings],
            ["reopened_m2", c.Plan.Before.ReopenedM2, c.Plan.After.ReopenedM2],
            ["nuisance_days", c.Plan.Before.NuisanceDays, c.Plan.After.NuisanceDays],
            ["saving_eur", null, c.Plan.SavingEur],
            ["status", c.Plan.Status, c.Plan.GapPercent],
        ]),
        new XlsxSheet("moves", ["work", "from", "to", "shift_days", "reason", "with", "message"],
            c.Plan.Moves.Select(m => (IReadOnlyList<object?>)[m.Work, m.From.ToString("yyyy-MM-dd"), m.To.ToString("yyyy-MM-dd"), m.ShiftDays, m.Reason, m.With, m.Message])
                .Concat(c.Plan.Holds.Select(h => (IReadOnlyList<object?>)[h.Work, null, null, 0, h.Reason, h.With, h.Message]))),
        c.HasNightCounts
            ? new XlsxSheet("parking", ["street", "capacity", "night_cars", "occupancy", "full", "cars_above_target", "cars_moved", "moved_to", "spaces_to_green", "green_m2", "occupancy_after"],
                c.NightStreets.Select(s => (IReadOnlyList<object?>)[s.Count.Street, s.Count.Capacity, s.Count.CountedCars, s.Count.Pressure, s.Count.Full ? "yes" : "no",
                    s.Moved?.CarsAboveTarget ?? 0, s.Moved?.CarsMoved ?? 0, MovedTo(s.Moved), s.Moved?.SpacesFreed ?? 0, s.Moved?.GreenM2 ?? 0,
                    s.Moved?.PressureAfter ?? s.Count.Pressure])
                    .Concat(c.Parking!.DistrictTotals.Where(d => d.Slot == "night").Select(d => (IReadOnlyList<object?>)["total", d.Capacity, d.CountedCars, d.Pressure,
                        d.Full ? "yes" : "no", null, c.Parking.CarsMoved, null, c.Parking.SpacesFreed, c.Parking.GreenM2, null])))
            : new XlsxSheet("parking", ["note"], [[t.NoParkingCounts]]),
        new XlsxSheet("car parks", ["car_park", "category", "free_at_night", "used_at_night", "lon", "lat"],
            (c.Parking?.CarParks ?? []).Select(p => (IReadOnlyList<object?>)[p.Name, p.Category, p.FreeAtNight, p.UsedAtNight, p.Lon, p.Lat])),
        c.Hubs is { Candidates.Count: > 0 } hubs
            ? new XlsxSheet("hubs", ["rank", "category", "near_street", "lon", "lat", "dwellings", "dwellings_farther_by_street", "inhabitants_estimate", "existing_shared_cars_and_charging_points", "stop_distance_m", "score", "reasons"],
                hubs.Candidates.Select(h => (IReadOnlyList<object?>)[h.Rank, h.Category, h.NearStreet, h.Lon, h.Lat, h.Dwellings, h.DwellingsFartherByStreet, h.InhabitantsEstimate,
                    h.ExistingSharedCarsAndChargingPoints, h.StopDistanceM, h.Score, HubReason(h, hubs, t)]))
            : new XlsxSheet("hubs", ["note"], [[string.Format(t.Culture, t.NoHubs, c.Hubs?.Intersections ?? 0, c.Hubs?.Stops ?? 0)]]));

    public static string Html(Content c, string title, StreetsTexts t)
    {
        var x = StreetsEditTexts.For(t.Language);
        static string E(string? s) => WebUtility.HtmlEncode(s ?? "");
        var sb = new StringBuilder();
        sb.Append($"<!doctype html><html><head><meta charset=\"utf-8\"><title>{E(title)}</title><style>body{{font-family:sans-serif;font-size:11px}}table{{border-collapse:collapse}}td,th{{border:1px solid #999;padding:2px 4px;text-align:left}}td.nw{{white-space:nowrap}}</style></head><body>");
        sb.Append($"<h1>{E(title)}</h1><h2>{E(t.PlanHeading)}</h2><table><tr><th></th><th>{E(t.Before)}</th><th>{E(t.After)}</th></tr>");
        sb.Append($"<tr><td>{E(t.Openings)}</td><td>{c.Plan.Before.Openings}</td><td>{c.Plan.After.Openings}</td></tr>");
        sb.Append($"<tr><td>{E(t.ReopenedM2)}</td><td>{c.Plan.Before.ReopenedM2:N0}</td><td>{c.Plan.After.ReopenedM2:N0}</td></tr>");
        sb.Append($"<tr><td>{E(t.NuisanceDays)}</td><td>{c.Plan.Before.NuisanceDays:N0}</td><td>{c.Plan.After.NuisanceDays:N0}</td></tr>");
        sb.Append($"<tr><td>{E(t.SavingEur)}</td><td></td><td>{c.Plan.SavingEur:N0}</td></tr></table><p>{E(t.PlanStatus)}: {E(c.Plan.Status)}</p>");
        sb.Append($"<h2>{E(t.Moves)}</h2><ul>");
        foreach (var m in c.Plan.Moves) sb.Append($"<li>{E(m.Message)}</li>");
        foreach (var h in c.Plan.Holds) sb.Append($"<li>{E(h.Message)}</li>");
        sb.Append($"</ul><h2>{E(t.ConflictsHeading)}</h2><ul>");
        foreach (var k in c.Conflicts.Conflicts) sb.Append($"<li>{E(k.Severity)} {E(k.Rule)}: {E(k.Message)}</li>");
        sb.Append($"</ul><h2>{E(t.WorksHeading)}</h2><table><tr><th>{E(t.ColReference)}</th><th>{E(t.ColTitle)}</th><th>{E(t.ColKind)}</th><th>{E(t.ColOwner)}</th><th>{E(t.ColStart)}</th><th>{E(t.ColEnd)}</th><th>{E(t.ColCategory)}</th><th>{E(t.ColRegisterBy)}</th></tr>");
        foreach (var w in c.Works)
            sb.Append($"<tr><td>{E(w.Reference)}</td><td>{E(w.Title)}</td><td>{E(t.Kind(w.Kind))}</td><td>{E(w.Owner)}</td><td>{w.Start:yyyy-MM-dd}</td><td>{w.End:yyyy-MM-dd}</td><td>{E(w.GroundworkCategory)}</td><td>{w.RegisterBy:yyyy-MM-dd}</td></tr>");
        sb.Append("</table>");
        string P(double share) => share.ToString("P0", t.Culture);
        sb.Append($"<h2>{E(x.ParkingHeading)}</h2>");
        if (!c.HasNightCounts) sb.Append($"<p>{E(t.NoParkingCounts)}</p>");
        else
        {
            var p = c.Parking!;
            sb.Append($"<p>{E(string.Format(t.Culture, x.ParkingIntro, p.FullShare, p.FullShareSource))} {E(string.Format(t.Culture, t.ParkingReportIntro, p.WalkM, p.FullShare))}</p>");
            sb.Append($"<table><tr><th>{E(x.ColStreet)}</th><th>{E(x.ColCapacity)}</th><th>{E(t.ColNightCars)}</th><th>{E(x.ColPressure)}</th><th>{E(t.ColFull)}</th><th>{E(t.ColAboveTarget)}</th><th>{E(x.ColMoved)}</th><th>{E(x.ColCarPark)}</th><th>{E(x.ColFreed)}</th><th>{E(x.ColAfter)}</th></tr>");
            foreach (var (n, m) in c.NightStreets)
                sb.Append($"<tr><td>{E(n.Street)}</td><td>{n.Capacity}</td><td>{n.CountedCars}</td><td>{P(n.Pressure)}</td><td>{E(n.Full ? t.Yes : t.No)}</td><td>{m?.CarsAboveTarget ?? 0}</td><td>{m?.CarsMoved ?? 0}</td><td>{E(MovedTo(m))}</td><td>{m?.SpacesFreed ?? 0}</td><td>{(m is null ? "" : P(m.PressureAfter))}</td></tr>");
            foreach (var d in p.DistrictTotals.Where(d => d.Slot == "night"))
                sb.Append($"<tr><td>{E(x.DistrictTotal)}</td><td>{d.Capacity}</td><td>{d.CountedCars}</td><td>{P(d.Pressure)}</td><td>{E(d.Full ? t.Yes : t.No)}</td><td></td><td>{p.CarsMoved}</td><td></td><td>{p.SpacesFreed}</td><td></td></tr>");
            sb.Append($"</table><p>{E(string.Format(t.Culture, x.NeighbourhoodTotal, p.CarsMoved, p.CarParks.Count(k => k.UsedAtNight > 0), p.SpacesFreed, p.GreenM2))}</p>");
        }
        if (c.Parking is { CarParks.Count: > 0 } parks)
        {
            sb.Append($"<table><tr><th>{E(x.ColCarPark)}</th><th>{E(x.ColFree)}</th><th>{E(x.ColUsed)}</th></tr>");
            foreach (var k in parks.CarParks) sb.Append($"<tr><td>{E(k.Name)}</td><td>{k.FreeAtNight}</td><td>{k.UsedAtNight}</td></tr>");
            sb.Append("</table>");
        }
        sb.Append($"<h2>{E(x.HubsHeading)}</h2>");
        if (c.Hubs is not { Candidates.Count: > 0 } hubs)
            sb.Append($"<p>{E(string.Format(t.Culture, t.NoHubs, c.Hubs?.Intersections ?? 0, c.Hubs?.Stops ?? 0))}</p>");
        else
        {
            sb.Append($"<p>{E(string.Format(t.Culture, x.HubsIntro, hubs.WalkM))}</p>");
            sb.Append($"<table><tr><th>{E(x.ColRank)}</th><th>{E(x.ColCategory)}</th><th>{E(x.ColNear)}</th><th>{E(x.ColDwellings)}</th><th>{E(x.ColInhabitants)}</th><th>{E(x.ColExisting)}</th><th>{E(x.ColStop)}</th><th>{E(x.ColScore)}</th><th>{E(t.ColReasons)}</th></tr>");
            foreach (var h in hubs.Candidates)
                sb.Append($"<tr><td>{h.Rank}</td><td class=\"nw\">{E(x.HubCategories.GetValueOrDefault(h.Category, h.Category))}</td><td>{E(h.NearStreet ?? "–")} ({h.Lat.ToString("0.#####", CultureInfo.InvariantCulture)}, {h.Lon.ToString("0.#####", CultureInfo.InvariantCulture)})</td><td>{h.Dwellings}</td><td>{(h.InhabitantsEstimate is { } i ? i.ToString("N0", t.Culture) : "–")}</td><td>{h.ExistingSharedCarsAndChargingPoints}</td><td>{(h.StopDistanceM is { } sd ? sd.ToString("N0", t.Culture) : "–")}</td><td>{h.Score.ToString("N0", t.Culture)}</td><td>{E(HubReason(h, hubs, t))}</td></tr>");
            sb.Append("</table>");
        }
        sb.Append("</body></html>");
        return sb.ToString();
    }

    public async Task<bool> ExistsAsync(string code, CancellationToken ct) => await db.Districts.AnyAsync(d => d.Code == code, ct);
}
