namespace Wijkwerf.Engine.DistrictModel;

/// <summary>Splits street ways into graph edges at intersections: a node is a graph node when it ends a way or is
/// shared by two or more ways (or appears twice in one way).</summary>
public static class StreetGraphBuilder
{
    public static IReadOnlyList<StreetEdge> Split(IEnumerable<StreetWay> ways) =>
        throw new NotImplementedException("district model engine: to be written");
}
