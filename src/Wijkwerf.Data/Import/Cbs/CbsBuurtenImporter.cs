using Wijkwerf.Data.Import.GeoPackage;
using Wijkwerf.Domain.Places;
using Wijkwerf.Domain.Sources;

namespace Wijkwerf.Data.Import.Cbs;

/// <summary>CBS Wijk- en buurtkaart GeoPackage (layer <c>buurten</c>) → districts with their key figures.
/// CBS marks secret or unknown values with large negatives (-99999999, -99999997); those become null.</summary>
public sealed class CbsBuurtenImporter : IImporter
{
    public SourceKind Kind => SourceKind.CbsBuurtenGeoPackage;
    public string Attribution => "Bron: CBS, Kerncijfers wijken en buurten 2022 / Wijk- en buurtkaart 2022 (CC BY 4.0)";

    public async Task<int> ImportAsync(ImportContext ctx)
    {
        using var gpkg = GeoPackageFile.Open(ctx.Path);
        var crs = gpkg.RequireSupportedCrs("buurten");
        gpkg.RequireColumns("buurten", "buurtcode", "buurtnaam", "gemeentecode", "gemeentenaam", "aantal_inwoners", "aantal_huishoudens");
        var municipalities = new Municipalities(ctx);
        await using var writer = new BatchWriter(ctx.Db);
        var n = 0;
        foreach (var row in gpkg.Rows("buurten"))
        {
            n++;
            var code = row.RequiredText("buurtcode");
            await DistrictRows.RequireNewCodeAsync(ctx, code, row.Where);
            var m = await municipalities.UpsertAsync(row.RequiredText("gemeentecode"), row.RequiredText("gemeentenaam"), Country.NL);
            var geom = row.Geometry() ?? throw row.Bad("geom", "district has no boundary.");
            var d = DistrictRows.Create(ctx, code, row.RequiredText("buurtnaam"), geom, crs, m);
            d.Inhabitants = Published(row.Int("aantal_inwoners"));
            d.Households = Published(row.Int("aantal_huishoudens"));
            d.StatisticsJson = DistrictRows.ToJson(row.FieldNames
                .Where(f => f is not ("geom" or "fid" or "buurtcode" or "buurtnaam" or "gemeentecode" or "gemeentenaam"))
                .Select(f => new KeyValuePair<string, object?>(f, Published(row.Value(f)))));
            await writer.AddAsync(d, ctx.Cancellation);
        }
        await writer.FlushAsync(ctx.Cancellation);
        return n;
    }

    /// <summary>CBS's "secret / not available" codes are large negative numbers.</summary>
    public static int? Published(int? value) => value is <= -99999990 ? null : value;

    private static object? Published(object? value) => value switch
    {
        long l when l <= -99999990 => null,
        double d when d <= -99999990 => null,
        _ => value,
    };
}
