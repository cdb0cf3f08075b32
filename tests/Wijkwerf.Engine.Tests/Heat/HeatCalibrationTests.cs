using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wijkwerf.Domain.Buildings;
using Wijkwerf.Engine.Heat;
using Wijkwerf.Engine.Heat.Demand;
using Wijkwerf.Engine.Heat.Parameters;

namespace Wijkwerf.Engine.Tests.Heat;

public class HeatCalibrationTests
{
    private static readonly HeatDemandModel Model = new(HeatParameters.Default);

    [Fact]
    public void A_street_of_100_terraced_houses_is_scaled_to_the_CBS_average_gas_use()
    {
        var buildings = Enumerable.Range(0, 100).Select(i => new HeatBuildingInput(DwellingType.TerracedMiddle, 1950 + i % 40, null, 100 + i % 20, 1)).ToArray();
        var demand = new HeatDemandResult[buildings.Length];
        Model.Compute(buildings, demand);
        // CBS-style input: 1 050 m³ gas per dwelling per year, 100 dwellings.
        var measured = HeatCalibration.GasToUsefulHeatKWh(1_050 * 100, HeatParameters.Default);
        var modelled = demand.Sum(d => d.TotalKWhPerYear);

        var groups = new int[buildings.Length];
        var result = HeatCalibration.CalibratePerGroup(demand, groups, [measured]).Single();

        result.Factor.ShouldBe(measured / modelled, 1e-9);
        result.ErrorBeforePercent.ShouldBe((modelled - measured) / measured * 100, 1e-9);
        result.ErrorAfterPercent.ShouldBe(0, 1e-9);
        demand.Sum(d => d.TotalKWhPerYear).ShouldBe(measured, measured * 1e-12);
    }

    [Fact]
    public void A_group_without_measurement_is_left_alone()
    {
        var r = HeatCalibration.Calibrate(1_000, 0);
        r.Factor.ShouldBe(1);
        r.IsDefined.ShouldBeFalse();
    }

    [Property]
    public Property Calibrated_total_equals_measured_total_in_every_group() =>
        Prop.ForAll(
            Gen.Choose(1, 200).ToArbitrary(),
            Gen.Choose(1, 5).ToArbitrary(),
            Gen.Choose(1, 1_000_000).ToArbitrary(),
            (count, groupCount, seed) =>
            {
                var random = new Random(seed);
                var buildings = new HeatBuildingInput[count];
                var groups = new int[count];
                for (var i = 0; i < count; i++)
                {
                    buildings[i] = new((DwellingType)random.Next(5), 1900 + random.Next(125), null, 30 + random.Next(300), 1 + random.Next(3));
                    groups[i] = random.Next(groupCount);
                }
                var demand = new HeatDemandResult[count];
                Model.Compute(buildings, demand);
                var measured = Enumerable.Range(0, groupCount).Select(_ => 1_000.0 + random.Next(1_000_000)).ToArray();
                var results = HeatCalibration.CalibratePerGroup(demand, groups, measured);
                for (var g = 0; g < groupCount; g++)
                {
                    var total = 0.0;
                    for (var i = 0; i < count; i++) if (groups[i] == g) total += demand[i].TotalKWhPerYear;
                    var expected = results[g].IsDefined ? measured[g] : 0;
                    if (Math.Abs(total - expected) > 1e-6 * Math.Max(1, expected)) return false;
                }
                return true;
            });
}
