using Wijkwerf.Data.Import.Generic;
using Wijkwerf.Domain.Energy;
using Wijkwerf.Domain.Sources;

namespace Wijkwerf.Data.Import.Fluvius;

/// <summary>Fluvius measured gas and electricity per statistical sector and year (Provincies in Cijfers CSV) →
/// <see cref="MeasuredEnergyUse"/>. -99999 means "not applicable" (Brussels) and becomes null. Rows are linked to
/// municipalities and districts afterwards by <see cref="MeasuredEnergyLinks"/>.</summary>
public sealed class FluviusImporter : IImporter
{
    public SourceKind Kind => SourceKind.FluviusCsv;
    public string Attribution => "Bron: Fluvius open data, bewerking Provincies in Cijfers";

    public static readonly string[] Columns =
    [
        "geoitem", "period", "v2506_elek_nietres_cons", "v2506_elek_res_cons", "v2506_elek_nietres_n", "v2506_elek_res_n",
        "v2506_elek_res_injectie", "v2506_gas_res_cons", "v2506_gas_nietres_cons", "v2506_gas_res_n", "v2506_gas_nietres_n",
    ];

    public async Task<int> ImportAsync(ImportContext ctx)
    {
        using var csv = new CsvTable(ctx.Path, Columns);
        await using var writer = new BatchWriter(ctx.Db);
        var n = 0;
        while (csv.Read())
        {
            n++;
            var year = csv.RequiredNumber("period");
            if (year is < 1990 or > 2100 || year != Math.Floor(year)) throw csv.Bad("period", $"'{year}' is not a year.");
            await writer.AddAsync(new MeasuredEnergyUse
            {
                SourceId = ctx.Source.Id,
                SectorCode = csv.RequiredText("geoitem"),
                Year = (int)year,
                ElectricityNonResidentialKWh = Value(csv, "v2506_elek_nietres_cons"),
                ElectricityResidentialKWh = Value(csv, "v2506_elek_res_cons"),
                ElectricityNonResidentialCustomers = Count(csv, "v2506_elek_nietres_n"),
                ElectricityResidentialCustomers = Count(csv, "v2506_elek_res_n"),
                ElectricityInjectedKWh = Value(csv, "v2506_elek_res_injectie"),
                GasResidentialKWh = Value(csv, "v2506_gas_res_cons"),
                GasNonResidentialKWh = Value(csv, "v2506_gas_nietres_cons"),
                GasResidentialCustomers = Count(csv, "v2506_gas_res_n"),
                GasNonResidentialCustomers = Count(csv, "v2506_gas_nietres_n"),
            }, ctx.Cancellation);
            if (n % 5000 == 0) ctx.Report("sectors", n, null);
        }
        await writer.FlushAsync(ctx.Cancellation);
        if (n == 0) throw new BadInputException(ctx.Path, "line 2", null, "has a header but no data rows.");
        return n;
    }

    private static double? Value(CsvTable csv, string column)
    {
        var v = csv.Number(column);
        if (v is null or -99999) return null;
        if (v < 0) throw csv.Bad(column, $"'{v}' is negative; only -99999 (not applicable) may be.");
        return v;
    }

    private static int? Count(CsvTable csv, string column)
    {
        var v = Value(csv, column);
        if (v is null) return null;
        if (v != Math.Floor(v.Value)) throw csv.Bad(column, $"'{v}' is not a whole number.");
        return (int)v;
    }
}
