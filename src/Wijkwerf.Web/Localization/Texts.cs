namespace Wijkwerf.Web.Localization;

/// <summary>Every page string, once per language. A record with required members: a string missing in one language
/// does not compile.</summary>
public sealed record Texts
{
    public required string Code { get; init; }
    public required string LanguageName { get; init; }
    public required string Tagline { get; init; }
    public required string SkipToContent { get; init; }
    public required string MainNavigation { get; init; }
    public required string LanguageSwitch { get; init; }
    public required string NavMunicipalities { get; init; }
    public required string NavImport { get; init; }
    public required string NavLogin { get; init; }
    public required string NavLogout { get; init; }
    public required string Footer { get; init; }
    public required string Sources { get; init; }

    public required string StartTitle { get; init; }
    public required string StartIntro { get; init; }
    public required string MunicipalitiesHeading { get; init; }
    public required string NoMunicipalities { get; init; }
    public required string SeedingRunning { get; init; }
    public required string SeedingFailed { get; init; }
    public required string MapOfDistricts { get; init; }
    public required string MapLoading { get; init; }
    public required string MapFailed { get; init; }

    public required string ColCode { get; init; }
    public required string ColName { get; init; }
    public required string ColCountry { get; init; }
    public required string ColDistricts { get; init; }
    public required string ColBuildings { get; init; }
    public required string ColDwellings { get; init; }
    public required string ColInhabitants { get; init; }
    public required string ColHouseholds { get; init; }

    public required string MunicipalityTitle { get; init; }
    public required string DistrictsHeading { get; init; }
    public required string NoDistricts { get; init; }

    public required string DistrictTitle { get; init; }
    public required string InMunicipality { get; init; }
    public required string DistrictMap { get; init; }
    public required string KeyFigures { get; init; }
    public required string Figure { get; init; }
    public required string Value { get; init; }
    public required string AreaHa { get; init; }
    public required string ResidentialBuildings { get; init; }
    public required string Units { get; init; }
    public required string FloorAreaM2 { get; init; }
    public required string FootprintAreaM2 { get; init; }
    public required string StreetLengthM { get; init; }
    public required string MeanConnectionLengthM { get; init; }
    public required string ColourBy { get; init; }
    public required string BuildYearClass { get; init; }
    public required string DwellingType { get; init; }
    public required string Legend { get; init; }
    public required string LegendStreets { get; init; }
    public required string LegendBoundary { get; init; }
    public required string DwellingTypesHeading { get; init; }
    public required string BuildYearClassesHeading { get; init; }
    public required string ChartTableCaption { get; init; }
    public required string Class { get; init; }
    public required string MeasuredEnergyHeading { get; init; }
    public required string MeasuredEnergyIntro { get; init; }
    public required string Year { get; init; }
    public required string GasMWh { get; init; }
    public required string ElectricityMWh { get; init; }
    public required string GasCustomers { get; init; }
    public required string ElectricityCustomers { get; init; }
    public required string Unknown { get; init; }
    public required IReadOnlyDictionary<string, string> DwellingTypes { get; init; }
    public required string NotFoundTitle { get; init; }
    public required string NotFoundText { get; init; }
    public required string ErrorTitle { get; init; }

    public required HeatTexts Heat { get; init; }

    public required string ImportTitle { get; init; }
    public required string ImportIntro { get; init; }
    public required string ImportFile { get; init; }
    public required string ImportStart { get; init; }
    public required string ImportNoFile { get; init; }
    public required string ImportJobTitle { get; init; }
    public required string ImportQueued { get; init; }
    public required string ImportRunning { get; init; }
    public required string ImportSucceeded { get; init; }
    public required string ImportFailed { get; init; }
    public required string ImportFeatures { get; init; }
    public required string ImportReplaced { get; init; }
    public required string ImportDurationS { get; init; }
    public required string ZoomIn { get; init; }
    public required string ZoomOut { get; init; }
    public required string ImportAnother { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }

    public required string LoginTitle { get; init; }
    public required string Email { get; init; }
    public required string Password { get; init; }
    public required string RememberMe { get; init; }
    public required string LogIn { get; init; }
    public required string LoginFailed { get; init; }
    public required string LogOut { get; init; }
    public required string AccessDeniedTitle { get; init; }
    public required string AccessDeniedText { get; init; }

