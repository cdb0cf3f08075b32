namespace Wijkwerf.Engine.Heat;

/// <summary>Dutch energy label classes (NTA 8800, from 2021), best first. The order is used as an index into parameter tables.</summary>
public enum EnergyLabel : byte
{
    APlusPlusPlusPlus, APlusPlusPlus, APlusPlus, APlus, A, B, C, D, E, F, G,
}

/// <summary>Build-year classes of the heat parameter tables; the breaks follow Dutch building-code steps (1946 post-war, 1965 cavity walls, 1975 first insulation rules, 1992 Bouwbesluit EPC, 2006 EPC 0.8, 2015 EPC 0.4).</summary>
public enum BuildPeriod : byte
{
    Before1946, From1946To1964, From1965To1974, From1975To1991, From1992To2005, From2006To2014, From2015,
}

/// <summary>Main use of a non-residential building (BAG gebruiksdoel other than woonfunctie).</summary>
public enum NonResidentialUse : byte
{
    Office, Retail, Education, Health, Industry, Assembly, Sport, Lodging, Other,
}

/// <summary>Why a building has no heat demand in a result. <see cref="None"/> means it was computed.</summary>
public enum HeatExclusion : byte
{
    None,
    /// <summary>No build year: the period (and so the label estimate) is unknown.</summary>
    MissingBuildYear,
    /// <summary>Floor area is zero, negative or not a number.</summary>
    NoFloorArea,
    /// <summary>Neither a dwelling type nor a non-residential use: nothing says what the building is.</summary>
    UnknownUse,
}

/// <summary>Who owns a dwelling; decides who pays investments and who pays energy (see docs/heat-engine.md).</summary>
public enum Tenure : byte
{
    OwnerOccupied,
    /// <summary>Rented from a housing association (woningcorporatie / sociale huisvestingsmaatschappij).</summary>
    SocialRental,
    PrivateRental,
}

/// <summary>Energy price scenario (low / mid / high) of the parameter table.</summary>
public enum PriceScenario : byte { Low, Mid, High }

/// <summary>Energy carriers priced in the parameter tables.</summary>
public enum EnergyCarrier : byte { Gas, Electricity, Heat, GreenGas }

public static class HeatLabels
{
    private static readonly string[] LabelTexts = ["A++++", "A+++", "A++", "A+", "A", "B", "C", "D", "E", "F", "G"];

    public static string ToText(this EnergyLabel label) => LabelTexts[(int)label];

    public static bool TryParse(string text, out EnergyLabel label)
    {
        var i = Array.IndexOf(LabelTexts, text.Trim().ToUpperInvariant());
        label = i < 0 ? default : (EnergyLabel)i;
        return i >= 0;
    }

    /// <summary>The build period of a construction year; the class boundaries are inclusive at the start year.</summary>
    public static BuildPeriod PeriodOf(int buildYear) => buildYear switch
    {
        < 1946 => BuildPeriod.Before1946,
        < 1965 => BuildPeriod.From1946To1964,
        < 1975 => BuildPeriod.From1965To1974,
        < 1992 => BuildPeriod.From1975To1991,
        < 2006 => BuildPeriod.From1992To2005,
        < 2015 => BuildPeriod.From2006To2014,
        _ => BuildPeriod.From2015,
    };

    public const int LabelCount = 11;
    public const int PeriodCount = 7;
    public const int DwellingTypeCount = 5;
    public const int UseCount = 9;
}
