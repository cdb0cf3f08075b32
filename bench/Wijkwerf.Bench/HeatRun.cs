using Wijkwerf.Engine.Heat.Demand;
using Wijkwerf.Engine.Heat.Parameters;
using Wijkwerf.Engine.Heat.Strategies;

namespace Wijkwerf.Bench;

/// <summary>Demand for every building, then the five strategies per district: the work the national run does.</summary>
public sealed class HeatRun
{
    public HeatDemandModel DemandModel { get; } = new(HeatParameters.LoadDefault());
    public HeatStrategyCalculator Strategies { get; }

    public HeatRun() => Strategies = new HeatStrategyCalculator(DemandModel);

    /// <summary>Returns the national cost summed over all districts and strategies (so the work cannot be optimised away).</summary>
    public double Run(SyntheticStock stock, HeatDemandResult[] demand, int fromDistrict, int toDistrict)
    {
        var total = 0.0;
        for (var d = fromDistrict; d < toDistrict; d++)
        {
            var start = d * SyntheticStock.DistrictSize;
            var length = Math.Min(SyntheticStock.DistrictSize, stock.Buildings.Length - start);
            var buildings = stock.Buildings.AsSpan(start, length);
            var results = demand.AsSpan(start, length);
            DemandModel.Compute(buildings, results);
            var district = new HeatDistrictContext(stock.StreetLengthM[d]);
            foreach (var s in HeatStrategies.All)
                total += Strategies.Evaluate(s, buildings, results, stock.Tenure.AsSpan(start, length), district).Total.NationalCostEurPerYear;
        }
        return total;
    }
}
