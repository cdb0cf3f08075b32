using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Wijkwerf.Data.Heat;
using Wijkwerf.Data.Storage;
using Wijkwerf.Engine.Heat;
using Wijkwerf.Engine.Heat.Network;
using Wijkwerf.Web.Features.Districts;

namespace Wijkwerf.Web.Features.Heat;

/// <summary>Heat analysis (demand, calibration, strategies S1–S5), street heat density and network design of one district.</summary>
public static class HeatApi
{
    /// <summary>Exact mode (MILP) never runs longer than this on a web request.</summary>
    public const double MaxExactSeconds = 60;

    /// <summary>camelCase like the rest of the API; NaN and infinities (no calibration, no connections) are written as null.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new FiniteDoubleConverter() } };

    public static IEndpointRouteBuilder MapHeatApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/districts/{code}/heat").WithTags("Heat");

        api.MapGet("", async (string code, string? scenario, WijkwerfDb db, CancellationToken ct) =>
        {
            if (!TryScenario(scenario, out var s)) return BadScenario(scenario);
            if (!await ExistsAsync(db, code, ct)) return UnknownDistrict(code);
            try { return Results.Json(await new DistrictHeatAnalysis(db).AnalyseAsync(code, s, ct), Json); }
            catch (DistrictHeatInputException e) { return CannotAnalyse(e); }
        });

        api.MapGet("/density", async (string code, string? scenario, WijkwerfDb db, CancellationToken ct) =>
        {
            if (!TryScenario(scenario, out var s)) return BadScenario(scenario);
            if (!await ExistsAsync(db, code, ct)) return UnknownDistrict(code);
            try
            {
                var r = await new DistrictHeatAnalysis(db).AnalyseAsync(code, s, ct);
                return Results.Text(await HeatGeoJson.DensityAsync(db, r, ct), DistrictsApi.GeoJson);
            }
            catch (DistrictHeatInputException e) { return CannotAnalyse(e); }
        });

        api.MapGet("/network", async (string code, bool? exact, double? timeLimit, string? scenario, WijkwerfDb db, CancellationToken ct) =>
        {
            if (!TryScenario(scenario, out var s)) return BadScenario(scenario);
            if (timeLimit is { } tl && !(tl > 0))
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad time limit", detail: "timeLimit must be a positive number of seconds (at most 60).");
            if (!await ExistsAsync(db, code, ct)) return UnknownDistrict(code);
            try
            {
                var problem = await new DistrictNetworkDesign(db).BuildProblemAsync(code, null, s, ct);
                var limit = Math.Min(timeLimit ?? 30, MaxExactSeconds);
                var answer = await HeatNetwork.DesignAsync(db, problem, exact == true, limit, ct);
                return Results.Json(answer, Json);
            }
            catch (DistrictHeatInputException e) { return CannotAnalyse(e); }
        });

        return app;
    }

    public static bool TryScenario(string? text, out PriceScenario scenario)
    {
        switch (text?.ToLowerInvariant())
        {
            case null or "" or "mid": scenario = PriceScenario.Mid; return true;
            case "low": scenario = PriceScenario.Low; return true;
            case "high": scenario = PriceScenario.High; return true;
            default: scenario = PriceScenario.Mid; return false;
        }
    }

    public static Task<bool> ExistsAsync(WijkwerfDb db, string code, CancellationToken ct) =>
        db.Districts.AsNoTracking().AnyAsync(d => d.Code == code, ct);

    private static IResult BadScenario(string? scenario) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad scenario",
            detail: $"scenario '{scenario}' is not one of low, mid, high.");

    private static IResult UnknownDistrict(string code) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown district",
            detail: $"No district has the code '{code}'.");

    private static IResult CannotAnalyse(DistrictHeatInputException e) =>
        Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Cannot analyse the district's heat", detail: e.Message);
}

/// <summary>Writes NaN and infinities as null (JSON has no such numbers).</summary>
public sealed class FiniteDoubleConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (double.IsFinite(value)) writer.WriteNumberValue(value);
        else writer.WriteNullValue();
    }
}

/// <summary>A designed network with what a map needs: connected building ids and positions, pipes as GeoJSON.</summary>
public sealed record HeatNetworkAnswer(
    NetworkSummary Summary,
    IReadOnlyList<string> ConnectedBuildings,
    JsonElement Pipes,
    JsonElement Buildings);

