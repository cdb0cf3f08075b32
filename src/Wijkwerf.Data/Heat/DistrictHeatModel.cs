using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Wijkwerf.Data.Geo;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Buildings;
using Wijkwerf.Domain.Energy;
using Wijkwerf.Domain.Places;
using Wijkwerf.Engine.DistrictModel;
using Wijkwerf.Engine.Heat;
using Wijkwerf.Engine.Heat.Demand;
using Wijkwerf.Engine.Heat.Parameters;
using Wijkwerf.Engine.Heat.Phasing;

namespace Wijkwerf.Data.Heat;

/// <summary>A request the user can fix: an unknown district, a district without buildings, a source outside the district.</summary>
public sealed class DistrictHeatInputException(string message) : Exception(message);

/// <summary>Where a district's streets come from: the source's street graph (OSM) or estimated from addresses.</summary>
public enum StreetGraphKind { Osm, Estimated }

/// <summary>One street segment of a district's street graph, in metric coordinates.</summary>
internal sealed record GraphSegment(string Id, string Kind, string? Name, long FromNode, long ToNode, LineString Line, double LengthM, bool InDistrict);

/// <summary>Everything both district heat use cases need, loaded and computed once: buildings mapped to the heat engine,
/// calibrated demand, the street graph and each building's link to it.</summary>
internal sealed class DistrictHeatModel
{
    public required District District { get; init; }
    public required Country? Country { get; init; }
    public required GeometryProjector ToMetric { get; init; }
    public required GeometryProjector ToWgs84 { get; init; }
    public required Geometry BoundaryMetric { get; init; }
    public required Building[] Buildings { get; init; }
    public required Point[] CentroidsMetric { get; init; }
    public required HeatBuildingInput[] Inputs { get; init; }
    public required HeatDemandResult[] Demand { get; init; }
    public required bool[] BuildYearAssumed { get; init; }
    public required CalibrationSummary Calibration { get; init; }
    public required StreetGraphKind GraphKind { get; init; }
    public required GraphSegment[] Segments { get; init; }
    public required StreetLink[] Links { get; init; }
    public required HeatParameters Heat { get; init; }
    public required DistrictHeatParameters Parameters { get; init; }
    public required (TenureShares Shares, string Source) Tenure { get; init; }

    public bool IsResidential(int i) => Inputs[i].DwellingType is not null;

    public static async Task<DistrictHeatModel> LoadAsync(WijkwerfDb db, string districtCode, HeatParameters heat, DistrictHeatParameters parameters, CancellationToken ct)
    {
        var district = await db.Districts.AsNoTracking().Include(d => d.Municipality).FirstOrDefaultAsync(d => d.Code == districtCode, ct)
                       ?? throw new DistrictHeatInputException($"no district with code '{districtCode}' (list them with: wijkwerf districts)");
        var buildings = await db.Buildings.AsNoTracking().Where(b => b.DistrictId == district.Id).OrderBy(b => b.Id).ToArrayAsync(ct);
        if (buildings.Length == 0)
            throw new DistrictHeatInputException($"district '{districtCode}' ({district.Name}) has no buildings: import its buildings (BAG or OSM) first");

        var centre = district.Boundary.Centroid;
        var metric = Crs.MetricFor(centre.X, centre.Y);
        var toMetric = Crs.Between(Crs.Wgs84, metric);
        var toWgs84 = Crs.Between(metric, Crs.Wgs84);

        var inputs = new HeatBuildingInput[buildings.Length];
        var assumed = new bool[buildings.Length];
        for (var i = 0; i < buildings.Length; i++) (inputs[i], assumed[i]) = Map(buildings[i], parameters);
        var demand = new HeatDemandResult[buildings.Length];
        new HeatDemandModel(heat).Compute(inputs, demand);
        var calibration = await CalibrateAsync(db, district, inputs, demand, heat, ct);

        var footprints = buildings.Select(b => toMetric.Project(b.Footprint)).ToArray();
        var centroids = buildings.Select(b => (Point)toMetric.Project(new Point(b.CentroidLon, b.CentroidLat))).ToArray();
        var boundary = toMetric.Project(district.Boundary);
        var (kind, segments) = await StreetGraphAsync(db, district, boundary, toMetric, parameters, ct);
        var links = NearestStreetLinker.Link(segments.Select(s => s.Line).ToArray(), footprints, parameters.StreetLinkMaxDistanceM);

        return new DistrictHeatModel
        {
            District = district, Country = district.Municipality?.Country, ToMetric = toMetric, ToWgs84 = toWgs84, BoundaryMetric = boundary,
            Buildings = buildings, CentroidsMetric = centroids, Inputs = inputs, Demand = demand, BuildYearAssumed = assumed,
            Calibration = calibration, GraphKind = kind, Segments = segments, Links = links, Heat = heat, Parameters = parameters,
            Tenure = TenureOf(district),
        };
    }

