using System.Text.Json.Serialization;
using Wijkwerf.Domain.OneStopShop;

namespace Wijkwerf.Engine.OneStopShop;

/// <summary>One qualification of <c>OneStopShop/Parameters/qualifications.csv</c>.</summary>
public sealed record Qualification(string Code, string NameNl, string NameEn, string Source)
{
    /// <summary>The label in the language (<c>en</c>, otherwise Dutch).</summary>
    public string Name(string language) => language == "en" ? NameEn : NameNl;
}

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

    /// <summary>The label of a code in the language; an unknown code stays itself.</summary>
    public static string Name(string code, string language) => All.FirstOrDefault(q => q.Code == code)?.Name(language) ?? code;

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

/// <summary>Why a member sits at its rank, compared with the member just above it (#<c>Rank − 1</c>).</summary>
public enum PoolRankPlace
{
    /// <summary>First, with a rating no other member reaches.</summary>
    HighestRating,
    /// <summary>First, sharing the highest rating with a member that has more load (or, at equal load, a later name).</summary>
    HighestRatingLeastLoad,
    LowerRating,
    SameRatingMoreLoad,
    /// <summary>Same rating and load as the member above: the name decides.</summary>
    SameRatingAndLoadByName,
}

/// <summary>A member that fits, with its place and why it ranked there: <see cref="Place"/> against the member above,
/// the rating (from <see cref="RatedJobs"/>, <see cref="MeanRating"/> and the result's prior) and the load. Pages, API
/// and CLI word it in their language.</summary>
public sealed record PoolMatch(long MemberId, string Name, PoolMemberKind Kind, int Rank, double ShrunkRating, double? MeanRating, int RatedJobs,
    int ActiveJobs, int CapacityJobs, PoolRankPlace Place);

/// <summary>What a reason to leave a member out is about; the name is the <c>code</c> in the JSON answers.</summary>
public enum PoolExclusionCode
{
    Inactive,
    OtherKind,
    MissingQualification,
    OutsideServiceArea,
    NoFreePlace,
}

/// <summary>One reason a member was left out: a code and what it needs to be worded. Serialised with the fields of its
/// own kind (no type discriminator: <see cref="Code"/> says which).</summary>
[JsonDerivedType(typeof(MemberInactive))]
[JsonDerivedType(typeof(OtherKind))]
[JsonDerivedType(typeof(MissingQualification))]
[JsonDerivedType(typeof(OutsideServiceArea))]
[JsonDerivedType(typeof(NoFreePlace))]
public abstract record PoolExclusionReason
{
    [JsonPropertyOrder(-1)]
    public abstract PoolExclusionCode Code { get; }
}

/// <summary>The member is switched off in the pool.</summary>
public sealed record MemberInactive : PoolExclusionReason
{
    public override PoolExclusionCode Code => PoolExclusionCode.Inactive;
}

/// <summary>Only <paramref name="Wanted"/> was asked for.</summary>
public sealed record OtherKind(PoolMemberKind Kind, PoolMemberKind Wanted) : PoolExclusionReason
{
    public override PoolExclusionCode Code => PoolExclusionCode.OtherKind;
}

/// <summary>One needed qualification (a code of <c>qualifications.csv</c>) the member does not hold.</summary>
public sealed record MissingQualification(string Qualification) : PoolExclusionReason
{
    public override PoolExclusionCode Code => PoolExclusionCode.MissingQualification;
}

/// <summary>The member serves none of its areas at <paramref name="AddressesOutside"/> of the <paramref name="Addresses"/>
/// addresses; the first of them is named (postcode, null when the dwelling has none, and municipality code).</summary>
public sealed record OutsideServiceArea(string? Postcode, string MunicipalityCode, int AddressesOutside, int Addresses) : PoolExclusionReason
{
    public override PoolExclusionCode Code => PoolExclusionCode.OutsideServiceArea;
}

/// <summary>Every place is taken: <paramref name="ActiveJobs"/> unfinished jobs at a capacity of <paramref name="CapacityJobs"/>.</summary>
public sealed record NoFreePlace(int ActiveJobs, int CapacityJobs) : PoolExclusionReason
{
    public override PoolExclusionCode Code => PoolExclusionCode.NoFreePlace;
}

/// <summary>A member that was left out, with every reason.</summary>
public sealed record PoolExclusion(long MemberId, string Name, PoolMemberKind Kind, IReadOnlyList<PoolExclusionReason> Reasons);

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
            var reasons = new List<PoolExclusionReason>();
            if (!m.Active) reasons.Add(new MemberInactive());
            if (need.Kind is { } kind && m.Kind != kind) reasons.Add(new OtherKind(m.Kind, kind));
            foreach (var q in need.Qualifications)
                if (!m.Qualifications.Contains(q)) reasons.Add(new MissingQualification(q));
            var outside = need.Addresses.Where(a => !Serves(m.ServiceAreas, a.Postcode, a.MunicipalityCode)).ToList();
            if (outside.Count > 0) reasons.Add(new OutsideServiceArea(outside[0].Postcode, outside[0].MunicipalityCode, outside.Count, need.Addresses.Count));
            if (m.ActiveJobs >= m.CapacityJobs) reasons.Add(new NoFreePlace(m.ActiveJobs, m.CapacityJobs));
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
            var place = i == 0 ? PoolRankPlace.HighestRating : Math.Round(ordered[i - 1].Shrunk, 2) > Math.Round(shrunk, 2)
                ? PoolRankPlace.LowerRating
                : ordered[i - 1].Load < load ? PoolRankPlace.SameRatingMoreLoad : PoolRankPlace.SameRatingAndLoadByName;
            if (i == 0 && ordered.Count > 1 && Math.Round(ordered[1].Shrunk, 2) == Math.Round(shrunk, 2)) place = PoolRankPlace.HighestRatingLeastLoad;
            matches.Add(new PoolMatch(m.Id, m.Name, m.Kind, i + 1, Math.Round(shrunk, 3), mean is null ? null : Math.Round(mean.Value, 3), m.JobScores.Count,
                m.ActiveJobs, m.CapacityJobs, place));
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
}
