using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Wijkwerf.Data.Heat;
using Wijkwerf.Data.Storage;
using Wijkwerf.Engine.Heat;
using Wijkwerf.Engine.Heat.Network;
using Wijkwerf.Engine.Heat.Phasing;
using Wijkwerf.Web.Features.Districts;

namespace Wijkwerf.Web.Features.Heat;

/// <summary>Heat analysis (demand, calibration, strategies S1–S5), map layers, network design, phasing and reports of one district.</summary>
public static class HeatApi
{
    /// <summary>Exact mode (MILP) never runs longer than this on a web request.</summary>
    public const double MaxExactSeconds = 60;

    /// <summary>camelCase like the rest of the API, enums as names; NaN and infinities (no calibration, no connections) are written as null.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new FiniteDoubleConverter(), new JsonStringEnumConverter() },
    };

    public static IServiceCollection AddHeat(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<HeatLayersCache>();
        return services;
    }

    public static IEndpointRouteBuilder MapHeatApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/districts/{code}/heat").WithTags("Heat");

        api.MapGet("", (string code, string? scenario, HttpContext http, CancellationToken ct) =>
            WithLayersAsync(http, code, scenario, ct, layers => Results.Json(layers.Result, Json)));

        api.MapGet("/buildings", (string code, string? scenario, HttpContext http, CancellationToken ct) =>
            WithLayersAsync(http, code, scenario, ct, layers => Results.Text(HeatGeoJson.Buildings(layers), DistrictsApi.GeoJson)));

        api.MapGet("/density", (string code, string? scenario, HttpContext http, CancellationToken ct) =>
            WithLayersAsync(http, code, scenario, ct, layers => Results.Text(HeatGeoJson.Density(layers), DistrictsApi.GeoJson)));

        api.MapGet("/network", (string code, bool? exact, double? timeLimit, string? source, string? scenario, HttpContext http, CancellationToken ct) =>
        {
            if (timeLimit is { } tl && !(tl > 0))
                return Task.FromResult(BadRequest("Bad time limit", "timeLimit must be a positive number of seconds (at most 60)."));
            if (!HeatQuery.TrySource(source, out var at))
                return Task.FromResult(BadRequest("Bad source", $"source '{source}' is not lon,lat in degrees, e.g. 4.3845,52.0750."));
            return WithLayersAsync(http, code, scenario, ct, async layers =>
            {
                var problem = DistrictNetworkDesign.BuildProblem(layers, at, ScenarioOf(layers));
                var answer = await HeatNetwork.DesignAsync(layers, problem, exact == true, Math.Min(timeLimit ?? 30, MaxExactSeconds), ct);
                return Results.Json(answer, Json);
            });
        });

        api.MapGet("/phasing", (string code, string? scenario, HttpContext http, CancellationToken ct) =>
        {
            if (!HeatQuery.TryPhasing(http.Request.Query, out var options, out var error)) return Task.FromResult(BadRequest("Bad phasing parameter", error!));
            return WithLayersAsync(http, code, scenario, ct, layers => Results.Json(DistrictHeatPhasing.Run(layers, options!), Json));
        });

        api.MapGet("/report.xlsx", (string code, string? scenario, HttpContext http, CancellationToken ct) =>
        {
            if (!HeatQuery.TryPhasing(http.Request.Query, out var options, out var error)) return Task.FromResult(BadRequest("Bad phasing parameter", error!));
            return WithLayersAsync(http, code, scenario, ct, async layers =>
            {
                var report = await ReportDataAsync(http, layers, options!, ct);
                return Results.File(HeatReport.Xlsx(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"wijkwerf-heat-{layers.Result.DistrictCode}.xlsx");
            });
        });

        api.MapGet("/report.pdf", (string code, string? scenario, HttpContext http, CancellationToken ct) =>
        {
            if (!HeatQuery.TryPhasing(http.Request.Query, out var options, out var error)) return Task.FromResult(BadRequest("Bad phasing parameter", error!));
            var texts = http.RequestServices.GetRequiredService<Localization.Language>();
            return WithLayersAsync(http, code, scenario, ct, async layers =>
            {
                var report = await ReportDataAsync(http, layers, options!, ct);
                var html = HeatReport.Html(report, texts.T, texts.Culture);
                try
                {
                    var pdf = await Wijkwerf.Data.Reports.ChromiumPdf.PrintAsync(html, ct);
                    return Results.File(pdf, "application/pdf", $"wijkwerf-heat-{layers.Result.DistrictCode}.pdf");
                }
                catch (InvalidOperationException e)
                {
                    return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF not available", detail: e.Message);
                }
            });
        });

        // The self-contained report page the PDF is printed from (also useful to read or print from the browser).
        api.MapGet("/report.html", (string code, string? scenario, HttpContext http, CancellationToken ct) =>
        {
            if (!HeatQuery.TryPhasing(http.Request.Query, out var options, out var error)) return Task.FromResult(BadRequest("Bad phasing parameter", error!));
            var texts = http.RequestServices.GetRequiredService<Localization.Language>();
            return WithLayersAsync(http, code, scenario, ct, async layers =>
            {
                var report = await ReportDataAsync(http, layers, options!, ct);
                return Results.Content(HeatReport.Html(report, texts.T, texts.Culture), "text/html; charset=utf-8");
            });
        });

        return app;
    }

    private static async Task<HeatReportData> ReportDataAsync(HttpContext http, DistrictHeatLayers layers, PhasingOptions options, CancellationToken ct)
    {
        var figures = await http.RequestServices.GetRequiredService<Wijkwerf.Data.Districts.DistrictQueries>().DistrictAsync(layers.Result.DistrictCode, ct);
        return await HeatReportData.CreateAsync(layers, options, figures?.Attributions ?? [], ct);
    }

    private static PriceScenario ScenarioOf(DistrictHeatLayers layers) => Enum.Parse<PriceScenario>(layers.Result.Scenario);

    private static Task<IResult> WithLayersAsync(HttpContext http, string code, string? scenario, CancellationToken ct, Func<DistrictHeatLayers, IResult> answer) =>
        WithLayersAsync(http, code, scenario, ct, layers => Task.FromResult(answer(layers)));

    /// <summary>Scenario check, unknown district (404), the cached analysis, and the answer; a request the user can fix
    /// (no buildings, no streets, source outside the district: 422; a phasing parameter out of range: 400) is a problem+json with the reason.</summary>
    private static async Task<IResult> WithLayersAsync(HttpContext http, string code, string? scenario, CancellationToken ct, Func<DistrictHeatLayers, Task<IResult>> answer)
    {
        if (!TryScenario(scenario, out var s)) return BadScenario(scenario);
        var db = http.RequestServices.GetRequiredService<WijkwerfDb>();
        if (!await ExistsAsync(db, code, ct)) return UnknownDistrict(code);
        try
        {
            var layers = await http.RequestServices.GetRequiredService<HeatLayersCache>().GetAsync(db, code, s, ct);
            return await answer(layers);
        }
        catch (DistrictHeatInputException e) { return CannotAnalyse(e); }
        catch (PhasingInputException e) { return BadRequest("Bad phasing parameter", e.Message); }
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

    private static IResult BadRequest(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: detail);

    private static IResult BadScenario(string? scenario) => BadRequest("Bad scenario", $"scenario '{scenario}' is not one of low, mid, high.");

    private static IResult UnknownDistrict(string code) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown district",
            detail: $"No district has the code '{code}'.");

    private static IResult CannotAnalyse(DistrictHeatInputException e) =>
        Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Cannot analyse the district's heat", detail: e.Message);
}

