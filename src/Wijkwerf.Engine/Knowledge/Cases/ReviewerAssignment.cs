namespace Wijkwerf.Engine.Knowledge.Cases;

/// <summary>A case and the people in its team.</summary>
public sealed record CaseTeam(int CaseId, IReadOnlyList<string> Members);

/// <summary>One reviewer on one case.</summary>
public sealed record ReviewerSlot(int CaseId, string ReviewerId, bool IsExpert);

/// <summary>Assigns peer reviewers for an intervisie round: every case gets <c>peersPerCase</c> reviewers from the teams
/// of other cases and <c>expertsPerCase</c> experts; nobody reviews a case whose team they are in, nobody reviews the
/// same case twice, and the load is balanced (within the peers and within the experts, the most and least loaded
/// differ by at most one). Greedy least-loaded choice, then moves from the most to the least loaded reviewer: a move
/// always exists while they differ by two or more (the most loaded has more distinct cases than the least loaded has
/// cases plus its own team, when everyone is in at most one team), and each move lowers the sum of squared loads, so it ends. Deterministic.</summary>
public static class ReviewerAssignment
{
    public static IReadOnlyList<ReviewerSlot> Assign(IReadOnlyList<CaseTeam> cases, IReadOnlyList<string> experts, int peersPerCase = 2, int expertsPerCase = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(peersPerCase);
        ArgumentOutOfRangeException.ThrowIfNegative(expertsPerCase);
        var teams = cases.ToDictionary(c => c.CaseId, c => c.Members.ToHashSet(StringComparer.Ordinal));
        var expertSet = experts.ToHashSet(StringComparer.Ordinal);
        // Peers: people in some case team who are not (also) counted as experts.
        var peers = cases.SelectMany(c => c.Members).Where(m => !expertSet.Contains(m)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var slots = new List<ReviewerSlot>();
        slots.AddRange(Fill(cases, teams, peers, peersPerCase, isExpert: false));
        slots.AddRange(Fill(cases, teams, experts.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), expertsPerCase, isExpert: true));
        return slots.OrderBy(s => s.CaseId).ThenBy(s => s.IsExpert).ThenBy(s => s.ReviewerId, StringComparer.Ordinal).ToList();
    }

    private static List<ReviewerSlot> Fill(IReadOnlyList<CaseTeam> cases, Dictionary<int, HashSet<string>> teams, List<string> pool, int perCase, bool isExpert)
    {
        var load = pool.ToDictionary(p => p, _ => 0, StringComparer.Ordinal);
        var onCase = cases.ToDictionary(c => c.CaseId, _ => new HashSet<string>(StringComparer.Ordinal));
        foreach (var c in cases)
        {
            var chosen = pool.Where(p => !teams[c.CaseId].Contains(p))
                .OrderBy(p => load[p]).ThenBy(p => p, StringComparer.Ordinal).Take(perCase);
            foreach (var p in chosen.ToList())
            {
                onCase[c.CaseId].Add(p);
                load[p]++;
            }
        }
        while (pool.Count > 1)
        {
            var most = pool.MaxBy(p => (load[p], p))!;
            var least = pool.MinBy(p => (load[p], p))!;
            if (load[most] - load[least] <= 1) break;
            // No move only when the least loaded sits in several teams; balance is then as good as the teams allow.
            var move = cases.FirstOrDefault(c => onCase[c.CaseId].Contains(most) && !onCase[c.CaseId].Contains(least) && !teams[c.CaseId].Contains(least));
            if (move is null) break;
            onCase[move.CaseId].Remove(most);
            onCase[move.CaseId].Add(least);
            load[most]--;
            load[least]++;
        }
        return onCase.SelectMany(kv => kv.Value.Select(r => new ReviewerSlot(kv.Key, r, isExpert))).ToList();
    }
}
