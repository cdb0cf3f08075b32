using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Wijkwerf.Data.Geo;
using Wijkwerf.Data.Import.GeoPackage;
using Wijkwerf.Domain.Buildings;
using Wijkwerf.Domain.Places;
using Wijkwerf.Domain.Sources;

namespace Wijkwerf.Data.Import.Bag;

/// <summary>Kadaster BAG GeoPackage (layers <c>pand</c> and <c>verblijfsobject</c>, the layout of the national BAG
/// GeoPackage) → buildings and units. Dwellings and floor area per building are counted in SQL after the rows are in,
/// so memory does not grow with the file.</summary>
public sealed class BagImporter : IImporter
{
    public SourceKind Kind => SourceKind.BagGeoPackage;
    public string Attribution => "Bron: Kadaster, Basisregistratie Adressen en Gebouwen (BAG), CC0";

    /// <summary>Buildings with this status are not real buildings and are left out.</summary>
    public const string RegisteredInError = "Pand ten onrechte opgevoerd";

    /// <summary>Unit statuses that count as existing (withdrawn and not-yet-built units do not).</summary>
    public static readonly string[] ExistingUnitStatuses = ["Verblijfsobject in gebruik", "Verbouwing verblijfsobject", "Verblijfsobject in gebruik (niet ingemeten)"];

    public async Task<int> ImportAsync(ImportContext ctx)
    {
        using var gpkg = GeoPackageFile.Open(ctx.Path);
        var pandCrs = gpkg.RequireSupportedCrs("pand");
        var voCrs = gpkg.RequireSupportedCrs("verblijfsobject");
        gpkg.RequireColumns("pand", "identificatie", "bouwjaar", "status", "gebruiksdoel", "aantal_verblijfsobjecten");
        gpkg.RequireColumns("verblijfsobject", "identificatie", "pand_identificatie", "gebruiksdoel", "oppervlakte", "status", "postcode", "huisnummer", "huisletter", "toevoeging");

        var toWgs = Crs.Between(pandCrs, Crs.Wgs84);
        await using var writer = new BatchWriter(ctx.Db);
        var total = gpkg.Count("pand") + gpkg.Count("verblijfsobject");
        var features = 0;
        var sourceId = ctx.Source.Id;

        foreach (var row in gpkg.Rows("pand"))
        {
            ctx.Cancellation.ThrowIfCancellationRequested();
            features++;
            var status = row.Text("status");
            if (status == RegisteredInError) continue;
            var geom = row.Geometry() ?? throw row.Bad("geom", "building has no footprint.");
            if (geom is not (Polygon or MultiPolygon)) throw row.Bad("geom", $"footprint is a {geom.GeometryType}, expected a polygon.");
            var areaM2 = pandCrs == Crs.Wgs84 ? GeoMath.AreaM2(geom) : geom.Area;
            var wgs = toWgs.Project(geom);
            var b = new Building
            {
                SourceId = sourceId,
                ExternalId = row.RequiredText("identificatie"),
                Footprint = wgs,
                FootprintAreaM2 = areaM2,
                BuildYear = row.Int("bouwjaar"),
                Status = status,
                Use = row.Text("gebruiksdoel"),
                Units = row.Int("aantal_verblijfsobjecten") ?? 0,
            };
            await writer.AddAsync(b.Located(), ctx.Cancellation);
            if (features % 5000 == 0) ctx.Report("pand", features, total);
        }

        var unitsToWgs = Crs.Between(voCrs, Crs.Wgs84);
        foreach (var row in gpkg.Rows("verblijfsobject"))
        {
            ctx.Cancellation.ThrowIfCancellationRequested();
            features++;
            var point = row.Geometry() as Point ?? throw row.Bad("geom", "unit location is not a point.");
            var (lon, lat) = unitsToWgs.Project(point.X, point.Y);
            var use = row.Text("gebruiksdoel");
            var status = row.Text("status");
            var number = row.Int("huisnummer");
            var u = new Unit
            {
                SourceId = sourceId,
                ExternalId = row.RequiredText("identificatie"),
                BuildingExternalId = row.Text("pand_identificatie"),
                Use = use,
                IsDwelling = use is not null && use.Contains("woonfunctie", StringComparison.Ordinal)
                             && status is not null && ExistingUnitStatuses.Contains(status),
                FloorAreaM2 = row.Double("oppervlakte"),
                Status = status,
                Street = row.TextOrNull("openbare_ruimte_naam"),
                StreetCode = row.TextOrNull("openbare_ruimte_identificatie"),
                City = row.TextOrNull("woonplaats_naam"),
                HouseNumber = number is null ? null : $"{number}{row.Text("huisletter")}{(row.Text("toevoeging") is { Length: > 0 } t ? "-" + t : "")}",
                Postcode = row.Text("postcode"),
                Lon = lon,
                Lat = lat,
            };
            await writer.AddAsync(u, ctx.Cancellation);
            if (features % 5000 == 0) ctx.Report("verblijfsobject", features, total);
        }
        await writer.FlushAsync(ctx.Cancellation);

        ctx.Report("units per building", features, total);
        await LinkUnitsAsync(ctx);
        return features;
    }

    /// <summary>Links units to their building and counts dwellings, units and floor area per building, in SQL.</summary>
    private static async Task LinkUnitsAsync(ImportContext ctx)
    {
        var s = ctx.Source.Id;
        var statuses = string.Join(",", ExistingUnitStatuses.Select(x => $"'{x.Replace("'", "''")}'"));
        await ctx.Db.Database.ExecuteSqlRawAsync(
            """
            UPDATE "Units" SET "BuildingId" = (SELECT b."Id" FROM "Buildings" b WHERE b."ExternalId" = "Units"."BuildingExternalId" AND b."SourceId" = {0})
            WHERE "SourceId" = {0}
            """, [s], ctx.Cancellation);
        // The statuses are our own constants, not user input.
        var countSql = $$"""
            UPDATE "Buildings" SET
              "Dwellings" = (SELECT count(*) FROM "Units" u WHERE u."BuildingId" = "Buildings"."Id" AND u."IsDwelling"),
              "Units" = (SELECT count(*) FROM "Units" u WHERE u."BuildingId" = "Buildings"."Id" AND u."Status" IN ({{statuses}})),
              "FloorAreaM2" = COALESCE((SELECT sum(u."FloorAreaM2") FROM "Units" u WHERE u."BuildingId" = "Buildings"."Id" AND u."Status" IN ({{statuses}})), 0)
            WHERE "SourceId" = {0}
            """;
        await ctx.Db.Database.ExecuteSqlRawAsync(countSql, [s], ctx.Cancellation);
    }
}
