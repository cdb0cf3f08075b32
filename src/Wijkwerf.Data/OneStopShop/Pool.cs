using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.OneStopShop;
using Wijkwerf.Engine.OneStopShop;

namespace Wijkwerf.Data.OneStopShop;

/// <summary>A pool member as staff see it: its details, load and ratings.</summary>
public sealed record PoolMemberRow(long Id, string Name, PoolMemberKind Kind, string? Email, string? Phone, IReadOnlyList<string> Qualifications,
    IReadOnlyList<string> ServiceAreas, int CapacityJobs, bool Active, int ActiveJobs, int RatedJobs, double? MeanRating, double ShrunkRating,
    IReadOnlyDictionary<string, double> MeanPerCriterion);

/// <summary>What staff set on a pool member.</summary>
public sealed record PoolMemberInput(string Name, PoolMemberKind Kind, IReadOnlyList<string> Qualifications, IReadOnlyList<string> ServiceAreas,
    int CapacityJobs, string? Email = null, string? Phone = null, bool Active = true);

/// <summary>A job with its member and what it is for.</summary>
public sealed record PoolJobRow(long Id, long MemberId, string MemberName, PoolMemberKind Kind, long? HouseholdId, long? ProjectId,
    IReadOnlyList<string> Qualifications, DateOnly AssignedOn, DateOnly? FinishedOn, IReadOnlyDictionary<string, int> Scores);

/// <summary>A job target: a household journey or a collective renovation project.</summary>
public sealed record PoolTarget(long? HouseholdId, long? ProjectId)
{
    public static PoolTarget Household(long id) => new(id, null);
    public static PoolTarget Project(long id) => new(null, id);
    public override string ToString() => HouseholdId is { } h ? $"household {h}" : $"project {ProjectId}";
}

/// <summary>The municipality's pool of architects, contractors, installers and energy advisors: members, matching to a
/// household or a collective project (<see cref="PoolMatching"/>), assignment (a job, counting against capacity; a
/// household's journey moves to <see cref="JourneyStage.ContractorAssigned"/> under <see cref="JourneyRules"/>), and
/// ratings per criterion when a job is finished. Every call is scoped to the staff member's municipality.</summary>
public sealed class Pool(WijkwerfDb db, OneStopShopParameters? parameters = null)
{
    private readonly OneStopShopParameters _p = parameters ?? OneStopShopParameters.Default;

    /// <summary>The rating criteria (parameter table).</summary>
    public IReadOnlyList<string> Criteria => _p.Row("pool", "criteria").Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public async Task<PoolMemberRow> AddAsync(Staff staff, PoolMemberInput input, CancellationToken ct = default)
    {
        var m = new PoolMember { MunicipalityId = staff.MunicipalityId, Name = "" };
        Apply(m, input);
        db.PoolMembers.Add(m);
        await db.SaveChangesAsync(ct);
        return (await ListAsync(staff, ct)).Single(x => x.Id == m.Id);
    }

    public async Task<PoolMemberRow> UpdateAsync(Staff staff, long memberId, PoolMemberInput input, CancellationToken ct = default)
    {
        var m = await FindMemberAsync(staff, memberId, ct);
        Apply(m, input);
        await db.SaveChangesAsync(ct);
        return (await ListAsync(staff, ct)).Single(x => x.Id == m.Id);
    }

