// Contracts of the district model engine. Everything here takes METRIC (projected) coordinates and plain inputs,
// and returns plain results: no database, no I/O, no static state.
using NetTopologySuite.Geometries;
using Wijkwerf.Domain.Buildings;

namespace Wijkwerf.Engine.DistrictModel;

/// <summary>Result of classifying one building. <see cref="Type"/> is null for non-residential buildings.</summary>
public readonly record struct DwellingTypeResult(DwellingType? Type, double SharedWallM, int Touching);

/// <summary>The rule's knobs, with defaults documented in docs/district-model.md.</summary>
public sealed record DwellingTypeRules
{
    /// <summary>Two footprints share a wall when their boundaries run together for at least this length (m).</summary>
    public double MinSharedWallM { get; init; } = 2.0;
    /// <summary>Boundaries closer than this (m) count as touching: surveyed footprints rarely coincide exactly.</summary>
    public double ToleranceM { get; init; } = 0.3;
    /// <summary>A building with at least this many dwellings is an apartment building.</summary>
    public int ApartmentMinDwellings { get; init; } = 3;
    /// <summary>A non-residential footprint (no dwellings) counts as a wall-sharing neighbour only from this area (m²) on:
    /// a garage or shed against a house does not make the house semi-detached, a shop or a workshop in the row does.</summary>
    public double MinNeighbourAreaM2 { get; init; } = 30.0;
    public static DwellingTypeRules Default { get; } = new();
}

/// <summary>A street way as read from the source, with metric coordinates and the source node id of each vertex.</summary>
public sealed record StreetWay(long WayId, string Kind, string? Name, long[] NodeIds, Coordinate[] Coordinates);

/// <summary>An edge of the street graph: the part of a way between two graph nodes (intersections or ends).</summary>
public sealed record StreetEdge(long WayId, int Index, string Kind, string? Name, long FromNode, long ToNode, Coordinate[] Coordinates, double LengthM);

/// <summary>A building's nearest street segment (index into the segment list, or -1 when none within reach) and the distance.</summary>
public readonly record struct StreetLink(int Segment, double DistanceM);
