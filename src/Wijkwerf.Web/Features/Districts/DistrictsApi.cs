using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Districts;
using Wijkwerf.Data.Storage;

namespace Wijkwerf.Web.Features.Districts;

/// <summary>Municipalities, districts and their map layers as JSON and GeoJSON.</summary>
public static class DistrictsApi
{
    public const string GeoJson = "application/geo+json";

    public static IEndpointRouteBuilder MapDistrictsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Districts");

        api.MapGet("/municipalities", async (DistrictQueries q, CancellationToken ct) =>
            TypedResults.Ok(await q.MunicipalitiesAsync(ct)));

        api.MapGet("/districts", async (string? municipality, DistrictQueries q, CancellationToken ct) =>
            TypedResults.Ok(await q.DistrictsAsync(municipality, ct)));

        api.MapGet("/districts.geojson", async (string? municipality, bool? withBuildings, DistrictQueries q, CancellationToken ct) =>
            Results.Text(await q.DistrictsGeoJsonAsync(municipality, ct, withBuildings ?? false), GeoJson));

        api.MapGet("/districts/{code}", async (string code, DistrictQueries q, CancellationToken ct) =>
            await q.DistrictAsync(code, ct) is { } figures ? Results.Ok(figures) : UnknownDistrict(code));

        api.MapGet("/districts/{code}/buildings", async (string code, DistrictQueries q, CancellationToken ct) =>
            await q.BuildingsGeoJsonAsync(code, ct) is { } json ? Results.Text(json, GeoJson) : UnknownDistrict(code));

        api.MapGet("/districts/{code}/streets", async (string code, DistrictQueries q, CancellationToken ct) =>
            await q.StreetsGeoJsonAsync(code, ct) is { } json ? Results.Text(json, GeoJson) : UnknownDistrict(code));

        return app;
    }

    private static IResult UnknownDistrict(string code) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown district",
            detail: $"No district has the code '{code}'.");
}

/// <summary>Which sources' attributions to show with a map. Feature-local query: <see cref="DistrictQueries"/> gives
/// attributions per district only, the start page map shows all district outlines.</summary>
public static class Attributions
{
    public static async Task<IReadOnlyList<string>> ForDistrictsAsync(WijkwerfDb db, string? municipalityCode, CancellationToken ct)
    {
        var districts = db.Districts.AsNoTracking();
        if (municipalityCode is not null) districts = districts.Where(d => d.Municipality != null && d.Municipality.Code == municipalityCode);
        var sourceIds = districts.Select(d => d.SourceId).Distinct();
        var list = await db.Sources.AsNoTracking().Where(s => sourceIds.Contains(s.Id))
            .Select(s => s.Attribution).Distinct().ToListAsync(ct);
        return list.Where(a => a.Length > 0).Order(StringComparer.Ordinal).ToList();
    }
}
