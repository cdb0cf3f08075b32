using Wijkwerf.Domain.OneStopShop;

namespace Wijkwerf.Engine.OneStopShop;

/// <summary>One qualification of <c>OneStopShop/Parameters/qualifications.csv</c>.</summary>
public sealed record Qualification(string Code, string NameNl, string NameEn, string Source);

/// <summary>The qualifications a pool member can hold (embedded table, one source per row).</summary>
public static class Qualifications
{
    public const string TableName = "qualifications.csv";

    private static readonly Lazy<IReadOnlyList<Qualification>> DefaultRows = new(() =>
    {
        const string name = "Wijkwerf.Engine.OneStopShop.Parameters." + TableName;
        using var stream = typeof(Qualifications).Assembly.GetManifestResourceStream(name)
                           ?? throw new InvalidOperationException($"embedded resource '{name}' not found");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    });

    public static IReadOnlyList<Qualification> All => DefaultRows.Value;

    public static bool IsKnown(string code) => All.Any(q => q.Code == code);

    /// <summary>Reads the table; a row without a name or source is refused, naming the line.</summary>
    public static IReadOnlyList<Qualification> Parse(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.TrimEntries);
        if (lines.Length == 0 || lines[0] != "code;name_nl;name_en;source")
            throw new FormatException($"{TableName}: header must be code;name_nl;name_en;source");
        var rows = new List<Qualification>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var f = lines[i].Split(';', 4);
            if (f.Length < 4 || f.Any(string.IsNullOrWhiteSpace))
                throw new FormatException($"{TableName}, line {i + 1}: every row needs code, name_nl, name_en and source");
            rows.Add(new Qualification(f[0], f[1], f[2], f[3]));
        }
        return rows;
    }
}

/// <summary>What matching knows of one pool member: its qualifications, where it works, its capacity and load, and the
/// mean score (over the criteria) of each rated job.</summary>
public sealed record PoolCandidate(
    long Id, string Name, PoolMemberKind Kind, IReadOnlyCollection<string> Qualifications, IReadOnlyCollection<string> ServiceAreas,
    int CapacityJobs, int ActiveJobs, IReadOnlyList<double> JobScores, bool Active = true);

/// <summary>The work to match: the qualifications it needs and the addresses (postcode and municipality code) it is at —
/// one for a household, all of a project's for a collective project. <paramref name="Kind"/> narrows to one kind.</summary>
public sealed record PoolNeed(IReadOnlyCollection<string> Qualifications, IReadOnlyList<(string? Postcode, string MunicipalityCode)> Addresses, PoolMemberKind? Kind = null);

/// <summary>A member that fits, with its place and why it ranked there.</summary>
public sealed record PoolMatch(long MemberId, string Name, PoolMemberKind Kind, int Rank, double ShrunkRating, double? MeanRating, int RatedJobs,
    int ActiveJobs, int CapacityJobs, string Why);

/// <summary>A member that was left out, with every reason.</summary>
public sealed record PoolExclusion(long MemberId, string Name, PoolMemberKind Kind, IReadOnlyList<string> Reasons);

public sealed record PoolMatchResult(IReadOnlyList<string> Needed, double PriorMean, double PriorWeightJobs, IReadOnlyList<PoolMatch> Matches,
    IReadOnlyList<PoolExclusion> Excluded);

/// <summary>Matches pool members to a household or a collective project: only members with every needed qualification,
/// who serve every address and have a free place are kept; they are ranked by the shrunk (Bayesian) rating — the mean
/// job score pulled towards a prior so that one 5-star job does not beat twenty 4.7 jobs — then by load (share of capacity
/// in use), then by name.</summary>
public static class PoolMatching
{
    public static PoolMatchResult Match(IReadOnlyList<PoolCandidate> members, PoolNeed need, OneStopShopParameters? parameters = null)
    {
        var p = parameters ?? OneStopShopParameters.Default;
        var priorMean = (double)p.Number("pool", "prior_mean");
        var priorWeight = (double)p.Number("pool", "prior_weight_jobs");
        var unknown = need.Qualifications.Where(q => !Qualifications.IsKnown(q)).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"unknown qualification(s) {string.Join(", ", unknown)}; known: {string.Join(", ", Qualifications.All.Select(q => q.Code))}");