public sealed record NetworkSummary(
    string Mode,
    string Status,
    string StreetGraph,
    int ResidentialBuildings,
    int Candidates,
    int Connected,
    double TrenchM,
    IReadOnlyList<PipeLength> PipesByDn,
    double ObjectiveEurPerYear,
    double BoundEurPerYear,
    double Gap,
    double Seconds,
    double AllIndividualEurPerYear,
    double SavingEurPerYear,
    SourceOutcome Source,
    bool PipeGeometry,
    IReadOnlyList<string> Notes);

/// <summary>Runs the network designer once and reads the answer back with geometry. <see cref="DistrictNetworkDesign.Design"/>
/// gives the summary only (no pipe edges, no connected ids), so the designer is called here directly and the summary
/// is built the same way.</summary>
public static class HeatNetwork
{
    public static async Task<HeatNetworkAnswer> DesignAsync(WijkwerfDb db, DistrictNetworkProblem q, bool exact, double timeLimitSeconds, CancellationToken ct)
    {
        var design = q.Problem.Buildings.Length == 0
            ? new NetworkDesign(exact ? "exact" : "fast", "NoBuildings", [], [], q.AllIndividualEurPerYear, q.AllIndividualEurPerYear, 0, ["no building can reach the source"])
            : await Task.Run(() => exact ? NetworkDesigner.Exact(q.Problem, timeLimitSeconds, 0.01) : NetworkDesigner.Fast(q.Problem), ct);

        var connected = new List<string>();
        for (var i = 0; i < design.Connected.Length && i < q.Problem.Buildings.Length; i++)
            if (design.Connected[i]) connected.Add(q.Problem.Buildings[i].Id);

        var notes = design.Notes.ToList();
        if (q.UnreachableBuildings.Count > 0)
            notes.Add($"{q.UnreachableBuildings.Count} buildings stand along streets the graph does not connect to the source; they keep their individual alternative");
        if (q.UnlinkedBuildings.Count > 0)
            notes.Add($"{q.UnlinkedBuildings.Count} buildings have no street within reach");

        var lines = await HeatGeoJson.GraphLinesAsync(db, q, ct);
        if (lines is null) notes.Add("the street graph is estimated from addresses; pipe geometry is not available on the map, only the table");
        var pipes = HeatGeoJson.Pipes(design.Pipes, lines);
        var buildings = await HeatGeoJson.BuildingPointsAsync(db, q.DistrictCode, connected, ct);

        var summary = new NetworkSummary(design.Mode, design.Status, q.GraphKind, q.ResidentialBuildings, q.Problem.Buildings.Length,
            design.ConnectedCount, Math.Round(design.TrenchM, 1),
            design.Pipes.GroupBy(p => p.Dn).OrderBy(g => g.Key).Select(g => new PipeLength(g.Key, Math.Round(g.Sum(p => p.LengthM), 1), g.Count())).ToArray(),
            Math.Round(design.ObjectiveEurPerYear), Math.Round(design.BoundEurPerYear), Math.Round(design.Gap, 5), Math.Round(design.Seconds, 3),
            Math.Round(q.AllIndividualEurPerYear), Math.Round(q.AllIndividualEurPerYear - design.ObjectiveEurPerYear),
            new SourceOutcome(q.SourceLon, q.SourceLat, q.SourceSnapDistanceM, Math.Round(q.Problem.Source.CapacityKW)),
            lines is not null, notes);
        return new HeatNetworkAnswer(summary, connected, pipes, buildings);
    }
}

