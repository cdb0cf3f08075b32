namespace Wijkwerf.Engine.Knowledge.Programmes;

/// <summary>A node of the programme tree: its own weight, its own progress (used when it has no children) and children.</summary>
public sealed record ProgressNode(string Id, double Weight, double OwnProgress, IReadOnlyList<ProgressNode> Children);

/// <summary>Progress rolls up weighted: breakthroughs → work points → programmes. A node with children takes the
/// weighted mean of its children (weights ≤ 0 count as nothing); a node without children keeps its own progress.
/// Results are clamped to 0..1.</summary>
public static class ProgressRollUp
{
    public static double Progress(ProgressNode node)
    {
        double weighted = 0, total = 0;
        foreach (var child in node.Children)
        {
            if (child.Weight <= 0) continue;
            weighted += child.Weight * Progress(child);
            total += child.Weight;
        }
        return Math.Clamp(total > 0 ? weighted / total : node.OwnProgress, 0, 1);
    }
}
