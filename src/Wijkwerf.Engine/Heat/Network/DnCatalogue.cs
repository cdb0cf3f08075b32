namespace Wijkwerf.Engine.Heat.Network;

/// <summary>Pipe sizes with the peak each carries and its trench width. Capacities follow from
/// P = ρ·c·v·A·ΔT with water (ρc = 4.18 MJ/m³K), ΔT = 30 K (70/40 °C) and the velocity that keeps the pressure drop
/// near 100–150 Pa/m for that size (0.6 m/s at DN20 rising to 2.0 m/s at DN300), the usual design rule for
/// distribution networks (e.g. Frederiksen & Werner, <i>District Heating and Cooling</i>, 2013, ch. 5).
/// Trench width for twin pipes ≈ 2·D + 3·0.10 m (DESIGN.md §6).</summary>
public sealed class DnCatalogue
{
    public readonly record struct Size(int Dn, double OuterDiameterM, double VelocityMPerS)
    {
        /// <summary>Peak this size carries at ΔT 30 K, kW.</summary>
        public double CapacityKW => 4180.0 * VelocityMPerS * Math.PI * Math.Pow(Dn / 1000.0, 2) / 4 * 30;
        public double TrenchWidthM => 2 * OuterDiameterM + 3 * 0.10;
    }

    public IReadOnlyList<Size> Sizes { get; }

    public DnCatalogue(IReadOnlyList<Size> sizes)
    {
        if (sizes.Count == 0) throw new ArgumentException("a DN catalogue needs at least one size");
        Sizes = sizes.OrderBy(s => s.Dn).ToList();
    }

    /// <summary>Twin-pipe outer casing diameters as in common pre-insulated series 2 catalogues.</summary>
    public static DnCatalogue Default { get; } = new([
        new(20, 0.140, 0.6), new(25, 0.160, 0.7), new(32, 0.160, 0.8), new(40, 0.200, 0.9), new(50, 0.225, 1.0),
        new(65, 0.280, 1.1), new(80, 0.315, 1.2), new(100, 0.400, 1.4), new(125, 0.450, 1.5), new(150, 0.560, 1.6),
        new(200, 0.710, 1.8), new(250, 0.800, 1.9), new(300, 0.900, 2.0),
    ]);

    /// <summary>The smallest size that carries the peak; the largest when none does (the caller reports it).</summary>
    public Size For(double peakKW)
    {
        foreach (var s in Sizes)
            if (s.CapacityKW >= peakKW) return s;
        return Sizes[^1];
    }

    /// <summary>Simultaneity of n connections: the peak of n buildings together is this share of the sum of their
    /// peaks. 0.62 + 0.38/n (DESIGN.md §6; after Winter et al., Euroheat &amp; Power 2001).</summary>
    public static double DiversityFactor(int connections) => connections <= 0 ? 1 : 0.62 + 0.38 / connections;
}
