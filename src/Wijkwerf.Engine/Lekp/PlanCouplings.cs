using Wijkwerf.Domain.Werven;

namespace Wijkwerf.Engine.Lekp;

/// <summary>A measure as the integrated district plan sees it. <see cref="Year"/> is the year it starts (else ends);
/// null keeps it off the time axis. <see cref="Linked"/> is true when it belongs to street works or a heat network,
/// which always open the street.</summary>
public sealed record PlanItem(int Id, Werf Werf, string? TargetKey, string Title, string? Street, DateOnly? Start, DateOnly? End,
    string? BudgetCode, bool Linked = false)
{
    public int? Year => Start?.Year ?? End?.Year;
}

/// <summary>What measures share: a street, a year, a budget code (the LEKP subsidy's <c>ABB-LEKP-202X</c>).</summary>
public enum CouplingKind { Street, Year, Budget }

/// <summary>Measures that share <see cref="Key"/> (a street name, a year, a budget code).</summary>
public sealed record Coupling(CouplingKind Kind, string Key, IReadOnlyList<int> MeasureIds, IReadOnlyList<Werf> Werven);

/// <summary>Measures of several werven in one street in one year: the street is opened once for all of them.</summary>
public sealed record CoBenefit(string Street, int Year, IReadOnlyList<int> MeasureIds, IReadOnlyList<Werf> Werven);

public enum ConflictKind
{
    /// <summary>Trees or green are planted in a street before a trench is dug there: the roots are cut or the green is lost.</summary>
    PlantingBeforeTrench,
    /// <summary>The same street is opened in different years: works that could have been bundled in one.</summary>
    MissedBundling,
}

/// <summary>Two measures in one street that get in each other's way; <see cref="FirstId"/> comes first in time.</summary>
public sealed record Conflict(ConflictKind Kind, string Street, int FirstId, int SecondId, int FirstYear, int SecondYear);

public sealed record PlanCouplingResult(IReadOnlyList<Coupling> Couplings, IReadOnlyList<CoBenefit> CoBenefits, IReadOnlyList<Conflict> Conflicts);

/// <summary>What a measure does to its street (<c>Lekp/Parameters/street-roles.csv</c>, one source per row).</summary>
public sealed class StreetRoles
{
    public const string TableName = "street-roles.csv";
    private readonly HashSet<(Werf, string)> _opens = [];
    private readonly HashSet<(Werf, string)> _plants = [];

    private static readonly Lazy<StreetRoles> DefaultInstance = new(() =>
    {
        const string name = "Wijkwerf.Engine.Lekp.Parameters." + TableName;
        using var stream = typeof(StreetRoles).Assembly.GetManifestResourceStream(name)
                           ?? throw new LekpParameterException(TableName, "-", "-", $"embedded resource '{name}' not found");
        using var reader = new StreamReader(stream);
        return Load(reader);
    });

    public static StreetRoles Default => DefaultInstance.Value;

    /// <exception cref="LekpParameterException">A row has the wrong number of fields, an unknown werf or role, or no source.</exception>
    public static StreetRoles Load(TextReader text)
    {
        var roles = new StreetRoles();
        var line = 0;
        var header = false;
        while (text.ReadLine() is { } l)
        {
            line++;
            if (l.Length == 0 || l.StartsWith('#')) continue;
            if (!header) { header = true; continue; }
            var f = l.Split(';');
            if (f.Length != 4) throw new LekpParameterException(TableName, $"line {line}", "-", $"has {f.Length} fields, expected 4 (werf;target_key;role;source)");
            if (!WerfSlugs.TryParse(f[0], out var werf)) throw new LekpParameterException(TableName, $"line {line}", "werf", $"'{f[0]}' is not a werf ({WerfSlugs.All})");
            if (f[3].Trim().Length == 0) throw new LekpParameterException(TableName, $"line {line}", "source", "value is missing");
            var set = f[2].Trim() switch
            {
                "opens_street" => roles._opens,
                "plants" => roles._plants,
                var other => throw new LekpParameterException(TableName, $"line {line}", "role", $"'{other}' is not opens_street or plants"),
            };
            set.Add((werf, f[1].Trim()));
        }
        return roles;
    }

