using System.Text;
using Wijkwerf.Data.Import.Generic;
using Wijkwerf.Data.Import.GeoPackage;
using Wijkwerf.Domain.Sources;

namespace Wijkwerf.Data.Import;

/// <summary>Tells what kind of source a file is from its content, never from its name: the SQLite header and layer
/// names of a GeoPackage, the <c>OSMHeader</c> block of a PBF, the <c>&lt;osm</c> root of OSM XML, the property
/// names of GeoJSON features, the header row of a CSV.</summary>
public static class FileKindDetector
{
    public static SourceKind Detect(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new BadInputException(path, null, null, "file not found.");
        if (info.Length == 0) throw new BadInputException(path, null, null, "file is empty (0 bytes).");

        var head = new byte[Math.Min(4096, info.Length)];
        using (var s = info.OpenRead()) s.ReadExactly(head);

        if (GeoPackageFile.LooksLikeGeoPackage(head)) return DetectGeoPackage(path);
        if (XlsxTable.LooksLikeZip(head))
        {
            // The only workbook Wijkwerf reads is a measures list (see docs/import-formats.md, "Measures").
            XlsxTable.Read(path, out var columns);
            if (columns.Contains("werf") && columns.Contains("quantity")) return SourceKind.MeasuresXlsx;
            throw new BadInputException(path, "row 1", null, "is an XLSX workbook but not a measures list (needs the columns werf and quantity).");
        }
        if (head.Length > 8 && head.AsSpan(0, Math.Min(64, head.Length)).IndexOf("OSMHeader"u8) >= 0) return SourceKind.OpenStreetMap;

        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('<'))
        {
            if (text.Contains("<osm", StringComparison.Ordinal)) return SourceKind.OpenStreetMap;
            throw new BadInputException(path, null, null, "is XML but not OpenStreetMap XML (no <osm> root element).");
        }
        if (text.StartsWith('{')) return DetectGeoJson(path, text);
        if (LooksLikeText(head)) return DetectCsv(path);
        throw new BadInputException(path, null, null,
            "is not a kind Wijkwerf reads: GeoPackage (BAG, CBS buurten, Statbel), OpenStreetMap PBF/XML, GeoJSON or CSV (see docs/import-formats.md).");
    }

    private static SourceKind DetectGeoPackage(string path)
    {
        using var gpkg = GeoPackageFile.Open(path);
        var layers = gpkg.Layers();
        if (layers.ContainsKey("pand") && layers.ContainsKey("verblijfsobject")) return SourceKind.BagGeoPackage;
        if (layers.ContainsKey("buurten")) return SourceKind.CbsBuurtenGeoPackage;
        if (layers.ContainsKey("ggw7")) return SourceKind.StatbelWijkenGeoPackage;
        if (layers.ContainsKey("gemeente2024")) return SourceKind.StatbelGemeentenGeoPackage;
        if (layers.ContainsKey("pand")) throw new BadInputException(path, "layer 'verblijfsobject'", null, "a BAG GeoPackage needs the layers 'pand' and 'verblijfsobject'; 'verblijfsobject' is missing.");
        throw new BadInputException(path, null, null,
            $"GeoPackage has none of the expected layers (pand + verblijfsobject, buurten, ggw7, gemeente2024); it has: {(layers.Count == 0 ? "no feature layers" : string.Join(", ", layers.Keys))}.");
    }

    private static SourceKind DetectGeoJson(string path, string head)
    {
        if (head.Contains("\"werf\"", StringComparison.Ordinal) && head.Contains("\"quantity\"", StringComparison.Ordinal))
            return SourceKind.MeasuresGeoJson;
        if (head.Contains("\"gemeentecode\"", StringComparison.Ordinal) && head.Contains("\"aantal_inwoners\"", StringComparison.Ordinal))
            return SourceKind.CbsGemeentenGeoJson;
        if (head.Contains("\"district_code\"", StringComparison.Ordinal)) return SourceKind.GeoJsonDistricts;
        if (head.Contains("\"FeatureCollection\"", StringComparison.Ordinal)) return SourceKind.GeoJsonBuildings;
        throw new BadInputException(path, null, null, "is JSON but not a GeoJSON FeatureCollection.");
    }

    private static SourceKind DetectCsv(string path)
    {
        var header = CsvTable.ReadHeader(path).Select(h => h.ToLowerInvariant()).ToHashSet();
        if (header.Contains("geoitem") && header.Any(h => h.StartsWith("v2506_", StringComparison.Ordinal))) return SourceKind.FluviusCsv;
        if (header.Contains("sector_code") && header.Contains("district_code")) return SourceKind.CsvSectorDistricts;
        if (header.Contains("werf") && header.Contains("quantity")) return SourceKind.MeasuresCsv;
        if (header.Contains("id") && header.Contains("lon") && header.Contains("lat")) return SourceKind.CsvUnits;
        throw new BadInputException(path, "line 1", null,
            $"CSV header ({string.Join(",", header)}) matches no known format: Fluvius (geoitem, period, v2506_*), sector links (sector_code, district_code), units (id, lon, lat) or measures (werf, quantity ...). See docs/import-formats.md.");
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> head) => head.IndexOf((byte)0) < 0;
}
