namespace Wijkwerf.Web.Localization;

/// <summary>The heat page's strings, once per language (part of <see cref="Texts"/> as <see cref="Texts.Heat"/>).</summary>
public sealed record HeatTexts
{
    public required string Link { get; init; }
    public required string LinkDescription { get; init; }
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string Scenario { get; init; }
    public required IReadOnlyDictionary<string, string> Scenarios { get; init; }
    public required string Show { get; init; }
    public required string CannotAnalyse { get; init; }

    public required string StrategiesHeading { get; init; }
    public required string StrategiesCaption { get; init; }
    public required string ColStrategy { get; init; }
    public required string ColLeidraad { get; init; }
    public required string ColPlain { get; init; }
    public required string ColNational { get; init; }
    public required string ColNationalPerDwelling { get; init; }
    public required string ColEndUser { get; init; }
    public required string ColEndUserPerDwelling { get; init; }
    public required string ColCo2 { get; init; }
    public required string ColNote { get; init; }
    public required string CheapestNational { get; init; }
    public required string CheapestEndUser { get; init; }
    public required string CheapestSummary { get; init; }
    public required string PerDwellingNote { get; init; }

    public required string CalibrationHeading { get; init; }
    public required string CalibrationNotApplied { get; init; }
    public required string Factor { get; init; }
    public required string ErrorBefore { get; init; }
    public required string ErrorAfter { get; init; }
    public required string MeasuredSource { get; init; }
    public required string MeasuredYear { get; init; }
    public required string MeasuredMWh { get; init; }
    public required string ModelledMWh { get; init; }
    public required string CalibratedMWh { get; init; }
    public required string SourceTextNote { get; init; }

    public required string DemandHeading { get; init; }
    public required string BuildingsTotal { get; init; }
    public required string BuildingsIncluded { get; init; }
    public required string SpaceHeatMWh { get; init; }
    public required string HotWaterMWh { get; init; }
    public required string TotalMWh { get; init; }
    public required string PeakSumMW { get; init; }
    public required string BuildYearAssumed { get; init; }

    public required string ExcludedHeading { get; init; }
    public required string NoneExcluded { get; init; }
    public required string ColReason { get; init; }
    public required string ColExamples { get; init; }
    public required IReadOnlyDictionary<string, string> Exclusions { get; init; }

    public required string MapHeading { get; init; }
    public required string MapLabel { get; init; }
    public required string DensityLegend { get; init; }
    public required IReadOnlyDictionary<string, string> Bands { get; init; }
    public required string BandRange { get; init; }
    public required string BandRangeLowest { get; init; }
    public required string StreetGraphEstimated { get; init; }
    public required string DensityTableHeading { get; init; }
    public required string ColStreet { get; init; }
    public required string ColLengthM { get; init; }
    public required string ColDemandMWh { get; init; }
    public required string ColDensity { get; init; }
    public required string ColBand { get; init; }
    public required string ColSegments { get; init; }
    public required string Unnamed { get; init; }

    public required string NetworkHeading { get; init; }
    public required string NetworkIntro { get; init; }
    public required string Design { get; init; }
    public required string Exact { get; init; }
    public required string Designing { get; init; }
    public required string DesignFailed { get; init; }
    public required string Designed { get; init; }
    public required string Connected { get; init; }
    public required string TrenchM { get; init; }
    public required string CostEurPerYear { get; init; }
    public required string AllIndividualEurPerYear { get; init; }
    public required string Gap { get; init; }
    public required string Seconds { get; init; }
    public required string Status { get; init; }
    public required string PipesLegend { get; init; }
    public required string ConnectedLegend { get; init; }
    public required string PipesByDn { get; init; }
    public required string ColDn { get; init; }
    public required string NoPipeGeometry { get; init; }

