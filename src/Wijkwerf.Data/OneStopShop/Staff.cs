using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.OneStopShop;

namespace Wijkwerf.Data.OneStopShop;

/// <summary>Who is acting: a one-stop-shop staff member of one municipality (the tenant). Every query of household data
/// takes it and sees only that municipality's households.</summary>
public sealed record Staff(int MunicipalityId, string UserId);

/// <summary>A request the user can fix (unknown address, a stage that skips required steps ...). The API answers 400.</summary>
public class OneStopShopException(string message) : Exception(message);

/// <summary>A stage change the journey rules refuse. <see cref="Exception.Message"/> is the English wording (for the
/// CLI and logs); pages and the API word <see cref="Refusal"/> in their own language.</summary>
public sealed class JourneyRefusedException(Engine.OneStopShop.JourneyRefusal refusal)
    : OneStopShopException(OneStopShopReasonTexts.En.Text(refusal))
{
    public Engine.OneStopShop.JourneyRefusal Refusal { get; } = refusal;
}

/// <summary>The access log: every read and change of personal data, by whom and when.</summary>
public static class AccessLog
{
    public static void Add(WijkwerfDb db, Staff staff, long? householdId, string action) =>
        db.PersonalDataAccesses.Add(new PersonalDataAccess
        {
            MunicipalityId = staff.MunicipalityId,
            UserId = staff.UserId,
            HouseholdId = householdId,
            Action = action,
            AtUtc = DateTime.UtcNow,
        });

    public static async Task<IReadOnlyList<AccessRow>> ForHouseholdAsync(WijkwerfDb db, Staff staff, long householdId, CancellationToken ct) =>
        await db.PersonalDataAccesses.AsNoTracking()
            .Where(a => a.MunicipalityId == staff.MunicipalityId && a.HouseholdId == householdId)
            .OrderBy(a => a.Id)
            .Select(a => new AccessRow(a.UserId, a.Action, a.AtUtc)).ToListAsync(ct);
}

public sealed record AccessRow(string UserId, string Action, DateTime AtUtc);
