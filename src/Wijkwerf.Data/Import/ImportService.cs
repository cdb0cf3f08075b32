using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.DistrictModel;
using Wijkwerf.Data.Import.Bag;
using Wijkwerf.Data.Import.Cbs;
using Wijkwerf.Data.Import.Fluvius;
using Wijkwerf.Data.Import.Generic;
using Wijkwerf.Data.Import.Statbel;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Sources;

namespace Wijkwerf.Data.Import;

/// <summary>What an import did.</summary>
public sealed record ImportOutcome(string File, SourceKind Kind, int Features, bool Replaced, TimeSpan Duration);

/// <summary>Imports files: detects the kind from the content, runs the importer and the district-model derivation in
/// one transaction, replacing what an earlier import of the same source (same kind, same file name) brought. Bad input
/// throws <see cref="BadInputException"/> and leaves the database exactly as it was.</summary>
public sealed class ImportService(WijkwerfDb db)
{
    private static readonly Dictionary<SourceKind, Func<IImporter>> Importers = new()
    {
        [SourceKind.BagGeoPackage] = () => new BagImporter(),
        [SourceKind.CbsBuurtenGeoPackage] = () => new CbsBuurtenImporter(),
        [SourceKind.CbsGemeentenGeoJson] = () => new CbsGemeentenImporter(),
        [SourceKind.StatbelWijkenGeoPackage] = () => new StatbelWijkenImporter(),
        [SourceKind.StatbelGemeentenGeoPackage] = () => new StatbelGemeentenImporter(),
        [SourceKind.FluviusCsv] = () => new FluviusImporter(),
        [SourceKind.GeoJsonBuildings] = () => new GeoJsonBuildingsImporter(),
        [SourceKind.GeoJsonDistricts] = () => new GeoJsonDistrictsImporter(),
        [SourceKind.CsvUnits] = () => new UnitsCsvImporter(),
        [SourceKind.CsvSectorDistricts] = () => new SectorDistrictsCsvImporter(),
        [SourceKind.OpenStreetMap] = () => new Osm.OsmImporter(),
    };

    public static IImporter ImporterFor(SourceKind kind) =>
        Importers.TryGetValue(kind, out var make) ? make() : throw new NotSupportedException($"No importer for {kind}.");

    public async Task<ImportOutcome> ImportAsync(string path, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        path = Path.GetFullPath(path);
        var kind = FileKindDetector.Detect(path);
        if (kind is SourceKind.MeasuresCsv or SourceKind.MeasuresGeoJson or SourceKind.MeasuresXlsx)
        {
            // Plans, not district-model data: checked against the LEKP targets, no derivation (see MeasuresImport).
            var m = await new Lekp.MeasuresImport(db).ImportAsync(path, null, ct);
            return new ImportOutcome(m.File, m.Kind, m.Measures, m.Replaced, clock.Elapsed);
        }
        var importer = ImporterFor(kind);
        var name = Path.GetFileName(path);
        var sha = await HashAsync(path, ct);

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var source = await db.Sources.FirstOrDefaultAsync(s => s.Kind == kind && s.Name == name, ct);
                var replaced = source is not null;
                var area = LonLatBox.Empty;
                if (source is not null)
                {
                    area = await ExtentAsync(source.Id, ct);
                    await RemoveRowsAsync(source.Id, ct);
                }
                else
                {
                    source = new ImportSource { Kind = kind, Name = name, Sha256 = sha, Attribution = importer.Attribution };
                    db.Sources.Add(source);
                }
                source.Sha256 = sha;
                source.Attribution = importer.Attribution;
                source.ImportedAt = DateTimeOffset.UtcNow;
                await db.SaveChangesAsync(ct);

                var context = new ImportContext(db, source, path, progress, ct);
                var features = await importer.ImportAsync(context);
                db.ChangeTracker.Clear();
                await db.Sources.Where(s => s.Id == source.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Features, features), ct);

                area = area.Union(await ExtentAsync(source.Id, ct));
                await new DistrictModelDerivation(db).RunAsync(area, (done, total) => context.Report("district model", done, total), ct);
                await MeasuredEnergyLinks.RefreshAsync(db, ct);

