using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Storage;
using Wijkwerf.Engine.Streets;
using Wijkwerf.Engine.Streets.Profile;

namespace Wijkwerf.Data.Streets;

/// <summary>What to check in a street: overrides of the planned set (null: take it from the works on the segment).</summary>
public sealed record ProfileOptions(int? HeatDn = null, bool? SeparatedSewer = null, int? TreeClass = null, string? Strips = null, double? FacadeWidthM = null);

public sealed record SegmentProfile(string Segment, string? Name, string Kind, double LengthM, string ProfileSource, IReadOnlyList<string> Works, ProfileFitResult Fit);

/// <summary>The profile check of a real street segment: its default cross-section by OSM kind (profile-defaults.csv)
/// unless strips are given, the networks already there, and the networks its planned works add.</summary>
public sealed class StreetProfiles(WijkwerfDb db, StreetRules? rules = null)
{
    private readonly StreetRules _rules = rules ?? StreetRules.Default;

    /// <returns>Null when no segment has this id (the numeric id or the external id such as <c>w4242:3</c>).</returns>
    /// <exception cref="ArgumentException">Bad strips, a profile narrower than its parts, an unknown DN or tree class.</exception>
    public async Task<SegmentProfile?> CheckAsync(string segmentId, ProfileOptions options, CancellationToken ct = default)
    {
        var q = db.StreetSegments.AsNoTracking();
        var segment = long.TryParse(segmentId, out var numeric)
            ? await q.FirstOrDefaultAsync(s => s.Id == numeric, ct)
            : await q.FirstOrDefaultAsync(s => s.ExternalId == segmentId, ct);
        if (segment is null) return null;
        var defaults = _rules.ProfileFor(segment.Kind);
        var strips = options.Strips is { Length: > 0 } text ? ParseStrips(text) : defaults.Strips;
        var facade = options.FacadeWidthM ?? strips.Sum(s => s.WidthM);

        var works = (await db.StreetWorks.AsNoTracking().Where(w => w.DistrictCode != null && w.Status != "finished").ToListAsync(ct))
            .Where(w => w.SegmentIds.Contains(segment.Id)).ToList();
        // The networks already in the street first: the search keeps them when not everything fits, so the planned ones are named.
        var needs = defaults.ExistingNetworks.Select(n => ProfileFit.Fixed(n, _rules)).ToList();
        var sewer = options.SeparatedSewer ?? works.Any(w => w.Kind == "sewer");
        if (sewer) needs.AddRange(ProfileFit.SeparatedSewer(_rules));
        var dn = options.HeatDn ?? works.Where(w => w.Kind == "heat").Select(w => w.HeatDn ?? 100).DefaultIfEmpty(0).Max();
        if (dn > 0) needs.Add(ProfileFit.Heat(dn));
        var treeClass = options.TreeClass ?? (works.Any(w => w.Kind == "trees") ? 2 : 0);
        if (treeClass > 0) needs.Add(ProfileFit.Trees(treeClass, _rules));
        var fit = ProfileFit.Check(strips, facade, needs, _rules);
        return new SegmentProfile(segment.ExternalId, segment.Name, segment.Kind, Math.Round(segment.LengthM, 1),
            options.Strips is { Length: > 0 } ? "given" : $"default for '{defaults.Kind}': {defaults.Source}",
            works.Select(w => w.Reference).ToArray(), fit);
    }

    /// <summary>Strips as <c>footway:1.8|parking:2.0|carriageway:5.0|green:1.4|footway:1.8</c>.</summary>
    public static IReadOnlyList<Strip> ParseStrips(string text) =>
        text.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(part =>
        {
            var kv = part.Split(':');
            if (kv.Length != 2 || !Enum.TryParse<StripKind>(kv[0].Trim(), true, out var kind) || !Enum.IsDefined(kind)
                || !double.TryParse(kv[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var width) || width <= 0)
                throw new ArgumentException($"strip '{part}' is not kind:width (kinds: footway, cycleway, parking, carriageway, green; width in m > 0)");
            return new Strip(kind, width);
        }).ToArray();
}
