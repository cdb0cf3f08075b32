using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Heat;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Lekp;
using Wijkwerf.Domain.Places;
using Wijkwerf.Domain.Werven;
using Wijkwerf.Engine.Lekp;

namespace Wijkwerf.Data.Lekp;

/// <summary>A measure on the district time axis: from its start year to its end year (null when undated).</summary>
public sealed record PlanEntry(MeasureRow Measure, int? FromYear, int? ToYear, bool OpensStreet, bool Plants);

/// <summary>One street of the timeline; <see cref="Street"/> is empty for measures without a street.</summary>
public sealed record StreetLane(string Street, IReadOnlyList<PlanEntry> Entries);

/// <summary>One chapter of the Dutch Warmteprogramma / wijkuitvoeringsplan outline: a title, what it should say, and the
/// figures Wijkwerf already has for it.</summary>
public sealed record OutlineChapter(int Number, string Title, string Guidance, IReadOnlyList<OutlineFigure> Figures);

public sealed record OutlineFigure(string Label, string Value);

/// <summary>The Warmteprogramma outline of a district with the heat analysis' demand and strategies (price scenario
/// mid). <see cref="HeatProblem"/> says why the heat figures are missing (a district without buildings, say).</summary>
public sealed record WarmteprogrammaOutline(
    IReadOnlyList<OutlineChapter> Chapters, DemandTotals? Demand, IReadOnlyList<StrategyOutcome> Strategies, string? CheapestNational, string? HeatProblem);

/// <summary>The integrated plan of one district: every measure of every werf on one time axis by street, with the
/// couplings, co-benefits and conflicts (<see cref="PlanCouplings"/>), and, in Dutch mode, the Warmteprogramma outline.</summary>
public sealed record DistrictPlanView(
    string Code, string Name, string MunicipalityCode, string MunicipalityName, Country Country, PlanOutline Outline,
    int FirstYear, int LastYear, IReadOnlyList<StreetLane> Streets, IReadOnlyList<MeasureRow> Measures, PlanCouplingResult Findings,
    WarmteprogrammaOutline? Warmteprogramma);

public sealed class DistrictPlans(WijkwerfDb db, StreetRoles? roles = null)
{
    private readonly StreetRoles _roles = roles ?? StreetRoles.Default;

    /// <summary>The municipality's outline: its own choice, else Warmteprogramma for Dutch and LEKP for Belgian ones.</summary>
    public async Task<PlanOutline> OutlineAsync(Municipality m, CancellationToken ct = default) =>
        await db.PlanSettings.AsNoTracking().Where(s => s.MunicipalityId == m.Id).Select(s => (PlanOutline?)s.Outline).FirstOrDefaultAsync(ct)
        ?? (m.Country == Country.NL ? PlanOutline.Warmteprogramma : PlanOutline.Lekp);

    /// <returns>False when no municipality has this code.</returns>
    public async Task<bool> SetOutlineAsync(string municipalityCode, PlanOutline outline, CancellationToken ct = default)
    {
        var m = await db.Municipalities.AsNoTracking().FirstOrDefaultAsync(x => x.Code == municipalityCode, ct);
        if (m is null) return false;
        var row = await db.PlanSettings.FirstOrDefaultAsync(s => s.MunicipalityId == m.Id, ct);
        if (row is null) db.PlanSettings.Add(new MunicipalityPlanSettings { MunicipalityId = m.Id, Outline = outline });
        else row.Outline = outline;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <returns>Null when no district has this code.</returns>
    public async Task<DistrictPlanView?> ForDistrictAsync(string code, CancellationToken ct = default)
    {
        var d = await db.Districts.AsNoTracking().Include(x => x.Municipality).FirstOrDefaultAsync(x => x.Code == code, ct);
        if (d?.Municipality is not { } m) return null;
        var outline = await OutlineAsync(m, ct);
        var measures = await new LekpMeasures(db).ListAsync(m.Code, d.Code, ct);
        var items = measures.Select(Item).ToArray();
        var findings = PlanCouplings.Find(items, _roles);

        var entries = measures.Zip(items, (row, item) => new PlanEntry(row, row.StartDate?.Year ?? row.EndDate?.Year, row.EndDate?.Year ?? row.StartDate?.Year,
            _roles.OpensStreet(item), _roles.Plants(item))).ToArray();
        var lanes = entries.GroupBy(e => e.Measure.StreetName?.Trim() ?? "", StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key.Length == 0).ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new StreetLane(g.First().Measure.StreetName?.Trim() ?? "", g.OrderBy(e => e.FromYear ?? int.MaxValue).ToArray())).ToArray();
        var years = entries.SelectMany(e => new[] { e.FromYear, e.ToYear }).OfType<int>().ToArray();
        var first = years.Length == 0 ? DateTime.UtcNow.Year : Math.Min(years.Min(), DateTime.UtcNow.Year);
        var last = Math.Max(years.Length == 0 ? first : years.Max(), 2030);

        var dutch = outline == PlanOutline.Warmteprogramma ? await WarmteprogrammaAsync(d.Code, measures, findings, ct) : null;
        return new DistrictPlanView(d.Code, d.Name, m.Code, m.Name, m.Country, outline, first, last, lanes, measures, findings, dutch);
    }

