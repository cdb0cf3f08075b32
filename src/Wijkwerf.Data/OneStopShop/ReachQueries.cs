using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Buildings;
using Wijkwerf.Domain.OneStopShop;
using Wijkwerf.Engine.OneStopShop;

namespace Wijkwerf.Data.OneStopShop;

/// <summary>Addresses, reached households and their share for one key. Null means suppressed (fewer than the
/// threshold). Tenure rows are estimates where tenure was not recorded (CBS shares).</summary>
public sealed record ReachRow(string Key, string Label, int? Addresses, int? Reached, double? Share);

public sealed record FunnelRow(JourneyStage Stage, int? Households);

/// <summary>Reach of one municipality or one district: the funnel, reach per segment and per street, all aggregates
/// with small-number suppression.</summary>
public sealed record ReachReport(
    string MunicipalityCode, string? DistrictCode, int Addresses, int? Reached, double? Share, int SuppressionThreshold,
    int TenureEstimatedAddresses, string TenureSource,
    IReadOnlyList<FunnelRow> Funnel, IReadOnlyDictionary<string, IReadOnlyList<ReachRow>> Segments, IReadOnlyList<ReachRow> Districts,
    IReadOnlyList<ReachRow> Streets);

/// <summary>Reach queries: two reads (addresses with their building, households), then <see cref="Reach.Count"/>.</summary>
public sealed class ReachQueries(WijkwerfDb db, OneStopShopParameters? parameters = null)
{
    private readonly OneStopShopParameters _p = parameters ?? OneStopShopParameters.Default;

    /// <summary>The municipality a district belongs to, or null when the code is unknown.</summary>
    public Task<int?> MunicipalityOfDistrictAsync(string districtCode, CancellationToken ct = default) =>
        db.Districts.AsNoTracking().Where(d => d.Code == districtCode).Select(d => d.MunicipalityId).FirstOrDefaultAsync(ct);

    public async Task<ReachReport> ReachAsync(int municipalityId, string? districtCode = null, CancellationToken ct = default)
    {
        var threshold = _p.SmallNumberThreshold;
        var municipality = await db.Municipalities.AsNoTracking().Where(m => m.Id == municipalityId)
            .Select(m => new { m.Code, m.StatisticsJson }).SingleAsync(ct);
        var districts = await db.Districts.AsNoTracking().Where(d => d.MunicipalityId == municipalityId)
            .Where(d => districtCode == null || d.Code == districtCode).OrderBy(d => d.Code)
            .Select(d => new { d.Id, d.Code, d.Name, d.StatisticsJson }).ToListAsync(ct);
        if (districtCode is not null && districts.Count == 0) throw new OneStopShopException($"district '{districtCode}' is not in this municipality");
        var districtIndex = districts.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i);

        var fallbackShares = TenureShares.From(municipality.StatisticsJson);
        var shares = districts.Select(d => TenureShares.From(d.StatisticsJson) ?? fallbackShares ?? TenureShares.Unknown).ToArray();
        var tenureSource = districts.Any(d => TenureShares.From(d.StatisticsJson) is not null) ? "district" : fallbackShares is not null ? "municipality" : "none";
        var flagAt = (int)_p.Number("vulnerability", "flag_at_score");
        var vulnerability = (await db.DistrictVulnerabilities.AsNoTracking().Where(v => v.MunicipalityId == municipalityId).ToListAsync(ct))
            .ToDictionary(v => v.DistrictId, v => VulnerabilityProfiles.IsFlagged(v, flagAt) ? 2 : 1);

        int? onlyDistrict = districtCode is null ? null : districts[0].Id;
        var all = await AddressFactsCache.GetAsync(db, municipalityId, ct);
        var addresses = onlyDistrict is null ? all : Array.FindAll(all, a => a.DistrictId == onlyDistrict);
        var households = await db.Households.AsNoTracking()
            .Where(h => h.MunicipalityId == municipalityId && h.DistrictId != null && (onlyDistrict == null || h.DistrictId == onlyDistrict))
            .Select(h => new { h.UnitId, h.DistrictId, h.DwellingType, h.BuildYearClass, h.Tenure, h.Stage }).ToListAsync(ct);