/// <summary>The district heat analysis with its layers, kept a few minutes per district and price scenario: the page,
/// its map layers and a report each need it, and loading a district of 2,600 buildings with its street graph takes a
/// second or more. The key holds the import sources (count and newest id), so an import makes a fresh analysis.</summary>
public sealed class HeatLayersCache(IMemoryCache cache)
{
    public async Task<DistrictHeatLayers> GetAsync(WijkwerfDb db, string code, PriceScenario scenario, CancellationToken ct)
    {
        var count = await db.Sources.CountAsync(ct);
        var newest = await db.Sources.MaxAsync(s => (int?)s.Id, ct) ?? 0;
        var key = ("heat-layers", code, scenario, count, newest);
        if (cache.TryGetValue(key, out DistrictHeatLayers? layers) && layers is not null) return layers;
        layers = await new DistrictHeatAnalysis(db).LayersAsync(code, scenario, ct);
        cache.Set(key, layers, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(5), AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(30) });
        return layers;
    }
}

/// <summary>Query-string parsing shared by the API and the page.</summary>
public static class HeatQuery
{
    /// <summary>Empty → no source (the default); "lon,lat" in degrees → the point; anything else → false.</summary>
    public static bool TrySource(string? text, out (double Lon, double Lat)? source)
    {
        source = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var parts = text.Split(',');
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            && lon is >= -180 and <= 180 && lat is >= -90 and <= 90)
        {
            source = (lon, lat);
            return true;
        }
        return false;
    }

    /// <summary>Phasing options from the query: <c>strategy</c> (S1–S5), <c>mode</c> (stepwise, all-at-once),
    /// <c>startYear</c>, <c>horizonYears</c>, <c>rolloutYears</c>, <c>rates</c> (yearly shares, comma-separated, together 1),
    /// <c>waves</c>, <c>waveYears</c>, <c>leadYears</c>, ownership shares <c>municipal</c>, <c>private</c>, <c>cooperative</c>
    /// and tenure shares <c>ownerOccupied</c>, <c>socialRental</c>, <c>privateRental</c> (each group all or none, 0–1);
    /// financing: <c>subsidyOwners</c>, <c>subsidyLandlords</c>, <c>loanShare</c> (0–1), <c>loanRate</c> (% a year), <c>loanYears</c>.
    /// Ranges are checked by the engine.</summary>
    public static bool TryPhasing(IQueryCollection q, out PhasingOptions? options, out string? error)
    {
        options = null;
        error = null;
        string? err = null;
        var strategy = Text(q, "strategy");
        if (strategy is not null && !PhasingOptions.TryStrategy(strategy, out _)) { error = $"strategy '{strategy}' is not one of S1, S2, S3, S4, S5."; return false; }
        if (!PhasingOptions.TryMode(Text(q, "mode"), out var mode)) { error = $"mode '{Text(q, "mode")}' is not stepwise or all-at-once."; return false; }
        int? Whole(string name)
        {
            if (Text(q, name) is not { } t) return null;
            if (int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)) return v;
            err ??= $"{name} '{t}' is not a whole number.";
            return null;
        }
        double? Number(string name)
        {
            if (Text(q, name) is not { } t) return null;
            if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)) return v;
            err ??= $"{name} '{t}' is not a number.";
            return null;
        }
        IReadOnlyList<double>? rates = null;
        if (Text(q, "rates") is { } list)
        {
            var values = new List<double>();
            foreach (var part in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)) values.Add(v);
                else { error = $"rates: '{part}' is not a number."; return false; }
            }
            rates = values;
        }
        var ownership = Group(q, "ownership", ["municipal", "private", "cooperative"], Number, ref err);
        var tenure = Group(q, "tenure", ["ownerOccupied", "socialRental", "privateRental"], Number, ref err);
        options = new PhasingOptions
        {
            Strategy = strategy,
            Mode = mode,
            StartYear = Whole("startYear"),
            HorizonYears = Whole("horizonYears"),
            RolloutYears = Whole("rolloutYears"),
            ConnectionRates = rates,
            RenovationWaves = Whole("waves"),
            RenovationWaveYears = Whole("waveYears"),
            RenovationLeadYears = Whole("leadYears"),
            Ownership = ownership is { } o ? new OwnershipShares(o[0], o[1], o[2]) : null,
            Tenure = tenure is { } t ? new TenureShares(t[0], t[1], t[2]) : null,
            SubsidyOwnerOccupied = Number("subsidyOwners"),
            SubsidyLandlords = Number("subsidyLandlords"),
            LoanShare = Number("loanShare"),
            LoanRatePct = Number("loanRate"),
            LoanYears = Whole("loanYears"),
        };
        if (err is not null) { options = null; error = err; return false; }
        return true;
    }

    private static double[]? Group(IQueryCollection q, string group, string[] names, Func<string, double?> number, ref string? error)
    {
        var given = names.Count(n => Text(q, n) is not null);
        if (given == 0) return null;
        if (given < names.Length) { error ??= $"{group}: give all of {string.Join(", ", names)} (shares 0-1 that add up to 1), or none."; return null; }
        return names.Select(n => number(n) ?? double.NaN).ToArray();
    }

    private static string? Text(IQueryCollection q, string name) => q.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString().Trim() : null;
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