                await tx.CommitAsync(ct);
                db.ChangeTracker.Clear();
                return new ImportOutcome(name, kind, features, replaced, clock.Elapsed);
            }
            catch
            {
                await tx.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                throw;
            }
        });
    }

    /// <summary>The lon/lat box of everything a source brought (buildings, districts, streets, addresses).</summary>
    private async Task<LonLatBox> ExtentAsync(int sourceId, CancellationToken ct)
    {
        var box = LonLatBox.Empty;
        async Task Add<T>(IQueryable<T> rows) where T : class, Domain.Places.IHasExtent
        {
            var e = await rows.GroupBy(_ => 1).Select(g => new { MinLon = g.Min(x => x.MinLon), MinLat = g.Min(x => x.MinLat), MaxLon = g.Max(x => x.MaxLon), MaxLat = g.Max(x => x.MaxLat) })
                .FirstOrDefaultAsync(ct);
            if (e is not null) box = box.Union(new LonLatBox(e.MinLon, e.MinLat, e.MaxLon, e.MaxLat));
        }
        await Add(db.Buildings.Where(b => b.SourceId == sourceId));
        await Add(db.Districts.Where(d => d.SourceId == sourceId));
        await Add(db.StreetSegments.Where(s => s.SourceId == sourceId));
        var u = await db.Units.Where(x => x.SourceId == sourceId).GroupBy(_ => 1)
            .Select(g => new { MinLon = g.Min(x => x.Lon), MinLat = g.Min(x => x.Lat), MaxLon = g.Max(x => x.Lon), MaxLat = g.Max(x => x.Lat) })
            .FirstOrDefaultAsync(ct);
        if (u is not null) box = box.Union(new LonLatBox(u.MinLon, u.MinLat, u.MaxLon, u.MaxLat));
        return box;
    }

    /// <summary>Removes what a source brought; derived references to its rows are cleared first.</summary>
    private async Task RemoveRowsAsync(int sourceId, CancellationToken ct)
    {
        var districtIds = db.Districts.Where(d => d.SourceId == sourceId).Select(d => (int?)d.Id);
        await db.Buildings.Where(b => districtIds.Contains(b.DistrictId)).ExecuteUpdateAsync(u => u.SetProperty(b => b.DistrictId, (int?)null), ct);
        await db.StreetSegments.Where(s => districtIds.Contains(s.DistrictId)).ExecuteUpdateAsync(u => u.SetProperty(s => s.DistrictId, (int?)null), ct);
        await db.Units.Where(s => districtIds.Contains(s.DistrictId)).ExecuteUpdateAsync(u => u.SetProperty(s => s.DistrictId, (int?)null), ct);
        var streetIds = db.StreetSegments.Where(s => s.SourceId == sourceId).Select(s => (long?)s.Id);
        await db.Buildings.Where(b => streetIds.Contains(b.StreetSegmentId))
            .ExecuteUpdateAsync(u => u.SetProperty(b => b.StreetSegmentId, (long?)null).SetProperty(b => b.ConnectionLengthM, (double?)null), ct);
        var buildingIds = db.Buildings.Where(b => b.SourceId == sourceId).Select(b => (long?)b.Id);
        await db.Units.Where(x => buildingIds.Contains(x.BuildingId)).ExecuteUpdateAsync(u => u.SetProperty(x => x.BuildingId, (long?)null), ct);

        await db.Units.Where(x => x.SourceId == sourceId).ExecuteDeleteAsync(ct);
        await db.Buildings.Where(x => x.SourceId == sourceId).ExecuteDeleteAsync(ct);
        await db.StreetSegments.Where(x => x.SourceId == sourceId).ExecuteDeleteAsync(ct);
        await db.LandUses.Where(x => x.SourceId == sourceId).ExecuteDeleteAsync(ct);
        await db.MeasuredEnergyUses.Where(x => x.SourceId == sourceId).ExecuteDeleteAsync(ct);
        await db.SectorDistrictLinks.Where(x => x.SourceId == sourceId).ExecuteDeleteAsync(ct);
        await db.Districts.Where(x => x.SourceId == sourceId).ExecuteDeleteAsync(ct);
    }

    private static async Task<string> HashAsync(string path, CancellationToken ct)
    {
        await using var s = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(s, ct));
    }
}
