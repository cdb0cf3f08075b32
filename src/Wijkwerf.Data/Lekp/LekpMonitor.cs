using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Lekp;
using Wijkwerf.Domain.Places;
using Wijkwerf.Domain.Werven;
using Wijkwerf.Engine.Lekp;

namespace Wijkwerf.Data.Lekp;

/// <summary>Progress on one LEKP target. <see cref="Required"/> and <see cref="Gap"/> are null when the figure it is
/// counted per (inhabitants, housing units) is unknown.</summary>
public sealed record TargetRow(
    string Key, string Name, string NameNl, string Werf, string Unit, double? Required, double Realised, double Planned,
    double? Gap, double Projected2030, string Source);

/// <summary>Progress of one district. <see cref="HousingUnits"/> and <see cref="FiguresReferenceDate"/> come from an
/// imported figures file (<see cref="PopulationFiguresImport"/>); without one the targets per housing unit have no
/// required value in the district.</summary>
public sealed record DistrictTargets(string Code, string Name, int? Inhabitants, int? HousingUnits, DateOnly? FiguresReferenceDate, IReadOnlyList<TargetRow> Targets);

/// <summary>The LEKP monitor of one municipality: the pact's targets with what is realised, planned and projected, for
/// the whole municipality and per district. <see cref="UncountedMeasures"/> is the number of measures whose target key
/// is not a target of the municipality's pact version (e.g. <c>laadpunten</c> of pact 1.0 after switching to 2.0), so a
/// page can say why they are missing.</summary>
public sealed record MunicipalityTargets(
    string Code, string Name, string PactVersion, int? Inhabitants, int? HousingUnits, DateOnly? FiguresReferenceDate,
    DateOnly PactEnd, IReadOnlyList<TargetRow> Targets, IReadOnlyList<DistrictTargets> Districts, int UncountedMeasures);

/// <summary>A quantity another module counts towards a target (the extension point of the monitor).</summary>
public sealed record LekpContribution(string TargetKey, string? DistrictCode, double Quantity, MeasureStatus Status, DateOnly? EndDate);

/// <summary>Counts that other modules will add to the monitor: trees and unsealed m² from street works, fossil-free
/// connections from the heat network plan, collective renovations from the one-stop-shop journeys. Register one per
/// module with <see cref="LekpMonitor"/>; until then the municipality's own <see cref="Measure"/>s are the only count.</summary>
public interface ILekpContributionSource
{
    Task<IReadOnlyList<LekpContribution>> ContributionsAsync(int municipalityId, CancellationToken ct);
}

/// <summary>Every module that counts toward LEKP targets, so the page, the API, the council report and the CLI all
/// read the same monitor: finished collective renovations (one-stop shop) and street works (trees, unsealing,
/// rainwater buffering, charging points).</summary>
public static class LekpContributionSources
{
    public static IReadOnlyList<ILekpContributionSource> All(WijkwerfDb db) =>
        [new OneStopShop.CollectiveRenovationContributions(db), new Streets.StreetWorksLekpContributions(db)];
}

/// <summary>Reads the LEKP monitor: required quantities from the municipality's figures and pact version
/// (<see cref="TargetCalculator"/>), realised and planned quantities summed from its measures by status.</summary>
/// <remarks>District rows use the district's imported figures (<see cref="Domain.Lekp.DistrictPopulation"/>), else the
/// inhabitants of the district source; targets per 1,000 housing units need an imported housing-unit count, else their
/// required value is null there. A measure whose target key is
/// not in the municipality's pact version (e.g. <c>laadpunten</c> of pact 1.0 under 2.0) is not counted.</remarks>
public sealed class LekpMonitor(WijkwerfDb db, LekpTargetTable? targets = null, IEnumerable<ILekpContributionSource>? contributions = null)
{
    private readonly LekpTargetTable _targets = targets ?? LekpTargetTable.Default;

