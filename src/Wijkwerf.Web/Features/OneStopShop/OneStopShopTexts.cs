namespace Wijkwerf.Web.Features.OneStopShop;

/// <summary>The one-stop shop's page strings, once per language (a missing string does not compile).</summary>
public sealed record OneStopShopTexts
{
    public required string Nav { get; init; }
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string District { get; init; }
    public required string Show { get; init; }
    public required string Addresses { get; init; }
    public required string Reached { get; init; }
    public required string Share { get; init; }
    public required string Suppressed { get; init; }
    public required string SuppressionNote { get; init; }
    public required string FunnelHeading { get; init; }
    public required string Stage { get; init; }
    public required string Households { get; init; }
    public required string SegmentsHeading { get; init; }
    public required string TenureEstimated { get; init; }
    public required IReadOnlyDictionary<string, string> SegmentNames { get; init; }
    public required IReadOnlyDictionary<string, string> Keys { get; init; }
    public required string MapHeading { get; init; }
    public required string MapIntro { get; init; }
    public required string MapLoading { get; init; }
    public required string MapFailed { get; init; }
    public required string StreetsHeading { get; init; }
    public required string Street { get; init; }
    public required string CampaignsHeading { get; init; }
    public required string CampaignName { get; init; }
    public required string CampaignKind { get; init; }
    public required string Date { get; init; }
    public required string AdviceOrFurther { get; init; }
    public required string Decided { get; init; }
    public required string NoCampaigns { get; init; }
    public required string NewCampaign { get; init; }
    public required string Create { get; init; }
    public required string OpenHeading { get; init; }
    public required string Postcode { get; init; }
    public required string HouseNumber { get; init; }
    public required string Open { get; init; }
    public required string AddressUnknown { get; init; }
    public required string HouseholdsHeading { get; init; }
    public required string Address { get; init; }
    public required string Contact { get; init; }
    public required string Advisor { get; init; }
    public required string ExportXlsx { get; init; }
    public required string HouseholdTitle { get; init; }
    public required string DwellingType { get; init; }
    public required string BuildYearClass { get; init; }
    public required string Tenure { get; init; }
    public required string NotRecorded { get; init; }
    public required string Email { get; init; }
    public required string Phone { get; init; }
    public required string Notes { get; init; }
    public required string HistoryHeading { get; init; }
    public required string Note { get; init; }
    public required string NextStage { get; init; }
    public required string Record { get; init; }
    public required string JourneyFinished { get; init; }
    public required string ConsentHeading { get; init; }
    public required string Purpose { get; init; }
    public required string Given { get; init; }
    public required string Withdrawn { get; init; }
    public required string Save { get; init; }
    public required string PrivacyHeading { get; init; }
    public required string ExportJson { get; init; }
    public required string EraseConfirm { get; init; }
    public required string Erase { get; init; }
    public required string Erased { get; init; }
    public required string Back { get; init; }
    public required string DetailsHeading { get; init; }
    public required IReadOnlyDictionary<string, string> Stages { get; init; }
    public required IReadOnlyDictionary<string, string> CampaignKinds { get; init; }
    public required IReadOnlyDictionary<string, string> Purposes { get; init; }

    public string Name(string key) => Keys.TryGetValue(key, out var v) ? v : Stages.TryGetValue(key, out var s) ? s : key;

    public static OneStopShopTexts For(string languageCode) => languageCode == "en" ? En : Nl;