        var streetIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var streetLabels = new List<(string Code, string? Name, string? MinPostcode, string? MaxPostcode)>();
        var live = households.Where(h => h.UnitId is not null).ToDictionary(h => h.UnitId!.Value);
        var input = new ReachInput[addresses.Length + households.Count(h => h.UnitId is null)];
        var n = 0;
        foreach (var a in addresses)
        {
            var street = -1;
            if (a.StreetCode is { } code)
            {
                ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(streetIndex, code, out var exists);
                if (!exists)
                {
                    slot = streetLabels.Count;
                    streetLabels.Add((code, a.Street, a.Postcode, a.Postcode));
                }
                street = slot;
                var l = streetLabels[street];
                if (a.Postcode is not null && (l.MinPostcode is null || string.CompareOrdinal(a.Postcode, l.MinPostcode) < 0)) l.MinPostcode = a.Postcode;
                if (a.Postcode is not null && (l.MaxPostcode is null || string.CompareOrdinal(a.Postcode, l.MaxPostcode) > 0)) l.MaxPostcode = a.Postcode;
                streetLabels[street] = l;
            }
            var d = districtIndex[a.DistrictId];
            live.TryGetValue(a.Id, out var h);
            input[n++] = Input(street, d, a.Type, BuildYearClass.Of(a.Year), h?.Tenure, h is null ? -1 : (int)h.Stage, true);
        }
        foreach (var h in households.Where(h => h.UnitId is null))
            input[n++] = Input(-1, districtIndex[h.DistrictId!.Value], h.DwellingType, h.BuildYearClass, h.Tenure, (int)h.Stage, false);

        ReachInput Input(int street, int district, DwellingType? type, string yearClass, Tenure? tenure, int stage, bool isAddress)
        {
            var s = tenure switch
            {
                Tenure.OwnerOccupied => new TenureShares(1, 0, 0),
                Tenure.SocialRent => new TenureShares(0, 1, 0),
                Tenure.PrivateRent => new TenureShares(0, 0, 1),
                _ => shares[district],
            };
            return new ReachInput(street, district, type is null ? -1 : (int)type, Reach.BuildYearClassIndex(yearClass),
                vulnerability.GetValueOrDefault(districts[district].Id), s.Owner, s.Social, s.Private, tenure is not null, stage, isAddress);
        }

        var counts = Reach.Count(input.AsSpan(0, n), streetLabels.Count, districts.Count);
        var funnel = Reach.Funnel(counts);
        IReadOnlyList<ReachRow> Rows(ReachDimension dim, Func<int, (string Key, string Label)> name) =>
            Enumerable.Range(0, dim.Addresses.Length).Select(i =>
            {
                var (key, label) = name(i);
                return new ReachRow(key, label, SmallNumbers.Count(dim.Addresses[i], threshold), SmallNumbers.Count(dim.Reached[i], threshold),
                    SmallNumbers.Share(dim.Addresses[i], dim.Reached[i], threshold));
            }).ToList();
        (string, string) Same(string k) => (k, k);

        return new ReachReport(municipality.Code, districtCode, counts.Addresses, SmallNumbers.Count(counts.Reached, threshold),
            SmallNumbers.Share(counts.Addresses, counts.Reached, threshold), threshold, counts.TenureEstimated, tenureSource,
            Reach.Stages.Select((s, i) => new FunnelRow(s, SmallNumbers.Count(funnel[i], threshold))).ToList(),
            new Dictionary<string, IReadOnlyList<ReachRow>>
            {
                ["tenure"] = Rows(counts.Tenure, i => Same(Reach.TenureKeys[i])),
                ["dwellingType"] = Rows(counts.DwellingTypes, i => Same(Reach.DwellingTypeKeys[i])),
                ["buildYearClass"] = Rows(counts.BuildYearClasses, i => Same(Reach.BuildYearClasses[i])),
                ["vulnerability"] = Rows(counts.Vulnerability, i => Same(Reach.VulnerabilityClasses[i])),
            },
            Rows(counts.Districts, i => (districts[i].Code, districts[i].Name)),
            Rows(counts.Streets, i =>
            {
                var l = streetLabels[i];
                return (l.Code, l.Name ?? (l.MinPostcode == l.MaxPostcode ? l.MinPostcode ?? l.Code : $"{l.MinPostcode}–{l.MaxPostcode}"));
            }).OrderBy(r => r.Label, StringComparer.Ordinal).ToList());
    }

    /// <summary>The district's residential buildings as GeoJSON, each with the reach share of its street (null when
    /// suppressed): the map shows street by street who is left behind, never a single household.</summary>
    public async Task<string> ReachMapAsync(int municipalityId, string districtCode, CancellationToken ct = default)
    {
        var report = await ReachAsync(municipalityId, districtCode, ct);
        var byStreet = report.Streets.ToDictionary(s => s.Key);
        var districtId = await db.Districts.Where(d => d.Code == districtCode).Select(d => d.Id).SingleAsync(ct);
        var buildingStreets = (await db.Units.AsNoTracking().Where(u => u.DistrictId == districtId && u.IsDwelling && u.BuildingId != null && u.StreetCode != null)
                .Select(u => new { u.BuildingId, u.StreetCode }).ToListAsync(ct))
            .GroupBy(u => u.BuildingId!.Value)
            .ToDictionary(g => g.Key, g => g.GroupBy(u => u.StreetCode!).OrderByDescending(s => s.Count()).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key);
        var buildings = await db.Buildings.AsNoTracking().Where(b => b.DistrictId == districtId && b.Dwellings > 0).OrderBy(b => b.Id)
            .Select(b => new { b.Id, b.Footprint, b.DwellingType, b.Dwellings }).ToListAsync(ct);
        return Districts.DistrictQueries.Collection(buildings.Select(b =>
        {
            var street = buildingStreets.TryGetValue(b.Id, out var s) && byStreet.TryGetValue(s, out var row) ? row : null;
            return (b.Footprint, (object)new { street = street?.Label, share = street?.Share, dwellingType = b.DwellingType?.ToString(), dwellings = b.Dwellings });
        }));
    }
}

