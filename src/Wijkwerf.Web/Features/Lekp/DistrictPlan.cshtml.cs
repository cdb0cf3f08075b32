using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkwerf.Data.Lekp;
using Wijkwerf.Domain.Lekp;
using Wijkwerf.Engine.Lekp;
using Wijkwerf.Web.Localization;

namespace Wijkwerf.Web.Features.Lekp;

public sealed class DistrictPlanModel(DistrictPlans plans, LekpMeasures measures, LekpTenancy tenancy, Language language, Data.Storage.WijkwerfDb db) : PageModel
{
    /// <summary>The district's own LEKP progress; null when its municipality has no pact version (a Dutch municipality).</summary>
    public DistrictTargets? Targets { get; private set; }

    public LekpTexts X { get; } = LekpTexts.For(language);
    public DistrictPlanView Plan { get; private set; } = null!;
    public bool MayEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var plan = await plans.ForDistrictAsync(code, ct);
        if (plan is null) return NotFound();
        Plan = plan;
        var m = await measures.MunicipalityAsync(plan.MunicipalityCode, ct);
        MayEdit = m is not null && await tenancy.MayEditAsync(User, m.Id);
        var (monitor, _) = await LekpApi.Monitor(db, plan.MunicipalityCode, ct);
        Targets = monitor?.Districts.FirstOrDefault(d => d.Code == plan.Code);
        return Page();
    }

    /// <summary>Switches the municipality's plan outline (LEKP or Warmteprogramma); its own staff only.</summary>
    public async Task<IActionResult> OnPostOutlineAsync(string code, string outline, CancellationToken ct)
    {
        var plan = await plans.ForDistrictAsync(code, ct);
        if (plan is null) return NotFound();
        var m = await measures.MunicipalityAsync(plan.MunicipalityCode, ct);
        if (m is null || !await tenancy.MayEditAsync(User, m.Id)) return Forbid();
        if (!Enum.TryParse<PlanOutline>(outline, ignoreCase: true, out var o) || !Enum.IsDefined(o)) return BadRequest();
        await plans.SetOutlineAsync(m.Code, o, ct);
        return Redirect($"/districts/{Uri.EscapeDataString(code)}/plan");
    }

    public string TargetsHtml()
    {
        var b = new System.Text.StringBuilder();
        LekpCouncilReport.MonitorTable(b, Targets!.Targets.Where(t => t.Unit is not ("percent_reduction" or "percent_per_year")).ToArray(), X.Report);
        return b.ToString();
    }

    public string Title(int id) => Plan.Measures.FirstOrDefault(m => m.Id == id)?.Title ?? $"#{id}";

    public string Describe(Conflict c) => string.Format(c.Kind == ConflictKind.PlantingBeforeTrench ? X.PlantingBeforeTrench : X.MissedBundling,
        c.Street, Title(c.FirstId), c.FirstYear, Title(c.SecondId), c.SecondYear);

    public string Werven(IEnumerable<Domain.Werven.Werf> werven) => string.Join(", ", werven.Select(w => X.Report.Werf(Domain.Werven.WerfSlugs.Slug(w))));
}
