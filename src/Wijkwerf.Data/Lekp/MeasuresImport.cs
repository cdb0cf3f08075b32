using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Wijkwerf.Data.Geo;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Import.Generic;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Lekp;
using Wijkwerf.Domain.Sources;
using Wijkwerf.Domain.Werven;
using Wijkwerf.Engine.Lekp;

namespace Wijkwerf.Data.Lekp;

/// <summary>What a measures import did.</summary>
public sealed record MeasuresImportOutcome(string File, SourceKind Kind, int Measures, bool Replaced, IReadOnlyList<string> Municipalities);

/// <summary>Imports the measures of a district plan from CSV, GeoJSON or XLSX (first worksheet) (columns in docs/import-formats.md, "Measures").
/// All rows are checked before anything is written, then stored in one transaction: bad input throws
/// <see cref="BadInputException"/> naming the line or feature and the field, and nothing is stored. Re-importing a
/// file with the same name replaces the measures it brought, like every other source.</summary>
/// <remarks>A separate service rather than an <see cref="IImporter"/>: measures are plans, not district-model data, so
/// they need no district-model derivation and are checked against the LEKP targets table. <see cref="ImportService"/>
/// hands measure files (detected from their <c>werf</c> and <c>quantity</c> columns) to this service, so
/// <c>wijkwerf import</c> and <c>wijkwerf measures import</c> do the same.</remarks>
public sealed class MeasuresImport(WijkwerfDb db, LekpTargetTable? targets = null)
{
    private readonly LekpTargetTable _targets = targets ?? LekpTargetTable.Default;

    public const string Attribution = "Maatregelen van de gemeente (eigen gegevens)";

