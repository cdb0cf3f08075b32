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
    /// required steps that would be skipped. Codes and stages only: the one-stop shop words it per language.</summary>
    public static JourneyRefusal? Check(JourneyStage current, JourneyStage next)
    {
        var allowed = Next[current];
        if (allowed.Contains(next)) return null;
        if (allowed.Length == 0) return new(JourneyRefusalCode.Finished, current, next, [], allowed);
        if (Passed(current, next)) return new(JourneyRefusalCode.MovesBack, current, next, [], allowed);
        var path = ShortestPath(current, next);
        return path is null
            ? new(JourneyRefusalCode.NotAllowed, current, next, [], allowed)
            : new(JourneyRefusalCode.SkipsSteps, current, next, path, allowed);
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

/// <summary>Why a stage may not follow the current one.</summary>
public enum JourneyRefusalCode
{
    /// <summary>The journey is at Done or HeatConnected: nothing follows.</summary>
    Finished,
    /// <summary>The household has already passed (or is at) the stage asked; the history is kept, a journey does not move back.</summary>
    MovesBack,
    /// <summary>No valid path leads from the current stage to the one asked (e.g. Works after HeatConnected's branch).</summary>
    NotAllowed,
    /// <summary>The stage asked lies ahead but required steps (<see cref="JourneyRefusal.Skipped"/>) come first.</summary>
    SkipsSteps,
}

/// <summary>A refused stage change: the code, the stages involved, the required steps it would skip (only for
/// <see cref="JourneyRefusalCode.SkipsSteps"/>) and the stages that may follow instead.</summary>
public sealed record JourneyRefusal(JourneyRefusalCode Code, JourneyStage Current, JourneyStage Next,
    IReadOnlyList<JourneyStage> Skipped, IReadOnlyList<JourneyStage> Allowed);
