namespace Wijkwerf.Engine.Streets.Works;

/// <summary>GIPOD groundwork category and registration lead time from the excavated area (thresholds in street-rules.csv).</summary>
public static class Groundwork
{
    public static GroundworkCategory Category(double excavatedM2, StreetRules rules) =>
        excavatedM2 > rules["groundwork_major_min_m2"] ? GroundworkCategory.Major
        : excavatedM2 >= rules["groundwork_minor_min_m2"] ? GroundworkCategory.Minor
        : GroundworkCategory.Small;

    /// <summary>The last day the work may be registered: 2 months before the start (6 with utility relocation) for a
    /// major groundwork, 4 weeks for a minor one, the previous working day for a small one.</summary>
    public static DateOnly RegisterBy(DateOnly start, double excavatedM2, bool utilityRelocation, StreetRules rules)
    {
        switch (Category(excavatedM2, rules))
        {
            case GroundworkCategory.Major:
                return start.AddMonths(-(int)rules[utilityRelocation ? "lead_major_relocation_months" : "lead_major_months"]);
            case GroundworkCategory.Minor:
                return start.AddDays(-(int)rules["lead_minor_days"]);
            default:
                var d = start;
                for (var left = (int)rules["lead_small_working_days"]; left > 0;)
                {
                    d = d.AddDays(-1);
                    if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) left--;
                }
                return d;
        }
    }

    /// <summary>The first start that can still be registered in time on <paramref name="registeredOn"/>: the inverse of
    /// <see cref="RegisterBy"/> (months vary in length, so it is searched, at most about 190 days ahead).</summary>
    public static DateOnly EarliestStart(DateOnly registeredOn, double excavatedM2, bool utilityRelocation, StreetRules rules)
    {
        var start = registeredOn;
        while (RegisterBy(start, excavatedM2, utilityRelocation, rules) < registeredOn) start = start.AddDays(1);
        return start;
    }
}