    /// <summary>Checks every field and names the one that is wrong; nothing is stored on a refusal.</summary>
    private static void Apply(PoolMember m, PoolMemberInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Name)) throw new OneStopShopException("name: a pool member needs a name");
        if (!Enum.IsDefined(input.Kind)) throw new OneStopShopException($"kind: '{input.Kind}' is not a kind of pool member");
        var qualifications = input.Qualifications.Select(q => q.Trim()).Where(q => q.Length > 0).Distinct().ToList();
        var unknown = qualifications.Where(q => !Engine.OneStopShop.Qualifications.IsKnown(q)).ToList();
        if (unknown.Count > 0)
            throw new OneStopShopException($"qualifications: unknown '{string.Join("', '", unknown)}'; known: {string.Join(", ", Engine.OneStopShop.Qualifications.All.Select(q => q.Code))}");
        var areas = input.ServiceAreas.Select(PoolMatching.Normalise).Where(a => a.Length > 0).Distinct().ToList();
        if (areas.Count == 0) throw new OneStopShopException("serviceAreas: give at least one municipality code (GM1916) or postcode area (2271)");
        var bad = areas.Where(a => !(a.StartsWith("GM", StringComparison.Ordinal) && a.Length == 6 && a[2..].All(char.IsDigit))
                                   && !(a.Length >= 2 && a.Length <= 6 && a.Take(4).All(char.IsDigit))).ToList();
        if (bad.Count > 0) throw new OneStopShopException($"serviceAreas: '{string.Join("', '", bad)}' is neither a municipality code (GM1916) nor a postcode area (2271, 2271AB)");
        if (input.CapacityJobs is < 1 or > 1000) throw new OneStopShopException($"capacityJobs: {input.CapacityJobs} is outside 1–1000");
        m.Name = input.Name.Trim();
        m.Kind = input.Kind;
        m.Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
        m.Phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim();
        m.Qualifications = qualifications;
        m.ServiceAreas = areas;
        m.CapacityJobs = input.CapacityJobs;
        m.Active = input.Active;
    }

    /// <summary>The pool with load and ratings, best rated first.</summary>
    public async Task<IReadOnlyList<PoolMemberRow>> ListAsync(Staff staff, CancellationToken ct = default)
    {
        var members = await db.PoolMembers.AsNoTracking().Where(m => m.MunicipalityId == staff.MunicipalityId).OrderBy(m => m.Name).ThenBy(m => m.Id).ToListAsync(ct);
        var load = await ActiveJobsAsync(staff, ct);
        var ratings = await RatingsAsync(staff, ct);
        var priorMean = (double)_p.Number("pool", "prior_mean");
        var priorWeight = (double)_p.Number("pool", "prior_weight_jobs");
        return members.Select(m =>
        {
            var mine = ratings.Where(r => r.MemberId == m.Id).ToList();
            var jobScores = JobScores(mine);
            var (shrunk, mean) = PoolMatching.ShrunkRating(jobScores, priorMean, priorWeight);
            return new PoolMemberRow(m.Id, m.Name, m.Kind, m.Email, m.Phone, m.Qualifications, m.ServiceAreas, m.CapacityJobs, m.Active,
                load.GetValueOrDefault(m.Id), jobScores.Count, mean is null ? null : Math.Round(mean.Value, 3), Math.Round(shrunk, 3),
                mine.GroupBy(r => r.Criterion).ToDictionary(g => g.Key, g => Math.Round(g.Average(r => r.Score), 2)));
        }).ToList();
    }

    public async Task<PoolMemberRow?> FindAsync(Staff staff, long memberId, CancellationToken ct = default) =>
        (await ListAsync(staff, ct)).FirstOrDefault(m => m.Id == memberId);

    /// <summary>Members that fit the household or project, ranked, and those left out with the reasons.</summary>
    public async Task<PoolMatchResult> MatchAsync(Staff staff, PoolTarget target, IReadOnlyCollection<string> qualifications, PoolMemberKind? kind = null,
        CancellationToken ct = default)
    {
        var addresses = await AddressesOfAsync(staff, target, ct);
        var members = await db.PoolMembers.AsNoTracking().Where(m => m.MunicipalityId == staff.MunicipalityId).OrderBy(m => m.Id).ToListAsync(ct);
        var load = await ActiveJobsAsync(staff, ct);
        var ratings = (await RatingsAsync(staff, ct)).ToLookup(r => r.MemberId);
        var candidates = members.Select(m => new PoolCandidate(m.Id, m.Name, m.Kind, m.Qualifications, m.ServiceAreas, m.CapacityJobs,
            load.GetValueOrDefault(m.Id), JobScores(ratings[m.Id].ToList()), m.Active)).ToList();
        try { return PoolMatching.Match(candidates, new PoolNeed(qualifications, addresses, kind), _p); }
        catch (ArgumentException e) { throw new OneStopShopException("qualifications: " + e.Message); }
    }

    /// <summary>Assigns a member to a household or a project. The member must match (qualifications, area, capacity); a
    /// household must have consented to sharing with a contractor, and its journey moves to
    /// <see cref="JourneyStage.ContractorAssigned"/> under the stage rules (a household already there or at the works
    /// keeps its stage: a second member, e.g. an installer next to the contractor). All or nothing.</summary>
    public async Task<PoolJobRow> AssignAsync(Staff staff, long memberId, PoolTarget target, IReadOnlyCollection<string> qualifications, DateOnly date,
        CancellationToken ct = default)
    {
        var member = await FindMemberAsync(staff, memberId, ct);
        var match = await MatchAsync(staff, target, qualifications, null, ct);
        if (match.Excluded.FirstOrDefault(x => x.MemberId == memberId) is { } excluded)
            throw new OneStopShopException($"{member.Name} cannot take this job: {string.Join("; ", excluded.Reasons.Select(OneStopShopReasonTexts.En.Text))}");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (target.HouseholdId is { } householdId)
        {
            var consent = await db.Consents.AsNoTracking().Where(c => c.HouseholdId == householdId && c.MunicipalityId == staff.MunicipalityId && c.Purpose == ConsentPurpose.ShareWithContractor)
                .OrderByDescending(c => c.Id).Select(c => (bool?)c.Given).FirstOrDefaultAsync(ct);
            if (consent != true)
                throw new OneStopShopException("the household has not consented to sharing its details with a contractor or architect (consent 'ShareWithContractor')");
            var stage = await db.Households.Where(h => h.Id == householdId).Select(h => h.Stage).SingleAsync(ct);
            if (stage is not (JourneyStage.ContractorAssigned or JourneyStage.Works))
                await new Households(db).RecordStageAsync(staff, householdId, JourneyStage.ContractorAssigned, date, note: $"{member.Kind}: {member.Name}", ct: ct);
            else
                AccessLog.Add(db, staff, householdId, "pool:assign");
        }
        var job = new PoolJob
        {
            MunicipalityId = staff.MunicipalityId, MemberId = member.Id, HouseholdId = target.HouseholdId, ProjectId = target.ProjectId,
            Qualifications = qualifications.Distinct().ToList(), AssignedOn = date,
        };
        db.PoolJobs.Add(job);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (await JobsAsync(staff, target, ct)).Single(j => j.Id == job.Id);
    }

    /// <summary>Finishes a job with a score (1–5) for every criterion; the member's place frees up.</summary>
    public async Task<PoolJobRow> FinishAsync(Staff staff, long jobId, DateOnly finishedOn, IReadOnlyDictionary<string, int> scores, CancellationToken ct = default)
    {
        var job = await db.PoolJobs.FirstOrDefaultAsync(j => j.Id == jobId && j.MunicipalityId == staff.MunicipalityId, ct)
                  ?? throw new NotInMunicipalityException($"no job {jobId} in this municipality");
        if (job.FinishedOn is not null) throw new OneStopShopException($"job {jobId} was finished on {job.FinishedOn:yyyy-MM-dd} and rated then");
        if (finishedOn < job.AssignedOn) throw new OneStopShopException($"finishedOn: {finishedOn:yyyy-MM-dd} is before the assignment on {job.AssignedOn:yyyy-MM-dd}");
        var criteria = Criteria;
        var unknown = scores.Keys.Except(criteria).ToList();
        if (unknown.Count > 0) throw new OneStopShopException($"scores: unknown criterion '{string.Join("', '", unknown)}'; the criteria are {string.Join(", ", criteria)}");
        var missing = criteria.Except(scores.Keys).ToList();
        if (missing.Count > 0) throw new OneStopShopException($"scores: missing a score for {string.Join(", ", missing)}");
        foreach (var (criterion, score) in scores)
            if (score is < 1 or > 5) throw new OneStopShopException($"scores.{criterion}: {score} is outside 1–5");
        job.FinishedOn = finishedOn;
        db.PoolRatings.AddRange(criteria.Select(c => new PoolRating { MunicipalityId = staff.MunicipalityId, JobId = job.Id, MemberId = job.MemberId, Criterion = c, Score = scores[c] }));
        await db.SaveChangesAsync(ct);
        return (await JobsAsync(staff, new PoolTarget(job.HouseholdId, job.ProjectId), ct)).Single(j => j.Id == job.Id);
    }

    /// <summary>The jobs of a household or project (or, with neither, of the whole pool).</summary>
    public async Task<IReadOnlyList<PoolJobRow>> JobsAsync(Staff staff, PoolTarget? target = null, CancellationToken ct = default)
    {
        var q = from j in db.PoolJobs.AsNoTracking()
                join m in db.PoolMembers on j.MemberId equals m.Id
                where j.MunicipalityId == staff.MunicipalityId
                select new { j, m.Name, m.Kind };
        if (target?.HouseholdId is { } h) q = q.Where(x => x.j.HouseholdId == h);
        if (target?.ProjectId is { } p) q = q.Where(x => x.j.ProjectId == p);
        var jobs = await q.OrderBy(x => x.j.Id).ToListAsync(ct);
        var ids = jobs.Select(x => x.j.Id).ToList();
        var scores = (await db.PoolRatings.AsNoTracking().Where(r => ids.Contains(r.JobId)).ToListAsync(ct)).ToLookup(r => r.JobId);
        return jobs.Select(x => new PoolJobRow(x.j.Id, x.j.MemberId, x.Name, x.Kind, x.j.HouseholdId, x.j.ProjectId, x.j.Qualifications, x.j.AssignedOn,
            x.j.FinishedOn, scores[x.j.Id].ToDictionary(r => r.Criterion, r => r.Score))).ToList();
    }

    /// <summary>The municipality a household or project belongs to (for the CLI, which has no staff member); null when unknown.</summary>
    public async Task<int?> MunicipalityOfAsync(PoolTarget target, CancellationToken ct = default) =>
        target.HouseholdId is { } h
            ? await db.Households.Where(x => x.Id == h && x.ErasedAtUtc == null).Select(x => (int?)x.MunicipalityId).FirstOrDefaultAsync(ct)
            : await db.RenovationProjects.Where(x => x.Id == target.ProjectId).Select(x => (int?)x.MunicipalityId).FirstOrDefaultAsync(ct);

    private async Task<IReadOnlyList<(string? Postcode, string MunicipalityCode)>> AddressesOfAsync(Staff staff, PoolTarget target, CancellationToken ct)
    {
        var code = await db.Municipalities.Where(m => m.Id == staff.MunicipalityId).Select(m => m.Code).SingleAsync(ct);
        List<long> units;
        if (target.HouseholdId is { } h)
        {
            var unit = await db.Households.Where(x => x.Id == h && x.MunicipalityId == staff.MunicipalityId && x.ErasedAtUtc == null).Select(x => x.UnitId).FirstOrDefaultAsync(ct);
            if (unit is null) throw new HouseholdNotFoundException(h);
            units = [unit.Value];
        }
        else
        {
            if (!await db.RenovationProjects.AnyAsync(x => x.Id == target.ProjectId && x.MunicipalityId == staff.MunicipalityId, ct))
                throw new NotInMunicipalityException($"no project {target.ProjectId} in this municipality");
            units = await db.RenovationProjectUnits.Where(u => u.ProjectId == target.ProjectId).Select(u => u.UnitId).ToListAsync(ct);
            if (units.Count == 0) throw new OneStopShopException($"project {target.ProjectId} has no addresses");
        }
        var postcodes = await db.Units.AsNoTracking().Where(u => units.Contains(u.Id)).Select(u => u.Postcode).ToListAsync(ct);
        return postcodes.Select(p => (p, code)).ToList();
    }

    private async Task<Dictionary<long, int>> ActiveJobsAsync(Staff staff, CancellationToken ct) =>
        await db.PoolJobs.AsNoTracking().Where(j => j.MunicipalityId == staff.MunicipalityId && j.FinishedOn == null)
            .GroupBy(j => j.MemberId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);

    private async Task<List<PoolRating>> RatingsAsync(Staff staff, CancellationToken ct) =>
        await db.PoolRatings.AsNoTracking().Where(r => r.MunicipalityId == staff.MunicipalityId).ToListAsync(ct);

    /// <summary>One score per rated job: the mean over its criteria.</summary>
    private static IReadOnlyList<double> JobScores(IEnumerable<PoolRating> ratings) =>
        ratings.GroupBy(r => r.JobId).OrderBy(g => g.Key).Select(g => g.Average(r => (double)r.Score)).ToList();

    private async Task<PoolMember> FindMemberAsync(Staff staff, long memberId, CancellationToken ct) =>
        await db.PoolMembers.FirstOrDefaultAsync(m => m.Id == memberId && m.MunicipalityId == staff.MunicipalityId, ct)
        ?? throw new NotInMunicipalityException($"no pool member {memberId} in this municipality");
}

/// <summary>Something (a pool member, a job, a project, a climate table) that does not exist in the staff member's
/// municipality: the API answers 404, as for a household.</summary>
public sealed class NotInMunicipalityException(string message) : Exception(message);