/// <summary>What reach needs of one dwelling address: district, street, dwelling type, build year.</summary>
internal readonly record struct AddressFacts(long Id, int DistrictId, string? StreetCode, string? Street, string? Postcode, DwellingType? Type, int? Year);

/// <summary>The dwelling addresses of a municipality with their building facts, kept in memory per database and
/// municipality until the next import (the version is the newest import source): the address base changes only on
/// import, while households change all the time and are always read fresh. Saves the one large join per dashboard view.</summary>
internal static class AddressFactsCache
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Database, int Municipality), (long Version, AddressFacts[] Facts)> Cache = new();

    public static async Task<AddressFacts[]> GetAsync(WijkwerfDb db, int municipalityId, CancellationToken ct)
    {
        var key = (db.Database.GetConnectionString() ?? "", municipalityId);
        var sources = await db.Sources.AsNoTracking().GroupBy(_ => 1).Select(g => new { Max = g.Max(s => s.Id), N = g.Count() }).FirstOrDefaultAsync(ct);
        var version = sources is null ? 0 : ((long)sources.Max << 20) + sources.N;
        if (Cache.TryGetValue(key, out var cached) && cached.Version == version) return cached.Facts;
        var streets = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Shared(string? code) => code is null ? null : streets.TryAdd(code, code) ? code : streets[code];
        var facts = (await (from u in db.Units.AsNoTracking()
                            join d in db.Districts on u.DistrictId equals d.Id
                            join b in db.Buildings on u.BuildingId equals b.Id into bs
                            from b in bs.DefaultIfEmpty()
                            where u.IsDwelling && d.MunicipalityId == municipalityId
                            select new { u.Id, DistrictId = d.Id, u.StreetCode, u.Street, u.Postcode, Type = b == null ? null : b.DwellingType, Year = b == null ? null : b.BuildYear })
                .ToListAsync(ct))
            .Select(a => new AddressFacts(a.Id, a.DistrictId, Shared(a.StreetCode), a.Street, a.Postcode, a.Type, a.Year))
            .ToArray();
        Cache[key] = (version, facts);
        return facts;
    }
}

/// <summary>Owner-occupied, social-rent and private-rent shares of a district's dwellings (add up to 1).</summary>
public readonly record struct TenureShares(float Owner, float Social, float Private)
{
    public static readonly TenureShares Unknown = new(1f / 3, 1f / 3, 1f / 3);

    /// <summary>From CBS KWB figures <c>koopwoningen</c>, <c>huurwoningen</c>, <c>pct_huurcorporatie</c> (percent);
    /// null when they are not there.</summary>
    public static TenureShares? From(string? statisticsJson)
    {
        if (statisticsJson is null) return null;
        using var doc = JsonDocument.Parse(statisticsJson);
        double? Get(string k) => doc.RootElement.TryGetProperty(k, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
        if (Get("koopwoningen") is not { } own || Get("huurwoningen") is not { } rent) return null;
        var social = Math.Min(rent, Get("pct_huurcorporatie") ?? 0);
        var total = own + rent;
        if (total <= 0) return null;
        return new TenureShares((float)(own / total), (float)(social / total), (float)((rent - social) / total));
    }
}