    /// <summary>A building as the heat engine sees it. Residential when the district model gave it a dwelling type;
    /// otherwise its first non-residential BAG gebruiksdoel or OSM building tag gives the use; sheds, garages and
    /// buildings without any use stay without (the engine excludes them as <see cref="HeatExclusion.UnknownUse"/>).
    /// No build year → <see cref="DistrictHeatParameters.DefaultBuildYear"/>, flagged as assumed.</summary>
    internal static (HeatBuildingInput Input, bool BuildYearAssumed) Map(Building b, DistrictHeatParameters parameters)
    {
        // A building with dwellings but no derived type (district model not run on it) gets the classifier's own fallback.
        var type = b.Dwellings > 0
            ? b.DwellingType ?? (b.Dwellings >= DwellingTypeRules.Default.ApartmentMinDwellings ? DwellingType.Apartment : DwellingType.Detached)
            : (DwellingType?)null;
        var use = type is null ? UseOf(b.Use) : null;
        var assumed = b.BuildYear is null && (type is not null || use is not null);
        // Buildings without dwellings or use get the default year too, so the engine names what really excludes them (no use).
        var year = b.BuildYear ?? parameters.DefaultBuildYear;
        return (new HeatBuildingInput(type, year, null, b.FloorAreaM2, b.Dwellings, use), assumed);
    }

    /// <summary>BAG gebruiksdoelen (comma-separated) or an OSM building value → the engine's non-residential use.</summary>
    internal static NonResidentialUse? UseOf(string? use)
    {
        if (string.IsNullOrWhiteSpace(use)) return null;
        foreach (var part in use.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            NonResidentialUse? u = part.ToLowerInvariant() switch
            {
                "kantoorfunctie" or "office" or "commercial" or "government" => NonResidentialUse.Office,
                "winkelfunctie" or "retail" or "supermarket" or "kiosk" => NonResidentialUse.Retail,
                "onderwijsfunctie" or "school" or "kindergarten" or "university" or "college" => NonResidentialUse.Education,
                "gezondheidszorgfunctie" or "hospital" or "clinic" => NonResidentialUse.Health,
                "industriefunctie" or "industrial" or "warehouse" or "manufacture" => NonResidentialUse.Industry,
                "bijeenkomstfunctie" or "church" or "chapel" or "civic" or "public" or "community_centre" => NonResidentialUse.Assembly,
                "sportfunctie" or "sports_hall" or "sports_centre" => NonResidentialUse.Sport,
                "logiesfunctie" or "hotel" => NonResidentialUse.Lodging,
                "celfunctie" => NonResidentialUse.Other,
                _ => null, // woonfunctie (without dwellings), overige gebruiksfunctie, shed, garage, barn, yes ...: unheated or unknown
            };
            if (u is not null) return u;
        }
        return null;
    }

    /// <summary>Tenure shares of the district's dwellings: CBS <c>koopwoningen</c> and <c>pct_huurcorporatie</c> (%) of the
    /// buurt when it has them, else of its municipality (the 2022 buurt file has none), else the national or Flemish
    /// figure of <c>phasing.csv</c>. Private rental is the rest to 100 %.</summary>
    internal static (TenureShares Shares, string Source) TenureOf(District district)
    {
        var p = PhasingParameters.Default;
        if (district.Municipality?.Country == Domain.Places.Country.BE)
            return (p.TenureFlanders, "Flemish average (Woonsurvey 2018, phasing.csv): no tenure figure per district");
        foreach (var (json, level) in new[] { (district.StatisticsJson, $"buurt {district.Code}"), (district.Municipality?.StatisticsJson, $"municipality {district.Municipality?.Code}") })
        {
            var own = Number(json, "koopwoningen");
            var social = Number(json, "pct_huurcorporatie");
            if (own is >= 0 and <= 100 && social is >= 0 and <= 100 && own + social <= 100)
            {
                var shares = new TenureShares(own.Value / 100, social.Value / 100, (100 - own.Value - social.Value) / 100);
                return (shares, string.Create(CultureInfo.InvariantCulture,
                    $"CBS Kerncijfers wijken en buurten, {level}: {own:0} % owner-occupied, {social:0} % housing association, the rest private rental"));
            }
        }
        return (p.TenureNetherlands, "Dutch average (CBS 2022, phasing.csv): no tenure figure for the district or its municipality");
    }

