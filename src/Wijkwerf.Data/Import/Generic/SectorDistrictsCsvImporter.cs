using Wijkwerf.Domain.Energy;
using Wijkwerf.Domain.Sources;

namespace Wijkwerf.Data.Import.Generic;

/// <summary>CSV <c>sector_code,district_code</c>: which statistical sectors make up a district, so measured use per
/// sector (Fluvius) can be summed per district. See docs/import-formats.md.</summary>
public sealed class SectorDistrictsCsvImporter : IImporter
{
    public SourceKind Kind => SourceKind.CsvSectorDistricts;
    public string Attribution => "Sector-wijkkoppeling: Wijkwerf, uit Statbel sectornamen";

    public async Task<int> ImportAsync(ImportContext ctx)
    {
        using var csv = new CsvTable(ctx.Path, "sector_code", "district_code");
        await using var writer = new BatchWriter(ctx.Db);
        var n = 0;
        while (csv.Read())
        {
            n++;
            await writer.AddAsync(new SectorDistrictLink
            {
                SourceId = ctx.Source.Id,
                SectorCode = csv.RequiredText("sector_code"),
                DistrictCode = csv.RequiredText("district_code"),
            }, ctx.Cancellation);
        }
        await writer.FlushAsync(ctx.Cancellation);
        return n;
    }
}
