using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Wijkwerf.Bench;
using Wijkwerf.Engine.Heat.Demand;

// dotnet run -c Release --project bench/Wijkwerf.Bench -- heat-national 10000000   (whole-process timing)
// dotnet run -c Release --project bench/Wijkwerf.Bench -- --filter *Heat*           (BenchmarkDotNet)
if (args.Length > 0 && args[0] == "heat-national")
{
    var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000_000;
    return HeatNational(count);
}
if (args.Length > 0 && args[0] == "heat-network")
{
    foreach (var side in args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture))) HeatNetworkGrid(side);
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(HeatBenchmarks).Assembly).Run(args);
return 0;

static int HeatNational(int count)
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

// A square street grid of side × side nodes, 80 m blocks, random demand per street (0–30 connections of 8–15 MWh), source in a corner.
static void HeatNetworkGrid(int side)
{
    var random = new Random(7);
    var edges = new List<Wijkwerf.Engine.Heat.NetworkDesign.NetworkEdgeInput>();
    for (var r = 0; r < side; r++)
        for (var c = 0; c < side; c++)
        {
            var v = r * side + c;
            void Add(int w)
            {
                var n = random.Next(31);
                var kwh = n * (8_000 + random.Next(7_000));
                edges.Add(new(v, w, 80, kwh, kwh / 1_800.0, n));
            }
            if (c + 1 < side) Add(v + 1);
            if (r + 1 < side) Add(v + side);
        }
    var input = edges.ToArray();
    var result = new Wijkwerf.Engine.Heat.NetworkDesign.NetworkEdgeResult[input.Length];
    var parameters = Wijkwerf.Engine.Heat.Parameters.HeatParameters.Default;
    Wijkwerf.Engine.Heat.NetworkDesign.HeatNetworkDesigner.Design(side * side, input, 0, parameters, result); // warm-up
    var watch = Stopwatch.StartNew();
    var summary = Wijkwerf.Engine.Heat.NetworkDesign.HeatNetworkDesigner.Design(side * side, input, 0, parameters, result);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"heat-network grid {side}x{side}: {input.Length} streets, {watch.Elapsed.TotalMilliseconds:0.0} ms, {summary.Edges} streets in {summary.Steps} steps, {summary.MWhPerMPerYear:0.00} MWh/m/yr"));
}
