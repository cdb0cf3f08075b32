using Wijkwerf.Domain.Lekp;

namespace Wijkwerf.Engine.Lekp;

/// <summary>A measure as the calculator sees it: how much, how far along, and when it is (expected to be) finished.</summary>
public readonly record struct MeasureContribution(double Quantity, MeasureStatus Status, DateOnly? EndDate);

/// <summary>Progress towards one target. <see cref="Required"/> is null when the basis (inhabitants or housing units)
/// is unknown.</summary>
public sealed record TargetProgress(LekpTarget Target, double? Required, double Realised, double Planned, double? Gap, double Projected2030);

/// <summary>Required quantities and progress for the LEKP targets. Pure: plain numbers in, plain numbers out.</summary>
public static class TargetCalculator
{
    /// <summary>The quantity a municipality (or district) of this size must add by the deadline.</summary>
    /// <remarks>Rounded <b>down</b> to a whole number: the official worked example (Berlaar, 11,949 inhabitants) gives
    /// 23 shared cars for 2 per 1,000 (23.898) and 179 charging-point equivalents for 1.5 per 100 (179.235), so the pact
    /// counts only whole units that the population has fully earned. Computed in decimal so no floating-point error
    /// can tip a whole result (e.g. 179.0) one down. Targets per municipality (percentages) return the norm itself.</remarks>
    public static long? Required(LekpTarget target, int? inhabitants, int? housingUnits)
    {
        decimal? basis = target.Per switch
        {
            TargetBasis.Inhabitant => inhabitants,
            TargetBasis.HundredInhabitants => inhabitants / 100m,
            TargetBasis.ThousandInhabitants => inhabitants / 1000m,
            TargetBasis.ThousandHousingUnits => housingUnits / 1000m,
            _ => null,
        };
        if (basis is null) return null;
        if (basis < 0) throw new ArgumentOutOfRangeException(target.Per == TargetBasis.ThousandHousingUnits ? nameof(housingUnits) : nameof(inhabitants), "must not be negative");
        return (long)decimal.Floor(basis.Value * target.Norm);
    }

    /// <summary>The required figure as shown: the whole-unit quantity, or the norm itself for per-municipality targets
    /// (a reduction percentage).</summary>
    public static double? RequiredFigure(LekpTarget target, int? inhabitants, int? housingUnits) =>
        target.Per == TargetBasis.Municipality ? (double)target.Norm : Required(target, inhabitants, housingUnits);

    /// <summary>Realised (status realised), planned (planned or in progress), gap (required − realised, never below 0)
    /// and the projection to the deadline: realised plus the planned measures whose end date is on or before it.
    /// Ideas count nowhere; planned measures without an end date are not projected (no date, no promise).</summary>
    public static TargetProgress Progress(LekpTarget target, double? required, IEnumerable<MeasureContribution> measures)
    {
        double realised = 0, planned = 0, projected = 0;
        foreach (var m in measures)
        {
            if (m.Quantity < 0) throw new ArgumentOutOfRangeException(nameof(measures), "a measure quantity must not be negative");
            switch (m.Status)
            {
                case MeasureStatus.Realised:
                    realised += m.Quantity;
                    projected += m.Quantity;
                    break;
                case MeasureStatus.Planned or MeasureStatus.InProgress:
                    planned += m.Quantity;
                    if (m.EndDate is { } end && end <= target.Deadline) projected += m.Quantity;
                    break;
            }
        }
        double? gap = required is { } r ? Math.Max(0, r - realised) : null;
        return new TargetProgress(target, required, realised, planned, gap, projected);
    }

    /// <summary>Progress for every target of a pact version. A measure counts towards its own target and, when that
    /// target is <see cref="LekpTarget.PartOf"/> another, towards that one too.</summary>
    public static IReadOnlyList<TargetProgress> ProgressAll(IReadOnlyList<LekpTarget> targets, int? inhabitants, int? housingUnits,
        IEnumerable<(string TargetKey, MeasureContribution Measure)> measures)
    {
        var byKey = new Dictionary<string, List<MeasureContribution>>(StringComparer.Ordinal);
        var parents = targets.Where(t => t.PartOf is not null).ToDictionary(t => t.Key, t => t.PartOf!);
        foreach (var (key, m) in measures)
        {
            Add(key, m);
            if (parents.TryGetValue(key, out var parent)) Add(parent, m);
        }
        return targets.Select(t => Progress(t, RequiredFigure(t, inhabitants, housingUnits),
            byKey.TryGetValue(t.Key, out var list) ? list : [])).ToArray();

        void Add(string key, MeasureContribution m)
        {
            if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
            list.Add(m);
        }
    }
}
