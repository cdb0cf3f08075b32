using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Buildings;
using Wijkwerf.Domain.OneStopShop;
using Wijkwerf.Engine.OneStopShop;

namespace Wijkwerf.Data.OneStopShop;

public sealed record HouseholdSummary(long Id, long? UnitId, string Address, string DistrictCode, JourneyStage Stage, DateOnly StageSince,
    string? ContactName, string? Advisor, Tenure? Tenure);

public sealed record HouseholdDetail(
    long Id, long? UnitId, string Address, string? DistrictCode, DwellingType? DwellingType, string BuildYearClass, Tenure? Tenure,
    JourneyStage Stage, DateOnly StageSince, IReadOnlyList<JourneyStage> NextStages, string? ContactName, string? Email, string? Phone,
    string? Advisor, string? Notes, IReadOnlyList<JourneyEventRow> History, IReadOnlyList<ConsentRow> Consents,
    IReadOnlyList<CampaignContactRow> Campaigns, bool Erased);

public sealed record JourneyEventRow(long Id, JourneyStage Stage, DateOnly Date, string? Advisor, string? Note, string? Document, long? CampaignId);
public sealed record ConsentRow(ConsentPurpose Purpose, bool Given, DateOnly Date);
public sealed record CampaignContactRow(long CampaignId, string Name, CampaignKind Kind, DateOnly Date);

/// <summary>What staff may set on a household; null keeps the stored value.</summary>
public sealed record HouseholdChange(string? ContactName = null, string? Email = null, string? Phone = null, string? Advisor = null,
    string? Notes = null, Tenure? Tenure = null);

/// <summary>Household journeys: one household per address, its stage history under <see cref="JourneyRules"/>, its
/// contact details, consents and notes. Every call is scoped to the staff member's municipality and logged.</summary>
public sealed class Households(WijkwerfDb db)
{
    /// <summary>The household at an address, created at <see cref="JourneyStage.FirstContact"/> when there is none.</summary>
    /// <exception cref="OneStopShopException">The address is not a dwelling of the staff member's municipality.</exception>
    public async Task<Household> OpenAsync(Staff staff, long unitId, DateOnly date, long? campaignId = null, string? advisor = null,
        HouseholdChange? details = null, CancellationToken ct = default)
    {
        var existing = await db.Households.FirstOrDefaultAsync(h => h.MunicipalityId == staff.MunicipalityId && h.UnitId == unitId, ct);
        if (existing is not null) return existing;
        var address = await Addresses.Of(db, staff.MunicipalityId).FirstOrDefaultAsync(a => a.UnitId == unitId, ct)
                      ?? throw new OneStopShopException($"address {unitId} is not a dwelling of this municipality");
        var h = New(staff, address, date, advisor, details);
        db.Households.Add(h);
        await db.SaveChangesAsync(ct);
        db.JourneyEvents.Add(new JourneyEvent { HouseholdId = h.Id, MunicipalityId = staff.MunicipalityId, Stage = JourneyStage.FirstContact, Date = date, Advisor = advisor, CampaignId = campaignId });
        AccessLog.Add(db, staff, h.Id, "create");
        await db.SaveChangesAsync(ct);
        return h;
    }

    internal static Household New(Staff staff, AddressRow a, DateOnly date, string? advisor, HouseholdChange? details) => new()
    {
        MunicipalityId = staff.MunicipalityId,
        UnitId = a.UnitId,
        DistrictId = a.DistrictId,
        StreetCode = a.StreetCode,
        DwellingType = a.DwellingType,
        BuildYearClass = BuildYearClass.Of(a.BuildYear),
        Stage = JourneyStage.FirstContact,
        StageSince = date,
        Advisor = advisor ?? details?.Advisor,
        ContactName = details?.ContactName,
        Email = details?.Email,
        Phone = details?.Phone,
        Notes = details?.Notes,
        Tenure = details?.Tenure,
        CreatedAtUtc = DateTime.UtcNow,
    };

    /// <summary>Records the next stage. Refuses a stage that skips required steps or goes back.</summary>
    public async Task<HouseholdDetail> RecordStageAsync(Staff staff, long householdId, JourneyStage stage, DateOnly date,
        string? advisor = null, string? note = null, string? document = null, long? campaignId = null, CancellationToken ct = default)
    {
        var h = await FindAsync(staff, householdId, ct);
        if (JourneyRules.Check(h.Stage, stage) is { } refusal) throw new JourneyRefusedException(refusal);
        if (date < h.StageSince) throw new OneStopShopException($"date {date:yyyy-MM-dd} is before the current stage's date {h.StageSince:yyyy-MM-dd}");
        h.Stage = stage;
        h.StageSince = date;
        if (advisor is not null) h.Advisor = advisor;
        db.JourneyEvents.Add(new JourneyEvent { HouseholdId = h.Id, MunicipalityId = staff.MunicipalityId, Stage = stage, Date = date, Advisor = advisor ?? h.Advisor, Note = note, Document = document, CampaignId = campaignId });
        AccessLog.Add(db, staff, h.Id, "stage:" + stage);
        await db.SaveChangesAsync(ct);
        return await DetailAsync(staff, householdId, ct);
    }

