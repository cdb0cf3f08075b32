using Wijkwerf.Domain.OneStopShop;

namespace Wijkwerf.Engine.OneStopShop;

/// <summary>Which stage may follow which. A journey moves forward one required step at a time: advice before a
/// decision, a contractor before works. Financing is optional (not every household borrows), and after a decision a
/// household may instead be connected to the heat network.</summary>
public static class JourneyRules
{
    private static readonly Dictionary<JourneyStage, JourneyStage[]> Next = new()
    {
        [JourneyStage.FirstContact] = [JourneyStage.Advice],
        [JourneyStage.Advice] = [JourneyStage.Decision],
        [JourneyStage.Decision] = [JourneyStage.Financing, JourneyStage.ContractorAssigned, JourneyStage.HeatConnected],
        [JourneyStage.Financing] = [JourneyStage.ContractorAssigned, JourneyStage.HeatConnected],
        [JourneyStage.ContractorAssigned] = [JourneyStage.Works],
        [JourneyStage.Works] = [JourneyStage.Done],
        [JourneyStage.Done] = [],
        [JourneyStage.HeatConnected] = [],
    };

    /// <summary>The stages allowed after <paramref name="current"/>.</summary>
    public static IReadOnlyList<JourneyStage> Allowed(JourneyStage current) => Next[current];

    /// <summary>Null when <paramref name="next"/> may follow <paramref name="current"/>; otherwise why not, naming the
    /// required steps that would be skipped.</summary>
    public static string? Check(JourneyStage current, JourneyStage next)
    {
        if (Next[current].Contains(next)) return null;
        if (Next[current].Length == 0) return $"the journey is finished ({current}); no stage follows it";
        if (Passed(current, next))
            return $"{next} is not after {current}; the stage history is kept, a journey does not move back";
        var path = ShortestPath(current, next);
        return path is null
            ? $"{next} cannot follow {current}; allowed next: {string.Join(", ", Next[current])}"
            : $"{next} skips required step(s) {string.Join(", ", path)}; allowed next: {string.Join(", ", Next[current])}";
    }

    /// <summary>True when a household at <paramref name="current"/> has passed through (or is at) <paramref name="stage"/>
    /// on some valid path: the funnel counts it at that stage.</summary>
    public static bool Passed(JourneyStage current, JourneyStage stage)
    {
        if (current == stage) return true;
        // Financing is optional: a household past it may not have passed it; count it only when at it.
        if (stage == JourneyStage.Financing) return false;
        return ShortestPath(stage, current) is not null;
    }

    /// <summary>The stages strictly between <paramref name="from"/> and <paramref name="to"/> on the shortest valid
    /// path, or null when <paramref name="to"/> cannot be reached.</summary>
    private static List<JourneyStage>? ShortestPath(JourneyStage from, JourneyStage to)
    {
        var previous = new Dictionary<JourneyStage, JourneyStage> { [from] = from };
        var queue = new Queue<JourneyStage>([from]);
        while (queue.Count > 0)
        {
            var s = queue.Dequeue();
            foreach (var n in Next[s])
            {
                if (!previous.TryAdd(n, s)) continue;
                if (n == to)
                {
                    var path = new List<JourneyStage>();
                    for (var p = s; p != from; p = previous[p]) path.Insert(0, p);
                    return path;
                }
                queue.Enqueue(n);
            }
        }
        return null;
    }
}
