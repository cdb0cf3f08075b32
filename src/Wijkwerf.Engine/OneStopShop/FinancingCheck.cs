using System.Text.Json.Serialization;
using Wijkwerf.Domain.OneStopShop;

namespace Wijkwerf.Engine.OneStopShop;

/// <summary>What the household tells the one-stop shop for a financing check.</summary>
/// <param name="Scheme"><c>mijn-verbouwlening</c> (Flanders) or <c>warmtefonds-energiebespaarlening</c> (Netherlands).</param>
/// <param name="Adults">1 (single) or 2 (couple).</param>
/// <param name="EnergyLabel">Current label, for the renovation obligation (Flanders).</param>
/// <param name="PurchaseDate">When the home was bought, for the renovation obligation.</param>
public sealed record FinancingRequest(
    string Scheme, Tenure Tenure, decimal IncomeEurPerYear, int Adults, int Dependants, decimal AmountEur, int TermYears,
    string? EnergyLabel = null, DateOnly? PurchaseDate = null);

/// <summary>The outcome: eligibility with reasons, an indicative amount, term and monthly charge (annuity), and the
/// renovation obligation where it applies. <see cref="Sources"/> lists the table rows used.</summary>
public sealed record FinancingResult(
    bool Eligible, IReadOnlyList<FinancingReason> Reasons, decimal AmountEur, int TermYears, decimal InterestPct, decimal MonthlyChargeEur,
    RenovationObligation? Obligation, IReadOnlyList<string> Sources);

/// <summary>What a reason or note of the financing check is about; the name is the <c>code</c> in the JSON answers.</summary>
public enum FinancingReasonCode
{
    NotOwnerOccupier,
    IncomeAboveLimit,
    InterestFree,
    AmountCapped,
    AmountBelowMinimum,
    TermLimited,
}

/// <summary>Why the household is not eligible, or what the check changed (amount capped, term limited, no interest): a
/// code and the figures to word it with. Serialised with the fields of its own kind; <see cref="Code"/> says which.</summary>
[JsonDerivedType(typeof(NotOwnerOccupier))]
[JsonDerivedType(typeof(IncomeAboveLimit))]
[JsonDerivedType(typeof(InterestFree))]
[JsonDerivedType(typeof(AmountCapped))]
[JsonDerivedType(typeof(AmountBelowMinimum))]
[JsonDerivedType(typeof(TermLimited))]
public abstract record FinancingReason
{
    [JsonPropertyOrder(-1)]
    public abstract FinancingReasonCode Code { get; }
}

/// <summary>The scheme lends to owner-occupiers only; the household's tenure is another.</summary>
public sealed record NotOwnerOccupier(string Scheme, Tenure Tenure) : FinancingReason
{
    public override FinancingReasonCode Code => FinancingReasonCode.NotOwnerOccupier;
}

/// <summary>The income is above the limit for this household's size (adults and dependants).</summary>
public sealed record IncomeAboveLimit(decimal IncomeEurPerYear, decimal LimitEurPerYear) : FinancingReason
{
    public override FinancingReasonCode Code => FinancingReasonCode.IncomeAboveLimit;
}

/// <summary>No interest: the income is at or below <paramref name="IncomeLimitEurPerYear"/>.</summary>
public sealed record InterestFree(decimal IncomeLimitEurPerYear) : FinancingReason
{
    public override FinancingReasonCode Code => FinancingReasonCode.InterestFree;
}

/// <summary>The amount asked for was lowered to the scheme's maximum.</summary>
public sealed record AmountCapped(decimal MaxAmountEur) : FinancingReason
{
    public override FinancingReasonCode Code => FinancingReasonCode.AmountCapped;
}

public sealed record AmountBelowMinimum(decimal MinAmountEur) : FinancingReason
{
    public override FinancingReasonCode Code => FinancingReasonCode.AmountBelowMinimum;
}

/// <summary>The term asked for was brought within 1 – <paramref name="MaxTermYears"/> years.</summary>
public sealed record TermLimited(int MaxTermYears) : FinancingReason
{
    public override FinancingReasonCode Code => FinancingReasonCode.TermLimited;
}