    private static PlanItem Item(MeasureRow r) =>
        new(r.Id, WerfSlugs.TryParse(r.Werf, out var w) ? w : Werf.Algemeen, r.TargetKey, r.Title, r.StreetName, r.StartDate, r.EndDate, r.BudgetCode,
            r.StreetWorksRef is not null || r.HeatNetworkRef is not null);

    /// <summary>The outline of a Warmteprogramma / wijkuitvoeringsplan (chapters after the VNG/PBL Leidraad and the
    /// Handreiking Wijkuitvoeringsplan), filled with the heat analysis' figures (<see cref="DistrictHeatAnalysis"/>,
    /// called as it is, not recomputed) and the plan's own measures and couplings.</summary>
    private async Task<WarmteprogrammaOutline> WarmteprogrammaAsync(string code, IReadOnlyList<MeasureRow> measures, PlanCouplingResult findings, CancellationToken ct)
    {
        DistrictHeatResult? heat = null;
        string? problem = null;
        try { heat = await new DistrictHeatAnalysis(db).AnalyseAsync(code, ct: ct); }
        catch (DistrictHeatInputException e) { problem = e.Message; }

        var nl = CultureInfo.GetCultureInfo("nl-NL");
        string N(double v, string format = "N0") => v.ToString(format, nl);
        var chapters = new List<OutlineChapter>
        {
            new(1, "Aanleiding en doel", "Waarom deze buurt nu: de rol in de transitievisie warmte, de kansen (groot onderhoud, vervanging riolering, renovatie) en het doel: aardgasvrij of aardgasvrij-gereed.",
                heat is null ? [] : [new("Gebouwen", N(heat.Demand.Buildings)), new("Woningen", N(heat.Demand.Dwellings))]),
            new(2, "Huidige situatie en warmtevraag", "De gebouwvoorraad en de warmtevraag voor ruimteverwarming en warm tapwater, gekalibreerd op het gemeten gasverbruik waar dat bekend is.",
                heat is null ? [] :
                [
                    new("Warmtevraag ruimteverwarming (MWh/jaar)", N(heat.Demand.SpaceHeatMWhPerYear)),
                    new("Warmtevraag warm tapwater (MWh/jaar)", N(heat.Demand.HotWaterMWhPerYear)),
                    new("Totale warmtevraag (MWh/jaar)", N(heat.Demand.TotalMWhPerYear)),
                    new("Piekvraag, som van de gebouwen (MW)", N(heat.Demand.PeakSumMW, "N1")),
                ]),
            new(3, "Strategieën en kosten", "De strategieën S1–S5 uit de Leidraad vergeleken op nationale kosten en eindgebruikerskosten (prijsscenario midden).",
                heat is null ? [] : heat.Strategies.Select(s => new OutlineFigure($"{s.Code} {s.Name}: nationale kosten (€/jaar)", N(s.NationalCostEurPerYear))).ToArray()),
            new(4, "Voorkeursalternatief", "Het alternatief met de laagste maatschappelijke kosten als vertrekpunt, en de afweging met betaalbaarheid voor de bewoner.",
                heat is null ? [] : [new("Laagste nationale kosten", heat.CheapestNational), new("Laagste kosten voor de bewoner", heat.CheapestEndUser)]),
            new(5, "Uitvoeringsplan en samenhang", "Wat wanneer in welke straat gebeurt, over alle werven heen: werkzaamheden bundelen, conflicten vermijden.",
            [
                new("Maatregelen in het plan", N(measures.Count)),
                new("Straten met meerdere werven in één jaar (meekoppelkansen)", N(findings.CoBenefits.Count)),
                new("Conflicten (groen vóór een sleuf, straat in verschillende jaren open)", N(findings.Conflicts.Count)),
            ]),
            new(6, "Participatie, betaalbaarheid en monitoring", "Hoe bewoners en eigenaren meedoen, wie wat betaalt, en hoe de voortgang gevolgd wordt.", []),
        };
        return new WarmteprogrammaOutline(chapters, heat?.Demand, heat?.Strategies ?? [], heat?.CheapestNational, problem);
    }
}
