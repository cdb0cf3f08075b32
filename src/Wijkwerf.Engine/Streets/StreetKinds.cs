namespace Wijkwerf.Engine.Streets;

/// <summary>What a street work does. The order rule digs in this order on one segment: sewer → heat and utilities →
/// trees and unsealing → surface (<see cref="WorkKinds.OrderRank"/>).</summary>
public enum WorkKind
{
    Sewer,
    Heat,
    Cables,
    Charging,
    Trees,
    Unsealing,
    Road,
}

/// <summary>Which part of the street a work opens; a renewal's moratorium protects the same part.</summary>
public enum Surface
{
    Carriageway,
    Footway,
}

/// <summary>GIPOD groundwork category by excavated area.</summary>
public enum GroundworkCategory
{
    /// <summary>Below 3 m²: registered 1 working day ahead.</summary>
    Small,
    /// <summary>3–50 m²: 4 weeks ahead.</summary>
    Minor,
    /// <summary>Above 50 m²: 2 months ahead, 6 with utility relocation.</summary>
    Major,
}

/// <summary>The strips of a cross-section.</summary>
public enum StripKind
{
    Footway,
    Cycleway,
    Parking,
    Carriageway,
    Green,
}

/// <summary>One strip of a cross-section, façade side first.</summary>
public readonly record struct Strip(StripKind Kind, double WidthM);

public static class WorkKinds
{
    private static readonly string[] Slugs = ["sewer", "heat", "cables", "charging", "trees", "unsealing", "road"];

    public static IReadOnlyList<string> All => Slugs;

    public static string Slug(this WorkKind k) => Slugs[(int)k];

    public static bool TryParse(string? slug, out WorkKind kind)
    {
        var i = Array.IndexOf(Slugs, slug?.Trim().ToLowerInvariant());
        kind = (WorkKind)Math.Max(i, 0);
        return i >= 0;
    }

    /// <summary>Position in the digging order: 0 sewer, 1 heat/cables/charging, 2 trees/unsealing, 3 road surface.</summary>
    public static int OrderRank(this WorkKind k) => k switch
    {
        WorkKind.Sewer => 0,
        WorkKind.Heat or WorkKind.Cables or WorkKind.Charging => 1,
        WorkKind.Trees or WorkKind.Unsealing => 2,
        _ => 3,
    };

    public static string Slug(this Surface s) => s == Surface.Carriageway ? "carriageway" : "footway";

    public static bool TryParseSurface(string? slug, out Surface s)
    {
        s = Surface.Carriageway;
        if (string.IsNullOrWhiteSpace(slug) || slug.Trim().Equals("carriageway", StringComparison.OrdinalIgnoreCase)) return true;
        if (!slug.Trim().Equals("footway", StringComparison.OrdinalIgnoreCase)) return false;
        s = Surface.Footway;
        return true;
    }
}

public static class Strips
{
    public static string Slug(this StripKind k) => k.ToString().ToLowerInvariant();

    public static StripKind Parse(string text, string table, int line) =>
        Enum.TryParse<StripKind>(text.Trim(), ignoreCase: true, out var k) && Enum.IsDefined(k) ? k
            : throw new StreetRulesException(table, line, "strip", $"'{text}' is no strip kind (footway, cycleway, parking, carriageway, green)");
}