/// <summary>After buying a home with label E or F, the owner must reach label D within 5 years (Flanders).</summary>
public sealed record RenovationObligation(string FromLabel, string TargetLabel, DateOnly Deadline, string Source);

/// <summary>Indicative financing check; every figure from <see cref="OneStopShopParameters"/>.</summary>
public static class FinancingCheck
{
    public static FinancingResult Check(FinancingRequest r, OneStopShopParameters? parameters = null)
    {
        var p = parameters ?? OneStopShopParameters.Default;
        var rows = p.Scheme(r.Scheme);
        if (rows.Count == 0) throw new ArgumentException($"unknown scheme '{r.Scheme}'", nameof(r));
        var reasons = new List<FinancingReason>();
        var eligible = true;
        var min = p.Number(r.Scheme, "min_amount_eur");
        var max = p.Number(r.Scheme, "max_amount_eur");
        var maxTerm = (int)p.Number(r.Scheme, "max_term_years");
        var rate = p.Number(r.Scheme, "interest_pct");

        if (p.Number(r.Scheme, "owner_occupier_only") == 1 && r.Tenure != Tenure.OwnerOccupied)
        {
            eligible = false;
            reasons.Add(new NotOwnerOccupier(r.Scheme, r.Tenure));
        }
        if (rows.Any(x => x.Key == "income_limit_single_eur"))
        {
            var limit = r.Adults >= 2 || r.Dependants >= 1 ? p.Number(r.Scheme, "income_limit_couple_eur") : p.Number(r.Scheme, "income_limit_single_eur");
            limit += Math.Max(0, r.Dependants - 1) * p.Number(r.Scheme, "income_per_extra_dependant_eur");
            if (r.IncomeEurPerYear > limit)
            {
                eligible = false;
                reasons.Add(new IncomeAboveLimit(r.IncomeEurPerYear, limit));
            }
        }
        if (rows.Any(x => x.Key == "zero_interest_income_limit_eur"))
        {
            var zeroInterestLimit = p.Number(r.Scheme, "zero_interest_income_limit_eur");
            if (r.IncomeEurPerYear <= zeroInterestLimit)
            {
                rate = 0;
                reasons.Add(new InterestFree(zeroInterestLimit));
            }
        }
        var amount = r.AmountEur;
        if (amount > max)
        {
            amount = max;
            reasons.Add(new AmountCapped(max));
        }
        if (amount < min)
        {
            eligible = false;
            reasons.Add(new AmountBelowMinimum(min));
        }
        var term = Math.Clamp(r.TermYears, 1, maxTerm);
        if (term != r.TermYears) reasons.Add(new TermLimited(maxTerm));

        return new FinancingResult(eligible, reasons, amount, term, rate, Annuity(amount, rate, term),
            Obligation(r, p), rows.Select(x => $"{x.Key}: {x.Source}").ToArray());
    }

    /// <summary>Monthly charge of an annuity loan, rounded to cents.</summary>
    public static decimal Annuity(decimal amountEur, decimal interestPctPerYear, int years)
    {
        var n = years * 12;
        if (n <= 0 || amountEur <= 0) return 0;
        if (interestPctPerYear == 0) return Math.Round(amountEur / n, 2);
        var i = (double)interestPctPerYear / 100 / 12;
        var payment = (double)amountEur * i / (1 - Math.Pow(1 + i, -n));
        return Math.Round((decimal)payment, 2);
    }

    private static RenovationObligation? Obligation(FinancingRequest r, OneStopShopParameters p)
    {
        if (r.EnergyLabel is null || r.PurchaseDate is null) return null;
        var from = p.Row("renovatieplicht", "from_labels");
        if (!from.Value.Split(',').Contains(r.EnergyLabel.Trim().ToUpperInvariant())) return null;
        var years = (int)p.Number("renovatieplicht", "within_years");
        var target = p.Row("renovatieplicht", "target_label");
        return new RenovationObligation(r.EnergyLabel.Trim().ToUpperInvariant(), target.Value, r.PurchaseDate.Value.AddYears(years), target.Source);
    }
}