    public static readonly OneStopShopTexts Nl = new()
    {
        Nav = "Eén loket",
        Title = "Eén loket: iedereen mee",
        Intro = "Elk huishouden één aanspreekpunt. Hier ziet u per straat, buurt en groep wie al bereikt is en wie nog niet.",
        District = "Buurt",
        Show = "Toon",
        Addresses = "Adressen",
        Reached = "Bereikt",
        Share = "Aandeel",
        Suppressed = "< 5",
        SuppressionNote = "Aantallen onder 5 huishoudens worden niet getoond (privacy); dan staat er “< 5”.",
        FunnelHeading = "Trechter per fase",
        Stage = "Fase",
        Households = "Huishoudens",
        SegmentsHeading = "Bereik per groep",
        TenureEstimated = "Eigendom is een schatting uit de CBS-aandelen waar het niet per huishouden is vastgelegd ({0} adressen).",
        SegmentNames = new Dictionary<string, string> { ["tenure"] = "Eigendom", ["dwellingType"] = "Woningtype", ["buildYearClass"] = "Bouwjaarklasse", ["vulnerability"] = "Kwetsbaarheid" },
        Keys = new Dictionary<string, string>
        {
            ["OwnerOccupied"] = "Koopwoning", ["SocialRent"] = "Sociale huur", ["PrivateRent"] = "Particuliere huur",
            ["Detached"] = "Vrijstaand", ["SemiDetached"] = "Twee-onder-een-kap", ["TerracedEnd"] = "Hoekwoning", ["TerracedMiddle"] = "Tussenwoning",
            ["Apartment"] = "Appartement", ["unknown"] = "Onbekend", ["not-flagged"] = "Niet als kwetsbaar aangemerkt", ["vulnerable"] = "Kwetsbare buurt",
        },
        MapHeading = "Kaart: bereik per straat",
        MapIntro = "Woongebouwen gekleurd naar het aandeel bereikte huishoudens in hun straat.",
        MapLoading = "Kaart wordt geladen…",
        MapFailed = "De kaart kon niet worden geladen.",
        StreetsHeading = "Bereik per straat",
        Street = "Straat",
        CampaignsHeading = "Campagnes",
        CampaignName = "Naam",
        CampaignKind = "Soort",
        Date = "Datum",
        AdviceOrFurther = "Daarna advies of verder",
        Decided = "Besluit genomen",
        NoCampaigns = "Nog geen campagnes.",
        NewCampaign = "Nieuwe campagne",
        Create = "Aanmaken",
        OpenHeading = "Huishouden openen op adres",
        Postcode = "Postcode",
        HouseNumber = "Huisnummer",
        Open = "Openen",
        AddressUnknown = "Geen woning op dit adres in uw gemeente.",
        HouseholdsHeading = "Gevolgde huishoudens",
        Address = "Adres",
        Contact = "Contactpersoon",
        Advisor = "Adviseur",
        ExportXlsx = "Download bereik (Excel)",
        HouseholdTitle = "Huishouden",
        DwellingType = "Woningtype",
        BuildYearClass = "Bouwjaarklasse",
        Tenure = "Eigendom",
        NotRecorded = "niet vastgelegd",
        Email = "E-mail",
        Phone = "Telefoon",
        Notes = "Notities",
        HistoryHeading = "Verloop",
        Note = "Notitie",
        NextStage = "Volgende fase",
        Record = "Vastleggen",
        JourneyFinished = "Dit traject is afgerond.",
        ConsentHeading = "Toestemming",
        Purpose = "Doel",
        Given = "Gegeven",
        Withdrawn = "Ingetrokken",
        Save = "Opslaan",
        PrivacyHeading = "Privacy",
        ExportJson = "Exporteer alle gegevens (JSON)",
        EraseConfirm = "Ik begrijp dat de persoonsgegevens definitief worden gewist",
        Erase = "Wissen",
        Erased = "De persoonsgegevens van dit huishouden zijn gewist; alleen anonieme tellingen blijven.",
        Back = "Terug naar het overzicht",
        DetailsHeading = "Gegevens",
        Stages = new Dictionary<string, string>
        {
            ["FirstContact"] = "Eerste contact", ["Advice"] = "Advies / energiescan", ["Decision"] = "Besluit", ["Financing"] = "Financiering",
            ["ContractorAssigned"] = "Aannemer gekozen", ["Works"] = "Uitvoering", ["Done"] = "Klaar", ["HeatConnected"] = "Aangesloten op warmtenet",
        },
        CampaignKinds = new Dictionary<string, string>
        {
            ["DoorToDoor"] = "Deur aan deur", ["InformationEvening"] = "Informatieavond", ["ClimateTable"] = "Klimaattafel", ["Letter"] = "Brief",
            ["School"] = "School", ["NeighbourhoodAmbassador"] = "Buurtambassadeur",
        },
        Purposes = new Dictionary<string, string>
        {
            ["Guidance"] = "Begeleiding door het loket", ["ShareWithContractor"] = "Delen met aannemer of architect", ["Invitations"] = "Uitnodigingen (klimaattafels, collectieve projecten)",
        },
    };

