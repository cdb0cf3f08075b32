using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wijkwerf.Engine.Streets;
using Wijkwerf.Engine.Streets.Conflicts;
using Wijkwerf.Engine.Streets.DigOnce;
using Wijkwerf.Engine.Streets.Profile;
using Wijkwerf.Engine.Streets.Works;

namespace Wijkwerf.Engine.Tests.Streets;

public class StreetWorksEngineTests
{
    private static readonly StreetRules Rules = StreetRules.Default;
    private static int Day(int y, int m, int d) => new DateOnly(y, m, d).DayNumber;

    [Fact]
    public void Every_street_rule_cites_a_source()
    {
        Rules.Scalars.ShouldNotBeEmpty();
        Rules.Scalars.ShouldAllBe(r => r.Source.Length > 10);
        Rules.Networks.Values.ShouldAllBe(n => n.Source.Length > 10);
    }

    [Fact]
    public void GIPOD_categories_and_lead_times_follow_the_excavated_area()
    {
        var start = new DateOnly(2027, 6, 7); // a Monday
        Groundwork.Category(51, Rules).ShouldBe(GroundworkCategory.Major);
        Groundwork.Category(50, Rules).ShouldBe(GroundworkCategory.Minor);
        Groundwork.Category(3, Rules).ShouldBe(GroundworkCategory.Minor);
        Groundwork.Category(2.9, Rules).ShouldBe(GroundworkCategory.Small);
        Groundwork.RegisterBy(start, 120, false, Rules).ShouldBe(new DateOnly(2027, 4, 7));
        Groundwork.RegisterBy(start, 120, true, Rules).ShouldBe(new DateOnly(2026, 12, 7));
        Groundwork.RegisterBy(start, 20, false, Rules).ShouldBe(new DateOnly(2027, 5, 10));
        Groundwork.RegisterBy(start, 2, false, Rules).ShouldBe(new DateOnly(2027, 6, 4)); // the Friday before
    }

    [Fact]
    public void A_heat_trench_inside_the_moratorium_after_a_renewal_is_a_conflict_and_outside_it_is_not()
    {
        WorkPart[] parts =
        [
            new(0, 7, WorkKind.Road, Surface.Carriageway, Day(2025, 4, 1), Day(2025, 6, 30), 0, 0),
            new(1, 7, WorkKind.Heat, Surface.Carriageway, Day(2028, 5, 2), Day(2028, 7, 31), 0, 0),
            new(2, 7, WorkKind.Heat, Surface.Carriageway, Day(2031, 5, 2), Day(2031, 7, 31), 0, 0),
            new(3, 7, WorkKind.Cables, Surface.Footway, Day(2026, 5, 2), Day(2026, 7, 31), 0, 0),
        ];
        var findings = ConflictDetector.Detect(parts, [], Rules).Findings;
        findings.ShouldContain(f => f.Rule == FindingRule.Moratorium && f.Work == 1 && f.Other == 0);
        findings.ShouldNotContain(f => f.Work == 2 && f.Rule == FindingRule.Moratorium);
        // A footway dig is not protected by a carriageway renewal's moratorium, but it still breaks the new paving.
        findings.ShouldNotContain(f => f.Work == 3 && f.Rule == FindingRule.Moratorium);
    }

    [Fact]
    public void Trees_planted_before_the_sewer_beneath_them_is_a_wrong_order_conflict()
    {
        WorkPart[] parts =
        [
            new(0, 1, WorkKind.Trees, Surface.Footway, Day(2028, 11, 6), Day(2028, 12, 15), 0, 0),
            new(1, 1, WorkKind.Sewer, Surface.Carriageway, Day(2029, 3, 5), Day(2029, 7, 27), 0, 0),
            new(2, 2, WorkKind.Sewer, Surface.Carriageway, Day(2029, 3, 5), Day(2029, 7, 27), 500, 0),
        ];
        var findings = ConflictDetector.Detect(parts, [], Rules).Findings;
        findings.ShouldHaveSingleItem().ShouldBe(new Finding(FindingRule.Order, 1, 0, 1, Day(2029, 3, 5) - Day(2028, 12, 15)));
    }

    [Fact]
    public void A_late_registration_is_a_lead_time_warning()
    {
        var start = new DateOnly(2028, 2, 5);
        WorkRegistration[] r = [new(0, start, 40, false, new DateOnly(2028, 1, 25)), new(1, start, 40, false, new DateOnly(2028, 1, 2)), new(2, start, 40, false, null)];
        var f = ConflictDetector.Detect([], r, Rules).Findings.ShouldHaveSingleItem();
        f.Rule.ShouldBe(FindingRule.LeadTime);
        f.Work.ShouldBe(0);
        f.Days.ShouldBe(17);
    }

    [Property(MaxTest = 60)]
    public Property The_indexed_synergy_search_finds_exactly_the_pairs_an_all_pairs_loop_finds() =>
        Prop.ForAll(Gen.Choose(1, 250).ToArbitrary(), Gen.Choose(1, 1_000_000).ToArbitrary(), (count, seed) =>
        {
            var random = new Random(seed);
            var parts = new WorkPart[count];
            for (var i = 0; i < count; i++)
            {
                var start = Day(2027, 1, 1) + random.Next(0, 1500);
                var segment = random.Next(0, 40);
                parts[i] = new WorkPart(random.Next(0, count), segment, (WorkKind)random.Next(0, 7), Surface.Carriageway,
                    start, start + random.Next(0, 200), segment % 8 * 45 + random.NextDouble() * 30, segment / 8 * 45 + random.NextDouble() * 30);
            }
            var distance = Rules["synergy_distance_m"];
            var near = (int)Rules["synergy_near_days"];
            long expected = 0;
            for (var i = 0; i < count; i++)
            for (var j = i + 1; j < count; j++)
            {
                WorkPart a = parts[i], b = parts[j];
                if (a.Work == b.Work) continue;
                var close = a.Segment == b.Segment || Math.Pow(a.X - b.X, 2) + Math.Pow(a.Y - b.Y, 2) <= distance * distance;
                var first = a.StartDay <= b.StartDay ? a : b;
                var second = a.StartDay <= b.StartDay ? b : a;
                if (close && second.StartDay <= first.EndDay + near) expected++;
            }
            return ConflictDetector.Detect(parts, [], Rules).SynergyPairs == expected;
        });

