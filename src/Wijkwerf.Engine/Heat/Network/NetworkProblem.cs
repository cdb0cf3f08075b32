namespace Wijkwerf.Engine.Heat.Network;

/// <summary>A street segment the network may follow: between graph nodes, with its length and the cost of opening the
/// street for a trench (by surface type). An existing pipe has no trench or pipe cost.</summary>
public readonly record struct NetworkEdge(int From, int To, double LengthM, double TrenchCostEurPerM, bool ExistingPipe = false);

/// <summary>What the user demands of a building.</summary>
public enum ConnectionRule { Free, MustConnect, MustNotConnect }

/// <summary>A building that may connect: it sits along <see cref="Edge"/> (its nearest street segment), nearest to
/// graph node <see cref="Node"/> (an end of that edge). <see cref="IndividualCostEurPerYear"/> is the annual cost of its
/// best individual alternative (heat pump, hybrid ...): what connecting saves.</summary>
public readonly record struct NetworkBuilding(
    string Id,
    int Edge,
    int Node,
    double ConnectionLengthM,
    double HeatDemandMWhPerYear,
    double PeakKW,
    double IndividualCostEurPerYear,
    ConnectionRule Rule = ConnectionRule.Free);

/// <summary>The heat source at a graph node.</summary>
public readonly record struct HeatSource(int Node, double CapacityKW, double FixedCostEurPerYear, double HeatCostEurPerMWh);

/// <summary>Cost figures of the network (see Parameters/heat-network.csv for the defaults and their sources).
/// Pipe cost per metre is linear in the peak it carries: <c>PipeCostEurPerM + PipeCostEurPerMPerKW × kW</c>, fitted to the DN
/// catalogue; after solving, every pipe is sized from the catalogue with the diversity factor.</summary>
public sealed record NetworkCosts
{
    /// <summary>Share of an investment paid each year (annuity): 30 years at 3 % gives 0.051.</summary>
    public double AnnuityPerYear { get; init; } = 0.051;
    public double PipeCostEurPerM { get; init; } = 550;
    public double PipeCostEurPerMPerKW { get; init; } = 0.9;
    /// <summary>Substation / delivery set and meter per connected building, €.</summary>
    public double ConnectionCostEur { get; init; } = 6_500;
    /// <summary>Service pipe from the street to the building, € per metre (small DN, in garden or footway).</summary>
    public double ServicePipeCostEurPerM { get; init; } = 400;
    /// <summary>Heat lost per metre of main pipe per year, MWh (twin pipe, medium DN, 70/40 °C).</summary>
    public double HeatLossMWhPerMPerYear { get; init; } = 0.12;
    public DnCatalogue Catalogue { get; init; } = DnCatalogue.Default;
}

/// <summary>A whole design question.</summary>
public sealed record NetworkProblem(
    int NodeCount,
    NetworkEdge[] Edges,
    NetworkBuilding[] Buildings,
    HeatSource Source,
    NetworkCosts Costs,
    double MinConnectionRate = 0);

/// <summary>One pipe of a designed network.</summary>
public readonly record struct DesignedPipe(int Edge, double DesignPeakKW, int Connections, int Dn, double LengthM);

/// <summary>A designed network: which buildings connect, which edges carry which pipe, and the annual cost of the
/// whole district (network for the connected buildings, the individual alternative for the others).</summary>
public sealed record NetworkDesign(
    string Mode,
    string Status,
    bool[] Connected,
    IReadOnlyList<DesignedPipe> Pipes,
    double ObjectiveEurPerYear,
    double BoundEurPerYear,
    double Seconds,
    IReadOnlyList<string> Notes)
{
    /// <summary>(objective − bound) / objective; 0 when proven optimal.</summary>
    public double Gap => ObjectiveEurPerYear <= 0 ? 0 : Math.Max(0, (ObjectiveEurPerYear - BoundEurPerYear) / ObjectiveEurPerYear);
    public int ConnectedCount => Connected.Count(c => c);
    public double TrenchM => Pipes.Sum(p => p.LengthM);
}
