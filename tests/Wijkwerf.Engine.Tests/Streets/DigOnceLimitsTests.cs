using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wijkwerf.Engine.Streets;
using Wijkwerf.Engine.Streets.DigOnce;

namespace Wijkwerf.Engine.Tests.Streets;

/// <summary>The dig-once plan's hard limits on a moved start (moratorium after a renewal, registration lead time).</summary>
public class DigOnceLimitsTests
{
    private static readonly StreetRules Rules = StreetRules.Default;
    private static int Day(int y, int m, int d) => new DateOnly(y, m, d).DayNumber;

    [Fact]
    public void A_work_does_not_move_into_the_moratorium_after_a_finished_renewal_and_the_plan_says_why()
    {
        // Cables in the footway could share the trench of a heat pipe in the carriageway? No: the same segment, both in the
        // carriageway, renewed in 2026 — the heat pipe may not move into 2027 to join the sewer.
        PlanWork[] works =
        [
            new(0, [7], WorkKind.Sewer, 0, Day(2027, 3, 1), 60, Day(2027, 3, 1), Day(2027, 3, 1), 300, 0),
            new(1, [7], WorkKind.Heat, 0, Day(2032, 3, 1), 60, Day(2027, 1, 1), Day(2032, 3, 1), 200, 0),
        ];
        var free = DigOncePlanner.Plan(works, [], Rules);
        free.After.Openings.ShouldBe(1); // without the renewal the heat pipe joins the sewer's trench

        var renewal = new FixedRenewal(9, 7, Surface.Carriageway, Day(2026, 6, 30));
        var held = DigOncePlanner.Plan(works, [], Rules, fixedRenewals: [renewal]);
        held.PlannedStartDay[1].ShouldBe(Day(2032, 3, 1));
        var hold = held.Holds!.ShouldHaveSingleItem();
        hold.Work.ShouldBe(1);
        hold.Reason.ShouldBe(HoldReason.Moratorium);
        hold.Renewal.ShouldBe(9);
        hold.With.ShouldBe(0);
        // The sewer keeps its own date inside the moratorium: an existing conflict stays, it is not made worse.
        held.PlannedStartDay[0].ShouldBe(Day(2027, 3, 1));
    }

    [Fact]
    public void A_moved_work_starts_no_earlier_than_its_lead_time_allows()
    {
        PlanWork[] works =
        [
            new(0, [1], WorkKind.Sewer, 0, Day(2027, 6, 1), 30, Day(2027, 2, 1), Day(2027, 6, 1), 300, 0),
            new(1, [1], WorkKind.Heat, 0, Day(2027, 3, 1), 30, Day(2027, 3, 1), Day(2027, 3, 1), 200, 0, LeadFromDay: Day(2027, 5, 1)),
        ];
        // The sewer could move to 1 March to dig with the heat pipe; with a lead time up to 1 April it cannot.
        DigOncePlanner.Plan(works, [], Rules).PlannedStartDay[0].ShouldBe(Day(2027, 3, 1));
        var limited = works.Select(w => w.Work == 0 ? w with { LeadFromDay = Day(2027, 4, 1) } : w).ToArray();
        var plan = DigOncePlanner.Plan(limited, [], Rules);
        plan.PlannedStartDay[0].ShouldBe(Day(2027, 6, 1));
        plan.Holds!.ShouldContain(h => h.Work == 0 && h.Reason == HoldReason.LeadTime && h.UntilDay == Day(2027, 4, 1));
    }

    [Property(MaxTest = 20)]
    public Property A_plan_never_moves_a_work_into_a_moratorium_or_before_its_lead_time() =>
        Prop.ForAll(Gen.Choose(2, 20).ToArbitrary(), Gen.Choose(1, 1_000_000).ToArbitrary(), (count, seed) =>
        {
            var random = new Random(seed);
            var works = Enumerable.Range(0, count).Select(i =>
            {
                var start = Day(2027, 1, 1) + random.Next(0, 900);
                return new PlanWork(i, [random.Next(0, 4)], (WorkKind)random.Next(0, 7), 0, start, 10 + random.Next(0, 90),
                    start - random.Next(0, 300), start + random.Next(0, 300), 50 + random.Next(0, 500), 10_000,
                    Day(2027, 1, 1) + random.Next(0, 400), (Surface)random.Next(0, 2));
            }).ToArray();
            var renewals = Enumerable.Range(0, 3).Select(i => new FixedRenewal(100 + i, random.Next(0, 4), (Surface)random.Next(0, 2), Day(2026, 1, 1) + random.Next(0, 500))).ToArray();
            var plan = DigOncePlanner.Plan(works, [], Rules, timeLimitSeconds: 3, fixedRenewals: renewals);
            var years = new[] { (int)(Rules["moratorium_carriageway_years"] * 365.25), (int)(Rules["moratorium_footway_years"] * 365.25) };
            return works.Where(w => plan.PlannedStartDay[w.Work] != w.StartDay).All(w =>
            {
                var s = plan.PlannedStartDay[w.Work];
                var inFixed = w.Kind != WorkKind.Road && renewals.Any(r => w.Segments.Contains(r.Segment) && r.Surface == w.Surface && s > r.EndDay && s - r.EndDay <= years[(int)w.Surface]);
                var inPlanned = w.Kind != WorkKind.Road && works.Any(r => r.Kind == WorkKind.Road && r.Work != w.Work && r.Surface == w.Surface && r.Segments.Intersect(w.Segments).Any()
                    && s > plan.PlannedStartDay[r.Work] + r.DurationDays - 1 && s - (plan.PlannedStartDay[r.Work] + r.DurationDays - 1) <= years[(int)w.Surface]
                    && !(s == w.StartDay && plan.PlannedStartDay[r.Work] == r.StartDay));
                return s >= w.LeadFromDay && !inFixed && !inPlanned;
            });
        });
}
