using FsCheck;
using FsCheck.Fluent;
using Wijkwerf.Engine.Operations;

namespace Wijkwerf.Engine.Tests.Operations;

public class CallRankingTests
{
    private static readonly WeightedCriterion[] Criteria = [new(1, 3), new(2, 1)];

    [Fact]
    public void Weighted_mean_of_the_reviewers_means_ranks_the_applications()
    {
        // App 10: criterion 1 mean (6+8)/2 = 7, criterion 2 = 3 → (3·7 + 1·3)/4 = 6. App 20: (3·5 + 1·9)/4 = 6 → tie, earlier submission first. App 30: 9.
        CriterionScore[] scores =
        [
            new(10, 1, 1, 6), new(10, 2, 1, 8), new(10, 1, 2, 3),
            new(20, 1, 1, 5), new(20, 1, 2, 9),
            new(30, 1, 1, 9), new(30, 1, 2, 9),
        ];
        var ranking = CallRanking.Rank([10, 20, 30], Criteria, scores, 0, new Dictionary<int, int> { [10] = 1, [20] = 0, [30] = 2 });
        ranking.Select(r => r.ApplicationId).ShouldBe([30, 20, 10]);
        ranking.Select(r => r.WeightedScore).ShouldBe([9, 6, 6]);
        ranking.Single(r => r.ApplicationId == 10).Reviewers.ShouldBe(2);
        ranking.ShouldAllBe(r => r.Complete);
    }

    [Fact]
    public void A_missing_criterion_counts_as_the_scale_minimum_and_marks_the_row_incomplete()
    {
        var ranking = CallRanking.Rank([1, 2], Criteria, [new(1, 1, 1, 10), new(2, 1, 1, 9), new(2, 1, 2, 9)], scaleMin: 1);
        var one = ranking.Single(r => r.ApplicationId == 1);
        one.Complete.ShouldBeFalse();
        one.WeightedScore.ShouldBe((3 * 10 + 1 * 1) / 4.0, 1e-9);
    }

    [Fact]
    public void Back_to_back_sessions_do_not_overlap_but_a_shared_minute_does()
    {
        var nine = new DateTime(2026, 10, 8, 9, 0, 0, DateTimeKind.Utc);
        TimeWindows.Overlap(nine, nine.AddHours(1), nine.AddHours(1), nine.AddHours(2)).ShouldBeFalse();
        TimeWindows.Overlap(nine, nine.AddHours(1), nine.AddMinutes(59), nine.AddHours(2)).ShouldBeTrue();
    }

    [FsCheck.Xunit.Property]
    public Property Every_weighted_score_stays_within_the_scale() =>
        Prop.ForAll(Gen.Choose(0, 10).ArrayOf().ToArbitrary(), values =>
        {
            var scores = values.Select((v, i) => new CriterionScore(i % 4, i % 3, 1 + i % 2, v)).ToList();
            var ranking = CallRanking.Rank([0, 1, 2, 3], Criteria, scores, 0);
            return ranking.All(r => r.WeightedScore is >= 0 and <= 10) && ranking.Select(r => r.Rank).SequenceEqual([1, 2, 3, 4]);
        });
}
