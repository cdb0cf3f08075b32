namespace Wijkwerf.Engine.Heat.Strategies;

/// <summary>The five heat strategies of the Dutch Leidraad / PBL Startanalyse aardgasvrije buurten.</summary>
public enum HeatStrategy : byte
{
    /// <summary>S1 all-electric: individual heat pump, with insulation to label B.</summary>
    S1IndividualHeatPump,
    /// <summary>S2 heat network fed by a medium/high-temperature source (70 °C and up); no extra insulation.</summary>
    S2HeatNetworkMediumHighTemperature,
    /// <summary>S3 low-temperature heat network (≈40 °C) with a collective heat pump, insulation to label B and a hot-water booster.</summary>
    S3HeatNetworkLowTemperature,
    /// <summary>S4 hybrid heat pump with a boiler on green gas.</summary>
    S4GreenGasHybridHeatPump,
    /// <summary>S5 condensing boiler on green gas.</summary>
    S5GreenGasBoiler,
    /// <summary>Reference, not a strategy: keep heating with natural gas in a condensing boiler (replaced at end of life). Not in <see cref="HeatStrategies.All"/>.</summary>
    ReferenceNaturalGasBoiler,
}

/// <summary>Display texts: the Dutch Leidraad term, plain Flemish wording, and English.</summary>
public readonly record struct HeatStrategyText(string Code, string LeidraadName, string FlemishName, string EnglishName);

public static class HeatStrategies
{
    public static IReadOnlyList<HeatStrategy> All { get; } =
    [
        HeatStrategy.S1IndividualHeatPump, HeatStrategy.S2HeatNetworkMediumHighTemperature, HeatStrategy.S3HeatNetworkLowTemperature,
        HeatStrategy.S4GreenGasHybridHeatPump, HeatStrategy.S5GreenGasBoiler,
    ];

    private static readonly HeatStrategyText[] Texts =
    [
        new("S1", "Individuele elektrische warmtepomp", "individuele elektrische warmtepomp, met na-isolatie", "individual electric heat pump"),
        new("S2", "Warmtenet met midden- tot hogetemperatuurbron", "warmtenet op hoge temperatuur", "heat network with a medium/high-temperature source"),
        new("S3", "Warmtenet met lagetemperatuurbron", "warmtenet op lage temperatuur met collectieve warmtepomp, met na-isolatie", "low-temperature heat network with a collective heat pump"),
        new("S4", "Groengas met hybride warmtepomp", "hybride warmtepomp met groen gas", "green gas with a hybrid heat pump"),
        new("S5", "Groengas met HR-ketel", "condensatieketel op groen gas", "green gas with a condensing boiler"),
        new("R", "Referentie: aardgas met HR-ketel", "zoals nu: condensatieketel op aardgas", "reference: natural gas with a condensing boiler"),
    ];

    public static HeatStrategyText Text(this HeatStrategy strategy) => Texts[(int)strategy];
}
