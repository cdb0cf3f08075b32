using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Reports;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Operations;

namespace Wijkwerf.Data.Operations;

public sealed record NewIndicator(string Key, OutcomeDimension Dimension, string Name, string Unit, string Source, bool HigherIsBetter = true, string? NameEn = null);

public sealed record MeasurementPoint(DateOnly MeasuredOn, double Value, bool IsBaseline, string? Note);

/// <summary>An indicator in one district: baseline, latest value, change and whether the change is an improvement.</summary>
public sealed record IndicatorOutcome(string Key, string Name, string? NameEn, string Unit, string Source, bool HigherIsBetter,
    MeasurementPoint? Baseline, MeasurementPoint? Latest, double? Change, bool? Improved, IReadOnlyList<MeasurementPoint> Series);

public sealed record DimensionOutcome(OutcomeDimension Dimension, IReadOnlyList<IndicatorOutcome> Indicators);

public sealed record OutcomeMonitor(string DistrictCode, string DistrictName, IReadOnlyList<DimensionOutcome> Dimensions);

/// <summary>The outcome monitor: indicators defined by the platform team, measurements per district over time, and
/// per district the five dimensions with baseline vs now (every dimension shows, even without indicators yet).</summary>
public sealed class OutcomeService(WijkwerfDb db)
{
    public async Task<int> DefineIndicatorAsync(NewIndicator i, CancellationToken ct = default)
    {
        const string what = "indicator";
        var key = Refuse.Required(i.Key, what, "key", 80).ToLowerInvariant();
        if (await db.OutcomeIndicators.AnyAsync(x => x.Key == key, ct)) throw Refuse.Because(what, "key", $"'{key}' is already defined");
        var indicator = new OutcomeIndicator
        {
            Key = key, Dimension = i.Dimension, Name = Refuse.Required(i.Name, what, "name"), NameEn = i.NameEn, Unit = Refuse.Required(i.Unit, what, "unit", 40),
            Source = Refuse.Required(i.Source, what, "source", 400), HigherIsBetter = i.HigherIsBetter,
        };
        db.OutcomeIndicators.Add(indicator);
        await db.SaveChangesAsync(ct);
        return indicator.Id;
    }

    /// <summary>Records a measurement; a new baseline replaces the district's previous baseline of that indicator.</summary>
    public async Task RecordAsync(string districtCode, string indicatorKey, DateOnly measuredOn, double value, bool isBaseline = false, string? note = null, CancellationToken ct = default)
    {
        var what = $"district {districtCode}";
        if (!double.IsFinite(value)) throw Refuse.Because(what, "value", "must be a number");
        if (!await db.Districts.AnyAsync(d => d.Code == districtCode, ct)) throw Refuse.Because(what, "districtCode", "no such district in Wijkwerf");
        var indicator = await db.OutcomeIndicators.FirstOrDefaultAsync(i => i.Key == indicatorKey, ct)
            ?? throw Refuse.Because(what, "indicator", $"no indicator '{indicatorKey}'");
        if (isBaseline)
            await db.OutcomeMeasurements.Where(m => m.DistrictCode == districtCode && m.IndicatorId == indicator.Id && m.IsBaseline)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.IsBaseline, false), ct);
        db.OutcomeMeasurements.Add(new OutcomeMeasurement { IndicatorId = indicator.Id, DistrictCode = districtCode, MeasuredOn = measuredOn, Value = value, IsBaseline = isBaseline, Note = note });
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<OutcomeIndicator>> IndicatorsAsync(CancellationToken ct = default) =>
        await db.OutcomeIndicators.AsNoTracking().OrderBy(i => i.Dimension).ThenBy(i => i.Key).ToListAsync(ct);

    public async Task<OutcomeMonitor?> MonitorAsync(string districtCode, CancellationToken ct = default)
    {
        var district = await db.Districts.AsNoTracking().Where(d => d.Code == districtCode).Select(d => new { d.Code, d.Name }).FirstOrDefaultAsync(ct);
        if (district is null) return null;
        var indicators = await IndicatorsAsync(ct);
        var measurements = await db.OutcomeMeasurements.AsNoTracking().Where(m => m.DistrictCode == districtCode).ToListAsync(ct);
        var dimensions = Enum.GetValues<OutcomeDimension>().Select(dim => new DimensionOutcome(dim, indicators.Where(i => i.Dimension == dim).Select(i =>
        {
            var series = measurements.Where(m => m.IndicatorId == i.Id).OrderBy(m => m.MeasuredOn).ThenBy(m => m.Id)
                .Select(m => new MeasurementPoint(m.MeasuredOn, m.Value, m.IsBaseline, m.Note)).ToList();
            // Without a marked baseline the first measurement is the baseline.
            var baseline = series.LastOrDefault(p => p.IsBaseline) ?? series.FirstOrDefault();
            var latest = series.Count > 0 ? series[^1] : null;
            double? change = baseline is not null && latest is not null && !ReferenceEquals(baseline, latest) ? latest.Value - baseline.Value : null;
            bool? improved = change is null || change == 0 ? null : (change > 0) == i.HigherIsBetter;
            return new IndicatorOutcome(i.Key, i.Name, i.NameEn, i.Unit, i.Source, i.HigherIsBetter, baseline, latest, change, improved, series);
        }).ToList())).ToList();
        return new OutcomeMonitor(district.Code, district.Name, dimensions);
    }

    /// <summary>The monitor as XLSX: one sheet with baseline vs now, one with every measurement.</summary>
    public async Task<byte[]?> ExportAsync(string districtCode, CancellationToken ct = default)
    {
        var m = await MonitorAsync(districtCode, ct);
        if (m is null) return null;
        var rows = m.Dimensions.SelectMany(d => d.Indicators.Select(i => (IReadOnlyList<object?>)
            [d.Dimension.ToString(), i.Key, i.Name, i.Unit, i.Source, i.Baseline?.MeasuredOn.ToString("yyyy-MM-dd"), i.Baseline?.Value,
             i.Latest?.MeasuredOn.ToString("yyyy-MM-dd"), i.Latest?.Value, i.Change, i.Improved switch { true => "yes", false => "no", _ => null }]));
        var series = m.Dimensions.SelectMany(d => d.Indicators.SelectMany(i => i.Series.Select(p => (IReadOnlyList<object?>)
            [d.Dimension.ToString(), i.Key, p.MeasuredOn.ToString("yyyy-MM-dd"), p.Value, i.Unit, p.IsBaseline ? "baseline" : null, p.Note])));
        return XlsxWriter.Write(
            new XlsxSheet("Outcomes", ["dimension", "indicator", "name", "unit", "source", "baseline date", "baseline", "latest date", "latest", "change", "improved"], rows),
            new XlsxSheet("Measurements", ["dimension", "indicator", "date", "value", "unit", "baseline", "note"], series));
    }
}
