using Wijkwerf.Engine.Heat.Strategies;

namespace Wijkwerf.Engine.Heat.Phasing;

/// <summary>A strategy's end-user cost (€ per year, everybody switched) by who pays it.</summary>
public sealed record EndUserCostByActor(double OwnerOccupierEurPerYear, double TenantEurPerYear, double HousingAssociationEurPerYear, double PrivateLandlordEurPerYear)
{
    public double TotalEurPerYear => OwnerOccupierEurPerYear + TenantEurPerYear + HousingAssociationEurPerYear + PrivateLandlordEurPerYear;

    /// <summary>Splits a district total by tenure shares, as <see cref="HeatStrategyCalculator"/> does per building:
    /// owner-occupiers pay all of their home's cost; for rented homes the landlord (housing association or private
    /// landlord) pays the investor part (own investments annualised at the end-user rate, maintenance, connection
    /// contribution) and the tenant the occupant part (energy bills, fixed heat charge). Exact when tenure does not
    /// depend on the building's cost.</summary>
    public static EndUserCostByActor Split(in StrategyCost total, TenureShares tenure)
    {
        tenure.Validated();
        return new EndUserCostByActor(
            tenure.OwnerOccupied * total.EndUserCostEurPerYear,
            tenure.Rental * total.OccupantCostEurPerYear,
            tenure.SocialRental * total.InvestorCostEurPerYear,
            tenure.PrivateRental * total.InvestorCostEurPerYear);
    }
}
