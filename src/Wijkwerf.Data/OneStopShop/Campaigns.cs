using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.OneStopShop;
using Wijkwerf.Engine.OneStopShop;

namespace Wijkwerf.Data.OneStopShop;

/// <summary>A campaign's results: addresses reached, and what followed (households that went on to advice or further
/// after the campaign). Counts below the small-number threshold are null.</summary>
public sealed record CampaignResult(long Id, string Name, CampaignKind Kind, DateOnly Date, string? DistrictCode, int? Reached, int? AdviceOrFurther, int? Decided);

/// <summary>Activation campaigns (door-to-door, information evening, climate table, letter, school, ambassador).</summary>
public sealed class Campaigns(WijkwerfDb db, OneStopShopParameters? parameters = null)
{
    private readonly int _threshold = (parameters ?? OneStopShopParameters.Default).SmallNumberThreshold;

    public async Task<Campaign> CreateAsync(Staff staff, CampaignKind kind, string name, DateOnly date, string? districtCode, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new OneStopShopException("a campaign needs a name");
        if (districtCode is not null && !await db.Districts.AnyAsync(d => d.Code == districtCode && d.MunicipalityId == staff.MunicipalityId, ct))
            throw new OneStopShopException($"district '{districtCode}' is not in this municipality");
        var c = new Campaign { MunicipalityId = staff.MunicipalityId, Kind = kind, Name = name.Trim(), Date = date, DistrictCode = districtCode };
        db.Campaigns.Add(c);
        await db.SaveChangesAsync(ct);
        return c;
    }

    /// <summary>Records that the campaign reached these addresses: each gets its household (created at first contact
    /// when new, the first contact credited to the campaign). Returns the number of households newly reached.</summary>
    public async Task<int> RecordReachedAsync(Staff staff, long campaignId, IReadOnlyCollection<long> unitIds, CancellationToken ct = default)
    {
        var c = await db.Campaigns.FirstOrDefaultAsync(x => x.Id == campaignId && x.MunicipalityId == staff.MunicipalityId, ct)
                ?? throw new OneStopShopException($"no campaign {campaignId} in this municipality");
        var households = new Households(db);
        var known = await db.CampaignContacts.Where(x => x.CampaignId == c.Id).Select(x => x.HouseholdId).ToHashSetAsync(ct);
        var added = 0;
        foreach (var unit in unitIds.Distinct())
        {
            var h = await households.OpenAsync(staff, unit, c.Date, c.Id, ct: ct);
            if (!known.Add(h.Id)) continue;
            db.CampaignContacts.Add(new CampaignContact { CampaignId = c.Id, HouseholdId = h.Id, MunicipalityId = staff.MunicipalityId, Date = c.Date });
            added++;
        }
        await db.SaveChangesAsync(ct);
        return added;
    }

    public async Task<IReadOnlyList<CampaignResult>> ResultsAsync(Staff staff, CancellationToken ct = default)
    {
        var campaigns = await db.Campaigns.AsNoTracking().Where(c => c.MunicipalityId == staff.MunicipalityId).OrderBy(c => c.Date).ThenBy(c => c.Id).ToListAsync(ct);
        var contacts = await (from x in db.CampaignContacts.AsNoTracking()
                              join h in db.Households on x.HouseholdId equals h.Id
                              where x.MunicipalityId == staff.MunicipalityId
                              select new { x.CampaignId, h.Stage }).ToListAsync(ct);
        int? Shown(int n) => SmallNumbers.Count(n, _threshold);
        return campaigns.Select(c =>
        {
            var mine = contacts.Where(x => x.CampaignId == c.Id).ToList();
            return new CampaignResult(c.Id, c.Name, c.Kind, c.Date, c.DistrictCode, Shown(mine.Count),
                Shown(mine.Count(x => JourneyRules.Passed(x.Stage, JourneyStage.Advice))),
                Shown(mine.Count(x => JourneyRules.Passed(x.Stage, JourneyStage.Decision))));
        }).ToList();
    }
}
