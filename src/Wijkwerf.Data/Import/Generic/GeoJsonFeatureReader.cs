using System.Buffers;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Wijkwerf.Data.Import.Generic;

/// <summary>One GeoJSON feature: its geometry (as in the file) and its properties.</summary>
public sealed record GeoJsonFeature(long Number, Geometry? Geometry, JsonElement Properties)
{
    public string Where => $"feature {Number}";

    public string? Text(string name) =>
        Properties.ValueKind == JsonValueKind.Object && Properties.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null
            ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()
            : null;

    public double? Number_(string name, Func<string, string, Exception> bad)
    {
        if (Properties.ValueKind != JsonValueKind.Object || !Properties.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind == JsonValueKind.Number) return v.GetDouble();
        if (v.ValueKind == JsonValueKind.String && double.TryParse(v.GetString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)) return d;
        throw bad(name, $"'{v.GetRawText()}' is not a number.");
    }
}

/// <summary>Streams the features of a GeoJSON FeatureCollection one by one, with a refilling buffer: memory is bounded
/// by the largest single feature, not the file. Reads the legacy <c>crs</c> member (EPSG:4326, 28992, 31370); RFC 7946
/// files without it are WGS84.</summary>
public static class GeoJsonFeatureReader
{
    private static readonly JsonSerializerOptions GeometryOptions = new() { Converters = { new GeoJsonConverterFactory() } };

    public static async IAsyncEnumerable<(int Crs, GeoJsonFeature Feature)> ReadAsync(string path, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var stream = File.OpenRead(path);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            var state = new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            int length = 0;
            bool final = false;
            var crs = Geo.Crs.Wgs84;
            var stage = Stage.Start;
            long number = 0;
            int depth = 0;
            while (true)
            {
                if (!final)
                {
                    if (length == buffer.Length)
                    {
                        var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        Buffer.BlockCopy(buffer, 0, bigger, 0, length);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = bigger;
                    }
                    var read = await stream.ReadAsync(buffer.AsMemory(length), ct);
                    if (read == 0) final = true;
                    length += read;
                }
                var items = new List<(int, GeoJsonFeature)>();
                int consumed;
                try
                {
                    consumed = Parse(buffer.AsSpan(0, length), final, ref state, ref stage, ref crs, ref number, ref depth, items, path);
                }
                catch (JsonException e)
                {
                    throw new BadInputException(path, number > 0 ? $"after feature {number}" : null, null, $"is not valid JSON: {e.Message}", e);
                }
                foreach (var item in items) yield return item;
                Buffer.BlockCopy(buffer, consumed, buffer, 0, length - consumed);
                length -= consumed;
                if (stage == Stage.Done) yield break;
                if (final)
                {
                    if (stage == Stage.Start) throw new BadInputException(path, null, null, "is not a GeoJSON FeatureCollection (no 'features' array).");
                    throw new BadInputException(path, $"after feature {number}", null, "ends in the middle of the JSON (truncated file?).");
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private enum Stage { Start, InFeatures, Done }

    private static int Parse(ReadOnlySpan<byte> data, bool final, ref JsonReaderState state, ref Stage stage, ref int crs, ref long number, ref int depth, List<(int, GeoJsonFeature)> items, string path)
    {
        var reader = new Utf8JsonReader(data, final, state);
        while (stage != Stage.Done)
        {
            // On an incomplete element, go back to before it and wait for more bytes.
            var checkpoint = reader;
            if (!reader.Read()) break;
            if (stage == Stage.Start)
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject: depth++; continue;
                    case JsonTokenType.EndObject: depth--; continue;
                    case JsonTokenType.PropertyName when depth == 1:
                        var name = reader.GetString();
                        if (name == "features")
                        {
                            if (!reader.Read()) { reader = checkpoint; goto done; }
                            if (reader.TokenType != JsonTokenType.StartArray) throw new BadInputException(path, null, "features", "is not an array.");
                            stage = Stage.InFeatures;
                        }
                        else if (name == "crs")
                        {
                            if (!JsonDocument.TryParseValue(ref reader, out var doc)) { reader = checkpoint; goto done; }
                            using (doc) crs = ParseCrs(doc.RootElement, path);
                        }
                        else if (!reader.TrySkip()) { reader = checkpoint; goto done; }
                        continue;
                    default: continue;
                }
            }
            if (reader.TokenType == JsonTokenType.EndArray) { stage = Stage.Done; break; }
            if (reader.TokenType != JsonTokenType.StartObject) throw new BadInputException(path, $"feature {number + 1}", null, "is not a JSON object.");
            if (!JsonDocument.TryParseValue(ref reader, out var feature)) { reader = checkpoint; break; }
            number++;
            using (feature) items.Add((crs, ToFeature(feature.RootElement, number, path)));
        }
        done:
        state = reader.CurrentState;
        return (int)reader.BytesConsumed;
    }

    private static GeoJsonFeature ToFeature(JsonElement root, long number, string path)
    {
        Geometry? geometry = null;
        if (root.TryGetProperty("geometry", out var g) && g.ValueKind == JsonValueKind.Object)
        {
            try
            {
                geometry = g.Deserialize<Geometry>(GeometryOptions);
            }
            catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
            {
                throw new BadInputException(path, $"feature {number}", "geometry", $"cannot be read: {e.Message}", e);
            }
        }
        var props = root.TryGetProperty("properties", out var p) ? p.Clone() : default;
        return new GeoJsonFeature(number, geometry, props);
    }

    private static int ParseCrs(JsonElement crs, string path)
    {
        var name = crs.TryGetProperty("properties", out var p) && p.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
        foreach (var code in new[] { Geo.Crs.Wgs84, Geo.Crs.RdNew, Geo.Crs.Lambert72 })
            if (name.EndsWith(":" + code, StringComparison.Ordinal) || name.EndsWith("::" + code, StringComparison.Ordinal)) return code;
        if (name.Contains("CRS84", StringComparison.OrdinalIgnoreCase)) return Geo.Crs.Wgs84;
        throw new BadInputException(path, null, "crs", $"unsupported coordinate reference system '{name}'; supported are EPSG:28992 (RD New), EPSG:31370 (Lambert 72) and EPSG:4326 (WGS 84).");
    }
}