    public bool OpensStreet(PlanItem m) => m.Linked || Has(_opens, m);
    public bool Plants(PlanItem m) => Has(_plants, m);
    private static bool Has(HashSet<(Werf, string)> set, PlanItem m) => set.Contains((m.Werf, "*")) || (m.TargetKey is { } k && set.Contains((m.Werf, k)));
}

/// <summary>The couplings, co-benefits and conflicts of one district plan. Pure: measures in, findings out.</summary>
/// <remarks>Streets are compared without case and surrounding spaces ("Dorp" = "dorp "). A coupling needs two or more
/// measures; a shared year needs two or more werven (two tree plantings in one year couple nothing). Planting counts as
/// "before" a trench when it ends (else starts) strictly before the trench starts (else ends), so works in the same
/// season in the right order are fine. Missed bundling pairs each street-opening measure with the next one in a later
/// year in the same street, so three openings in three years are two conflicts, not three.</remarks>
public static class PlanCouplings
{
    public static PlanCouplingResult Find(IReadOnlyList<PlanItem> measures, StreetRoles? roles = null)
    {
        roles ??= StreetRoles.Default;
        var couplings = new List<Coupling>();
        var streets = measures.Where(m => StreetKey(m) is not null).GroupBy(m => StreetKey(m)!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
        foreach (var g in streets.Where(g => g.Count() > 1)) couplings.Add(Couple(CouplingKind.Street, g.First().Street!.Trim(), g));
        foreach (var g in measures.Where(m => m.Year is not null).GroupBy(m => m.Year!.Value).OrderBy(g => g.Key))
            if (g.Select(m => m.Werf).Distinct().Count() > 1) couplings.Add(Couple(CouplingKind.Year, g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g));
        foreach (var g in measures.Where(m => !string.IsNullOrWhiteSpace(m.BudgetCode)).GroupBy(m => m.BudgetCode!.Trim(), StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal))
            if (g.Count() > 1) couplings.Add(Couple(CouplingKind.Budget, g.Key, g));

        var coBenefits = new List<CoBenefit>();
        var conflicts = new List<Conflict>();
        foreach (var street in streets)
        {
            var name = street.First().Street!.Trim();
            foreach (var year in street.Where(m => m.Year is not null).GroupBy(m => m.Year!.Value).OrderBy(g => g.Key))
                if (year.Select(m => m.Werf).Distinct().Count() > 1)
                    coBenefits.Add(new CoBenefit(name, year.Key, Ids(year), Werven(year)));

            var openings = street.Where(m => m.Year is not null && roles.OpensStreet(m)).OrderBy(m => m.Year).ThenBy(m => m.Id).ToArray();
            for (var i = 0; i < openings.Length; i++)
            {
                var next = openings.Skip(i + 1).FirstOrDefault(o => o.Year > openings[i].Year);
                // Only the step from the last opening of a year to the first of the next year, so each gap is told once.
                if (next is not null && (i + 1 == openings.Length || openings[i + 1].Year != openings[i].Year))
                    conflicts.Add(new Conflict(ConflictKind.MissedBundling, name, openings[i].Id, next.Id, openings[i].Year!.Value, next.Year!.Value));
            }
            foreach (var plant in street.Where(roles.Plants))
                foreach (var trench in openings.Where(t => t.Id != plant.Id))
                    if ((plant.End ?? plant.Start) is { } planted && (trench.Start ?? trench.End) is { } dug && planted < dug)
                        conflicts.Add(new Conflict(ConflictKind.PlantingBeforeTrench, name, plant.Id, trench.Id, planted.Year, dug.Year));
        }
        return new PlanCouplingResult(couplings, coBenefits, conflicts);
    }

    private static string? StreetKey(PlanItem m) => string.IsNullOrWhiteSpace(m.Street) ? null : m.Street.Trim().ToLowerInvariant();
    private static Coupling Couple(CouplingKind kind, string key, IEnumerable<PlanItem> items) => new(kind, key, Ids(items), Werven(items));
    private static int[] Ids(IEnumerable<PlanItem> items) => items.Select(m => m.Id).Order().ToArray();
    private static Werf[] Werven(IEnumerable<PlanItem> items) => items.Select(m => m.Werf).Distinct().Order().ToArray();
}
