using Wijkwerf.Domain.OneStopShop;
using Wijkwerf.Engine.OneStopShop;

namespace Wijkwerf.Engine.Tests.OneStopShop;

public class PoolMatchingTests
{
    private static readonly (string?, string)[] AtVoorburg = [("2271AB", "GM1916")];

    private static PoolCandidate Member(long id, string name, double[] jobs, int active = 0, int capacity = 3, string[]? qualifications = null, string[]? areas = null,
        PoolMemberKind kind = PoolMemberKind.Contractor) =>
        new(id, name, kind, qualifications ?? ["roof-insulation"], areas ?? ["GM1916"], capacity, active, jobs);

    [Fact]
    public void Twenty_jobs_of_4_7_rank_above_one_job_of_5()
    {
        var result = PoolMatching.Match(
            [Member(1, "Eén keer vijf", [5.0]), Member(2, "Twintig keer 4,7", Enumerable.Repeat(4.7, 20).ToArray())],
            new PoolNeed(["roof-insulation"], AtVoorburg));
        result.Matches.Select(m => m.Name).ShouldBe(["Twintig keer 4,7", "Eén keer vijf"]);
        // (5 × 3.5 + 20 × 4.7) / 25 and (5 × 3.5 + 5) / 6, the prior from the parameter table.
        result.Matches[0].ShrunkRating.ShouldBe((5 * 3.5 + 20 * 4.7) / 25, 0.001);
        result.Matches[1].ShrunkRating.ShouldBe(3.75, 0.001);
        result.PriorMean.ShouldBe(3.5);
        result.PriorWeightJobs.ShouldBe(5);
    }

    [Fact]
    public void At_the_same_rating_the_member_with_less_load_comes_first_and_says_so()
    {
        var result = PoolMatching.Match([Member(1, "A Druk", [], active: 2, capacity: 3), Member(2, "B Rustig", [], active: 0, capacity: 3)], new PoolNeed(["roof-insulation"], AtVoorburg));
        result.Matches.Select(m => m.Name).ShouldBe(["B Rustig", "A Druk"]);
        result.Matches[1].Place.ShouldBe(PoolRankPlace.SameRatingMoreLoad);
        result.Matches[0].Place.ShouldBe(PoolRankPlace.HighestRatingLeastLoad);
    }

    [Fact]
    public void Each_match_says_whether_its_rating_load_or_name_put_it_below_the_one_above()
    {
        var result = PoolMatching.Match(
        [
            Member(1, "Best", Enumerable.Repeat(5.0, 10).ToArray()),
            Member(2, "B Prior", []), Member(3, "A Prior", []), Member(4, "C Prior Druk", [], active: 1),
        ], new PoolNeed(["roof-insulation"], AtVoorburg));
        result.Matches.Select(m => (m.Name, m.Place)).ShouldBe(
        [
            ("Best", PoolRankPlace.HighestRating), ("A Prior", PoolRankPlace.LowerRating),
            ("B Prior", PoolRankPlace.SameRatingAndLoadByName), ("C Prior Druk", PoolRankPlace.SameRatingMoreLoad),
        ]);
    }

    [Fact]
    public void Every_reason_to_leave_a_member_out_is_named()
    {
        var result = PoolMatching.Match(
        [
            Member(1, "Vol", [], active: 2, capacity: 2, qualifications: ["glazing"], areas: ["GM0518"]),
            Member(2, "Architect", [], kind: PoolMemberKind.Architect),
            new PoolCandidate(3, "Gestopt", PoolMemberKind.Contractor, ["roof-insulation"], ["GM1916"], 3, 0, [], Active: false),
        ], new PoolNeed(["roof-insulation"], AtVoorburg, PoolMemberKind.Contractor));
        result.Matches.ShouldBeEmpty();
        result.Excluded.Single(x => x.Name == "Vol").Reasons.ShouldBe(
            [new MissingQualification("roof-insulation"), new OutsideServiceArea("2271AB", "GM1916", 1, 1), new NoFreePlace(2, 2)]);
        result.Excluded.Single(x => x.Name == "Architect").Reasons.ShouldBe([new OtherKind(PoolMemberKind.Architect, PoolMemberKind.Contractor)]);
        result.Excluded.Single(x => x.Name == "Gestopt").Reasons.ShouldBe([new MemberInactive()]);
        result.Excluded.SelectMany(x => x.Reasons).Select(r => r.Code).Distinct().Order().ShouldBe(Enum.GetValues<PoolExclusionCode>());
    }

    [Fact]
    public void Each_missing_qualification_is_its_own_reason()
    {
        var result = PoolMatching.Match([Member(1, "Alleen Glas", [], qualifications: ["glazing"])],
            new PoolNeed(["roof-insulation", "glazing", "heat-pump"], AtVoorburg));
        result.Excluded.Single().Reasons.ShouldBe([new MissingQualification("roof-insulation"), new MissingQualification("heat-pump")]);
    }

    [Fact]
    public void A_project_needs_a_member_serving_all_its_addresses()
    {
        var need = new PoolNeed(["roof-insulation"], [("2271AB", "GM1916"), ("2271AC", "GM1916"), ("2272XY", "GM1916")]);
        var result = PoolMatching.Match([Member(1, "Postcode 2271", [], areas: ["2271"]), Member(2, "Heel Voorburg", [])], need);
        result.Matches.Single().Name.ShouldBe("Heel Voorburg");
        result.Excluded.Single().Reasons.Single().ShouldBe(new OutsideServiceArea("2272XY", "GM1916", 1, 3));
    }

    [Theory]
    [InlineData("2271 ab", "2271AB", true)]
    [InlineData("2271", "2271AB", true)]
    [InlineData("2272", "2271AB", false)]
    [InlineData("gm1916", "2500AA", true)]
    [InlineData("GM0518", "2271AB", false)]
    public void A_service_area_is_a_municipality_code_or_a_postcode_prefix(string area, string postcode, bool serves) =>
        PoolMatching.Serves([area], postcode, "GM1916").ShouldBe(serves);

    [Fact]
    public void An_unknown_qualification_is_refused_naming_it()
    {
        var e = Should.Throw<ArgumentException>(() => PoolMatching.Match([], new PoolNeed(["thatching"], AtVoorburg)));
        e.Message.ShouldContain("thatching");
    }

    [Fact]
    public void Every_qualification_and_pool_parameter_cites_a_source()
    {
        Qualifications.All.Count.ShouldBeGreaterThanOrEqualTo(8);
        Qualifications.All.Select(q => q.Code).ShouldContain("asbestos-removal");
        Qualifications.All.ShouldAllBe(q => q.Source.Length > 20);
        OneStopShopParameters.Default.Scheme("pool").Select(r => r.Key).ShouldBe(["prior_mean", "prior_weight_jobs", "criteria"]);
        Should.Throw<FormatException>(() => Qualifications.Parse("code;name_nl;name_en;source\npv;Zonnepanelen;Solar panels;")).Message.ShouldContain("line 2");
    }
}
