using BenchmarkDotNet.Attributes;
using Wijkwerf.Engine.Heat.Demand;

namespace Wijkwerf.Bench;

[MemoryDiagnoser]
[ShortRunJob]
public class HeatBenchmarks
{
    [Params(10_000, 100_000, 1_000_000)]
    public int Buildings { get; set; }

    private SyntheticStock _stock = null!;
    private HeatDemandResult[] _demand = null!;
    private readonly HeatRun _run = new();

    [GlobalSetup]
    public void Setup()
    {
        _stock = new SyntheticStock(Buildings);
        _demand = new HeatDemandResult[Buildings];
    }

    [Benchmark(Description = "demand only")]
    public void Demand() => _run.DemandModel.Compute(_stock.Buildings, _demand);

    [Benchmark(Description = "demand + 5 strategies")]
    public double DemandAndStrategies() => _run.Run(_stock, _demand, 0, _stock.StreetLengthM.Length);
}