    public static readonly Texts Nl = new()
    {
        Code = "nl",
        LanguageName = "Nederlands",
        Tagline = "Samen de wijk klimaatklaar maken",
        SkipToContent = "Naar de inhoud",
        MainNavigation = "Hoofdmenu",
        LanguageSwitch = "Taal",
        NavMunicipalities = "Gemeenten",
        NavImport = "Importeren",
        NavLogin = "Inloggen",
        NavLogout = "Uitloggen",
        Footer = "Wijkwerf: open platform voor de integrale klimaattransitie van wijken.",
        Sources = "Bronnen",
        StartTitle = "Gemeenten en wijken",
        StartIntro = "Kies een gemeente en een wijk om gebouwen, straten en kerncijfers te bekijken.",
        MunicipalitiesHeading = "Gemeenten",
        NoMunicipalities = "Er zijn nog geen gemeenten geïmporteerd.",
        SeedingRunning = "Pilotwijken worden geïmporteerd…",
        SeedingFailed = "Het importeren van de pilotwijken is mislukt:",
        MapOfDistricts = "Kaart van de wijkgrenzen",
        MapLoading = "Kaart wordt geladen…",
        MapFailed = "De kaartgegevens konden niet worden geladen.",
        ColCode = "Code",
        ColName = "Naam",
        ColCountry = "Land",
        ColDistricts = "Wijken",
        ColBuildings = "Gebouwen",
        ColDwellings = "Woningen",
        ColInhabitants = "Inwoners",
        ColHouseholds = "Huishoudens",
        MunicipalityTitle = "Gemeente {0}",
        DistrictsHeading = "Wijken",
        NoDistricts = "Deze gemeente heeft nog geen wijken.",
        DistrictTitle = "Wijk {0}",
        InMunicipality = "in gemeente",
        DistrictMap = "Kaart van de wijk met gebouwen en straten",
        KeyFigures = "Kerncijfers",
        Figure = "Kenmerk",
        Value = "Waarde",
        AreaHa = "Oppervlakte (ha)",
        ResidentialBuildings = "Woongebouwen",
        Units = "Verblijfsobjecten",
        FloorAreaM2 = "Gebruiksoppervlakte (m²)",
        FootprintAreaM2 = "Bebouwd oppervlak (m²)",
        StreetLengthM = "Straatlengte (m)",
        MeanConnectionLengthM = "Gemiddelde aansluitlengte (m)",
        ColourBy = "Kleur gebouwen op",
        BuildYearClass = "Bouwjaarklasse",
        DwellingType = "Woningtype",
        Legend = "Legenda",
        LegendStreets = "Straten",
        LegendBoundary = "Wijkgrens",
        DwellingTypesHeading = "Woningtypen",
        BuildYearClassesHeading = "Bouwjaarklassen",
        ChartTableCaption = "Gegevens van de grafiek: {0}",
        Class = "Klasse",
        MeasuredEnergyHeading = "Gemeten energiegebruik",
        MeasuredEnergyIntro = "Residentieel gebruik, opgeteld over de statistische sectoren van de wijk.",
        Year = "Jaar",
        GasMWh = "Gas (MWh)",
        ElectricityMWh = "Elektriciteit (MWh)",
        GasCustomers = "Gasaansluitingen",
        ElectricityCustomers = "Elektriciteitsaansluitingen",
        Unknown = "Onbekend",
        DwellingTypes = new Dictionary<string, string>
        {
            ["Detached"] = "Vrijstaand",
            ["SemiDetached"] = "Twee-onder-een-kap",
            ["TerracedEnd"] = "Hoekwoning",
            ["TerracedMiddle"] = "Tussenwoning",
            ["Apartment"] = "Appartement",
            ["unknown"] = "Onbekend",
        },
        NotFoundTitle = "Niet gevonden",
        NotFoundText = "Deze pagina bestaat niet.",
        ErrorTitle = "Er ging iets mis",
        Heat = HeatTexts.Nl,
        ImportTitle = "Bestand importeren",
        ImportIntro = "Upload een bronbestand (BAG GeoPackage, CBS, Statbel, Fluvius CSV, OpenStreetMap, GeoJSON of CSV). Het soort bestand wordt herkend aan de inhoud; een eerdere import van hetzelfde bestand wordt vervangen.",
        ImportFile = "Bestand",
        ImportStart = "Importeren",
        ImportNoFile = "Kies een bestand.",
        ImportJobTitle = "Import van {0}",
        ImportQueued = "In de wachtrij…",
        ImportRunning = "Bezig…",
        ImportSucceeded = "Geslaagd",
        ImportFailed = "Mislukt, er is niets opgeslagen:",
        ImportFeatures = "Objecten",
        ImportReplaced = "Eerdere import vervangen",
        ImportDurationS = "Duur (s)",
        ZoomIn = "Inzoomen",
        ZoomOut = "Uitzoomen",
        ImportAnother = "Nog een bestand importeren",
        Yes = "ja",
        No = "nee",
        LoginTitle = "Inloggen",
        Email = "E-mailadres",
        Password = "Wachtwoord",
        RememberMe = "Ingelogd blijven",
        LogIn = "Inloggen",
        LoginFailed = "E-mailadres of wachtwoord klopt niet.",
        LogOut = "Uitloggen",
        AccessDeniedTitle = "Geen toegang",
        AccessDeniedText = "Uw account heeft geen toegang tot deze pagina.",
    };