/// <summary>A designed network with what a map needs: connected building ids and positions, pipes as GeoJSON, and the
/// buildings the design could not consider, with the reason.</summary>
public sealed record HeatNetworkAnswer(
    NetworkSummary Summary,
    IReadOnlyList<string> ConnectedBuildings,
    IReadOnlyList<NetworkExclusion> Excluded,
    JsonElement Pipes,
    JsonElement Buildings);

/// <param name="Reason">Unreachable (street not connected to the source's part of the graph), NoStreet (no street within reach), NonResidential (not a candidate).</param>
public sealed record NetworkExclusion(string Reason, string Explanation, int Buildings, IReadOnlyList<string> Ids);

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

/// <summary>Runs the network designer once and reads the answer back with geometry.</summary>
public static class HeatNetwork
{
    public static async Task<HeatNetworkAnswer> DesignAsync(DistrictHeatLayers layers, DistrictNetworkProblem q, bool exact, double timeLimitSeconds, CancellationToken ct)
    {
        var design = q.Problem.Buildings.Length == 0
            ? new NetworkDesign(exact ? "exact" : "fast", "NoBuildings", [], [], q.AllIndividualEurPerYear, q.AllIndividualEurPerYear, 0, ["no building can reach the source"])
            : await Task.Run(() => exact ? NetworkDesigner.Exact(q.Problem, timeLimitSeconds, 0.01) : NetworkDesigner.Fast(q.Problem), ct);
        return Answer(layers, q, design);
    }