    public static readonly OneStopShopTexts En = Nl with
    {
        Nav = "One-stop shop",
        Title = "One-stop shop: everyone on board",
        Intro = "One contact point for every household. See per street, district and group who has been reached and who has not.",
        District = "District",
        Show = "Show",
        Addresses = "Addresses",
        Reached = "Reached",
        Share = "Share",
        SuppressionNote = "Counts below 5 households are not shown (privacy); they read “< 5”.",
        FunnelHeading = "Funnel per stage",
        Stage = "Stage",
        Households = "Households",
        SegmentsHeading = "Reach per group",
        TenureEstimated = "Tenure is estimated from the CBS shares where it was not recorded per household ({0} addresses).",
        SegmentNames = new Dictionary<string, string> { ["tenure"] = "Tenure", ["dwellingType"] = "Dwelling type", ["buildYearClass"] = "Build-year class", ["vulnerability"] = "Vulnerability" },
        Keys = new Dictionary<string, string>
        {
            ["OwnerOccupied"] = "Owner-occupied", ["SocialRent"] = "Social rent", ["PrivateRent"] = "Private rent",
            ["Detached"] = "Detached", ["SemiDetached"] = "Semi-detached", ["TerracedEnd"] = "End of terrace", ["TerracedMiddle"] = "Mid-terrace",
            ["Apartment"] = "Apartment", ["unknown"] = "Unknown", ["not-flagged"] = "Not flagged as vulnerable", ["vulnerable"] = "Vulnerable district",
        },
        MapHeading = "Map: reach per street",
        MapIntro = "Residential buildings coloured by the share of households reached in their street.",
        MapLoading = "Loading the map…",
        MapFailed = "The map could not be loaded.",
        StreetsHeading = "Reach per street",
        Street = "Street",
        CampaignsHeading = "Campaigns",
        CampaignName = "Name",
        CampaignKind = "Kind",
        Date = "Date",
        AdviceOrFurther = "Went on to advice or further",
        Decided = "Decided",
        NoCampaigns = "No campaigns yet.",
        NewCampaign = "New campaign",
        Create = "Create",
        OpenHeading = "Open a household by address",
        Postcode = "Postcode",
        HouseNumber = "House number",
        Open = "Open",
        AddressUnknown = "No dwelling at this address in your municipality.",
        HouseholdsHeading = "Households followed",
        Address = "Address",
        Contact = "Contact person",
        Advisor = "Advisor",
        ExportXlsx = "Download reach (Excel)",
        HouseholdTitle = "Household",
        DwellingType = "Dwelling type",
        BuildYearClass = "Build-year class",
        Tenure = "Tenure",
        NotRecorded = "not recorded",
        Email = "E-mail",
        Phone = "Phone",
        Notes = "Notes",
        HistoryHeading = "History",
        Note = "Note",
        NextStage = "Next stage",
        Record = "Record",
        JourneyFinished = "This journey is finished.",
        ConsentHeading = "Consent",
        Purpose = "Purpose",
        Given = "Given",
        Withdrawn = "Withdrawn",
        Save = "Save",
        PrivacyHeading = "Privacy",
        ExportJson = "Export all data (JSON)",
        EraseConfirm = "I understand that the personal data will be erased for good",
        Erase = "Erase",
        Erased = "This household's personal data has been erased; only anonymous counts remain.",
        Back = "Back to the overview",
        DetailsHeading = "Details",
        Stages = new Dictionary<string, string>
        {
            ["FirstContact"] = "First contact", ["Advice"] = "Advice / energy scan", ["Decision"] = "Decision", ["Financing"] = "Financing",
            ["ContractorAssigned"] = "Contractor assigned", ["Works"] = "Works", ["Done"] = "Done", ["HeatConnected"] = "Connected to the heat network",
        },
        CampaignKinds = new Dictionary<string, string>
        {
            ["DoorToDoor"] = "Door to door", ["InformationEvening"] = "Information evening", ["ClimateTable"] = "Climate table", ["Letter"] = "Letter",
            ["School"] = "School", ["NeighbourhoodAmbassador"] = "Neighbourhood ambassador",
        },
        Purposes = new Dictionary<string, string>
        {
            ["Guidance"] = "Guidance by the one-stop shop", ["ShareWithContractor"] = "Share with a contractor or architect", ["Invitations"] = "Invitations (climate tables, collective projects)",
        },
    };
}
