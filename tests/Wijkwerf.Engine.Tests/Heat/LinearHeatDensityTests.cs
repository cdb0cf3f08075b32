using Wijkwerf.Engine.Heat.Density;
using Wijkwerf.Engine.Heat.Parameters;

namespace Wijkwerf.Engine.Tests.Heat;

public class LinearHeatDensityTests
{
    [Theory]
    [InlineData(2.0, HeatDensityBand.VeryGood)]
    [InlineData(1.5, HeatDensityBand.Good)]
    [InlineData(1.0, HeatDensityBand.Good)]
    [InlineData(0.99, HeatDensityBand.Sufficient)]
    [InlineData(0.5, HeatDensityBand.Sufficient)]
    [InlineData(0.3, HeatDensityBand.Critical)]
    public void Streets_are_banded_as_on_the_Flemish_heat_map(double mwhPerM, HeatDensityBand band) =>
        LinearHeatDensity.Band(mwhPerM, HeatParameters.Default).ShouldBe(band);

    [Fact]
    public void A_100_m_street_with_20_houses_of_12_MWh_is_good_for_a_heat_network()
    {
        var demand = Enumerable.Repeat(12_000.0, 20).Append(50_000).ToArray();
        var segment = Enumerable.Repeat(0, 20).Append(-1).ToArray(); // the last building is not linked to a street
        var result = new SegmentHeatDensity[2];
        LinearHeatDensity.Compute(demand, segment, [100.0, 80.0], HeatParameters.Default, result);
        result[0].MWhPerMPerYear.ShouldBe(2.4, 1e-9);
        result[0].Band.ShouldBe(HeatDensityBand.VeryGood);
        result[0].Buildings.ShouldBe(20);
        result[1].MWhPerMPerYear.ShouldBe(0);
        result[1].Band.ShouldBe(HeatDensityBand.Critical);
    }
}