    public static HeatNetworkAnswer Answer(DistrictHeatLayers layers, DistrictNetworkProblem q, NetworkDesign design)
    {
        var connected = new List<string>();
        for (var i = 0; i < design.Connected.Length && i < q.Problem.Buildings.Length; i++)
            if (design.Connected[i]) connected.Add(q.Problem.Buildings[i].Id);

        var notes = design.Notes.ToList();
        var excluded = new List<NetworkExclusion>();
        if (q.UnreachableBuildings.Count > 0)
        {
            notes.Add($"{q.UnreachableBuildings.Count} buildings stand along streets the graph does not connect to the source; they keep their individual alternative");
            excluded.Add(new NetworkExclusion("Unreachable", "the street graph does not connect the building's street to the source (a separate part of the graph); it keeps its individual heating",
                q.UnreachableBuildings.Count, q.UnreachableBuildings));
        }
        if (q.UnlinkedBuildings.Count > 0)
        {
            notes.Add($"{q.UnlinkedBuildings.Count} buildings have no street within reach");
            excluded.Add(new NetworkExclusion("NoStreet", "no street segment within reach of the building; it keeps its individual heating",
                q.UnlinkedBuildings.Count, q.UnlinkedBuildings));
        }
        if (q.NonResidentialLeftOut > 0)
            excluded.Add(new NetworkExclusion("NonResidential", "non-residential building: not a candidate in this design (it keeps its own heating)", q.NonResidentialLeftOut, []));
        if (q.GraphKind != "osm") notes.Add("the street graph is estimated from addresses: pipe routes and trench lengths are indicative");

        var pipes = HeatGeoJson.Pipes(design.Pipes, q.EdgeLines);
        var buildings = HeatGeoJson.BuildingPoints(layers, connected);
        var summary = new NetworkSummary(design.Mode, design.Status, q.GraphKind, q.ResidentialBuildings, q.Problem.Buildings.Length,
            design.ConnectedCount, Math.Round(design.TrenchM, 1),
            design.Pipes.GroupBy(p => p.Dn).OrderBy(g => g.Key).Select(g => new PipeLength(g.Key, Math.Round(g.Sum(p => p.LengthM), 1), g.Count())).ToArray(),
            Math.Round(design.ObjectiveEurPerYear), Math.Round(design.BoundEurPerYear), Math.Round(design.Gap, 5), Math.Round(design.Seconds, 3),
            Math.Round(q.AllIndividualEurPerYear), Math.Round(q.AllIndividualEurPerYear - design.ObjectiveEurPerYear),
            new SourceOutcome(q.SourceLon, q.SourceLat, q.SourceSnapDistanceM, Math.Round(q.Problem.Source.CapacityKW)),
            q.EdgeLines.Count == q.Problem.Edges.Length, notes);
        return new HeatNetworkAnswer(summary, connected, excluded, pipes, buildings);
    }
}