    public static readonly HeatTexts Nl = new()
    {
        Link = "Warmte",
        LinkDescription = "warmtevraag, strategieën S1–S5, warmtedichtheid per straat en een ontwerp voor een warmtenet",
        Title = "Warmte in {0}",
        Intro = "Warmtevraag van de gebouwen, gekalibreerd op het gemeten gasverbruik, en de vijf strategieën uit de Leidraad naast elkaar. Alle kosten zijn euro per jaar, inclusief afschrijving van de investeringen.",
        Scenario = "Prijsscenario",
        Scenarios = new Dictionary<string, string> { ["low"] = "laag", ["mid"] = "midden", ["high"] = "hoog" },
        Show = "Toon",
        CannotAnalyse = "De warmte van deze wijk kan niet berekend worden:",
        StrategiesHeading = "Strategieën vergeleken",
        StrategiesCaption = "Strategieën S1–S5 in prijsscenario {0}",
        ColStrategy = "Strategie",
        ColLeidraad = "Naam in de Leidraad",
        ColPlain = "In gewone woorden",
        ColNational = "Nationale kosten (€/jaar)",
        ColNationalPerDwelling = "Nationale kosten per woning (€/jaar)",
        ColEndUser = "Kosten voor de bewoner (€/jaar)",
        ColEndUserPerDwelling = "Kosten voor de bewoner per woning (€/jaar)",
        ColCo2 = "CO₂ (ton/jaar)",
        ColNote = "Opmerking",
        CheapestNational = "goedkoopst voor de samenleving",
        CheapestEndUser = "goedkoopst voor de bewoner",
        CheapestSummary = "Goedkoopst voor de samenleving (nationale kosten): {0}. Goedkoopst voor de bewoner: {1}.",
        PerDwellingNote = "Per woning of woningequivalent: {0} aansluitingen.",
        CalibrationHeading = "Kalibratie op gemeten verbruik",
        CalibrationNotApplied = "Niet gekalibreerd (factor 1):",
        Factor = "Kalibratiefactor",
        ErrorBefore = "Afwijking vóór kalibratie (%)",
        ErrorAfter = "Afwijking na kalibratie (%)",
        MeasuredSource = "Gemeten bron",
        MeasuredYear = "Jaar van de meting",
        MeasuredMWh = "Gemeten nuttige warmte (MWh/jaar)",
        ModelledMWh = "Berekende vraag vóór kalibratie (MWh/jaar)",
        CalibratedMWh = "Vraag na kalibratie (MWh/jaar)",
        SourceTextNote = "De beschrijving van de bron is in het Engels, zoals de rekenkern ze geeft.",
        DemandHeading = "Warmtevraag",
        BuildingsTotal = "Gebouwen",
        BuildingsIncluded = "Gebouwen meegerekend",
        SpaceHeatMWh = "Ruimteverwarming (MWh/jaar)",
        HotWaterMWh = "Warm water (MWh/jaar)",
        TotalMWh = "Totaal (MWh/jaar)",
        PeakSumMW = "Som van de piekvermogens (MW)",
        BuildYearAssumed = "Gebouwen zonder bouwjaar (bouwjaar aangenomen)",
        ExcludedHeading = "Niet meegerekende gebouwen",
        NoneExcluded = "Alle gebouwen zijn meegerekend.",
        ColReason = "Reden",
        ColExamples = "Voorbeelden (gebouw-id)",
        Exclusions = new Dictionary<string, string>
        {
            ["MissingBuildYear"] = "geen bouwjaar: de bouwperiode en dus het label zijn onbekend",
            ["NoFloorArea"] = "geen vloeroppervlak: het gebouw heeft geen verblijfsobject (berging, garage, schuur)",
            ["UnknownUse"] = "geen woningen en geen verwarmd gebruik (bijgebouw, garage, schuur of onbekend gebruik)",
        },
        MapHeading = "Warmtedichtheid per straat",
        MapLabel = "Kaart van de straten gekleurd naar warmtedichtheid, met het ontworpen warmtenet",
        DensityLegend = "Warmtedichtheid (MWh per meter straat per jaar)",
        Bands = new Dictionary<string, string> { ["VeryGood"] = "zeer geschikt", ["Good"] = "geschikt", ["Sufficient"] = "matig geschikt", ["Critical"] = "weinig geschikt" },
        BandRange = "vanaf {0}",
        BandRangeLowest = "onder {0}, stippellijn",
        StreetGraphEstimated = "De straten van deze wijk zijn geschat uit de adressen; hun ligging staat niet op de kaart, wel in de tabel.",
        DensityTableHeading = "Straten en warmtedichtheid (tabel)",
        ColStreet = "Straat",
        ColLengthM = "Lengte (m)",
        ColDemandMWh = "Warmtevraag (MWh/jaar)",
        ColDensity = "Warmtedichtheid (MWh/m/jaar)",
        ColBand = "Klasse",
        ColSegments = "Straatsegmenten",
        Unnamed = "(zonder naam)",
        NetworkHeading = "Warmtenet ontwerpen",
        NetworkIntro = "Bepaalt welke gebouwen zich beter aansluiten op een warmtenet dan individueel te verwarmen, en door welke straten de leidingen lopen. De snelle berekening duurt enkele seconden; de exacte berekening maximaal 60 seconden.",
        Design = "Ontwerp warmtenet",
        Exact = "Exacte berekening (trager, maximaal 60 s)",
        Designing = "Warmtenet wordt ontworpen…",
        DesignFailed = "Het warmtenet kon niet ontworpen worden.",
        Designed = "Warmtenet ontworpen.",
        Connected = "Aangesloten gebouwen",
        TrenchM = "Sleuflengte (m)",
        CostEurPerYear = "Jaarkosten van de wijk met dit net (€/jaar)",
        AllIndividualEurPerYear = "Jaarkosten als iedereen individueel verwarmt (€/jaar)",
        Gap = "Gap tot de ondergrens",
        Seconds = "Rekentijd (s)",
        Status = "Status",
        PipesLegend = "Leiding (dikker = grotere diameter)",
        ConnectedLegend = "Aangesloten gebouw (blauwe stip)",
        PipesByDn = "Leidingen per diameter",
        ColDn = "Diameter (DN)",
        NoPipeGeometry = "De ligging van de leidingen is niet beschikbaar (straten geschat uit adressen).",
    };