    public static readonly Texts En = new()
    {
        Code = "en",
        LanguageName = "English",
        Tagline = "Making the district climate-ready, together",
        SkipToContent = "Skip to content",
        MainNavigation = "Main menu",
        LanguageSwitch = "Language",
        NavMunicipalities = "Municipalities",
        NavImport = "Import",
        NavLogin = "Log in",
        NavLogout = "Log out",
        Footer = "Wijkwerf: open platform for the integrated climate transition of districts.",
        Sources = "Sources",
        StartTitle = "Municipalities and districts",
        StartIntro = "Pick a municipality and a district to see its buildings, streets and key figures.",
        MunicipalitiesHeading = "Municipalities",
        NoMunicipalities = "No municipality has been imported yet.",
        SeedingRunning = "Importing pilot districts…",
        SeedingFailed = "Importing the pilot districts failed:",
        MapOfDistricts = "Map of the district boundaries",
        MapLoading = "Loading map…",
        MapFailed = "The map data could not be loaded.",
        ColCode = "Code",
        ColName = "Name",
        ColCountry = "Country",
        ColDistricts = "Districts",
        ColBuildings = "Buildings",
        ColDwellings = "Dwellings",
        ColInhabitants = "Inhabitants",
        ColHouseholds = "Households",
        MunicipalityTitle = "Municipality of {0}",
        DistrictsHeading = "Districts",
        NoDistricts = "This municipality has no districts yet.",
        DistrictTitle = "District {0}",
        InMunicipality = "in the municipality of",
        DistrictMap = "Map of the district with buildings and streets",
        KeyFigures = "Key figures",
        Figure = "Figure",
        Value = "Value",
        AreaHa = "Area (ha)",
        ResidentialBuildings = "Residential buildings",
        Units = "Units",
        FloorAreaM2 = "Floor area (m²)",
        FootprintAreaM2 = "Built-up area (m²)",
        StreetLengthM = "Street length (m)",
        MeanConnectionLengthM = "Mean connection length (m)",
        ColourBy = "Colour buildings by",
        BuildYearClass = "Build-year class",
        DwellingType = "Dwelling type",
        Legend = "Legend",
        LegendStreets = "Streets",
        LegendBoundary = "District boundary",
        DwellingTypesHeading = "Dwelling types",
        BuildYearClassesHeading = "Build-year classes",
        ChartTableCaption = "Chart data: {0}",
        Class = "Class",
        MeasuredEnergyHeading = "Measured energy use",
        MeasuredEnergyIntro = "Residential use, summed over the district's statistical sectors.",
        Year = "Year",
        GasMWh = "Gas (MWh)",
        ElectricityMWh = "Electricity (MWh)",
        GasCustomers = "Gas connections",
        ElectricityCustomers = "Electricity connections",
        Unknown = "Unknown",
        DwellingTypes = new Dictionary<string, string>
        {
            ["Detached"] = "Detached",
            ["SemiDetached"] = "Semi-detached",
            ["TerracedEnd"] = "End of terrace",
            ["TerracedMiddle"] = "Mid-terrace",
            ["Apartment"] = "Apartment",
            ["unknown"] = "Unknown",
        },
        NotFoundTitle = "Not found",
        NotFoundText = "This page does not exist.",
        ErrorTitle = "Something went wrong",
        Heat = HeatTexts.En,
        ImportTitle = "Import a file",
        ImportIntro = "Upload a source file (BAG GeoPackage, CBS, Statbel, Fluvius CSV, OpenStreetMap, GeoJSON or CSV). The kind of file is recognised from its content; an earlier import of the same file is replaced.",
        ImportFile = "File",
        ImportStart = "Import",
        ImportNoFile = "Choose a file.",
        ImportJobTitle = "Import of {0}",
        ImportQueued = "Queued…",
        ImportRunning = "Running…",
        ImportSucceeded = "Succeeded",
        ImportFailed = "Failed, nothing was stored:",
        ImportFeatures = "Features",
        ImportReplaced = "Replaced an earlier import",
        ImportDurationS = "Duration (s)",
        ZoomIn = "Zoom in",
        ZoomOut = "Zoom out",
        ImportAnother = "Import another file",
        Yes = "yes",
        No = "no",
        LoginTitle = "Log in",
        Email = "Email address",
        Password = "Password",
        RememberMe = "Keep me logged in",
        LogIn = "Log in",
        LoginFailed = "Email address or password is wrong.",
        LogOut = "Log out",
        AccessDeniedTitle = "Access denied",
        AccessDeniedText = "Your account has no access to this page.",
    };

    public static readonly IReadOnlyList<Texts> All = [Nl, En];

    public string DwellingTypeName(string? key) =>
        key is not null && DwellingTypes.TryGetValue(key, out var name) ? name : Unknown;

    /// <summary>Build-year class keys are numbers ("1946-1964", "&lt;1946") except "unknown".</summary>
    public string ClassName(string key) => key == "unknown" ? Unknown : key;
}
