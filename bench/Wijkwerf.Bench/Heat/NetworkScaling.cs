using System.Globalization;
using Wijkwerf.Engine.Heat.Network;

namespace Wijkwerf.Bench.Heat;

/// <summary>Network design scaling: synthetic street grids (100 m blocks, houses on both sides, mixed individual
/// alternatives) from about 100 to 20,000 buildings; fast mode against the exact MILP solved to a 1 % gap.
/// <c>network-scaling [maxBuildings] [exactTimeLimitSeconds]</c>.</summary>
public static class NetworkScaling
{
    public static int Run(string[] args)
    {
        var max = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
        var limit = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 300;
        Console.WriteLine("buildings\tconnected fast/exact\tedges\tfast s\tfast €/yr\tfast gap to own bound\tfast bound\texact s\texact €/yr\texact gap\tstatus\tfast vs exact\tspeed-up");
        // Warm-up, not timed: fast mode runs optimised code after 30 calls (see NetworkReal); the exact mode loads its solver.
        var warm = Grid(5, 12);
        for (var i = 0; i < 40; i++) NetworkDesigner.Fast(warm);
        Thread.Sleep(500);
        NetworkDesigner.Exact(warm, limit, 0.01);
        foreach (var (side, perEdge) in new[] { (3, 8), (5, 12), (8, 16), (12, 16), (18, 18), (26, 16), (36, 16) })
        {
            var problem = Grid(side, perEdge);
            if (problem.Buildings.Length > max) break;
            var fast = NetworkDesigner.Fast(problem);
            var exact = NetworkDesigner.Exact(problem, limit, 0.01);
            var ratio = fast.ObjectiveEurPerYear / exact.ObjectiveEurPerYear - 1;
            Console.WriteLine(string.Join('\t',
                problem.Buildings.Length, $"{fast.ConnectedCount}/{exact.ConnectedCount}", problem.Edges.Length,
                fast.Seconds.ToString("0.0000", CultureInfo.InvariantCulture), fast.ObjectiveEurPerYear.ToString("0", CultureInfo.InvariantCulture),
                fast.Gap.ToString("P2", CultureInfo.InvariantCulture),
                fast.Notes.FirstOrDefault(n => n.StartsWith("bound: ", StringComparison.Ordinal))?["bound: ".Length..] ?? "?",
                exact.Seconds.ToString("0.00", CultureInfo.InvariantCulture), exact.ObjectiveEurPerYear.ToString("0", CultureInfo.InvariantCulture),
                exact.Gap.ToString("P2", CultureInfo.InvariantCulture), exact.Status,
                ratio.ToString("+0.00%;-0.00%", CultureInfo.InvariantCulture),
                (exact.Seconds / Math.Max(fast.Seconds, 1e-6)).ToString("0", CultureInfo.InvariantCulture) + "×"));
        }
        return 0;
    }

    /// <summary>A square grid of streets; houses alternate between the two ends of their street; the individual
    /// alternative varies from cheap (new, insulated) to dear (old, poorly insulated), so the best network is partial.</summary>
    public static NetworkProblem Grid(int side, int perEdge)
    {
        var edges = new List<NetworkEdge>();
        int Node(int r, int c) => r * side + c;
        for (var r = 0; r < side; r++)
            for (var c = 0; c < side; c++)
            {
                if (c + 1 < side) edges.Add(new NetworkEdge(Node(r, c), Node(r, c + 1), 100, 250 + (r * 7 + c * 3) % 5 * 60));
                if (r + 1 < side) edges.Add(new NetworkEdge(Node(r, c), Node(r + 1, c), 100, 250 + (r * 3 + c * 7) % 5 * 60));
            }
        var random = new Random(42);
        var buildings = new List<NetworkBuilding>();
        for (var e = 0; e < edges.Count; e++)
            for (var k = 0; k < perEdge; k++)
            {
                var demand = 10 + random.NextDouble() * 15;
                buildings.Add(new NetworkBuilding($"b{e}-{k}", e, k % 2 == 0 ? edges[e].From : edges[e].To, 6 + random.NextDouble() * 12,
                    demand, demand * 0.45, 1_100 + random.NextDouble() * random.NextDouble() * 2_400));
            }
        return new NetworkProblem(side * side, edges.ToArray(), buildings.ToArray(), new HeatSource(0, 1e9, 30_000, 45), new NetworkCosts { PipeCostEurPerM = 350 });
    }
}