        var kept = new List<(PoolCandidate Member, double Shrunk, double? Mean, double Load)>();
        var excluded = new List<PoolExclusion>();
        foreach (var m in members)
        {
            var reasons = new List<string>();
            if (!m.Active) reasons.Add("inactive");
            if (need.Kind is { } kind && m.Kind != kind) reasons.Add($"is {m.Kind}, not {kind}");
            var missing = need.Qualifications.Where(q => !m.Qualifications.Contains(q)).ToList();
            if (missing.Count > 0) reasons.Add($"lacks qualification(s) {string.Join(", ", missing)}");
            var outside = need.Addresses.Where(a => !Serves(m.ServiceAreas, a.Postcode, a.MunicipalityCode)).ToList();
            if (outside.Count > 0)
                reasons.Add(outside.Count == need.Addresses.Count
                    ? $"does not serve {Where(outside[0])}"
                    : $"does not serve {outside.Count} of the {need.Addresses.Count} addresses (e.g. {Where(outside[0])})");
            if (m.ActiveJobs >= m.CapacityJobs) reasons.Add($"no free capacity ({m.ActiveJobs} of {m.CapacityJobs} jobs in hand)");
            if (reasons.Count > 0)
            {
                excluded.Add(new PoolExclusion(m.Id, m.Name, m.Kind, reasons));
                continue;
            }
            var (shrunk, mean) = ShrunkRating(m.JobScores, priorMean, priorWeight);
            kept.Add((m, shrunk, mean, m.CapacityJobs == 0 ? 1 : (double)m.ActiveJobs / m.CapacityJobs));
        }

        // Rounded to the two decimals shown, so that a difference nobody can see is decided by load, not by noise.
        var ordered = kept.OrderByDescending(k => Math.Round(k.Shrunk, 2)).ThenBy(k => k.Load).ThenBy(k => k.Member.Name, StringComparer.Ordinal).ToList();
        var matches = new List<PoolMatch>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var (m, shrunk, mean, load) = ordered[i];
            var rating = m.JobScores.Count == 0
                ? $"no rated jobs yet: rating {shrunk:0.00} is the prior"
                : $"rating {shrunk:0.00} from {m.JobScores.Count} rated job(s) averaging {mean:0.00}, shrunk towards {priorMean:0.0} with the weight of {priorWeight:0} jobs";
            var place = i == 0 ? "highest rating" : Math.Round(ordered[i - 1].Shrunk, 2) > Math.Round(shrunk, 2)
                ? $"lower rating than #{i}"
                : ordered[i - 1].Load < load ? $"same rating as #{i}, more load" : $"same rating and load as #{i}, by name";
            if (i == 0 && ordered.Count > 1 && Math.Round(ordered[1].Shrunk, 2) == Math.Round(shrunk, 2)) place = "highest rating, least load";
            matches.Add(new PoolMatch(m.Id, m.Name, m.Kind, i + 1, Math.Round(shrunk, 3), mean is null ? null : Math.Round(mean.Value, 3), m.JobScores.Count,
                m.ActiveJobs, m.CapacityJobs, $"{place}; {rating}; {m.ActiveJobs} of {m.CapacityJobs} jobs in hand"));
        }
        return new PoolMatchResult(need.Qualifications.ToList(), priorMean, priorWeight, matches, excluded);
    }

    /// <summary>The Bayesian average (C·m + Σ scores) / (C + n) and the plain mean (null without rated jobs).</summary>
    public static (double Shrunk, double? Mean) ShrunkRating(IReadOnlyList<double> jobScores, double priorMean, double priorWeightJobs)
    {
        var sum = 0.0;
        foreach (var s in jobScores) sum += s;
        var n = jobScores.Count;
        return ((priorWeightJobs * priorMean + sum) / (priorWeightJobs + n), n == 0 ? null : sum / n);
    }

    /// <summary>True when a service area covers the address: the municipality code, or a prefix of the postcode (spaces
    /// and case ignored).</summary>
    public static bool Serves(IEnumerable<string> areas, string? postcode, string municipalityCode)
    {
        var pc = Normalise(postcode);
        foreach (var area in areas)
        {
            var a = Normalise(area);
            if (a.Length == 0) continue;
            if (string.Equals(a, municipalityCode, StringComparison.OrdinalIgnoreCase)) return true;
            if (pc.Length > 0 && char.IsDigit(a[0]) && pc.StartsWith(a, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>A service area as stored: upper case, no spaces; a municipality code (GM…) or a postcode prefix.</summary>
    public static string Normalise(string? area) => new string((area ?? "").Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();

    private static string Where((string? Postcode, string MunicipalityCode) a) => a.Postcode is null ? a.MunicipalityCode : $"{a.Postcode} ({a.MunicipalityCode})";
}
