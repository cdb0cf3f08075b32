using System.Diagnostics;
using System.Globalization;
using Wijkwerf.Domain.Werven;
using Wijkwerf.Engine.Lekp;

namespace Wijkwerf.Bench.Lekp;

/// <summary><c>plan-couplings [max]</c>: couplings, co-benefits and conflicts of a district plan of n measures, n from
/// 100 to <c>max</c> (default 100,000), about 8 measures per street over 2021–2030, best of 5 runs. A real district plan
/// has tens to a few hundred measures; the larger sizes show how the time grows (a whole municipality or province in one plan).</summary>
public static class PlanCouplingScaling
{
    public static int Run(string[] args)
    {
        var max = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var roles = StreetRoles.Default;
        Console.WriteLine("measures;streets;couplings;co_benefits;conflicts;best_ms");
        for (var n = 100; n <= max; n *= 10)
        {
            var items = Plan(n);
            PlanCouplingResult? result = null;
            var best = double.MaxValue;
            for (var run = 0; run < 5; run++)
            {
                var sw = Stopwatch.StartNew();
                result = PlanCouplings.Find(items, roles);
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{n};{n / 8};{result!.Couplings.Count};{result.CoBenefits.Count};{result.Conflicts.Count};{best:0.00}"));
        }
        return 0;
    }

    /// <summary>A deterministic plan: werven, targets and budget codes in rotation, streets of 8 measures, years 2021–2030.</summary>
    public static PlanItem[] Plan(int n)
    {
        (Werf Werf, string? Target)[] kinds =
        [
            (Werf.Groen, "bomen"), (Werf.Groen, "ontharding"), (Werf.Water, "regenwater"), (Werf.Energie, null),
            (Werf.Mobiliteit, "laadpuntequivalenten"), (Werf.Mobiliteit, "mobipunten"), (Werf.Renovatie, "collectieve_renovaties"), (Werf.Groen, "hagen_gevelgroen"),
        ];
        var random = new Random(2030);
        var items = new PlanItem[n];
        for (var i = 0; i < n; i++)
        {
            var (werf, target) = kinds[i % kinds.Length];
            var start = new DateOnly(2021 + random.Next(10), 1 + random.Next(12), 1);
            items[i] = new PlanItem(i + 1, werf, target, $"measure {i + 1}", $"Straat {i / 8}", start, start.AddMonths(random.Next(1, 9)),
                $"ABB-LEKP-{2021 + i % 4}", i % 13 == 0);
        }
        return items;
    }
}
