using Wijkwerf.Domain.Buildings;

namespace Wijkwerf.Engine.OneStopShop;

/// <summary>A dwelling that may join a collective renovation.</summary>
/// <param name="Unit">The caller's id of the address.</param>
/// <param name="Building">The caller's id of the building (an apartment building is one group: one owners' association).</param>
/// <param name="Street">Street key (BAG openbare ruimte id); null when unknown.</param>
/// <param name="Order">Position along the street (house number): groups split along it.</param>
public readonly record struct GroupCandidate(long Unit, long Building, string? Street, DwellingType Type, string BuildYearClass, int Order);

/// <summary>A suggested collective renovation project.</summary>
public sealed record SuggestedGroup(string? Street, DwellingType Type, string BuildYearClass, long? Building, IReadOnlyList<long> Units);

/// <summary>Suggests collective renovation projects: dwellings of the same type and build-year class in the same street
/// (houses) or the same building (apartments), at least <c>min_dwellings</c> and at most <c>max_dwellings</c> per
/// group (parameter table), larger groups split in runs along the street.</summary>
public static class CollectiveGrouping
{
    public static IReadOnlyList<SuggestedGroup> Suggest(IReadOnlyList<GroupCandidate> dwellings, int minDwellings, int maxDwellings)
    {
        if (minDwellings < 1 || maxDwellings < minDwellings) throw new ArgumentException("need 1 <= minDwellings <= maxDwellings");
        var groups = new List<SuggestedGroup>();
        foreach (var g in dwellings
                     .Where(d => d.Type == DwellingType.Apartment || d.Street is not null)
                     .GroupBy(d => d.Type == DwellingType.Apartment
                         ? (Street: (string?)null, d.Type, d.BuildYearClass, Building: (long?)d.Building)
                         : (d.Street, d.Type, d.BuildYearClass, Building: null))
                     .OrderBy(g => g.Key.Street, StringComparer.Ordinal).ThenBy(g => g.Key.Type).ThenBy(g => g.Key.BuildYearClass, StringComparer.Ordinal).ThenBy(g => g.Key.Building))
        {
            var members = g.OrderBy(d => d.Order).ThenBy(d => d.Unit).Select(d => d.Unit).ToArray();
            if (members.Length < minDwellings) continue;
            // Split into runs of nearly equal size, none above the maximum.
            var parts = (members.Length + maxDwellings - 1) / maxDwellings;
            for (var p = 0; p < parts; p++)
            {
                var from = members.Length * p / parts;
                var to = members.Length * (p + 1) / parts;
                groups.Add(new SuggestedGroup(g.Key.Street, g.Key.Type, g.Key.BuildYearClass, g.Key.Building, members[from..to]));
            }
        }
        return groups;
    }

    /// <summary>House number "12a" → 12 (for ordering along the street); 0 when it has no leading digits.</summary>
    public static int HouseNumberOrder(string? houseNumber)
    {
        var n = 0;
        foreach (var ch in houseNumber ?? "")
        {
            if (!char.IsAsciiDigit(ch)) break;
            n = n * 10 + (ch - '0');
            if (n > 1_000_000) break;
        }
        return n;
    }
}