    /// <summary>The columns (CSV) or properties (GeoJSON) read; <c>werf</c>, <c>title</c>, <c>quantity</c> and
    /// <c>status</c> are required.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "municipality", "district_code", "werf", "target_key", "title", "quantity", "unit", "status", "start_date", "end_date",
        "cost_eur", "funding", "budget_code", "owner", "street_name", "lon", "lat", "street_works_ref", "heat_network_ref",
        "renovation_project_ref",
    ];

    /// <param name="municipalityCode">Municipality for rows that name neither a municipality nor a district.</param>
    public async Task<MeasuresImportOutcome> ImportAsync(string path, string? municipalityCode = null, CancellationToken ct = default)
    {
        path = Path.GetFullPath(path);
        var info = new FileInfo(path);
        if (!info.Exists) throw new BadInputException(path, null, null, "file not found.");
        if (info.Length == 0) throw new BadInputException(path, null, null, "file is empty (0 bytes).");
        var kind = KindOf(path);

        var (checker, municipalities) = await CheckerAsync(path, municipalityCode, "--municipality", ct);

        var measures = new List<Measure>();
        if (kind == SourceKind.MeasuresXlsx)
        {
            var rows = XlsxTable.Read(path, out var header);
            foreach (var required in new[] { "werf", "title", "quantity", "status" })
                if (!header.Contains(required)) throw new BadInputException(path, "row 1", required, "required column is missing.");
            foreach (var row in rows)
            {
                string? Text(string name) => row.Cells.TryGetValue(name, out var v) ? v : null;
                double? Number(string name)
                {
                    var v = Text(name);
                    if (v is null) return null;
                    return double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
                        ? d : throw new BadInputException(path, row.Where, name, $"'{v}' is not a number.");
                }
                measures.Add(checker.Check(new Row(row.Where, Text, Number, null)));
            }
        }
        else if (kind == SourceKind.MeasuresCsv)
        {
            using var csv = new CsvTable(path, "werf", "title", "quantity", "status");
            while (csv.Read())
                measures.Add(checker.Check(new Row(csv.Where, csv.Text, csv.Number, null)));
        }
        else
        {
            await foreach (var (crs, f) in GeoJsonFeatureReader.ReadAsync(path, ct))
            {
                Func<string, string, Exception> bad = (field, problem) => new BadInputException(path, f.Where, field, problem);
                var geometry = f.Geometry is null ? null : Crs.Between(crs, Crs.Wgs84).Project(f.Geometry);
                measures.Add(checker.Check(new Row(f.Where, f.Text, name => f.Number_(name, bad), geometry)));
            }
        }
        if (measures.Count == 0) throw new BadInputException(path, null, null, "has no measures.");

        var name = Path.GetFileName(path);
        var sha = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path, ct)));
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var source = await db.Sources.FirstOrDefaultAsync(s => s.Kind == kind && s.Name == name, ct);
                var replaced = source is not null;
                if (source is null)
                {
                    source = new ImportSource { Kind = kind, Name = name, Sha256 = sha, Attribution = Attribution };
                    db.Sources.Add(source);
                }
                else await db.Measures.Where(m => m.SourceId == source.Id).ExecuteDeleteAsync(ct);
                source.Sha256 = sha;
                source.ImportedAt = DateTimeOffset.UtcNow;
                source.Features = measures.Count;
                await db.SaveChangesAsync(ct);
                foreach (var m in measures) m.SourceId = source.Id;
                db.Measures.AddRange(measures);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                db.ChangeTracker.Clear();
                var codes = measures.Select(m => municipalities.Values.First(x => x.Id == m.MunicipalityId).Code).Distinct().Order().ToArray();
                return new MeasuresImportOutcome(name, kind, measures.Count, replaced, codes);
            }
            catch
            {
                await tx.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                throw;
            }
        });
    }

    /// <summary>Checks one measure given as field values named like the import columns (<see cref="Columns"/>), the
    /// way the API and the edit form enter a measure: the same rules as a file row. <paramref name="where"/> names the
    /// input in the message (e.g. <c>form</c>).</summary>
    /// <exception cref="BadInputException">A field is missing or wrong; the message names it.</exception>
    public async Task<Measure> CheckOneAsync(IReadOnlyDictionary<string, string?> fields, string municipalityCode, string where, CancellationToken ct = default)
    {
        var (checker, _) = await CheckerAsync(where, municipalityCode, "municipality", ct);
        // The municipality is the caller's (the tenant's), never a field of the input.
        string? Text(string name) => name == "municipality" ? municipalityCode
            : fields.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        double? Number(string name) => Text(name) is not { } v ? null
            : double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
                ? d : throw new BadInputException(where, null, name, $"'{v}' is not a number.");
        return checker.Check(new Row(where, Text, Number, null));
    }

    private async Task<(RowChecker Checker, Dictionary<string, MunicipalityRef> Municipalities)> CheckerAsync(
        string path, string? municipalityCode, string municipalityField, CancellationToken ct)
    {
        var municipalities = await db.Municipalities.AsNoTracking()
            .Select(m => new MunicipalityRef(m.Id, m.Code, m.PactVersion)).ToDictionaryAsync(m => m.Code, StringComparer.OrdinalIgnoreCase, ct);
        MunicipalityRef? fallback = null;
        if (municipalityCode is not null && !municipalities.TryGetValue(municipalityCode, out fallback))
            throw new BadInputException(path, null, municipalityField, $"no municipality with code '{municipalityCode}' (list them with: wijkwerf municipalities).");
        var districts = new Dictionary<string, int?>(StringComparer.OrdinalIgnoreCase);
        foreach (var d in await db.Districts.AsNoTracking().Select(d => new { d.Code, d.MunicipalityId }).ToListAsync(ct))
            districts[d.Code] = d.MunicipalityId;
        return (new RowChecker(path, _targets, municipalities, districts, fallback), municipalities);
    }

    /// <summary>From the content: a zip is an XLSX workbook, text starting with <c>{</c> GeoJSON, other text CSV.</summary>
    private static SourceKind KindOf(string path)
    {
        Span<byte> head = stackalloc byte[4];
        using (var s = File.OpenRead(path))
            if (s.Read(head) == 4 && XlsxTable.LooksLikeZip(head)) return SourceKind.MeasuresXlsx;
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        int c;
        while ((c = reader.Read()) >= 0)
            if (!char.IsWhiteSpace((char)c)) return c == '{' ? SourceKind.MeasuresGeoJson : SourceKind.MeasuresCsv;
        return SourceKind.MeasuresCsv;
    }

    private sealed record MunicipalityRef(int Id, string Code, string? PactVersion);

    /// <summary>One CSV line or GeoJSON feature, read through the same accessors.</summary>
    private sealed record Row(string Where, Func<string, string?> Text, Func<string, double?> Number, Geometry? Geometry);

    private sealed class RowChecker(string path, LekpTargetTable targets, Dictionary<string, MunicipalityRef> municipalities,
        Dictionary<string, int?> districts, MunicipalityRef? fallback)
    {
        public Measure Check(Row r)
        {
            BadInputException Bad(string field, string problem) => new(path, r.Where, field, problem);
            string Required(string field) => r.Text(field)?.Trim() is { Length: > 0 } v ? v : throw Bad(field, "value is missing.");

            // Where: a district code fixes the municipality; a municipality column must agree with it.
            MunicipalityRef? municipality = null;
            if (r.Text("municipality")?.Trim() is { Length: > 0 } mc && !municipalities.TryGetValue(mc, out municipality))
                throw Bad("municipality", $"no municipality with code '{mc}'.");
            var districtCode = r.Text("district_code")?.Trim() is { Length: > 0 } dc ? dc : null;
            if (districtCode is not null)
            {
                if (!districts.TryGetValue(districtCode, out var districtMunicipality))
                    throw Bad("district_code", $"no district with code '{districtCode}' (import the districts first).");
                var owner = municipalities.Values.FirstOrDefault(m => m.Id == districtMunicipality);
                if (municipality is not null && owner is not null && owner.Id != municipality.Id)
                    throw Bad("district_code", $"district '{districtCode}' lies in municipality {owner.Code}, not {municipality.Code}.");
                if (municipality is null && fallback is not null && owner is not null && owner.Id != fallback.Id)
                    throw Bad("district_code", $"district '{districtCode}' lies in municipality {owner.Code}, not {fallback.Code} (--municipality).");
                municipality ??= owner;
            }
            municipality ??= fallback ?? throw Bad("municipality", "value is missing: give a municipality code, a district_code or --municipality.");

            var werfText = Required("werf");
            if (!WerfSlugs.TryParse(werfText, out var werf)) throw Bad("werf", $"'{werfText}' is not a werf ({WerfSlugs.All}).");

            var unit = NormalUnit(r.Text("unit"));
            var targetKey = r.Text("target_key")?.Trim() is { Length: > 0 } tk ? tk : null;
            if (targetKey is not null)
            {
                var target = (municipality.PactVersion is { } v && targets.HasVersion(v)
                                 ? targets.For(v).FirstOrDefault(t => t.Key == targetKey)
                                 : targets.AnyVersion(targetKey))
                             ?? throw Bad("target_key", $"'{targetKey}' is no LEKP target{(municipality.PactVersion is { } pv ? $" of pact {pv}" : "")}.");
                if (target.Werf != werf)
                    throw Bad("werf", $"target '{targetKey}' belongs to werf '{target.Werf.Slug()}', not '{werf.Slug()}'.");
                unit ??= target.Unit;
                if (unit != target.Unit) throw Bad("unit", $"'{unit}' does not fit target '{targetKey}', which counts in '{target.Unit}'.");
            }
            if (unit is null) throw Bad("unit", "value is missing (needed when the measure counts towards no target).");

            var quantity = r.Number("quantity") ?? throw Bad("quantity", "value is missing.");
            if (quantity < 0) throw Bad("quantity", $"{quantity.ToString(CultureInfo.InvariantCulture)} is negative.");
            var cost = r.Number("cost_eur");
            if (cost < 0) throw Bad("cost_eur", $"{cost.Value.ToString(CultureInfo.InvariantCulture)} is negative.");

            var status = ParseEnum<MeasureStatus>(r.Text("status"), "status", Bad) ?? throw Bad("status", "value is missing.");
            var funding = ParseEnum<FundingKind>(r.Text("funding"), "funding", Bad);
            var start = Date(r, "start_date", Bad);
            var end = Date(r, "end_date", Bad);
            if (start is not null && end is not null && end < start) throw Bad("end_date", $"{end:yyyy-MM-dd} is before start_date {start:yyyy-MM-dd}.");

            var geometry = r.Geometry;
            var lon = r.Number("lon");
            var lat = r.Number("lat");
            if (geometry is null && (lon is not null || lat is not null))
            {
                if (lon is not { } x || x is < -180 or > 180) throw Bad("lon", "needs a longitude between -180 and 180 (WGS84) together with lat.");
                if (lat is not { } y || y is < -90 or > 90) throw Bad("lat", "needs a latitude between -90 and 90 (WGS84) together with lon.");
                geometry = new Point(x, y) { SRID = Crs.Wgs84 };
            }

            return new Measure
            {
                MunicipalityId = municipality.Id,
                Werf = werf,
                TargetKey = targetKey,
                Title = Required("title"),
                Quantity = quantity,
                Unit = unit,
                DistrictCode = districtCode,
                Location = geometry,
                StreetName = r.Text("street_name"),
                Status = status,
                StartDate = start,
                EndDate = end,
                CostEur = cost,
                Funding = funding,
                BudgetCode = r.Text("budget_code"),
                Owner = r.Text("owner"),
                StreetWorksRef = r.Text("street_works_ref"),
                HeatNetworkRef = r.Text("heat_network_ref"),
                RenovationProjectRef = r.Text("renovation_project_ref"),
            };
        }

        private DateOnly? Date(Row r, string field, Func<string, string, BadInputException> bad)
        {
            var text = r.Text(field);
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                throw bad(field, $"'{text}' is not a date (yyyy-mm-dd).");
            // Only what is finished by the end of the pact can count for it.
            if (d > targets.PactEnd) throw bad(field, $"{d:yyyy-MM-dd} is after the end of the pact ({targets.PactEnd:yyyy-MM-dd}).");
            return d;
        }
    }

    /// <summary>Unit slugs as in the targets table: lower case, <c>m²</c> → <c>m2</c>, spaces and dashes → <c>_</c>.</summary>
    public static string? NormalUnit(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit)) return null;
        return unit.Trim().ToLowerInvariant().Replace("²", "2").Replace("³", "3").Replace(' ', '_').Replace('-', '_');
    }

    /// <summary>Enum names compared without case, spaces, dashes and underscores: <c>in_progress</c> = <c>InProgress</c>.</summary>
    private static T? ParseEnum<T>(string? text, string field, Func<string, string, BadInputException> bad) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var key = Squash(text);
        foreach (var v in Enum.GetValues<T>())
            if (Squash(v.ToString()) == key) return v;
        throw bad(field, $"'{text}' is not one of {string.Join(", ", Enum.GetValues<T>().Select(Snake))}.");
    }

    private static string Squash(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    /// <summary><c>InProgress</c> → <c>in_progress</c>: how enum values are written in the files.</summary>
    public static string Snake<T>(T value) where T : struct, Enum
    {
        var s = value.ToString();
        var b = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            if (i > 0 && char.IsUpper(s[i])) b.Append('_');
            b.Append(char.ToLowerInvariant(s[i]));
        }
        return b.ToString();
    }
}
