using Wijkwerf.Data.Storage;

namespace Wijkwerf.Data.Districts;

/// <summary>Read side of the district model: what the CLI, the API and the pages show.</summary>
public sealed class DistrictQueries(WijkwerfDb db)
{
    public Task<IReadOnlyList<MunicipalityRow>> MunicipalitiesAsync(CancellationToken ct = default) => throw new NotImplementedException();

    /// <summary>Districts, optionally of one municipality (by code), ordered by code.</summary>
    public Task<IReadOnlyList<DistrictRow>> DistrictsAsync(string? municipalityCode = null, CancellationToken ct = default) => throw new NotImplementedException();

    /// <summary>One district's figures, or null when no district has that code.</summary>
    public Task<DistrictFigures?> DistrictAsync(string code, CancellationToken ct = default) => throw new NotImplementedException();

    /// <summary>The district's buildings as a GeoJSON FeatureCollection (WGS84) with properties id, buildYear,
    /// dwellingType, dwellings, use, floorAreaM2, connectionLengthM; null when no district has that code.</summary>
    public Task<string?> BuildingsGeoJsonAsync(string code, CancellationToken ct = default) => throw new NotImplementedException();

    /// <summary>The district's street segments as GeoJSON (properties id, name, kind, lengthM).</summary>
    public Task<string?> StreetsGeoJsonAsync(string code, CancellationToken ct = default) => throw new NotImplementedException();

    /// <summary>District boundaries (of one municipality, or all) as GeoJSON (properties code, name, inhabitants, buildings).</summary>
    public Task<string> DistrictsGeoJsonAsync(string? municipalityCode = null, CancellationToken ct = default) => throw new NotImplementedException();

    internal WijkwerfDb Db => db;
}
