using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkwerf.Domain.OneStopShop;
using Wijkwerf.Engine.OneStopShop;

namespace Wijkwerf.Web.Features.OneStopShop;

/// <summary>The financing check as a form: eligibility, amount, monthly charge and, where it applies, the renovation
/// obligation after buying an E/F home. Nothing is stored.</summary>
[Authorize(Policy = OneStopShopApi.Policy)]
public sealed class FinancingModel : PageModel
{
    public FinancingRequest Input { get; private set; } = new("mijn-verbouwlening", Tenure.OwnerOccupied, 40000, 1, 0, 25000, 20);
    public FinancingResult? Result { get; private set; }
    public string? Problem { get; private set; }
    public static IReadOnlyList<string> Schemes => OneStopShopParameters.Default.Rows.Where(r => r.Key == "max_amount_eur").Select(r => r.Scheme).ToList();

    public void OnGet() { }

    public IActionResult OnPost(string scheme, Tenure tenure, decimal income, int adults, int dependants, decimal amount, int term, string? energyLabel, DateOnly? purchaseDate)
    {
        Input = new FinancingRequest(scheme, tenure, income, Math.Max(1, adults), Math.Max(0, dependants), amount, term,
            string.IsNullOrWhiteSpace(energyLabel) ? null : energyLabel, purchaseDate);
        try { Result = FinancingCheck.Check(Input); }
        catch (ArgumentException e) { Problem = e.Message; }
        return Page();
    }
}
