using System.Diagnostics;
using System.Globalization;
using Wijkwerf.Engine.Heat.Demand;

namespace Wijkwerf.Bench.Heat;

/// <summary>Whole-process timing of demand + the five strategies over a synthetic national stock:
/// <c>heat-national [N]</c> (default 10,000,000 buildings).</summary>
public static class HeatNational
{
    public static int Run(int count)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"heat-national: {count:N0} synthetic buildings, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));
        var watch = Stopwatch.StartNew();
        var stock = new SyntheticStock(count);
        Console.WriteLine(string.Create(inv, $"  generate stock          {watch.Elapsed.TotalSeconds,7:0.00} s (not part of the engine)"));

        var run = new HeatRun();
        var districts = stock.StreetLengthM.Length;
        foreach (var parallel in new[] { false, true })
        {
            GC.Collect();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            watch.Restart();
            var demand = new HeatDemandResult[count];
            double total;
            if (!parallel) total = run.Run(stock, demand, 0, districts);
            else
            {
                // Districts are independent: split them over the cores.
                var workers = Environment.ProcessorCount;
                var partial = new double[workers];
                Parallel.For(0, workers, w => partial[w] = run.Run(stock, demand, districts * w / workers, districts * (w + 1) / workers));
                total = partial.Sum();
            }
            var seconds = watch.Elapsed.TotalSeconds;
            var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var excluded = 0;
            foreach (ref readonly var d in demand.AsSpan()) if (!d.IsIncluded) excluded++;
            Console.WriteLine(string.Create(inv,
                $"  demand + 5 strategies   {seconds,7:0.00} s  {(parallel ? "parallel" : "1 thread")}  {seconds * 1e9 / count,6:0} ns/building  {(double)bytes / count,6:0.0} bytes/building allocated (incl. the {System.Runtime.CompilerServices.Unsafe.SizeOf<HeatDemandResult>()}-byte result per building)  excluded {excluded:N0}  national cost {total / 1e9:0.00} bn EUR/yr (sum over 5 strategies)"));
        }
        Console.WriteLine(string.Create(inv, $"  peak working set        {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6,7:0} MB"));
        return 0;
    }
}
