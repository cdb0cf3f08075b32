using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Wijkwerf.Data.Geo;
using Wijkwerf.Data.Import;

namespace Wijkwerf.Data.Streets;

/// <summary>A GIPOD-style feed of groundworks ("grondwerken"), modelled on GIPOD's public data (docs/streets.md,
/// "GIPOD feed"): one JSON object with <c>"format": "gipod-groundworks"</c> and a <c>records</c> array. Each record is
/// turned into the works columns and goes through the same checks as a GeoJSON or CSV row (<see cref="WorksImport.CheckAsync"/>).
/// Records that cannot be read at all (no id, a location that is no geometry) are reported here; cancelled ones
/// ("geannuleerd") are counted and left out.</summary>
public static class GipodFeed
{
    public const string Format = "gipod-groundworks";

    /// <summary>GIPOD's nature of work (Dutch, as in the register) → the works register's kind.</summary>
    public static readonly IReadOnlyDictionary<string, string> Kinds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["riolering"] = "sewer",
        ["rioleringswerken"] = "sewer",
        ["warmtenet"] = "heat",
        ["warmteleiding"] = "heat",
        ["nutsleidingen"] = "cables",
        ["elektriciteit"] = "cables",
        ["gas"] = "cables",
        ["water"] = "cables",
        ["telecom"] = "cables",
        ["kabels en leidingen"] = "cables",
        ["laadinfrastructuur"] = "charging",
        ["laadpalen"] = "charging",
        ["bomen"] = "trees",
        ["groenaanleg"] = "trees",
        ["ontharding"] = "unsealing",
        ["wegenis"] = "road",
        ["heraanleg wegdek"] = "road",
        ["wegeniswerken"] = "road",
    };

    /// <summary>GIPOD status → the register's status; <c>geannuleerd</c> (cancelled) is not imported.</summary>
    public static readonly IReadOnlyDictionary<string, string> Statuses = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["concept"] = "planned",
        ["ingediend"] = "planned",
        ["vergund"] = "planned",
        ["in uitvoering"] = "in_progress",
        ["uitgevoerd"] = "finished",
    };

    /// <summary>GIPOD's surface ("rijbaan" / "voetpad") → carriageway / footway.</summary>
    private static readonly IReadOnlyDictionary<string, string> Surfaces = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["rijbaan"] = "carriageway",
        ["voetpad"] = "footway",
        ["carriageway"] = "carriageway",
        ["footway"] = "footway",
    };

    public sealed record Feed(IReadOnlyList<WorkInput> Records, IReadOnlyList<WorksImportProblem> Problems, int Cancelled);

    /// <summary>Is this JSON file a feed (an object with the feed's <c>format</c> or a <c>records</c> array) rather than GeoJSON?</summary>
    public static bool IsFeed(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var doc = JsonDocument.Parse(stream);
            var root = doc.RootElement;
            return root.ValueKind == JsonValueKind.Object
                   && (root.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String && f.GetString() == Format
                       || root.TryGetProperty("records", out var r) && r.ValueKind == JsonValueKind.Array)
                   && !(root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "FeatureCollection");
        }
        catch (JsonException) { return false; }
    }

    public static Feed Read(string path)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(File.ReadAllBytes(path)); }
        catch (JsonException e) { throw new BadInputException(path, e.LineNumber is { } l ? $"line {l + 1}" : null, null, $"is not valid JSON: {e.Message}"); }
        using var _ = doc;
        var root = doc.RootElement;
        if (root.TryGetProperty("format", out var format) && format.GetString() != Format)
            throw new BadInputException(path, null, "format", $"'{format.GetString()}' is not '{Format}'.");
        if (!root.TryGetProperty("records", out var records) || records.ValueKind != JsonValueKind.Array)
            throw new BadInputException(path, null, "records", "the feed has no records array.");
        var inputs = new List<WorkInput>();
        var problems = new List<WorksImportProblem>();
        var cancelled = 0;
        var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } };
        var n = 0;
        foreach (var r in records.EnumerateArray())
        {
            n++;
            if (r.ValueKind != JsonValueKind.Object) { problems.Add(new($"record {n}", null, "is not an object.")); continue; }
            var id = Scalar(r, "gipodId");
            if (string.IsNullOrWhiteSpace(id)) { problems.Add(new($"record {n}", "gipodId", "value is missing.")); continue; }
            var where = $"record {id}";
            var type = Scalar(r, "type");
            if (type is not null && !type.Equals("grondwerk", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new(where, "type", $"'{type}' is not a groundwork (grondwerk)."));
                continue;
            }
            var status = Scalar(r, "status");
            if (status is not null && status.Equals("geannuleerd", StringComparison.OrdinalIgnoreCase)) { cancelled++; continue; }
            Geometry? geometry = null;
            if (r.TryGetProperty("location", out var location) && location.ValueKind == JsonValueKind.Object)
            {
                try
                {
                    geometry = location.Deserialize<Geometry>(options) ?? throw new ArgumentException("no geometry");
                    geometry.SRID = Crs.Wgs84;
                    if (geometry.IsEmpty || !geometry.IsValid && geometry is not (LineString or MultiLineString)) throw new ArgumentException("empty or invalid geometry");
                }
                catch (Exception e) when (e is ArgumentException or JsonException or InvalidOperationException or NotSupportedException)
                {
                    problems.Add(new(where, "location", $"is no GeoJSON geometry ({e.Message})."));
                    continue;
                }
            }
            var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
            {
                ["reference"] = $"GIPOD-{id}",
                ["title"] = Scalar(r, "description"),
                ["owner"] = r.TryGetProperty("owner", out var owner) && owner.ValueKind == JsonValueKind.Object ? Scalar(owner, "name") : Scalar(r, "owner"),
                ["registered_on"] = Date(Scalar(r, "registeredOn")),
                ["cost_eur"] = Scalar(r, "costEur"),
                ["segments"] = Scalar(r, "segments"),
            };
            var nature = Scalar(r, "workType");
            values["kind"] = nature is null ? null : Kinds.TryGetValue(nature, out var kind) ? kind : nature;
            values["status"] = status is null ? null : Statuses.TryGetValue(status, out var st) ? st : status;
            if (r.TryGetProperty("period", out var period) && period.ValueKind == JsonValueKind.Object)
            {
                values["start"] = Date(Scalar(period, "start"));
                values["end"] = Date(Scalar(period, "end"));
                values["earliest_start"] = Date(Scalar(period, "earliestStart"));
                values["latest_start"] = Date(Scalar(period, "latestStart"));
            }
            if (r.TryGetProperty("excavation", out var excavation) && excavation.ValueKind == JsonValueKind.Object)
            {
                values["excavated_m2"] = Scalar(excavation, "areaM2");
                values["utility_relocation"] = Scalar(excavation, "utilityRelocation");
                var surface = Scalar(excavation, "surface");
                values["surface"] = surface is null ? null : Surfaces.TryGetValue(surface, out var sf) ? sf : surface;
            }
            if (r.TryGetProperty("consequences", out var consequences) && consequences.ValueKind != JsonValueKind.Array)
            {
                problems.Add(new(where, "consequences", "is not a list."));
                continue;
            }
            inputs.Add(new WorkInput(where, c => values.GetValueOrDefault(c), geometry));
        }
        return new Feed(inputs, problems, cancelled);
    }

    /// <summary>GIPOD writes date-times (<c>2027-03-01T07:00:00+01:00</c>); the register keeps the local date.</summary>
    private static string? Date(string? value) =>
        value is { Length: > 10 } && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : value;

    private static string? Scalar(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => v.GetRawText(),
        } : null;
}
