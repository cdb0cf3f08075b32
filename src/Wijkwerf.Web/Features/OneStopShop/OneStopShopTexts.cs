using Wijkwerf.Data.OneStopShop;

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

    public required string SectionsNav { get; init; }
    public required string ExportPdf { get; init; }
    public required string ExportDashboardXlsx { get; init; }
    public required string PoolTitle { get; init; }
    public required string PoolIntro { get; init; }
    public required string MemberName { get; init; }
    public required string Kind { get; init; }
    public required string Qualifications { get; init; }
    public required string ServiceAreas { get; init; }
    public required string ServiceAreasHelp { get; init; }
    public required string Capacity { get; init; }
    public required string Load { get; init; }
    public required string Rating { get; init; }
    public required string RatedJobs { get; init; }
    public required string Active { get; init; }
    public required string AddMember { get; init; }
    public required string EditMember { get; init; }
    public required string NoMembers { get; init; }
    public required string Jobs { get; init; }
    public required string Finish { get; init; }
    public required string FinishedOn { get; init; }
    public required string AssignedOn { get; init; }
    public required string RatingNote { get; init; }
    public required string MatchHeading { get; init; }
    public required string MatchIntro { get; init; }
    public required string FindMatches { get; init; }
    public required string Rank { get; init; }
    public required string Why { get; init; }
    public required string ExcludedHeading { get; init; }
    public required string Reasons { get; init; }
    public required string Assign { get; init; }
    public required string NoMatches { get; init; }
    public required string NeededQualifications { get; init; }
    public required string AnyKind { get; init; }
    public required string OpenJobs { get; init; }
    public required string ProjectsTitle { get; init; }
    public required string ProjectsIntro { get; init; }
    public required string ProjectsHeading { get; init; }
    public required string SuggestionsHeading { get; init; }
    public required string CreateProject { get; init; }
    public required string ProjectName { get; init; }
    public required string PlannedYear { get; init; }
    public required string FossilFree { get; init; }
    public required string Dwellings { get; init; }
    public required string Status { get; init; }
    public required string PermitXlsx { get; init; }
    public required string PermitJson { get; init; }
    public required string AddAddress { get; init; }
    public required string Remove { get; init; }
    public required string NoProjects { get; init; }
    public required string NoSuggestions { get; init; }
    public required string BuildYear { get; init; }
    public required string Street2 { get; init; }
    public required string SetStatus { get; init; }
    public required string ProjectTitle { get; init; }
    public required string AddressesHeading { get; init; }
    public required string ClimateTablesTitle { get; init; }
    public required string ClimateTablesIntro { get; init; }
    public required string Place { get; init; }
    public required string Topic { get; init; }
    public required string Invited { get; init; }
    public required string Attended { get; init; }
    public required string Outcome { get; init; }
    public required string InviteHeading { get; init; }
    public required string InviteHelp { get; init; }
    public required string Invite { get; init; }
    public required string AttendanceHeading { get; init; }
    public required string SaveAttendance { get; init; }
    public required string WalkIn { get; init; }
    public required string NoClimateTables { get; init; }
    public required string NewClimateTable { get; init; }
    public required string NoOutcome { get; init; }
    public required string InvitationProblems { get; init; }
    public required string Line { get; init; }
    public required string VulnerabilityTitle { get; init; }
    public required string VulnerabilityIntro { get; init; }
    public required string Statistic { get; init; }
    public required string Value { get; init; }
    public required string Level { get; init; }
    public required string Score { get; init; }
    public required string NotAssessed { get; init; }
    public required string Flagged { get; init; }
    public required string NotFlagged { get; init; }
    public required string ScoresHeading { get; init; }
    public required string FinancingTitle { get; init; }
    public required string FinancingIntro { get; init; }
    public required string Scheme { get; init; }
    public required string Income { get; init; }
    public required string Adults { get; init; }
    public required string Dependants { get; init; }
    public required string Amount { get; init; }
    public required string Term { get; init; }
    public required string EnergyLabel { get; init; }
    public required string PurchaseDate { get; init; }
    public required string Check { get; init; }
    public required string Eligible { get; init; }
    public required string NotEligible { get; init; }
    public required string Interest { get; init; }
    public required string MonthlyCharge { get; init; }
    public required string ObligationHeading { get; init; }
    public required string ObligationText { get; init; }
    public required string Sources { get; init; }
    public required string Years { get; init; }
    public required string NoObligation { get; init; }
    public required IReadOnlyDictionary<string, string> MemberKinds { get; init; }
    /// <summary>The engine's reasons (pool matching, financing check) and the qualification labels in this language.</summary>
    public required OneStopShopReasonTexts ReasonTexts { get; init; }
    public required IReadOnlyDictionary<string, string> Criteria { get; init; }
    public required IReadOnlyDictionary<string, string> ProjectStatuses { get; init; }
    public required IReadOnlyDictionary<string, string> Outcomes { get; init; }
    public required IReadOnlyDictionary<string, string> Levels { get; init; }
    public required IReadOnlyDictionary<string, string> StatisticNames { get; init; }
    public required IReadOnlyDictionary<string, string> Dimensions { get; init; }
    public required IReadOnlyDictionary<string, string> Schemes { get; init; }

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
        Stages = OneStopShopReasonTexts.Nl.Stages,
        CampaignKinds = new Dictionary<string, string>
        {
            ["DoorToDoor"] = "Deur aan deur", ["InformationEvening"] = "Informatieavond", ["ClimateTable"] = "Klimaattafel", ["Letter"] = "Brief",
            ["School"] = "School", ["NeighbourhoodAmbassador"] = "Buurtambassadeur",
        },
        Purposes = new Dictionary<string, string>
        {
            ["Guidance"] = "Begeleiding door het loket", ["ShareWithContractor"] = "Delen met aannemer of architect", ["Invitations"] = "Uitnodigingen (klimaattafels, collectieve projecten)",
        },
        SectionsNav = "Onderdelen van het loket",
        ExportPdf = "Download dashboard (PDF)",
        ExportDashboardXlsx = "Download dashboard (Excel)",
        PoolTitle = "Pool van architecten en aannemers",
        PoolIntro = "Gescreende architecten, aannemers, installateurs en energieadviseurs, met hun kwalificaties, werkgebied, capaciteit en waardering uit afgeronde opdrachten.",
        MemberName = "Naam",
        Kind = "Soort",
        Qualifications = "Kwalificaties",
        ServiceAreas = "Werkgebied",
        ServiceAreasHelp = "Gemeentecodes (GM1916) of postcodegebieden (2271, 2271AB), gescheiden door komma's.",
        Capacity = "Capaciteit (opdrachten tegelijk)",
        Load = "Lopende opdrachten",
        Rating = "Waardering",
        RatedJobs = "Beoordeelde opdrachten",
        Active = "Actief",
        AddMember = "Lid toevoegen",
        EditMember = "Lid bewerken",
        NoMembers = "Nog geen leden in de pool.",
        Jobs = "Opdrachten",
        Finish = "Afronden en beoordelen",
        FinishedOn = "Afgerond op",
        AssignedOn = "Toegewezen op",
        RatingNote = "De waardering is het gemiddelde per opdracht, naar {0} getrokken met het gewicht van {1} opdrachten: één opdracht met 5 sterren wint niet van twintig met 4,7.",
        MatchHeading = "Aannemer of architect uit de pool",
        MatchIntro = "Alleen leden met alle benodigde kwalificaties, die dit adres bedienen en plaats hebben; gerangschikt op waardering en daarna op drukte.",
        FindMatches = "Zoek geschikte leden",
        Rank = "#",
        Why = "Waarom",
        ExcludedHeading = "Niet geschikt",
        Reasons = "Reden",
        Assign = "Toewijzen",
        NoMatches = "Geen geschikt lid gevonden.",
        NeededQualifications = "Benodigde kwalificaties",
        AnyKind = "Elke soort",
        OpenJobs = "Opdrachten van dit huishouden",
        ProjectsTitle = "Collectieve renovatieprojecten",
        ProjectsIntro = "Vergelijkbare woningen (zelfde type, bouwjaarklasse, straat of blok) samen renoveren: één ontwerp, één aanbesteding, één vergunningsaanvraag.",
        ProjectsHeading = "Projecten",
        SuggestionsHeading = "Voorgestelde groepen",
        CreateProject = "Project maken",
        ProjectName = "Projectnaam",
        PlannedYear = "Gepland jaar",
        FossilFree = "Fossielvrij",
        Dwellings = "Woningen",
        Status = "Status",
        PermitXlsx = "Collectief vergunningsdossier (Excel)",
        PermitJson = "Vergunningsdossier (JSON)",
        AddAddress = "Adres toevoegen",
        Remove = "Verwijderen",
        NoProjects = "Nog geen projecten.",
        NoSuggestions = "Geen groepen voor te stellen in deze buurt.",
        BuildYear = "Bouwjaar",
        Street2 = "Straat of blok",
        SetStatus = "Status wijzigen",
        ProjectTitle = "Project",
        AddressesHeading = "Adressen",
        ClimateTablesTitle = "Klimaattafels",
        ClimateTablesIntro = "Bijeenkomsten in de buurt met uitgenodigde huishoudens. Wie komt, krijgt een traject; wie advies wil, gaat door naar advies.",
        Place = "Plaats",
        Topic = "Onderwerp",
        Invited = "Uitgenodigd",
        Attended = "Aanwezig",
        Outcome = "Uitkomst",
        InviteHeading = "Adressen uitnodigen",
        InviteHelp = "Eén adres per regel: postcode en huisnummer, bijvoorbeeld 2271 AB 12.",
        Invite = "Uitnodigen",
        AttendanceHeading = "Aanwezigheid en uitkomsten",
        SaveAttendance = "Aanwezigheid opslaan",
        WalkIn = "zonder uitnodiging",
        NoClimateTables = "Nog geen klimaattafels.",
        NewClimateTable = "Nieuwe klimaattafel",
        NoOutcome = "geen",
        InvitationProblems = "Niet uitgenodigd",
        Line = "Regel",
        VulnerabilityTitle = "Kwetsbaarheidsprofiel",
        VulnerabilityIntro = "Cijfers van het CBS (Kerncijfers wijken en buurten) en de Platform31-dimensies die de gemeente zelf invult (1 = geen probleem … 5 = ernstig).",
        Statistic = "Kenmerk",
        Value = "Waarde",
        Level = "Niveau",
        Score = "Score (1–5)",
        NotAssessed = "niet beoordeeld",
        Flagged = "Deze buurt telt als kwetsbaar in het bereik.",
        NotFlagged = "Deze buurt telt niet als kwetsbaar.",
        ScoresHeading = "Platform31-dimensies",
        FinancingTitle = "Financieringscheck",
        FinancingIntro = "Indicatie: komt het huishouden in aanmerking, voor welk bedrag en tegen welke maandlast? Alle bedragen en regels komen uit een parametertabel met bronnen.",
        Scheme = "Regeling",
        Income = "Gezinsinkomen (€ per jaar)",
        Adults = "Volwassenen",
        Dependants = "Personen ten laste",
        Amount = "Gewenst bedrag (€)",
        Term = "Looptijd (jaren)",
        EnergyLabel = "Energielabel (EPC)",
        PurchaseDate = "Aankoopdatum woning",
        Check = "Controleer",
        Eligible = "Komt in aanmerking",
        NotEligible = "Komt niet in aanmerking",
        Interest = "Rente",
        MonthlyCharge = "Maandlast",
        ObligationHeading = "Renovatieplicht",
        ObligationText = "Gekocht met label {0}: label {1} halen vóór {2}.",
        Sources = "Bronnen",
        Years = "jaar",
        NoObligation = "Geen renovatieplicht voor dit label of zonder aankoopdatum.",
        MemberKinds = OneStopShopReasonTexts.Nl.MemberKinds,
        ReasonTexts = OneStopShopReasonTexts.Nl,
        Criteria = new Dictionary<string, string> { ["quality"] = "Kwaliteit", ["timeliness"] = "Op tijd", ["budget"] = "Binnen de offerte", ["communication"] = "Communicatie" },
        ProjectStatuses = new Dictionary<string, string> { ["Suggested"] = "Voorgesteld", ["Planned"] = "Gepland", ["InProgress"] = "In uitvoering", ["Finished"] = "Afgerond" },
        Outcomes = new Dictionary<string, string> { ["AdviceRequested"] = "Wil advies", ["InterestedInCollectiveProject"] = "Interesse in collectief project", ["FinancingQuestion"] = "Vraag over financiering", ["NoFollowUp"] = "Geen vervolg" },
        Levels = new Dictionary<string, string> { ["district"] = "buurt", ["municipality"] = "gemeente" },
        StatisticNames = new Dictionary<string, string> { ["gem_gestand_inkomen"] = "Gemiddeld gestandaardiseerd inkomen (× € 1.000)", ["pct_hh_laag_inkomen"] = "Huishoudens met een laag inkomen (%)", ["pct_rond_sociaal_min"] = "Huishoudens rond het sociaal minimum (%)", ["mediaan_vermogen"] = "Mediaan vermogen (× € 1.000)", ["koopwoningen"] = "Koopwoningen (%)", ["huurwoningen"] = "Huurwoningen (%)", ["pct_huurcorporatie"] = "Huur van corporatie (%)", ["gem_woz_waarde"] = "Gemiddelde WOZ-waarde (× € 1.000)", ["percentage_eenpersoonshuishoudens"] = "Eenpersoonshuishoudens (%)", ["percentage_personen_65_jaar_en_ouder"] = "65 jaar en ouder (%)" },
        Dimensions = new Dictionary<string, string> { ["Poverty"] = "Armoede", ["Unemployment"] = "Werkloosheid", ["Debt"] = "Schulden", ["Loneliness"] = "Eenzaamheid", ["NuisanceInsecurity"] = "Overlast en onveiligheid" },
        Schemes = new Dictionary<string, string> { ["mijn-verbouwlening"] = "Mijn VerbouwLening (Vlaanderen)", ["warmtefonds-energiebespaarlening"] = "Energiebespaarlening, Warmtefonds (Nederland)" },
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
        Stages = OneStopShopReasonTexts.En.Stages,
        CampaignKinds = new Dictionary<string, string>
        {
            ["DoorToDoor"] = "Door to door", ["InformationEvening"] = "Information evening", ["ClimateTable"] = "Climate table", ["Letter"] = "Letter",
            ["School"] = "School", ["NeighbourhoodAmbassador"] = "Neighbourhood ambassador",
        },
        Purposes = new Dictionary<string, string>
        {
            ["Guidance"] = "Guidance by the one-stop shop", ["ShareWithContractor"] = "Share with a contractor or architect", ["Invitations"] = "Invitations (climate tables, collective projects)",
        },
        SectionsNav = "One-stop shop sections",
        ExportPdf = "Download dashboard (PDF)",
        ExportDashboardXlsx = "Download dashboard (Excel)",
        PoolTitle = "Pool of architects and contractors",
        PoolIntro = "Vetted architects, contractors, installers and energy advisors, with their qualifications, region, capacity and ratings from finished jobs.",
        MemberName = "Name",
        Kind = "Kind",
        Qualifications = "Qualifications",
        ServiceAreas = "Region served",
        ServiceAreasHelp = "Municipality codes (GM1916) or postcode areas (2271, 2271AB), separated by commas.",
        Capacity = "Capacity (jobs at the same time)",
        Load = "Jobs in hand",
        Rating = "Rating",
        RatedJobs = "Rated jobs",
        Active = "Active",
        AddMember = "Add member",
        EditMember = "Edit member",
        NoMembers = "No members in the pool yet.",
        Jobs = "Jobs",
        Finish = "Finish and rate",
        FinishedOn = "Finished on",
        AssignedOn = "Assigned on",
        RatingNote = "The rating is the mean per job, pulled towards {0} with the weight of {1} jobs: one 5-star job does not beat twenty 4.7 jobs.",
        MatchHeading = "Contractor or architect from the pool",
        MatchIntro = "Only members with every needed qualification, who serve this address and have room; ranked by rating, then by load.",
        FindMatches = "Find members",
        Rank = "#",
        Why = "Why",
        ExcludedHeading = "Left out",
        Reasons = "Reason",
        Assign = "Assign",
        NoMatches = "No member fits.",
        NeededQualifications = "Qualifications needed",
        AnyKind = "Any kind",
        OpenJobs = "This household's jobs",
        ProjectsTitle = "Collective renovation projects",
        ProjectsIntro = "Renovate similar dwellings (same type, build-year class, street or block) together: one design, one tender, one permit application.",
        ProjectsHeading = "Projects",
        SuggestionsHeading = "Suggested groups",
        CreateProject = "Create project",
        ProjectName = "Project name",
        PlannedYear = "Planned year",
        FossilFree = "Fossil-free",
        Dwellings = "Dwellings",
        Status = "Status",
        PermitXlsx = "Collective permit file (Excel)",
        PermitJson = "Permit file (JSON)",
        AddAddress = "Add address",
        Remove = "Remove",
        NoProjects = "No projects yet.",
        NoSuggestions = "No groups to suggest in this district.",
        BuildYear = "Build year",
        Street2 = "Street or block",
        SetStatus = "Change status",
        ProjectTitle = "Project",
        AddressesHeading = "Addresses",
        ClimateTablesTitle = "Climate tables",
        ClimateTablesIntro = "Neighbourhood sessions with invited households. Whoever comes gets a journey; whoever wants advice moves on to advice.",
        Place = "Place",
        Topic = "Topic",
        Invited = "Invited",
        Attended = "Attended",
        Outcome = "Outcome",
        InviteHeading = "Invite addresses",
        InviteHelp = "One address per line: postcode and house number, e.g. 2271 AB 12.",
        Invite = "Invite",
        AttendanceHeading = "Attendance and outcomes",
        SaveAttendance = "Save attendance",
        WalkIn = "not invited",
        NoClimateTables = "No climate tables yet.",
        NewClimateTable = "New climate table",
        NoOutcome = "none",
        InvitationProblems = "Not invited",
        Line = "Line",
        VulnerabilityTitle = "Vulnerability profile",
        VulnerabilityIntro = "Figures from CBS (key figures for districts and neighbourhoods) and the Platform31 dimensions the municipality fills in (1 = no problem … 5 = severe).",
        Statistic = "Figure",
        Value = "Value",
        Level = "Level",
        Score = "Score (1–5)",
        NotAssessed = "not assessed",
        Flagged = "This district counts as vulnerable in reach.",
        NotFlagged = "This district does not count as vulnerable.",
        ScoresHeading = "Platform31 dimensions",
        FinancingTitle = "Financing check",
        FinancingIntro = "An indication: is the household eligible, for what amount and at what monthly charge? Every amount and rule comes from a parameter table with sources.",
        Scheme = "Scheme",
        Income = "Household income (€ per year)",
        Adults = "Adults",
        Dependants = "Dependants",
        Amount = "Amount wanted (€)",
        Term = "Term (years)",
        EnergyLabel = "Energy label (EPC)",
        PurchaseDate = "Date the home was bought",
        Check = "Check",
        Eligible = "Eligible",
        NotEligible = "Not eligible",
        Interest = "Interest",
        MonthlyCharge = "Monthly charge",
        ObligationHeading = "Renovation obligation",
        ObligationText = "Bought with label {0}: reach label {1} before {2}.",
        Sources = "Sources",
        Years = "years",
        NoObligation = "No renovation obligation for this label or without a purchase date.",
        MemberKinds = OneStopShopReasonTexts.En.MemberKinds,
        ReasonTexts = OneStopShopReasonTexts.En,
        Criteria = new Dictionary<string, string> { ["quality"] = "Quality", ["timeliness"] = "On time", ["budget"] = "Within the quote", ["communication"] = "Communication" },
        ProjectStatuses = new Dictionary<string, string> { ["Suggested"] = "Suggested", ["Planned"] = "Planned", ["InProgress"] = "In progress", ["Finished"] = "Finished" },
        Outcomes = new Dictionary<string, string> { ["AdviceRequested"] = "Wants advice", ["InterestedInCollectiveProject"] = "Interested in a collective project", ["FinancingQuestion"] = "Financing question", ["NoFollowUp"] = "No follow-up" },
        Levels = new Dictionary<string, string> { ["district"] = "district", ["municipality"] = "municipality" },
        StatisticNames = new Dictionary<string, string> { ["gem_gestand_inkomen"] = "Mean standardised income (× € 1,000)", ["pct_hh_laag_inkomen"] = "Households with a low income (%)", ["pct_rond_sociaal_min"] = "Households around the social minimum (%)", ["mediaan_vermogen"] = "Median wealth (× € 1,000)", ["koopwoningen"] = "Owner-occupied dwellings (%)", ["huurwoningen"] = "Rented dwellings (%)", ["pct_huurcorporatie"] = "Rented from a housing association (%)", ["gem_woz_waarde"] = "Mean WOZ value (× € 1,000)", ["percentage_eenpersoonshuishoudens"] = "Single-person households (%)", ["percentage_personen_65_jaar_en_ouder"] = "Aged 65 and over (%)" },
        Dimensions = new Dictionary<string, string> { ["Poverty"] = "Poverty", ["Unemployment"] = "Unemployment", ["Debt"] = "Debt", ["Loneliness"] = "Loneliness", ["NuisanceInsecurity"] = "Nuisance and insecurity" },
        Schemes = new Dictionary<string, string> { ["mijn-verbouwlening"] = "Mijn VerbouwLening (Flanders)", ["warmtefonds-energiebespaarlening"] = "Energiebespaarlening, Warmtefonds (Netherlands)" },
    };
}
