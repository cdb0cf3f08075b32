using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Import.Generic;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Lekp;

namespace Wijkwerf.Data.Lekp;

/// <summary>What a population-figures import did.</summary>
public sealed record PopulationFiguresOutcome(string File, string Layout, DateOnly ReferenceDate, int Municipalities, int Districts);

/// <summary>Imports inhabitants and housing units with their reference date, for the LEKP targets (columns in
/// docs/lekp.md, "Municipal figures"). Two layouts, told apart by the header:
/// <list type="bullet">
/// <item><b>Statbel</b> population by place of residence (<c>TF_SOC_POP_STRUCT_YYYY</c>, pipe-separated TXT or CSV):
/// <c>CD_REFNIS</c> (NIS code of the municipality) and <c>MS_POPULATION</c>, one row per sex × nationality × civil state ×
/// age, summed per municipality. The file is as of 1 January of its year; give that date.</item>
/// <item><b>Wijkwerf</b> figures (CSV): <c>code</c> (a municipality code such as <c>13019</c> or <c>GM1916</c>, or a
/// district code such as <c>13019W04</c>), <c>inhabitants</c> and/or <c>housing_units</c>, optional
/// <c>reference_date</c>. For CBS figures (KWB <c>aantal_inwoners</c>, <c>woningvoorraad</c>) and for staff's own counts.</item>
/// </list>
/// Every row is checked before anything is written; one transaction. A municipality's figures and reference date are
/// replaced; a district's are kept in <see cref="DistrictPopulation"/> (one row per district, replaced).</summary>
public sealed class PopulationFiguresImport(WijkwerfDb db)
{
    /// <param name="referenceDate">The date the figures refer to; required unless every row has a <c>reference_date</c>.</param>
    /// <exception cref="BadInputException">Unknown code, negative or missing figure, missing date; nothing is stored.</exception>
    public async Task<PopulationFiguresOutcome> ImportAsync(string path, DateOnly? referenceDate, CancellationToken ct = default)
    {
        path = Path.GetFullPath(path);
        if (!File.Exists(path)) throw new BadInputException(path, null, null, "file not found.");
        var header = CsvTable.ReadHeader(path);
        var statbel = header.Contains("CD_REFNIS", StringComparer.OrdinalIgnoreCase);
        if (statbel && header.Contains("CD_SECTOR", StringComparer.OrdinalIgnoreCase))
            throw new BadInputException(path, "line 1", "CD_SECTOR", "figures per statistical sector are not supported yet: use the file per municipality (TF_SOC_POP_STRUCT) or the Wijkwerf layout per district.");

        var municipalities = await db.Municipalities.ToDictionaryAsync(m => m.Code, StringComparer.OrdinalIgnoreCase, ct);
        var districtCodes = (await db.Districts.AsNoTracking().Select(d => d.Code).ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var perMunicipality = new Dictionary<string, (long? Inhabitants, long? HousingUnits, DateOnly Date)>(StringComparer.OrdinalIgnoreCase);
        var perDistrict = new Dictionary<string, (long? Inhabitants, long? HousingUnits, DateOnly Date)>(StringComparer.OrdinalIgnoreCase);

        using (var csv = statbel ? new CsvTable(path, "CD_REFNIS", "MS_POPULATION") : new CsvTable(path, "code"))
        {
            if (!statbel && !csv.Has("inhabitants") && !csv.Has("housing_units"))
                throw new BadInputException(path, "line 1", "inhabitants", "needs an inhabitants or a housing_units column (or Statbel's CD_REFNIS and MS_POPULATION).");
            while (csv.Read())
            {
                var date = Date(csv, referenceDate, path);
                if (statbel)
                {
                    var code = csv.RequiredText("CD_REFNIS").Trim();
                    if (!municipalities.ContainsKey(code)) throw new BadInputException(path, csv.Where, "CD_REFNIS", $"no municipality with NIS code '{code}' (import the municipalities first).");
                    var n = Count(csv, "MS_POPULATION", path) ?? throw new BadInputException(path, csv.Where, "MS_POPULATION", "value is missing.");
                    perMunicipality[code] = (perMunicipality.TryGetValue(code, out var sum) ? sum.Inhabitants + n : n, null, date);
                    continue;
                }
                var key = csv.RequiredText("code").Trim();
                var inhabitants = csv.Has("inhabitants") ? Count(csv, "inhabitants", path) : null;
                var housing = csv.Has("housing_units") ? Count(csv, "housing_units", path) : null;
                if (inhabitants is null && housing is null) throw new BadInputException(path, csv.Where, "inhabitants", "neither inhabitants nor housing_units is given.");
                var target = municipalities.ContainsKey(key) ? perMunicipality
                    : districtCodes.Contains(key) ? perDistrict
                    : throw new BadInputException(path, csv.Where, "code", $"'{key}' is no municipality or district code (import them first).");
                if (target.ContainsKey(key)) throw new BadInputException(path, csv.Where, "code", $"'{key}' appears twice.");
                target[key] = (inhabitants, housing, date);
            }
        }
        if (perMunicipality.Count + perDistrict.Count == 0) throw new BadInputException(path, null, null, "has no figures.");
        foreach (var (code, f) in perMunicipality.Where(x => x.Value.Inhabitants > int.MaxValue))
            throw new BadInputException(path, null, "MS_POPULATION", $"the sum for {code} ({f.Inhabitants}) is too large.");

        var name = Path.GetFileName(path);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                await WriteAsync(tx);
            }
            catch
            {
                await tx.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                throw;
            }
        });
        var first = perMunicipality.Values.Concat(perDistrict.Values).First().Date;
        return new PopulationFiguresOutcome(name, statbel ? "statbel" : "wijkwerf", first, perMunicipality.Count, perDistrict.Count);

        async Task WriteAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction tx)
        {
            foreach (var (code, f) in perMunicipality)
            {
                var m = municipalities[code];
                if (f.Inhabitants is not null) m.Inhabitants = (int)f.Inhabitants;
                if (f.HousingUnits is not null) m.HousingUnits = (int)f.HousingUnits;
                m.FiguresReferenceDate = f.Date;
            }
            var existing = await db.DistrictPopulations.Where(p => perDistrict.Keys.Contains(p.DistrictCode)).ToDictionaryAsync(p => p.DistrictCode, StringComparer.OrdinalIgnoreCase, ct);
            foreach (var (code, f) in perDistrict)
            {
                if (!existing.TryGetValue(code, out var row)) db.DistrictPopulations.Add(row = new DistrictPopulation { DistrictCode = code, Source = name });
                row.Inhabitants = (int?)f.Inhabitants ?? row.Inhabitants;
                row.HousingUnits = (int?)f.HousingUnits ?? row.HousingUnits;
                row.ReferenceDate = f.Date;
                row.Source = name;
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
    }

    private static long? Count(CsvTable csv, string column, string path)
    {
        var v = csv.Number(column);
        if (v is null) return null;
        if (v < 0 || v != Math.Floor(v.Value)) throw new BadInputException(path, csv.Where, column, $"{v.Value.ToString(CultureInfo.InvariantCulture)} is not a whole number of zero or more.");
        return (long)v.Value;
    }

    private static DateOnly Date(CsvTable csv, DateOnly? fallback, string path)
    {
        var text = csv.Has("reference_date") ? csv.Text("reference_date") : null;
        if (string.IsNullOrWhiteSpace(text))
            return fallback ?? throw new BadInputException(path, csv.Where, "reference_date", "no reference date: give a reference_date column or --date.");
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new BadInputException(path, csv.Where, "reference_date", $"'{text}' is not a date (yyyy-mm-dd).");
    }
}
