using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wijkwerf.Domain.Buildings;
using Wijkwerf.Engine.Heat;
using Wijkwerf.Engine.Heat.Demand;
using Wijkwerf.Engine.Heat.Parameters;

namespace Wijkwerf.Engine.Tests.Heat;

public class HeatDemandTests
{
    private static readonly HeatDemandModel Model = new(HeatParameters.Default);

    private static HeatDemandResult Demand(HeatBuildingInput b) => Model.Compute(in b);

    [Fact]
    public void A_1930_terraced_house_with_label_G_needs_more_heat_than_a_2015_one()
    {
        var old = Demand(new(DwellingType.TerracedMiddle, 1930, EnergyLabel.G, 110, 1));
        var newLabelled = Demand(new(DwellingType.TerracedMiddle, 2015, EnergyLabel.APlusPlus, 110, 1));
        var newUnlabelled = Demand(new(DwellingType.TerracedMiddle, 2015, null, 110, 1));
        old.SpaceHeatKWhPerYear.ShouldBeGreaterThan(2 * newLabelled.SpaceHeatKWhPerYear);
        old.SpaceHeatKWhPerYear.ShouldBeGreaterThan(2 * newUnlabelled.SpaceHeatKWhPerYear);
        old.PeakKW.ShouldBeGreaterThan(newLabelled.PeakKW);
    }

    [Fact]
    public void A_terraced_house_of_110_m2_with_label_D_needs_roughly_what_a_Dutch_household_burns()
    {
        // CBS: an average Dutch dwelling used about 1 000–1 200 m³ gas a year in 2019–2022, i.e. 9 000–11 000 kWh useful heat.
        var d = Demand(new(DwellingType.TerracedMiddle, 1970, EnergyLabel.D, 110, 1));
        d.TotalKWhPerYear.ShouldBeInRange(8_000, 14_000);
    }

    [Fact]
    public void Missing_build_year_is_excluded_with_a_reason()
    {
        var d = Demand(new(DwellingType.Detached, null, EnergyLabel.C, 140, 1));
        d.Exclusion.ShouldBe(HeatExclusion.MissingBuildYear);
        d.TotalKWhPerYear.ShouldBe(0);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-5.0)]
    [InlineData(double.NaN)]
    public void A_building_without_floor_area_is_excluded_not_crashed(double area) =>
        Demand(new(DwellingType.Apartment, 1980, null, area, 1)).Exclusion.ShouldBe(HeatExclusion.NoFloorArea);

    [Fact]
    public void A_building_that_is_neither_dwelling_nor_known_use_is_excluded() =>
        Demand(new(null, 1980, null, 300, 0)).Exclusion.ShouldBe(HeatExclusion.UnknownUse);

    [Fact]
    public void An_unknown_label_gives_the_expected_demand_and_the_most_likely_label()
    {
        var p = HeatParameters.Default;
        var d = Demand(new(DwellingType.Detached, 1930, null, 150, 1));
        d.LabelEstimated.ShouldBeTrue();
        var likely = d.Label.ShouldNotBeNull();
        for (var l = 0; l < HeatLabels.LabelCount; l++)
            p.LabelShare(DwellingType.Detached, BuildPeriod.Before1946, (EnergyLabel)l).ShouldBeLessThanOrEqualTo(p.LabelShare(DwellingType.Detached, BuildPeriod.Before1946, likely));
        var best = Demand(new(DwellingType.Detached, 1930, EnergyLabel.C, 150, 1)).SpaceHeatKWhPerYear;
        var worst = Demand(new(DwellingType.Detached, 1930, EnergyLabel.G, 150, 1)).SpaceHeatKWhPerYear;
        d.SpaceHeatKWhPerYear.ShouldBeInRange(best, worst);
    }

    [Fact]
    public void Insulating_to_label_B_lowers_only_homes_worse_than_B()
    {
        var g = Demand(new(DwellingType.SemiDetached, 1960, EnergyLabel.G, 120, 1));
        g.SpaceHeatAtLabelBKWhPerYear.ShouldBeLessThan(g.SpaceHeatKWhPerYear * 0.6);
        var a = Demand(new(DwellingType.SemiDetached, 2010, EnergyLabel.A, 120, 1));
        a.SpaceHeatAtLabelBKWhPerYear.ShouldBe(a.SpaceHeatKWhPerYear);
    }

    [Fact]
    public void An_apartment_building_gets_hot_water_for_every_dwelling()
    {
        var one = Demand(new(DwellingType.Apartment, 1975, EnergyLabel.C, 2_000, 1));
        var many = Demand(new(DwellingType.Apartment, 1975, EnergyLabel.C, 2_000, 25));
        many.HotWaterKWhPerYear.ShouldBe(25 * one.HotWaterKWhPerYear, 1e-6);
        many.DwellingEquivalents.ShouldBe(25);
    }

    [Fact]
    public void A_school_needs_heat_by_its_floor_area()
    {
        var school = Demand(new(null, 1985, null, 3_000, 0, NonResidentialUse.Education));
        school.IsIncluded.ShouldBeTrue();
        school.TotalKWhPerYear.ShouldBe(3_000 * HeatParameters.Default.NonResidential(NonResidentialUse.Education).HeatKWhPerM2, 1e-6);
        school.DwellingEquivalents.ShouldBeGreaterThan(1);
    }

    [Property]
    public Property Demand_never_falls_when_the_floor_area_grows() =>
        Prop.ForAll(
            Gen.Choose(0, 4).Select(t => (DwellingType)t).ToArbitrary(),
            Gen.Choose(1800, 2030).ToArbitrary(),
            Gen.Choose(10, 2_000).SelectMany(a => Gen.Choose(0, 500).Select(e => (Area: a, Extra: e))).ToArbitrary(),
            (type, year, size) =>
            {
                var (area, extra) = size;
                var small = Demand(new(type, year, null, area, 1));
                var large = Demand(new(type, year, null, area + extra, 1));
                return large.TotalKWhPerYear >= small.TotalKWhPerYear && large.PeakKW >= small.PeakKW;
            });

    [Fact]
    public void Many_buildings_are_computed_in_one_call_with_exclusions_in_place()
    {
        HeatBuildingInput[] buildings =
        [
            new(DwellingType.Detached, 1960, null, 150, 1),
            new(DwellingType.Detached, null, null, 150, 1),
            new(null, 2001, null, 800, 0, NonResidentialUse.Office),
        ];
        var results = new HeatDemandResult[3];
        Model.Compute(buildings, results);
        results[0].IsIncluded.ShouldBeTrue();
        results[1].Exclusion.ShouldBe(HeatExclusion.MissingBuildYear);
        results[2].IsIncluded.ShouldBeTrue();
    }
}