    public static readonly HeatTexts En = new()
    {
        Link = "Heat",
        LinkDescription = "heat demand, strategies S1–S5, street heat density and a heat network design",
        Title = "Heat in {0}",
        Intro = "Heat demand of the buildings, calibrated to measured gas use, and the five strategies of the Dutch Leidraad side by side. All costs are euros per year, including the annualised investments.",
        Scenario = "Price scenario",
        Scenarios = new Dictionary<string, string> { ["low"] = "low", ["mid"] = "mid", ["high"] = "high" },
        Show = "Show",
        CannotAnalyse = "The heat of this district cannot be calculated:",
        StrategiesHeading = "Strategies compared",
        StrategiesCaption = "Strategies S1–S5 in price scenario {0}",
        ColStrategy = "Strategy",
        ColLeidraad = "Leidraad name (Dutch)",
        ColPlain = "In plain words",
        ColNational = "National cost (€/yr)",
        ColNationalPerDwelling = "National cost per dwelling (€/yr)",
        ColEndUser = "End-user cost (€/yr)",
        ColEndUserPerDwelling = "End-user cost per dwelling (€/yr)",
        ColCo2 = "CO₂ (t/yr)",
        ColNote = "Note",
        CheapestNational = "cheapest for society",
        CheapestEndUser = "cheapest for the resident",
        CheapestSummary = "Cheapest for society (national cost): {0}. Cheapest for the resident: {1}.",
        PerDwellingNote = "Per dwelling or dwelling equivalent: {0} connections.",
        CalibrationHeading = "Calibration to measured use",
        CalibrationNotApplied = "Not calibrated (factor 1):",
        Factor = "Calibration factor",
        ErrorBefore = "Error before calibration (%)",
        ErrorAfter = "Error after calibration (%)",
        MeasuredSource = "Measured source",
        MeasuredYear = "Year measured",
        MeasuredMWh = "Measured useful heat (MWh/yr)",
        ModelledMWh = "Modelled demand before calibration (MWh/yr)",
        CalibratedMWh = "Demand after calibration (MWh/yr)",
        SourceTextNote = "",
        DemandHeading = "Heat demand",
        BuildingsTotal = "Buildings",
        BuildingsIncluded = "Buildings included",
        SpaceHeatMWh = "Space heating (MWh/yr)",
        HotWaterMWh = "Hot water (MWh/yr)",
        TotalMWh = "Total (MWh/yr)",
        PeakSumMW = "Sum of peak loads (MW)",
        BuildYearAssumed = "Buildings without build year (year assumed)",
        ExcludedHeading = "Buildings left out",
        NoneExcluded = "Every building is included.",
        ColReason = "Reason",
        ColExamples = "Examples (building id)",
        Exclusions = new Dictionary<string, string>
        {
            ["MissingBuildYear"] = "no build year: the period, and so the label, is unknown",
            ["NoFloorArea"] = "no floor area: the building holds no unit (shed, garage, storage)",
            ["UnknownUse"] = "no dwellings and no heated use (outbuilding, garage, shed, or unknown use)",
        },
        MapHeading = "Heat density per street",
        MapLabel = "Map of the streets coloured by heat density, with the designed heat network",
        DensityLegend = "Heat density (MWh per metre of street per year)",
        Bands = new Dictionary<string, string> { ["VeryGood"] = "very suitable", ["Good"] = "suitable", ["Sufficient"] = "moderately suitable", ["Critical"] = "hardly suitable" },
        BandRange = "from {0}",
        BandRangeLowest = "below {0}, dotted line",
        StreetGraphEstimated = "This district's streets are estimated from its addresses; they are not drawn on the map, but listed in the table.",
        DensityTableHeading = "Streets and heat density (table)",
        ColStreet = "Street",
        ColLengthM = "Length (m)",
        ColDemandMWh = "Heat demand (MWh/yr)",
        ColDensity = "Heat density (MWh/m/yr)",
        ColBand = "Band",
        ColSegments = "Street segments",
        Unnamed = "(unnamed)",
        NetworkHeading = "Design a heat network",
        NetworkIntro = "Finds which buildings are better off on a heat network than heating individually, and which streets carry the pipes. The fast design takes seconds; the exact one at most 60 seconds.",
        Design = "Design heat network",
        Exact = "Exact calculation (slower, at most 60 s)",
        Designing = "Designing the heat network…",
        DesignFailed = "The heat network could not be designed.",
        Designed = "Heat network designed.",
        Connected = "Connected buildings",
        TrenchM = "Trench length (m)",
        CostEurPerYear = "Annual cost of the district with this network (€/yr)",
        AllIndividualEurPerYear = "Annual cost if everyone heats individually (€/yr)",
        Gap = "Gap to the lower bound",
        Seconds = "Solve time (s)",
        Status = "Status",
        PipesLegend = "Pipe (thicker = larger diameter)",
        ConnectedLegend = "Connected building (blue dot)",
        PipesByDn = "Pipes by diameter",
        ColDn = "Diameter (DN)",
        NoPipeGeometry = "Pipe positions are not available (streets estimated from addresses).",
    };
}
