using Wijkwerf.Bench.Heat;
using Wijkwerf.Bench.Import;

// Whole-process benchmarks: dotnet run -c Release --project bench/Wijkwerf.Bench -- <name> [args]
//   import-pilot [voorburg|wechelderzande]   import + derive the pilot files into a fresh SQLite file
//   import-synthetic N                       the same for a tiled Voorburg of about N buildings
//   make-synthetic N                         only make the tiled files (cached in the temp folder)
//   network-scaling [max] [limit-s]          heat network design, fast vs exact, 100 to 20,000 buildings
return args.FirstOrDefault() switch
{
    "import-pilot" or "import-synthetic" or "make-synthetic" => await ImportScaling.RunAsync(args),
    "network-scaling" => NetworkScaling.Run(args),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Wijkwerf.Bench import-pilot [voorburg|wechelderzande] | import-synthetic N | make-synthetic N | network-scaling [max] [limit-s]");
    return 2;
}