    [Fact]
    public void The_dig_once_plan_moves_a_heat_trench_into_the_sewer_opening_and_keeps_the_order()
    {
        PlanWork[] works =
        [
            new(0, [1, 2], WorkKind.Sewer, 0, Day(2027, 3, 1), 180, Day(2027, 1, 4), Day(2027, 6, 1), 1800, 1_250_000),
            new(1, [1, 2], WorkKind.Heat, 1, Day(2028, 4, 3), 180, Day(2027, 2, 1), Day(2028, 10, 2), 900, 950_000),
            new(2, [1, 2], WorkKind.Trees, 2, Day(2026, 10, 15), 60, Day(2026, 10, 1), Day(2029, 11, 15), 120, 180_000),
        ];
        var plan = DigOncePlanner.Plan(works, [], Rules);
        plan.Status.ShouldBe("optimal");
        plan.Before.Openings.ShouldBe(6);
        plan.After.Openings.ShouldBe(2);
        plan.OrderViolations.ShouldBe(0);
        var s = plan.PlannedStartDay;
        s[0].ShouldBeLessThanOrEqualTo(s[1]);
        s[1].ShouldBeLessThanOrEqualTo(s[2]);
        (s[1] - s[0]).ShouldBeLessThanOrEqualTo((int)Rules["bundle_window_days"]);
        plan.SavingEur.ShouldBe((plan.Before.ReopenedM2 - plan.After.ReopenedM2) * Rules["reinstatement_eur_per_m2"]
                                + (plan.Before.NuisanceDays - plan.After.NuisanceDays) * Rules["nuisance_eur_per_day"], 0.01);
        plan.Moves.ShouldContain(m => m.Work == 1 && m.With != null && (m.Reason == MoveReason.Bundled || m.Reason == MoveReason.MadeRoom));
    }

    [Fact]
    public void A_yearly_budget_keeps_an_owner_from_bundling_two_works_into_one_year()
    {
        // Both works of owner 0 would like to share the opening in 2027, but owner 0 may spend only 1 M€ per year.
        PlanWork[] works =
        [
            new(0, [1], WorkKind.Sewer, 0, Day(2027, 3, 1), 100, Day(2027, 3, 1), Day(2027, 3, 1), 500, 800_000),
            new(1, [1], WorkKind.Heat, 0, Day(2028, 3, 1), 100, Day(2027, 3, 1), Day(2028, 3, 1), 500, 700_000),
        ];
        DigOncePlanner.Plan(works, [], Rules).After.Openings.ShouldBe(1);
        var limited = DigOncePlanner.Plan(works, [new OwnerBudget(0, 2027, 1_000_000)], Rules);
        limited.After.Openings.ShouldBe(2);
        DateOnly.FromDayNumber(limited.PlannedStartDay[1]).Year.ShouldBe(2028);
    }

    [Property(MaxTest = 25)]
    public Property Every_planned_start_lies_inside_its_allowed_window() =>
        Prop.ForAll(Gen.Choose(2, 30).ToArbitrary(), Gen.Choose(1, 1_000_000).ToArbitrary(), (count, seed) =>
        {
            var random = new Random(seed);
            var works = Enumerable.Range(0, count).Select(i =>
            {
                var start = Day(2027, 1, 1) + random.Next(0, 900);
                var earliest = start - random.Next(0, 200);
                return new PlanWork(i, [random.Next(0, 6)], (WorkKind)random.Next(0, 7), random.Next(0, 3), start, 10 + random.Next(0, 120),
                    earliest, start + random.Next(0, 200), 50 + random.Next(0, 500), 10_000);
            }).ToArray();
            var plan = DigOncePlanner.Plan(works, [], Rules, timeLimitSeconds: 5);
            return works.All(w => plan.PlannedStartDay[w.Work] >= w.EarliestStartDay && plan.PlannedStartDay[w.Work] <= w.LatestStartDay);
        });

    [Fact]
    public void The_heat_trench_of_twin_pipes_is_twice_the_casing_plus_three_tenths()
    {
        ProfileFit.Heat(100).WidthM.ShouldBe(2 * 0.400 + 0.3, 1e-9);
        ProfileFit.Heat(90).Detail.ShouldContain("DN100");
        // 0.75 m³ per m² of an 8 m crown, 10 m apart, 1.2 m deep.
        ProfileFit.Trees(2, Rules).WidthM.ShouldBe(0.75 * Math.PI * 16 / 12, 0.01);
    }

    [Fact]
    public void A_profile_narrower_than_its_parts_is_refused()
    {
        Should.Throw<ArgumentException>(() => ProfileFit.Check([new(StripKind.Footway, 1.5), new(StripKind.Carriageway, 5)], 6, [], Rules))
            .Message.ShouldContain("narrower");
    }
}