    public async Task<HouseholdDetail> UpdateAsync(Staff staff, long householdId, HouseholdChange change, CancellationToken ct = default)
    {
        var h = await FindAsync(staff, householdId, ct);
        h.ContactName = change.ContactName ?? h.ContactName;
        h.Email = change.Email ?? h.Email;
        h.Phone = change.Phone ?? h.Phone;
        h.Advisor = change.Advisor ?? h.Advisor;
        h.Notes = change.Notes ?? h.Notes;
        h.Tenure = change.Tenure ?? h.Tenure;
        AccessLog.Add(db, staff, h.Id, "update");
        await db.SaveChangesAsync(ct);
        return await DetailAsync(staff, householdId, ct);
    }

    public async Task<HouseholdDetail> SetConsentAsync(Staff staff, long householdId, ConsentPurpose purpose, bool given, DateOnly date, CancellationToken ct = default)
    {
        var h = await FindAsync(staff, householdId, ct);
        db.Consents.Add(new Consent { HouseholdId = h.Id, MunicipalityId = staff.MunicipalityId, Purpose = purpose, Given = given, Date = date });
        AccessLog.Add(db, staff, h.Id, $"consent:{purpose}:{(given ? "given" : "withdrawn")}");
        await db.SaveChangesAsync(ct);
        return await DetailAsync(staff, householdId, ct);
    }

    /// <summary>One household with its history; null when it does not exist in the staff member's municipality
    /// (another municipality's household is indistinguishable from a missing one).</summary>
    public async Task<HouseholdDetail?> FindDetailAsync(Staff staff, long householdId, CancellationToken ct = default)
    {
        if (!await db.Households.AnyAsync(h => h.Id == householdId && h.MunicipalityId == staff.MunicipalityId, ct)) return null;
        return await DetailAsync(staff, householdId, ct);
    }

    private async Task<HouseholdDetail> DetailAsync(Staff staff, long householdId, CancellationToken ct)
    {
        var h = await db.Households.AsNoTracking().SingleAsync(x => x.Id == householdId && x.MunicipalityId == staff.MunicipalityId, ct);
        var address = h.UnitId is { } u ? await Addresses.Of(db, staff.MunicipalityId).FirstOrDefaultAsync(a => a.UnitId == u, ct) : null;
        var district = h.DistrictId is { } d ? await db.Districts.AsNoTracking().Where(x => x.Id == d).Select(x => x.Code).FirstOrDefaultAsync(ct) : null;
        var history = await db.JourneyEvents.AsNoTracking().Where(e => e.HouseholdId == h.Id && e.MunicipalityId == staff.MunicipalityId).OrderBy(e => e.Id)
            .Select(e => new JourneyEventRow(e.Id, e.Stage, e.Date, e.Advisor, e.Note, e.Document, e.CampaignId)).ToListAsync(ct);
        var consents = (await db.Consents.AsNoTracking().Where(c => c.HouseholdId == h.Id && c.MunicipalityId == staff.MunicipalityId).OrderBy(c => c.Id)
                .Select(c => new ConsentRow(c.Purpose, c.Given, c.Date)).ToListAsync(ct))
            .GroupBy(c => c.Purpose).Select(g => g.Last()).ToList();
        var campaigns = await (from c in db.CampaignContacts.AsNoTracking()
                               join k in db.Campaigns on c.CampaignId equals k.Id
                               where c.HouseholdId == h.Id && k.MunicipalityId == staff.MunicipalityId
                               orderby c.Id
                               select new CampaignContactRow(k.Id, k.Name, k.Kind, c.Date)).ToListAsync(ct);
        AccessLog.Add(db, staff, h.Id, "read");
        await db.SaveChangesAsync(ct);
        return new HouseholdDetail(h.Id, h.UnitId, address?.Label ?? "(erased)", district, h.DwellingType, h.BuildYearClass, h.Tenure,
            h.Stage, h.StageSince, JourneyRules.Allowed(h.Stage), h.ContactName, h.Email, h.Phone, h.Advisor, h.Notes, history, consents, campaigns,
            h.ErasedAtUtc is not null);
    }

    /// <summary>Households of the municipality, optionally of one district, with contact names (logged as one list read).</summary>
    public async Task<IReadOnlyList<HouseholdSummary>> ListAsync(Staff staff, string? districtCode = null, int limit = 500, CancellationToken ct = default)
    {
        var q = from h in db.Households.AsNoTracking()
                join a in Addresses.Of(db, staff.MunicipalityId) on h.UnitId equals a.UnitId
                where h.MunicipalityId == staff.MunicipalityId && h.ErasedAtUtc == null
                select new { h, a };
        if (districtCode is not null) q = q.Where(x => x.a.DistrictCode == districtCode);
        var rows = await q.OrderBy(x => x.h.Id).Take(limit).ToListAsync(ct);
        AccessLog.Add(db, staff, null, $"list:{districtCode ?? "all"}:{rows.Count}");
        await db.SaveChangesAsync(ct);
        return rows.Select(x => new HouseholdSummary(x.h.Id, x.h.UnitId, x.a.Label, x.a.DistrictCode, x.h.Stage, x.h.StageSince, x.h.ContactName, x.h.Advisor, x.h.Tenure)).ToList();
    }

    private async Task<Household> FindAsync(Staff staff, long householdId, CancellationToken ct) =>
        await db.Households.FirstOrDefaultAsync(h => h.Id == householdId && h.MunicipalityId == staff.MunicipalityId && h.ErasedAtUtc == null, ct)
        ?? throw new HouseholdNotFoundException(householdId);
}

/// <summary>No such household in the staff member's municipality (the API answers 404, never 403: a household of
/// another municipality does not exist for this user).</summary>
public sealed class HouseholdNotFoundException(long id) : Exception($"no household {id} in this municipality");
