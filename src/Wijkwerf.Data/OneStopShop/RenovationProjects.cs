using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Lekp;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Buildings;
using Wijkwerf.Domain.Lekp;
using Wijkwerf.Domain.OneStopShop;
using Wijkwerf.Engine.OneStopShop;

namespace Wijkwerf.Data.OneStopShop;

public sealed record ProjectRow(long Id, string Name, string? DistrictCode, DwellingType? DwellingType, string BuildYearClass, string? StreetCode,
    RenovationProjectStatus Status, int? PlannedYear, DateOnly? FinishedOn, bool FossilFree, int Dwellings);

/// <summary>The collective permit file: one application for the whole group, with its list of addresses.</summary>
public sealed record PermitFile(ProjectRow Project, string MunicipalityName, IReadOnlyList<PermitAddress> Addresses);
public sealed record PermitAddress(string? Street, string? HouseNumber, string? Postcode, string? City, string BagId, int? BuildYear, DwellingType? DwellingType);

/// <summary>A renovation wave the heat programme can read: which dwellings are renovated together and when.</summary>
public sealed record RenovationWave(long ProjectId, string? DistrictCode, int? PlannedYear, RenovationProjectStatus Status, bool FossilFree, IReadOnlyList<long> UnitIds);

/// <summary>Collective renovation projects: suggested by <see cref="CollectiveGrouping"/>, adjusted by staff, exported
/// as a permit file, read by the heat programme as renovation waves, and counted by the LEKP monitor once finished.
/// Projects hold addresses, not people: no personal data.</summary>
public sealed class RenovationProjects(WijkwerfDb db, OneStopShopParameters? parameters = null)
{
    private readonly OneStopShopParameters _p = parameters ?? OneStopShopParameters.Default;

    /// <summary>Suggested groups for a district (dwellings not yet in a project), as the engine proposes them.</summary>
    public async Task<IReadOnlyList<SuggestedGroup>> SuggestAsync(int municipalityId, string districtCode, CancellationToken ct = default)
    {
        var inProject = db.RenovationProjectUnits.Select(u => u.UnitId);
        var rows = await Addresses.Of(db, municipalityId).Where(a => a.DistrictCode == districtCode && a.BuildingId != null && a.DwellingType != null)
            .Where(a => !inProject.Contains(a.UnitId))
            .Select(a => new { a.UnitId, a.BuildingId, a.StreetCode, a.DwellingType, a.BuildYear, a.HouseNumber }).ToListAsync(ct);
        return CollectiveGrouping.Suggest(
            rows.Select(r => new GroupCandidate(r.UnitId, r.BuildingId!.Value, r.StreetCode, r.DwellingType!.Value, BuildYearClass.Of(r.BuildYear), CollectiveGrouping.HouseNumberOrder(r.HouseNumber))).ToList(),
            (int)_p.Number("collective", "min_dwellings"), (int)_p.Number("collective", "max_dwellings"));
    }

    /// <summary>Creates a project from addresses (a suggestion as is, or as staff adjusted it).</summary>
    public async Task<ProjectRow> CreateAsync(int municipalityId, string name, IReadOnlyCollection<long> unitIds, int? plannedYear = null, bool fossilFree = false, CancellationToken ct = default)
    {
        if (unitIds.Count == 0) throw new OneStopShopException("a project needs at least one address");
        var ids = unitIds.Distinct().ToList();
        var addresses = await Addresses.Of(db, municipalityId).Where(a => ids.Contains(a.UnitId)).ToListAsync(ct);
        var unknown = ids.Except(addresses.Select(a => a.UnitId)).ToList();
        if (unknown.Count > 0) throw new OneStopShopException($"address(es) {string.Join(", ", unknown.Take(5))} are not dwellings of this municipality");
        var taken = await db.RenovationProjectUnits.Where(u => ids.Contains(u.UnitId)).Select(u => u.UnitId).ToListAsync(ct);
        if (taken.Count > 0) throw new OneStopShopException($"address(es) {string.Join(", ", taken.Take(5))} are already in a project");
        var first = addresses[0];
        static T? Common<T>(IEnumerable<T> values) => values.Distinct().Count() == 1 ? values.First() : default;
        var p = new RenovationProject
        {
            MunicipalityId = municipalityId,
            Name = name,
            DistrictId = Common(addresses.Select(a => (int?)a.DistrictId)),
            DwellingType = Common(addresses.Select(a => a.DwellingType)),
            BuildYearClass = Common(addresses.Select(a => BuildYearClass.Of(a.BuildYear))) ?? "mixed",
            StreetCode = Common(addresses.Select(a => a.StreetCode)),
            Status = RenovationProjectStatus.Planned,
            PlannedYear = plannedYear,
            FossilFree = fossilFree,
        };
        db.RenovationProjects.Add(p);
        await db.SaveChangesAsync(ct);
        db.RenovationProjectUnits.AddRange(ids.Select(u => new RenovationProjectUnit { ProjectId = p.Id, UnitId = u }));
        await db.SaveChangesAsync(ct);
        return (await ListAsync(municipalityId, ct)).Single(x => x.Id == p.Id);
    }

