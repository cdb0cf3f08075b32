using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Modules;
using Wijkwerf.Data.Storage;

namespace Wijkwerf.Data.OneStopShop;

/// <summary>Everything the one-stop shop holds about one household (GDPR art. 15), as exported.</summary>
public sealed record ResidentExport(
    string Module, DateTime ExportedAtUtc, string Municipality, HouseholdDetail Household, IReadOnlyList<AccessRow> AccessLog,
    IReadOnlyList<PoolJobRow> PoolJobs, IReadOnlyList<ClimateTableAttendance> ClimateTables);

/// <summary>A climate table the household was invited to or attended.</summary>
public sealed record ClimateTableAttendance(DateOnly Date, string Topic, string Place, bool Invited, bool Attended, Domain.OneStopShop.ClimateTableOutcome? Outcome);

/// <summary>Export and erasure of one resident's data. Erasure (GDPR art. 17) clears the name, contact details, notes,
/// the address link and the street, the stage notes and documents and the consents, and keeps the anonymous rest — the
/// district, dwelling type, build-year class, tenure and the dated stage history — so reach and funnel figures stay
/// right. The access log keeps that the household was erased, by whom.</summary>
public sealed class ResidentData(WijkwerfDb db)
{
    public const string Module = "one-stop-shop";

    public async Task<ResidentExport?> ExportAsync(Staff staff, long householdId, CancellationToken ct = default)
    {
        var detail = await new Households(db).FindDetailAsync(staff, householdId, ct);
        if (detail is null) return null;
        AccessLog.Add(db, staff, householdId, "export");
        await db.SaveChangesAsync(ct);
        var municipality = await db.Municipalities.Where(m => m.Id == staff.MunicipalityId).Select(m => m.Name).SingleAsync(ct);
        // The pool member a household's details went to, and the climate tables it was asked to or came to, are its data too.
        var jobs = await new Pool(db).JobsAsync(staff, PoolTarget.Household(householdId), ct);
        var unit = detail.UnitId;
        var tables = await (from i in db.ClimateTableInvitations.AsNoTracking()
                            join s in db.ClimateTableSessions on i.SessionId equals s.Id
                            where i.MunicipalityId == staff.MunicipalityId && (i.HouseholdId == householdId || (unit != null && i.UnitId == unit))
                            orderby s.Date
                            select new ClimateTableAttendance(s.Date, s.Topic, s.Place, i.Invited, i.Attended, i.Outcome)).ToListAsync(ct);
        return new ResidentExport(Module, DateTime.UtcNow, municipality, detail, await OneStopShop.AccessLog.ForHouseholdAsync(db, staff, householdId, ct), jobs, tables);
    }

    /// <summary>Erases the household's personal data; false when no such household (in this municipality).</summary>
    public async Task<bool> EraseAsync(Staff staff, long householdId, CancellationToken ct = default)
    {
        var h = await db.Households.FirstOrDefaultAsync(x => x.Id == householdId && x.MunicipalityId == staff.MunicipalityId, ct);
        if (h is null) return false;
        await EraseAsync(h.Id, ct);
        AccessLog.Add(db, staff, householdId, "erase");
        await db.SaveChangesAsync(ct);
        return true;
    }

    internal async Task EraseAsync(long householdId, CancellationToken ct)
    {
        var h = await db.Households.SingleAsync(x => x.Id == householdId, ct);
        var unit = h.UnitId;
        // Climate tables: the session keeps that someone attended, not who.
        foreach (var i in await db.ClimateTableInvitations.Where(i => i.HouseholdId == householdId || (unit != null && i.UnitId == unit)).ToListAsync(ct))
            i.UnitId = null;
        h.UnitId = null;
        h.StreetCode = null;
        h.ContactName = h.Email = h.Phone = h.Advisor = h.Notes = null;
        h.ResidentUserId = null;
        h.ErasedAtUtc ??= DateTime.UtcNow;
        foreach (var e in await db.JourneyEvents.Where(e => e.HouseholdId == householdId).ToListAsync(ct))
            e.Note = e.Document = e.Advisor = null;
        db.Consents.RemoveRange(await db.Consents.Where(c => c.HouseholdId == householdId).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>The one-stop shop as a personal-data module: a resident with an account gets the households linked to it
/// (export) and can have them erased; a staff member's own trace is the access log, which is kept (accountability) and
/// exported.</summary>
public sealed class OneStopShopPersonalData(WijkwerfDb db) : IPersonalData
{
    public string Module => ResidentData.Module;

    public async Task<object?> ExportAsync(string userId, CancellationToken ct)
    {
        var households = await db.Households.AsNoTracking().Where(h => h.ResidentUserId == userId && h.ErasedAtUtc == null)
            .Select(h => new { h.Id, h.MunicipalityId }).ToListAsync(ct);
        var exported = new List<HouseholdDetail>();
        foreach (var h in households)
            if (await new Households(db).FindDetailAsync(new Staff(h.MunicipalityId, userId), h.Id, ct) is { } d) exported.Add(d);
        var accessLog = await db.PersonalDataAccesses.AsNoTracking().Where(a => a.UserId == userId).OrderBy(a => a.Id)
            .Select(a => new { a.HouseholdId, a.Action, a.AtUtc }).ToListAsync(ct);
        if (exported.Count == 0 && accessLog.Count == 0) return null;
        return new { households = exported, accessLogAsStaff = accessLog };
    }

    public async Task<int> EraseAsync(string userId, CancellationToken ct)
    {
        var ids = await db.Households.Where(h => h.ResidentUserId == userId).Select(h => h.Id).ToListAsync(ct);
        var data = new ResidentData(db);
        foreach (var id in ids) await data.EraseAsync(id, ct);
        return ids.Count;
    }
}