/// <summary>GeoJSON for the heat layers.</summary>
public static class HeatGeoJson
{
    private static readonly JsonSerializerOptions Geo = new() { Converters = { new GeoJsonConverterFactory() } };

    /// <summary>Every building's footprint with demand, label and, when excluded, the reason.</summary>
    public static string Buildings(DistrictHeatLayers layers) => Collection(layers.Buildings.Select(b => Feature(b.Footprint, w =>
    {
        w.WriteString("id", b.Id);
        if (b.Address is not null) w.WriteString("address", b.Address);
        w.WriteBoolean("residential", b.Residential);
        if (b.DwellingType is not null) w.WriteString("dwellingType", b.DwellingType);
        if (b.Use is not null) w.WriteString("use", b.Use);
        if (b.BuildYear is { } y) w.WriteNumber("buildYear", y); else w.WriteNull("buildYear");
        w.WriteBoolean("buildYearAssumed", b.BuildYearAssumed);
        w.WriteNumber("floorAreaM2", b.FloorAreaM2);
        w.WriteNumber("dwellings", b.Dwellings);
        if (b.Label is not null) w.WriteString("label", b.Label); else w.WriteNull("label");
        w.WriteBoolean("labelEstimated", b.LabelEstimated);
        w.WriteNumber("demandMWhPerYear", b.DemandMWhPerYear);
        w.WriteNumber("kWhPerM2", b.KWhPerM2);
        w.WriteNumber("peakKW", b.PeakKW);
        if (b.Exclusion is not null) { w.WriteString("excluded", b.Exclusion); w.WriteString("excludedWhy", b.ExclusionText); }
    })));

    /// <summary>Street segments of the density analysis with their geometry (stored or estimated streets).</summary>
    public static string Density(DistrictHeatLayers layers)
    {
        var r = layers.Result;
        return Collection(r.Streets.PerSegment.Select(s => Feature(layers.SegmentLines.TryGetValue(s.Id, out var line) ? line : null, w =>
        {
            w.WriteString("id", s.Id);
            if (s.Name is not null) w.WriteString("name", s.Name); else w.WriteNull("name");
            w.WriteString("kind", s.Kind);
            w.WriteNumber("lengthM", s.LengthM);
            w.WriteNumber("buildings", s.Buildings);
            w.WriteNumber("heatDemandMWhPerYear", s.HeatDemandMWhPerYear);
            w.WriteNumber("mwhPerMPerYear", s.MWhPerMPerYear);
            w.WriteString("band", s.Band);
        })), ("streetGraph", r.Streets.GraphKind));
    }