    /// <returns>Null when no municipality has this code or name.</returns>
    /// <exception cref="InvalidOperationException">The municipality has no pact version (set it with <c>municipality set --pact</c>).</exception>
    public async Task<MunicipalityTargets?> ForMunicipalityAsync(string nameOrCode, CancellationToken ct = default)
    {
        var m = await LekpMunicipalities.FindAsync(db, nameOrCode, ct);
        if (m is null) return null;
        if (m.PactVersion is null || !_targets.HasVersion(m.PactVersion))
            throw new InvalidOperationException($"{m.Name} ({m.Code}) has no LEKP pact version; set it with: wijkwerf municipality set {m.Code} --pact 2.0");
        var table = _targets.For(m.PactVersion);

        var rows = await db.Measures.AsNoTracking().Where(x => x.MunicipalityId == m.Id && x.TargetKey != null)
            .Select(x => new LekpContribution(x.TargetKey!, x.DistrictCode, x.Quantity, x.Status, x.EndDate)).ToListAsync(ct);
        foreach (var source in contributions ?? LekpContributionSources.All(db)) rows.AddRange(await source.ContributionsAsync(m.Id, ct));

        var districts = await db.Districts.AsNoTracking().Where(d => d.MunicipalityId == m.Id).OrderBy(d => d.Code)
            .Select(d => new { d.Code, d.Name, d.Inhabitants }).ToListAsync(ct);
        // Imported or typed district figures (PopulationFiguresImport) win over the district source's inhabitants.
        var codes = districts.Select(d => d.Code).ToArray();
        var population = await db.DistrictPopulations.AsNoTracking().Where(p => codes.Contains(p.DistrictCode))
            .ToDictionaryAsync(p => p.DistrictCode, StringComparer.OrdinalIgnoreCase, ct);
        return new MunicipalityTargets(m.Code, m.Name, m.PactVersion, m.Inhabitants, m.HousingUnits, m.FiguresReferenceDate, _targets.PactEnd,
            Rows(table, m.Inhabitants, m.HousingUnits, rows),
            districts.Select(d =>
            {
                population.TryGetValue(d.Code, out var p);
                var inhabitants = p?.Inhabitants ?? d.Inhabitants;
                return new DistrictTargets(d.Code, d.Name, inhabitants, p?.HousingUnits, p?.ReferenceDate,
                    Rows(table, inhabitants, p?.HousingUnits, rows.Where(r => string.Equals(r.DistrictCode, d.Code, StringComparison.OrdinalIgnoreCase))));
            }).ToArray(),
            rows.Count(r => table.All(t => t.Key != r.TargetKey)));
    }

    private static TargetRow[] Rows(IReadOnlyList<LekpTarget> table, int? inhabitants, int? housingUnits, IEnumerable<LekpContribution> rows) =>
        TargetCalculator.ProgressAll(table, inhabitants, housingUnits,
                rows.Select(r => (r.TargetKey, new MeasureContribution(r.Quantity, r.Status, r.EndDate))))
            .Select(p => new TargetRow(p.Target.Key, p.Target.DescriptionEn, p.Target.DescriptionNl, p.Target.Werf.Slug(), p.Target.Unit,
                p.Required, p.Realised, p.Planned, p.Gap, p.Projected2030, p.Target.Source))
            .ToArray();
}

/// <summary>The LEKP figures of a municipality.</summary>
public static class LekpMunicipalities
{
    /// <summary>By code (exact) or by name (case-insensitive). Throws when a name matches more than one municipality.</summary>
    public static async Task<Municipality?> FindAsync(WijkwerfDb db, string nameOrCode, CancellationToken ct = default)
    {
        var key = nameOrCode.Trim();
        var byCode = await db.Municipalities.FirstOrDefaultAsync(m => m.Code == key, ct);
        if (byCode is not null) return byCode;
        var lower = key.ToLower();
        var byName = await db.Municipalities.Where(m => m.Name.ToLower() == lower).Take(2).ToListAsync(ct);
        if (byName.Count > 1) throw new ArgumentException($"'{nameOrCode}' names more than one municipality ({string.Join(", ", byName.Select(b => b.Code))}); use the code.");
        return byName.SingleOrDefault();
    }

    /// <summary>Sets the figures the LEKP targets are computed from. Null arguments keep the stored value.</summary>
    /// <returns>The updated municipality, or null when none has this code or name.</returns>
    /// <exception cref="ArgumentException">A negative figure or a pact version that is not in the targets table.</exception>
    public static async Task<Municipality?> SetFiguresAsync(WijkwerfDb db, string nameOrCode, int? inhabitants, int? housingUnits,
        string? pactVersion, DateOnly? referenceDate, LekpTargetTable? targets = null, CancellationToken ct = default)
    {
        var table = targets ?? LekpTargetTable.Default;
        if (inhabitants < 0) throw new ArgumentException("inhabitants must not be negative.", nameof(inhabitants));
        if (housingUnits < 0) throw new ArgumentException("housing units must not be negative.", nameof(housingUnits));
        if (pactVersion is not null && !table.HasVersion(pactVersion))
            throw new ArgumentException($"'{pactVersion}' is no LEKP pact version ({string.Join(", ", table.Versions)}).", nameof(pactVersion));
        var m = await FindAsync(db, nameOrCode, ct);
        if (m is null) return null;
        if (inhabitants is not null) m.Inhabitants = inhabitants;
        if (housingUnits is not null) m.HousingUnits = housingUnits;
        if (pactVersion is not null) m.PactVersion = pactVersion;
        if (referenceDate is not null) m.FiguresReferenceDate = referenceDate;
        // An import on the same context (BatchWriter) may have switched automatic change detection off.
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        return m;
    }
}
