using System.Globalization;
using BenchmarkDotNet.Running;
using Wijkwerf.Bench;
using Wijkwerf.Bench.Heat;
using Wijkwerf.Bench.Import;
using Wijkwerf.Bench.Lekp;
using Wijkwerf.Bench.Operations;

// Whole-process benchmarks: dotnet run -c Release --project bench/Wijkwerf.Bench -- <name> [args]
//   import-pilot [voorburg|wechelderzande]   import + derive the pilot files into a fresh SQLite file
//   import-synthetic N                       the same for a tiled Voorburg of about N buildings
//   make-synthetic N                         only make the tiled files (cached in the temp folder)
//   heat-national [N]                        heat demand + 5 strategies over N synthetic buildings (default 10 M)
//   network-scaling [max] [limit-s]          heat network design, fast vs exact, 100 to 20,000 buildings
//   network-real [database] [limit-s]        heat network design on every Voorburg buurt and Wechelderzande, fast vs exact
//   reach-scaling [N ...]                    one-stop-shop reach dashboard queries, N addresses (default 50,000), half followed, 8 events each
//   forum-load [people] [s] [dll]            2,000 registrations for 40 sessions over 60 s against the built web app on 127.0.0.1
//   learning [docs] [queries]               knowledge search over N documents (default 100,000) and harvest clustering 150-1,200 items
//   streets-conflicts [N] [database]         conflicts and synergies over N synthetic works on the real street graphs (default 1 M)
//   streets-plan [N] [database]              dig-once plan of N synthetic works on Wechelderzande's graph (default 500)
//   bag-phases FILE                          where a BAG import spends its time without the database
//   plan-couplings [max]                     LEKP district plan couplings and conflicts, 100 to max measures
// Anything else goes to BenchmarkDotNet, e.g. -- --filter *Heat*
return args.FirstOrDefault() switch
{
    "import-pilot" or "import-synthetic" or "make-synthetic" => await ImportScaling.RunAsync(args),
    "heat-national" => HeatNational.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000_000),
    "network-scaling" => NetworkScaling.Run(args),
    "bag-phases" => BagPhases.Run(args[1]),
    "network-real" => await NetworkReal.RunAsync(args),
    "plan-couplings" => PlanCouplingScaling.Run(args),
    "reach-scaling" => await Wijkwerf.Bench.OneStopShop.ReachScaling.RunAsync(args),
    "forum-load" => await ForumLoad.RunAsync(args),
    "learning" => LearningRun.Run(args),
    "streets-conflicts" or "streets-plan" => await Wijkwerf.Bench.Streets.StreetWorksRun.RunAsync(args),
    _ => RunBenchmarkDotNet(args),
};

static int RunBenchmarkDotNet(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(HeatBenchmarks).Assembly).Run(args);
    return 0;
}
