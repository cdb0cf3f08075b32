using FsCheck;
using FsCheck.Fluent;
using Wijkwerf.Engine.Knowledge.Cases;
using Wijkwerf.Engine.Knowledge.Programmes;
using Wijkwerf.Engine.Knowledge.Workbook;

namespace Wijkwerf.Engine.Tests.Knowledge;

public class ReviewerAssignmentTests
{
    /// <summary>Cases with disjoint teams (everyone in at most one team), sizes 0..3, and 0..3 experts.</summary>
    private static Arbitrary<(List<CaseTeam> Cases, List<string> Experts, int Peers)> Networks() =>
        (from teamSizes in Gen.Choose(0, 3).ListOf().Where(l => l.Count is >= 2 and <= 10)
         from experts in Gen.Choose(0, 3)
         from peers in Gen.Choose(1, 3)
         select (teamSizes.Select((size, c) => new CaseTeam(c + 1, Enumerable.Range(0, size).Select(m => $"c{c + 1}m{m}").ToList())).ToList(),
                 Enumerable.Range(0, experts).Select(e => $"expert{e}").ToList(), peers)).ToArbitrary();

    [Fact]
    public void Nobody_reviews_a_case_of_their_own_team() =>
        Prop.ForAll(Networks(), n =>
        {
            var slots = ReviewerAssignment.Assign(n.Cases, n.Experts, n.Peers);
            return slots.All(s => !n.Cases.Single(c => c.CaseId == s.CaseId).Members.Contains(s.ReviewerId));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Every_case_gets_its_peers_from_other_cases_and_at_least_one_expert_when_there_is_one() =>
        Prop.ForAll(Networks(), n =>
        {
            var slots = ReviewerAssignment.Assign(n.Cases, n.Experts, n.Peers);
            return n.Cases.All(c =>
            {
                var mine = slots.Where(s => s.CaseId == c.CaseId).ToList();
                var eligiblePeers = n.Cases.Where(o => o.CaseId != c.CaseId).Sum(o => o.Members.Count);
                return mine.Count(s => !s.IsExpert) == Math.Min(n.Peers, eligiblePeers)
                       && mine.Count(s => s.IsExpert) == (n.Experts.Count > 0 ? 1 : 0)
                       && mine.Select(s => s.ReviewerId).Distinct().Count() == mine.Count
                       && mine.Where(s => !s.IsExpert).All(s => n.Cases.Any(o => o.CaseId != c.CaseId && o.Members.Contains(s.ReviewerId)));
            });
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_review_load_is_balanced_within_one_among_peers_and_among_experts() =>
        Prop.ForAll(Networks(), n =>
        {
            var slots = ReviewerAssignment.Assign(n.Cases, n.Experts, n.Peers);
            bool Balanced(IEnumerable<string> pool, bool expert)
            {
                var loads = pool.Select(p => slots.Count(s => s.IsExpert == expert && s.ReviewerId == p)).ToList();
                return loads.Count == 0 || loads.Max() - loads.Min() <= 1;
            }
            return Balanced(n.Cases.SelectMany(c => c.Members), false) && Balanced(n.Experts, true);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Nine_pioneer_cases_of_two_people_each_review_two_cases_each()
    {
        var cases = Enumerable.Range(1, 9).Select(c => new CaseTeam(c, [$"c{c}a", $"c{c}b"])).ToList();
        var slots = ReviewerAssignment.Assign(cases, ["expert1", "expert2"], peersPerCase: 2);
        slots.Count(s => !s.IsExpert).ShouldBe(18);
        slots.Where(s => !s.IsExpert).GroupBy(s => s.ReviewerId).Select(g => g.Count()).Distinct().ShouldBe([1]);
        slots.Where(s => s.IsExpert).GroupBy(s => s.ReviewerId).Select(g => g.Count()).Order().ShouldBe([4, 5]);
        ReviewerAssignment.Assign(cases, ["expert1", "expert2"], 2).ShouldBe(slots, "the same input gives the same assignment");
    }
}

public class ProgressRollUpTests
{
    private static ProgressNode Leaf(double weight, double progress) => new("x", weight, progress, []);

    [Fact]
    public void Progress_rolls_up_weighted_from_breakthroughs_to_work_points_to_programmes()
    {
        var heat = new ProgressNode("wp-heat", 2, 0, [Leaf(1, 1.0), Leaf(3, 0.2)]);       // (1 + 0.6) / 4 = 0.4
        var parking = new ProgressNode("wp-parking", 1, 0.7, []);                          // no breakthroughs: its own 0.7
        var programme = new ProgressNode("wp1", 1, 0, [heat, parking]);
        ProgressRollUp.Progress(heat).ShouldBe(0.4, 1e-9);
        ProgressRollUp.Progress(programme).ShouldBe((2 * 0.4 + 0.7) / 3, 1e-9);
    }

    [Fact]
    public void Roll_up_stays_between_zero_and_one_and_between_its_children() =>
        Prop.ForAll(Gen.Zip(Gen.Choose(0, 10), Gen.Choose(0, 100)).ListOf().Where(l => l.Count > 0).ToArbitrary(), children =>
        {
            var nodes = children.Select(c => Leaf(c.Item1, c.Item2 / 100.0)).ToList();
            var p = ProgressRollUp.Progress(new ProgressNode("p", 1, 0.5, nodes));
            var counted = nodes.Where(n => n.Weight > 0).ToList();
            return p is >= 0 and <= 1 && (counted.Count == 0 ? p == 0.5 : p >= counted.Min(n => n.OwnProgress) - 1e-9 && p <= counted.Max(n => n.OwnProgress) + 1e-9);
        }).QuickCheckThrowOnFailure();
}

public class LineDiffTests
{
    [Fact]
    public void A_changed_line_shows_as_removed_and_added_between_unchanged_lines()
    {
        var diff = LineDiff.Compare("Titel\nSluit straat per straat aan.\nSlot\n", "Titel\nSluit de hele wijk tegelijk aan.\nSlot\nNieuw\n");
        diff.ShouldBe([
            new(DiffKind.Same, "Titel"), new(DiffKind.Removed, "Sluit straat per straat aan."), new(DiffKind.Added, "Sluit de hele wijk tegelijk aan."),
            new(DiffKind.Same, "Slot"), new(DiffKind.Added, "Nieuw"),
        ]);
    }

    [Fact]
    public void Applying_the_diff_gives_back_both_versions() =>
        Prop.ForAll(Gen.Elements("a", "b", "c", "d").ListOf().ToArbitrary(), Gen.Elements("a", "b", "c", "e").ListOf().ToArbitrary(), (before, after) =>
        {
            var diff = LineDiff.Compare(string.Join('\n', before), string.Join('\n', after));
            return diff.Where(d => d.Kind != DiffKind.Added).Select(d => d.Text).SequenceEqual(before)
                   && diff.Where(d => d.Kind != DiffKind.Removed).Select(d => d.Text).SequenceEqual(after);
        }).QuickCheckThrowOnFailure();
}