/// <summary>GeoJSON for the heat layers.</summary>
public static class HeatGeoJson
{
    /// <summary>Street segments of the density analysis with their geometry (OSM graph: the stored segments; an estimated
    /// graph has no stored geometry, its features have a null geometry).</summary>
    public static async Task<string> DensityAsync(WijkwerfDb db, DistrictHeatResult r, CancellationToken ct)
    {
        var ids = r.Streets.PerSegment.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var bounds = await db.Districts.AsNoTracking().Where(d => d.Code == r.DistrictCode)
            .Select(d => new { d.MinLon, d.MaxLon, d.MinLat, d.MaxLat }).FirstAsync(ct);
        var m = DistrictHeatParameters.Default.EstimatedStreetsMarginDeg;
        var geometry = new Dictionary<string, Geometry>(StringComparer.Ordinal);
        if (r.Streets.GraphKind == "osm")
        {
            var rows = await db.StreetSegments.AsNoTracking()
                .Where(s => s.MaxLon >= bounds.MinLon - m && s.MinLon <= bounds.MaxLon + m && s.MaxLat >= bounds.MinLat - m && s.MinLat <= bounds.MaxLat + m)
                .Select(s => new { s.ExternalId, s.Centreline }).ToListAsync(ct);
            foreach (var row in rows)
                if (ids.Contains(row.ExternalId)) geometry[row.ExternalId] = row.Centreline;
        }
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteString("streetGraph", r.Streets.GraphKind);
            w.WriteStartArray("features");
            foreach (var s in r.Streets.PerSegment)
            {
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WriteString("id", s.Id);
                w.WritePropertyName("geometry");
                if (geometry.TryGetValue(s.Id, out var line)) WriteLine(w, line.Coordinates);
                else w.WriteNullValue();
                w.WriteStartObject("properties");
                w.WriteString("id", s.Id);
                w.WriteString("name", s.Name);
                w.WriteString("kind", s.Kind);
                w.WriteNumber("lengthM", s.LengthM);
                w.WriteNumber("buildings", s.Buildings);
                w.WriteNumber("heatDemandMWhPerYear", s.HeatDemandMWhPerYear);
                w.WriteNumber("mwhPerMPerYear", s.MWhPerMPerYear);
                w.WriteString("band", s.Band);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The WGS84 line of each graph edge, in the order <see cref="DistrictNetworkDesign"/> numbers them (the
    /// stored segments around the district, by id), or null when the graph is estimated or the order cannot be matched.</summary>
    public static async Task<Geometry[]?> GraphLinesAsync(WijkwerfDb db, DistrictNetworkProblem q, CancellationToken ct)
    {
        if (q.GraphKind != "osm") return null;
        var d = await db.Districts.AsNoTracking().Where(x => x.Code == q.DistrictCode).Select(x => new { x.MinLon, x.MaxLon, x.MinLat, x.MaxLat }).FirstAsync(ct);
        var m = DistrictHeatParameters.Default.EstimatedStreetsMarginDeg;
        var lines = await db.StreetSegments.AsNoTracking()
            .Where(s => s.MaxLon >= d.MinLon - m && s.MinLon <= d.MaxLon + m && s.MaxLat >= d.MinLat - m && s.MinLat <= d.MaxLat + m)
            .OrderBy(s => s.Id).Select(s => s.Centreline).ToArrayAsync(ct);
        return lines.Length == q.Problem.Edges.Length ? lines : null;
    }

    public static JsonElement Pipes(IReadOnlyList<DesignedPipe> pipes, Geometry[]? lines)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteStartArray("features");
            foreach (var p in pipes)
            {
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WritePropertyName("geometry");
                if (lines is not null && p.Edge >= 0 && p.Edge < lines.Length) WriteLine(w, lines[p.Edge].Coordinates);
                else w.WriteNullValue();
                w.WriteStartObject("properties");
                w.WriteNumber("edge", p.Edge);
                w.WriteNumber("dn", p.Dn);
                w.WriteNumber("lengthM", Math.Round(p.LengthM, 1));
                w.WriteNumber("designPeakKW", Math.Round(p.DesignPeakKW, 1));
                w.WriteNumber("connections", p.Connections);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    public static async Task<JsonElement> BuildingPointsAsync(WijkwerfDb db, string districtCode, IReadOnlyList<string> ids, CancellationToken ct)
    {
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        var districtId = await db.Districts.AsNoTracking().Where(d => d.Code == districtCode).Select(d => d.Id).FirstAsync(ct);
        var rows = await db.Buildings.AsNoTracking().Where(b => b.DistrictId == districtId)
            .Select(b => new { b.ExternalId, b.CentroidLon, b.CentroidLat }).ToListAsync(ct);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteStartArray("features");
            foreach (var b in rows.Where(b => wanted.Contains(b.ExternalId)))
            {
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WriteStartObject("geometry");
                w.WriteString("type", "Point");
                w.WriteStartArray("coordinates");
                w.WriteNumberValue(Math.Round(b.CentroidLon, 7));
                w.WriteNumberValue(Math.Round(b.CentroidLat, 7));
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteStartObject("properties");
                w.WriteString("id", b.ExternalId);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    private static void WriteLine(Utf8JsonWriter w, Coordinate[] coordinates)
    {
        w.WriteStartObject();
        w.WriteString("type", "LineString");
        w.WriteStartArray("coordinates");
        foreach (var c in coordinates)
        {
            w.WriteStartArray();
            w.WriteNumberValue(Math.Round(c.X, 7));
            w.WriteNumberValue(Math.Round(c.Y, 7));
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