    /// <summary>Calibrates the residential buildings' demand to measured gas: Fluvius residential gas (latest year) of the
    /// district's statistical sectors in Flanders, CBS average gas per dwelling of the municipality × dwellings in the
    /// Netherlands. Non-residential buildings keep their modelled demand.</summary>
    private static async Task<CalibrationSummary> CalibrateAsync(WijkwerfDb db, District district, HeatBuildingInput[] inputs,
        HeatDemandResult[] demand, HeatParameters heat, CancellationToken ct)
    {
        var group = new int[demand.Length];
        double dwellings = 0;
        for (var i = 0; i < demand.Length; i++)
        {
            var residential = demand[i].IsIncluded && inputs[i].DwellingType is not null;
            group[i] = residential ? 0 : -1;
            if (residential) dwellings += Math.Max(1, inputs[i].Dwellings);
        }
        double measured;
        string source;
        int? year = null;
        var country = district.Municipality?.Country;
        if (country == Domain.Places.Country.BE)
        {
            var rows = await db.MeasuredEnergyUses.AsNoTracking().Where(m => m.DistrictId == district.Id && m.GasResidentialKWh != null).ToListAsync(ct);
            if (rows.Count == 0) return CalibrationSummary.None("no Fluvius measurement linked to this district", dwellings, Modelled(demand, group));
            year = rows.Max(r => r.Year);
            var latest = rows.Where(r => r.Year == year).ToList();
            var gasKWh = latest.Sum(r => r.GasResidentialKWh ?? 0);
            var customers = latest.Sum(r => r.GasResidentialCustomers ?? 0);
            measured = HeatCalibration.GasKWhToUsefulHeatKWh(gasKWh, heat);
            source = string.Create(CultureInfo.InvariantCulture,
                $"Fluvius residential gas {year}, {latest.Count} statistical sectors ({string.Join(", ", latest.Select(r => r.SectorCode).Order())}): {gasKWh:0} kWh gas for {customers} customers × boiler efficiency");
            // Fluvius counts homes on gas only; the others (heating oil, wood, electricity) are assumed to use as much heat per home.
            if (customers > 0 && customers < dwellings)
            {
                measured *= dwellings / customers;
                source += string.Create(CultureInfo.InvariantCulture, $", scaled from {customers} gas customers to {dwellings:0} modelled dwellings (homes without gas assumed to use as much heat)");
            }
        }
        else if (country == Domain.Places.Country.NL)
        {
            var gasM3PerDwelling = Number(district.StatisticsJson, "gem_aardgas") ?? Number(district.Municipality?.StatisticsJson, "gem_aardgas");
            if (gasM3PerDwelling is null) return CalibrationSummary.None("no CBS gem_aardgas for the district or its municipality", dwellings, Modelled(demand, group));
            var level = Number(district.StatisticsJson, "gem_aardgas") is not null ? $"buurt {district.Code}" : $"municipality {district.Municipality!.Code}";
            measured = HeatCalibration.GasToUsefulHeatKWh(gasM3PerDwelling.Value * dwellings, heat);
            source = string.Create(CultureInfo.InvariantCulture,
                $"CBS Kerncijfers wijken en buurten, gem_aardgas of the {level}: {gasM3PerDwelling:0} m³ per dwelling × {dwellings:0} dwellings × calorific value × boiler efficiency");
        }
        else return CalibrationSummary.None("the district has no municipality, so no country and no measurement", dwellings, Modelled(demand, group));

        var result = HeatCalibration.CalibratePerGroup(demand, group, [measured])[0];
        return new CalibrationSummary(result.IsDefined, source, year, dwellings, result.MeasuredKWh / 1000, result.ModelledKWh / 1000,
            Modelled(demand, group) / 1000, result.Factor, result.ErrorBeforePercent, result.ErrorAfterPercent);
    }

