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
    public required string BoundEurPerYear { get; init; }
    /// <summary>The design's mode and status codes (fast, exact, feasible, optimal, ...) in words.</summary>
    public required IReadOnlyDictionary<string, string> NetworkStatuses { get; init; }
    public required string Seconds { get; init; }
    public required string Status { get; init; }
    public required string PipesLegend { get; init; }
    public required string ConnectedLegend { get; init; }
    public required string PipesByDn { get; init; }
    public required string ColDn { get; init; }
    public required string NoPipeGeometry { get; init; }

    public required string ReportHeading { get; init; }
    public required string ReportIntro { get; init; }
    public required string ReportPdf { get; init; }
    public required string ReportXlsx { get; init; }
    public required string ReportTitle { get; init; }
    public required string ReportGenerated { get; init; }
    public required string ReportTopStreets { get; init; }
    public required string ReportNetworkFast { get; init; }
    public required string ReportNoNetwork { get; init; }
    public required string ReportSources { get; init; }

    public required string ColInvestment { get; init; }
    public required string ColBuildingMeasures { get; init; }
    public required string ColInstallation { get; init; }
    public required string ColConnectionNetwork { get; init; }
    public required string ColEnergyBill { get; init; }
    public required string ColMaintenance { get; init; }
    public required string CostsCaption { get; init; }
    public required string WhoPaysHeading { get; init; }
    public required string WhoPaysCaption { get; init; }
    public required string TenureNote { get; init; }
    public required IReadOnlyDictionary<string, string> Actors { get; init; }
    public required string ChartHeading { get; init; }
    public required string ChartNational { get; init; }
    public required string ChartEndUser { get; init; }
    public required string ChartTableNote { get; init; }

    public required string LayersHeading { get; init; }
    public required string BuildingsBy { get; init; }
    public required string BuildingsByDemand { get; init; }
    public required string BuildingsByLabel { get; init; }
    public required string BuildingsByNone { get; init; }
    public required string LayerDensity { get; init; }
    public required string LayerNetwork { get; init; }
    public required string LayerConnected { get; init; }
    public required string DemandLegend { get; init; }
    public required string LabelLegend { get; init; }
    public required string ExcludedLegend { get; init; }
    public required string LabelEstimatedNote { get; init; }
    public required string Demand { get; init; }
    public required string Label { get; init; }
    public required string Estimated { get; init; }
    public required string NotIncluded { get; init; }

    public required string SourceLabel { get; init; }
    public required string SourceHint { get; init; }
    public required string NetworkExcludedHeading { get; init; }
    public required IReadOnlyDictionary<string, string> NetworkExclusions { get; init; }
    public required string Saving { get; init; }

    public required string PhasingHeading { get; init; }
    public required string PhasingIntro { get; init; }
    public required string PhasingStrategy { get; init; }
    public required string PhasingMode { get; init; }
    public required string ModeStepwise { get; init; }
    public required string ModeAllAtOnce { get; init; }
    public required string StartYear { get; init; }
    public required string RolloutYears { get; init; }
    public required string Rates { get; init; }
    public required string RatesHint { get; init; }
    public required string Waves { get; init; }
    public required string WaveYears { get; init; }
    public required string LeadYears { get; init; }
    public required string OwnershipLegend { get; init; }
    public required string TenureLegend { get; init; }
    public required string OwnerOccupiedShare { get; init; }
    public required string SocialRentalShare { get; init; }
    public required string PrivateRentalShare { get; init; }
    public required string Calculate { get; init; }
    public required string PhasingError { get; init; }
    public required string PhasingSummary { get; init; }
    public required string PhasingRenovationFirst { get; init; }
    public required string PhasingChartHeading { get; init; }
    public required string PhasingChartConnected { get; init; }
    public required string PhasingCaption { get; init; }
    public required string ColYear { get; init; }
    public required string ColNewConnections { get; init; }
    public required string ColConnected { get; init; }
    public required string ColRenovated { get; init; }
    public required string ColActor { get; init; }
    public required string ColInvestmentEur { get; init; }
    public required string ColRunningEur { get; init; }
    public required string ColContributionEur { get; init; }
    public required string ColFinancingEur { get; init; }
    public required string FinancingLegend { get; init; }
    public required string SubsidyOwners { get; init; }
    public required string SubsidyLandlords { get; init; }
    public required string LoanShare { get; init; }
    public required string LoanRate { get; init; }
    public required string LoanYears { get; init; }
    public required string LoanSchemeNote { get; init; }
    public required string ColNetEur { get; init; }
    public required string ActorTotalsCaption { get; init; }
    public required string FullRolloutCaption { get; init; }
    public required string PhasingParameters { get; init; }
    public required string ColParameter { get; init; }
    public required string ColSource { get; init; }
    public required string Total { get; init; }

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
        StreetGraphEstimated = "De straten van deze wijk zijn geschat uit de adressen (de BAG heeft geen straatlijnen): hun ligging en lengte op de kaart zijn bij benadering.",
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
        BoundEurPerYear = "Bewezen ondergrens van de kosten (€/jaar)",
        NetworkStatuses = new Dictionary<string, string>
        {
            ["fast"] = "snel ontwerp", ["exact"] = "exact ontwerp", ["feasible"] = "uitvoerbaar, met bewezen ondergrens",
            ["optimal"] = "optimaal binnen de gevraagde gap", ["time limit"] = "tijdslimiet bereikt", ["NoBuildings"] = "geen gebouwen",
        },
        Seconds = "Rekentijd (s)",
        Status = "Status",
        PipesLegend = "Leiding (dikker = grotere diameter)",
        ConnectedLegend = "Aangesloten gebouw (blauwe stip)",
        PipesByDn = "Leidingen per diameter",
        ColDn = "Diameter (DN)",
        NoPipeGeometry = "De leidingen volgen de geschatte straten: hun ligging is bij benadering.",

        ReportHeading = "Rapport",
        ReportIntro = "Alle cijfers van deze pagina als PDF-rapport of als Excel-werkboek (bladen gebouwen, strategieën, straten, warmtenet, fasering), met de instellingen van de fasering hieronder.",
        ReportPdf = "PDF-rapport downloaden",
        ReportXlsx = "Excel-werkboek downloaden",
        ReportTitle = "Warmterapport {0}",
        ReportGenerated = "Gemaakt op {0} met Wijkwerf; prijsscenario {1}.",
        ReportTopStreets = "De {0} straatsegmenten met de hoogste warmtedichtheid; de volledige lijst staat in het Excel-werkboek.",
        ReportNetworkFast = "Ontwerp van het warmtenet (snelle berekening, warmtebron in het midden van de wijk)",
        ReportNoNetwork = "Geen warmtenet ontworpen:",
        ReportSources = "Bronnen",
        ColInvestment = "Investering (€)",
        ColBuildingMeasures = "Isolatie (€)",
        ColInstallation = "Installaties in de gebouwen (€)",
        ColConnectionNetwork = "Aansluitingen en net (€)",
        ColEnergyBill = "Energierekening (€/jaar)",
        ColMaintenance = "Onderhoud (€/jaar)",
        CostsCaption = "Investeringen en jaarlijkse kosten per strategie (hele wijk)",
        WhoPaysHeading = "Wie betaalt wat",
        WhoPaysCaption = "Kosten voor de eindgebruikers per partij (€/jaar, inclusief afschrijving)",
        TenureNote = "Verdeeld naar eigendom van de woningen: {0} koop, {1} corporatie, {2} particuliere huur. Bron: {3}",
        Actors = new Dictionary<string, string>
        {
            ["MunicipalCompany"] = "gemeentelijk warmtebedrijf", ["PrivateHeatCompany"] = "private warmtebedrijf", ["Cooperative"] = "warmtecoöperatie",
            ["GridOperator"] = "netbeheerder", ["OwnerOccupier"] = "eigenaar-bewoner", ["HousingAssociation"] = "woningcorporatie",
            ["PrivateLandlord"] = "particuliere verhuurder", ["Tenant"] = "huurder", ["PublicFunds"] = "overheid (subsidies)", ["Lender"] = "kredietverstrekker (renovatielening)",
        },
        ChartHeading = "Kosten per woning per jaar",
        ChartNational = "Nationale kosten per woning (€/jaar)",
        ChartEndUser = "Kosten voor de bewoner per woning (€/jaar)",
        ChartTableNote = "Dezelfde cijfers staan in de tabel ‘Strategieën vergeleken’ hierboven.",
        LayersHeading = "Kaartlagen",
        BuildingsBy = "Gebouwen kleuren naar",
        BuildingsByDemand = "warmtevraag per m²",
        BuildingsByLabel = "geschat energielabel",
        BuildingsByNone = "niet kleuren",
        LayerDensity = "Straten naar warmtedichtheid",
        LayerNetwork = "Ontworpen warmtenet (leidingen)",
        LayerConnected = "Aangesloten gebouwen",
        DemandLegend = "Warmtevraag (kWh per m² per jaar)",
        LabelLegend = "Energielabel (geschat)",
        ExcludedLegend = "niet meegerekend",
        LabelEstimatedNote = "Er is nog geen bron met energielabels ingelezen: elk label is geschat uit woningtype en bouwjaar.",
        Demand = "Warmtevraag",
        Label = "Label",
        Estimated = "geschat",
        NotIncluded = "niet meegerekend",
        SourceLabel = "Warmtebron (lengtegraad,breedtegraad)",
        SourceHint = "Leeg: het straatknooppunt het dichtst bij het midden van de wijk. De bron moet in de wijk liggen.",
        NetworkExcludedHeading = "Gebouwen buiten het ontwerp",
        NetworkExclusions = new Dictionary<string, string>
        {
            ["Unreachable"] = "de straat van het gebouw is niet verbonden met de straat van de bron (los deel van het stratennet)",
            ["NoStreet"] = "geen straat binnen bereik van het gebouw",
            ["NonResidential"] = "geen woning: niet meegenomen in dit ontwerp",
        },
        Saving = "Besparing t.o.v. iedereen individueel (€/jaar)",
        PhasingHeading = "Fasering",
        PhasingIntro = "Wanneer sluiten de gebouwen aan, wanneer wordt er geïsoleerd en gegraven, en wat betaalt of ontvangt elke partij per jaar? Stap voor stap volgt een S-curve (of uw eigen tempo); in één keer sluit iedereen in hetzelfde jaar aan. Bij een lagetemperatuurnet (S3) sluit een woning pas aan na haar isolatieronde.",
        PhasingStrategy = "Strategie",
        PhasingMode = "Aansluiten",
        ModeStepwise = "stap voor stap",
        ModeAllAtOnce = "in één keer",
        StartYear = "Startjaar",
        RolloutYears = "Looptijd van de uitrol (jaar)",
        Rates = "Eigen aansluittempo (% per jaar, komma-gescheiden)",
        RatesHint = "Bijvoorbeeld 10,20,30,40. Samen 100. Leeg: S-curve over de looptijd.",
        Waves = "Isolatierondes",
        WaveYears = "Jaren per isolatieronde",
        LeadYears = "Jaren tussen isolatie en aansluiting (S3)",
        OwnershipLegend = "Eigendom van het warmtenet (%)",
        TenureLegend = "Eigendom van de woningen (%)",
        OwnerOccupiedShare = "koopwoningen",
        SocialRentalShare = "corporatiewoningen",
        PrivateRentalShare = "particuliere huur",
        Calculate = "Bereken fasering",
        PhasingError = "De fasering kan zo niet berekend worden:",
        PhasingSummary = "{0}, {1}: de eerste aansluiting in {2}, de laatste in {3}. Investering in totaal € {4}.",
        PhasingRenovationFirst = "Woningen worden eerst geïsoleerd (in rondes) en sluiten daarna aan op het lagetemperatuurnet.",
        PhasingChartHeading = "Kasstroom per partij per jaar",
        PhasingChartConnected = "Aangesloten (%)",
        PhasingCaption = "Per jaar: aansluitingen, isolatie, investeringen en de kasstroom per partij (€; positief = uitgave, negatief = inkomsten)",
        ColYear = "Jaar",
        ColNewConnections = "Nieuw aangesloten (%)",
        ColConnected = "Aangesloten (%)",
        ColRenovated = "Geïsoleerd (%)",
        ColActor = "Partij",
        ColInvestmentEur = "Investeringen (€)",
        ColRunningEur = "Lopende kosten (€)",
        ColContributionEur = "Aansluitbijdragen (€)",
        ColFinancingEur = "Subsidies en leningen (€)",
        FinancingLegend = "Financiering door de eigenaars",
        SubsidyOwners = "Subsidie eigenaar-bewoners (%)",
        SubsidyLandlords = "Subsidie verhuurders (%)",
        LoanShare = "Geleend door eigenaar-bewoners (%)",
        LoanRate = "Rente (%/jaar)",
        LoanYears = "Looptijd (jaar)",
        LoanSchemeNote = "Standaard: {0}, ten hoogste € {1} per woning. Negatief = ontvangen, positief = betaald of terugbetaald.",
        ColNetEur = "Netto (€)",
        ActorTotalsCaption = "Totaal per partij over alle jaren",
        FullRolloutCaption = "Per jaar zodra iedereen is overgestapt (lopende kosten, €/jaar)",
        PhasingParameters = "Uitgangspunten en bronnen",
        ColParameter = "Uitgangspunt",
        ColSource = "Bron",
        Total = "Totaal",
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
        StreetGraphEstimated = "This district's streets are estimated from its addresses (BAG has no street lines): their position and length on the map are approximate.",
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
        BoundEurPerYear = "Proven lower bound on the cost (€/yr)",
        NetworkStatuses = new Dictionary<string, string>
        {
            ["fast"] = "fast design", ["exact"] = "exact design", ["feasible"] = "feasible, with a proven lower bound",
            ["optimal"] = "optimal within the requested gap", ["time limit"] = "time limit reached", ["NoBuildings"] = "no buildings",
        },
        Seconds = "Solve time (s)",
        Status = "Status",
        PipesLegend = "Pipe (thicker = larger diameter)",
        ConnectedLegend = "Connected building (blue dot)",
        PipesByDn = "Pipes by diameter",
        ColDn = "Diameter (DN)",
        NoPipeGeometry = "The pipes follow the estimated streets: their position is approximate.",

        ReportHeading = "Report",
        ReportIntro = "Every figure of this page as a PDF report or an Excel workbook (sheets buildings, strategies, streets, network, phasing), with the phasing settings below.",
        ReportPdf = "Download PDF report",
        ReportXlsx = "Download Excel workbook",
        ReportTitle = "Heat report {0}",
        ReportGenerated = "Made on {0} with Wijkwerf; price scenario {1}.",
        ReportTopStreets = "The {0} street segments with the highest heat density; the full list is in the Excel workbook.",
        ReportNetworkFast = "Heat network design (fast calculation, heat source in the middle of the district)",
        ReportNoNetwork = "No heat network designed:",
        ReportSources = "Sources",
        ColInvestment = "Investment (€)",
        ColBuildingMeasures = "Insulation (€)",
        ColInstallation = "Installations in the buildings (€)",
        ColConnectionNetwork = "Connections and network (€)",
        ColEnergyBill = "Energy bill (€/yr)",
        ColMaintenance = "Maintenance (€/yr)",
        CostsCaption = "Investments and yearly costs per strategy (whole district)",
        WhoPaysHeading = "Who pays what",
        WhoPaysCaption = "End-user cost by who pays (€/yr, investments annualised)",
        TenureNote = "Split by who owns the dwellings: {0} owner-occupied, {1} housing association, {2} private rental. Source: {3}",
        Actors = new Dictionary<string, string>
        {
            ["MunicipalCompany"] = "municipal heat company", ["PrivateHeatCompany"] = "private heat company", ["Cooperative"] = "heat cooperative",
            ["GridOperator"] = "grid operator", ["OwnerOccupier"] = "owner-occupier", ["HousingAssociation"] = "housing association",
            ["PrivateLandlord"] = "private landlord", ["Tenant"] = "tenant", ["PublicFunds"] = "public funds (subsidies)", ["Lender"] = "lender (renovation loan)",
        },
        ChartHeading = "Cost per dwelling per year",
        ChartNational = "National cost per dwelling (€/yr)",
        ChartEndUser = "End-user cost per dwelling (€/yr)",
        ChartTableNote = "The same figures are in the table ‘Strategies compared’ above.",
        LayersHeading = "Map layers",
        BuildingsBy = "Colour buildings by",
        BuildingsByDemand = "heat demand per m²",
        BuildingsByLabel = "estimated energy label",
        BuildingsByNone = "no colour",
        LayerDensity = "Streets by heat density",
        LayerNetwork = "Designed heat network (pipes)",
        LayerConnected = "Connected buildings",
        DemandLegend = "Heat demand (kWh per m² per year)",
        LabelLegend = "Energy label (estimated)",
        ExcludedLegend = "left out",
        LabelEstimatedNote = "No energy label source has been imported yet: every label is estimated from dwelling type and build year.",
        Demand = "Heat demand",
        Label = "Label",
        Estimated = "estimated",
        NotIncluded = "left out",
        SourceLabel = "Heat source (longitude,latitude)",
        SourceHint = "Empty: the street node nearest the middle of the district. The source must lie inside the district.",
        NetworkExcludedHeading = "Buildings outside the design",
        NetworkExclusions = new Dictionary<string, string>
        {
            ["Unreachable"] = "the building's street is not connected to the source's street (a separate part of the street graph)",
            ["NoStreet"] = "no street within reach of the building",
            ["NonResidential"] = "not a dwelling: not part of this design",
        },
        Saving = "Saving against everyone heating individually (€/yr)",
        PhasingHeading = "Phasing",
        PhasingIntro = "When do the buildings connect, when is insulation done and are streets dug up, and what does each party pay or receive per year? Stepwise follows an S-curve (or your own pace); all at once connects everybody in the same year. On a low-temperature network (S3) a dwelling connects only after its insulation wave.",
        PhasingStrategy = "Strategy",
        PhasingMode = "Connect",
        ModeStepwise = "stepwise",
        ModeAllAtOnce = "all at once",
        StartYear = "Start year",
        RolloutYears = "Roll-out period (years)",
        Rates = "Own connection pace (% per year, comma-separated)",
        RatesHint = "For example 10,20,30,40. Together 100. Empty: an S-curve over the roll-out period.",
        Waves = "Insulation waves",
        WaveYears = "Years per insulation wave",
        LeadYears = "Years between insulation and connection (S3)",
        OwnershipLegend = "Ownership of the heat network (%)",
        TenureLegend = "Ownership of the dwellings (%)",
        OwnerOccupiedShare = "owner-occupied",
        SocialRentalShare = "housing association",
        PrivateRentalShare = "private rental",
        Calculate = "Calculate phasing",
        PhasingError = "The phasing cannot be calculated like this:",
        PhasingSummary = "{0}, {1}: first connection in {2}, last in {3}. Investment in total € {4}.",
        PhasingRenovationFirst = "Dwellings are insulated first (in waves) and connect to the low-temperature network afterwards.",
        PhasingChartHeading = "Cash flow per party per year",
        PhasingChartConnected = "Connected (%)",
        PhasingCaption = "Per year: connections, insulation, investments and the cash flow of each party (€; positive = paid, negative = received)",
        ColYear = "Year",
        ColNewConnections = "Newly connected (%)",
        ColConnected = "Connected (%)",
        ColRenovated = "Insulated (%)",
        ColActor = "Party",
        ColInvestmentEur = "Investments (€)",
        ColRunningEur = "Running costs (€)",
        ColContributionEur = "Connection contributions (€)",
        ColFinancingEur = "Subsidies and loans (€)",
        FinancingLegend = "How the owners finance it",
        SubsidyOwners = "Subsidy owner-occupiers (%)",
        SubsidyLandlords = "Subsidy landlords (%)",
        LoanShare = "Borrowed by owner-occupiers (%)",
        LoanRate = "Interest (%/yr)",
        LoanYears = "Term (years)",
        LoanSchemeNote = "Default: {0}, at most € {1} per dwelling. Negative = received, positive = paid or repaid.",
        ColNetEur = "Net (€)",
        ActorTotalsCaption = "Total per party over all years",
        FullRolloutCaption = "Per year once everybody has switched (running costs, €/yr)",
        PhasingParameters = "Assumptions and sources",
        ColParameter = "Assumption",
        ColSource = "Source",
        Total = "Total",
    };
}