    public static JsonElement Pipes(IReadOnlyList<DesignedPipe> pipes, IReadOnlyList<LineString> lines) =>
        Element(Collection(pipes.Select(p => Feature(p.Edge >= 0 && p.Edge < lines.Count ? lines[p.Edge] : null, w =>
        {
            w.WriteNumber("edge", p.Edge);
            w.WriteNumber("dn", p.Dn);
            w.WriteNumber("lengthM", Math.Round(p.LengthM, 1));
            w.WriteNumber("designPeakKW", Math.Round(p.DesignPeakKW, 1));
            w.WriteNumber("connections", p.Connections);
        }))));

    /// <summary>Connected buildings as points (their centroids).</summary>
    public static JsonElement BuildingPoints(DistrictHeatLayers layers, IReadOnlyList<string> ids)
    {
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        return Element(Collection(layers.Buildings.Where(b => wanted.Contains(b.Id)).Select(b => Feature(b.Footprint.Centroid, w =>
        {
            w.WriteString("id", b.Id);
            if (b.Address is not null) w.WriteString("address", b.Address);
            w.WriteNumber("demandMWhPerYear", b.DemandMWhPerYear);
        }))));
    }

    /// <summary>GeoJSON geometry with coordinates rounded to 7 decimals (about 1 cm): a third of the full-precision size.</summary>
    private static void WriteGeometry(Utf8JsonWriter w, Geometry g)
    {
        void Position(Coordinate c)
        {
            w.WriteStartArray();
            w.WriteNumberValue(Math.Round(c.X, 7));
            w.WriteNumberValue(Math.Round(c.Y, 7));
            w.WriteEndArray();
        }
        void Line(Coordinate[] cs) { w.WriteStartArray(); foreach (var c in cs) Position(c); w.WriteEndArray(); }
        void Rings(Polygon p) { w.WriteStartArray(); Line(p.ExteriorRing.Coordinates); foreach (var hole in p.InteriorRings) Line(hole.Coordinates); w.WriteEndArray(); }
        switch (g)
        {
            case Point p: w.WriteStartObject(); w.WriteString("type", "Point"); w.WritePropertyName("coordinates"); Position(p.Coordinate); w.WriteEndObject(); break;
            case LineString l: w.WriteStartObject(); w.WriteString("type", "LineString"); w.WritePropertyName("coordinates"); Line(l.Coordinates); w.WriteEndObject(); break;
            case Polygon p: w.WriteStartObject(); w.WriteString("type", "Polygon"); w.WritePropertyName("coordinates"); Rings(p); w.WriteEndObject(); break;
            case MultiPolygon mp:
                w.WriteStartObject(); w.WriteString("type", "MultiPolygon"); w.WriteStartArray("coordinates");
                foreach (var part in mp.Geometries) Rings((Polygon)part);
                w.WriteEndArray(); w.WriteEndObject(); break;
            case MultiLineString ml:
                w.WriteStartObject(); w.WriteString("type", "MultiLineString"); w.WriteStartArray("coordinates");
                foreach (var part in ml.Geometries) Line(part.Coordinates);
                w.WriteEndArray(); w.WriteEndObject(); break;
            default: JsonSerializer.Serialize(w, g, Geo); break;
        }
    }

    private static (Geometry? Geometry, Action<Utf8JsonWriter> Properties) Feature(Geometry? geometry, Action<Utf8JsonWriter> properties) => (geometry, properties);

    private static JsonElement Element(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.Clone();
    }

    private static string Collection(IEnumerable<(Geometry? Geometry, Action<Utf8JsonWriter> Properties)> features, params (string Name, string Value)[] extra)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            foreach (var (name, value) in extra) w.WriteString(name, value);
            w.WriteStartArray("features");
            foreach (var (geometry, properties) in features)
            {
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WritePropertyName("geometry");
                if (geometry is null) w.WriteNullValue();
                else WriteGeometry(w, geometry);
                w.WriteStartObject("properties");
                properties(w);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
