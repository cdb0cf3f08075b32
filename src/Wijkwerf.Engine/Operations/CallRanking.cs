namespace Wijkwerf.Engine.Operations;

/// <summary>One reviewer's score for one criterion of one application.</summary>
public readonly record struct CriterionScore(int ApplicationId, int ReviewerId, int CriterionId, int Value);

/// <summary>A criterion and its weight (weights need not add up to 1: the ranking divides by their sum).</summary>
public readonly record struct WeightedCriterion(int CriterionId, double Weight);

/// <summary>An application's place in the ranking: the weighted mean over criteria of the mean score per criterion
/// over its reviewers. <see cref="Complete"/> is false when some criterion has no score yet (it then counts as the
/// scale minimum, so an unfinished review never lifts an application).</summary>
public sealed record RankedApplication(int ApplicationId, int Rank, double WeightedScore, IReadOnlyDictionary<int, double> MeanPerCriterion, int Reviewers, bool Complete);

public static class CallRanking
{
    /// <summary>Ranks applications by weighted score, highest first; ties go to the earlier submission
    /// (<paramref name="submittedOrder"/>: application id → order of submission).</summary>
    public static IReadOnlyList<RankedApplication> Rank(IReadOnlyList<int> applicationIds, IReadOnlyList<WeightedCriterion> criteria,
        IReadOnlyList<CriterionScore> scores, int scaleMin, IReadOnlyDictionary<int, int>? submittedOrder = null)
    {
        var totalWeight = 0.0;
        foreach (var c in criteria) totalWeight += c.Weight;
        if (criteria.Count > 0 && totalWeight <= 0) throw new ArgumentException("The criteria's weights add up to zero.", nameof(criteria));

        var byApplication = new Dictionary<int, List<CriterionScore>>();
        foreach (var s in scores)
        {
            if (!byApplication.TryGetValue(s.ApplicationId, out var list)) byApplication[s.ApplicationId] = list = [];
            list.Add(s);
        }

        var rows = new List<(int Id, double Score, Dictionary<int, double> Means, int Reviewers, bool Complete)>(applicationIds.Count);
        foreach (var id in applicationIds)
        {
            var own = byApplication.GetValueOrDefault(id) ?? [];
            var means = new Dictionary<int, double>();
            var complete = criteria.Count > 0;
            var weighted = 0.0;
            foreach (var c in criteria)
            {
                double sum = 0;
                var n = 0;
                foreach (var s in own)
                {
                    if (s.CriterionId != c.CriterionId) continue;
                    sum += s.Value;
                    n++;
                }
                var mean = n == 0 ? scaleMin : sum / n;
                if (n == 0) complete = false;
                means[c.CriterionId] = mean;
                weighted += c.Weight * mean;
            }
            var reviewers = own.Select(s => s.ReviewerId).Distinct().Count();
            rows.Add((id, criteria.Count == 0 ? 0 : weighted / totalWeight, means, reviewers, complete));
        }

        var ordered = rows
            .OrderByDescending(r => r.Score)
            .ThenBy(r => submittedOrder?.GetValueOrDefault(r.Id, int.MaxValue) ?? r.Id)
            .ThenBy(r => r.Id)
            .ToList();
        return ordered.Select((r, i) => new RankedApplication(r.Id, i + 1, Math.Round(r.Score, 4), r.Means, r.Reviewers, r.Complete)).ToList();
    }
}

/// <summary>Time windows: two sessions overlap when one starts before the other ends (back to back is fine).</summary>
public static class TimeWindows
{
    public static bool Overlap(DateTime startA, DateTime endA, DateTime startB, DateTime endB) => startA < endB && startB < endA;
}
