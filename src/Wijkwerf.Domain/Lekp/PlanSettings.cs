namespace Wijkwerf.Domain.Lekp;

/// <summary>How a municipality's integrated district plan is written out.</summary>
public enum PlanOutline
{
    /// <summary>The Flemish LEKP plan: targets per werf, the yearly content report (the default for Belgian municipalities).</summary>
    Lekp,
    /// <summary>The Dutch <i>Warmteprogramma</i> / wijkuitvoeringsplan outline, with the heat analysis' figures (the
    /// default for Dutch municipalities).</summary>
    Warmteprogramma,
}

/// <summary>A municipality's choice of <see cref="PlanOutline"/>. No row: the default of its country.</summary>
public sealed class MunicipalityPlanSettings
{
    public int MunicipalityId { get; set; }
    public PlanOutline Outline { get; set; }
}

/// <summary>Inhabitants and housing units of one district on a reference date, from a statistics file (Statbel, CBS)
/// or typed by staff; the per-district LEKP targets per 1,000 housing units are computed from it.</summary>
public sealed class DistrictPopulation
{
    public int Id { get; set; }
    /// <summary>District code (a code, not a foreign key, like <see cref="Measure.DistrictCode"/>).</summary>
    public required string DistrictCode { get; set; }
    public int? Inhabitants { get; set; }
    public int? HousingUnits { get; set; }
    public DateOnly ReferenceDate { get; set; }
    /// <summary>The file the figures came from, or <c>manual</c>.</summary>
    public required string Source { get; set; }
}