    /// <summary>Staff adjust a project: add and remove addresses.</summary>
    public async Task<ProjectRow> AdjustAsync(int municipalityId, long projectId, IReadOnlyCollection<long> add, IReadOnlyCollection<long> remove, CancellationToken ct = default)
    {
        var p = await Find(municipalityId, projectId, ct);
        if (add.Count > 0)
        {
            var ids = add.Distinct().ToList();
            var valid = await Addresses.Of(db, municipalityId).Where(a => ids.Contains(a.UnitId)).Select(a => a.UnitId).ToListAsync(ct);
            if (valid.Count != ids.Count) throw new OneStopShopException("some addresses are not dwellings of this municipality");
            if (await db.RenovationProjectUnits.AnyAsync(u => ids.Contains(u.UnitId), ct)) throw new OneStopShopException("some addresses are already in a project");
            db.RenovationProjectUnits.AddRange(ids.Select(u => new RenovationProjectUnit { ProjectId = p.Id, UnitId = u }));
        }
        if (remove.Count > 0)
            db.RenovationProjectUnits.RemoveRange(await db.RenovationProjectUnits.Where(u => u.ProjectId == p.Id && remove.Contains(u.UnitId)).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        return (await ListAsync(municipalityId, ct)).Single(x => x.Id == p.Id);
    }

    public async Task<ProjectRow> SetStatusAsync(int municipalityId, long projectId, RenovationProjectStatus status, DateOnly? finishedOn, CancellationToken ct = default)
    {
        var p = await Find(municipalityId, projectId, ct);
        if (status == RenovationProjectStatus.Finished && finishedOn is null) throw new OneStopShopException("a finished project needs its end date");
        p.Status = status;
        p.FinishedOn = status == RenovationProjectStatus.Finished ? finishedOn : null;
        await db.SaveChangesAsync(ct);
        return (await ListAsync(municipalityId, ct)).Single(x => x.Id == p.Id);
    }

    public async Task<IReadOnlyList<ProjectRow>> ListAsync(int municipalityId, CancellationToken ct = default)
    {
        var counts = await db.RenovationProjectUnits.AsNoTracking().GroupBy(u => u.ProjectId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var rows = await (from p in db.RenovationProjects.AsNoTracking()
                          join d in db.Districts on p.DistrictId equals d.Id into ds
                          from d in ds.DefaultIfEmpty()
                          where p.MunicipalityId == municipalityId
                          orderby p.Id
                          select new { p, Code = d == null ? null : d.Code }).ToListAsync(ct);
        return rows.Select(x => new ProjectRow(x.p.Id, x.p.Name, x.Code, x.p.DwellingType, x.p.BuildYearClass, x.p.StreetCode, x.p.Status, x.p.PlannedYear,
            x.p.FinishedOn, x.p.FossilFree, counts.GetValueOrDefault(x.p.Id))).ToList();
    }

    public async Task<PermitFile> PermitFileAsync(int municipalityId, long projectId, CancellationToken ct = default)
    {
        await Find(municipalityId, projectId, ct);
        var project = (await ListAsync(municipalityId, ct)).Single(x => x.Id == projectId);
        var name = await db.Municipalities.Where(m => m.Id == municipalityId).Select(m => m.Name).SingleAsync(ct);
        var addresses = await (from pu in db.RenovationProjectUnits.AsNoTracking()
                               join u in db.Units on pu.UnitId equals u.Id
                               join b in db.Buildings on u.BuildingId equals b.Id into bs
                               from b in bs.DefaultIfEmpty()
                               where pu.ProjectId == projectId
                               select new { u.Street, u.HouseNumber, u.Postcode, u.City, u.ExternalId, Year = b == null ? null : b.BuildYear, Type = b == null ? null : b.DwellingType })
            .ToListAsync(ct);
        return new PermitFile(project, name, addresses
            .OrderBy(a => a.Postcode, StringComparer.Ordinal).ThenBy(a => CollectiveGrouping.HouseNumberOrder(a.HouseNumber)).ThenBy(a => a.HouseNumber, StringComparer.Ordinal)
            .Select(a => new PermitAddress(a.Street, a.HouseNumber, a.Postcode, a.City, a.ExternalId, a.Year, a.Type)).ToList());
    }

    /// <summary>The addresses of a project (for staff adjusting it), in street and house-number order.</summary>
    public async Task<IReadOnlyList<AddressRow>> AddressesAsync(int municipalityId, long projectId, CancellationToken ct = default)
    {
        await Find(municipalityId, projectId, ct);
        var units = db.RenovationProjectUnits.Where(u => u.ProjectId == projectId).Select(u => u.UnitId);
        return (await Addresses.Of(db, municipalityId).Where(a => units.Contains(a.UnitId)).ToListAsync(ct))
            .OrderBy(a => a.Postcode, StringComparer.Ordinal).ThenBy(a => CollectiveGrouping.HouseNumberOrder(a.HouseNumber)).ThenBy(a => a.UnitId).ToList();
    }

    /// <summary>The renovation waves of a municipality, for the heat programme: one per project, with its addresses.</summary>
    public async Task<IReadOnlyList<RenovationWave>> WavesAsync(int municipalityId, CancellationToken ct = default)
    {
        var projects = await ListAsync(municipalityId, ct);
        var ids = projects.Select(p => p.Id).ToList();
        var units = (await db.RenovationProjectUnits.AsNoTracking().Where(u => ids.Contains(u.ProjectId)).Select(u => new { u.ProjectId, u.UnitId }).ToListAsync(ct))
            .ToLookup(u => u.ProjectId, u => u.UnitId);
        return projects.Select(p => new RenovationWave(p.Id, p.DistrictCode, p.PlannedYear, p.Status, p.FossilFree, units[p.Id].Order().ToList())).ToList();
    }

    private async Task<RenovationProject> Find(int municipalityId, long projectId, CancellationToken ct) =>
        await db.RenovationProjects.FirstOrDefaultAsync(p => p.Id == projectId && p.MunicipalityId == municipalityId, ct)
        ?? throw new OneStopShopException($"no project {projectId} in this municipality");
}

/// <summary>Collective renovations count towards the LEKP renovation target (and, when fossil-free, the LEKP 2.0
/// fossil-free subset): one per dwelling of a finished project is realised, of a planned or running project planned.</summary>
public sealed class CollectiveRenovationContributions(WijkwerfDb db) : ILekpContributionSource
{
    public const string TargetKey = "collectieve_renovaties";
    public const string FossilFreeTargetKey = "collectieve_renovaties_fossielvrij";

    public async Task<IReadOnlyList<LekpContribution>> ContributionsAsync(int municipalityId, CancellationToken ct)
    {
        var counts = await db.RenovationProjectUnits.AsNoTracking().GroupBy(u => u.ProjectId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var projects = await (from p in db.RenovationProjects.AsNoTracking()
                              join d in db.Districts on p.DistrictId equals d.Id into ds
                              from d in ds.DefaultIfEmpty()
                              where p.MunicipalityId == municipalityId
                              select new { p.Id, p.Status, p.FinishedOn, p.FossilFree, Code = d == null ? null : d.Code }).ToListAsync(ct);
        var version = await db.Municipalities.Where(m => m.Id == municipalityId).Select(m => m.PactVersion).FirstOrDefaultAsync(ct);
        // Pact 1.0 has no fossil-free subset: there a fossil-free renovation is simply a collective renovation.
        var hasFossilFree = version is not null && Engine.Lekp.LekpTargetTable.Default.HasVersion(version)
                            && Engine.Lekp.LekpTargetTable.Default.For(version).Any(t => t.Key == FossilFreeTargetKey);
        var result = new List<LekpContribution>();
        foreach (var p in projects)
        {
            var status = p.Status switch
            {
                RenovationProjectStatus.Finished => MeasureStatus.Realised,
                RenovationProjectStatus.InProgress => MeasureStatus.InProgress,
                RenovationProjectStatus.Planned => MeasureStatus.Planned,
                _ => MeasureStatus.Idea,
            };
            var n = counts.GetValueOrDefault(p.Id);
            // A fossil-free renovation is part_of the collective target: the monitor counts it for the parent too.
            result.Add(new LekpContribution(p.FossilFree && hasFossilFree ? FossilFreeTargetKey : TargetKey, p.Code, n, status, p.FinishedOn));
        }
        return result;
    }
}