    private static double Modelled(HeatDemandResult[] demand, int[] group)
    {
        double sum = 0;
        for (var i = 0; i < demand.Length; i++)
            if (group[i] == 0) sum += demand[i].TotalKWhPerYear;
        return sum;
    }

    private static double? Number(string? json, string name)
    {
        if (string.IsNullOrEmpty(json)) return null;
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
    }

    /// <summary>The source's street segments around the district when it has any (OSM), else streets estimated from
    /// the addresses around the district (BAG).</summary>
    private static async Task<(StreetGraphKind, GraphSegment[])> StreetGraphAsync(WijkwerfDb db, District d, Geometry boundary,
        GeometryProjector toMetric, DistrictHeatParameters parameters, CancellationToken ct)
    {
        var m = parameters.EstimatedStreetsMarginDeg;
        double minLon = d.MinLon - m, maxLon = d.MaxLon + m, minLat = d.MinLat - m, maxLat = d.MaxLat + m;
        var hasOwn = await db.StreetSegments.AnyAsync(s => s.DistrictId == d.Id, ct);
        if (hasOwn)
        {
            var rows = await db.StreetSegments.AsNoTracking()
                .Where(s => s.MaxLon >= minLon && s.MinLon <= maxLon && s.MaxLat >= minLat && s.MinLat <= maxLat)
                .OrderBy(s => s.Id).ToListAsync(ct);
            var segments = rows.Select(s =>
            {
                var line = (LineString)toMetric.Project(s.Centreline);
                return new GraphSegment(s.ExternalId, s.Kind, s.Name, s.FromNode, s.ToNode, line, line.Length, s.DistrictId == d.Id);
            }).ToArray();
            return (StreetGraphKind.Osm, segments);
        }

        var units = await db.Units.AsNoTracking()
            .Where(u => u.StreetCode != null && u.Lon >= minLon && u.Lon <= maxLon && u.Lat >= minLat && u.Lat <= maxLat)
            .Select(u => new { u.StreetCode, u.Street, u.Lon, u.Lat }).ToListAsync(ct);
        var streets = units.GroupBy(u => u.StreetCode!).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new StreetAddresses(g.Key, g.First().Street,
                g.Select(u => { var (x, y) = toMetric.Project(u.Lon, u.Lat); return new Coordinate(x, y); }).ToArray()))
            .ToArray();
        var edges = EstimatedStreetGraph.Build(streets);
        var factory = boundary.Factory;
        var located = new NetTopologySuite.Algorithm.Locate.IndexedPointInAreaLocator(boundary);
        var estimated = edges.Select(e =>
        {
            var line = factory.CreateLineString(e.Coordinates);
            var middle = line.Coordinates[line.NumPoints / 2];
            var inside = located.Locate(middle) != Location.Exterior;
            return new GraphSegment($"e{e.WayId}:{e.Index}:{e.FromNode}", e.Kind, e.Name, e.FromNode, e.ToNode, line, e.LengthM, inside);
        }).ToArray();
        return (StreetGraphKind.Estimated, estimated);
    }
}

/// <summary>How the residential demand was calibrated. <see cref="Applied"/> false: no measurement, factor 1.</summary>
/// <param name="MeasuredMWhPerYear">Measured useful heat the residential demand is scaled to.</param>
/// <param name="ModelledMWhPerYear">Residential demand before calibration.</param>
/// <param name="CalibratedMWhPerYear">Residential demand after calibration (equals the measured total when applied).</param>
public sealed record CalibrationSummary(
    bool Applied,
    string MeasuredSource,
    int? Year,
    double Dwellings,
    double MeasuredMWhPerYear,
    double ModelledMWhPerYear,
    double CalibratedMWhPerYear,
    double Factor,
    double ErrorBeforePercent,
    double ErrorAfterPercent)
{
    public static CalibrationSummary None(string why, double dwellings, double modelledKWh) =>
        new(false, why, null, dwellings, 0, modelledKWh / 1000, modelledKWh / 1000, 1, double.NaN, double.NaN);
}
