namespace Wijkwerf.Domain.Werven;

/// <summary>A <i>werf</i> (Dutch: work site, here a theme of the district transition) that plans, measures, challenges
/// and lessons belong to. One list for all of Wijkwerf: the slug (<see cref="WerfSlugs"/>) is what the database, CSV
/// files, URLs and JSON use.</summary>
/// <remarks>The LEKP pact texts group their commitments by theme (renovation, mobility, greening and unsealing, water;
/// LEKP 2.0 adds energy). We keep five stable themes so that measures of other modules (heat network, street works)
/// fit too; general pact conditions (CO₂ of the municipality's own buildings, primary energy) are <see cref="Algemeen"/>.
/// Unsealing (ontharding) sits in <see cref="Groen"/> because the pact pairs it with greening ("vergroening en
/// ontharding"); rainwater buffering is <see cref="Water"/>.</remarks>
public enum Werf
{
    /// <summary>Renovation of homes and buildings (collective renovation, renovatieversneller).</summary>
    Renovatie,
    /// <summary>Energy supply: renewable heat, heat networks, fossil-free heating, energy sharing.</summary>
    Energie,
    /// <summary>Trees, hedges and façade green, natural green, unsealing.</summary>
    Groen,
    /// <summary>Rainwater buffering and infiltration, separated sewers.</summary>
    Water,
    /// <summary>Shared mobility, mobipunten, charging points, cycle paths.</summary>
    Mobiliteit,
    /// <summary>Pact-wide conditions not tied to one theme (CO₂ of own buildings, primary energy use).</summary>
    Algemeen,
}

/// <summary>The lower-case slugs of <see cref="Werf"/> (<c>renovatie</c>, <c>energie</c>, ...).</summary>
public static class WerfSlugs
{
    public static string Slug(this Werf werf) => werf.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out Werf werf)
    {
        werf = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        foreach (var w in Enum.GetValues<Werf>())
            if (string.Equals(w.Slug(), text.Trim(), StringComparison.OrdinalIgnoreCase)) { werf = w; return true; }
        return false;
    }

    public static string All => string.Join(", ", Enum.GetValues<Werf>().Select(w => w.Slug()));
}
