using Wijkwerf.Domain.Buildings;
using Wijkwerf.Domain.Sources;

namespace Wijkwerf.Data.Import.Generic;

/// <summary>Generic addresses/units CSV: <c>id,lon,lat</c> (WGS84) required; optional <c>use</c>, <c>dwelling</c>
/// (true/false), <c>floor_area_m2</c>, <c>street</c>, <c>house_number</c>, <c>postcode</c>, <c>city</c>,
/// <c>building_id</c>. See docs/import-formats.md.</summary>
public sealed class UnitsCsvImporter : IImporter
{
    public SourceKind Kind => SourceKind.CsvUnits;
    public string Attribution => "Adressen: aangeleverd door de gebruiker";

    public async Task<int> ImportAsync(ImportContext ctx)
    {
        using var csv = new CsvTable(ctx.Path, "id", "lon", "lat");
        await using var writer = new BatchWriter(ctx.Db);
        var n = 0;
        while (csv.Read())
        {
            n++;
            var lon = csv.RequiredNumber("lon");
            var lat = csv.RequiredNumber("lat");
            if (lon is < -180 or > 180) throw csv.Bad("lon", $"{lon} is not a WGS84 longitude (is the file in a projected CRS?).");
            if (lat is < -90 or > 90) throw csv.Bad("lat", $"{lat} is not a WGS84 latitude (is the file in a projected CRS?).");
            var dwelling = csv.Text("dwelling");
            var floor = csv.Number("floor_area_m2");
            if (floor < 0) throw csv.Bad("floor_area_m2", "must not be negative.");
            await writer.AddAsync(new Unit
            {
                SourceId = ctx.Source.Id,
                ExternalId = csv.RequiredText("id"),
                Lon = lon,
                Lat = lat,
                Use = csv.Text("use"),
                IsDwelling = dwelling is null ? csv.Text("use") is "woonfunctie" or "residential" : dwelling is "true" or "1" or "yes" or "ja",
                FloorAreaM2 = floor,
                Street = csv.Text("street"),
                HouseNumber = csv.Text("house_number"),
                Postcode = csv.Text("postcode"),
                City = csv.Text("city"),
                BuildingExternalId = csv.Text("building_id"),
            }, ctx.Cancellation);
        }
        await writer.FlushAsync(ctx.Cancellation);
        if (n == 0) throw new BadInputException(ctx.Path, "line 2", null, "has a header but no data rows.");
        return n;
    }
}
