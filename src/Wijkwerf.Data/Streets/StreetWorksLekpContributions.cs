using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Lekp;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Lekp;

namespace Wijkwerf.Data.Streets;

/// <summary>Street works count towards the LEKP targets without being typed twice: unsealed m² (<c>ontharding</c>),
/// rainwater m³ (<c>regenwater</c>), trees (<c>bomen</c>) and charging points (<c>laadpunten</c> under pact 1.0,
/// <c>laadpuntequivalenten</c> from 2.0). Finished works count as realised, planned and in-progress ones as planned
/// (with their end date for the 2030 projection). A work that a measure already names in <c>street_works_ref</c> is
/// skipped: the measure counts it.</summary>
public sealed class StreetWorksLekpContributions(WijkwerfDb db) : ILekpContributionSource
{
    public async Task<IReadOnlyList<LekpContribution>> ContributionsAsync(int municipalityId, CancellationToken ct)
    {
        var pact = await db.Municipalities.Where(m => m.Id == municipalityId).Select(m => m.PactVersion).FirstOrDefaultAsync(ct);
        var chargingKey = pact == "1.0" ? "laadpunten" : "laadpuntequivalenten";
        var typed = (await db.Measures.Where(m => m.MunicipalityId == municipalityId && m.StreetWorksRef != null)
            .Select(m => m.StreetWorksRef!).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var works = await db.StreetWorks.AsNoTracking().Where(w => w.MunicipalityId == municipalityId)
            .Select(w => new { w.Reference, w.DistrictCode, w.Status, w.End, w.UnsealedM2, w.RainwaterM3, w.Trees, w.ChargingPoints }).ToListAsync(ct);
        var result = new List<LekpContribution>();
        foreach (var w in works.Where(w => !typed.Contains(w.Reference)))
        {
            var status = w.Status switch { "finished" => MeasureStatus.Realised, "in_progress" => MeasureStatus.InProgress, _ => MeasureStatus.Planned };
            void Add(string key, double quantity)
            {
                if (quantity > 0) result.Add(new LekpContribution(key, w.DistrictCode, quantity, status, w.End));
            }
            Add("ontharding", w.UnsealedM2);
            Add("regenwater", w.RainwaterM3);
            Add("bomen", w.Trees);
            Add(chargingKey, w.ChargingPoints);
        }
        return result;
    }
}
