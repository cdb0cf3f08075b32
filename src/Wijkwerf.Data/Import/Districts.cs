using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Wijkwerf.Data.Geo;
using Wijkwerf.Domain.Places;

namespace Wijkwerf.Data.Import;

/// <summary>Builds district rows the same way for every district source.</summary>
public static class DistrictRows
{
    public static District Create(ImportContext ctx, string code, string name, Geometry boundary, int sourceCrs, Municipality? municipality)
    {
        if (boundary is not (Polygon or MultiPolygon))
            throw ctx.Bad($"district {code}", "geom", $"boundary is a {boundary.GeometryType}, expected a polygon.");
        var areaHa = (sourceCrs == Crs.Wgs84 ? GeoMath.AreaM2(boundary) : boundary.Area) / 10_000;
        var wgs = Crs.Between(sourceCrs, Crs.Wgs84).Project(boundary);
        var d = new District
        {
            Code = code,
            Name = name,
            Boundary = wgs,
            AreaHa = Math.Round(areaHa, 2),
            MunicipalityId = municipality?.Id,
            SourceId = ctx.Source.Id,
        };
        d.SetExtent(wgs);
        return d;
    }

    /// <summary>District codes are unique across sources: a code already brought by another source is an error.
    /// The codes of other sources are read once per import.</summary>
    public static async Task RequireNewCodeAsync(ImportContext ctx, string code, string where)
    {
        ctx.RequireUnique("district code", code, where, null);
        var taken = await ctx.OnceAsync("district codes of other sources", async () =>
            await ctx.Db.Districts.Where(d => d.SourceId != ctx.Source.Id)
                .Select(d => new { d.Code, d.SourceId }).ToDictionaryAsync(d => d.Code, d => d.SourceId, ctx.Cancellation));
        if (taken.TryGetValue(code, out var other))
        {
            var name = await ctx.Db.Sources.Where(s => s.Id == other).Select(s => s.Name).FirstAsync(ctx.Cancellation);
            throw ctx.Bad(where, null, $"district code {code} was already imported from '{name}'.");
        }
    }

    public static string ToJson(IEnumerable<KeyValuePair<string, object?>> values) =>
        JsonSerializer.Serialize(values.ToDictionary(k => k.Key, k => k.Value));
}
