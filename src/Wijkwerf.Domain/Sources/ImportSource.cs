namespace Wijkwerf.Domain.Sources;

/// <summary>One imported file. Re-importing the same source (same kind and file name) replaces exactly what it brought.</summary>
public sealed class ImportSource
{
    public int Id { get; set; }
    public required SourceKind Kind { get; set; }
    /// <summary>The file name without folder: what identifies "the same source" on re-import.</summary>
    public required string Name { get; set; }
    public required string Sha256 { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public int Features { get; set; }
    /// <summary>Attribution the source's licence asks to show with the data (see the data README).</summary>
    public required string Attribution { get; set; }
}

public enum SourceKind
{
    BagGeoPackage,
    CbsBuurtenGeoPackage,
    CbsGemeentenGeoJson,
    StatbelWijkenGeoPackage,
    StatbelGemeentenGeoPackage,
    FluviusCsv,
    OpenStreetMap,
    GeoJsonBuildings,
    GeoJsonDistricts,
    CsvUnits,
    CsvSectorDistricts,
    /// <summary>Measures of a district plan (LEKP monitor), CSV; imported with <c>measures import</c>.</summary>
    MeasuresCsv,
    /// <summary>Measures of a district plan with their geometry, GeoJSON.</summary>
    MeasuresGeoJson,
    /// <summary>Measures of a district plan, first worksheet of an XLSX workbook.</summary>
    MeasuresXlsx,
}
